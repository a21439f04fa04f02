// Stage 1 on small pieces of text in each language: the places where the
// synthetic records showed stage 1 assuming English typography (spaces
// between words, ASCII punctuation, honorifics before the name, short labels).
// Each test names what the profile's data must make stage 1 do.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "core/audit.hpp"
#include "core/text.hpp"
#include "grammar_of.hpp"
#include "raw/cover.hpp"
#include "raw/flow.hpp"
#include "raw/furniture.hpp"
#include "raw/grammar.hpp"
#include "raw/layout.hpp"
#include "raw/lines.hpp"
#include "raw/profile.hpp"
#include "raw/read_raw.hpp"
#include "raw/repairs.hpp"
#include "raw/stray_spaces.hpp"
#include "reading.hpp"
#include "support/support.hpp"

namespace verbatim {
namespace {

using testing::grammarOf;
using testing::readIn;

// The pieces of a label, as text.
struct Label {
  std::string speaker, country, language, rest;
  bool title = false;
};

Label labelOf(const char* language, const std::string& paragraph) {
  auto match = grammarOf(language).label(paragraph);
  if (!match) return {"(no label)", {}, {}, {}, false};
  return {std::string(match->speaker.in(paragraph)), std::string(match->country.in(paragraph)),
          std::string(match->language.in(paragraph)), paragraph.substr(match->length),
          match->title != nullptr};
}

// --- labels -------------------------------------------------------------------

TEST(Labels, TheLanguageNotePrintedBeforeTheStateIsKept) {
  const Label label = labelOf("en", "Mr. Hilale (spoke in French) (Morocco): I thank you.");
  EXPECT_EQ(label.speaker, "Mr. Hilale");
  EXPECT_EQ(label.country, "Morocco");
  EXPECT_EQ(label.language, "French");
  EXPECT_EQ(label.rest, " I thank you.");
}

TEST(Labels, TheLanguageNoteAfterTheStateIsKept) {
  const Label label = labelOf("en", "Mr. Hilale (Morocco) (spoke in French): I thank you.");
  EXPECT_EQ(label.country, "Morocco");
  EXPECT_EQ(label.language, "French");
}

struct LabelCase {
  const char* language;
  const char* paragraph;
  const char* speaker;
  const char* country;
  const char* note;  // the language as the note prints it
  bool title;
};

// A delegate with State and note, and a title with a note, in each language.
const LabelCase kLabels[] = {
    {"fr", "M. Dupont (France) (parle en anglais) : Je vous remercie.", "M. Dupont", "France",
     "anglais", false},
    {"fr", "Le Président (parle en anglais) : Je vous remercie.", "Le Président", "", "anglais",
     true},
    {"es", "Sra. García Pérez (México) (habla en inglés): Gracias.", "Sra. García Pérez", "México",
     "inglés", false},
    {"es", "El Presidente (habla en inglés): Gracias.", "El Presidente", "", "inglés", true},
    {"ru", "Г-н Волков (Российская Федерация) (говорит по-английски): Спасибо.", "Г-н Волков",
     "Российская Федерация", "по-английски", false},
    {"ru", "Председатель (говорит по-английски): Спасибо.", "Председатель", "", "по-английски",
     true},
    {"ar", "السيد بن علي (الجزائر) (تكلم بالفرنسية): شكرا.", "السيد بن علي", "الجزائر", "الفرنسية",
     false},
    {"ar", "الرئيسة (تكلمت بالإنكليزية): شكرا.", "الرئيسة", "", "الإنكليزية", true},
    {"zh", "张军先生（中国）（以英语发言）：谢谢。", "张军先生", "中国", "英语", false},
    {"zh", "主席（以英语发言）：谢谢。", "主席", "", "英语", true},
};

TEST(Labels, EachLanguagesLabelShapesGiveSpeakerStateAndNote) {
  for (const auto& c : kLabels) {
    SCOPED_TRACE(c.paragraph);
    const Label label = labelOf(c.language, c.paragraph);
    EXPECT_EQ(label.speaker, c.speaker);
    EXPECT_EQ(label.country, c.country);
    EXPECT_EQ(label.language, c.note);
    EXPECT_EQ(label.title, c.title);
  }
}

// Letters of Cyrillic and Arabic take two bytes: a label of a long name, a
// long State and a note runs past 160 bytes.
// "Ms. Thomas - Greenfield": a compound name set with spaces round its
// hyphen (records made with Word) is one name, in every script.
TEST(Labels, ANameWithSpacesRoundItsHyphenIsOneName) {
  EXPECT_EQ(labelOf("en", "Ms. Thomas - Greenfield (United States of America): We voted.").country,
            "United States of America");
  EXPECT_EQ(labelOf("en", "Ms. Thomas - Greenfield (United States of America): We voted.").speaker,
            "Ms. Thomas - Greenfield");
  EXPECT_EQ(
      labelOf("ar", "السيدة توماس - غرينفيلد (الولايات المتحدة) (تكلمت بالإنكليزية): لقد صوتنا.")
          .country,
      "الولايات المتحدة");
  EXPECT_EQ(
      labelOf("ru", "Г-жа Томас - Гринфилд (Соединенные Штаты Америки): Мы голосовали.").country,
      "Соединенные Штаты Америки");
  EXPECT_EQ(
      labelOf("zh", "罗德里格斯-伯基特女士（圭亚那）（以英语发言）：圭亚那感谢通报人。").speaker,
      "罗德里格斯-伯基特女士");
}

TEST(Labels, LongLabelsInTwoByteScriptsAreLabels) {
  const std::string ar =
      "السيد عبد الرحمن بن عبد العزيز (المملكة المتحدة لبريطانيا العظمى وآيرلندا الشمالية) "
      "(تكلم بالإنكليزية): شكرا.";
  ASSERT_GT(ar.find(':'), 160u);
  Label label = labelOf("ar", ar);
  EXPECT_EQ(label.country, "المملكة المتحدة لبريطانيا العظمى وآيرلندا الشمالية");
  EXPECT_EQ(label.language, "الإنكليزية");

  const std::string ru =
      "Г-н Константинопольский (Соединенное Королевство Великобритании и Северной Ирландии) "
      "(говорит по-английски): Спасибо.";
  ASSERT_GT(ru.find(':'), 160u);
  label = labelOf("ru", ru);
  EXPECT_EQ(label.speaker, "Г-н Константинопольский");
  EXPECT_EQ(label.language, "по-английски");
}

// --- joining wrapped lines -------------------------------------------------------

TEST(Joiner, ADocumentSymbolBrokenBetweenDigitsGetsNoSpaceInChinese) {
  const Grammar& zh = grammarOf("zh");
  EXPECT_EQ(zh.joiner("报告(S/2", "026/190)中"), "");
  EXPECT_EQ(zh.joiner("报告(S/P", "V.9381)中"), "");
  EXPECT_EQ(zh.joiner("文件A/78", "/L.3"), "");
  // Two words of a spaced script still had a space between them.
  EXPECT_EQ(zh.joiner("由John", "Smith先生"), " ");
  EXPECT_EQ(zh.joiner("中国", "代表"), "");
  // A count alone on its line after another number: a table's column of
  // figures ("193" / "1"), never one number.
  EXPECT_EQ(zh.joiner("格鲁吉亚193", "1"), " ");
  EXPECT_EQ(zh.joiner("193", "2020年1月1日"), "");
  // Languages written with spaces: a line break is a space.
  EXPECT_EQ(grammarOf("en").joiner("document", "S/2026/190"), " ");
  // A slash ends no word (round AW: "كانون الأول/ ديسمبر"); one set apart does.
  EXPECT_EQ(grammarOf("ar").joiner("في كانون الأول/", "ديسمبر 2022"), "");
  EXPECT_EQ(grammarOf("en").joiner("document S/2026/", "190"), "");
  EXPECT_EQ(grammarOf("en").joiner("peace /", "security"), " ");
  // A range of numbers broken at its hyphen is one (round BE: "2022- 2023").
  EXPECT_EQ(grammarOf("ar").joiner("لعضوية مجلس الأمن للفترة 2022-", "2023، وسنعمل"), "");
  EXPECT_EQ(grammarOf("en").joiner("for the period 2022-", "2023."), "");
  EXPECT_EQ(grammarOf("en").joiner("the vote was 12 -", "3 in favour"), " ");
}

// --- cover pages -------------------------------------------------------------------

CoverFacts coverOf(const char* language, const std::string& text) {
  Audit audit;
  auto lines = splitLines(text, audit);
  return readCover(lines, grammarOf(language), audit);
}

// A 1990s masthead prints the day the record was issued under its symbol;
// the meeting's date is the one with its time ("on Tuesday, 17 May 1994, at
// 3 p.m.").
TEST(Cover, TheMeetingsDateIsTheOneWithItsTime) {
  const CoverFacts cover = coverOf("en",
                                   "UNITED NATIONS\n\nTrusteeship Council\n\nPROVISIONAL\n"
                                   "T/PV.1700\n31 May 1994\nENGLISH\n\nSixty-first session\n"
                                   "VERBATIM RECORD OF THE 1700th MEETING\n"
                                   "Held at Headquarters, New York,\n"
                                   "on Tuesday, 17 May 1994, at 3 p.m.\nPresident:\n\n"
                                   "Mr. MERIMEE\n\n(France)\n\f");
  EXPECT_EQ(cover.date, "1994-05-17");
  EXPECT_EQ(cover.time, "3 p.m.");
}

// Covers of the 1990s print the date alone under the symbol and the
// language of the issue after it: the word is not the meeting's time. A
// time is written with digits, or a word such as "noon".
TEST(Cover, TheWordAfterADateIsNoTimeWithoutADigit) {
  const CoverFacts nineties = coverOf("en",
                                      "UNITED\nNATIONS\n\nSecurity Council\nPROVISIONAL\n\n"
                                      "S/PV.3550\n30 June 1995\n\nENGLISH\n\n"
                                      "PROVISIONAL VERBATIM RECORD OF THE THREE THOUSAND\n"
                                      "FIVE HUNDRED AND FIFTIETH MEETING\n");
  EXPECT_EQ(nineties.date, "1995-06-30");
  EXPECT_EQ(nineties.dateLine, "30 June 1995");
  EXPECT_TRUE(nineties.time.empty()) << nineties.time;
  const CoverFacts noon =
      coverOf("en", "S/PV.3550\n\nSecurity Council\n\nFriday, 30 June 1995, at noon\n");
  EXPECT_EQ(noon.time, "noon");
  const CoverFacts french =
      coverOf("fr", "S/PV.3550\n\nConseil de sécurité\n\nVendredi 30 juin 1995, à 10 h 30\n");
  EXPECT_EQ(french.date, "1995-06-30");
  EXPECT_EQ(french.time, "10 h 30");
}

// The masthead's status set by the default extraction between the
// President's label and the name (round BE: "Documentos oficiales" had been
// the President, and every turn of the chair his).
TEST(Cover, TheStatusBetweenThePresidentsLabelAndNameIsNoName) {
  const CoverFacts cover =
      coverOf("es",
              "Naciones Unidas\n\nA/75/PV.46\n\nAsamblea General\n"
              "Septuagésimo quinto período de sesiones\n46ª sesión plenaria\n"
              "Miércoles 16 de diciembre de 2020, a las 10.00 horas\nNueva York\nPresidente:\n\n"
              "Documentos oficiales\n\n"
              "Sr. Bozkır . . . . . . . . . . . . . . . . . . . . . . . . (Turquía)\n\n"
              "Se abre la sesión a las 10.05 horas.\n\f");
  EXPECT_EQ(cover.presidentName, "Sr. Bozkır");
  EXPECT_EQ(cover.presidentCountry, "Turquía");
  EXPECT_EQ(cover.status, "Documentos oficiales");
}

// The President's State that the default extraction set apart from the
// cover, after the first column's text, is the President's, not the first
// speaker's words (rounds BB, BC, BD, BE: Spanish, Arabic, Chinese, French).
TEST(Cover, ThePresidentsStateSetApartIsThePresidents) {
  const RawReading reading =
      readIn("fr",
             "Nations Unies\nAssemblée générale\n\nA/76/PV.5\nDocuments officiels\n\n"
             "Soixante-seizième session\n\n5e séance plénière\n"
             "Mercredi 22 septembre 2021, 15 heures\nNew York\nPrésident :\n\n"
             "M. Shahid . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .\n\n"
             "La séance est ouverte à 15 h 10.\n"
             "Le Président (parle en anglais) : Je donne la parole au représentant du "
             "Paraguay.\n\n(Maldives)\n\n"
             "M. Villalba (Paraguay) (parle en espagnol) : Le Paraguay réaffirme son "
             "attachement au Programme.\n",
             "A/76/PV.5");
  EXPECT_EQ(reading.meeting.meta.president.empty(), false);
  bool stateKnown = false;
  for (const auto& organization : reading.meeting.organizations)
    stateKnown = stateKnown || organization.id == "mdv";
  EXPECT_TRUE(stateKnown);
  for (const auto* turn : testing::blocksOf(reading.meeting, BlockKind::Speech))
    for (const auto& item : turn->speech.items)
      EXPECT_EQ(plainText(item.paragraph.content).find("Maldives"), std::string::npos);
}

// The President's State that the extraction set among the members, in
// brackets alone, is the President's, not a member (round BE: every Chinese
// representative had been paired with the State before his own).
TEST(Cover, ThePresidentsStateAmongTheMembersIsNoMember) {
  const CoverFacts cover =
      coverOf("zh",
              "S/PV.6834\n\n联合国\n\n安全理事会\n第六十七年\n\n临时\n\n第6834次会议\n\n"
              "2012年9月20日，星期四，上午10时\n纽约\n"
              "主席： 维特克先生 . . . . . . . . . . . . . . . . . . .\n"
              "成员： 阿塞拜疆 . . . . . . . . . . . . . . . . . . .\n\n（德国）\n\n"
              "梅赫迪耶夫先生\n中国 . . . . . . . . . . . . . . . . . . .\n王敏先生\n"
              "哥伦比亚 . . . . . . . . . . . . . . . . . . .\n奥索里奥女士\n\f");
  EXPECT_EQ(cover.presidentCountry, "德国");
  ASSERT_EQ(cover.members.size(), 3u);
  EXPECT_EQ(cover.members[1].first, "中国");
  EXPECT_EQ(cover.members[1].second, "王敏先生");
}

// A page with no cover, under its head of the 1990s ("3712th meeting" /
// "8 November 1996"): the text's first line gives the meeting's time in a
// sentence of its own, which stays the text's (round BC: the opening had
// been removed with the "cover" for the time it gave the date).
TEST(Cover, TheTextsOpeningLineGivesTheDateNoTime) {
  Audit audit;
  auto lines = splitLines(
      "Security Council\nFifty-first year\n\n3712th meeting\n8 November 1996\n\n"
      "The meeting was called to order at 10.45 a.m.\n"
      "Mr. YUSUPOV (Tajikistan): Allow me at the outset to congratulate you.\n\f",
      audit);
  const CoverFacts cover = readCover(lines, grammarOf("en"), audit);
  EXPECT_EQ(cover.date, "1996-11-08");
  EXPECT_TRUE(cover.time.empty()) << cover.time;
  bool openingKept = false;
  for (const auto& line : lines)
    openingKept |= !line.removed && line.text.starts_with("The meeting was called to order");
  EXPECT_TRUE(openingKept);
}

// A layout extraction of a cover set from right to left parts the
// President's row into its label, the name, the dot leaders and the State:
// the leaders say nothing, and the State after them is still the President's.
TEST(Cover, DotLeadersApartFromThePresidentsNameAreSkipped) {
  const CoverFacts cover = coverOf("ar",
                                   "S/PV.10160\n\nمجلس الأمن\n\nالجلسة 10160\n"
                                   "الخميس، 12 آذار/مارس 2026، الساعة 10/00\nنيويورك\n\n"
                                   "الرئيس:\nالسيد عثمان\n. . . . . . . . . .\n(الصومال)\n");
  EXPECT_EQ(cover.presidentName, "السيد عثمان");
  EXPECT_EQ(cover.presidentCountry, "الصومال");
  // The members' table likewise: a State, its leaders apart, its representative.
  const CoverFacts zh = coverOf("zh",
                                "S/PV.10200\n\n安全理事会\n\n第10200次会议\n"
                                "2025年12月3日星期三上午10时\n纽约\n\n成员：\n阿尔及利亚\n"
                                ". . . . . . . .\n本·贾马先生\n中国\n. . . . . . . .\n傅聪先生\n");
  ASSERT_EQ(zh.members.size(), 2u);
  EXPECT_EQ(zh.members[0].first, "阿尔及利亚");
  EXPECT_EQ(zh.members[1].second, "傅聪先生");
  // Round AX: a Dame among the representatives, in Chinese and Russian.
  const CoverFacts dame =
      coverOf("zh",
              "S/PV.10200\n\n安全理事会\n\n第10200次会议\n"
              "2025年12月3日星期三上午10时\n纽约\n\n成员：\n大不列颠及北爱尔兰联合王国\n"
              ". . . . . . . .\n芭芭拉·伍德沃德女爵士\n美利坚合众国\n. . . . . . . .\n"
              "托马斯-格林菲尔德女士\n");
  ASSERT_EQ(dame.members.size(), 2u);
  EXPECT_EQ(dame.members[0].second, "芭芭拉·伍德沃德女爵士");
  EXPECT_EQ(dame.members[1].first, "美利坚合众国");
}

// Round AZ: a representative's name too long for the cover's column of names
// goes on on the next line ("Dame Barbara" / "Woodward"); -layout may set the
// State's line between the two ("Sra. Thomas-" / "Estados Unidos … . . ." /
// "Greenfield"). Read as a State, the rest of the name had shifted every pair
// after it.
TEST(Cover, ANameWrappedInTheColumnOfNamesStaysOneName) {
  const std::string head =
      "S/PV.9612\n\nConsejo de Seguridad\n\n9612ª sesión\nMartes 4 de junio de 2024, a "
      "las 10.00 horas\nNueva York\n\n";
  const CoverFacts names = coverOf(
      "es", head +
                "Miembros:\n\nSr. Fernandes\nDame Barbara\nWoodward\nSr. Hwang\n\n"
                "Mozambique . . . . . . . . . . .\nReino Unido de Gran Bretaña e Irlanda del Norte "
                ". . .\nRepública de Corea . . . . . . .\n\nOrden del día\n");
  ASSERT_EQ(names.members.size(), 3u);
  EXPECT_EQ(names.members[1].first, "Reino Unido de Gran Bretaña e Irlanda del Norte");
  EXPECT_EQ(names.members[1].second, "Dame Barbara Woodward");
  EXPECT_EQ(names.members[2].second, "Sr. Hwang");
  const CoverFacts layout =
      coverOf("es", head +
                        "Miembros:\nEslovenia . . . . . . . . . . . .\nSr. Žbogar\nSra. Thomas-\n"
                        "Estados Unidos de América . . . . . . . .\nGreenfield\n"
                        "Federación de Rusia . . . . . . . .\nSr. Nebenzia\nDame Barbara\n"
                        "Reino Unido de Gran Bretaña e Irlanda del Norte . . .\nWoodward\n"
                        "República de Corea . . . . . . .\nSr. Hwang\n\nOrden del día\n");
  ASSERT_EQ(layout.members.size(), 5u);
  EXPECT_EQ(layout.members[1].second, "Sra. Thomas-Greenfield");
  EXPECT_EQ(layout.members[3].second, "Dame Barbara Woodward");
  EXPECT_EQ(layout.members[4].second, "Sr. Hwang");
}

// Round AW: a cover set as a table, read with the State before the name
// ("Presidenta:" / "(Ecuador)" / "Sra. Espinosa Garcés . . . ."): the
// President's name had been missed, her turns given to the Assembly.
TEST(Cover, ThePresidentsStateBeforeHerName) {
  const CoverFacts cover = coverOf("es",
                                   "A/73/PV.55\n\nAsamblea General\nSeptuagésimo tercer período "
                                   "de sesiones\n\n55a sesión plenaria\nLunes 17 de diciembre de "
                                   "2018, a las 15.00 horas\nNueva York\n\nPresidenta:\n(Ecuador)"
                                   "\n\nSra. Espinosa Garcés . . . . . . . . . . . . . . . .\n\n");
  EXPECT_EQ(cover.presidentName, "Sra. Espinosa Garcés");
  EXPECT_EQ(cover.presidentCountry, "Ecuador");
}

// Rounds AV and AW: a cover set as a table whose labels pdftotext reads
// first ("主席：" / "成员：" / "议程"), then its rows: the President's row and
// the members', then the agenda. "成员：" had been the President's name and
// the rows the agenda.
TEST(Cover, ATablesLabelsFirstThenItsRows) {
  const CoverFacts cover =
      coverOf("zh",
              "S/PV.9426\n\n安全理事会\n\n第9426次会议\n2023年9月28日星期四上午10时\n纽约\n\n"
              "主席：\n成员：\n\n议程\n\n霍查先生. . . . . . . . . . . . . . （阿尔巴尼亚）\n"
              "巴西. . . . . . . . . . . . . . 弗兰萨·丹尼斯先生\n"
              "中国. . . . . . . . . . . . . . 张军先生\n\n海地问题\n"
              "秘书长关于联合国海地综合办事处的报告（S/2023/768）\n\n"
              "本记录包括中文发言的文本和其他语言发言的译文。\n");
  EXPECT_EQ(cover.presidentName, "霍查先生");
  EXPECT_EQ(cover.presidentCountry, "阿尔巴尼亚");
  ASSERT_EQ(cover.members.size(), 2u);
  EXPECT_EQ(cover.members[1].first, "中国");
  EXPECT_EQ(cover.members[1].second, "张军先生");
  EXPECT_EQ(cover.agenda, (std::vector<std::string>{
                              "海地问题", "秘书长关于联合国海地综合办事处的报告（S/2023/768）"}));
}

// The same with no agenda label between: "الرئيسة:" / "الأعضاء:", then the
// President's row (her name, leaders, her State in brackets) first among the
// members' rows. It is the President's, not a first representative's that
// would shift every pair by one (round BA: "14 members and 15
// representatives; paired by position", the presidency lost).
TEST(Cover, ThePresidentsRowFirstUnderStackedLabels) {
  const CoverFacts cover =
      coverOf("ar",
              "S/PV.8997\n\nمجلس الأمن\n\nالجلسة 8997\n"
              "الخميس، 17 آذار/مارس 2022، الساعة 10/00\nنيويورك\n"
              "الرئيسة:\nالأعضاء:\n\n"
              "السيدة نسيبة ( . . . . . . . . . . . . . . .الإمارات العربية المتحدة)\n"
              "الاتحاد الروسي . . . . . . . . . . . . . . .السيد نيبينزيا\n"
              "ألبانيا . . . . . . . . . . . . . . . . . . .السيد هوكسا\n"
              "النرويج . . . . . . . . . . . . . . . . . . .السيدة يول\n\n"
              "جدول الأعمال\n\nالحالة في أفغانستان\n");
  EXPECT_EQ(cover.presidentName, "السيدة نسيبة");
  EXPECT_EQ(cover.presidentCountry, "الإمارات العربية المتحدة");
  ASSERT_EQ(cover.members.size(), 3u);
  EXPECT_EQ(cover.members[0].first, "الاتحاد الروسي");
  EXPECT_EQ(cover.members[0].second, "السيد نيبينزيا");
  EXPECT_EQ(cover.members[2].second, "السيدة يول");
}

// A sentence right under the President's line that no cover field has is
// the text's first, kept (round BB: "因主席缺席，副主席马尔科维奇先生（黑山）" /
// "代行主席职务。" had been removed with the cover, and the Acting President
// was never named). The wording is now also one of the profile's; another
// the profile does not know stays as text all the same.
TEST(Cover, ASentenceUnderThePresidentsLineBeginsTheText) {
  const std::string cover =
      "A/78/PV.50\n\n联合国\n\n大会\n第七十八届会议\n第50次全体会议\n"
      "2023年12月19日星期二上午10时\n纽约\n"
      "主席： 弗朗西斯先生 ......................................（特立尼达和多巴哥）\n";
  const RawReading known = readIn(
      "zh",
      cover + "因主席缺席，副主席马尔科维奇先生（黑山）\n代行主席职务。\n上午10时05分开会。\n",
      "A/78/PV.50");
  EXPECT_EQ(testing::blocksOf(known.meeting, BlockKind::Narrative).size(), 2u);
  EXPECT_EQ(testing::blocksOf(known.meeting, BlockKind::Narrative)[0]->narrative.kind,
            NarrativeKind::ChairChange);
  const RawReading unknown =
      readIn("zh", cover + "本次会议开始时由副主席主持，直至主席抵达会场。\n上午10时05分开会。\n",
             "A/78/PV.50");
  const auto narratives = testing::blocksOf(unknown.meeting, BlockKind::Narrative);
  ASSERT_EQ(narratives.size(), 2u);
  EXPECT_EQ(plainText(narratives[0]->narrative.text.content),
            "本次会议开始时由副主席主持，直至主席抵达会场。");
}

// A change of chair wrapped over two lines under the cover's President
// ("主席缺席，副主席贝拉先生（多米尼加共和国）" / "主持会议。") begins the
// text: joined as Chinese joins lines, with no space, it is procedure, not
// the cover's (it had been taken out with the cover).
TEST(Cover, AWrappedChangeOfChairUnderThePresidentBeginsTheText) {
  const CoverFacts cover =
      coverOf("zh",
              "A/78/PV.10\n\n大会\n\n第10次全体会议\n2023年9月20日星期三上午9时\n纽约\n\n"
              "主席：\n\n弗朗西斯先生 . . . . . . . . . . . . （特立尼达和多巴哥）\n\n"
              "主席缺席，副主席贝拉先生（多米尼加共和国）\n主持会议。\n上午9时05分开会。\n");
  EXPECT_EQ(cover.presidentName, "弗朗西斯先生");
  EXPECT_LT(cover.lastLine, 13);
}

// The cover's last lines and the body's first: a chair's change wrapped over
// four lines, its words broken at line ends ("замести-" / "тель"), is the
// body's, not the cover's.
TEST(Cover, AWrappedChairChangeWithBrokenWordsBeginsTheBody) {
  Audit audit;
  auto lines = splitLines(
      "Генеральная Ассамблея\nСемьдесят восьмая сессия\n52-е пленарное заседание\n"
      "Вторник, 19 декабря 2023 года, 15 ч 00 м\nНью-Йорк\n\n"
      "Председатель: г-н Фрэнсис . . . . . . . . . . . . (Тринидад и Тобаго)\n\n"
      "В отсутствие Председателя место\nПредседателя занимает замести-\n"
      "тель Председателя г-н Ариф (Бангла-\nдеш).\n"
      "Заседание открывается в 15 ч 10 м.\n",
      audit);
  readCover(lines, grammarOf("ru"), audit);
  std::vector<std::string> kept;
  for (const auto& line : lines)
    if (!line.blank() && !line.removed) kept.push_back(line.text);
  ASSERT_GE(kept.size(), 5u);
  EXPECT_EQ(kept[0], "В отсутствие Председателя место");
}

// A 1993 cover rules a line under its members: no member.
TEST(Cover, ARuleUnderTheMembersIsNoMember) {
  const CoverFacts cover = coverOf(
      "en",
      "UNITED\nNATIONS\n\nSecurity Council\n\nPROVISIONAL\n\nS/PV.3327\n15 December 1993\n\n"
      "Held at Headquarters, New York,\non Wednesday, 15 December 1993, at 11 a.m.\n\n"
      "President: Mr. LI Zhaoxing\n\n(China)\n\nMembers: Brazil\nFrance\nJapan\n\n"
      "Mr. SARDENBERG\nMr. MERIMEE\nMr. HATANO\n\n"
      "________________________________________________________________________________\n\n"
      "This record contains the original text of speeches delivered in English and "
      "interpretations\n");
  ASSERT_EQ(cover.members.size(), 3u);
  EXPECT_EQ(cover.members[2].second, "Mr. HATANO");
}

// The cover's agenda with its second item set apart by a blank line: both
// are the agenda's, up to the correction notice under them.
TEST(Cover, AnAgendaItemAfterABlankLineIsTheAgendas) {
  const CoverFacts cover = coverOf(
      "zh",
      "S/PV.9385\n\n安全理事会\n\n第9385次会议\n2023年7月20日星期四上午10时\n纽约\n\n"
      "议程\n中东局势，包括巴勒斯坦问题\n\n中非共和国局势\n\n"
      "本记录包括中文发言的文本和其他语言发言的译文。定本将刊印在《安全理事会正式记录》。\n");
  EXPECT_EQ(cover.agenda,
            (std::vector<std::string>{"中东局势，包括巴勒斯坦问题", "中非共和国局势"}));
  // A mark alone above the notice (S/PV.8422 prints ".") is no item and ends
  // nothing: the items set apart above it are the agenda's.
  const CoverFacts english = coverOf(
      "en",
      "United Nations\nS/PV.8665\n\nSecurity Council\nSeventy-fourth year\n\n8665th meeting\n"
      "Tuesday, 12 November 2019, 10 a.m.\nNew York\n\nAgenda\n"
      "Maintenance of international peace and security\n\nConflict and hunger\n\n"
      "Letter dated 4 November 2019 from the Permanent Representative of Switzerland to the\n"
      "United Nations addressed to the Secretary-General (S/2019/870)\n\n.\n\n"
      "This record contains the text of speeches delivered in English and of the translation of\n"
      "speeches delivered in other languages.\n");
  EXPECT_EQ(english.agenda,
            (std::vector<std::string>{"Maintenance of international peace and security",
                                      "Conflict and hunger",
                                      "Letter dated 4 November 2019 from the Permanent "
                                      "Representative of Switzerland to the United Nations "
                                      "addressed to the Secretary-General (S/2019/870)"}));
}

// Arabic-Indic digits on an Arabic cover date it as Western ones do (the
// extraction had the program stop: "internal error: stoi").
TEST(Cover, ArabicIndicDigitsDateTheMeeting) {
  const CoverFacts cover = coverOf("ar",
                                   "A/80/PV.87\n\nالجمعية العامة\n\nالجلسة العامة ٨٧\n"
                                   "الأربعاء، ٣ حزيران/يونيه ٢٠٢٦، الساعة ١٠/٠٠\nنيويورك\n");
  EXPECT_EQ(cover.date, "2026-06-03");
  const auto times = grammarOf("ar").times("افتتحت الجلسة الساعة ١٠/٠٥.");
  ASSERT_EQ(times.size(), 1u);
  EXPECT_EQ(times[0].hour, 10);
  EXPECT_EQ(times[0].minute, 5);
}

// A typed cover of the 1970s heads its agenda "Provisional agenda
// (S/Agenda/1768)": the lines after it are the agenda, not members.
TEST(Cover, ATypedCoversProvisionalAgenda) {
  const CoverFacts cover =
      coverOf("en",
              "UNITED NATIONS\n\nSECURITY\nCOUNCIL\n\nPROVISIONAL\nS/PV.1768\n14 March 1974\n"
              "ENGLISH\n\nHeld at Headquarters, New York,\non Thursday, 14 March 1974, at 3.30 "
              "p.m.\n\nPresident:\n\nMr. de GUIRINGAUD\n\n(France)\n\nMembers:\n\nAustralia\n"
              "Austria\n\nSir Laurence McINTYRE\nMr. JANKOWITSCH\n\n"
              "Provisional agenda (S/Agenda/1768)\n1. Adoption of the agenda\n"
              "2. The situation in Namibia\n");
  EXPECT_EQ(cover.members.size(), 2u);
  EXPECT_EQ(cover.agenda,
            (std::vector<std::string>{"1. Adoption of the agenda", "2. The situation in Namibia"}));
}

// Columns read apart put the status set beside the masthead ("الوثائق
// الرسمية" left of "الجمعية العامة") after the first column's text: it is
// the cover's, not a speech's first words.
TEST(Cover, AStatusReadAfterTheFirstColumnIsTheCovers) {
  Audit audit;
  auto lines = splitLines(
      "A/80/PV.9\nالأمم المتحدة\nالجمعية العامة\nالدورة الثمانون\nالجلسة العامة 9\n"
      "الأربعاء، 24 أيلول/سبتمبر 2025، الساعة 9/00\nنيويورك\n"
      "الرئيس:\nالسيد ليندبرغ . . . . . . . . (السويد)\n"
      "افتُتحت الجلسة الساعة 9/00.\nالوثائق الرسمية\nالمناخ يهدد سبل عيش الملايين.\n",
      audit);
  const CoverFacts cover = readCover(lines, grammarOf("ar"), audit);
  EXPECT_EQ(cover.status, "الوثائق الرسمية");
  std::vector<std::string> kept;
  for (const auto& line : lines)
    if (!line.blank() && !line.removed) kept.push_back(line.text);
  EXPECT_EQ(kept, (std::vector<std::string>{"افتُتحت الجلسة الساعة 9/00.",
                                            "المناخ يهدد سبل عيش الملايين."}));
}

// An emergency special session's name wraps over two lines; the meeting's
// line is kept as printed.
TEST(Cover, ASessionOverTwoLinesAndTheMeetingAsPrinted) {
  const CoverFacts cover =
      coverOf("es",
              "A/ES-11/PV.25\n\nNaciones Unidas\n\nAsamblea General\n\nDocumentos oficiales\n\n"
              "Undécimo período extraordinario\nde sesiones de emergencia\n\n25ª sesión plenaria\n"
              "Lunes 24 de febrero de 2025, a las 10.00 horas\nNueva York\n");
  EXPECT_EQ(cover.session, "Undécimo período extraordinario de sesiones de emergencia");
  EXPECT_EQ(cover.meetingLine, "25ª sesión plenaria");
  EXPECT_EQ(cover.meetingNumber, "25");
}

// Chinese puts the honorific after the name, and sets brackets in full width.
TEST(Cover, ChineseNamesAreToldFromStatesByTheHonorificAfterThem) {
  const CoverFacts cover = coverOf("zh",
                                   "S/PV.99994\n\n安全理事会\n\n临时\n\n第99994次会议\n"
                                   "2026年3月31日，星期二，上午10时\n纽约\n\n主席：\n\n"
                                   "周明先生 . . . . . . . . . . . .\n\n（中国）\n\n成员：\n\n"
                                   "阿尔及利亚 . . . . . . . . . . . .\n"
                                   "丹麦 . . . . . . . . . . . .\n\n"
                                   "本·阿里先生\n林德奎斯特女士\n\n议程\n维护国际和平与安全\n"
                                   "\f维护国际和平与安全\n");
  EXPECT_EQ(cover.presidentName, "周明先生");
  EXPECT_EQ(cover.presidentCountry, "中国");
  ASSERT_EQ(cover.members.size(), 2u);
  EXPECT_EQ(cover.members[0].first, "阿尔及利亚");
  EXPECT_EQ(cover.members[0].second, "本·阿里先生");
  EXPECT_EQ(cover.members[1].first, "丹麦");
  EXPECT_EQ(cover.members[1].second, "林德奎斯特女士");
  EXPECT_EQ(cover.agenda, std::vector<std::string>{"维护国际和平与安全"});
}

// "Председатель:" opens the cover's presidency and the President's labels
// alike: on the cover it is the cover's, however long the name after it.
TEST(Cover, ThePresidentsTitleOnTheCoverDoesNotEndTheCover) {
  const CoverFacts cover =
      coverOf("ru",
              "S/PV.99992\n\nСовет Безопасности\n\nПредварительный отчет\n\n"
              "Четверг, 19 марта 2026 года, 10 ч. 00 м.\nНью-Йорк\n\nПредседатель:\n\n"
              "г-жа Константинопольская-Иваницкая . . . . . . . . . . . .\n\n(Казахстан)\n\n"
              "Члены:\n\nАлжир . . . . . . . . . . . .\nГайана . . . . . . . . . . . .\n\n"
              "г-н Бенали\nг-жа Персауд\n\nПовестка дня\nНераспространение\n"
              "\fНераспространение\n");
  EXPECT_EQ(cover.presidentName, "г-жа Константинопольская-Иваницкая");
  EXPECT_EQ(cover.presidentCountry, "Казахстан");
  EXPECT_EQ(cover.members.size(), 2u);
  EXPECT_EQ(cover.agenda, std::vector<std::string>{"Нераспространение"});
}

// A long State wraps: the President's over two lines, its bracket open on the
// first, on the name's line or alone; a member's before its leaders. The two
// lines are one State where together they name one and the first alone does not.
TEST(Cover, AStateWrappedOverTwoLinesIsOneState) {
  const std::string head =
      "S/PV.9790\n\nSecurity Council\n\nProvisional\n\n9790th meeting\n"
      "Wednesday, 20 November 2024, 10 a.m.\nNew York\n\nPresident:\n\n";
  const std::string tail =
      "\nMembers:\n\nChina . . . . . . . . . . . .\n"
      "Democratic People’s Republic of\nKorea . . . . . . . . . . . .\n"
      "Korea . . . . . . . . . . . .\n\nMr. Fu Cong\nMr. Kim\nMr. Hwang\n\n"
      "Agenda\nNon-proliferation\n\fNon-proliferation\n";
  for (const std::string president :
       {"Mr. Lammy . . . . . . . . . . . .\n\n(United Kingdom of Great Britain\n"
        "and Northern Ireland)\n",
        "Mr. Lammy . . . . . . . . . (United Kingdom of Great Britain\n"
        "and Northern Ireland)\n"}) {
    const CoverFacts cover = coverOf("en", head + president + tail);
    EXPECT_EQ(cover.presidentName, "Mr. Lammy");
    EXPECT_EQ(cover.presidentCountry, "United Kingdom of Great Britain and Northern Ireland");
    ASSERT_EQ(cover.members.size(), 3u);
    EXPECT_EQ(cover.members[1].first, "Democratic People’s Republic of Korea");
    EXPECT_EQ(cover.members[1].second, "Mr. Kim");
    EXPECT_EQ(cover.members[2].first, "Korea") << "a State that is one by itself stays one";
  }
  const CoverFacts letter = coverOf(
      "en", head +
                "Mr. Lammy . . . . . . (United Kingdom of Great Britain and Northern Ireland)\n" +
                "\nAgenda\nMaintenance of international peace and security\n"
                "Letter dated 1 November 2024 from the Permanent Representative of the United\n"
                "Kingdom to the United Nations addressed to the Secretary-General (S/2024/790)\n"
                "\fMaintenance of international peace and security\n");
  ASSERT_EQ(letter.agenda.size(), 2u) << "an item broken inside a State's name is one item";
  EXPECT_TRUE(
      letter.agenda[1].ends_with("of the United Kingdom to the United Nations addressed to "
                                 "the Secretary-General (S/2024/790)"));
  const CoverFacts russian =
      coverOf("ru",
              "S/PV.9610\n\nСовет Безопасности\n\nПредварительный отчет\n\n"
              "Понедельник, 29 апреля 2024 года, 10 ч. 00 м.\nНью-Йорк\n\nПредседатель:\n\n"
              "г-жа Фрейзер . . . . . . . . . . . . (Мальта)\n\nЧлены:\n\n"
              "Алжир . . . . . . . . . . . .\n"
              "Соединенное Королевство Великобритании и Северной\nИрландии . . . . . . . . .\n\n"
              "г-н Бенджама\nг-жа Вудворд\n\nПовестка дня\nНераспространение\n"
              "\fНераспространение\n");
  ASSERT_EQ(russian.members.size(), 2u);
  EXPECT_EQ(russian.members[1].first, "Соединенное Королевство Великобритании и Северной Ирландии");
  EXPECT_EQ(russian.members[1].second, "г-жа Вудворд");
  // The same State broken before its leaders, its representative on the line.
  const CoverFacts oneLine = coverOf(
      "ru",
      "S/PV.9995\n\nСовет Безопасности\n\nПредварительный отчет\n\n"
      "Четверг, 24 июля 2025 года, 10 ч. 00 м.\nНью-Йорк\n\nПредседатель:\n\n"
      "г-н Ахмад . . . . . . . . . . . . (Пакистан)\n\nЧлены:\n\n"
      "Словения . . . . . . . . . . . . г-н Жбогар\n"
      "Соединенное Королевство Великобритании\n"
      "и Северной Ирландии . . . . . . . . . г-н Кариуки\n"
      "Франция . . . . . . . . . . . . г-н Дармадхикари\n\nПовестка дня\nНераспространение\n");
  ASSERT_EQ(oneLine.members.size(), 3u);
  EXPECT_EQ(oneLine.members[1].first, "Соединенное Королевство Великобритании и Северной Ирландии");
  EXPECT_EQ(oneLine.members[1].second, "г-н Кариуки");
  EXPECT_EQ(oneLine.members[2].second, "г-н Дармадхикари");
  // Over three lines, and the President's State wrapped in its brackets
  // among the members, as a typed cover of the 1990s sets them (round BG).
  const CoverFacts typed =
      coverOf("en",
              "S/PV.3224\n\nSecurity Council\n\nPROVISIONAL\n\n"
              "on Friday, 14 May 1993, at 11 a.m.\nPresident:\n\nMr. VORONTSOV\n\nMembers:\n\n"
              "Spain\nUnited Kingdom of Great\nBritain\nand Northern Ireland\n"
              "United States of America\n\n(Russian\nFederation)\n"
              "Mr. YÁÑEZ BARNUEVO\nSir David HANNAY\nMrs. ALBRIGHT\n\n"
              "Agenda\nThe situation in Cyprus\n\fThe situation in Cyprus\n");
  EXPECT_EQ(typed.presidentCountry, "Russian Federation");
  ASSERT_EQ(typed.members.size(), 3u);
  EXPECT_EQ(typed.members[1],
            (std::pair<std::string, std::string>{
                "United Kingdom of Great Britain and Northern Ireland", "Sir David HANNAY"}));
  EXPECT_EQ(typed.members[2].second, "Mrs. ALBRIGHT");
}

// "Дама Барбара Вудворд": a title the profile knows tells a representative
// from a State; where names and States do not pair up, the audit says so.
TEST(Cover, ARepresentativeTitledDameIsNoState) {
  const auto cover = [](const std::string& woodward, Audit& audit) {
    auto lines = splitLines(
        "S/PV.9624\n\nСовет Безопасности\n\nПредварительный отчет\n\n"
        "Понедельник, 29 апреля 2024 года, 10 ч. 00 м.\nНью-Йорк\n\nПредседатель:\n\n"
        "г-жа Фрейзер . . . . . . . . . . . . (Мальта)\n\nЧлены:\n\n"
        "Алжир . . . . . . . . . . . .\n"
        "Соединенное Королевство . . . . . . . . .\nЭквадор . . . . . . . . .\n\n"
        "г-н Бенджама\n" +
            woodward + "\nг-н Монтальво\n\nПовестка дня\nНераспространение\n\fНераспространение\n",
        audit);
    return readCover(lines, grammarOf("ru"), audit);
  };
  Audit audit;
  const CoverFacts facts = cover("Дама Барбара Вудворд", audit);
  ASSERT_EQ(facts.members.size(), 3u);
  EXPECT_EQ(facts.members[1].second, "Дама Барбара Вудворд");
  EXPECT_EQ(facts.members[2].second, "г-н Монтальво");
  EXPECT_TRUE(audit.warnings().empty());
  Audit unknown;
  const CoverFacts misread = cover("Дамба Барбара Вудворд", unknown);
  EXPECT_EQ(misread.members.size(), 4u);
  ASSERT_EQ(unknown.warnings().size(), 1u);
  EXPECT_NE(unknown.warnings()[0].message.find("4 members and 2 representatives"),
            std::string::npos);
}

// An agenda line that goes on in lower case, in any script, goes on the item
// before it ("… Греции при Организации Объединенных Наций" / "от 5 февраля …").
TEST(Cover, AnAgendaLineGoingOnInLowerCaseContinuesItsItem) {
  const CoverFacts cover = coverOf("ru",
                                   "S/PV.10112\n\nСовет Безопасности\n\nПредварительный отчет\n\n"
                                   "Понедельник, 9 февраля 2026 года, 10 ч. 00 м.\nНью-Йорк\n\n"
                                   "Повестка дня\nПоддержание международного мира и безопасности\n"
                                   "Письмо Постоянного представителя Греции при Организации\n"
                                   "от 5 февраля 2026 года (S/2026/95)\n\f"
                                   "Поддержание международного мира и безопасности\n");
  ASSERT_EQ(cover.agenda.size(), 2u);
  EXPECT_EQ(cover.agenda[1],
            "Письмо Постоянного представителя Греции при Организации от 5 февраля 2026 года "
            "(S/2026/95)");
  // A letter's line goes on to its symbol, though its next line begins in
  // capitals ("Объединенных Наций", "Unidas (S/2026/190)").
  const CoverFacts capitals =
      coverOf("ru",
              "S/PV.9624\n\nСовет Безопасности\n\nПредварительный отчет\n\n"
              "Понедельник, 29 апреля 2024 года, 10 ч. 00 м.\nНью-Йорк\n\n"
              "Повестка дня\nНераспространение\n"
              "Письмо Постоянного представителя Японии при Организации\n"
              "Объединенных Наций от 18 апреля 2024 года на имя Председателя\n"
              "Совета Безопасности (S/2024/318)\n\fНераспространение\n");
  ASSERT_EQ(capitals.agenda.size(), 2u) << capitals.agenda.back();
  EXPECT_EQ(capitals.agenda[0], "Нераспространение");
  EXPECT_TRUE(capitals.agenda[1].ends_with("Совета Безопасности (S/2024/318)"));
}

// "г-н Кабба/г-н Керома": a minister who presided part of the meeting, and
// the representative after; the first opened it.
TEST(Cover, TwoPresidentsOnTheCoverTheFirstOpened) {
  const CoverFacts cover =
      coverOf("ru",
              "S/PV.9999\n\nСовет Безопасности\n\nПредварительный отчет\n\n"
              "Четверг, 22 августа 2024 года, 10 ч 00 м\nНью-Йорк\n\n"
              "Председатель:\nг-н Кабба/г-н Керома . . . . . . . (Сьерра-Леоне)\n"
              "\fЗаседание открывается в 10 ч 05 м.\n");
  EXPECT_EQ(cover.presidentName, "г-н Кабба");
  EXPECT_EQ(cover.presidentCountry, "Сьерра-Леоне");
}

// The 1990s head of a resumed meeting's pages, "3511th meeting (Resumption
// 1)" / "28 February 1995", says what the cover does: a head, not two
// headings of an item.
TEST(Cover, AResumedMeetingsLineNamesItsMeeting) {
  const auto match = grammarOf("en").cover(CoverField::Meeting, "3511th meeting (Resumption 1)");
  ASSERT_TRUE(match);
  EXPECT_EQ(match->number.in("3511th meeting (Resumption 1)"), "3511");
  EXPECT_FALSE(grammarOf("en").cover(CoverField::Meeting, "3511th meeting (Resumption of"));
}

// A cover's agenda line that ends in a compound's hyphen goes on without a
// space ("police-" / "contributing countries"); one that ends in a hyphen
// shared with the word after a conjunction keeps its space ("troop-" /
// "and police-contributing").
TEST(Cover, AnAgendaLineEndingInAHyphenGoesOnAsTheCompound) {
  const CoverFacts cover = coverOf("en",
                                   "S/PV.9901\n\nSecurity Council\n\nProvisional\n\n"
                                   "Monday, 9 June 2025, 10 a.m.\nNew York\n\n"
                                   "Agenda\nUnited Nations peacekeeping operations\n"
                                   "Cooperation between the United Nations and troop- and police-\n"
                                   "contributing countries, and the troop-\n"
                                   "and police-contributing countries' views\n\f"
                                   "United Nations peacekeeping operations\n");
  ASSERT_EQ(cover.agenda.size(), 2u) << ::testing::PrintToString(cover.agenda);
  EXPECT_EQ(cover.agenda[1],
            "Cooperation between the United Nations and troop- and police-contributing countries, "
            "and the troop- and police-contributing countries' views");
}

// A Chinese item's title and its document, each on its line, are two lines
// of the agenda: a dated letter or a report begins a line of its own, and a
// line that goes on is joined without a space.
TEST(Cover, AChineseItemAndItsDocumentAreTwoLinesOfTheAgenda) {
  const CoverFacts cover =
      coverOf("zh",
              "S/PV.9876\n\n安全理事会\n\n临时\n\n第9876次会议\n"
              "2025年3月10日星期一上午10时\n纽约\n\n"
              "议程\n苏丹局势\n2025年3月3日秘书长给安全理事会主席的信（S/2025/130）\n"
              "联合国维持和平行动\n秘书长关于苏丹和南苏丹的报告（S/2025/380）\n\f苏丹局势\n");
  const std::vector<std::string> expected = {
      "苏丹局势", "2025年3月3日秘书长给安全理事会主席的信（S/2025/130）", "联合国维持和平行动",
      "秘书长关于苏丹和南苏丹的报告（S/2025/380）"};
  EXPECT_EQ(cover.agenda, expected);
}

// The item's document set apart from its title by a blank line (another
// block of the page) is the agenda's still; what comes after another blank
// line and is no document is not.
TEST(Cover, AnAgendaDocumentAfterABlankLineIsTheAgendasStill) {
  const CoverFacts cover =
      coverOf("fr",
              "S/PV.9841\n\nConseil de sécurité\n\nProvisoire\n\n"
              "Lundi 3 février 2025, à 10 heures\nNew York\n\n"
              "Ordre du jour\nLa situation dans la région des Grands Lacs\n\n"
              "Rapport du Secrétaire général sur la mise en œuvre de\n"
              "l’Accord-cadre pour la paix, la sécurité et la coopération\n"
              "pour la République démocratique du Congo et la région\n(S/2025/18)\n\n"
              "Le présent procès-verbal contient le texte des déclarations prononcées en "
              "français.\n\f"
              "La séance est ouverte à 10 h 5.\n");
  ASSERT_EQ(cover.agenda.size(), 2u);
  EXPECT_EQ(cover.agenda[1],
            "Rapport du Secrétaire général sur la mise en œuvre de l’Accord-cadre pour la paix, la "
            "sécurité et la coopération pour la République démocratique du Congo et la région "
            "(S/2025/18)");
}

// A member and its representative on one line, joined by dot leaders, the
// first of them on the label's line.
TEST(Cover, AStateAndItsRepresentativeOnOneLine) {
  const CoverFacts english =
      coverOf("en",
              "S/PV.5596\n\nSecurity Council\n\nProvisional\n\n"
              "5596th meeting\nTuesday, 12 December 2006, 10 a.m.\nNew York\n\n"
              "Members:\n\nArgentina . . . . . . . . . . . . Mr. Mayoral\n"
              "China . . . . . . . . . . . . Mr. Wang Guangya\n\n"
              "Agenda\nThe situation in the Middle East\n\f"
              "The situation in the Middle East\n");
  ASSERT_EQ(english.members.size(), 2u);
  EXPECT_EQ(english.members[0], (std::pair<std::string, std::string>{"Argentina", "Mr. Mayoral"}));
  EXPECT_EQ(english.members[1].second, "Mr. Wang Guangya");
  const CoverFacts chinese = coverOf("zh",
                                     "S/PV.9410\n\n安全理事会\n\n临时\n\n第9410次会议\n"
                                     "2023年9月5日星期二上午10时\n纽约\n\n"
                                     "成员：  阿尔巴尼亚 . . . . . . . . . . 霍查先生\n"
                                     "巴西 . . . . . . . . . . 弗兰萨·丹尼斯先生\n\n议程\n"
                                     "维护国际和平与安全\n\f维护国际和平与安全\n");
  ASSERT_EQ(chinese.members.size(), 2u);
  EXPECT_EQ(chinese.members[0], (std::pair<std::string, std::string>{"阿尔巴尼亚", "霍查先生"}));
  // A State so long that two dots are all its line has room for (round BF).
  const CoverFacts french =
      coverOf("fr",
              "S/PV.9163\n\nConseil de sécurité\n\nProvisoire\n\n"
              "9163e séance\nMercredi 19 octobre 2022, à 10 heures\nNew York\n\n"
              "Membres :\n\nAlbanie . . . . . . . . . . . . M. Hoxha\n"
              "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord . . Dame Barbara Woodward\n\n"
              "Ordre du jour\nLa situation au Moyen-Orient\n\fLa situation au Moyen-Orient\n");
  ASSERT_EQ(french.members.size(), 2u);
  // A name too long for its line after its State's (round BG).
  const CoverFacts spanish =
      coverOf("es",
              "S/PV.10105\n\nConsejo de Seguridad\n\nProvisional\n\n10105ª sesión\n"
              "Jueves 12 de febrero de 2026, a las 10.00 horas\nNueva York\n\n"
              "Miembros: China . . . . . . . . . . . . Sr. Fu Cong\n"
              "Colombia . . . . . . . . . . . . Sr. Fernández de Soto\nValderrama\n"
              "Dinamarca . . . . . . . . . . . . Sra. Lassen\n"
              "Orden del día\nLa situación en Colombia\n\fLa situación en Colombia\n");
  ASSERT_EQ(spanish.members.size(), 3u);
  EXPECT_EQ(spanish.members[1],
            (std::pair<std::string, std::string>{"Colombia", "Sr. Fernández de Soto Valderrama"}));
  EXPECT_EQ(spanish.members[2], (std::pair<std::string, std::string>{"Dinamarca", "Sra. Lassen"}));
  EXPECT_EQ(french.members[1],
            (std::pair<std::string, std::string>{
                "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord", "Dame Barbara Woodward"}));
}

// The cover's status in any case: "Documentos oficiales", "Documents Officiels".
TEST(Cover, TheStatusLineInAnyCase) {
  for (auto [language, line] : {std::pair{"es", "Documentos oficiales"},
                                {"fr", "Documents Officiels"},
                                {"fr", "PROVISOIRE"},
                                {"ru", "Официальные Отчеты"},
                                {"en", "Official records"}})
    EXPECT_TRUE(grammarOf(language).cover(CoverField::Status, line).has_value()) << line;
}

// "2025 年 6 月 27 日星期五下午 3 时": documents made with Word may set a space
// each side of the digits of a Chinese date, meeting number and time.
TEST(Cover, AChineseDateWithSpacesAroundItsDigitsIsRead) {
  const CoverFacts cover = coverOf("zh",
                                   "S/PV.9951\n\n安全理事会\n\n临时\n\n第 9951 次会议\n"
                                   "2025 年 6 月 27 日星期五下午 3 时\n纽约\n\n主席：\n\n"
                                   "周明先生 . . . . . . . . . . . .\n\n（中国）\n\n议程\n"
                                   "维护国际和平与安全\n\f维护国际和平与安全\n");
  EXPECT_EQ(cover.meetingNumber, "9951");
  EXPECT_EQ(cover.date, "2025-06-27");
  EXPECT_TRUE(grammarOf("zh").probeProcedural("下午 3 时 05 分开会。").match.has_value());
}

// "S/PV.9381 (Resumption 1)": a meeting resumed on another day has a symbol
// of its own; "Eleventh emergency special session" is the session; "Chair:"
// presides as "President:" does.
TEST(Cover, AResumedMeetingsSymbolASpecialSessionAndAChair) {
  EXPECT_EQ(recordSymbolOf("S/PV.9381 (Resumption 1)"), "S/PV.9381 (Resumption 1)");
  EXPECT_EQ(recordSymbolOf("S/PV. 9381 (Resumption1)"), "S/PV.9381 (Resumption 1)");
  EXPECT_EQ(recordSymbolOf("S/PV.9381"), "S/PV.9381");
  EXPECT_EQ(recordSymbolOf("S/PV.9381 (Resumed)"), "");
  // The cover may set "(Resumption 1)" on the line under the symbol.
  const CoverFacts twoLines = coverOf(
      "en",
      "United Nations\n\nS/PV.5432\n(Resumption 1)\n\nSecurity Council\nSixty-first year\n\f");
  EXPECT_EQ(twoLines.symbol, "S/PV.5432 (Resumption 1)");
  // The word translated, as a version's heads may print it, and Chinese
  // full-width brackets: the symbol is the same in every language version.
  EXPECT_EQ(recordSymbolOf("S/PV.9902 (Reprise 1)"), "S/PV.9902 (Resumption 1)");
  EXPECT_EQ(recordSymbolOf("S/PV.9902 (Reanudación 2)"), "S/PV.9902 (Resumption 2)");
  EXPECT_EQ(recordSymbolOf("S/PV.9731（续会1）"), "S/PV.9731 (Resumption 1)");
  EXPECT_EQ(recordSymbolOf("S/PV.9712 (Возобновление 1)"), "S/PV.9712 (Resumption 1)");
  const CoverFacts cover =
      coverOf("en",
              "United Nations\n\nA/ES-11/PV.5\n\nGeneral Assembly\n\n"
              "Eleventh emergency special session\n\n5th plenary meeting\n"
              "Wednesday, 2 March 2022, 10 a.m.\nNew York\n\nChair:\n\nMr. Shahid "
              ". . . . . . . . . . (Maldives)\n\nAgenda\nLetter dated 28 February 2022\n"
              "\fLetter dated 28 February 2022\n");
  EXPECT_EQ(cover.symbol, "A/ES-11/PV.5");
  EXPECT_EQ(cover.session, "Eleventh emergency special session");
  EXPECT_EQ(cover.presidentName, "Mr. Shahid");
  const CoverFacts resumed = coverOf(
      "en",
      "United Nations\n\nS/PV.9381 (Resumption 1)\n\nSecurity Council\n\n"
      "Seventy-eighth year\n\n9381st meeting\nWednesday, 19 July 2023, 10 a.m.\nNew York\n\n"
      "Agenda\nMaintenance of international peace and security\n\f"
      "Maintenance of international peace and security\n");
  EXPECT_EQ(resumed.symbol, "S/PV.9381 (Resumption 1)");
}

// The cover's agenda item heads its section wherever a sentence has ended:
// after the result of a vote on the agenda, say. A date given that is not the
// cover's is kept, and warned of; a file that is only a cover is refused as such.
TEST(Cover, TheAgendasTitleAfterASentenceHeadsItsSection) {
  const std::string cover =
      "United Nations\n\nS/PV.9561\n\nSecurity Council\n\nSeventy-ninth year\n\n"
      "9561st meeting\nFriday, 23 February 2024, 3 p.m.\nNew York\n\nAgenda\n"
      "Maintenance of international peace and security\n\f";
  const std::string body =
      "The meeting was called to order at 3.05 p.m.\nAdoption of the agenda\n"
      "The President: There were 12 votes in favour, 3 against and no abstentions. The\n"
      "provisional agenda has been adopted, having received the required number of votes.\n"
      "Maintenance of international peace and security\n"
      "The President: The Security Council will now begin its consideration of the item.\n"
      "The meeting rose at 4.40 p.m.\n\f";
  RawOptions options;
  options.meta.language = "en";
  auto read = readRawRecord(cover + body, "record.txt", options);
  ASSERT_TRUE(read.ok()) << describe(read.error());
  const Meeting& meeting = read.value().meeting;
  ASSERT_EQ(meeting.sections.size(), 3u);
  EXPECT_EQ(meeting.sections[2].kind, SectionKind::AgendaItem);
  ASSERT_FALSE(meeting.sections[2].blocks.empty());
  EXPECT_EQ(meeting.sections[2].blocks[0].kind, BlockKind::Heading);
  EXPECT_TRUE(testing::warningsBeyondTheChair(read.value().audit).empty());

  options.meta.date = "2024-02-24";
  auto dated = readRawRecord(cover + body, "record.txt", options);
  ASSERT_TRUE(dated.ok());
  EXPECT_EQ(dated.value().meeting.meta.date, "2024-02-24");
  const auto warnings = testing::warningsBeyondTheChair(dated.value().audit);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].message.find("2024-02-23"), std::string::npos);

  options.meta.date.clear();
  auto coverOnly = readRawRecord(cover, "record.txt", options);
  ASSERT_FALSE(coverOnly.ok());
  EXPECT_NE(describe(coverOnly.error()).find("a cover page and no record"), std::string::npos);
}

// "… dirigida al Secretario" / "General por el Representante …": a Spanish
// title of two words does not end an agenda item at the line's end.
TEST(Cover, ASpanishAgendaItemWrappedInsideATitleIsOneItem) {
  const CoverFacts cover =
      coverOf("es",
              "S/PV.9457\n\nConsejo de Seguridad\n\nProvisional\n\n9457ª sesión\n"
              "Martes 14 de noviembre de 2023, a las 10.00 horas\nNueva York\n\n"
              "Orden del día\nMantenimiento de la paz y la seguridad internacionales\n"
              "Carta de fecha 1 de noviembre de 2023 dirigida al Secretario\n"
              "General por el Representante Permanente de México (S/2023/834)\n"
              "\fMantenimiento de la paz y la seguridad internacionales\n");
  ASSERT_EQ(cover.agenda.size(), 2u);
  EXPECT_TRUE(
      cover.agenda[1].ends_with("Secretario General por el Representante Permanente de "
                                "México (S/2023/834)"));
}

// --- page furniture ----------------------------------------------------------------

// The lines of `text` after the furniture is taken out (removed lines kept, marked).
std::vector<SourceLine> afterFurniture(const char* language, const std::string& text) {
  Audit audit;
  auto lines = splitLines(text, audit);
  removeFurniture(lines, grammarOf(language), audit);
  return lines;
}

// The agenda title is the running head of every page, and also the heading of
// its item: after a sentence that ended (Chinese ends them with "。"), it is
// the heading; in mid-sentence, the running head.
// Printed page numbers that do not run on are warned, as validate warns of
// the AKN's page ends (round BE: pages printed "2/4", "4/4", "4/2" converted
// as three pages 4 with no word).
TEST(Furniture, PrintedPagesOutOfOrderAreWarned) {
  std::string text = "The President: The text begins.\n\n1/3\n\f";
  for (const int page : {3, 2})
    text += "The President: The text goes on.\n\n" + std::to_string(page) + "/3\n\f";
  RawOptions options;
  options.meta.symbol = "S/PV.9999";
  options.meta.date = "2024-12-05";
  options.meta.language = "en";
  auto read = readRawRecord(text, "record.txt", options);
  ASSERT_TRUE(read.ok());
  bool warned = false;
  for (const auto& warning : read.value().audit.warnings())
    warned = warned || warning.message.find("the pages are out of order") != std::string::npos;
  EXPECT_TRUE(warned);
  std::string inOrder =
      "The President: The text begins.\n\n1/2\n\f"
      "The President: The text goes on.\n\n2/2\n\f";
  auto ordered = readRawRecord(inOrder, "record.txt", options);
  ASSERT_TRUE(ordered.ok());
  for (const auto& warning : ordered.value().audit.warnings())
    EXPECT_EQ(warning.message.find("out of order"), std::string::npos) << warning.message;
}

TEST(Furniture, ARunningHeadAfterAChineseSentenceEndIsAHeading) {
  const std::string title = "维护国际和平与安全";
  std::string text;
  for (int page = 1; page <= 20; ++page) {  // so many that two in mid-page still count
    text += title + "\n\n第一行文字。\n第二行文字。\n第三行文字。\n第四行文字。\n";
    if (page == 2) text += "议程通过。\n" + title + "\n主席：我邀请\n";
    if (page == 3) text += "主席：我邀请\n" + title + "\n乌克兰代表参加本次会议。\n";
    text += "第五行文字。\n第六行文字。\n第七行文字。\n第八行文字。\n\f";
  }
  const auto lines = afterFurniture("zh", text);
  std::vector<int> kept;  // pages where the title was kept
  for (const auto& line : lines)
    if (line.text == title && !line.removed) kept.push_back(line.page);
  EXPECT_EQ(kept, std::vector<int>{2});
}

// The item's heading is the head's title too. At a page's foot, where the
// title foots no other page, it is the heading the page's end left there;
// under the next page's head, the same line again is the heading, and the
// document's line after it is no second head.
TEST(Furniture, TheHeadsTitleAsTheItemsHeadingAtAPagesEdge) {
  CoverFacts cover;
  cover.found = true;
  const std::string title = "Maintenance of international peace and security";
  const std::string letter = "Letter dated 5 February 2024 from the Permanent Representative";
  cover.agenda = {title, letter + " of the Russian Federation (S/2024/131)"};
  auto head = [&](int page) {
    return "\f08/02/2024\n\n" + title + "\n\nS/PV.9990\n\n" +
           (page == 2 ? "" : "The text goes on.\n");
  };
  auto foot = [](int page) { return "\n" + std::to_string(page) + "/4\n\n24-03399\n"; };
  for (const bool atFoot : {true, false}) {
    std::string text = "S/PV.9990\n\n" + title + "\n\n08/02/2024\n\n";
    text += "The meeting was called to order at 3.05 p.m.\nThe agenda was adopted.\n";
    if (atFoot) text += title + "\n";
    text += foot(1) + head(2);
    if (!atFoot) text += title + "\n";
    text +=
        letter + "\nof the Russian Federation (S/2024/131)\nThe President: I begin.\n" + foot(2);
    for (int page = 3; page <= 4; ++page) text += head(page) + foot(page);
    Audit audit;
    auto lines = splitLines(text, audit);
    removeFurniture(lines, grammarOf("en"), audit, cover);
    std::vector<std::string> kept;
    for (const auto& line : lines)
      if (!line.blank() && !line.removed && !line.text.starts_with("The ") &&
          !line.text.starts_with("of the"))
        kept.push_back(line.text);
    EXPECT_EQ(kept, (std::vector<std::string>{title, letter})) << (atFoot ? "foot" : "head");
  }
}

// The head may shorten the item's title to its first words and its document
// ("Cartas idénticas de fecha 19 de enero de 2016 (S/2016/53)"): in a record
// of two pages, too few for it to recur, it is still the head.
TEST(Furniture, AHeadsShortenedTitleOfTheItem) {
  CoverFacts cover;
  cover.found = true;
  cover.agenda = {
      "Cartas idénticas de fecha 19 de enero de 2016 dirigidas al Secretario General y a la "
      "Presidencia del Consejo de Seguridad por la Representante Permanente de Colombia ante las "
      "Naciones Unidas (S/2016/53)"};
  const std::string head = "Cartas idénticas de fecha 19 de enero de 2016 (S/2016/53)";
  const std::string text = "El texto empieza.\n\f" + ("S/PV.9761\n\n" + head) +
                           "\n\nSe abre la sesión a las 15.05 horas.\n\f" + "S/PV.9761\n\n" + head +
                           "\n\ny sigue el texto.\n";
  Audit audit;
  auto lines = splitLines(text, audit);
  removeFurniture(lines, grammarOf("es"), audit, cover);
  for (const auto& line : lines) EXPECT_TRUE(line.blank() || line.removed || line.text != head);
}

// The job number of the footer, set in mid-page where the extraction put a
// column's foot, after a sentence that ended: furniture all the same.
TEST(Furniture, AJobNumberInMidPageIsFurniture) {
  std::string text = "S/PV.9748\n\nLa situation au Moyen-Orient\n\nLe texte commence.\n";
  for (int page = 2; page <= 6; ++page) {
    std::string body;
    for (int k = 0; k < 8; ++k) body += "Le texte continue ici, ligne après ligne, sans fin.\n";
    text += "\f08/10/2024\n\nLa situation au Moyen-Orient\n\n" + body + "Il se termine ici.\n\n" +
            (page == 3 ? "24-29317\n\n" : "") + "Mme Whitfield (États-Unis) : Le texte reprend.\n" +
            body + "\n" + std::to_string(page) + "/6\n\n24-29317\n";
  }
  for (const auto& line : afterFurniture("fr", text))
    EXPECT_TRUE(line.blank() || line.removed || line.text != "24-29317") << line.number;
}

// A typed page of the 1990s ends with "/..." where the text goes on
// overleaf: furniture, which a sentence broken by the page goes on across.
TEST(Furniture, TheMarkThatATypedPageGoesOnOverleaf) {
  std::string text = "The text begins here.\n";
  for (int page = 2; page <= 4; ++page)
    text += "and goes on to the foot of the page, but important\n\n/...\n\fJB/" +
            std::to_string(page) + "\n\nA/50/PV.38\n" + std::to_string(page) +
            "\n\ncommitments remain to be fulfilled.\n";
  int kept = 0;
  for (const auto& line : afterFurniture("en", text)) {
    EXPECT_NE(line.text, "/...") << line.number;
    kept += !line.removed && line.text.starts_with("commitments");
  }
  EXPECT_EQ(kept, 3);
}

// An odd page's foot as -layout sets it across the page, the job number at
// the left and the page's bare number at the right (a 2010 record), is
// furniture; read with the left column, it comes before the right one's
// lines, in mid-page.
TEST(Furniture, AJobNumberWithTheBarePageNumberAcrossTheFoot) {
  std::string text = "The text begins here.\n", rightColumn;
  std::string leftColumn;
  for (int k = 0; k < 20; ++k) {
    leftColumn += "The left column goes on here, line after line.\n";
    rightColumn += "The right column goes on here, line after line.\n";
  }
  for (int page = 2; page <= 4; ++page)
    text += "\fA/65/PV.64\n\n" + leftColumn +
            (page % 2 ? "10-68123                                           " + std::to_string(page)
                      : std::to_string(page) + "                                    10-68123") +
            "\n" + rightColumn;
  int removed = 0;
  for (const auto& line : afterFurniture("en", text)) {
    EXPECT_EQ(line.text.find("10-68123"), std::string::npos) << line.number << ": " << line.text;
    removed += line.removed;
  }
  EXPECT_GE(removed, 3);
}

// The head and the footer in Arabic-Indic digits ("١٢/١٢/٢٠٢٣", "٢/٢") are
// furniture as in ASCII digits.
TEST(Furniture, ArabicIndicDigitsInTheHeadAndFooter) {
  std::string text = "النص يبدأ هنا.\n";
  for (int page = 2; page <= 5; ++page) {
    const std::string digit = page == 2 ? "٢" : page == 3 ? "٣" : page == 4 ? "٤" : "٥";
    text += "\f١٢/١٢/٢٠٢٣\n\nS/PV.9512\n\nويستمر النص هنا.\n\n" + digit + "/٥\n" +
            // The page and the job number joined, as a mirrored footer prints them.
            (page == 2 ? "2/523-16789\n" : "");
  }
  for (const auto& line : afterFurniture("ar", text))
    EXPECT_TRUE(line.blank() || line.removed || line.text.find('/') == std::string::npos)
        << line.text;
}

// A long title wraps in the head of a short record's page ("Amenazas a la
// paz … causadas por actos" / "terroristas"): both lines are the head's.
TEST(Furniture, AHeadsTitleWrappedOverTwoLines) {
  CoverFacts cover;
  cover.found = true;
  cover.agenda = {
      "Amenazas a la paz y la seguridad internacionales causadas por actos terroristas"};
  const std::string text =
      "Se abre la sesión a las 10.05 horas.\n\f"
      "10/06/2025\n\nAmenazas a la paz y la seguridad internacionales causadas por actos\n"
      "terroristas\n\nS/PV.9900\n\ny alienta a los Estados Miembros a cooperar.\n";
  Audit audit;
  auto lines = splitLines(text, audit);
  removeFurniture(lines, grammarOf("es"), audit, cover);
  for (const auto& line : lines)
    EXPECT_TRUE(line.blank() || line.removed || line.text != "terroristas");
}

// Lines that recur at the pages' edges but are text: a ballot's row of every
// round ("Required two-thirds majority: 126") and a sentence alike but for
// its digits ("… draft resolution A/80/L.10." at the top of three pages).
TEST(Furniture, RecurringRowsAndSentencesAreNoHeads) {
  std::string text = "The text begins.\n";
  for (int page = 2; page <= 5; ++page)
    text +=
        "\fS/PV.9990\n\nThe President: The Assembly will now take a decision on draft "
        "resolution A/80/L.1" +
        std::to_string(page) +
        ".\nThe text goes on here, line after line.\nNumber of ballot papers: 190\n"
        "Required two-thirds majority: 126\nThe text goes on here, line after line.\n";
  std::vector<std::string> kept;
  for (const auto& line : afterFurniture("en", text))
    if (!line.blank() && !line.removed &&
        (line.text.starts_with("The President") || line.text.starts_with("Required") ||
         line.text.starts_with("Number")))
      kept.push_back(line.text);
  EXPECT_EQ(kept.size(), 12u) << ::testing::PrintToString(kept);
}

// A typed page of the 1990s prints its number between the columns, in
// mid-page as extracted; where the first column ends on a label alone on its line ("Russian):"),
// the number follows a colon, as if a sentence had ended, and is still the page's.
TEST(Furniture, APageNumberAfterALabelAloneIsThePages) {
  std::string text;
  for (int page = 1; page <= 8; ++page) {
    if (page > 1) text += "\f";
    for (int row = 0; row < 20; ++row)  // so long that the number is in mid-page
      text += "The speaker went on with the statement, line after line.\n";
    if (page == 3)
      text += "Mr. VORONTSOV (Russian Federation) (interpretation from\nRussian):\n\n3\n\n";
    for (int row = 0; row < 20; ++row)
      text += "As a co-sponsor of the peace process, we welcome the accords.\n";
    if (page != 3) text += "\n" + std::to_string(page) + "\n";
  }
  std::vector<int> kept;  // pages whose number stayed in the text
  for (const auto& line : afterFurniture("en", text))
    if (!line.blank() && !line.removed && text::isAsciiNumber(line.text)) kept.push_back(line.page);
  EXPECT_TRUE(kept.empty()) << ::testing::PrintToString(kept);
}

// A meeting that takes up several items changes its head's title with the
// item: each title heads too few pages to recur. Set between the head's
// symbol and date, or an item of the cover's agenda right after one of them,
// it is the head's; a line of text after the date is not.
TEST(Furniture, TheHeadsTitleChangesWithTheItem) {
  CoverFacts cover;
  cover.found = true;
  cover.agenda = {"The question of Cyprus"};
  std::string text = "The text begins.\n\f";
  const char* titles[] = {"The situation in the Middle East", "The situation in the Middle East",
                          "Reports on the Sudan", "Reports on the Sudan"};
  for (const char* title : titles)
    text += std::string("S/PV.10172\n\n") + title + "\n\n30/10/2025\n\nThe text goes on.\n\f";
  text += "30/10/2025\n\nThe question of Cyprus\n\nthat the text goes on.\n\f";
  text += "30/10/2025\n\nThe question of Kashmir\n\nthat the text goes on.\n\f";
  Audit audit;
  auto lines = splitLines(text, audit);
  removeFurniture(lines, grammarOf("en"), audit, cover);
  std::vector<std::string> kept;
  for (const auto& line : lines)
    if (!line.blank() && !line.removed && !line.text.starts_with("The text") &&
        !line.text.starts_with("that"))
      kept.push_back(line.text);
  EXPECT_EQ(kept, std::vector<std::string>{"The question of Kashmir"});
  // A title wrapped over two lines; the head on one line, as Word sets it.
  const std::string word =
      "El texto empieza.\n\f"
      "12/11/2025\n\nAmenazas a la paz y la seguridad\ninternacionales\n\nS/PV.10190\n\n"
      "y sigue el texto.\n\f"
      "S/PV.10190  Amenazas a la paz y la seguridad internacionales  12/11/2025\n\n"
      "y sigue el texto.\n\f";
  std::vector<std::string> spanish;
  for (const auto& line : afterFurniture("es", word))
    if (!line.blank() && !line.removed) spanish.push_back(line.text);
  EXPECT_EQ(spanish, (std::vector<std::string>{"El texto empieza.", "y sigue el texto.",
                                               "y sigue el texto."}));
}

// A line of the text that says the head's words in a sentence, in lower case
// ("… proceed to the" / "election of five members of the International Court
// of"), is text, not the head in the middle of a sentence: nothing of the
// chair's words is lost.
TEST(Furniture, TheHeadsWordsInASentenceAreText) {
  std::string text = "The text begins.\n\f";
  for (int page = 2; page <= 5; ++page) {
    text +=
        "S/PV.10212\n\nElection of five members of the International Court of\nJustice\n\n"
        "12/11/2026\n\n";
    for (int line = 1; line <= 12; ++line) {
      text +=
          "Line " + std::to_string(line) + " of the text of page " + std::to_string(page) + "\n";
      if (page == 3 && line == 6)
        text +=
            "The President: The Council will now proceed to the\n"
            "election of five members of the International Court of\n"
            "Justice to fill the vacancies that will occur.\n";
    }
    text += "\f";
  }
  std::vector<std::string> kept;
  for (const auto& line : afterFurniture("en", text))
    if (!line.blank() && !line.removed && !line.text.starts_with("Line "))
      kept.push_back(line.text);
  EXPECT_EQ(kept, (std::vector<std::string>{
                      "The text begins.", "The President: The Council will now proceed to the",
                      "election of five members of the International Court of",
                      "Justice to fill the vacancies that will occur."}));
}

// A Russian head's title is as long in characters as an English one, and
// twice as long in bytes: "Угрозы международному миру и безопасности,
// создаваемые террористическими актами" between the head's symbol and date is
// the head's title (it became the opening's heading, the item listed twice).
TEST(Furniture, ALongCyrillicTitleBetweenTheHeadsSymbolAndDate) {
  CoverFacts cover;
  cover.found = true;
  const std::string title =
      "Угрозы международному миру и безопасности, создаваемые террористическими актами";
  cover.agenda = {title, "Положение в Южном Судане"};
  std::string text = "Текст начинается.\n\fS/PV.9995\n\n" + title +
                     "\n\n24/07/2025\n\nЗаседание открывается в 10 ч. 05 м.\n\f";
  for (int page = 3; page <= 5; ++page)
    text += "S/PV.9995\n\nПоложение в Южном Судане\n\n24/07/2025\n\nи текст идет дальше, " +
            std::string(page == 3   ? "на третьей"
                        : page == 4 ? "на четвертой"
                                    : "на пятой") +
            " странице.\n\f";
  Audit audit;
  auto lines = splitLines(text, audit);
  removeFurniture(lines, grammarOf("ru"), audit, cover);
  std::vector<std::string> kept;
  for (const auto& line : lines)
    if (!line.blank() && !line.removed) kept.push_back(line.text);
  EXPECT_EQ(kept,
            (std::vector<std::string>{"Текст начинается.", "Заседание открывается в 10 ч. 05 м.",
                                      "и текст идет дальше, на третьей странице.",
                                      "и текст идет дальше, на четвертой странице.",
                                      "и текст идет дальше, на пятой странице."}));
}

// A head has one title. A page that begins the next item heads itself with
// that item's title, and the item's heading comes right under the head: it
// is the page's text, also where it begins as the title does ("Informes del
// Secretario General sobre el Sudán y Sudán" / "del Sur").
TEST(Furniture, AnItemsHeadingUnderAHeadWithItsTitleIsText) {
  CoverFacts cover;
  cover.found = true;
  const std::string title = "Informes del Secretario General sobre el Sudán y Sudán del Sur";
  cover.agenda = {"La situación en Haití", title};
  for (const std::string& heading :
       {std::string("Informes del Secretario General sobre el Sudán y Sudán\ndel Sur"), title}) {
    const std::string text =
        "El texto empieza.\n\f"
        "S/PV.9990\n\nLa situación en Haití\n\n15/10/2025\n\n"
        "y sigue el texto.\n\f"
        "S/PV.9990\n\n" +
        title + "\n\n15/10/2025\n\n" + heading +
        "\n\nEl Presidente: El Consejo iniciará ahora el examen.\n\f";
    Audit audit;
    auto lines = splitLines(text, audit);
    removeFurniture(lines, grammarOf("es"), audit, cover);
    std::string kept;
    for (const auto& line : lines)
      if (!line.blank() && !line.removed && line.page == 3) kept += line.text + "\n";
    EXPECT_EQ(kept, heading + "\nEl Presidente: El Consejo iniciará ahora el examen.\n");
  }
}

// The symbol and the date on one line, in either order, head the pages of a
// record too short for its heads to recur: in Chinese the date is printed as
// the cover prints it.
TEST(Furniture, TheSymbolAndTheDateOnOneLineAreAHeadInAShortRecord) {
  CoverFacts cover;
  cover.found = true;
  cover.dateLine = "2025年11月20日星期四上午10时";
  const std::string zh =
      "第一行文字，\n\f"
      "A/80/PV.52 2025年11月20日\n\n第二行文字。\n\f"
      "2025年11月20日 A/80/PV.52\n\n白俄罗斯、古巴\n\f";
  Audit audit;
  auto lines = splitLines(zh, audit);
  removeFurniture(lines, grammarOf("zh"), audit, cover);
  std::vector<std::string> kept;
  for (const auto& line : lines)
    if (!line.blank() && !line.removed) kept.push_back(line.text);
  EXPECT_EQ(kept, (std::vector<std::string>{"第一行文字，", "第二行文字。", "白俄罗斯、古巴"}));
  std::vector<std::string> en;
  for (const auto& line : afterFurniture("en", "Text goes\n\fA/76/PV.102 08/09/2022\non.\n\f"))
    if (!line.blank() && !line.removed) en.push_back(line.text);
  EXPECT_EQ(en, (std::vector<std::string>{"Text goes", "on."}));
}

// A ballot's figures set each on its own line near a page's foot or head are
// text: the footers' "N/M" say the pages are numbered from 1, and "191" on
// page 1 or "0" on page 2 keeps no step with them. "2" at page 2's head does.
TEST(Furniture, ANumberAloneThatKeepsNoStepWithThePagesIsText) {
  const std::string text =
      "Number of ballot papers:\n191\nAbstentions:\n0\n\n19-17263\x08"
      "1/3\n\f"
      "2\n\nRequired majority:\n128\nThe President: Thank you.\n\n19-17263\x08"
      "2/3\n\f"
      "The meeting rose at 1 p.m.\n\n19-17263\x08"
      "3/3\n\f";
  std::vector<std::string> kept;
  for (const auto& line : afterFurniture("en", text))
    if (!line.blank() && !line.removed) kept.push_back(line.text);
  EXPECT_NE(std::find(kept.begin(), kept.end(), "191"), kept.end());
  EXPECT_NE(std::find(kept.begin(), kept.end(), "0"), kept.end());
  EXPECT_NE(std::find(kept.begin(), kept.end(), "128"), kept.end());
  EXPECT_EQ(std::find(kept.begin(), kept.end(), "2"), kept.end());
  // No footer numbers the pages, and no other bare number agrees: "183" at
  // the foot of page 1 is a count, not page 1's printed number.
  std::vector<std::string> alone;
  for (const auto& line : afterFurniture("en", "Bahrain\nLiberia\n\n186\n183\n\f"))
    if (!line.blank() && !line.removed) alone.push_back(line.text);
  EXPECT_EQ(alone, (std::vector<std::string>{"Bahrain", "Liberia", "186", "183"}));
}

// A scanned record whose cover has no number: its pages print their place
// less one. A page that prints none is numbered as the others run, not by
// its place (the page list read "1 1 3 3"); the cover has no number.
TEST(Furniture, APageWithoutANumberIsNumberedAsTheOthersRun) {
  std::string text = "UNITED NATIONS\nSECURITY COUNCIL\n\f";
  for (int page = 2; page <= 6; ++page) {
    if (page % 2 == 0) text += std::to_string(page - 1) + "\n\n";
    text += "The text of the page goes on here and does not end.\n\f";
  }
  Audit audit;
  auto lines = splitLines(text, audit);
  const Furniture furniture = removeFurniture(lines, grammarOf("en"), audit);
  EXPECT_EQ(furniture.printedNumbers,
            (std::map<int, int>{{1, 0}, {2, 1}, {3, 2}, {4, 3}, {5, 4}, {6, 5}}));
}

// A record made with Word heads its pages with the symbol, the title and the
// date on one line: a continuation without cover is dated by it.
TEST(Furniture, AOneLineHeadDatesTheRecord) {
  Audit audit;
  auto lines = splitLines(
      "S/PV.9953 الحالة في ليبيا 15/05/2025\n\nنص الجلسة.\n\f"
      "15/05/2025 الحالة في ليبيا S/PV.9953\n\nنص آخر.\n\f",
      audit);
  const Furniture furniture = removeFurniture(lines, grammarOf("ar"), audit);
  EXPECT_EQ(furniture.symbol, "S/PV.9953");
  EXPECT_EQ(furniture.date, "2025-05-15");
}

// Typed pages of the 1990s head each page with the typist's code, whose
// number is the typist's own count as often as the page's ("EMS/2" on pages
// 2 and 3, "MR/3" on page 4): where two pages or more are so headed, each is
// the head's (one became a vote, "None MR/3").
TEST(Furniture, TypistsCodesHeadThePagesWhateverTheirNumbers) {
  const std::string text =
      "The text begins.\n\f"
      "EMS/2\n\nthe second page.\n\f"
      "EMS/2\n\n(Mr. Ledogar, United States)\n\nthe third page.\n\f"
      "MR/3\n\nthe fourth page.\n\f";
  std::vector<std::string> kept;
  for (const auto& line : afterFurniture("en", text))
    if (!line.blank() && !line.removed) kept.push_back(line.text);
  EXPECT_EQ(kept, (std::vector<std::string>{"The text begins.", "the second page.",
                                            "the third page.", "the fourth page."}));
}

// Typed pages of the 1970s: the typist's and the reviser's initials
// ("GS/ds"), changing from page to page, and a page that stands for two
// ("4-5"): the pages after it run on from its last.
TEST(Furniture, TheSeventiesTypistsInitialsAndAPageThatStandsForTwo) {
  const std::string text =
      "The text begins.\n\f"
      "JVM/pm\n\nS/PV.1768\n2\n\nthe second page.\n\f"
      "GS/ds\n\nS/PV.1768\n3\n\n(Mr. Malik, USSR)\n\nthe third page.\n\f"
      "GS/ds\n\nS/PV.1768\n4-5\n\n(Mr. Malik, USSR)\n\nthe fourth page.\n\f"
      "MLG/ds\n\nS/PV.1768\n6\n\nthe fifth page.\n\f";
  Audit audit;
  auto lines = splitLines(text, audit);
  const Furniture furniture = removeFurniture(lines, grammarOf("en"), audit);
  std::vector<std::string> kept;
  for (const auto& line : lines)
    if (!line.blank() && !line.removed) kept.push_back(line.text);
  EXPECT_EQ(kept,
            (std::vector<std::string>{"The text begins.", "the second page.", "the third page.",
                                      "the fourth page.", "the fifth page."}));
  EXPECT_EQ(furniture.printedNumbers.at(4), 4);
  EXPECT_EQ(furniture.printedNumbers.at(5), 6);
}

// Word-made records print an even page's footer page first: "2/5 25-06543".
TEST(Furniture, AFooterWithThePageBeforeTheJobNumber) {
  std::vector<std::string> kept;
  Audit audit;
  auto lines = splitLines(
      "Les pourparlers engagés\n\n2/5 25-06543\n\fdans le cadre\n\n25-06543 3/5\n\f", audit);
  const Furniture furniture = removeFurniture(lines, grammarOf("fr"), audit);
  for (const auto& line : lines)
    if (!line.blank() && !line.removed) kept.push_back(line.text);
  EXPECT_EQ(kept, (std::vector<std::string>{"Les pourparlers engagés", "dans le cadre"}));
  EXPECT_EQ(furniture.printedNumbers.at(1), 2);
}

// The record's symbol with a stray space after "PV." ("S/PV. 8422"), where a
// two-column page puts the next page's head in mid-text, is furniture too.
// A typed page of the 1990s: the typist's code with the page's number, and
// the speaker going on from the page before, at the head of the page. The
// same words in mid-page are text.
TEST(Furniture, TheTypistsCodeAndTheSpeakerGoingOnAtTheHeadOfATypedPageGo) {
  const std::string text =
      "S/PV.3402\nPROVISIONAL\n\f"
      "EMS/2\n\nS/PV.3402\n2\n\nThe meeting was called to order at 10.35 a.m.\n"
      "Mr. KOVANDA (Czech Republic): The Czech Republic will vote in favour, and\n\f"
      "EMS/3\n\nS/PV.3402\n3\n\n(Mr. Kovanda, Czech Republic)\n\n"
      "the Council is once again asked to extend the mission.\n"
      "The PRESIDENT: I thank the representative of the\n(Mr. Kovanda, Czech Republic)\n"
      "for his kind words. EMS/4\nThe meeting rose at 12.15 p.m.\n\f";
  std::vector<std::string> kept;
  for (const auto& line : afterFurniture("en", text))
    if (!line.blank() && !line.removed) kept.push_back(line.text);
  const std::vector<std::string> expected = {
      "PROVISIONAL",
      "The meeting was called to order at 10.35 a.m.",
      "Mr. KOVANDA (Czech Republic): The Czech Republic will vote in favour, and",
      "the Council is once again asked to extend the mission.",
      "The PRESIDENT: I thank the representative of the",
      "(Mr. Kovanda, Czech Republic)",
      "for his kind words. EMS/4",
      "The meeting rose at 12.15 p.m."};
  EXPECT_EQ(kept, expected);
  // Below a head of more lines than the zone holds (round BG: code, symbol,
  // date, page number): still the first line left at the page's head.
  const std::string longHead =
      "S/PV.3402\nPROVISIONAL\n\f"
      "EMS/2\n\nS/PV.3402\n07/07/1994\n2\n\n"
      "Mr. KOVANDA (Czech Republic): The Czech Republic will vote in favour, and\n\f"
      "EMS/3\n\nS/PV.3402\n07/07/1994\n3\n\n(Mr. Kovanda, Czech Republic)\n\n"
      "the Council is once again asked to extend the mission.\n\f";
  for (const auto& line : afterFurniture("en", longHead))
    EXPECT_TRUE(line.text != "(Mr. Kovanda, Czech Republic)" || line.removed);
}

TEST(Furniture, ASymbolWithAStraySpaceIsARunningHead) {
  std::string text;
  for (int page = 1; page <= 8; ++page) {
    text += "S/PV.8422\n\n";
    for (int line = 0; line < 6; ++line) text += "A line of text in the first column\n";
    text += "that goes on\n\nS/PV. 8422\n\nin the second column.\n";
    for (int line = 0; line < 6; ++line) text += "A line of text in the second column\n";
    text += "\f";
  }
  const auto lines = afterFurniture("en", text);
  for (const auto& line : lines)
    EXPECT_TRUE(line.text.find("PV") == std::string::npos || line.removed) << line.text;
}

// The head of the page between the two columns where the first ended its
// paragraph ("… from their seats." / "A/80/PV.97" / "Ms. Villalobos Rojas
// (Costa Rica): …"): the record's symbol or date alone on a line goes after a
// sentence that ended too.
TEST(Furniture, TheSymbolBetweenColumnsGoesAfterASentenceThatEnded) {
  std::string text;
  for (int page = 1; page <= 8; ++page) {
    text += page % 2 ? "A/80/PV.97\n\n" : "18/12/2025\n\n";
    for (int line = 0; line < 6; ++line) text += "A line of text in the first column\n";
    text += "should be made by delegations from their seats.\n\n";
    text += page % 2 ? "A/80/PV.97\n\n" : "18/12/2025\n\n";
    text += "Ms. Villalobos Rojas (Costa Rica): Costa Rica voted in favour.\n\f";
  }
  const auto lines = afterFurniture("en", text);
  for (const auto& line : lines)
    EXPECT_TRUE((line.text != "A/80/PV.97" && line.text != "18/12/2025") || line.removed)
        << "line " << line.number;
}

// "3756th meeting" / "21 March 1997": the head of older records' pages, set
// by the extraction wherever it fell, mid-page included, goes everywhere. A
// line with a number that two pages share ("Agenda item 89"), or a sentence
// repeated on every page, stays.
TEST(Furniture, TheMeetingsNumberAndDateOnEveryPageGoWhereverTheyFall) {
  std::string text;
  for (int page = 1; page <= 8; ++page) {
    for (int line = 0; line < 6; ++line) text += "A line of text in the first column\n";
    text += "of the bilateral agreements\n\n3756th meeting\n21 March 1997\nit has signed.\n";
    if (page <= 2) text += "Agenda item 89\n";
    text += "It was decided on 5 May.\n";
    for (int line = 0; line < 6; ++line) text += "A line of text in the second column\n";
    text += "\f";
  }
  const auto lines = afterFurniture("en", text);
  int agendaItems = 0, decisions = 0;
  for (const auto& line : lines) {
    EXPECT_TRUE(line.text.find("3756") == std::string::npos || line.removed) << line.text;
    EXPECT_TRUE(line.text.find("March") == std::string::npos || line.removed) << line.text;
    agendaItems += line.text == "Agenda item 89" && !line.removed;
    decisions += line.text == "It was decided on 5 May." && !line.removed;
  }
  EXPECT_EQ(agendaItems, 2);
  EXPECT_EQ(decisions, 8);
}

// The same in any script: "2021年12月9日", a Chinese head's date, falls mid-page
// and mid-sentence; it goes on every page all the same.
TEST(Furniture, AChineseHeadsDateOnEveryPageGoesWhereverItFalls) {
  std::string text;
  for (int page = 1; page <= 5; ++page) {
    for (int line = 0; line < 6; ++line)
      text += "中方感谢秘书长提交的有关报告，也感谢新加坡代表团\n";
    text += "在协调本年度海洋和海\n2021年12月9日\n洋法决议草案磋商中所作的努力。\n";
    for (int line = 0; line < 6; ++line) text += "我们期待在下一届会议期间与各代表团继续合作。\n";
    text += "\f";
  }
  for (const auto& line : afterFurniture("zh", text))
    EXPECT_TRUE(line.text != "2021年12月9日" || line.removed) << "line " << line.number;
}

// A record of two pages repeats its head too seldom for recurrence to tell
// it: the cover's body and session ("Security Council" / "Forty-ninth year"),
// or its meeting and date ("3402nd meeting" / "7 July 1994"), two such lines
// one after the other, are the head of a page wherever they fall. One such
// line alone ("the Security Council" wrapped in a sentence) stays.
TEST(Furniture, TheCoversFactsRepeatedAtTheHeadOfAFewPagesGo) {
  const std::string text =
      "United Nations\n\nS/PV.3402\n\nSecurity Council\n\nProvisional\n\n"
      "Forty-ninth Year\n\n3402nd Meeting\nThursday, 7 July 1994, 11 a.m.\nNew York\n\n"
      "President:\n\nMr. CARDENAS . . . . . . . . . (Argentina)\n\nAgenda\n"
      "The situation in the Northern Hills\n\f"
      "Security Council\nForty-ninth year\nThe meeting was called to order at 11.20 a.m.\n\n"
      "3402nd meeting\n7 July 1994\nThe PRESIDENT: I thank the members of the\n"
      "Security Council\nfor their presence.\n\f"
      "Security Council\nForty-ninth year\n\n3402nd meeting\n7 July 1994\n\n"
      "The PRESIDENT: There are no further speakers.\nThe meeting rose at 12.40 p.m.\n\f";
  Audit audit;
  auto lines = splitLines(text, audit);
  const Grammar& grammar = grammarOf("en");
  const CoverFacts cover = readCover(lines, grammar, audit);
  ASSERT_TRUE(cover.found);
  removeFurniture(lines, grammar, audit, cover);
  int councils = 0;
  for (const auto& line : lines) {
    if (line.removed || line.page == 1) continue;
    EXPECT_NE(line.text, "Forty-ninth year");
    EXPECT_NE(line.text, "3402nd meeting");
    EXPECT_NE(line.text, "7 July 1994");
    councils += line.text == "Security Council";
  }
  EXPECT_EQ(councils, 1) << "the Council in the President's sentence stays";
}

// The Assembly's heads of the 1990s hold two of the cover's facts on one line
// ("General Assembly - Forty-ninth session", "62nd meeting - Wednesday, 16
// November 1994"), each on every other page: too seldom in a short record for
// recurrence to tell them, wherever the extraction put them.
TEST(Furniture, TwoOfTheCoversFactsOnOneLineAreTheHeadOfAPage) {
  const std::string text =
      "United Nations\n\n62nd\nPLENARY MEETING\n\nGENERAL\nASSEMBLY\n\n"
      "Wednesday, 16 November 1994\nat 10 a.m.\n\nFORTY-NINTH SESSION\n\nNEW YORK\n\n"
      "President: Mr. ESSY\n(Côte d'Ivoire)\n\nThe meeting was called to order at 10.25 a.m.\n"
      "The PRESIDENT: The consolidation of peace requires that the root causes of\n\f"
      "2\n\nGeneral Assembly - Forty-ninth session\n\nconflict be addressed.\n"
      "We note with satisfaction that the process of\n\f"
      "62nd meeting - Wednesday, 16 November 1994\n\ndemobilization has begun.\n\f"
      "4\n\nGeneral Assembly - Forty-ninth session\n\nThe meeting rose at 1 p.m.\n\f";
  Audit audit;
  auto lines = splitLines(text, audit);
  const Grammar& grammar = grammarOf("en");
  const CoverFacts cover = readCover(lines, grammar, audit);
  ASSERT_TRUE(cover.found);
  removeFurniture(lines, grammar, audit, cover);
  for (const auto& line : lines)
    if (!line.removed) {
      EXPECT_EQ(line.text.find("Forty-ninth session"), std::string::npos) << line.text;
      EXPECT_EQ(line.text.find("62nd meeting -"), std::string::npos) << line.text;
    }
}

// The running head of every page is the agenda's sub-item, which the body
// prints under the item's title: there it is a heading, not a head that
// interrupts a sentence.
TEST(Furniture, ASubItemThatIsAlsoTheRunningHeadStaysUnderItsItem) {
  const std::string head = "El cambio climático, la paz y la seguridad";
  std::string text =
      "S/PV.10131\n\nNaciones Unidas\n\nConsejo de Seguridad\n\nProvisional\n\n"
      "10131ª sesión\nMartes 24 de marzo de 2026, a las 10.00 horas\nNueva York\n\n"
      "Orden del día\nMantenimiento de la paz y la seguridad internacionales\n" +
      head + "\n\f";
  for (int page = 2; page <= 6; ++page) {
    text += "S/PV.10131\n\n" + head + "\n\n";
    if (page == 2)
      text +=
          "Se abre la sesión a las 10.05 horas.\nAprobación del orden del día\n"
          "Queda aprobado el orden del día.\nMantenimiento de la paz y la seguridad\n"
          "internacionales\n" +
          head + "\nEl Presidente: Doy la bienvenida a los presentes.\n";
    for (int line = 1; line <= 6; ++line)
      text += "La línea " + std::to_string(line) + " de la página " + std::to_string(page) + ".\n";
    text += "\f";
  }
  Audit audit;
  auto lines = splitLines(text, audit);
  const Grammar& grammar = grammarOf("es");
  const CoverFacts cover = readCover(lines, grammar, audit);
  ASSERT_TRUE(cover.found);
  ASSERT_EQ(cover.agenda.size(), 2u);
  removeFurniture(lines, grammar, audit, cover);
  int kept = 0;
  for (const auto& line : lines) kept += line.text == head && !line.removed && line.page > 1;
  EXPECT_EQ(kept, 1);
}

// The notice's first words as each language's records have them, and as
// other records word them ("Ce procès-verbal …", "В этом отчете …").
TEST(Cover, TheCorrectionNoticeInItsWordings) {
  const std::pair<const char*, const char*> notices[] = {
      {"fr", "Le présent procès-verbal contient le texte des déclarations prononcées en français"},
      {"fr", "Ce procès-verbal contient le texte des déclarations prononcées en français et"},
      {"ru", "В настоящем отчете содержатся тексты выступлений на русском языке"},
      {"ru", "В этом отчете содержатся тексты выступлений на русском языке и тексты"},
      {"ru", "Настоящий отчет содержит текст выступлений на русском языке и письменный перевод"},
      {"es", "La presente acta contiene la versión literal de los discursos pronunciados"},
      {"es", "Esta acta contiene la versión literal de los discursos pronunciados en español"},
  };
  for (const auto& [language, line] : notices)
    EXPECT_TRUE(grammarOf(language).cover(CoverField::CorrectionNotice, line)) << line;
  EXPECT_FALSE(grammarOf("fr").cover(CoverField::CorrectionNotice,
                                     "Ce rapport contient des recommandations importantes."));
}

// A 1993 record: the notice says "This record is subject to correction.",
// and the distribution lines beside it hold the record's only symbol. The
// symbol is read, and the notice and the distribution lines go.
TEST(Cover, TheNineteenNinetiesNoticeAndItsDistributionLinesGo) {
  const std::string text =
      "United Nations\n\n46th\nPLENARY MEETING\n\nGENERAL\nASSEMBLY\n\n"
      "Monday, 1 November 1993\nat 3 p.m.\n\nFORTY-EIGHTH SESSION\n\nNEW YORK\n\n"
      "President: Mr. INSANALLY\n(Guyana)\n\n"
      "The meeting was called to order at 3.20 p.m.\n"
      "Mr. INDERFURTH (United States of America): On behalf of the United States.\n\n"
      "This record is subject to correction.\n"
      "Corrections should be sent under the signature of a member of the delegation\n\n"
      "Distr. GENERAL\nA/48/PV.46\n22 November 1993\n\n"
      "Corrections will be issued after the end of the session in a consolidated corrigendum.\n\n"
      "ENGLISH\n\f2\n\nThese inspections are essential.\n";
  Audit audit;
  auto lines = splitLines(text, audit);
  const CoverFacts cover = readCover(lines, grammarOf("en"), audit);
  EXPECT_EQ(cover.symbol, "A/48/PV.46");
  std::vector<std::string> kept;
  for (const auto& line : lines)
    if (!line.blank() && !line.removed) kept.push_back(line.text);
  const std::vector<std::string> expected = {
      "The meeting was called to order at 3.20 p.m.",
      "Mr. INDERFURTH (United States of America): On behalf of the United States.", "2",
      "These inspections are essential."};
  EXPECT_EQ(kept, expected);
}

// pdftotext may space the notice's lines apart: a blank line in mid-sentence
// is inside it, and it ends with its sentence; the column's text after it
// stays. So does a job number set in a right-to-left line (")A( 21-39812").
TEST(Cover, ANoticeSpacedOverBlankLinesGoesWhole) {
  const std::string text =
      "الأمم المتحدة\n\nA/76/PV.53\n\nالجمعية العامة\nالدورة السادسة والسبعون\n"
      "الجلسة العامة 53\nالخميس، 16 كانون الأول/ديسمبر 2021، الساعة 10/00\nنيويورك\n\n"
      "افتتحت الجلسة الساعة 10/05.\n"
      "الرئيس (تكلم بالإنكليزية): تنظر الجمعية العامة في هذه الجلسة في البند 74.\n\n"
      "يتضمن هذا المحضر نص الخطب الملقاة بالعربية والترجمة الشفوية للخطب الملقاة باللغات "
      "الأخرى. ويجب ألا تقدم التصويبات إلا للنص\n\n"
      "باللغات الأصلية. وينبغي إدراجها في نسخة من المحضر وإرسالها بتوقيع أحد أعضاء الوفد "
      "المعني إلى: Chief of the Verbatim\n\n"
      "Reporting Service, room U-0506 (verbatimrecords@un.org). وستصدر المحاضر المصوبة "
      "إلكترونيا في نظام الوثائق\n\n"
      "الرسمية للأمم المتحدة (http://documents.un.org).\n\n"
      ")A( 21-39812\n\n"
      "وأذكر الأعضاء بأن تعليلات التصويت تقتصر على 10 دقائق.\n\f";
  RawOptions options;
  options.meta.language = "ar";
  options.meta.date = "2021-12-16";
  auto read = readRawRecord(text, "record.txt", options);
  ASSERT_TRUE(read.ok()) << describe(read.error());
  std::string body;
  for (const auto& section : read.value().meeting.sections)
    for (const auto& block : section.blocks)
      if (block.kind == BlockKind::Speech)
        for (const auto& item : block.speech.items) body += plainText(item.paragraph.content) + "|";
  EXPECT_EQ(body.find("Verbatim"), std::string::npos) << body;
  EXPECT_EQ(body.find("الرسمية للأمم المتحدة"), std::string::npos) << body;
  EXPECT_EQ(body.find("39812"), std::string::npos) << body;
  EXPECT_NE(body.find("وأذكر الأعضاء بأن تعليلات التصويت تقتصر على 10 دقائق."), std::string::npos)
      << body;
}

// --- words set one to a line ------------------------------------------------------

std::vector<std::string> afterRepairs(const char* language, const std::string& text) {
  Audit audit;
  auto lines = splitLines(text, audit);
  restoreScatteredWords(lines, grammarOf(language), 22500, audit);
  std::vector<std::string> out;
  for (const auto& line : lines)
    if (!line.blank() && !line.removed) out.push_back(line.text);
  return out;
}

// A heading's document on a line of its own is no word set apart: the two
// lone words after it are a label's first line, for the label to read.
TEST(ScatteredWords, AHeadingsDocumentIsNoScatteredWord) {
  const auto lines = afterRepairs("ru",
                                  "Доклад Третьего комитета\n(A/78/481/Add.3)\nИсполняющий\n"
                                  "обязанности\nПредседателя (говорит по-английски): Генеральная\n"
                                  "Ассамблея рассмотрит три проекта резолюций.\n");
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(lines[1], "(A/78/481/Add.3)");
  EXPECT_EQ(lines[2], "Исполняющий");
}

// Round AW: a procedural line that reads as one, but whose State is none
// ("Papua" / "Guinea)"), takes back the lone word that completes it, inside
// the State's brackets; it had been a heading ("Nueva") opening a section.
TEST(ScatteredWords, AWordThatCompletesTheStateOfAProceduralLine) {
  const auto lines =
      afterRepairs("es",
                   "se reanuda a las 12.25 horas.\nEl Vicepresidente, Sr. Rai (Papua\n"
                   "Guinea), ocupa la Presidencia.\n\nNueva\n\nEl Presidente "
                   "interino (habla en inglés): El\nresultado es el siguiente:\n");
  ASSERT_GE(lines.size(), 2u);
  EXPECT_EQ(lines[1], "El Vicepresidente, Sr. Rai (Papua Nueva Guinea), ocupa la Presidencia.");
  EXPECT_EQ(std::count(lines.begin(), lines.end(), "Nueva"), 0);
}

// A word that ends a sentence ends a run of lone words: the words after it
// are another line's, here a label's ("concerned." / "Mr." / "Nebenzia" / …).
TEST(ScatteredWords, ASentencesEndEndsTheRun) {
  const auto lines = afterRepairs("en",
                                  "the sovereignty of the countries\nconcerned.\nMr.\nNebenzia\n"
                                  "(Russian\nFederation)\n(spoke\nin\n"
                                  "Russian): We listened attentively to the briefers.\n");
  ASSERT_GE(lines.size(), 4u);
  EXPECT_EQ(lines[1], "concerned.");
  EXPECT_EQ(lines[2], "Mr. Nebenzia (Russian Federation) (spoke in");
}

TEST(ScatteredWords, AJustifiedLineSetOneWordToALineIsPutTogether) {
  EXPECT_EQ(afterRepairs("en", "As\nemphasized\nduring\nnegotiations\n"),
            std::vector<std::string>{"As emphasized during negotiations"});
  // A word's length is its letters', not its bytes' (Cyrillic takes two each).
  EXPECT_EQ(afterRepairs("ru", "подчеркнули\nнеобходимость\nсотрудничества\nгосударств\n"),
            std::vector<std::string>{"подчеркнули необходимость сотрудничества государств"});
  // A page set right to left gives them back to front (round BG: a label's
  // first line, so that the turn was lost).
  EXPECT_EQ(afterRepairs("ar", "(تكلم\n(ألمانيا)\nهاوسمان\nالسيد\n"),
            std::vector<std::string>{"السيد هاوسمان (ألمانيا) (تكلم"});
}

// A vote's labels and lists are short lines of their own, not scattered words.
TEST(ScatteredWords, VoteLabelsAndListsAreNotScatteredWords) {
  const std::vector<std::string> zh = {"反对：", "无", "弃权：", "中国、俄罗斯联邦"};
  EXPECT_EQ(afterRepairs("zh", "反对：\n无\n弃权：\n中国、俄罗斯联邦\n"), zh);
  const std::vector<std::string> en = {"Against", "None", "Abstaining", "China"};
  EXPECT_EQ(afterRepairs("en", "Against\nNone\nAbstaining\nChina\n"), en);
}

// Chinese is written without spaces: no line of it is a word set apart,
// one under the other or with blank lines between.
TEST(ScatteredWords, LinesOfAScriptWithoutSpacesAreNeverGathered) {
  const std::vector<std::string> zh = {"中国", "法国", "丹麦"};
  EXPECT_EQ(afterRepairs("zh", "中国\n法国\n丹麦\n"), zh);
  const std::vector<std::string> apart = {"赞成的有中国和德国代表团", "丹麦", "日本", "挪威"};
  EXPECT_EQ(afterRepairs("zh", "赞成的有中国和德国代表团\n\n丹麦\n\n日本\n\n挪威\n"), apart);
}

// "Marshall Islands, Palau, United States of" / "America.": a justified line
// of a vote's list whose words came out one to a line, capitalised, after the
// line that followed it. They go back after "Marshall Islands,"; two lone
// capitalised words are not enough to say so.
TEST(ScatteredWords, ThreeLoneWordsInAnyCaseGoBackToTheLineTheyLeft) {
  const std::vector<std::string> expected = {
      "Against:", "Marshall Islands, Palau, United States of", "America.", "Abstaining:"};
  EXPECT_EQ(
      afterRepairs("en",
                   "Against:\nMarshall Islands,\nAmerica.\n\nPalau,\n\nUnited\n\nStates\n\nof\n\n"
                   "Abstaining:\n"),
      expected);
  const std::vector<std::string> two = {"Marshall Islands,", "America.", "Palau,", "United"};
  EXPECT_EQ(afterRepairs("en", "Marshall Islands,\nAmerica.\n\nPalau,\n\nUnited\n\n"), two);
}

// "Draft resolution A/76/L.86 was adopted (resolution 76/305).", a line set
// apart and spaced wide, came out as "Draft" / "resolution" / "(resolution
// 76/305)." with "A/76/L.86" and "adopted" after it and "was" at the foot of
// the page: the words go back where they make the procedural line, in the
// order nearest the one they came in, and "was" no longer ends the line of
// the speech above it. The words of a speech make no procedural line.
TEST(ScatteredWords, AProceduralLineScatteredOverItsPageIsPutBack) {
  const std::vector<std::string> expected = {
      "adopt draft resolution A/76/L.86?",
      "Draft resolution A/76/L.86 was adopted (resolution 76/305).",
      "Mr. Kimani (Kenya): And I am grateful to the Office", "of the President."};
  EXPECT_EQ(afterRepairs("en",
                         "adopt draft resolution A/76/L.86?\nDraft\nresolution\n(resolution "
                         "76/305).\n\nA/76/L.86\n\nadopted\n\nMr. Kimani (Kenya): And I am "
                         "grateful to the Office\nof the President.\n\nwas\n\n"),
            expected);
  EXPECT_EQ(
      afterRepairs("en", "Draft resolution A/61/L.68\n(resolution 61/293).\n\nwas\n\nadopted\n\n"),
      (std::vector<std::string>{"Draft resolution A/61/L.68 was adopted (resolution 61/293)."}));
  const std::vector<std::string> speech = {"We thank the delegation of Kenya.", "warmly"};
  EXPECT_EQ(afterRepairs("en", "We thank the delegation of Kenya.\n\nwarmly\n\n"), speech);
}

// Two procedural lines scattered on one page, each with its lone word right
// after it: the first takes its own, not both (round BA: "Проект резолюции
// принимается путем (резолюция 73/141).", and the vote's line left without
// "путем").
TEST(ScatteredWords, EachProceduralLineTakesTheWordRightAfterIt) {
  const auto lines =
      afterRepairs("ru",
                   "Председатель (говорит по-испански): Могу ли я считать, что\n"
                   "Ассамблея желает поступить так же?\nПроект\nрезолюции\n(резолюция 73/141).\n\n"
                   "принимается\n\nПредседатель (говорит по-испански): Поступила просьба о\n"
                   "проведении заносимого в отчет голосования.\nГолосование\nпроводится\n"
                   "заносимого в отчет голосования.\n\nпутем\n\nГолосовали за:\n");
  EXPECT_NE(
      std::find(lines.begin(), lines.end(), "Проект резолюции принимается (резолюция 73/141)."),
      lines.end());
  // ("путем" goes back to the vote's line as any lone word does, to the
  // line above with room for it: that line is none of the profile's
  // procedural sentences.)
  EXPECT_EQ(std::count(lines.begin(), lines.end(), "проводится путем"), 1);
}

// --- procedural sentences that wrap ---------------------------------------------------

// A paragraph grows a line at a time; each probe searches only what was
// added for the words the patterns need, and the words may straddle the join.
TEST(ProceduralProbe, AGrowingTextMatchesWhenItsWordsArrive) {
  const Grammar& en = grammarOf("en");
  auto probe = en.probeProcedural("The members of the General Assembly obs");
  EXPECT_FALSE(probe.match);
  EXPECT_TRUE(probe.longerCouldMatch);
  probe = en.probeProcedural("The members of the General Assembly observed a minute", probe);
  EXPECT_FALSE(probe.match);
  probe = en.probeProcedural("The members of the General Assembly observed a minute of silence.",
                             probe);
  ASSERT_TRUE(probe.match);
  EXPECT_EQ(probe.match->kind, NarrativeKind::Silence);
  // The same answers as probing the whole text afresh.
  EXPECT_EQ(en.probeProcedural("The members of the General Assembly observed a minute of "
                               "silence.")
                .match->kind,
            NarrativeKind::Silence);
}

// --- column fragments out of order -----------------------------------------------------

// `removedLine`: a line another repair emptied (its words put back elsewhere).
std::vector<std::string> afterFragments(const std::string& text,
                                        std::string_view removedLine = {}) {
  Audit audit;
  auto lines = splitLines(text, audit);
  for (auto& line : lines)
    if (!removedLine.empty() && line.text == removedLine) line.removed = true;
  restoreDanglingFragments(lines, grammarOf("en"), 22500, audit);
  std::vector<std::string> out;
  for (const auto& line : lines)
    if (!line.blank() && !line.removed) out.push_back(line.text);
  return out;
}

// A page whose two columns pdftotext read block by block in turn: the left
// column's first block, the right column's first (a fragment that ends a
// sentence), the left column's second; then, after a block of the right
// column, the left column's last (the host, its sentence open) and the right
// column's last.
const std::string kTurnsPageTop =
    "The meeting was called to order at 3.10 p.m. The President\n"
    "made a statement on the situation that the Council has had\n"
    "before it for a long time, and asked for a minute of silence.\n\n"
    "heavy toll paid by the civilian population, humanitarian\n"
    "personnel and Blue Helmets, it was essential for the Council.\n\n"
    "Thirdly, we must strengthen the coherence of all the relevant\n"
    "activities of the different entities on the ground.\n\n";
const std::string kTurnsPageFoot =
    "In a context that is characterized by ongoing serious\n"
    "violence carried out by armed groups, as unfortunately\n"
    "evidenced by the current situation in Alindao, and with a\n\n"
    "I would like to thank my colleagues for their outstanding\n"
    "work as co-facilitators.\n";

// The end of a sentence at the foot of a column comes out before its start:
// it goes back after the full line that left the sentence open.
TEST(DanglingFragments, TheEndOfASentenceGoesBackAfterItsStart) {
  const auto lines = afterFragments(
      "The meeting was called to order at 3.10 p.m.\n\n"
      "heavy toll paid by the civilian population, humanitarian\n"
      "personnel and Blue Helmets, it was essential for the Council.\n\n"
      "In a context that is characterized by ongoing serious\n"
      "violence carried out by armed groups, as unfortunately\n"
      "evidenced by the current situation in Alindao, and with a\n\n"
      "In order to promote consensus, we have sought\n");
  const std::vector<std::string> expected = {
      "The meeting was called to order at 3.10 p.m.",
      "In a context that is characterized by ongoing serious",
      "violence carried out by armed groups, as unfortunately",
      "evidenced by the current situation in Alindao, and with a",
      "heavy toll paid by the civilian population, humanitarian",
      "personnel and Blue Helmets, it was essential for the Council.",
      "In order to promote consensus, we have sought"};
  EXPECT_EQ(lines, expected);
}

// pdftotext read the page's two columns block by block in turn: after the
// fragment (the right column's first block) came the left column's next, then
// the right column's, and so on up to the host. The right column's blocks go
// after the fragment, in their order.
TEST(DanglingFragments, ColumnsReadInTurnAreReadOneAfterTheOther) {
  const auto lines = afterFragments(kTurnsPageTop +
                                    "Mr. Silva (Brazil): At the outset, I would like to thank\n"
                                    "the co-facilitators for their work on the text, and I would\n"
                                    "like to thank the Secretariat for the support that it gave\n"
                                    "to the delegations in the course of the negotiations.\n\n" +
                                    kTurnsPageFoot);
  ASSERT_EQ(lines.size(), 16u);
  EXPECT_EQ(lines[3], "Thirdly, we must strengthen the coherence of all the relevant");
  EXPECT_EQ(lines[5], "In a context that is characterized by ongoing serious");
  EXPECT_EQ(lines[8], "heavy toll paid by the civilian population, humanitarian");
  EXPECT_EQ(lines[10], "Mr. Silva (Brazil): At the outset, I would like to thank");
  EXPECT_EQ(lines[14], "I would like to thank my colleagues for their outstanding");
}

// Where a right-column paragraph runs on past the next left-column block's
// top, two right-column blocks come one after the other: of the two ways to
// take turns, the one whose columns end level.
TEST(DanglingFragments, TheTurnsThatLeaveTheColumnsLevelWin) {
  const auto lines = afterFragments(
      "The meeting was called to order at 3.10 p.m.\n\n"
      "heavy toll paid by the civilian population, humanitarian\n"
      "personnel and Blue Helmets, it was essential for the Council.\n\n"
      "I have the honour to speak on behalf of the Group of States\n"
      "that have sponsored the draft resolution before us today, and\n"
      "I would like to thank all of them for the spirit in which\n"
      "they took part in the long negotiations on the text that\n"
      "the Assembly will adopt this afternoon, as we all hope that\n"
      "it will, and for the support that they gave to the text.\n\n"
      "Ms. Sharma (Secretariat): The present statement is made\n"
      "in the context of rule 153 of the rules of procedure.\n\n"
      "In a context that is characterized by ongoing serious\n"
      "violence carried out by armed groups, as unfortunately\n"
      "evidenced by the current situation in Alindao, and with a\n");
  ASSERT_EQ(lines.size(), 14u);
  EXPECT_EQ(lines[1], "Ms. Sharma (Secretariat): The present statement is made");
  EXPECT_EQ(lines[3], "In a context that is characterized by ongoing serious");
  EXPECT_EQ(lines[6], "heavy toll paid by the civilian population, humanitarian");
  EXPECT_EQ(lines[8], "I have the honour to speak on behalf of the Group of States");
}

// A line removed from a block (words put back in the line before it) does
// not cut the block in two: the block moves whole.
TEST(DanglingFragments, ARemovedLineDoesNotCutABlock) {
  const std::string rightBlock =
      "Moreover, the Declaration refers to\n"
      "the\n"
      "archaeological and historical sites as well as to lands and to\n"
      "the territories of the peoples, and we thank the Secretariat\n"
      "for the support that it gave to the delegations.\n\n";
  const auto lines = afterFragments(kTurnsPageTop + rightBlock + kTurnsPageFoot, "the");
  ASSERT_EQ(lines.size(), 16u);
  EXPECT_EQ(lines[8], "heavy toll paid by the civilian population, humanitarian");
  EXPECT_EQ(lines[10], "Moreover, the Declaration refers to");
  EXPECT_EQ(lines[11], "archaeological and historical sites as well as to lands and to");
}

// A list's comma leaves nothing open that a fragment could close.
TEST(DanglingFragments, NotAfterAListsComma) {
  const std::string text =
      "The draft resolution was adopted.\n\n"
      "and refers to the safeguards agreement of the Agency.\n\n"
      "In favour: Afghanistan, Albania, Algeria, Andorra, Angola, Argentina,\n\n"
      "Armenia\n";
  EXPECT_EQ(afterFragments(text)[1], "and refers to the safeguards agreement of the Agency.");
}

// --- hyphens the extraction dropped ---------------------------------------------------

std::vector<std::string> afterHyphens(const char* language, const std::string& text) {
  Audit audit;
  auto lines = splitLines(text, audit);
  restoreCompoundHyphens(lines, grammarOf(language), 22500, Vocabulary(lines, 22500), audit);
  std::vector<std::string> out;
  for (const auto& line : lines)
    if (!line.blank() && !line.removed) out.push_back(line.text);
  return out;
}

// Two printed lines in one (pdftotext undid the line-end hyphen there): a
// word that is a prefix the profile hyphenates and a word the document uses
// gets its hyphen; a closed word made of a prefix and a word ("everything")
// does not, nor a word the document also prints whole in a line.
TEST(CompoundHyphens, APrefixAndAWordOfTheDocumentAreJoinedByAHyphen) {
  const std::string merged =
      "the needs of conflict-affected and postconflict countries and is an integral part of the "
      "United Nations";
  const std::string closed =
      "and everything that the Organization does in postwar countries to end the conflict";
  const auto lines = afterHyphens("en", merged + "\n" + closed + " and " + closed + "\npostwar\n");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_NE(lines[0].find("post-conflict"), std::string::npos) << lines[0];
  EXPECT_NE(lines[1].find("everything"), std::string::npos) << lines[1];
  EXPECT_NE(lines[1].find("postwar"), std::string::npos) << lines[1];
}

// A compound of three parts that kept one hyphen and lost the other shows the
// join anywhere: no one writes "cessezle-feu".
TEST(CompoundHyphens, ACompoundMissingOneOfItsHyphensGetsItBackInAnyLine) {
  EXPECT_EQ(afterHyphens("fr", "un cessezle-feu immédiat\n")[0], "un cessez-le-feu immédiat");
  EXPECT_EQ(afterHyphens("fr", "un cessez-lefeu immédiat\n")[0], "un cessez-le-feu immédiat");
  // A State's name joined shows it as plainly ("Котд’Ивуар" is no word).
  EXPECT_EQ(afterHyphens("ru", "Канада, Коста-Рика, Котд’Ивуар, Куба\n")[0],
            "Канада, Коста-Рика, Кот-д’Ивуар, Куба");
}

// Round AX: the profile's compounds at a sentence's start ("Во-первых", the
// list has "во-первых") and the common ones pdftotext lost in English, in a
// line that holds two printed lines.
TEST(CompoundHyphens, TheProfilesCompoundsAtASentencesStartAndInEnglish) {
  const auto russian = afterHyphens(
      "ru",
      "Позвольте мне подчеркнуть три момента в этой связи и сказать о главном для нас. "
      "Вопервых, гуманитарный доступ должен быть обеспечен в полном объеме повсюду.\n");
  EXPECT_NE(russian[0].find("Во-первых,"), std::string::npos) << russian[0];
  const auto english = afterHyphens(
      "en",
      "Thirdly, we must support survivorcentred justice, and we must end the genderbased "
      "violence that the largescale exercises of the armed groups bring to the region.\n");
  EXPECT_NE(english[0].find("survivor-centred"), std::string::npos) << english[0];
  EXPECT_NE(english[0].find("gender-based"), std::string::npos) << english[0];
  EXPECT_NE(english[0].find("large-scale"), std::string::npos) << english[0];
}

// The same word in a line of one printed line is what the writer typed.
TEST(CompoundHyphens, NotInALineOfOnePrintedLine) {
  EXPECT_EQ(afterHyphens("en", "postconflict countries\nconflict\n")[0], "postconflict countries");
}

// Where a line holds two printed lines, the word at the measure was broken at
// a hyphen: between two words the document uses, or two capitalised words,
// the hyphen comes back; so it does between digits and a word ("P5-" /
// "level": no one breaks a word there), even where the document never prints
// the digits' side alone. A word the document prints whole in a line
// ("peacekeeping") was not broken, nor an ordinal ("21" / "st" is no word).
TEST(CompoundHyphens, TheWordWhereTwoPrintedLinesMetGetsItsHyphen) {
  // A page or two of lines of one printed line: few lines hold two.
  std::string vocabulary;
  for (int i = 0; i < 60; ++i)
    vocabulary +=
        "capacity and building and the level of funding are high\n"
        "the peacekeeping mission and its peace and keeping\n";
  const auto lines = afterHyphens(
      "en", vocabulary +
                "members of the zone on issues such as capacitybuilding, logistics and information "
                "exchange, as well\n"
                "to the indigenous legislation index of the InterAmerican Development Bank, "
                "Colombia is first in\n"
                "the members of the zone on issues such as peacekeeping, logistics and "
                "information exchange\n"
                "is around 47 years old, and the average age for the senior P5level officers is "
                "around 50 years old\n"
                "is around 47 years old, and the average age for the senior 21st century is "
                "around 50 years old\n");
  ASSERT_EQ(lines.size(), 125u);
  EXPECT_NE(lines[120].find(" capacity-building,"), std::string::npos) << lines[120];
  EXPECT_NE(lines[121].find(" Inter-American "), std::string::npos) << lines[121];
  EXPECT_NE(lines[122].find(" peacekeeping,"), std::string::npos) << lines[122];
  EXPECT_NE(lines[123].find(" P5-level "), std::string::npos) << lines[123];
  EXPECT_NE(lines[124].find(" 21st "), std::string::npos) << lines[124];
  // Russian adverbs of the lexicon ("по-прежнему") are compounds too.
  std::string russian;
  for (int i = 0; i < 60; ++i) russian += "мы видим, что положение остается сложным\n";
  russian +=
      "массового уничтожения. Сегодня, к сожалению, эти слова попрежнему актуальны, а наши "
      "усилия остаются\n";
  EXPECT_NE(afterHyphens("ru", russian).back().find(" по-прежнему "), std::string::npos);
}

// A scan, or columns read side by side, has many lines wider than the
// measure: none of them is evidence of a broken compound.
TEST(CompoundHyphens, NotWhereManyLinesAreWiderThanTheMeasure) {
  const std::string merged =
      "members of the zone on issues such as capacitybuilding, logistics and information "
      "exchange, as well\ncapacity building\n";
  std::string text;
  for (int i = 0; i < 20; ++i) text += merged;
  for (const auto& line : afterHyphens("en", text))
    EXPECT_EQ(line.find("capacity-building"), std::string::npos) << line;
  // A short record's handful is no noise, whatever its share.
  std::string few;
  for (int i = 0; i < 5; ++i) few += merged;
  EXPECT_NE(afterHyphens("en", few)[0].find("capacity-building"), std::string::npos);
}

// "КостаРика": a State's name is a known compound wherever its hyphen was
// lost, in any script; a word that is no State's stays.
TEST(CompoundHyphens, AStatesNameIsAKnownCompound) {
  const auto lines =
      afterHyphens("ru", "Колумбия, Коморские Острова, Конго, КостаРика,\nКостаРика\n");
  EXPECT_EQ(lines[0], "Колумбия, Коморские Острова, Конго, Коста-Рика,");
  EXPECT_EQ(afterHyphens("fr", "le RoyaumeUni et la France\n")[0], "le Royaume-Uni et la France");
}

// --- stray spaces of PDFs made with Word ----------------------------------------------

std::vector<std::string> afterStraySpaces(const char* language, const std::string& text) {
  Audit audit;
  auto lines = splitLines(text, audit);
  closeStraySpaces(lines, grammarOf(language), audit);
  std::vector<std::string> out;
  for (const auto& line : lines)
    if (!line.blank()) out.push_back(line.text);
  return out;
}

// No language sets a space before a comma or a full stop, and only French
// before ":", ";", "?" and "!": Word's stray space there goes (A/79/PV.29
// prints "measures , along"); dot leaders and an ellipsis stay.
TEST(StraySpaces, ASpaceBeforePunctuationGoesWhereTheLanguageSetsNone) {
  EXPECT_EQ(afterStraySpaces("en", "the preliminary measures , along with\n")[0],
            "the preliminary measures, along with");
  EXPECT_EQ(afterStraySpaces("ru", "Мы считаем , что всего мира .\n")[0],
            "Мы считаем, что всего мира.");
  EXPECT_EQ(afterStraySpaces("ar", "في غزة ، والإخلاء\n")[0], "في غزة، والإخلاء");
  EXPECT_EQ(afterStraySpaces("fr", "la déclaration suivante : le Conseil , dit-il\n")[0],
            "la déclaration suivante : le Conseil, dit-il");
  EXPECT_EQ(afterStraySpaces("en", "Mr. Adom . . . . . . (Côte d’Ivoire)\n")[0],
            "Mr. Adom . . . . . . (Côte d’Ivoire)");
  EXPECT_EQ(afterStraySpaces("en", "and so on ... we go\n")[0], "and so on ... we go");
  // After a number, a symbol or a closing bracket too.
  EXPECT_EQ(afterStraySpaces("es", "la resolución 78/215 , que en 2025 , más (A/80/L.12) , y\n")[0],
            "la resolución 78/215, que en 2025, más (A/80/L.12), y");
}

// Word splits a sentence's first word as it splits any ("A l respecto"): the
// word the document prints in lower case ("al") says so.
TEST(StraySpaces, ASentencesFirstWordSplitIsPutTogether) {
  const auto lines = afterStraySpaces("es",
                                      "a l grupo y al pueblo, al fin y al cabo, al menos.\n"
                                      "Es positiva. A l respecto, la delegación dijo.\n");
  EXPECT_EQ(lines[1], "Es positiva. Al respecto, la delegación dijo.");
}

// "Secretary -General": the space before a compound's hyphen goes; a dash
// between spaces, and a minus before a number, are no compound's.
TEST(StraySpaces, TheSpaceBeforeACompoundsHyphenGoes) {
  const auto lines = afterStraySpaces("en",
                                      "the Secretary -General visited conflict -affected areas\n"
                                      "the Court - an institution - and a fall to -5 per cent\n");
  EXPECT_EQ(lines[0], "the Secretary-General visited conflict-affected areas");
  EXPECT_EQ(lines[1], "the Court - an institution - and a fall to -5 per cent");
}

// A vote's list prints each State once, a label its language, a procedural
// line its words: the names of States and languages in the record's
// language, and its procedural phrases, say "Seyc helles" is one word; a
// short name ("Chad") says nothing.
TEST(StraySpaces, AStatesNamePrintedOnceIsPutTogether) {
  const auto lines = afterStraySpaces(
      "en", "Samoa, San Marino, Senegal, Seyc helles, Luxem bourg, Bosnia and Herz egovina\n");
  EXPECT_EQ(lines[0], "Samoa, San Marino, Senegal, Seychelles, Luxembourg, Bosnia and Herzegovina");
  EXPECT_EQ(afterStraySpaces("fr", "la Républi que du Congo\n")[0], "la République du Congo");
  EXPECT_EQ(afterStraySpaces("en", "we ch ad a plan\n")[0], "we ch ad a plan");
  EXPECT_EQ(afterStraySpaces("en", "Mr. Rivière (France) (spoke in Fren ch):\n")[0],
            "Mr. Rivière (France) (spoke in French):");
  // The words of the profile's procedural phrases are words too.
  EXPECT_EQ(afterStraySpaces("en", "The meeting was called to order a t 10.05 a.m.\n")[0],
            "The meeting was called to order at 10.05 a.m.");
}

// A piece that makes a word with either neighbour goes with the one the
// document prints more ("de l a" → "de la", not "del a"); a piece printed
// on its own several times is still one where its word is printed far more
// often; the letters of a pattern's class ("[oa]s?") are no word ("o a").
TEST(StraySpaces, APieceGoesWithTheNeighbourThatMakesTheCommonerWord) {
  std::string text = "la resolución de l a Asamblea y l a Oficina, en l a práctica, y l a paz\n";
  for (int i = 0; i < 30; ++i) text += "la paz de la Asamblea y la vida\n";
  text += "del Consejo y del mundo\nlos civiles o a los trabajadores\n";
  const auto lines = afterStraySpaces("es", text);
  EXPECT_EQ(lines[0], "la resolución de la Asamblea y la Oficina, en la práctica, y la paz");
  EXPECT_EQ(lines.back(), "los civiles o a los trabajadores");
  std::string once = "la resolución de l a Asamblea\n";
  for (int i = 0; i < 10; ++i) once += "la paz del Consejo y la vida del mundo\n";
  EXPECT_EQ(afterStraySpaces("es", once)[0], "la resolución de la Asamblea");
}

// "two -" / "State solution": a hyphen that ends a line after a space is a
// compound's where the document sets its compounds so, or sets neither, and
// a dash's where it sets its dashes so.
TEST(StraySpaces, ALineEndHyphenAfterASpaceFollowsTheDocumentsHabit) {
  EXPECT_EQ(afterStraySpaces("en", "the so -called court and the two -\nState solution\n")[0],
            "the so-called court and the two-");
  EXPECT_EQ(
      afterStraySpaces("en", "the Court - an institution - and the two -\nState solution\n")[0],
      "the Court - an institution - and the two -");
  // A document that sets neither elsewhere prints its dashes "–": the
  // hyphen is a compound's ("Antigua-et -" / "Barbuda" in a vote's list).
  EXPECT_EQ(
      afterStraySpaces("fr", "Algérie, Andorre, Angola, Antigua-et -\nBarbuda, Argentine\n")[0],
      "Algérie, Andorre, Angola, Antigua-et-");
}

// "Генеральн ого секретаря" … "Генерального": a word the document prints
// whole only once is put together where neither piece is printed but here;
// "l ’Assemblée": an apostrophe belongs to the words each side of it.
TEST(StraySpaces, AWordPrintedWholeOnceIsPutTogetherFromPiecesPrintedNowhereElse) {
  const auto russian =
      afterStraySpaces("ru", "доклад Генеральн ого секретаря\nи решение Генерального секретаря\n");
  EXPECT_EQ(russian[0], "доклад Генерального секретаря");
  const auto english =
      afterStraySpaces("en", "the report of the in vestigation and the investigation in it\n");
  EXPECT_EQ(english[0], "the report of the in vestigation and the investigation in it")
      << "a piece printed elsewhere ('in') keeps its space";
  const auto french = afterStraySpaces("fr", "au nom de l ’Assemblée, la Cour ’s et « ’ »\n");
  EXPECT_EQ(french[0], "au nom de l’Assemblée, la Cour’s et « ’ »");
}

// "Sta te", "an d": a piece the document never prints on its own and its
// neighbour make a word it prints; "a round" of talks stays two words, though
// the document says "around" too.
TEST(StraySpaces, AWordSplitByASpaceIsPutTogether) {
  std::string text;
  for (int i = 0; i < 3; ++i) text += "a State and its States around a table\n";
  text += "the Sta te an d the State s held a round of talks\n";
  const auto lines = afterStraySpaces("en", text);
  EXPECT_EQ(lines.back(), "the State and the States held a round of talks");
  // A word and one of the language's commonest words after it are two
  // words, also where the document prints the plural they spell.
  std::string spanish;
  for (int i = 0; i < 3; ++i) spanish += "la protección de los civiles y de la paz\n";
  spanish += "y la población civil es la primera víctima\n";
  EXPECT_EQ(afterStraySpaces("es", spanish).back(), "y la población civil es la primera víctima");
  // Russian particles written apart: "так же" (likewise) is no "также" (also).
  std::string russian;
  for (int i = 0; i < 3; ++i) russian += "мы также поддерживаем проект, чтобы он был принят\n";
  russian += "Ассамблея желает поступить так же, что бы ни говорили\n";
  EXPECT_EQ(afterStraySpaces("ru", russian).back(),
            "Ассамблея желает поступить так же, что бы ни говорили");
}

// "K i n g d o m o f G r e a t B r i t a i n a n d": a justified line whose
// letters were set apart is put together as the words the document prints;
// a run no reading of the document's words covers stays as it is.
TEST(StraySpaces, LettersSetApartArePutTogetherAsTheDocumentsWords) {
  std::string text;
  for (int i = 0; i < 2; ++i) text += "the United Kingdom of Great Britain and Northern Ireland\n";
  text += "Turkey, United\nK i n g d o m o f G r e a t B r i t a i n a n d\nNorthern Ireland\n";
  text += "x q z v w k\n";
  const auto lines = afterStraySpaces("en", text);
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(lines[3], "Kingdom of Great Britain and");
  EXPECT_EQ(lines[5], "x q z v w k");
}

// Chinese is written without spaces: there are no pieces of words to join.
TEST(StraySpaces, NotInAScriptWithoutSpaces) {
  EXPECT_EQ(afterStraySpaces("zh", "中国 代表\n中国代表\n中国代表\n")[0], "中国 代表");
}

// A PDF made with Word: "self -" / "determination" came out as "self
// determination" in a line that holds two printed lines. Where the printed
// line ended, the document's own "self-determination" or a prefix it never
// prints alone ("non") says it was one word; "as well as" there stays.
TEST(CompoundHyphens, TwoWordsWherePrintedLinesMetAreTheCompoundTheDocumentHyphenates) {
  std::string vocabulary;
  for (int i = 0; i < 120; ++i) vocabulary += "self-determination, compliance, as well as\n";
  const std::string spaced =
      "the people of Palestine, whose inalienable right to self determination and to a State of "
      "their own is recognized";
  const std::string prefixed =
      "in the face of continued violations and of the non compliance by the occupying Power with "
      "all of its obligations";
  const std::string notCompound =
      "in the face of continued violations of law and as well as the obligations of the "
      "occupying Power";
  const auto lines =
      afterHyphens("en", vocabulary + spaced + "\n" + prefixed + "\n" + notCompound + "\n");
  ASSERT_EQ(lines.size(), 123u);
  EXPECT_NE(lines[120].find(" self-determination "), std::string::npos) << lines[120];
  EXPECT_NE(lines[121].find(" non-compliance "), std::string::npos) << lines[121];
  EXPECT_NE(lines[122].find(" as well as "), std::string::npos) << lines[122];
}

// --- paragraphs of pdftotext text ---------------------------------------------------

std::vector<std::string> paragraphsOf(const char* language, const std::string& text) {
  Audit audit;
  const auto lines = splitLines(text, audit);
  std::vector<std::string> out;
  for (const auto& paragraph :
       reflowFlow(lines, grammarOf(language), {}, Vocabulary(lines, typesetMeasure(lines)), audit))
    out.push_back(paragraph.text);
  return out;
}

// A hyphen pdftotext left where a column ended: where neither side is a word
// of the document ("preo-" / "cupación") a word broke; where a side is one
// ("mine-" / "clearance", "clearance" used elsewhere) it stays, with a space,
// as before; after a prefix the language writes with its hyphen ("anti-",
// "twenty-") it is the compound's. Spanish prints a compound's hyphen again
// on the next line ("franco-" / "-británica"): one hyphen.
TEST(Paragraphs, AHyphenLeftAtAColumnsEndJoinsFragmentsOnly) {
  const auto spanish = paragraphsOf("es",
                                    "El Consejo expresa su profunda preo-\n"
                                    "cupación por la cooperación franco-\n"
                                    "-británica en la región.\n");
  ASSERT_EQ(spanish.size(), 1u);
  EXPECT_EQ(spanish[0],
            "El Consejo expresa su profunda preocupación por la cooperación franco-británica en "
            "la región.");
  const auto english = paragraphsOf("en",
                                    "The ban on mine-\n"
                                    "clearance work, and on clearance funds, holds.\n");
  ASSERT_EQ(english.size(), 1u);
  EXPECT_EQ(english[0], "The ban on mine- clearance work, and on clearance funds, holds.");
  const auto prefixed = paragraphsOf("en",
                                     "The ban on anti-\n"
                                     "personnel mines since the twenty-\n"
                                     "fourth special session holds.\n");
  ASSERT_EQ(prefixed.size(), 1u);
  EXPECT_EQ(prefixed[0],
            "The ban on anti-personnel mines since the twenty-fourth special session holds.");
}

// A heading line that is a whole item of the cover's agenda ends its
// heading: the sub-item under it, in capitals, is a heading of its own.
TEST(Paragraphs, AWholeItemOfTheCoversAgendaEndsItsHeading) {
  Audit audit;
  const auto lines = splitLines(
      "L'ordre du jour est adopté.\n"
      "Maintien de la paix et de la sécurité internationales\n"
      "Prévention des conflits et consolidation de la paix au\n"
      "Sahel\n"
      "Le Président : Je remercie le Conseil.\n",
      audit);
  const std::vector<std::string> agenda = {"Maintien de la paix et de la sécurité internationales"};
  std::vector<std::string> out;
  for (const auto& paragraph : reflowFlow(lines, grammarOf("fr"), {},
                                          Vocabulary(lines, typesetMeasure(lines)), audit, agenda))
    out.push_back(paragraph.text);
  ASSERT_EQ(out.size(), 4u) << ::testing::PrintToString(out);
  EXPECT_EQ(out[2], "Prévention des conflits et consolidation de la paix au Sahel");
}

// Chinese breaks a line anywhere, an agenda item's title too: its first
// line begins the cover's item wherever the break fell.
TEST(Paragraphs, AChineseAgendaTitleBrokenAnywhereHeadsItsItem) {
  Audit audit;
  const auto lines = splitLines(
      "主席：我感谢各位发言者。安理会就此结束了本\n"
      "议程项目的现阶段审议。\n"
      "联合国与区域和次区域组织在维护国际和平与安全方\n"
      "面的合作\n"
      "2025年11月20日斯洛文尼亚常驻联合国代表给秘\n"
      "书长的信（S/2025/770）\n"
      "主席：安理会现在开始审议议程项目2。\n",
      audit);
  const std::vector<std::string> agenda = {
      "联合国与区域和次区域组织在维护国际和平与安全方面的合作"};
  const auto paragraphs = reflowFlow(lines, grammarOf("zh"), {},
                                     Vocabulary(lines, typesetMeasure(lines)), audit, agenda);
  ASSERT_GE(paragraphs.size(), 3u);
  EXPECT_EQ(paragraphs[1].text, agenda[0]);
  EXPECT_TRUE(paragraphs[1].outsideSpeech) << "a heading, not the President's words";
  // A letter's heading, broken anywhere too, is one heading to its symbol.
  EXPECT_EQ(paragraphs[2].text, "2025年11月20日斯洛文尼亚常驻联合国代表给秘书长的信（S/2025/770）");
}

// A line that opens with "« " after a line ending in mid-sentence: the
// quotation mark goes to the next line with its word, and the line before,
// full but for the mark, left no room for the two.
TEST(Paragraphs, AQuotationMarkAloneGoesWithItsWordWhenRoomIsMeasured) {
  const auto paragraphs = paragraphsOf(
      "fr",
      "M. Dupont (France) : Nous sommes convaincus que le texte doit être équilibré et nous\n"
      "avons proposé de remplacer les mots « exige un cessez-le-feu immédiat » par\n"
      "« encourage les parties à conclure un cessez-le-feu », en vain. Nous le regrettons\n"
      "profondément et nous continuerons à travailler avec tous les membres du Conseil.\n");
  EXPECT_EQ(paragraphs.size(), 1u) << (paragraphs.size() > 1 ? paragraphs[1] : "");
}

// After a colon, a line in lower case goes on with the sentence, though the
// line before ended short of the measure.
TEST(Paragraphs, ALineInLowerCaseAfterAColonGoesOnWithItsSentence) {
  const auto paragraphs = paragraphsOf(
      "fr",
      "Mme Lassila (Finlande) (parle en anglais) : J’ai l’honneur de présenter, au nom de ses\n"
      "auteurs, le projet de résolution A/80/L.21, intitulé « Renforcement du rôle de la\n"
      "médiation dans le règlement pacifique des différends ». Depuis la publication du\n"
      "document, les pays suivants se sont portés coauteurs du projet de résolution :\n"
      "l’Équateur, le Ghana, la Mongolie et le Paraguay.\n"
      "Le texte de cette année met l’accent sur la participation pleine, égale et véritable des\n"
      "femmes à la médiation, et sur le rôle des organisations régionales dans ce domaine.\n");
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_NE(paragraphs[0].find("résolution : l’Équateur"), std::string::npos) << paragraphs[0];
}

// The cover's agenda says where an item's title ends: the sub-item after it
// is a heading of its own, though the title's line left no room for it.
TEST(Paragraphs, AnItemOfTheCoversAgendaEndsItsHeading) {
  Audit audit;
  const auto lines = splitLines(
      "Повестка дня утверждается.\n"
      "Поддержание международного мира и безопасности\n"
      "Роль региональных и субрегиональных организаций в\n"
      "предотвращении конфликтов\n"
      "Председатель (говорит по-английски): Совет приступает к рассмотрению пункта 2.\n",
      audit);
  const std::vector<std::string> agenda = {
      "Поддержание международного мира и безопасности",
      "Роль региональных и субрегиональных организаций в предотвращении конфликтов"};
  std::vector<std::string> paragraphs;
  for (const auto& paragraph : reflowFlow(lines, grammarOf("ru"), {},
                                          Vocabulary(lines, typesetMeasure(lines)), audit, agenda))
    paragraphs.push_back(paragraph.text);
  ASSERT_GE(paragraphs.size(), 4u);
  EXPECT_EQ(paragraphs[1], agenda[0]);
  EXPECT_EQ(paragraphs[2], agenda[1]);
}

// pdftotext has joined the words it broke inside a block: a hyphen it left at
// a line end is where a column or a page ended, or where a scan's columns
// came out of order. The word is put together where the document prints it
// so elsewhere, or where neither side is a word of the document (the next
// column goes on with the word); otherwise the hyphen stays, and the space
// after it.
TEST(Paragraphs, ALineEndHyphenLeftByPdftotextJoinsOnlyAWordTheDocumentPrints) {
  const auto paragraphs =
      paragraphsOf("es",
                   "Sra. Solberg (Noruega): Las sequías en el Cuerno de África y las inundaciones\n"
                   "en el Sahel son graves. Las sequías en el Cuerno de África, las inun-\n"
                   "daciones en el Sahel y la subida del nivel del mar en los Estados insula-\n"
                   "bomhardeo en desarrollo están exacerbando las tensiones por el acceso y los\n"
                   "Estados multi-\n"
                   "Estados.\n");
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_NE(paragraphs[0].find("las inundaciones en el Sahel y"), std::string::npos)
      << paragraphs[0];
  EXPECT_NE(paragraphs[0].find("insulabomhardeo"), std::string::npos) << paragraphs[0];
  EXPECT_NE(paragraphs[0].find("multi- Estados"), std::string::npos) << paragraphs[0];
}

// Russian prints an agenda item's sub-item as "c) …", with no opening
// bracket: a heading of its own under the item's title, as "(c) …" is.
TEST(Paragraphs, ARussianSubItemWithoutAnOpeningBracketIsAHeadingOfItsOwn) {
  for (const char* subItem :
       {"c) Назначение членов Комитета по взносам", "(c) Назначение членов Комитета по взносам",
        "а) Назначение членов Комитета по взносам"}) {  // a Cyrillic "а"
    Audit audit;
    const auto lines = splitLines(
        std::string("Пункт 115 повестки дня\n"
                    "Назначения для заполнения вакансий во вспомогательных органах и другие\n"
                    "назначения\n") +
            subItem +
            "\nДоклад Пятого комитета (A/80/561)\n"
            "Председатель (говорит по-английски): Как указано в пункте 5 доклада.\n",
        audit);
    std::vector<std::string> paragraphs;
    for (const auto& paragraph :
         reflowFlow(lines, grammarOf("ru"), {}, Vocabulary(lines, typesetMeasure(lines)), audit))
      paragraphs.push_back(paragraph.text);
    ASSERT_GE(paragraphs.size(), 4u);
    EXPECT_EQ(paragraphs[1],
              "Назначения для заполнения вакансий во вспомогательных органах и другие назначения");
    EXPECT_EQ(paragraphs[2], subItem);
  }
}

// Chinese names the document under a sub-item on a line of its own
// ("秘书长的报告（A/80/289）"): a heading of its own, not the sub-item's end.
TEST(Paragraphs, AChineseDocumentLineUnderASubItemIsAHeadingOfItsOwn) {
  Audit audit;
  const auto lines = splitLines(
      "议程项目 68\n消除种族主义、种族歧视、仇外心理和相关不容忍行为\n"
      "(a) 消除种族主义和种族歧视\n秘书长的报告（A/80/289）\n"
      "代理主席（以法语发言）：大会成员记得。\n",
      audit);
  std::vector<std::string> paragraphs;
  for (const auto& paragraph :
       reflowFlow(lines, grammarOf("zh"), {}, Vocabulary(lines, typesetMeasure(lines)), audit))
    paragraphs.push_back(paragraph.text);
  ASSERT_GE(paragraphs.size(), 5u);
  EXPECT_EQ(paragraphs[2], "(a) 消除种族主义和种族歧视");
  EXPECT_EQ(paragraphs[3], "秘书长的报告（A/80/289）");
}

// A compound of three parts broken at either of its hyphens ("cessez-" /
// "le-feu", "cessez-le-" / "feu") is the compound the profile or the
// document prints: its hyphen kept, no space after it.
TEST(Paragraphs, ACompoundOfThreePartsBrokenAtEitherHyphenIsPutTogether) {
  for (const char* broken : {"cessez-\nle-feu", "cessez-le-\nfeu"}) {
    const auto paragraphs = paragraphsOf(
        "fr", std::string("M. Dupont (France) : Nous appelons toutes les parties à respecter le ") +
                  broken + " et à coopérer pleinement.\n");
    ASSERT_EQ(paragraphs.size(), 1u);
    EXPECT_NE(paragraphs[0].find("respecter le cessez-le-feu et"), std::string::npos)
        << paragraphs[0];
  }
}

// How much of the measure a paragraph's first line has shows in the lines
// that begin with a speaker's label. Where they run nearly full (Word-made
// records indent little), a line of 92 per cent of the measure after a
// sentence end is a first line; where they leave the usual tenth, it is not.
TEST(Paragraphs, TheLabelLinesShowHowFarAFirstLineIsIndented) {
  auto record = [](const std::string& labelLine) {
    std::string text;
    for (int i = 0; i < 12; ++i)
      text += labelLine + "\n" +
              "the members of the Council have before them the report of the Secretary-General on\n"
              "the members of the Council have before them the report of the Secretary-General on\n"
              "in the negotiations that have taken place in the weeks before the meeting today.\n"
              "Thirdly, and it is my understanding that the Council is ready to proceed to the\n"
              "negotiations on the draft resolution before the Council, and that it will vote\n"
              "the members of the Council have before them the report of the Secretary-General on\n"
              "the draft.\n";
    int thirdly = 0;
    for (const auto& paragraph : paragraphsOf("en", text))
      thirdly += paragraph.starts_with("Thirdly");
    return thirdly;
  };
  EXPECT_EQ(
      record("Mr. Smith (France): and it is my understanding that the Council is ready to vote"),
      12);
  EXPECT_EQ(record("Mr. Smith (France): and it is my understanding that the Council is"), 0);
}

// A line short of a first line's width only by the document's margin of
// error (here six per cent, measured on lines in mid-sentence) is weak
// evidence of an indent: after a paragraph of two lines it goes on with that
// paragraph (a line broken early by hand looks the same); after a longer one,
// or where it leaves more room than the margin, it begins a paragraph. The
// chair's procedural paragraphs are often a sentence long: not in the
// chair's turn.
TEST(Paragraphs, ALineBarelyShortOfAFirstLineEndsNoParagraphOfTwoLines) {
  const std::string delegate = "Mr. Nebenzia (Russian Federation): ";
  std::string filler;
  for (int i = 0; i < 30; ++i)
    filler +=
        "the members of the Council have before them the report of the Secretary-General on\n"
        "the members of the Council have before them the report of the Secretary on\n";
  filler += "the draft.\n";
  const std::string full =
      "the members of the Council have before them the report of the Secretary-General on\n";
  const std::string opening =
      "We hope that reason will prevail in the interests of the people of\n";
  const std::string sentenceEnd =
      "that country and of the whole of the region, which has suffered so much for so long.\n";
  const std::string rest =
      "strengthen the situation and to establish a lasting peace in the country, and we are\n"
      "ready to engage with anyone so inclined in the weeks and months to come.\n";
  const std::string barelyShort =
      "Russia will continue its active and peaceful work with the Government to\n";
  const std::string clearlyShort = "Russia will continue its work with the Government to\n";
  auto startsWithRussia = [&](const std::string& body, const std::string& speaker = "") {
    int found = 0;
    for (const auto& paragraph :
         paragraphsOf("en", (speaker.empty() ? delegate : speaker) + filler + body))
      found += paragraph.starts_with("Russia");
    return found;
  };
  EXPECT_EQ(startsWithRussia(opening + sentenceEnd + barelyShort + rest), 0);
  EXPECT_EQ(startsWithRussia(opening + full + full + sentenceEnd + barelyShort + rest), 1);
  EXPECT_EQ(startsWithRussia(opening + sentenceEnd + clearlyShort + rest), 1);
  EXPECT_EQ(startsWithRussia(opening + sentenceEnd + barelyShort + rest, "The President: "), 1);
}

// A line a little wider than a first line, after a full line that ended a
// sentence, leaves the question open; a word that opens paragraphs far more
// often than not ("Secondly,") settles it. Another sentence adverb does not.
TEST(Paragraphs, AParagraphOpenerTipsALineWhoseWidthLeavesItOpen) {
  std::string text = "Mr. Ishikane (Japan): ";
  for (int i = 0; i < 30; ++i)
    text +=
        "the members of the Council have before them the report of the Secretary-General on\n"
        "the members of the Council have before them the report of the Secretary on\n";
  text +=
      "the members of the Council have before them the report of the Secretary-General on\n"
      "that country and of the whole of the region, which has suffered so much for so long.\n";
  const std::string rest =
      "strengthened Fund, we look forward to the work of the next session in the weeks\n"
      "and months to come.\n";
  auto opens = [&](const std::string& line) {
    int found = 0;
    for (const auto& paragraph : paragraphsOf("en", text + line + rest))
      found += paragraph.starts_with(line.substr(0, 9));
    return found;
  };
  EXPECT_EQ(opens("Secondly, with regard to creating a synergy between the Commission and the\n"),
            1);
  EXPECT_EQ(opens("Moreover, with regard to creating a synergy between the Commission and the\n"),
            0);
  // Two printed lines in one (the extraction undid the first one's hyphen):
  // its first, hyphenated, is full whether indented or not; the opener tells.
  const std::string merged =
      "the members of the Council have before them the new report on the sealevel rise and "
      "its implications, and the\n";
  EXPECT_EQ(opens("Secondly, " + merged), 1);
  EXPECT_EQ(opens("Moreover, " + merged), 0);
}

// A line of Chinese is not one word: a line that ends a sentence with room
// left for the next line's first character ended its paragraph.
TEST(Paragraphs, ChineseLinesWithRoomLeftEndTheirParagraph) {
  const auto paragraphs = paragraphsOf("zh",
                                       "秘书长（以英语发言）：我感谢中国担任主席期\n"
                                       "间召开这次会议。过去一年里，冲突各方的对话几乎\n"
                                       "完全中断，平民付出了沉重的代价。\n"
                                       "人道主义呼吁的资金只到位了百分之二十。如果\n"
                                       "不立即采取行动，粮食分发将在冬季到来之前停止。\n");
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_EQ(paragraphs[1],
            "人道主义呼吁的资金只到位了百分之二十。如果不立即采取行动，粮食分发将在冬季到来之前停"
            "止。");
}

// The chair's "I now give the floor to …" is a paragraph of its own, even where
// the sentence before it ended on a full line and nothing in the widths says so.
TEST(Paragraphs, TheChairGivingTheFloorIsAParagraphOfItsOwn) {
  const auto paragraphs =
      paragraphsOf("en",
                   "The President: I thank the Secretary-General for his briefing to the\n"
                   "Council this morning and for the work of his staff in the region ever since.\n"
                   "I now give the floor to the representative of the Bolivarian Republic of\n"
                   "Venezuela.\n");
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_EQ(paragraphs[1],
            "I now give the floor to the representative of the Bolivarian Republic of Venezuela.");
}

// Two agenda titles set side by side come out one after the other, a blank
// line between them: two headings, although the first ends without a stop.
TEST(Paragraphs, ABlankLineBetweenHeadingLinesSeparatesTwoHeadings) {
  const auto paragraphs = paragraphsOf("en",
                                       "Agenda item 127\n\n"
                                       "Request for an advisory opinion of the\n"
                                       "International Court of Justice\n\n"
                                       "Cooperation between the United Nations and the\n"
                                       "Community of Portuguese-speaking Countries\n\n"
                                       "The Acting President: Members will recall it.\n");
  const std::vector<std::string> expected = {
      "Agenda item 127", "Request for an advisory opinion of the International Court of Justice",
      "Cooperation between the United Nations and the Community of Portuguese-speaking Countries",
      "The Acting President: Members will recall it."};
  EXPECT_EQ(paragraphs, expected);
}

// A quotation set as a block after a line that ended short of the measure
// begins a paragraph, whatever that line ended with; in mid-paragraph, after
// a full line, it does not.
TEST(Paragraphs, AQuotationAfterAShortLineIsAParagraphOfItsOwn) {
  const auto paragraphs =
      paragraphsOf("en",
                   "The President: Having just received a note on the draft decision, I wish\n"
                   "to say that the text referring to the observer of the Commonwealth and its\n"
                   "members, of which there are many, should now read,\n"
                   "“the observer of the Commonwealth Secretariat and, time permitting, other\n"
                   "observers”. It is our understanding that the reference to the observers in\n"
                   "“political unity” in the draft is to be read as it was read in the past.\n");
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_TRUE(paragraphs[1].starts_with("“the observer of the Commonwealth")) << paragraphs[1];
}

// pdftotext joined two printed lines where it undid a hyphen; the second is
// short and ends a sentence: the paragraph ended there, though the line as
// extracted is wider than any other.
TEST(Paragraphs, TheSecondOfTwoPrintedLinesInOneEndsItsParagraph) {
  const auto paragraphs =
      paragraphsOf("en",
                   "Mr. Lavrov (Russian Federation): We are grateful to the delegations\n"
                   "that took part in the negotiations and in the preparation of the text,\n"
                   "which was long and difficult, and we deplore the failure of the adminis"
                   "tration to implement it in full.\n"
                   "We reaffirm our unwavering support for the independence of all States,\n"
                   "in line with the Charter of the United Nations and the resolutions of\n"
                   "the General Assembly and of the Security Council on the matter.\n");
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_TRUE(paragraphs[1].starts_with("We reaffirm")) << paragraphs[1];
}

// A semicolon ends a sentence for the flow; a lowercase line after it goes
// on with it, short as it may be.
TEST(Paragraphs, ALowercaseLineAfterAFullLineDoesNotBeginAParagraph) {
  const auto paragraphs =
      paragraphsOf("en",
                   "Mr. Kyslytsya (Ukraine): The war that the Russian Federation\n"
                   "continues to wage against Ukraine and its people is not the conflict;\n"
                   "it has become a world war. Russia has not only\n"
                   "shown its disregard for the Charter and for law.\n");
  EXPECT_EQ(paragraphs.size(), 1u);
}

// "… elected President of the Assembly. Mr." / "Thorn also held …": the
// honorific's full stop ends no sentence, so no paragraph begins after it.
TEST(Paragraphs, AnHonorificAtALineEndEndsNoSentence) {
  const auto paragraphs =
      paragraphsOf("en",
                   "The President: He was serving as Prime Minister and Minister for Foreign\n"
                   "Affairs and Trade when he was elected President of the Assembly. Mr.\n"
                   "Thorn also held the post of Minister.\n");
  EXPECT_EQ(paragraphs.size(), 1u);
}

// A heading goes on after a comma, and a document symbol in parentheses
// belongs to the heading above it; a heading that closed a parenthesis ended.
TEST(Paragraphs, HeadingsGoOnAfterACommaAndEndAfterAParenthesis) {
  const auto paragraphs =
      paragraphsOf("en",
                   "Agenda item 68 (continued)\n"
                   "Tribute to the memory of Ms. Brooks-Randolph and Mr. Thorn,\n"
                   "President of the thirtieth session\n"
                   "Report of the Third Committee\n"
                   "(A/65/456/Add.2 (Part II))\n"
                   "Amendment (A/65/L.53)\n"
                   "The President: Members will recall it.\n");
  const std::vector<std::string> expected = {
      "Agenda item 68 (continued)",
      "Tribute to the memory of Ms. Brooks-Randolph and Mr. Thorn, President of the thirtieth "
      "session",
      "Report of the Third Committee (A/65/456/Add.2 (Part II))", "Amendment (A/65/L.53)",
      "The President: Members will recall it."};
  EXPECT_EQ(paragraphs, expected);
}

// --- paragraphs of pdftotext -layout text ----------------------------------------------

// A row of a page of two columns as pdftotext -layout sets it: the left
// column's text, spaces to the column `at` where the right one begins, its text.
// Columns count characters, not bytes (Cyrillic and Arabic take two a letter).
std::string columnsRow(const std::string& left, const std::string& right, std::size_t at) {
  std::string line = left + std::string(at - text::countCodePoints(left), ' ');
  return right.empty() ? line + "\n" : line + right + "\n";
}

std::vector<std::string> layoutParagraphsOf(const std::string& text, const char* language = "en") {
  Audit audit;
  // A page of pdftotext output begins with a form feed.
  const auto lines = readColumns(splitLines("\f" + text, audit), false, audit);
  std::vector<std::string> out;
  for (const auto& paragraph :
       reflowFlow(lines, grammarOf(language), {}, Vocabulary(lines, typesetMeasure(lines)), audit))
    out.push_back(paragraph.text);
  return out;
}

// A label wrapped at a hyphen ("(говорит по-" / "английски):"), where the
// -layout extraction keeps it: the label reads as printed, and the turn it
// opens goes on into the next paragraphs (no heading after a procedural
// line takes them).
TEST(LayoutColumns, ALabelWrappedAtAHyphenOpensItsTurn) {
  auto row = [](const std::string& left, const std::string& right) {
    return columnsRow(left, right, 46);
  };
  std::string page;
  const std::vector<std::string> left = {"        Члены Совета соблюдают минуту",
                                         "      молчания.",
                                         "   Председатель        (говорит     по-",
                                         "английски): В соответствии с правилом 37",
                                         "временных правил процедуры Совета я",
                                         "приглашаю представителя Йемена принять",
                                         "участие в этом заседании.",
                                         "   В   соответствии   с   правилом   39",
                                         "временных правил процедуры Совета я",
                                         "приглашаю Специального посланника",
                                         "принять участие в этом заседании."};
  for (std::size_t i = 0; i < left.size(); ++i)
    page += row(left[i], "строка " + std::to_string(i + 1) + " правой колонки страницы");
  Audit audit;
  auto lines = readColumns(splitLines("\f" + page, audit), false, audit);
  cleanSpaces(lines, grammarOf("ru"), audit);  // the justification's spaces
  const auto paragraphs =
      reflowFlow(lines, grammarOf("ru"), {}, Vocabulary(lines, typesetMeasure(lines)), audit);
  ASSERT_GE(paragraphs.size(), 3u);
  EXPECT_TRUE(paragraphs[1].text.starts_with("Председатель (говорит по-английски): В соответствии"))
      << paragraphs[1].text;
  EXPECT_TRUE(paragraphs[2].text.starts_with("В соответствии с правилом 39 временных правил"))
      << paragraphs[2].text;
  EXPECT_FALSE(paragraphs[2].outsideSpeech);
}

// A typed record (one column, -layout) sets its paragraphs apart with blank
// lines and indents each first line: an indented line after a blank line and
// a sentence's end begins a paragraph, even where the one before was a
// single full line (round BG: "I now resume my functions as President of the
// Security Council." ran on into the chair's next paragraph).
TEST(LayoutColumns, ATypedRecordsBlankLineEndsAOneLineParagraph) {
  std::string page =
      "     The PRESIDENT (interpretation from Russian): I shall now\nmake a statement.\n\n";
  for (int i = 0; i < 12; ++i)
    page +=
        "     The Chinese delegation abstained in the voting. China has\n"
        "held that the question should be settled through dialogue\n"
        "between the two communities, and we hope it will help to that end.\n\n";
  page +=
      "     I now resume my functions as President of the Security Council.\n\n"
      "     There are no further speakers. The Security Council has thus\n"
      "concluded the present stage of its consideration of the item.\n";
  const auto paragraphs = layoutParagraphsOf(page);
  ASSERT_GE(paragraphs.size(), 2u);
  EXPECT_EQ(paragraphs[paragraphs.size() - 2],
            "I now resume my functions as President of the Security Council.");
  EXPECT_TRUE(paragraphs.back().starts_with("There are no further speakers.")) << paragraphs.back();
}

// The next column's first line after a sentence the column before left
// open goes on with it, though -layout shows it indented: right to left,
// pdftotext sets a full line out by its characters' count, short of the
// column's edge (round BH, Arabic). After a sentence's end an indent still
// begins a paragraph.
TEST(LayoutColumns, AColumnsFirstLineGoesOnWithTheSentenceLeftOpen) {
  const char* left[] = {"  Mr. Smith (Canada): We voted against the draft",
                        "resolution because it sets the State that defends",
                        "its sovereignty and the armed groups that",
                        "are financed from abroad on one footing, and",
                        "because its text was never negotiated with",
                        "the delegations concerned, whatever its",
                        "sponsors have said in the debate today and"};
  const char* right[] = {"  we cannot accept such a text as it stands.",
                         "We shall keep to that position in the future.",
                         "  The Syrian Arab Republic will go on working",
                         "with the United Nations for peace.",
                         "",
                         "",
                         ""};
  std::string page;
  for (int i = 0; i < 7; ++i) page += columnsRow(left[i], right[i], 54);
  const auto paragraphs = layoutParagraphsOf(page);
  ASSERT_EQ(paragraphs.size(), 2u) << ::testing::PrintToString(paragraphs);
  EXPECT_TRUE(
      paragraphs[0].ends_with("debate today and we cannot accept such a text as it "
                              "stands. We shall keep to that position in the future."))
      << paragraphs[0];
  EXPECT_EQ(paragraphs[1],
            "The Syrian Arab Republic will go on working with the United Nations for peace.");
}

// A justified line of a right-to-left page that -layout spread into pieces
// gives them left to right, the last word first: put back in reading order.
// A line spread in another script (a French line) is in its order already.
TEST(LayoutColumns, ARightToLeftLineSpreadIntoPiecesReadsRightToLeft) {
  auto row = [](const std::string& left, const std::string& right) {
    return columnsRow(left, right, 50);
  };
  std::string page;
  for (int i = 1; i <= 6; ++i)
    page += row("سطر من العمود الأيسر رقم " + std::to_string(i) + " في الصفحة",
                "سطر من العمود الأيمن رقم " + std::to_string(i) + " في الصفحة");
  page += row("(تكلم    (ألمانيا)  هاوسمان     السيد", "سطر من العمود الأيمن في الصفحة");
  page += row("Je      voudrais      enfin     remercier", "سطر من العمود الأيمن في الصفحة");
  Audit audit;
  std::vector<std::string> texts;
  for (const auto& line : readColumns(splitLines("\f" + page, audit), true, audit))
    if (!line.blank()) texts.push_back(line.text);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "السيد هاوسمان (ألمانيا) (تكلم"), texts.end());
  EXPECT_NE(std::find_if(texts.begin(), texts.end(),
                         [](const std::string& t) { return t.starts_with("Je "); }),
            texts.end());
}

// A page of a script written from right to left begins in its right column:
// read that one first; a line across the page stays where it is.
TEST(LayoutColumns, RightToLeftPagesBeginInTheirRightColumn) {
  Audit audit;
  std::string page;
  for (int i = 1; i <= 6; ++i)
    page += "left column line " + std::to_string(i) + " of the page here" + std::string(14, ' ') +
            "right column line " + std::to_string(i) + " of the page\n";
  const std::string across =
      "A heading that runs across the whole page from one margin of it to the other one";
  const auto lines = readColumns(splitLines("\f" + across + "\n" + page, audit), true, audit);
  std::vector<std::string> texts;
  for (const auto& line : lines)
    if (!line.blank()) texts.push_back(line.text);
  ASSERT_EQ(texts.size(), 13u);
  EXPECT_EQ(texts[0], across);
  EXPECT_EQ(texts[1], "right column line 1 of the page");
  EXPECT_EQ(texts[6], "right column line 6 of the page");
  EXPECT_EQ(texts[7], "left column line 1 of the page here");
}

// The page's head set across the page, its short title where the right
// column begins: read whole, not as the right column's first line.
TEST(LayoutColumns, APagesHeadIsReadWhole) {
  Audit audit;
  std::string page;
  for (int i = 1; i <= 6; ++i)
    page += "left column line " + std::to_string(i) + " of the page here" + std::string(14, ' ') +
            "right column line " + std::to_string(i) + " of the page\n";
  const std::string head = "S/PV.9408" + std::string(40, ' ') + "La situación en Malí" +
                           std::string(30, ' ') + "30/08/2023";
  const auto lines = readColumns(splitLines("\f" + head + "\n\n" + page, audit), false, audit);
  std::vector<std::string> texts;
  for (const auto& line : lines)
    if (!line.blank()) texts.push_back(line.text);
  ASSERT_GE(texts.size(), 4u);
  EXPECT_EQ(texts[0], "S/PV.9408");
  EXPECT_EQ(texts[1], "La situación en Malí");
  EXPECT_EQ(texts[2], "30/08/2023");
  EXPECT_EQ(texts[3], "left column line 1 of the page here");
}

// A short record whose columns' paragraphs fall out of step shows two
// columns side by side on few of its lines and the right column alone,
// indented, on more: together they are the layout extraction's, which the
// default one shows neither of.
TEST(LayoutColumns, AShortRecordWithItsColumnsOutOfStepIsALayoutExtraction) {
  std::string text;
  for (int i = 0; i < 10; ++i)
    text += "left column text of a line here     right column text of a line\n";
  for (int i = 0; i < 20; ++i) text += std::string(37, ' ') + "right column text alone\n";
  for (int i = 0; i < 20; ++i) text += "left column text alone on its line\n";
  Audit audit;
  EXPECT_TRUE(isLayoutExtraction(splitLines("\f" + text, audit)));
  std::string flowed;
  for (int i = 0; i < 50; ++i) flowed += "a line of the default extraction, whole and flush\n";
  EXPECT_FALSE(isLayoutExtraction(splitLines("\f" + flowed, audit)));
}

// The record's last page: the left column full, the right one two lines long,
// too short to show a gutter of its own. The page is read in the columns the
// record's other pages show, not line by line across them.
TEST(LayoutColumns, ALastPageWithAShortRightColumnIsReadInColumns) {
  Audit audit;
  auto row = [](const std::string& left, const std::string& right) {
    return columnsRow(left, right, 44);
  };
  std::string first;
  for (int i = 1; i <= 8; ++i)
    first += row("left line " + std::to_string(i) + " of the first page",
                 "right line " + std::to_string(i) + " of the first page");
  std::string last;
  for (int i = 1; i <= 8; ++i)
    last += row("left line " + std::to_string(i) + " of the last page",
                i == 1   ? "right line 1 of the last page"
                : i == 3 ? "right line 2 of the last page"
                         : "");
  const auto lines = readColumns(splitLines("\f" + first + "\f" + last, audit), false, audit);
  std::vector<std::string> texts;
  for (const auto& line : lines)
    if (!line.blank() && line.page == 2) texts.push_back(line.text);
  ASSERT_EQ(texts.size(), 10u);
  EXPECT_EQ(texts[0], "left line 1 of the last page");
  EXPECT_EQ(texts[7], "left line 8 of the last page");
  EXPECT_EQ(texts[8], "right line 1 of the last page");
  EXPECT_EQ(texts[9], "right line 2 of the last page");
}

// The same, where the last page's left column is set wider than the other
// pages' and runs into their gutter, short of where the right column begins
// (S/PV.9330 set with its left column to the 58th character, the right one
// from the 61st: a gutter of three).
TEST(LayoutColumns, AShortRightColumnBesideAWiderLeftOneIsReadInColumns) {
  Audit audit;
  auto row = [](const std::string& left, const std::string& right) {
    return columnsRow(left, right, 44);
  };
  std::string first;
  for (int i = 1; i <= 8; ++i)
    first += row("left line " + std::to_string(i) + " of the first",
                 "right line " + std::to_string(i) + " of the first page");
  std::string last;
  for (int i = 1; i <= 12; ++i)
    last += row("left line " + std::to_string(i) + " of the last page, set wide",
                i == 1   ? "right line 1 of the last page"
                : i == 2 ? "right line 2 of the last page"
                         : "");
  const auto lines = readColumns(splitLines("\f" + first + "\f" + last, audit), false, audit);
  std::vector<std::string> texts;
  for (const auto& line : lines)
    if (!line.blank() && line.page == 2) texts.push_back(line.text);
  ASSERT_EQ(texts.size(), 14u);
  EXPECT_EQ(texts[0], "left line 1 of the last page, set wide");
  EXPECT_EQ(texts[1], "left line 2 of the last page, set wide");
  EXPECT_EQ(texts[12], "right line 1 of the last page");
  EXPECT_EQ(texts[13], "right line 2 of the last page");
}

// And where the last page's right column begins a few characters sooner than
// the other pages' (pdftotext sets each page out on its own): its lines part
// at one place all the same. A page in one column, its justified lines
// spaced unevenly, parts at no one place and stays whole.
TEST(LayoutColumns, ALastPagesColumnsAFewCharactersOffTheOthersAreRead) {
  Audit audit;
  const auto row = columnsRow;
  std::string first;
  for (int i = 1; i <= 8; ++i)
    first += row("left line " + std::to_string(i) + " of the first",
                 "right line " + std::to_string(i) + " of the first page", 46);
  std::string last;
  for (int i = 1; i <= 20; ++i)
    last += row("left line " + std::to_string(i) + " of the last page, wide",
                i <= 3 ? "right line " + std::to_string(i) + " of the last page" : "", 43);
  std::string whole;
  for (int i = 1; i <= 12; ++i)
    whole += i % 3
                 ? "a line  of one column  that runs across  the page and on to its right margin\n"
                 : "a line of one  column that runs  across the page  and on to its right margin\n";
  const auto lines =
      readColumns(splitLines("\f" + first + "\f" + last + "\f" + whole, audit), false, audit);
  std::vector<std::string> texts, third;
  for (const auto& line : lines) {
    if (!line.blank() && line.page == 2) texts.push_back(line.text);
    if (!line.blank() && line.page == 3) third.push_back(line.text);
  }
  ASSERT_EQ(texts.size(), 23u);
  EXPECT_EQ(texts[1], "left line 2 of the last page, wide");
  EXPECT_EQ(texts[20], "right line 1 of the last page");
  EXPECT_EQ(texts[22], "right line 3 of the last page");
  ASSERT_EQ(third.size(), 12u);
  EXPECT_EQ(third[0],
            "a line  of one column  that runs across  the page and on to its right margin");
}

// A page whose left column holds an election's table, its counts set flush
// right of their rows: the wide gap between the rows and their counts is no
// gutter; the page is parted where the others are.
// The first page sets its columns out wider apart than the later pages do
// (under the cover), its left column reaching into the later pages' gutter.
// It keeps its own gutter, which takes in theirs: read at theirs, its lines
// came out a row at a time, left and right alternating (round BH, Russian).
TEST(LayoutColumns, AFirstPageWithItsColumnsWiderApartKeepsItsGutter) {
  Audit audit;
  std::string first;
  for (int i = 1; i <= 12; ++i) {
    const std::string left = "first page, left column, line " + std::to_string(i) + " set out";
    const std::string right = "first page, right column, line " + std::to_string(i);
    // Now and then a row has text in one column only, as paragraphs end.
    first += columnsRow(i % 4 == 0 ? "" : left + (i % 2 ? " wide" : ""), right, 73);
    if (i % 5 == 0) first += columnsRow(left, "", 73);
  }
  std::string later;
  for (int i = 1; i <= 14; ++i)
    later += columnsRow("a later page, left line " + std::to_string(i) + " set full",
                        "a later page, right line " + std::to_string(i), 54);
  const auto lines =
      readColumns(splitLines("\f" + first + "\f" + later + "\f" + later, audit), false, audit);
  std::vector<std::string> texts;
  for (const auto& line : lines)
    if (!line.blank() && line.page == 1) texts.push_back(line.text);
  ASSERT_FALSE(texts.empty());
  // Every left line first, then every right line, each in order.
  const auto firstRight = std::find_if(texts.begin(), texts.end(), [](const std::string& text) {
    return text.starts_with("first page, right");
  });
  ASSERT_NE(firstRight, texts.end());
  EXPECT_TRUE(std::all_of(texts.begin(), firstRight, [](const std::string& text) {
    return text.starts_with("first page, left");
  }));
  EXPECT_TRUE(std::all_of(firstRight, texts.end(), [](const std::string& text) {
    return text.starts_with("first page, right");
  }));
  EXPECT_EQ(texts.back(), "first page, right column, line 12");
}

TEST(LayoutColumns, ABallotTableInTheLeftColumnKeepsItsCounts) {
  Audit audit;
  auto row = [](const std::string& left, const std::string& right) {
    return columnsRow(left, right, 46);
  };
  std::string prose;
  for (int i = 1; i <= 10; ++i)
    prose += row("left line " + std::to_string(i) + " of a page of prose, set full",
                 "right line " + std::to_string(i) + " of that page");
  std::string table;
  const char* rows[] = {"Ballot papers:", "Invalid ballots:",    "Valid ballots:",
                        "Abstentions:",   "Present and voting:", "Required majority:"};
  const char* counts[] = {"193", "0", "193", "2", "191", "128"};
  for (int i = 0; i < 10; ++i) {
    const std::string label = rows[i % 6];
    const std::string count = counts[i % 6];
    table += row(label + std::string(40 - label.size() - count.size(), ' ') + count,
                 "right line " + std::to_string(i + 1) + " beside the table");
  }
  const auto lines =
      readColumns(splitLines("\f" + prose + "\f" + table + "\f" + prose, audit), false, audit);
  std::vector<std::string> texts;
  for (const auto& line : lines)
    if (!line.blank() && line.page == 2) texts.push_back(line.text);
  ASSERT_EQ(texts.size(), 20u);
  EXPECT_EQ(texts[0], "Ballot papers:                       193");
  EXPECT_EQ(texts[10], "right line 1 beside the table");
}

// A heading wrapped in the left column beside a row where only the right
// column has text: the row leaves no blank line in the left column, and the
// heading's two lines stay together (a blank line there ends a heading).
TEST(LayoutColumns, ARowOfTheOtherColumnAloneLeavesNoBlankLine) {
  Audit audit;
  auto row = [](const std::string& left, const std::string& right) {
    return columnsRow(left, right, 46);
  };
  std::string page;
  for (int i = 1; i <= 6; ++i)
    page += row("left line " + std::to_string(i) + " of the page, set full",
                "right line " + std::to_string(i) + " of the page, set full");
  page += row("The protracted conflicts in the GUAM area", "right line 7 of the page, set full");
  page += row("", "right line 8 alone on its row, set full");
  page += row("and their implications for peace", "right line 9 of the page, set full");
  const auto lines = readColumns(splitLines("\f" + page, audit), false, audit);
  std::vector<std::string> left;
  for (const auto& line : lines) {
    if (line.text.starts_with("right")) break;
    left.push_back(line.text);
  }
  ASSERT_GE(left.size(), 8u);
  EXPECT_EQ(left[left.size() - 2], "The protracted conflicts in the GUAM area");
  EXPECT_EQ(left.back(), "and their implications for peace");
}

// A page in one column that sets an election's table, each count far right of
// its row ("Abstentions:" … "3"): a row and its count are one line, not two
// things side by side.
TEST(LayoutColumns, ATablesCountStaysOnItsRowOnAPageOfOneColumn) {
  Audit audit;
  const std::string page =
      "    The President: The result of the second round of\n"
      "voting is as follows, the vote being restricted to Latvia\n"
      "and Montenegro:\n"
      "\n"
      "    Number of ballot papers:                        187\n"
      "    Abstentions:                                      3\n"
      "    Required two-thirds majority:                   122\n"
      "    Number of votes obtained:\n"
      "        Latvia                                      131\n"
      "        Montenegro                                   52\n"
      "\n"
      "    Having obtained the required two-thirds majority,\n"
      "Latvia was elected a non-permanent member of the Council.\n";
  const auto lines = readColumns(splitLines("\f" + page, audit), false, audit);
  std::vector<std::string> texts;
  for (const auto& line : lines)
    if (!line.blank()) texts.push_back(text::collapseSpaces(line.text));
  ASSERT_EQ(texts.size(), 11u);
  EXPECT_EQ(texts[3], "Number of ballot papers: 187");
  EXPECT_EQ(texts[4], "Abstentions: 3");
  EXPECT_EQ(texts[7], "Latvia 131");
}

// A column that holds more indented lines (a vote's lists, procedural lines,
// first lines) than lines at its margin: the margin is still where the text
// begins, and the indented lines show their indent (a new paragraph).
TEST(LayoutColumns, AColumnOfMostlyIndentedLinesKeepsItsMargin) {
  Audit audit;
  const std::string page =
      "    The President: We shall now vote on the draft\n"
      "resolution before the Assembly, as announced this\n"
      "morning by the Secretariat.\n"
      "    A recorded vote was taken.\n"
      "    In favour:\n"
      "        Afghanistan, Albania, Algeria, Andorra\n"
      "    Against:\n"
      "        Belarus, Nicaragua\n"
      "    Abstaining:\n"
      "        Bolivia, China\n"
      "    The draft resolution was adopted by 141 votes\n"
      "to 7, with 32 abstentions.\n"
      "    We regret that the text went to a vote today,\n"
      "though it was read by all of us.\n";
  const auto lines = readColumns(splitLines("\f" + page, audit), false, audit);
  std::vector<int> indents;
  for (const auto& line : lines)
    if (!line.blank()) indents.push_back(line.indent);
  ASSERT_EQ(indents.size(), 14u);
  EXPECT_EQ(indents[1], 0);
  EXPECT_EQ(indents[12], 4);
  EXPECT_EQ(indents[13], 0);
}

// A page that a vote's list fills (36 lines at the list's indent, 8 of text
// at the margin): the margin is the text's still, and a paragraph's indented
// first line opens a paragraph.
TEST(LayoutColumns, APageFilledByAVotesListKeepsTheTextsMargin) {
  Audit audit;
  std::string page =
      "     Nous allons maintenant nous prononcer sur les projets, l’un après\n"
      "l’autre, et sur les amendements qui s’y rapportent, dans l’ordre où\n"
      "ils ont été présentés.\n"
      "     Le projet de résolution I est intitulé « Politiques ». Puis-je\n"
      "considérer que l’Assemblée souhaite faire de même, comme la Commission\n"
      "l’a fait ?\n"
      "     Il est procédé au vote enregistré.\n"
      "     Votent pour :\n";
  for (int i = 0; i < 36; ++i)
    page += "          Afghanistan, Albanie, Algérie, Allemagne, Andorre, Angola\n";
  page +=
      "     Par 150 voix contre 5, avec 10 abstentions, le projet de résolution est\n"
      "adopté (résolution 79/123).\n"
      "     Le Président : Je donne maintenant la parole au représentant de la\n"
      "France, qui souhaite expliquer son vote après le vote, puis au\n"
      "représentant du Mexique.\n";
  const auto lines = readColumns(splitLines("\f" + page, audit), false, audit);
  std::vector<int> indents;
  for (const auto& line : lines)
    if (!line.blank()) indents.push_back(line.indent);
  ASSERT_EQ(indents.size(), 49u);
  EXPECT_EQ(indents[0], 5);
  EXPECT_EQ(indents[1], 0);
  EXPECT_EQ(indents[3], 5);
  EXPECT_EQ(indents[48], 0);
}

// A cover's table (States, dot leaders, a gap, representatives) is no pair of
// columns, wherever its gap falls: each row reads State, then name.
TEST(LayoutColumns, ACoversTableWithDotLeadersIsNotTwoColumns) {
  Audit audit;
  std::string page;
  for (std::string state :
       {"Algeria", "China", "Denmark", "France", "Greece", "Guyana", "Pakistan"}) {
    std::string row = std::string(17, ' ') + state + " .";
    while (row.size() < 40) row += " .";
    page += row + std::string(13, ' ') + "Mr. " + state + "son\n";
  }
  const auto lines = readColumns(splitLines("\f" + page, audit), false, audit);
  std::vector<std::string> texts;
  for (const auto& line : lines)
    if (!line.blank()) texts.push_back(line.text);
  ASSERT_EQ(texts.size(), 14u);
  EXPECT_EQ(texts[1], "Mr. Algeriason");
  EXPECT_EQ(texts[2].substr(0, 5), "China");
}

// pdftotext places a line of a script written from right to left at its
// left end: justified lines begin together at the column's margin and a
// paragraph's last line (short, against the right edge) begins further in,
// while their ends fall where the characters' count puts them. There it is
// the line after such a one that begins a paragraph (round BA: "… أكثر من 516
// مليون" / "دولار منذ آب/أغسطس 2021." had been split, the paragraph after it
// joined to it).
TEST(LayoutColumns, RightToLeftLinesSetByTheirLeftEndsShowWhereParagraphsEnd) {
  Audit audit;
  const std::string page =
      "السيد إسحاقزي (أفغانستان) (تكلم بالإنكليزية):                 السيدة توماس  -غرينفيلد "
      "(الولايات المتحدة الأمريكية)\n"
      "أشكركم ،السيدة الرئيسة ،وأهنئ دولة الإمارات العربية المتحدة   (تكلمت بالإنكليزية) :أشكر "
      "النرويج على قيادتها في صياغة\n"
      "على توليها رئاسة المجلس لهذا الشهر .كما أشكر الممثلة          هذا القرار الهام .إن "
      "الولايات المتحدة هي أكبر جهة مانحة\n"
      "الخاصة ليونز على إحاطتها الإعلامية وعلى تفانيها في خدمة       للمساعدة الإنسانية "
      "لأفغانستان ،إذ قدمنا أكثر من  516مليون\n"
      "                                                  شعبنا.                                  "
      "دولار منذ آب/أغسطس .2021\n\n"
      "إن شعب أفغانستان ،ولا سيما نساؤه وفتياته ،يعيش اليوم          ونحن نتوقع من حركة طالبان "
      "أن تفي بالتزاماتها ،بما في\n"
      "في ظل الخوف والحرمان .ونحث المجلس على أن يبقى                 ذلك السماح لجميع الفتيات "
      "بالعودة إلى المدارس ،وكفالة حرية\n"
      "متحدا ،وأن يربط أي تواصل مع طالبان بخطوات ملموسة              التنقل ،وعدم السماح باستخدام "
      "الأراضي الأفغانية منطلقا لشن\n"
      "                     وقابلة للتحقق في مجال حقوق الإنسان.                                 "
      "                هجمات إرهابية.\n";
  const auto lines = readColumns(splitLines("\f" + page, audit), true, audit);
  std::map<std::string, int> indents;
  for (const auto& line : lines)
    if (!line.blank()) indents[line.text] = line.indent;
  EXPECT_EQ(indents["دولار منذ آب/أغسطس .2021"], 0);
  EXPECT_GE(indents["ونحن نتوقع من حركة طالبان أن تفي بالتزاماتها ،بما في"], 2);
  EXPECT_EQ(indents["ذلك السماح لجميع الفتيات بالعودة إلى المدارس ،وكفالة حرية"], 0);
  EXPECT_EQ(indents["شعبنا."], 0);
  EXPECT_GE(indents["إن شعب أفغانستان ،ولا سيما نساؤه وفتياته ،يعيش اليوم"], 2);
  EXPECT_EQ(indents["في ظل الخوف والحرمان .ونحث المجلس على أن يبقى"], 0);
}

// Columns set flush right: a short line of the right column (a paragraph's
// last) leaves a long gap, and is still the right column's; a first line is
// indented from the right; what spans the page reads from the right.
TEST(LayoutColumns, FlushRightColumnsAndTheirIndents) {
  Audit audit;
  const int width = 40;  // each column's
  auto flushRight = [&](const std::string& text, int indent = 0) {
    return std::string(width - indent - text.size(), ' ') + text + std::string(indent, ' ');
  };
  const std::string gutter(6, ' ');
  std::string page = "Mr. Amde" + std::string(10, ' ') +
                     "Ethiopia . . . . . . . . . . . . . . . ." + std::string(20, ' ') +
                     "Members:\n";
  for (int i = 1; i <= 6; ++i) {
    const std::string n = std::to_string(i);
    const std::string right = i == 3 ? flushRight("short " + n)
                                     : flushRight("right line " + n + " of it", i == 4 ? 3 : 0);
    page += flushRight("left line " + n + " full of text") + gutter + right + "\n";
  }
  const auto lines = readColumns(splitLines("\f" + page, audit), true, audit);
  std::vector<std::string> texts;
  std::vector<int> indents;
  for (const auto& line : lines)
    if (!line.blank()) texts.push_back(line.text), indents.push_back(line.indent);
  ASSERT_EQ(texts.size(), 15u);
  EXPECT_EQ(texts[0], "Members:");
  EXPECT_EQ(texts[2], "Mr. Amde");
  EXPECT_EQ(texts[5], "short 3");
  EXPECT_EQ(texts[9], "left line 1 full of text");
  EXPECT_EQ(indents[6], 3) << texts[6];
  EXPECT_EQ(indents[7], 0) << texts[7];
}

// A first page's cover line and correction notice run across the gutter:
// they do not hide it. Its columns are read one after the other (the notice
// where it begins, with the left column: furniture that goes later).
TEST(LayoutColumns, LinesThatSpanThePageDoNotHideTheGutter) {
  Audit audit;
  const auto lines = readColumns(
      splitLines(
          "\f"
          "President:     Mr. Shahid  . . . . . . . . . . . . . . . . . . . . . . . . . . . . . "
          ". "
          ". . (Maldives)\n"
          "The President: Before we proceed to other items,                  The President: The "
          "General Assembly will now\n"
          "it is my sad duty to pay tribute to the memory of a               take a decision on "
          "the draft resolution entitled\n"
          "great figure of our time, who passed away today.                  “Financing for "
          "peacebuilding”. May I take it that\n"
          "Her loss will be deeply felt throughout the world.                it is the wish of "
          "the "
          "Assembly to adopt the draft?\n"
          "She fostered peace and friendship worldwide.                      Mr. Kimani (Kenya): "
          "It was not long ago that the\n"
          "I would now like to invite representatives to stand               General Assembly "
          "convened here for the meeting on\n"
          "and observe a minute of silence in her memory.                    financing for "
          "peacebuilding, and we thank all.\n"
          "\n"
          "          This record contains the text of speeches delivered in English and of the "
          "translation of speeches\n"
          "          delivered in other languages. Corrections should be submitted to the "
          "original "
          "languages only.\n"
          "          They should be incorporated in a copy of the record and sent under the "
          "signature of a member\n"
          "          of the delegation concerned to the Chief of the Verbatim Reporting Service, "
          "room U-0506.\n"
          "          Corrected records will be reissued electronically on the Official Document "
          "System.\n",
          audit),
      false, audit);
  std::vector<std::string> text;
  for (const auto& line : lines)
    if (!line.blank()) text.push_back(line.text);
  const auto at = [&](std::string_view line) {
    return std::find(text.begin(), text.end(), line) - text.begin();
  };
  EXPECT_EQ(at("it is my sad duty to pay tribute to the memory of a"),
            at("The President: Before we proceed to other items,") + 1);
  EXPECT_GT(at("The President: The General Assembly will now"),
            at("and observe a minute of silence in her memory."));
  EXPECT_EQ(at("take a decision on the draft resolution entitled"),
            at("The President: The General Assembly will now") + 1);
}

// A cover whose right column is short (six lines beside the left one's
// thirty-two, above the correction notice) is two columns all the same: its
// columns share one measure (round BA: "In the absence of the President, Mr.
// Mohammed" / "I trust that the recommendations of the Third" had been read as
// one line, and the chair's name with it).
TEST(LayoutColumns, ACoverWithAShortRightColumnIsReadInColumns) {
  Audit audit;
  std::string page = "United Nations" + std::string(60, ' ') + "A/70/PV.80\n\n";
  for (int i = 1; i <= 32; ++i)
    page +=
        columnsRow("left line " + std::to_string(i) + " of the cover, set full",
                   i <= 6 ? "right line " + std::to_string(i) + " of the cover, set full" : "", 46);
  page +=
      "\n   This record contains the text of speeches delivered in English and of the "
      "translation\n   of speeches delivered in other languages. Corrections should be "
      "submitted to the\n   original languages only.\n";
  const auto lines = readColumns(splitLines("\f" + page, audit), false, audit);
  std::vector<std::string> text;
  for (const auto& line : lines)
    if (!line.blank()) text.push_back(line.text);
  const auto at = [&](std::string_view line) {
    return std::find(text.begin(), text.end(), line) - text.begin();
  };
  EXPECT_EQ(at("left line 2 of the cover, set full"), at("left line 1 of the cover, set full") + 1);
  // What spans the page under both columns, the correction notice, comes
  // after them both, its short last line with it (round BB: the notice read
  // between the columns took a Chinese cover's right column with it).
  EXPECT_EQ(at("right line 1 of the cover, set full"),
            at("left line 32 of the cover, set full") + 1);
  EXPECT_EQ(at("This record contains the text of speeches delivered in English and of the "
               "translation"),
            at("right line 6 of the cover, set full") + 1);
  EXPECT_EQ(at("original languages only."), at("right line 6 of the cover, set full") + 3);
  EXPECT_EQ(at("right line 2 of the cover, set full"),
            at("right line 1 of the cover, set full") + 1);
}

// Chinese characters are one cell each: two columns of them may stand a
// single space apart on a short last page ("…俄罗斯联邦今 所作的承诺…"), and
// part there all the same (round BA: the two columns had been read as one
// line each, a speech interleaved with itself).
TEST(LayoutColumns, ChineseColumnsASingleSpaceApartPartAtTheGutter) {
  Audit audit;
  const std::string page =
      "23/10/2024   秘书长关于苏丹和南苏丹的报告    S/PV.9762\n\n"
      "  伊德里斯先生（苏丹）（以阿拉伯   苏丹政府将继续履行《吉达宣言》\n"
      "语发言）：我国政府感谢俄罗斯联邦今 所作的承诺，并欢迎所有真诚帮助苏丹\n"
      "天的立场。这份决议草案没有顾及苏丹 人民的伙伴。\n"
      "政府为保护平民和便利人道主义准入所   主席（以法语发言）：发言名单上\n"
      "作的努力。             没有其他发言者了。\n"
      "                    上午11时40分散会。\n\n\n"
      "24-30419                             5/5\n";
  const auto lines = readColumns(splitLines("\f" + page, audit), false, audit);
  std::vector<std::string> texts;
  for (const auto& line : lines)
    if (!line.blank()) texts.push_back(line.text);
  const auto at = [&](std::string_view line) {
    return std::find(texts.begin(), texts.end(), line) - texts.begin();
  };
  EXPECT_EQ(at("天的立场。这份决议草案没有顾及苏丹"), at("语发言）：我国政府感谢俄罗斯联邦今") + 1);
  EXPECT_EQ(at("所作的承诺，并欢迎所有真诚帮助苏丹"), at("苏丹政府将继续履行《吉达宣言》") + 1);
  EXPECT_EQ(at("人民的伙伴。"), at("所作的承诺，并欢迎所有真诚帮助苏丹") + 1);
  EXPECT_GT(at("苏丹政府将继续履行《吉达宣言》"), at("作的努力。"));
}

// An old cover's table of members, set without dot leaders ("Australia" …
// "Mr. WOOLCOTT" at a tab stop), is a table, not two columns: its names stand
// in a narrow column beside a wide one, where a page's two columns share one
// measure (round BA: the 1985 cover lost its fourteen representatives).
TEST(LayoutColumns, AnOldCoversTableWithoutLeadersIsNotTwoColumns) {
  const RawReading reading =
      readIn("en",
             "UNITED NATIONS                                               S\n\n"
             "                          Security Council\n"
             "                                                   Distr.\n"
             "PROVISIONAL                                        GENERAL\n\n"
             "                                                   S/PV.2600\n"
             "                                                   27 August 1985\n\n"
             "                                                   ENGLISH\n\n\n"
             "      PROVISIONAL VERBATIM RECORD OF THE TWO THOUSAND SIX HUNDREDTH MEETING\n\n"
             "                  Held at Headquarters, New York,\n"
             "                 on Tuesday, 27 August 1985, at 11 a.m.\n\n\n"
             "President:    Mr. DE KEMOULARIA                 (France)\n\n"
             "Members:      Australia                         Mr. WOOLCOTT\n"
             "              Burkina Faso                      Mr. BASSOLE\n"
             "              China                             Mr. LI Luye\n\n"
             "This record contains the original text of speeches delivered in\n"
             "English and interpretations of speeches delivered in the other\n"
             "languages. The final text will be printed in the Official Records\n"
             "of the Security Council.\n\n"
             "85-60412/A    6203V (E)\n"
             "\fMLG/ed                                                  S/PV.2600\n"
             "                                                             2\n\n"
             "          The meeting was called to order at 11.20 a.m.\n\n"
             "          The PRESIDENT (interpretation from French): I thank the\n"
             "representative of Zambia.\n\n"
             "           The meeting rose at 12.45 p.m.\n",
             "S/PV.2600");
  const auto& members = reading.meeting.meta.members;
  ASSERT_EQ(members.size(), 3u);
  EXPECT_EQ(members[0].state, "aus");
  EXPECT_EQ(members[0].person, "woolcott");
  EXPECT_EQ(members[2].person, "liluye");
  EXPECT_EQ(reading.meeting.meta.presidency, "fra");
}

// A last page that holds only the left column, its justified lines spaced
// wide, is one column: the gap its lines leave is no gutter, for what stands
// right of it (a word of the line) is no column of the page's measure (round
// BA: "Исполняющий              обязанности" had lost its second word to a
// heading, and the turn its label).
TEST(LayoutColumns, ALastPageOfTheLeftColumnAloneIsOneColumn) {
  Audit audit;
  std::string first;
  for (int i = 1; i <= 8; ++i)
    first += columnsRow("left line " + std::to_string(i) + " of the first page",
                        "right line " + std::to_string(i) + " of the first page", 46);
  const std::string last =
      "A/73/PV.55                                  17/12/2018\n\n\n\n"
      "ничего общего с реальной заботой о правах\n"
      "человека.\n\n"
      "   Исполняющий              обязанности\n"
      "Председателя (говорит по-английски):\n"
      "Генеральная     Ассамблея      завершила\n"
      "рассмотрение всех докладов Третьего\n"
      "комитета, находящихся на ее рассмотрении\n"
      "сегодня.\n"
      "      Заседание закрывается в 13 ч. 05 м.\n\n\n\n\n"
      "4/4                                           18-44565\n";
  const auto lines = readColumns(splitLines("\f" + first + "\f" + last, audit), false, audit);
  std::vector<std::string> texts;
  for (const auto& line : lines)
    if (!line.blank() && line.page == 2) texts.push_back(line.text);
  const auto at = [&](std::string_view line) {
    return std::find(texts.begin(), texts.end(), line) - texts.begin();
  };
  // (A line of one column parts at its wide gaps, in order.)
  EXPECT_EQ(at("обязанности"), at("Исполняющий") + 1);
  EXPECT_EQ(at("Председателя (говорит по-английски):"), at("обязанности") + 1);
  EXPECT_EQ(at("рассмотрение всех докладов Третьего"), at("завершила") + 1);
}

// A page's head that the extraction set in mid-page, after the foot of the
// column before: the agenda's title under the head's symbol goes with it
// (round BC: the title had been read into the sentence it interrupted).
TEST(Furniture, AHeadsTitleInMidPageGoesWithItsSymbol) {
  const RawReading reading =
      readIn("ru",
             "Организация Объединенных Наций\nS/PV.8538\nСовет Безопасности\n"
             "Семьдесят четвертый год\n8538-е заседание\nВторник, 14 мая 2019 года, 10 ч. 00 м.\n"
             "Нью-Йорк\n\nПредседатель: г-н Джани . . . . . . . . . . . . (Индонезия)\n\n"
             "Повестка дня\nПоложение на Ближнем Востоке\n\n19-14235 (R)\n*1914235*\n\n"
             "Заседание открывается в 10 ч. 05 м.\n"
             "Председатель (говорит по-английски): Слово предоставляется представителю "
             "Соединенных Штатов.\n\f"
             "S/PV.8538\n\nПоложение на Ближнем Востоке\n\n14/05/2019\n\n"
             "Г-н Коэн (Соединенные Штаты Америки) (говорит по-английски): Сегодняшнее голосование "
             "показало, кто в этом зале действительно\n\n2/3\n\n19-14235\n\nS/PV.8538\n\n"
             "Положение на Ближнем Востоке\n\nстремится защитить мирных жителей Идлиба.\n"
             "Заседание закрывается в 12 ч. 20 м.\n\n19-14235\n\n3/3\n",
             "S/PV.8538");
  const auto turns = testing::blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 2u);
  ASSERT_FALSE(turns[1]->speech.items.empty());
  EXPECT_EQ(plainText(turns[1]->speech.items.back().paragraph.content),
            "Сегодняшнее голосование показало, кто в этом зале действительно стремится защитить "
            "мирных жителей Идлиба.");
}

// A right-to-left page's job number, its language's letter first in
// brackets that the bidi controls leave the wrong way round ("\u202B\u202A)A(
// 20-37412\u202C\u202C" reads "A( 20-37412)"), is furniture (round BC: it had
// been read into a sentence).
TEST(Furniture, AnArabicJobNumberInBidiControlsIsFurniture) {
  const RawReading reading =
      readIn("ar",
             "\u202B\u0627\u0644\u0631\u0626\u064A\u0633: \u0623\u0639\u0637\u064A "
             "\u0627\u0644\u0643\u0644\u0645\u0629\u202C\n\n"
             "\u202B\u202A)A( 20-37412\u202C\u202C\n\n\u202B*\u202A*2037412\u202C\u202C\n",
             "A/75/PV.46");
  EXPECT_TRUE(std::any_of(
      reading.audit.entries().begin(), reading.audit.entries().end(), [](const AuditEntry& entry) {
        return entry.kind == "job-number" && entry.text.find("20-37412") != std::string::npos;
      }));
  for (const auto* turn : testing::blocksOf(reading.meeting, BlockKind::Speech))
    for (const auto& item : turn->speech.items)
      EXPECT_EQ(plainText(item.paragraph.content).find("37412"), std::string::npos);
}

// A cover's table of members set right to left, each representative's name
// at the left margin beside the State far right, is a table, not two
// columns: its names fill no column's measure (round BD: the Arabic cover's
// President, members and agenda had become a speech).
TEST(LayoutColumns, ARightToLeftCoversTableIsNotTwoColumns) {
  Audit audit;
  const std::string page =
      "S/PV.7107                                                                                   "
      "                                         الأمم المتحدة\n"
      "\n"
      "\n"
      "مؤقت                                                                                        "
      "                               مجلس الأمن\n"
      "                                                                                            "
      "                             السنة التاسعة والستون\n"
      "\n"
      "\n"
      "                                                                                            "
      "                               الجلسة 7107\n"
      "                                                                                      "
      "الخميس 30 ،كانون الثاني/يناير  ،2014الساعة 10/00\n"
      "                                                                                            "
      "                                               نيويورك\n"
      "\n"
      "\n"
      "             (الأردن)                                                                       "
      "       الأمير زيد رعد زيد الحسين               الرئيس:\n"
      "\n"
      "                                                                                            "
      "                                              الأعضاء:\n"
      "     السيد تشوركين                                                                          "
      "                     الاتحاد الروسي\n"
      "    السيدة برسيفال                                                                          "
      "                           الأرجنتين\n"
      "         السيدة باور                                                                        "
      "       الولايات المتحدة الأمريكية\n"
      "\n"
      "\n"
      "                                                                                            "
      "                                          جدول الأعمال\n"
      "                                                                                            "
      "    الحالة المتعلقة بجمهورية الكونغو الديمقراطية\n"
      "         تقرير الأمين العام عن بعثة منظمة الأمم المتحدة لتحقيق الاستقرار في جمهورية الكونغو "
      "الديمقراطية ()S/2014/45\n"
      "\n"
      "\n"
      "\n"
      "\n"
      "  يتضمن هذا المحضر نص الخطب الملقاة بالعربية والترجمة الشفوية للخطب الملقاة باللغات الأخرى "
      ".وسيطبع النص النهائي في الوثائق الرسمية لمجلس الأمن .ولا\n"
      "   ينبغي أن تقدم التصويبات إلا للخطب الملقاة باللغات الأصلية .وينبغي إدراجها في نسخة من "
      "المحضر وإرسالها بتوقيع أحد أعضاء الوفد المعني إلىChief of :\n"
      "\n"
      "    ) .the Verbatim Reporting Service, room U-0506 (verbatimrecords@un.orgوستعاد إصدار "
      "المحاضر المصوبة إلكترونيا في نظام\n"
      "                                                                                    الوثائق "
      "الرسمية للأمم المتحدة (.)http://documents.un.org\n"
      "\n"
      "\n"
      "\n"
      "                                                                                            "
      "                                          )14-22110 (A\n"
      "                                                                                            "
      "                                          **1422110\n"
      "\n";
  const auto lines = readColumns(splitLines("\f" + page, audit), true, audit);
  std::vector<std::string> texts;
  for (const auto& line : lines)
    if (!line.blank()) texts.push_back(line.text);
  const auto at = [&](std::string_view line) {
    return std::find(texts.begin(), texts.end(), line) - texts.begin();
  };
  // Row by row: each State beside its representative.
  ASSERT_LT(at("السيد تشوركين"), static_cast<long>(texts.size()))
      << ::testing::PrintToString(texts);
  EXPECT_EQ(std::abs(at("السيد تشوركين") - at("الاتحاد الروسي")), 1)
      << ::testing::PrintToString(texts);
  EXPECT_EQ(std::abs(at("السيدة باور") - at("الولايات المتحدة الأمريكية")), 1);
}

// A cover's row with dot leaders spans the page over a body set in two
// columns (round BC: the Arabic President's State, left of the gutter, was
// read with the left column and lost to the cover).
TEST(LayoutColumns, ACoversRowWithLeadersIsReadWhole) {
  Audit audit;
  // Set as a right-to-left cover sets it: the State far left, across the gap.
  std::string page = "      (Turkey)" + std::string(40, ' ') +
                     ". . . . . . . . . . . . . . . .     Mr. Bozkir     President:\n\n";
  for (int i = 1; i <= 8; ++i)
    page += columnsRow("left line " + std::to_string(i) + " of the page, set full",
                       "right line " + std::to_string(i) + " of the page, set full", 46);
  const auto lines = readColumns(splitLines("\f" + page, audit), false, audit);
  std::vector<std::string> texts;
  for (const auto& line : lines)
    if (!line.blank()) texts.push_back(line.text);
  const auto at = [&](std::string_view line) {
    return std::find(texts.begin(), texts.end(), line) - texts.begin();
  };
  // The row's pieces, in order, before the columns' text.
  EXPECT_LT(at("(Turkey)"), at("left line 1 of the page, set full"))
      << ::testing::PrintToString(texts);
  EXPECT_LT(at("Mr. Bozkir"), at("left line 1 of the page, set full"))
      << ::testing::PrintToString(texts);
}

// A count set far right in the right column, beside a caption that wrapped,
// is the right column's, also on a row whose left part has text (round BD:
// "188" had been read into the President's sentence in the left column).
TEST(LayoutColumns, ACountFarRightIsTheRightColumns) {
  Audit audit;
  std::string page;
  for (int i = 1; i <= 6; ++i)
    page += columnsRow("left line " + std::to_string(i) + " of the page, set full",
                       "right line " + std::to_string(i) + " of the page, set full", 46);
  page += columnsRow("the elections are held by secret", "Number of members present and", 46);
  page += "ballot, in accordance with rule 92.                                          188\n";
  page += columnsRow("The President: I thank the members.", "voting:", 46);
  page += "                                                                             0\n";
  page += columnsRow("left line 9 of the page, set full", "Number of invalid ballots:", 46);
  const auto lines = readColumns(splitLines("\f" + page, audit), false, audit);
  std::vector<std::string> texts;
  for (const auto& line : lines)
    if (!line.blank()) texts.push_back(line.text);
  const auto at = [&](std::string_view line) {
    return std::find(texts.begin(), texts.end(), line) - texts.begin();
  };
  ASSERT_LT(at("188"), static_cast<long>(texts.size())) << ::testing::PrintToString(texts);
  EXPECT_EQ(at("ballot, in accordance with rule 92."), at("the elections are held by secret") + 1);
  EXPECT_EQ(at("188"), at("Number of members present and") + 1);
  EXPECT_EQ(at("voting:"), at("188") + 1);
  EXPECT_EQ(at("0"), at("voting:") + 1);
}

// The record ends two lines into the last page's columns: those lines part
// at the gutter the other pages show, the left column's read first (round BC:
// two Chinese speeches had been read across, each inside the other).
TEST(LayoutColumns, ALastPageOfTwoRowsIsReadInColumns) {
  Audit audit;
  std::string first;
  for (int i = 1; i <= 8; ++i)
    first += columnsRow("left line " + std::to_string(i) + " of the first page",
                        "right line " + std::to_string(i) + " of the first page", 46);
  const std::string last = "S/PV.7540                                     20/10/2015\n\n" +
                           columnsRow("Mr. Ramirez (Venezuela): I ask for the",
                                      "The President:"
                                      " There are no more",
                                      46) +
                           columnsRow("floor again to add one point.", "speakers on my list.", 46) +
                           "\n                    The meeting rose at 5 p.m.\n\n"
                           "4/4                                           15-32145\n";
  const auto lines = readColumns(splitLines("\f" + first + "\f" + last, audit), false, audit);
  std::vector<std::string> texts;
  for (const auto& line : lines)
    if (!line.blank() && line.page == 2) texts.push_back(line.text);
  const auto at = [&](std::string_view line) {
    return std::find(texts.begin(), texts.end(), line) - texts.begin();
  };
  ASSERT_LT(at("floor again to add one point."), static_cast<long>(texts.size()))
      << ::testing::PrintToString(texts);
  EXPECT_EQ(at("floor again to add one point."), at("Mr. Ramirez (Venezuela): I ask for the") + 1);
  EXPECT_EQ(at("speakers on my list."), at("The President: There are no more") + 1);
}

// A State's name broken at its hyphen ("Кот-" / "д’Ивуар,") keeps it, as the
// country table spells it, though neither part is a word of the document.
TEST(LayoutParagraphs, AStatesNameBrokenAtItsHyphenKeepsIt) {
  const auto paragraphs = layoutParagraphsOf(
      "    Голосовали за:\n"
      "    Австралия, Австрия, Бельгия, Гана, Германия, Дания,\n"
      "Ирландия, Испания, Италия, Канада, Коста-Рика, Кот-\n"
      "д’Ивуар, Куба, Латвия, Литва, Люксембург, Мальта,\n"
      "Мексика, Нидерланды, Норвегия, Польша, Португалия.\n",
      "ru");
  ASSERT_EQ(paragraphs.size(), 2u) << ::testing::PrintToString(paragraphs);
  EXPECT_NE(paragraphs[1].find("Коста-Рика, Кот-д’Ивуар, Куба"), std::string::npos)
      << paragraphs[1];
}

// A one-column page whose footer begins left of the text: the text's margin
// is where most of its lines begin, so only a paragraph's first line is
// indented, and a sentence that ends at a line end goes on in its paragraph.
TEST(LayoutParagraphs, TheMarginIsWhereMostLinesBegin) {
  const auto paragraphs = layoutParagraphsOf(
      "24-31170                                                                  5/25\n"
      "                  Mr. Korbieh (Ghana): My delegation thanks the President of the\n"
      "             Court for her presentation of the report on the activities of the\n"
      "             Court. It is essential to the administration of justice and peace.\n"
      "             To Ghana, this is crucial, particularly as some States withdraw.\n"
      "                  Ghana also notes the importance of an independent court.\n");
  ASSERT_EQ(paragraphs.size(), 3u);
  EXPECT_TRUE(paragraphs[1].starts_with("Mr. Korbieh")) << paragraphs[1];
  EXPECT_TRUE(paragraphs[2].starts_with("Ghana also notes")) << paragraphs[2];
}

// A quotation set as a block is indented on every line: its lines go on in
// one paragraph, and its reference in parentheses stays with it; the
// paragraph after it begins after the reference, which ended short.
TEST(LayoutParagraphs, AQuotationSetAsABlockIsOneParagraph) {
  const auto paragraphs = layoutParagraphsOf(
      "    Mr. Smith (Kenya): As a proverb of many lands and of many ages\n"
      "has long stated:\n"
      "    “Bring me 1,000 men and I will move the mountain and the hills.\n"
      "    Bring me 10 young men and I will shake the whole wide world.”\n"
      "    (resolution 48/141, para. 4)\n"
      "    It is our hope that, once he assumes office, Mr. Türk will lead\n"
      "the Office of the United Nations High Commissioner for Human Rights,\n"
      "the Office of the United Nations High Commissioner for Human Rights,\n"
      "the Office of the United Nations High Commissioner for Human Rights,\n"
      "the Office of the United Nations High Commissioner for Human Rights,\n"
      "the Office of the United Nations High Commissioner for Human Rights.\n");
  ASSERT_EQ(paragraphs.size(), 3u) << ::testing::PrintToString(paragraphs);
  EXPECT_EQ(paragraphs[1],
            "“Bring me 1,000 men and I will move the mountain and the hills. Bring me 10 young men "
            "and I will shake the whole wide world.” (resolution 48/141, para. 4)");
}

// A line-end hyphen between two words the document uses, or next to a digit,
// is a compound's: UN typesetting breaks lines there, seldom inside a word.
TEST(LayoutParagraphs, ALineEndHyphenBetweenTwoWordsOfTheDocumentIsKept) {
  const auto paragraphs = layoutParagraphsOf(
      "    Mr. Dai Bing (China): It responds to the needs of conflict-affected and post-\n"
      "conflict countries, and the average age for P5-\n"
      "level officers is around 50, under resolutions ES-\n"
      "11/1 and ES-11/2, while the consul-\n"
      "tations went on after the conflict. We know the post and the level.\n"
      "We know the post and the level and the conflict and the consultations.\n");
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_NE(paragraphs[0].find("and post-conflict countries"), std::string::npos) << paragraphs[0];
  EXPECT_NE(paragraphs[0].find("P5-level officers"), std::string::npos) << paragraphs[0];
  EXPECT_NE(paragraphs[0].find("ES-11/1 and"), std::string::npos) << paragraphs[0];
  EXPECT_NE(paragraphs[0].find("consultations went"), std::string::npos) << paragraphs[0];
}

// Where nothing says what a line-end hyphen was ("ever-" / "growing": the
// document has no "ever" elsewhere), the document's habit does: UN
// typesetting breaks lines at compounds' hyphens, so it is kept, unless the
// document's other line-end hyphens show words broken.
TEST(LayoutParagraphs, AnUnknownLineEndHyphenFollowsTheDocumentsHabit) {
  std::string text =
      "    Mr. Dai Bing (China): There is an ever-\n"
      "growing need for Secretary-\n"
      "General peacebuilding in P5-\n"
      "level and ES-\n"
      "11/1 and A/76-\n"
      "2022 and Vice-\n"
      "President and Non-\n"
      "Self-Governing Territories.\n";
  const auto kept = layoutParagraphsOf(text);
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_NE(kept[0].find("ever-growing"), std::string::npos) << kept[0];
  const auto alone = layoutParagraphsOf(
      "    Mr. Dai Bing (China): There is an ever-\n"
      "growing need for peacebuilding in Africa.\n");
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_NE(alone[0].find("ever-growing"), std::string::npos) << alone[0];
  // Words broken at line ends, as the document's own spellings show.
  const auto broken = layoutParagraphsOf(
      "    Mr. Dai Bing (China): There is an ever-\n"
      "growing need for consul-\n"
      "tations and for negotia-\n"
      "tions in Africa, and consultations and negotiations go on.\n");
  ASSERT_EQ(broken.size(), 1u);
  EXPECT_NE(broken[0].find("evergrowing need for consultations and for negotiations"),
            std::string::npos)
      << broken[0];
  // Spanish typesetting breaks words at line ends: two fragments no word of
  // the document join, also where the document shows no habit either way.
  const auto spanish = layoutParagraphsOf(
      "    El Sr. Rivas (Perú): Doy las gracias al excelentísimo señor repre-\n"
      "sentante de Haití por su exposición.\n",
      "es");
  ASSERT_EQ(spanish.size(), 1u);
  EXPECT_NE(spanish[0].find("señor representante de Haití"), std::string::npos) << spanish[0];
  // One word broken, where the other line-end hyphens the document explains
  // are a label's "по-английски" twice: words are broken here.
  const auto russian = layoutParagraphsOf(
      "    Г-жа Ши (Соединенные Штаты Америки) (говорит по-\n"
      "английски): Мы поддерживаем рассмот-\n"
      "рение вопроса и продолжение консуль-\n"
      "таций, ибо консультаций мало.\n"
      "    Г-н Бонфон (Франция) (говорит по-\n"
      "французски): Франция поддерживает.\n",
      "ru");
  ASSERT_EQ(russian.size(), 2u);
  EXPECT_NE(russian[0].find("рассмотрение вопроса и продолжение консультаций"), std::string::npos)
      << russian[0];
  EXPECT_NE(russian[1].find("по-французски"), std::string::npos) << russian[1];
}

// "troop-" / "and police-contributing countries": a hyphen that stands for
// the compound's second part, shared with the word after the conjunction
// ("pre- and post-conflict", "court- ou moyen-terme"). It stays, and the space
// after it: neither a word broken ("troopand") nor a compound ("troop-and").
// A word whose rest is the conjunction ("husb-" / "and", where the document
// prints "husband") still joins.
TEST(Paragraphs, ASuspendedHyphenBeforeAConjunctionKeepsItsSpace) {
  const auto english = paragraphsOf("en",
                                    "We thank the troop-\n"
                                    "and police-contributing countries for their pre-\n"
                                    "or post-deployment training, and her husb-\n"
                                    "and too; the husband agreed.\n");
  ASSERT_EQ(english.size(), 1u);
  EXPECT_EQ(english[0],
            "We thank the troop- and police-contributing countries for their pre- or "
            "post-deployment training, and her husband too; the husband agreed.");
  const auto french = paragraphsOf("fr",
                                   "Nous remercions les pays fournisseurs de contingents et de\n"
                                   "la police, à court-\n"
                                   "et moyen-terme.\n");
  ASSERT_EQ(french.size(), 1u);
  EXPECT_EQ(french[0],
            "Nous remercions les pays fournisseurs de contingents et de la police, à court- et "
            "moyen-terme.");
}

// "Excmo." / "Sr. António Guterres.": a style's full stop ends no sentence.
TEST(Paragraphs, AStylesFullStopEndsNoSentence) {
  const auto spanish = paragraphsOf("es",
                                    "Doy ahora la palabra al Secretario General, Excmo.\n"
                                    "Sr. António Guterres.\n");
  ASSERT_EQ(spanish.size(), 1u) << ::testing::PrintToString(spanish);
  EXPECT_EQ(spanish[0], "Doy ahora la palabra al Secretario General, Excmo. Sr. António Guterres.");
}

// Zero-width spaces, word joiners and byte-order marks inside the text show
// nothing and go, recorded (round BE: "So\u200Bmalia" had named a State that
// matched none); the joiners that shape Persian and Arabic letters stay.
TEST(Lines, ZeroWidthSpacesGo) {
  Audit audit;
  auto lines =
      splitLines("The representative of So\u200Bmalia\u2060 spoke.\nمی\u200Cخواهم\n", audit);
  unfoldPresentationForms(lines, audit);
  EXPECT_EQ(lines[0].text, "The representative of Somalia spoke.");
  EXPECT_EQ(lines[1].text, "می\u200Cخواهم");
  EXPECT_EQ(audit.removedText().find("\u200B") != std::string::npos, true);
}

// Presentation forms become the letters they show ("reaﬃrms", "باﻹنكليزية"),
// and a kashida inside an Arabic word goes ("جامـع"); the article drawn out
// before a number ("الـ 77") keeps its tatweel. Each line's changes are
// recorded as a removal and an insertion, so that the characters add up.
TEST(Lines, PresentationFormsAndKashidasUnfold) {
  Audit audit;
  auto lines = splitLines(
      "The Council reaﬃrms its ﬁrm resolve.\n"
      "الرئيس (تكلم باﻹنكليزية): أعطي الكلمة للسيد بن جامـع باسم مجموعة الـ 77.\n"
      "الرئيس (تكلم بالإسبانيـــة):\n",
      audit);
  unfoldPresentationForms(lines, audit);
  EXPECT_EQ(lines[0].text, "The Council reaffirms its firm resolve.");
  EXPECT_EQ(lines[1].text,
            "الرئيس (تكلم بالإنكليزية): أعطي الكلمة للسيد بن جامع باسم مجموعة الـ 77.");
  EXPECT_EQ(lines[2].text, "الرئيس (تكلم بالإسبانية):");  // a run of kashidas
  int removed = 0, inserted = 0;
  for (const auto& entry : audit.entries()) {
    removed += entry.kind == "presentation-form" && entry.action == AuditAction::Removed;
    inserted += entry.kind == "presentation-form" && entry.action == AuditAction::Inserted;
  }
  EXPECT_EQ(removed, 2);  // once a line
  EXPECT_EQ(inserted, 2);
  EXPECT_NE(audit.removedText().find("ـ"), std::string::npos)
      << "the kashida is recorded as removed";
}

// A procedural sentence whose last word broke at the line's end
// ("голосова-" / "ние.") is complete once the word is joined: a paragraph of
// its own, and the vote's label after it begins the list.
TEST(Paragraphs, AProceduralSentenceEndingInABrokenWord) {
  const auto russian = layoutParagraphsOf(
      "    Председатель: Поступила просьба о проведении заносимого в отчет о\n"
      "заседании голосования по этому проекту резолюции.\n"
      "    Проводится заносимое в отчет о заседании голосова-\n"
      "    ние.\n"
      "Голосовали за:\n"
      "    Австралия, Австрия.\n",
      "ru");
  ASSERT_GE(russian.size(), 3u) << ::testing::PrintToString(russian);
  EXPECT_EQ(russian[1], "Проводится заносимое в отчет о заседании голосование.");
  EXPECT_EQ(russian[2], "Голосовали за:");
}

// A procedural sentence that wraps over three lines, its second a sentence
// of its own to look at ("Par 15 voix contre 3, avec 2 abstentions, le" /
// "projet de résolution A/80/L.34 est adopté" / "(résolution 80/147)."): one.
TEST(LayoutParagraphs, AProceduralSentenceOverThreeLinesIsOne) {
  const auto french = layoutParagraphsOf(
      "    Il est procédé au vote enregistré.\n"
      "    S’abstiennent :\n"
      "         Albanie, Andorre\n"
      "    Par 15 voix contre 3, avec 2 abstentions, le\n"
      "    projet de résolution A/80/L.34 est adopté\n"
      "    (résolution 80/147).\n"
      "    La Présidente : Je donne la parole aux orateurs.\n",
      "fr");
  ASSERT_EQ(french.size(), 5u) << ::testing::PrintToString(french);
  EXPECT_EQ(french[3],
            "Par 15 voix contre 3, avec 2 abstentions, le projet de résolution A/80/L.34 est "
            "adopté (résolution 80/147).");
}

// A document line of the cover's agenda, wrapped in the body where its first
// line seems to leave room (a PDF's digits are not as wide as estimated:
// "…关于第2374（2017）号" / "决议所设…的" / "信（S/2023/578）" in round AW): one
// subheading, as the cover has it (round AW: two).
TEST(Headings, LinesThatTogetherBeginAnAgendaItemAreOneHeading) {
  std::string text = testing::readText(testing::sourceDir() / "fixtures/zh/S_PV.99994.txt");
  const std::string document =
      "2026年3月2日安全理事会关于第2374（2017）号决议所设委员会主席给安全理事会主席的信（S/"
      "2026/100）";
  const std::string coverAgenda = "议程\n维护国际和平与安全\n";
  const std::string bodyHeading = "议程通过。\n维护国际和平与安全\n";
  ASSERT_NE(text.find(coverAgenda), std::string::npos);
  ASSERT_NE(text.find(bodyHeading), std::string::npos);
  text.replace(text.find(coverAgenda), coverAgenda.size(), coverAgenda + document + "\n");
  text.replace(
      text.find(bodyHeading), bodyHeading.size(),
      bodyHeading +
          "2026年3月2日安全理事会关于第2374（2017）号\n决议所设委员会主席给安全理事会主席的\n"
          "信（S/2026/100）\n");
  auto reading = readRawRecord(text, "S_PV.99994.txt", RawOptions{});
  ASSERT_TRUE(reading.ok());
  std::vector<std::string> subheadings;
  for (const auto& section : reading.value().meeting.sections)
    for (const auto& block : section.blocks)
      if (block.kind == BlockKind::Heading && block.heading.sub)
        subheadings.push_back(plainText(block.heading.text.content));
  EXPECT_EQ(subheadings, std::vector<std::string>{document});
}

// --- inline elements over a page end --------------------------------------------------

// "希" / page 3 / "腊": a State's name broken over two pages is still the State
// that voted; the page ends after its name.
TEST(PageEnds, AStateBrokenOverTwoPagesStaysAState) {
  const std::string text = testing::readText(testing::sourceDir() / "fixtures/zh/S_PV.99994.txt");
  auto reading = readRawRecord(text, "S_PV.99994.txt", RawOptions{});
  ASSERT_TRUE(reading.ok());
  std::vector<std::string> runs;  // the vote lists' States and page ends, in order
  for (const auto& section : reading.value().meeting.sections)
    for (const auto& block : section.blocks) {
      if (block.kind != BlockKind::Vote) continue;
      for (const auto& list : block.vote.lists)
        for (const auto& run : list.members.content) {
          if (run.kind == InlineKind::Organization) runs.push_back(run.ref);
          if (run.kind == InlineKind::PageEnd) runs.push_back("page " + run.ref);
        }
    }
  const std::vector<std::string> expected = {"dza", "kor", "dnk", "fra", "guy", "pak",
                                             "pan", "sle", "svn", "som", "grc", "page 3",
                                             "gbr", "usa", "chn", "rus"};
  EXPECT_EQ(runs, expected);
}

}  // namespace
}  // namespace verbatim
