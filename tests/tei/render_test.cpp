// What the TEI of a record says: the Chinese record (the golden AKN file),
// the synthetic records of tests/tei/data, and a meeting made up in code for
// the cases no record has. Every rendering here passed the in-process gate
// (the project's RELAX NG and the link check), or writeTei would have failed.
#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include "support/support.hpp"
#include "tei_test_support.hpp"

namespace verbatim {
namespace {

using tei_testing::parse;
using tei_testing::textOf;

struct Rendered {
  Meeting meeting;
  TeiEdition edition;
  pugi::xml_document record, corpus;
};

std::unique_ptr<Rendered> renderFile(const std::filesystem::path& path) {
  auto rendered = std::make_unique<Rendered>();
  rendered->meeting = tei_testing::readAknFile(path);
  rendered->edition = tei_testing::render(rendered->meeting);
  rendered->record = parse(rendered->edition.record);
  rendered->corpus = parse(rendered->edition.corpus);
  return rendered;
}

const Rendered& chinese() {
  static const auto rendered =
      renderFile(testing::sourceDir() / "fixtures/zh/expected/S_PV.9381.zh.akn.xml");
  return *rendered;
}

const Rendered& english() {
  static const auto rendered =
      renderFile(testing::sourceDir() / "tests/tei/data/S_PV.99917.en.akn.xml");
  return *rendered;
}

std::vector<std::string> values(const pugi::xml_document& document, const char* xpath) {
  std::vector<std::string> out;
  for (auto node : document.select_nodes(xpath)) {
    if (node.attribute())
      out.push_back(node.attribute().value());
    else
      out.push_back(textOf(node.node()));
  }
  return out;
}

std::size_t count(const pugi::xml_document& document, const char* xpath) {
  return document.select_nodes(xpath).size();
}

TEST(TeiChineseRecord, IdentityAndSource) {
  const auto& r = chinese();
  auto tei = r.record.child("TEI");
  EXPECT_STREQ(tei.attribute("xml:id").value(), "UNSC_S-PV.9381-zh");
  EXPECT_STREQ(tei.attribute("xml:lang").value(), "zh");
  EXPECT_EQ(values(r.record, "//sourceDesc/bibl/idno"),
            std::vector<std::string>{"https://undocs.org/zh/S/PV.9381"});
  EXPECT_EQ(values(r.record, "//titleStmt/meeting/@n"), (std::vector<std::string>{"9381", "2023"}));
  EXPECT_EQ(values(r.record, "//settingDesc/setting/date/@when"),
            std::vector<std::string>{"2023-07-18"});
  EXPECT_EQ(values(r.record, "//licence"),
            std::vector<std::string>{"http://creativecommons.org/licenses/by/4.0/"});
  EXPECT_EQ(values(r.corpus, "/teiCorpus/*[name()='xi:include']/@href"),
            std::vector<std::string>{"S_PV.9381.zh.tei.xml"});
}

TEST(TeiChineseRecord, TheReadingOfTheRecord) {
  const auto& r = chinese();
  // fixtures/README.md: 3 headings, 3 procedural lines, 25 turns, 6 language
  // switches, 203 paragraphs, pages 2 to 20.
  EXPECT_EQ(count(r.record, "//body//head"), 3u);
  EXPECT_EQ(count(r.record, "//note[@type='time' or @type='comment'] | //incident"), 3u);
  EXPECT_EQ(count(r.record, "//note[@type='speaker']"), 25u);
  EXPECT_EQ(count(r.record, "//note[@type='language']"), 6u);
  EXPECT_EQ(count(r.record, "//seg"), 203u);
  std::vector<std::string> pages;
  for (int n = 2; n <= 20; ++n) pages.push_back(std::to_string(n));
  EXPECT_EQ(values(r.record, "//pb/@n"), pages);
  EXPECT_EQ(count(r.record, "//pb"), 19u);  // every pb numbered
  // The first page begins before any text.
  EXPECT_STREQ(r.record.select_node("//body/div[1]/*[1]").node().name(), "pb");
  EXPECT_EQ(values(r.record, "//note[@type='time']/time/@when"),
            (std::vector<std::string>{"2023-07-18T10:05:00", "2023-07-18T12:15:00"}));
}

TEST(TeiChineseRecord, SpeakersAreThePeopleAndTitlesOfTheRecord) {
  const auto& r = chinese();
  // Every person of the record, by the name it prints, and no forename anywhere.
  std::set<std::string> printed;
  for (auto& person : r.meeting.people) printed.insert(person.name);
  std::set<std::string> terms;
  for (auto& term : values(r.corpus, "//person/persName/term")) terms.insert(term);
  for (auto& name : printed) EXPECT_TRUE(terms.count(name)) << name;
  EXPECT_EQ(count(r.corpus, "//forename | //surname"), 0u);
  // The chair, not named, is the holder of the title for the presidency.
  auto president = r.corpus.select_node("//person[@xml:id='president.gbr']").node();
  ASSERT_TRUE(president);
  EXPECT_EQ(textOf(president.child("persName")), "主席");
  EXPECT_STREQ(
      president.find_child_by_attribute("affiliation", "role", "head").attribute("ref").value(),
      "#unsc");
  EXPECT_STREQ(president.find_child_by_attribute("affiliation", "role", "representative")
                   .attribute("ref")
                   .value(),
               "#gbr");
  // Types and original languages.
  // 8 turns of the President, one of them split around its national statement.
  EXPECT_EQ(count(r.record, "//u[contains(@ana, '#chair')]"), 9u);
  EXPECT_EQ(count(r.record, "//u[@who='#张军' and @ana='#regular #orig.zh']"), 1u);
  EXPECT_EQ(count(r.record, "//u[@who='#波利扬斯基' and @ana='#regular #orig.ru']"), 1u);
  EXPECT_EQ(count(r.record, "//u[@who='#佩雷斯·卢塞' and @ana='#regular #orig.es']"), 1u);
  EXPECT_EQ(count(r.record, "//u[@who='#克拉克' and @ana='#guest #orig.en']"), 1u);
  for (auto id : {"orig.zh", "orig.en", "orig.fr", "orig.es", "orig.ru", "chair", "regular",
                  "guest", "parla.meeting", "parla.session", "verbatimRecords"})
    EXPECT_EQ(count(r.corpus, ("//category[@xml:id='" + std::string(id) + "']").c_str()), 1u) << id;
  EXPECT_EQ(values(r.corpus, "//langUsage/language[@xml:lang='en']/@ident"),
            (std::vector<std::string>{"zh", "en", "fr", "es", "ru"}));
}

TEST(TeiChineseRecord, TheChairSpeakingForItsStateIsAnUtteranceOfItsOwn) {
  const auto& r = chinese();
  auto national = r.record.select_nodes("//u[@who='#president.gbr' and @ana='#regular #orig.en']");
  ASSERT_EQ(national.size(), 1u);
  auto u = national.first().node();
  EXPECT_EQ(std::distance(u.children("seg").begin(), u.children("seg").end()), 9);
  // Linked to the parts of the turn before and after it.
  const std::string id = u.attribute("xml:id").value();
  auto before = r.record.select_node(("//u[@next='#" + id + "']").c_str()).node();
  auto after = r.record.select_node(("//u[@prev='#" + id + "']").c_str()).node();
  ASSERT_TRUE(before && after);
  EXPECT_STREQ(before.attribute("ana").value(), "#chair #orig.en");
  EXPECT_STREQ(after.attribute("ana").value(), "#chair #orig.en");
  EXPECT_EQ(textOf(after.child("seg")), "我现在恢复履行安理会主席的职责。");
}

TEST(TeiChineseRecord, ALanguageSwitchSplitsTheSpeech) {
  const auto& r = chinese();
  // The Secretary-General, whom the chair named giving the floor: English,
  // then French, then English again.
  std::vector<std::string> anas;
  for (auto u : r.record.select_nodes("//u[@who='#安东尼奥·古特雷斯']"))
    anas.push_back(u.node().attribute("ana").value());
  EXPECT_EQ(anas,
            (std::vector<std::string>{"#guest #orig.en", "#guest #orig.fr", "#guest #orig.en"}));
  auto note =
      r.record.select_node("//u[@who='#安东尼奥·古特雷斯'][1]/following-sibling::*[1]").node();
  EXPECT_STREQ(note.attribute("type").value(), "language");
  EXPECT_EQ(textOf(note), "（以法语发言）");
}

TEST(TeiChineseRecord, TagsDeclCountsTheElementsThereAre) {
  const auto& r = chinese();
  auto text = r.record.child("TEI").child("text");
  for (auto usage : r.record.select_nodes("//tagsDecl/namespace/tagUsage")) {
    const std::string gi = usage.node().attribute("gi").value();
    const std::size_t actual =
        text.select_nodes((".//" + gi).c_str()).size() + (gi == "text" ? 1 : 0);
    EXPECT_EQ(std::to_string(actual), usage.node().attribute("occurs").value()) << gi;
  }
  EXPECT_EQ(values(r.record, "//extent/measure/@quantity"),
            std::vector<std::string>{std::to_string(count(r.record, "//u"))});
}

TEST(TeiChineseRecord, HeaderStringsHaveNoStraySpace) {
  // ParlaMint: header strings are one line with no space at either end.
  for (const auto* document : {&chinese().record, &chinese().corpus})
    for (auto node : document->select_nodes(
             "//teiHeader//*[not(*)][name()!='tagUsage'] | //persName/term | //catDesc/term")) {
      const std::string text = textOf(node.node());
      if (text.empty()) continue;
      EXPECT_EQ(text.find_first_of("\n\t"), std::string::npos) << node.node().name();
      EXPECT_NE(text.front(), ' ') << node.node().name();
      EXPECT_NE(text.back(), ' ') << node.node().name();
    }
}

TEST(TeiRendering, TheSameMeetingGivesTheSameBytes) {
  const Meeting meeting =
      tei_testing::readAknFile(testing::sourceDir() / "fixtures/zh/expected/S_PV.9381.zh.akn.xml");
  auto first = tei_testing::render(meeting), second = tei_testing::render(meeting);
  EXPECT_EQ(first.record, second.record);
  EXPECT_EQ(first.corpus, second.corpus);
}

// A page that ended inside a word breaks no word: its pb says so.
TEST(TeiRendering, APageEndingInsideAWordBreaksNoWord) {
  Meeting meeting =
      tei_testing::readAknFile(testing::sourceDir() / "fixtures/zh/expected/S_PV.9381.zh.akn.xml");
  bool changed = false;
  for (auto& block : meeting.sections[2].blocks)
    for (auto& item : block.speech.items) {
      auto& content = item.paragraph.content;
      for (std::size_t i = 1; !changed && i + 1 < content.size(); ++i)
        if (content[i].kind == InlineKind::PageEnd && content[i - 1].kind == InlineKind::Text &&
            content[i + 1].kind == InlineKind::Text) {
          content[i - 1].text = "систему разде";
          content[i + 1].text = "ления полномочий.";
          changed = true;
        }
    }
  ASSERT_TRUE(changed);
  const auto rendered = tei_testing::render(meeting);
  const auto record = parse(rendered.record);
  ASSERT_EQ(count(record, "//pb[@break='no']"), 1u);
  EXPECT_EQ(textOf(record.select_node("//pb[@break='no']/..").node()),
            "систему разделения полномочий.");
  const auto plain = parse(
      tei_testing::render(tei_testing::readAknFile(testing::sourceDir() /
                                                   "fixtures/zh/expected/S_PV.9381.zh.akn.xml"))
          .record);
  EXPECT_EQ(count(plain, "//pb[@break]"), 0u);  // Chinese pages end between characters
}

TEST(TeiRendering, ThePublicationDateIsTheOneGiven) {
  const Meeting meeting =
      tei_testing::readAknFile(testing::sourceDir() / "tests/tei/data/S_PV.99917.en.akn.xml");
  TeiOptions options;
  options.date = "2100-01-02";
  auto edition = writeTei(meeting, options);
  ASSERT_TRUE(edition.ok());
  auto record = parse(edition.value().record);
  EXPECT_EQ(values(record, "//publicationStmt/date/@when"), std::vector<std::string>{"2100-01-02"});
  // Without one, the meeting date: the same AKN, the same bytes.
  EXPECT_EQ(values(english().record, "//publicationStmt/date/@when"),
            std::vector<std::string>{"2099-03-04"});
}

TEST(TeiEnglishRecord, VotesListTheirStatesAndCounts) {
  const auto& r = english();
  auto ayes = r.record.select_node("//note[@type='vote-ayes']").node();
  EXPECT_STREQ(ayes.attribute("n").value(), "3");
  EXPECT_STREQ(ayes.attribute("corresp").value(), "#bra #gha #nor");
  EXPECT_EQ(textOf(ayes), "In favour: Brazil, Ghana, Norway");
  auto noes = r.record.select_node("//note[@type='vote-noes']").node();
  EXPECT_STREQ(noes.attribute("n").value(), "0");
  EXPECT_FALSE(noes.attribute("corresp"));
  EXPECT_EQ(textOf(noes), "Against: None");
  EXPECT_EQ(values(r.record, "//incident[@type='action']/desc"),
            std::vector<std::string>{"A vote was taken by show of hands."});
  EXPECT_EQ(values(r.record, "//note[@type='time']/time/@when"),
            (std::vector<std::string>{"2099-03-04T10:05:00", "2099-03-04T11:10:00",
                                      "2099-03-04T11:40:00", "2099-03-04T12:20:00"}));
}

// A language is named once in each language: in an English record the
// record's name for French is the English one, not a second entry.
TEST(TeiEnglishRecord, EachLanguageIsNamedOnceInEachLanguage) {
  for (const auto* r : {&english(), &chinese()}) {
    std::set<std::string> seen;
    for (auto node : r->corpus.select_nodes("//langUsage/language")) {
      const std::string key = std::string(node.node().attribute("ident").value()) + "|" +
                              node.node().attribute("xml:lang").value();
      EXPECT_TRUE(seen.insert(key).second) << key;
    }
    for (auto category :
         r->corpus.select_nodes("//taxonomy[@xml:id='original_language']/category")) {
      std::set<std::string> descs;
      for (auto desc : category.node().children("catDesc"))
        EXPECT_TRUE(
            descs.insert(std::string(desc.attribute("xml:lang").value()) + "|" + textOf(desc))
                .second)
            << category.node().attribute("xml:id").value();
    }
  }
  EXPECT_FALSE(values(english().corpus, "//langUsage/language[@ident='fr']").empty());
  // The record's own language, which no note of it names, in itself too.
  EXPECT_EQ(values(chinese().corpus, "//langUsage/language[@ident='zh' and @xml:lang='zh']"),
            (std::vector<std::string>{"中文"}));
}

TEST(TeiEnglishRecord, AContinuationGoesOnFromItsTurnWithoutARepeatedLabel) {
  const auto& r = english();
  auto moreau = r.record.select_nodes("//u[@who='#moreau']");
  ASSERT_EQ(moreau.size(), 2u);
  auto first = moreau[0].node(), second = moreau[1].node();
  EXPECT_EQ("#" + std::string(second.attribute("xml:id").value()), first.attribute("next").value());
  EXPECT_EQ("#" + std::string(first.attribute("xml:id").value()), second.attribute("prev").value());
  // Between them, the change of chair; no speaker note before the second part.
  auto between = first.select_node("following-sibling::*[1]").node();
  EXPECT_STREQ(between.attribute("type").value(), "comment");
  EXPECT_EQ(between.select_node("following-sibling::*[1]").node(), second);
  EXPECT_EQ(count(r.record, "//note[@type='speaker'][contains(., 'Moreau')]"), 1u);
}

TEST(TeiEnglishRecord, PagesWithoutPrintedNumbers) {
  const auto& r = english();
  // Page ends: 2, unnumbered, 4; text follows the last one.
  std::vector<std::string> pages;
  for (auto pb : r.record.select_nodes("//pb")) pages.push_back(pb.node().attribute("n").value());
  EXPECT_EQ(pages, (std::vector<std::string>{"2", "", "4", ""}));
}

TEST(TeiEnglishRecord, WhoSpeaksForWhom) {
  const auto& r = english();
  auto silva = r.corpus.select_node("//person[@xml:id='silva']").node();
  EXPECT_STREQ(silva.child("affiliation").attribute("role").value(), "representative");
  EXPECT_STREQ(silva.child("affiliation").attribute("ref").value(), "#bra");
  EXPECT_EQ(textOf(silva.child("affiliation").child("roleName")), "representative");
  EXPECT_EQ(count(r.record, "//u[@who='#okonkwo' and @ana='#guest #orig.en']"), 1u);
  EXPECT_EQ(count(r.record, "//u[@who='#silva' and @ana='#regular #orig.es']"), 1u);
  EXPECT_STREQ(r.corpus.select_node("//org[@xml:id='unsc']").node().attribute("role").value(),
               "parliament");
  EXPECT_STREQ(
      r.corpus.select_node("//org[@xml:id='unSecretariat']").node().attribute("role").value(),
      "internationalOrganisation");
  EXPECT_EQ(values(r.record, "//settingDesc/setting/name[@type='city']"),
            std::vector<std::string>{"New York"});
  // "Mr. Asante (Ghana), Vice-President, took the Chair.": the line names
  // the State of the one who takes the chair.
  EXPECT_EQ(count(r.corpus,
                  "//person[@xml:id='asante']/affiliation[@role='representative' and "
                  "@ref='#gha']"),
            1u);
}

// The Council's cover lists its members: a State's representative who is
// none of them was invited to its table (rule 37) and speaks as its guest
// (round AW: the Sudan had been "#regular").
TEST(TeiEnglishRecord, AStateNotOnTheCouncilSpeaksAsItsGuest) {
  Meeting meeting =
      tei_testing::readAknFile(testing::sourceDir() / "tests/tei/data/S_PV.99917.en.akn.xml");
  ASSERT_EQ(meeting.meta.body, "SC");
  meeting.meta.members = {{"fra", ""}, {"rus", ""}, {"gha", ""}};  // not Brazil
  const auto record = parse(tei_testing::render(meeting).record);
  EXPECT_EQ(count(record, "//u[@who='#silva' and @ana='#guest #orig.es']"), 1u);
  EXPECT_GT(count(record, "//u[@who='#moreau']"), 0u);
  EXPECT_EQ(count(record, "//u[@who='#moreau' and starts-with(@ana, '#regular')]"),
            count(record, "//u[@who='#moreau']"));
}

TEST(TeiArabicRecord, AGeneralAssemblyRecordInArabic) {
  const auto r = renderFile(testing::sourceDir() / "tests/tei/data/A_99_PV.77.ar.akn.xml");
  EXPECT_STREQ(r->record.child("TEI").attribute("xml:id").value(), "UNGA_A-99-PV.77-ar");
  EXPECT_STREQ(r->record.child("TEI").attribute("xml:lang").value(), "ar");
  // The General Assembly counts sessions in its symbols.
  EXPECT_EQ(values(r->record, "//titleStmt/meeting/@n"), (std::vector<std::string>{"77", "99"}));
  EXPECT_EQ(values(r->record, "//titleStmt/meeting[@ana='#parla.session']"),
            std::vector<std::string>{"99th session"});
  // Its own meetings are plenary meetings, as its records are titled.
  EXPECT_EQ(values(r->record, "//titleStmt/meeting[@ana='#parla.meeting']"),
            std::vector<std::string>{"77th plenary meeting"});
  EXPECT_NE(values(r->record, "//titleStmt/title[@type='main']")[0].find(
                "General Assembly, 77th plenary meeting,"),
            std::string::npos);
  // Its President presides and represents no State.
  auto president = r->corpus.select_node("//person[@xml:id='president.unga']").node();
  ASSERT_TRUE(president);
  EXPECT_EQ(textOf(president.child("persName")), "الرئيس");
  EXPECT_EQ(std::distance(president.children("affiliation").begin(),
                          president.children("affiliation").end()),
            1);
  EXPECT_STREQ(president.child("affiliation").attribute("role").value(), "head");
  // The vote list as printed, with the Arabic comma.
  EXPECT_EQ(values(r->record, "//note[@type='vote-ayes']"),
            std::vector<std::string>{"المؤيدون: الأردن، البرازيل، كينيا"});
  // A switch to Arabic: the rest of the speech was delivered in the version's language.
  EXPECT_EQ(values(r->record, "//u[@who='#تاناكا']/@ana"),
            (std::vector<std::string>{"#regular #orig.en", "#regular #orig.ar"}));
  // The last page ends where the text ends: no page begins there.
  EXPECT_EQ(values(r->record, "//pb/@n"), (std::vector<std::string>{"2", "3"}));
  EXPECT_EQ(count(r->record, "//pb"), 2u);
}

// An emergency special session is named by its symbol ("A/ES-11/PV.5"): its
// number is "ES-11", its name the session's kind; a special session's too,
// and a Main Committee's session ("A/C.1/80/PV.20": 80, not the year).
TEST(TeiSessions, AnEmergencySpecialSessionIsNamedByItsSymbol) {
  for (const auto& [symbol, n, name] :
       {std::tuple<std::string, std::string, std::string>{"A/ES-11/PV.5", "ES-11",
                                                          "11th emergency special session"},
        {"A/S-27/PV.1", "S-27", "27th special session"},
        // A Main Committee's record: the session after the committee.
        {"A/C.1/80/PV.20", "80", "80th session"}}) {
    Meeting meeting = tei_testing::edgeMeeting();
    meeting.meta.symbol = symbol;
    meeting.meta.session.clear();
    const auto edition = tei_testing::render(meeting);
    const auto record = parse(edition.record);
    EXPECT_EQ(values(record, "//titleStmt/meeting[@ana='#parla.session']/@n"),
              std::vector<std::string>{n});
    EXPECT_EQ(values(record, "//titleStmt/meeting[@ana='#parla.session']"),
              std::vector<std::string>{name});
  }
}

// A representative of what is no State ("M. Vandermeulen (Union
// européenne)") is affiliated with it, as a State's representative is.
TEST(TeiEdgeCases, ARepresentativeOfTheEuropeanUnionIsAffiliatedWithIt) {
  Meeting meeting = tei_testing::edgeMeeting();
  meeting.people.push_back({"vandermeulen", "M. Vandermeulen"});
  meeting.roles.push_back(
      {"representative", "Représentant", "/akn/ontology/role/un/representative"});
  Block block;
  block.kind = BlockKind::Speech;
  block.speech.by = "vandermeulen";
  block.speech.as = "representative";
  block.speech.from = {{InlineKind::Person, "M. Vandermeulen", "vandermeulen", {}, {}},
                       {InlineKind::Text, " (", {}, {}, {}},
                       {InlineKind::Organization, "Union européenne", "eue", {}, {}},
                       {InlineKind::Text, ")", {}, {}, {}}};
  SpeechItem item;
  item.paragraph.content = {{InlineKind::Text, "Merci.", {}, {}, {}}};
  block.speech.items.push_back(item);
  meeting.sections.back().blocks.push_back(block);
  const auto edition = tei_testing::render(meeting);
  const auto corpus = parse(edition.corpus);
  EXPECT_EQ(count(corpus,
                  "//person[@xml:id='vandermeulen']/affiliation[@role='representative' "
                  "and @ref='#eue']"),
            1u);
}

// A briefer's office that names no organisation the record knows
// ("Mme Dubois, Cofondatrice d'Anthropic") is kept as her occupation, and an
// official of the Secretariat whose label names her department ("Mme Sharma
// (Département de l'Assemblée générale)") is a member of it: neither is lost
// between the AKN and the TEI.
TEST(TeiEdgeCases, ABriefersOfficeAndAnOfficialsDepartmentAreKept) {
  Meeting meeting = tei_testing::edgeMeeting();
  meeting.people.push_back({"dubois", "Mme Dubois"});
  meeting.people.push_back({"sharma", "Mme Sharma"});
  meeting.roles.push_back(
      {"cofondatrice", "Cofondatrice d’Anthropic", "/akn/ontology/role/un/cofondatrice"});
  meeting.organizations.push_back({"dgacm", "Département de l’Assemblée générale",
                                   "/akn/ontology/organization/un/office.dgacm"});
  auto speech = [](std::string by, std::string as, Inlines from) {
    Block block;
    block.kind = BlockKind::Speech;
    block.speech.by = std::move(by);
    block.speech.as = std::move(as);
    block.speech.from = std::move(from);
    SpeechItem item;
    item.paragraph.content = {{InlineKind::Text, "Merci.", {}, {}, {}}};
    block.speech.items.push_back(item);
    return block;
  };
  meeting.sections.back().blocks.push_back(
      speech("dubois", "cofondatrice",
             {{InlineKind::Person, "Mme Dubois", "dubois", {}, {}},
              {InlineKind::Text, ", ", {}, {}, {}},
              {InlineKind::Role, "Cofondatrice d’Anthropic", "cofondatrice", {}, {}}}));
  meeting.sections.back().blocks.push_back(
      speech("sharma", "",
             {{InlineKind::Person, "Mme Sharma", "sharma", {}, {}},
              {InlineKind::Text, " (", {}, {}, {}},
              {InlineKind::Organization, "Département de l’Assemblée générale", "dgacm", {}, {}},
              {InlineKind::Text, ")", {}, {}, {}}}));
  const auto corpus = parse(tei_testing::render(meeting).corpus);
  auto dubois = corpus.select_node("//person[@xml:id='dubois']").node();
  EXPECT_EQ(textOf(dubois.child("occupation")), "Cofondatrice d’Anthropic");
  EXPECT_STREQ(dubois.child("occupation").attribute("xml:lang").value(), "fr");
  EXPECT_FALSE(dubois.child("affiliation"));
  EXPECT_EQ(count(corpus,
                  "//person[@xml:id='sharma']/affiliation[@role='member' and "
                  "@ref=concat('#', //org[orgName='Département de l’Assemblée générale']/@xml:id) "
                  "and not(roleName)]"),
            1u);
  EXPECT_FALSE(corpus.select_node("//person[@xml:id='sharma']/occupation"));
}

// "Address by Mr. William Ruto, President of the Republic of Kenya" over
// "President Ruto:": the heading ties him to the State it names; he speaks
// for it, in the office it names, as a regular speaker.
TEST(TeiEdgeCases, AHeadOfStateSpeaksForTheStateHisAddressesHeadingNames) {
  Meeting meeting = tei_testing::edgeMeeting();
  meeting.people.push_back({"ruto", "President Ruto"});
  meeting.roles.push_back({"presidentofkenya", "President of the Republic of Kenya",
                           "/akn/ontology/role/un/presidentofkenya"});
  Section address;
  address.kind = SectionKind::Address;
  Block heading;
  heading.kind = BlockKind::Heading;
  heading.heading.sub = true;
  heading.heading.text.content = {{InlineKind::Text, "Address by ", {}, {}, {}},
                                  {InlineKind::Person, "Mr. William Ruto", "ruto", {}, {}},
                                  {InlineKind::Text, ", President of the Republic of ", {}, {}, {}},
                                  {InlineKind::Organization, "Kenya", "ken", {}, {}}};
  address.blocks.push_back(heading);
  Block block;
  block.kind = BlockKind::Speech;
  block.speech.by = "ruto";
  block.speech.as = "presidentofkenya";
  block.speech.from = {{InlineKind::Person, "President Ruto", "ruto", {}, {}}};
  SpeechItem item;
  item.paragraph.content = {{InlineKind::Text, "I greet the Assembly.", {}, {}, {}}};
  block.speech.items.push_back(item);
  address.blocks.push_back(block);
  meeting.sections.push_back(address);
  const auto edition = tei_testing::render(meeting);
  const auto corpus = parse(edition.corpus);
  auto affiliation =
      corpus.select_node("//person[@xml:id='ruto']/affiliation[@role='representative']").node();
  EXPECT_STREQ(affiliation.attribute("ref").value(), "#ken");
  EXPECT_EQ(textOf(affiliation.child("roleName")), "President of the Republic of Kenya");
  const auto record = parse(edition.record);
  EXPECT_EQ(count(record, "//u[@who='#ruto' and starts-with(@ana, '#regular')]"), 1u);
  // The State before the name, as Chinese headings print it.
  Meeting chinese = meeting;
  Inlines& content = chinese.sections.back().blocks[0].heading.text.content;
  std::swap(content[1], content[3]);
  const auto corpusZh = parse(tei_testing::render(chinese).corpus);
  EXPECT_STREQ(
      corpusZh.select_node("//person[@xml:id='ruto']/affiliation").node().attribute("ref").value(),
      "#ken");
}

// "Ms. Hrafnsdóttir (Iceland), Rapporteur of the Second Committee:": she
// represents her State and holds an office of the organ, which the TEI names.
TEST(TeiEdgeCases, ARapporteurIsAnOfficerOfTheOrganAndARepresentativeOfHerState) {
  Meeting meeting = tei_testing::edgeMeeting();
  meeting.people.push_back({"hrafnsdottir", "Ms. Hrafnsdóttir"});
  meeting.roles.push_back(
      {"representative", "Représentant", "/akn/ontology/role/un/representative"});
  meeting.roles.push_back({"rapporteurofthesecondcommittee", "Rapporteur of the Second Committee",
                           "/akn/ontology/role/un/rapporteurofthesecondcommittee"});
  Block block;
  block.kind = BlockKind::Speech;
  block.speech.by = "hrafnsdottir";
  block.speech.as = "representative";
  block.speech.from = {{InlineKind::Person, "Ms. Hrafnsdóttir", "hrafnsdottir", {}, {}},
                       {InlineKind::Text, " (", {}, {}, {}},
                       {InlineKind::Organization, "Kenya", "ken", {}, {}},
                       {InlineKind::Text, "), ", {}, {}, {}},
                       {InlineKind::Role,
                        "Rapporteur of the Second Committee",
                        "rapporteurofthesecondcommittee",
                        {},
                        {}}};
  SpeechItem item;
  item.paragraph.content = {{InlineKind::Text, "I introduce the reports.", {}, {}, {}}};
  block.speech.items.push_back(item);
  meeting.sections.back().blocks.push_back(block);
  const auto corpus = parse(tei_testing::render(meeting).corpus);
  EXPECT_EQ(count(corpus,
                  "//person[@xml:id='hrafnsdottir']/affiliation[@role='representative' "
                  "and @ref='#ken']"),
            1u);
  auto office =
      corpus.select_node("//person[@xml:id='hrafnsdottir']/affiliation[@role='member']").node();
  EXPECT_STREQ(office.attribute("ref").value(), "#unga");
  EXPECT_EQ(textOf(office.child("roleName")), "Rapporteur of the Second Committee");
}

struct Edge {
  Meeting meeting = tei_testing::edgeMeeting();
  TeiEdition edition = tei_testing::render(meeting);
  pugi::xml_document record = parse(edition.record), corpus = parse(edition.corpus);
};

const Edge& edge() {
  static const Edge rendered;
  return rendered;
}

TEST(TeiEdgeCases, CoverPageMetadata) {
  const auto& r = edge();
  EXPECT_EQ(values(r.record, "//titleStmt/meeting[@ana='#parla.session']"),
            std::vector<std::string>{"Quatre-vingt-dix-huitième session"});
  EXPECT_EQ(values(r.record, "//titleStmt/meeting[@ana='#parla.session']/@n"),
            std::vector<std::string>{"98"});
  EXPECT_EQ(values(r.record, "//bibl/title[@type='sub']"),
            (std::vector<std::string>{"Point 7 de l'ordre du jour", "Rapport du Conseil"}));
  EXPECT_EQ(values(r.record, "//bibl/edition"), std::vector<std::string>{"Documents officiels"});
  EXPECT_EQ(values(r.record, "//bibl/date"),
            std::vector<std::string>{"Lundi 28 février 2098, à 15 heures"});
  EXPECT_EQ(values(r.record, "//setting/date/@when"),
            std::vector<std::string>{"2098-02-28T15:00:00"});
  EXPECT_EQ(values(r.record, "//setting/name[@type='city']"), std::vector<std::string>{"New York"});
  // A symbol with spaces is percent-encoded in the URL.
  EXPECT_EQ(values(r.record, "//sourceDesc//idno"),
            std::vector<std::string>{"https://undocs.org/fr/A/98/PV.12%20(Resumed)"});
  // The President and the members of the cover page.
  auto president = r.corpus.select_node("//person[persName/term='M. Ortega']").node();
  ASSERT_TRUE(president);
  EXPECT_STRNE(president.attribute("xml:id").value(), "chair");  // the category keeps its id
  std::set<std::string> affiliations;
  for (auto a : president.children("affiliation"))
    affiliations.insert(std::string(a.attribute("role").value()) + a.attribute("ref").value());
  EXPECT_EQ(affiliations,
            (std::set<std::string>{"head#unga", "member#unga", "representative#mex"}));
  auto kamau = r.corpus.select_node("//person[persName/term='Mme Kamau']").node();
  EXPECT_STREQ(kamau.attribute("xml:id").value(), "_9kamau");
  EXPECT_STREQ(r.corpus.select_node("//org[@xml:id='eue']").node().attribute("role").value(),
               "internationalOrganisation");
  // A person the record names without a name keeps its id as a name.
  EXPECT_EQ(values(r.corpus, "//person[@xml:id='anonyme']/persName/term"),
            std::vector<std::string>{"anonyme"});
}

// The meeting is named in English, and as the record prints it where that
// says more than case (round BA: a Chinese record's header named only
// "9761st meeting").
TEST(TeiEdgeCases, TheMeetingAsPrintedBesideItsEnglishName) {
  for (const auto& [printed, names] :
       {std::pair<std::string, std::vector<std::string>>{
            "12e  séance plénière", {"12th plenary meeting", "12e séance plénière"}},
        {"12TH PLENARY MEETING", {"12th plenary meeting"}},
        {"", {"12th plenary meeting"}}}) {
    Meeting meeting = tei_testing::edgeMeeting();
    meeting.meta.meetingLine = printed;
    const auto record = parse(tei_testing::render(meeting).record);
    EXPECT_EQ(values(record, "//titleStmt/meeting[@ana='#parla.meeting']"), names) << printed;
    if (names.size() == 2) {
      EXPECT_EQ(values(record, "//titleStmt/meeting[@ana='#parla.meeting']/@xml:lang"),
                (std::vector<std::string>{"en", "fr"}));
    }
  }
}

TEST(TeiEdgeCases, Structure) {
  const auto& r = edge();
  // The empty section makes no div; the heading after content starts one; the
  // section of headings only keeps them as notes.
  EXPECT_EQ(values(r.record, "//body/div/@type"),
            (std::vector<std::string>{"commentSection", "debateSection", "commentSection",
                                      "commentSection", "commentSection"}));
  EXPECT_EQ(values(r.record, "//body/div[5]/note/@type"), std::vector<std::string>{"heading"});
  EXPECT_EQ(values(r.record, "//body/div[3]/head"),
            std::vector<std::string>{"Point 8 de l'ordre du jour"});
  // Every narrative kind has its form.
  EXPECT_EQ(values(r.record, "//incident/desc"),
            std::vector<std::string>{"Il est procédé au vote enregistré."});
  // A page end inside the silence: a note, not an incident (desc holds no pb).
  EXPECT_EQ(count(r.record, "//note[@type='comment'][pb][contains(., 'minute de')]"), 1u);
  // A time inside a paragraph stays text (ParlaMint's seg holds no time).
  EXPECT_EQ(count(r.record, "//seg/time"), 0u);
  EXPECT_EQ(count(r.record, "//seg[contains(., '15 h 10')]"), 1u);
  // A vote counts States once in @corresp, as listed in @n.
  auto ayes = r.record.select_node("//note[@type='vote-ayes']").node();
  EXPECT_STREQ(ayes.attribute("corresp").value(), "#ken #mex");
  EXPECT_STREQ(ayes.attribute("n").value(), "3");
  EXPECT_EQ(textOf(ayes), "Pour : Kenya, Mexique, Kenya");
  // A language not among the six has its category, named by its BCP 47 tag.
  EXPECT_EQ(count(r.record, "//u[contains(@ana, '#orig.de')]"), 1u);
  EXPECT_EQ(count(r.record, "//u[contains(@ana, '#orig.deu')]"), 0u);
  // A speech with no paragraph has its label and no u.
  EXPECT_EQ(count(r.record, "//note[@type='speaker'][.='Atlantide']"), 1u);
  EXPECT_EQ(count(r.record, "//u[starts-with(@who, '#atlantis')]"), 0u);
  // A continuation goes on in the language its turn was in when interrupted.
  auto goesOn = r.record.select_node("//u[seg='Je poursuis.']").node();
  EXPECT_STREQ(goesOn.attribute("ana").value(), "#regular #orig.en");
  EXPECT_TRUE(goesOn.attribute("prev"));
  // A continuation by someone else than the turn before is not linked to it.
  EXPECT_FALSE(r.record.select_node("//u[@who='#anonyme']").node().attribute("prev"));
}

TEST(TeiEdgeCases, PagesOfTheEdgeMeeting) {
  std::vector<std::string> pages;
  for (auto pb : edge().record.select_nodes("//pb"))
    pages.push_back(pb.node().attribute("n").value());
  // Ends: 2, unnumbered, 3, 4, 5, 6 (then text): pages 2, ?, 3, 4, 5, 6, and the last unnumbered.
  EXPECT_EQ(pages, (std::vector<std::string>{"2", "", "3", "4", "5", "6", ""}));
}

TEST(TeiGate, AnExtraSchemaThatDoesNotCompileIsAUsageError) {
  testing::TempDir dir;
  testing::writeText(dir / "broken.rng", "<grammar xmlns='http://relaxng.org/ns/structure/1.0'>");
  TeiOptions options;
  options.extraSchema = (dir / "broken.rng").string();
  auto edition = writeTei(chinese().meeting, options);
  ASSERT_FALSE(edition.ok());
  EXPECT_EQ(edition.error().kind, ErrorKind::Usage);
}

TEST(TeiGate, AnExtraSchemaThatRejectsTheRecordFailsValidation) {
  testing::TempDir dir;
  testing::writeText(dir / "other.rng",
                     "<element name='other' xmlns='http://relaxng.org/ns/structure/1.0'>"
                     "<empty/></element>");
  TeiOptions options;
  options.extraSchema = (dir / "other.rng").string();
  auto edition = writeTei(chinese().meeting, options);
  ASSERT_FALSE(edition.ok());
  EXPECT_EQ(edition.error().kind, ErrorKind::ValidationFailed);
  EXPECT_NE(edition.error().message.find("other.rng"), std::string::npos);
  ASSERT_FALSE(edition.error().details.empty());
  EXPECT_NE(edition.error().details.front().find("S_PV.9381.zh.tei.xml"), std::string::npos);
}

TEST(TeiRendering, TheCorpusRootIncludesTheRecordByTheNameItIsWrittenUnder) {
  TeiOptions options;
  options.recordFileName = "elsewhere.tei.xml";
  auto edition = writeTei(chinese().meeting, options);
  ASSERT_TRUE(edition.ok());
  auto corpus = parse(edition.value().corpus);
  EXPECT_EQ(values(corpus, "/teiCorpus/*[name()='xi:include']/@href"),
            std::vector<std::string>{"elsewhere.tei.xml"});
}

TEST(TeiGate, AMeetingWithNothingToSayIsRefused) {
  // No section: the profile (and ParlaMint) needs at least one div.
  Meeting meeting = chinese().meeting;
  meeting.sections.clear();
  auto edition = writeTei(meeting, TeiOptions{});
  ASSERT_FALSE(edition.ok());
  EXPECT_EQ(edition.error().kind, ErrorKind::ValidationFailed);
}

}  // namespace
}  // namespace verbatim
