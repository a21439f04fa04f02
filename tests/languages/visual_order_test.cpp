// The visual-order repair on single lines: what it must restore, and what it
// must leave alone because it cannot be told from logical text.
#include "raw/visual_order.hpp"

#include <gtest/gtest.h>

#include "raw/bidi_controls.hpp"
#include "raw/displaced_marks.hpp"
#include "raw/profiles/profiles.hpp"
#include "raw/read_raw.hpp"
#include "reading.hpp"

namespace verbatim {
namespace {

std::string repaired(std::string_view line) {
  static const VisualOrderRepair repair(profiles::kArabic);
  int lamAlef = 0, mirrored = 0;
  return repair.repairLine(line, lamAlef, mirrored);
}

TEST(VisualOrder, OnlyRightToLeftProfilesAreConcerned) {
  EXPECT_TRUE(writesRightToLeft(profiles::kArabic));
  for (const auto* profile : {&profiles::kEnglish, &profiles::kFrench, &profiles::kRussian,
                              &profiles::kChinese, &profiles::kGeneric})
    EXPECT_FALSE(writesRightToLeft(*profile)) << profile->code;
}

TEST(VisualOrder, TheArticleBeforeAHamzaAlefIsPutBack) {
  EXPECT_EQ(repaired("األعضاء"), "الأعضاء");
  EXPECT_EQ(repaired("باإلنكليزية"), "بالإنكليزية");
  EXPECT_EQ(repaired("االتحاد الروسي"), "الاتحاد الروسي");
  EXPECT_EQ(repaired("اآلن"), "الآن");
  EXPECT_EQ(repaired("إال"), "إلا");
}

TEST(VisualOrder, ALoneArticleIsTheWordNo) {
  EXPECT_EQ(repaired("ال أحد"), "لا أحد");
  EXPECT_EQ(repaired("مقابل ال شيء"), "مقابل لا شيء");
}

// "مجموعة الـ 77": the article drawn out with a tatweel before a number is
// the article, in either order of text; not the word "no" turned round.
TEST(VisualOrder, TheArticleWithATatweelIsNoLoneArticle) {
  EXPECT_EQ(repaired("مجموعة الـ 77 والصين"), "مجموعة الـ 77 والصين");
  EXPECT_EQ(repaired("في القرن الـ 21"), "في القرن الـ 21");
  EXPECT_EQ(repaired("ال أحد"), "لا أحد");
}

TEST(VisualOrder, PairsInsideWordsAreRepairedOnlyForKnownWords) {
  // "الولايات المتحدة" is in the table of States: its visual form is known.
  EXPECT_EQ(repaired("الواليات المتحدة"), "الولايات المتحدة");
  EXPECT_EQ(repaired("والواليات"), "والولايات");  // with a prefix
  // "خالل" may be "خلال" (during) or a word of its own: left alone.
  EXPECT_EQ(repaired("خالل"), "خالل");
}

TEST(VisualOrder, BracketsOnArabicLinesAreTurnedRound) {
  EXPECT_EQ(repaired("الرئيس )تكلم باإلنكليزية(:"), "الرئيس (تكلم بالإنكليزية):");
  EXPECT_EQ(repaired("الوثيقة )S/2026/98("), "الوثيقة (S/2026/98)");
  // A line with no Arabic letter keeps its brackets: it was not reordered.
  EXPECT_EQ(repaired("26-04211 (A)"), "26-04211 (A)");
}

// "… (القرار" / "79/81(.": a line of digits in a right-to-left paragraph shows
// its brackets mirrored too; as printed it would end with a bracket that opens
// nothing.
TEST(VisualOrder, BracketsOnALineOfDigitsAreTurnedRoundWhereTheyOpenNothing) {
  EXPECT_EQ(repaired("79/81(."), "79/81).");
  EXPECT_EQ(repaired("24-37512 )A("), "24-37512 (A)");
  EXPECT_EQ(repaired("A/79/L.28 (A/79/L.29)"), "A/79/L.28 (A/79/L.29)");
}

TEST(VisualOrder, ALoneArticleAfterAndOrSoIsTheWordNo) {
  EXPECT_EQ(repaired("وال أصوات"), "ولا أصوات");
  EXPECT_EQ(repaired("فال بد"), "فلا بد");
  EXPECT_EQ(repaired("الوال"), "الوال");  // a word of its own, not a prefix and "ال"
}

// The lines of `texts`, numbered from 1.
std::vector<SourceLine> linesOf(std::initializer_list<const char*> texts) {
  std::vector<SourceLine> lines;
  for (const char* text : texts) {
    lines.emplace_back();
    lines.back().text = text;
    lines.back().number = static_cast<int>(lines.size());
  }
  return lines;
}

// Extractions turn round the lam-alef pairs, the brackets, or both: each is
// put back only where the text shows it turned round. Brackets mirrored on
// every line but one pair left as printed would lose every speaker's label.
TEST(VisualOrder, PairsAndBracketsAreToldApart) {
  auto pairsOnly = linesOf({"الرئيس (تكلم باإلنكليزية): يبدأ مجلس األمن اآلن نظره.",
                            "السيد بن عمار (الجزائر): صوتت الجزائر.", "أقر جدول األعمال."});
  Audit audit;
  repairVisualOrder(pairsOnly, profiles::kArabic, audit);
  EXPECT_EQ(pairsOnly[0].text, "الرئيس (تكلم بالإنكليزية): يبدأ مجلس الأمن الآن نظره.");
  EXPECT_EQ(pairsOnly[1].text, "السيد بن عمار (الجزائر): صوتت الجزائر.");

  auto bracketsOnly = linesOf({"الرئيس )تكلم بالإنكليزية(: يبدأ مجلس الأمن الآن نظره.",
                               "السيد بن عمار )الجزائر(: صوتت الجزائر."});
  Audit other;
  repairVisualOrder(bracketsOnly, profiles::kArabic, other);
  EXPECT_EQ(bracketsOnly[0].text, "الرئيس (تكلم بالإنكليزية): يبدأ مجلس الأمن الآن نظره.");
  EXPECT_EQ(bracketsOnly[1].text, "السيد بن عمار (الجزائر): صوتت الجزائر.");
}

// "خالل" may be "خلال" turned round or a word as written: kept, and the
// record says how many such words it has, once. A word the vocabulary knows
// ("السلام") is put back.
TEST(VisualOrder, WordsWithAPairInsideThatNoVocabularyKnowsAreReported) {
  auto lines = linesOf(
      {"الرئيس )تكلم باإلنكليزية(: خالل األسبوع.", "أقر جدول األعمال.", "االتحاد الروسي والسالم."});
  Audit audit;
  repairVisualOrder(lines, profiles::kArabic, audit);
  EXPECT_EQ(lines[0].text, "الرئيس (تكلم بالإنكليزية): خالل الأسبوع.");
  ASSERT_EQ(audit.warnings().size(), 1u);
  EXPECT_EQ(audit.warnings()[0].line, 1);
  EXPECT_NE(audit.warnings()[0].message.find("خالل"), std::string::npos);
  EXPECT_EQ(lines[2].text, "الاتحاد الروسي والسلام.");  // a word the vocabulary knows
  EXPECT_NE(audit.warnings()[0].message.find("1 word(s)"), std::string::npos)
      << audit.warnings()[0].message;
  // The report names each such word at its line, where an editor can find it.
  int named = 0;
  for (const auto& entry : audit.entries())
    if (entry.kind == "lam-alef-unsure") {
      EXPECT_EQ(entry.firstLine, 1);
      EXPECT_NE(entry.detail.find("خالل"), std::string::npos) << entry.detail;
      ++named;
    }
  EXPECT_EQ(named, 1);
}

TEST(VisualOrder, LogicalTextIsNotTakenForVisual) {
  std::vector<SourceLine> logical(3), visual(3);
  const char* logicalLines[] = {"الرئيس (تكلم بالإنكليزية): أشكر الأمين العام.",
                                "أقر جدول الأعمال.", "الاتحاد الروسي والأعضاء الآخرون"};
  const char* visualLines[] = {"الرئيس )تكلم باإلنكليزية(: أشكر األمين العام.", "أقر جدول األعمال.",
                               "االتحاد الروسي واألعضاء اآلخرون"};
  for (int i = 0; i < 3; ++i) {
    logical[i].text = logicalLines[i];
    visual[i].text = visualLines[i];
  }
  const VisualOrderRepair repair(profiles::kArabic);
  EXPECT_FALSE(repair.measure(logical).isVisual());
  EXPECT_TRUE(repair.measure(visual).isVisual());
}

// A text in logical order whose extraction gave only the article's ligature
// alef first ("األمم", "باإلنكليزية", while "اللاجئين" and "لإغاثة" are as
// written): not visual text, but its sure signs are repaired all the same,
// each in the audit; the pairs as written and the brackets are left alone.
TEST(VisualOrder, SureSignsAreRepairedInLogicalTextToo) {
  auto lines = linesOf({"الرئيسة (تكلمت باإلنكليزية): تستأنف الجمعية العامة مناقشتها.",
                        "وكالة األمم المتحدة لإغاثة وتشغيل اللاجئين في الشرق الأدنى.",
                        "لا تزال الحالة خطيرة.", "ال بد من ذلك."});
  const VisualOrderRepair repair(profiles::kArabic);
  ASSERT_FALSE(repair.measure(lines).isVisual());
  Audit audit;
  repairVisualOrder(lines, profiles::kArabic, audit);
  EXPECT_EQ(lines[0].text, "الرئيسة (تكلمت بالإنكليزية): تستأنف الجمعية العامة مناقشتها.");
  EXPECT_EQ(lines[1].text, "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين في الشرق الأدنى.");
  EXPECT_EQ(lines[2].text, "لا تزال الحالة خطيرة.");
  EXPECT_EQ(lines[3].text, "لا بد من ذلك.");
  int repairs = 0;
  for (const auto& entry : audit.entries())
    if (entry.kind == "lam-alef" && entry.action == AuditAction::Repaired) ++repairs;
  EXPECT_EQ(repairs, 3);
}

TEST(VisualOrder, TheAuditKeepsEachRepairedLine) {
  std::vector<SourceLine> lines(4);
  const char* texts[] = {"األعضاء:", "الرئيس )تكلم باإلنكليزية(:", "أقر جدول األعمال.", "26-04211"};
  for (int i = 0; i < 4; ++i) lines[i].text = texts[i], lines[i].number = i + 1;
  Audit audit;
  repairVisualOrder(lines, profiles::kArabic, audit);
  EXPECT_EQ(lines[0].text, "الأعضاء:");
  EXPECT_EQ(lines[1].text, "الرئيس (تكلم بالإنكليزية):");
  EXPECT_EQ(lines[3].text, "26-04211");
  int repairs = 0;
  for (const auto& entry : audit.entries())
    if (entry.kind == "visual-order" && entry.action == AuditAction::Repaired) {
      EXPECT_EQ(entry.text, texts[entry.firstLine - 1]);
      ++repairs;
    }
  EXPECT_EQ(repairs, 3);
  // French text is never touched, even when it holds Arabic words.
  std::vector<SourceLine> french(1);
  french[0].text = "Le mot األعضاء )cité(";
  Audit none;
  repairVisualOrder(french, profiles::kFrench, none);
  EXPECT_EQ(french[0].text, "Le mot األعضاء )cité(");
}

// Lines an extraction gave as the page shows them, left to right: put back,
// numbers, symbols and brackets as printed.
TEST(VisualOrder, LinesShownFromLeftToRightArePutInLogicalOrder) {
  EXPECT_EQ(logicalOrderOf(".(2026) 2820 رارقلا"), "القرار 2820 (2026).");
  EXPECT_EQ(logicalOrderOf("نآلا ةملكلا يطعأ :(ةيزيلكنإلاب ملكت) سيئرلا"),
            "الرئيس (تكلم بالإنكليزية): أعطي الكلمة الآن");
  EXPECT_EQ(logicalOrderOf(".(A/79/PV.55 رظنا) S/2026/123 ةقيثولا"),
            "الوثيقة S/2026/123 (انظر A/79/PV.55).");
  EXPECT_EQ(logicalOrderOf(".10/05 ةعاسلا ةسلجلا تحتتفا"), "افتتحت الجلسة الساعة 10/05.");
  EXPECT_EQ(logicalOrderOf("ركّذأ"), "أذكّر");  // the shadda stays on its letter
}

TEST(VisualOrder, OnlyARecordOfLinesTurnedRoundIsTurnedBack) {
  const char* shown[] = {"نآلا ةملكلا يطعأ :(ةيزيلكنإلاب ملكت) سيئرلا", ".لامعألا لودج رقأ",
                         ".ماعلا نيمألا ركشأ :(نيصلا) غناو ديسلا",      "24-12345 (A)",
                         ".ةدحتملا ممألا يف ءاضعألا لودلاو نمألا سلجم", ".A/79/L.28"};
  std::vector<SourceLine> lines(6);
  for (int i = 0; i < 6; ++i) lines[i].text = shown[i], lines[i].number = i + 1;
  const VisualOrderRepair repair(profiles::kArabic);
  EXPECT_TRUE(repair.measure(lines).linesReversed());
  Audit audit;
  repairVisualOrder(lines, profiles::kArabic, audit);
  EXPECT_EQ(lines[0].text, "الرئيس (تكلم بالإنكليزية): أعطي الكلمة الآن");
  EXPECT_EQ(lines[1].text, "أقر جدول الأعمال.");
  EXPECT_EQ(lines[3].text, "24-12345 (A)");  // no right-to-left letter: as it is
  EXPECT_EQ(lines[5].text, "A/79/L.28.");    // but a sentence's end is shown at its left
  EXPECT_FALSE(repair.measure(lines).linesReversed());
  // Logical text again is left alone.
  Audit none;
  const std::vector<SourceLine> before = lines;
  repairVisualOrder(lines, profiles::kArabic, none);
  for (int i = 0; i < 6; ++i) EXPECT_EQ(lines[i].text, before[i].text);
  EXPECT_TRUE(none.entries().empty());
}

// Lines turned round among lines in logical order (a label, a vote's label
// alone with its colon shown at its left) are each told by their own words,
// turned back, and said in a warning; the lines in logical order are left
// as they are.
TEST(VisualOrder, SomeLinesTurnedRoundAmongLogicalOnesAreTurnedBack) {
  const char* shown[] = {"أعطي الكلمة الآن لممثل الصين.",
                         "ماعلا نيمألا ركشأ :(نيصلا) غناو ديسلا",
                         "أقر جدول الأعمال.",
                         ":نوديؤملا",
                         "الاتحاد الروسي، الصين، فرنسا",
                         "مجلس الأمن يجتمع اليوم."};
  std::vector<SourceLine> lines(6);
  for (int i = 0; i < 6; ++i) lines[i].text = shown[i], lines[i].number = i + 1;
  Audit audit;
  repairVisualOrder(lines, profiles::kArabic, audit);
  EXPECT_EQ(lines[1].text, "السيد وانغ (الصين): أشكر الأمين العام");
  EXPECT_EQ(lines[3].text, "المؤيدون:");
  for (int i : {0, 2, 4, 5}) EXPECT_EQ(lines[i].text, shown[i]) << i;
  ASSERT_EQ(audit.warnings().size(), 1u);
  EXPECT_NE(audit.warnings()[0].message.find("2 line(s)"), std::string::npos);
}

// pdftotext's right-to-left lines, as poppler writes them: RLE … PDF around
// the line, LRE … PDF around each stretch that is no right-to-left text, in
// the page's order, the punctuation beside it included.
std::string popplerLine(std::string_view shown) {
  // "<" opens a left-to-right stretch, ">" closes it; the line is right to left.
  std::string line = "\u202B";
  for (char c : shown) {
    if (c == '<')
      line += "\u202A";
    else if (c == '>')
      line += "\u202C";
    else
      line += c;
  }
  return line + "\u202C";
}

TEST(BidiControls, StretchesThePageShowsAreReadInTheLinesOrder) {
  const std::pair<const char*, const char*> cases[] = {
      {"افتتحت الجلسة الساعة <.10/10>", "افتتحت الجلسة الساعة 10/10."},
      {"البند < 36>من جدول الأعمال (تابع)", "البند 36 من جدول الأعمال (تابع)"},
      {"تقرير الأمين العام (<)A/70/354>", "تقرير الأمين العام (A/70/354)"},
      {"مشروعا القرارين (< A/70/L.20>و <)A/70/L.21>", "مشروعا القرارين (A/70/L.20 و A/70/L.21)"},
      {"الرئيس (تكلم بالإنكليزية)< :>أعطي الكلمة", "الرئيس (تكلم بالإنكليزية): أعطي الكلمة"},
      {"لقرار مجلس الأمن < ،)1981( 497>ويطالبها", "لقرار مجلس الأمن 497 (1981)، ويطالبها"},
      {"الخميس< 3 ،>كانون الأول</>ديسمبر < ،2015>الساعة <10/00>",
       "الخميس، 3 كانون الأول/ديسمبر 2015، الساعة 10/00"},
      {"<A/70/PV.67>", "A/70/PV.67"},
  };
  for (const auto& [shown, read] : cases) {
    const BidiResolved resolved = resolveBidiControls(popplerLine(shown));
    EXPECT_EQ(resolved.text, read) << shown;
    EXPECT_FALSE(resolved.controls.empty());
  }
  // A line with no formatting character is left as it is.
  EXPECT_EQ(resolveBidiControls("Mr. Smith (France): 10/10.").text, "Mr. Smith (France): 10/10.");
}

// A record as pdftotext gives it: its labels, times and documents read, the
// formatting characters recorded as taken out.
TEST(BidiControls, ARecordWithPopplersFormattingCharactersIsRead) {
  const std::string text = popplerLine("افتتحت الجلسة الساعة <.10/10>") + "\n" +
                           popplerLine("البند < 36>من جدول الأعمال (تابع)") + "\n" +
                           popplerLine("الحالة في الشرق الأوسط") + "\n" +
                           popplerLine("الرئيس (تكلم بالإنكليزية)< :>أعطي الكلمة الآن لممثل مصر") +
                           "\n" + popplerLine("ليعرض مشروع القرار <.A/70/L.20>") + "\n" +
                           popplerLine("السيد أبو العطا (مصر)< :>يشرفني أن أعرض مشروع القرار<.>") +
                           "\n\f";
  RawOptions options;
  options.meta.language = "ar";
  options.meta.symbol = "A/70/PV.67";
  options.meta.date = "2015-12-03";
  auto read = readRawRecord(text, "record.txt", options);
  ASSERT_TRUE(read.ok()) << describe(read.error());
  const Meeting& meeting = read.value().meeting;
  std::vector<std::string> speakers;
  for (const auto& section : meeting.sections)
    for (const auto& block : section.blocks)
      if (block.kind == BlockKind::Speech) speakers.push_back(block.speech.by);
  EXPECT_EQ(speakers.size(), 2u);
  std::string body;
  for (const auto& section : meeting.sections)
    for (const auto& block : section.blocks) {
      if (block.kind == BlockKind::Heading) body += plainText(block.heading.text.content) + "|";
      if (block.kind == BlockKind::Speech)
        for (const auto& item : block.speech.items) body += plainText(item.paragraph.content) + "|";
    }
  EXPECT_NE(body.find("البند 36 من جدول الأعمال (تابع)|"), std::string::npos) << body;
  EXPECT_NE(body.find("ليعرض مشروع القرار A/70/L.20."), std::string::npos) << body;
  EXPECT_EQ(body.find("\u202B"), std::string::npos);
  int removed = 0;
  for (const auto& entry : read.value().audit.entries()) removed += entry.kind == "bidi-control";
  EXPECT_EQ(removed, 6);
}

// pdftotext sets a vowel mark before its letter and takes the gap it leaves
// for a space: the words come back whole, their marks after their letters.
std::string marksPlaced(std::string_view line) {
  int repairs = 0;
  return placeMarksAfterTheirLetters(line, profiles::kArabic, repairs);
}

TEST(DisplacedMarks, AMarkBeforeItsLetterAndTheGapItLeftArePutBack) {
  EXPECT_EQ(marksPlaced("افُت تحت الجلسة"), "افتُتحت الجلسة");
  EXPECT_EQ(marksPlaced("ُأ جري تصويت مسجل."), "أُجري تصويت مسجل.");
  EXPECT_EQ(marksPlaced("وأود أن أذّك ر الأعضاء"), "وأود أن أذكّر الأعضاء");
  // Two marks on one letter, and a fragment that begins with a mark.
  EXPECT_EQ(marksPlaced("ُت قَّد م"), "تُقدَّم");
  EXPECT_EQ(marksPlaced("ُع ّلقت الجلسة"), "عُلّقت الجلسة");
}

TEST(DisplacedMarks, MarksThatCannotBeToldFromTheRightSpellingStay) {
  // Inside a word, a mark before a letter is the previous letter's.
  EXPECT_EQ(marksPlaced("افتُتحت الجلسة"), "افتُتحت الجلسة");
  EXPECT_EQ(marksPlaced("أُجري تصويت"), "أُجري تصويت");
  // A tanwin ends its word: the space after it is a space.
  EXPECT_EQ(marksPlaced("ًا أيض"), "اً أيض");
  // A mark before no letter.
  EXPECT_EQ(marksPlaced("(بالإسبانية)ُ :"), "(بالإسبانية)ُ :");
}

// The house formulas carry marks: put back, the opening, the recorded vote
// and the closing are read; the repairs are audited. A record that shows no
// mark beginning a word is left as it is.
TEST(DisplacedMarks, TheFormulasOfAnExtractionAreReadAndTheRepairsAudited) {
  const std::string extracted =
      "افُت تحت الجلسة الساعة 10/05.\n"
      "الرئيس (تكلم بالإنكليزية): ُي عرض على الجمعية مشروع القرار.\n"
      "ُأ جري تصويت مسجل.\n"
      "ُر فعت الجلسة الساعة 13/10.\n";
  const RawReading reading = testing::readIn("ar", extracted);
  std::vector<NarrativeKind> kinds;
  for (const auto* block : testing::blocksOf(reading.meeting, BlockKind::Narrative))
    kinds.push_back(block->narrative.kind);
  EXPECT_EQ(kinds, (std::vector<NarrativeKind>{NarrativeKind::Opening, NarrativeKind::VoteTaken,
                                               NarrativeKind::Closing}));
  int repairs = 0;
  for (const auto& entry : reading.audit.entries()) repairs += entry.kind == "displaced-mark";
  EXPECT_EQ(repairs, 4);
  // Spelt right, with one slip: nothing moves.
  const RawReading right = testing::readIn(
      "ar", "افتُتحت الجلسة الساعة 10/05.\nالرئيس: ُيعرض على الجمعية أن تكتُب قرارا.\n");
  for (const auto& entry : right.audit.entries()) EXPECT_NE(entry.kind, "displaced-mark");
}

}  // namespace
}  // namespace verbatim
