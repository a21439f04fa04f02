// The AKN writer and reader: the profile's gate accepts what the writer
// writes, the reader gives back the model, edits within the profile are read.
#include <gtest/gtest.h>

#include <filesystem>
#include <pugixml.hpp>
#include <regex>

#include "akn/reader.hpp"
#include "akn/writer.hpp"
#include "core/bodies.hpp"
#include "core/place_ids.hpp"
#include "raw/read_raw.hpp"
#include "support/support.hpp"
#include "validate/akn_gate.hpp"

namespace verbatim {
namespace {

const Meeting& chineseMeeting() {
  static const Meeting meeting = [] {
    RawOptions options;
    options.meta.symbol = "S/PV.9381";
    options.meta.date = "2023-07-18";
    options.meta.language = "zh";
    options.firstPage = 2;
    auto text = testing::readText(testing::sourceDir() / "fixtures/zh/S_PV.9381.txt");
    return readRawRecord(text, "S_PV.9381.txt", options).value().meeting;
  }();
  return meeting;
}

std::vector<XmlDiagnostic> gate(const std::string& xml) {
  auto document = parseXml(xml, "test.akn.xml");
  if (!document) return {{0, describe(document.error())}};
  return checkAkn(document.value());
}

std::string replaceAll(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

TEST(Akn, BlocksAreNumberedByPlaceEachKindOnItsOwn) {
  PlaceIds ids(3);
  EXPECT_EQ(ids.section(), "dbsect_3");
  EXPECT_EQ(ids.next(BlockKind::Heading), "");
  EXPECT_EQ(ids.next(BlockKind::Speech), "dbsect_3__speech_1");
  EXPECT_EQ(ids.next(BlockKind::Narrative), "dbsect_3__narrative_1");
  EXPECT_EQ(ids.next(BlockKind::Speech), "dbsect_3__speech_2");
  EXPECT_EQ(ids.next(BlockKind::Vote), "dbsect_3__other_1");
  // An element read back counts with the blocks written as it.
  EXPECT_EQ(ids.next("speech"), "dbsect_3__speech_3");
  EXPECT_EQ(ids.next("heading"), "");
}

// The general debate's addresses are parts of its item, written inside it
// and numbered there; the speakers after the last address are the item's,
// after them. The file reads back to the same record and writes the same.
TEST(Akn, AnItemsAddressesAreWrittenInsideIt) {
  RawOptions options;
  options.meta.symbol = "A/99/PV.5";
  options.meta.date = "2099-09-19";
  options.meta.language = "en";
  const std::string text =
      "Agenda item 8 (continued)\nGeneral debate\n"
      "Address by Mr. William Samoei Ruto, President of the Republic of Kenya\n"
      "Mr. William Samoei Ruto, President of the Republic of Kenya, was escorted into the\n"
      "General Assembly Hall.\nPresident Ruto: I greet the Assembly.\n"
      "Mr. William Samoei Ruto, President of the Republic of Kenya, was escorted from the\n"
      "rostrum.\n"
      "Mr. Lavrov (Russian Federation) (spoke in Russian): We have heard much.\n";
  auto read = readRawRecord(text, "gd.txt", options);
  ASSERT_TRUE(read.ok()) << describe(read.error());
  const Meeting& meeting = read.value().meeting;
  const std::string xml = writeAkn(meeting);
  auto problems = gate(xml);
  EXPECT_TRUE(problems.empty()) << (problems.empty() ? "" : problems[0].message);
  pugi::xml_document document;
  ASSERT_TRUE(document.load_string(xml.c_str()));
  auto item = document.select_node("//*[local-name()='debateBody']/*").node();
  EXPECT_STREQ(item.attribute("eId").value(), "dbsect_1");
  auto address = item.child("debateSection");
  EXPECT_STREQ(address.attribute("eId").value(), "dbsect_1__dbsect_1");
  EXPECT_STREQ(address.attribute("name").value(), "address");
  EXPECT_STREQ(address.child("speech").attribute("eId").value(), "dbsect_1__dbsect_1__speech_1");
  auto after = address.next_sibling("speech");
  EXPECT_STREQ(after.attribute("eId").value(), "dbsect_1__speech_1");
  EXPECT_STREQ(after.attribute("by").value(), "#lavrov");

  Audit audit;
  auto back = readAkn(xml, "gd.akn.xml", &audit);
  ASSERT_TRUE(back.ok()) << describe(back.error());
  EXPECT_TRUE(audit.warnings().empty());
  EXPECT_EQ(back.value().sections, meeting.sections);
  EXPECT_EQ(writeAkn(back.value()), xml);

  // A part's eId is checked at its place.
  Audit renumbered;
  ASSERT_TRUE(readAkn(replaceAll(xml, "dbsect_1__dbsect_1__speech_1", "dbsect_1__speech_9"),
                      "gd.akn.xml", &renumbered)
                  .ok());
  ASSERT_EQ(renumbered.warnings().size(), 1u);
  EXPECT_NE(renumbered.warnings()[0].message.find("(dbsect_1__dbsect_1__speech_1)"),
            std::string::npos)
      << renumbered.warnings()[0].message;
}

// A sub-item ("(a) …") is a part of its item, as an address is: written
// inside it and numbered there; the next numbered item is a section of its
// own. The file passes the gate, reads back to the same record and writes the same.
TEST(Akn, AnItemsSubItemsAreWrittenInsideIt) {
  RawOptions options;
  options.meta.symbol = "A/99/PV.55";
  options.meta.date = "2099-12-19";
  options.meta.language = "en";
  const std::string text =
      "Agenda item 18 (continued)\nMacroeconomic policy questions\n"
      "The President: The Assembly will take up the reports.\n"
      "(a) International trade and development\n"
      "Report of the Second Committee (A/99/424/Add.1)\n"
      "The President: Draft resolution I was adopted.\n"
      "(b) International financial system and development\n"
      "Report of the Second Committee (A/99/424/Add.2)\n"
      "The President: Draft resolution II was adopted.\n"
      "Agenda item 139\nProgramme budget for 2099\n"
      "The President: We turn to the budget.\n\f";
  auto read = readRawRecord(text, "items.txt", options);
  ASSERT_TRUE(read.ok()) << describe(read.error());
  const Meeting& meeting = read.value().meeting;
  const std::string xml = writeAkn(meeting);
  auto problems = gate(xml);
  EXPECT_TRUE(problems.empty()) << (problems.empty() ? "" : problems[0].message);
  pugi::xml_document document;
  ASSERT_TRUE(document.load_string(xml.c_str()));
  auto sections = document.select_nodes("//*[local-name()='debateBody']/*");
  ASSERT_EQ(sections.size(), 2u);
  std::vector<std::string> parts;
  for (auto part : sections[0].node().children("debateSection"))
    parts.push_back(std::string(part.attribute("eId").value()) + " " +
                    part.attribute("name").value());
  EXPECT_EQ(parts,
            (std::vector<std::string>{"dbsect_1__dbsect_1 subItem", "dbsect_1__dbsect_2 subItem"}));
  EXPECT_STREQ(sections[1].node().attribute("eId").value(), "dbsect_2");
  auto back = readAkn(xml, "items.akn.xml");
  ASSERT_TRUE(back.ok()) << describe(back.error());
  EXPECT_EQ(back.value().sections, meeting.sections);
  EXPECT_EQ(writeAkn(back.value()), xml);
}

TEST(Akn, TheWriterPassesTheGate) {
  const std::string xml = writeAkn(chineseMeeting());
  auto problems = gate(xml);
  EXPECT_TRUE(problems.empty()) << (problems.empty() ? "" : problems[0].message);
}

TEST(Akn, RoundTripGivesTheSameModel) {
  const Meeting& original = chineseMeeting();
  auto read = readAkn(writeAkn(original), "x.akn.xml");
  ASSERT_TRUE(read.ok()) << describe(read.error());
  EXPECT_EQ(read.value().meta, original.meta);
  EXPECT_EQ(read.value().people, original.people);
  EXPECT_EQ(read.value().organizations, original.organizations);
  EXPECT_EQ(read.value().roles, original.roles);
  EXPECT_EQ(read.value().languages, original.languages);
  ASSERT_EQ(read.value().sections.size(), original.sections.size());
  for (std::size_t i = 0; i < original.sections.size(); ++i)
    EXPECT_EQ(read.value().sections[i], original.sections[i]) << "section " << i;
  EXPECT_EQ(read.value(), original);
}

// A record in a language without a profile (--lang de, --lang nl) names it
// in FRBRlanguage and its IRIs by its ISO 639-2 code, and reads back in it:
// "und" had made the record unreadable ("the language '' cannot name a file").
TEST(Akn, ALanguageWithoutAProfileIsWrittenAndReadBack) {
  for (const char* language : {"de", "nl"}) {
    Meeting meeting = chineseMeeting();
    meeting.meta.language = language;
    const std::string xml = writeAkn(meeting);
    const std::string code3 = std::string(language) == "de" ? "deu" : "nld";
    EXPECT_NE(xml.find("<FRBRlanguage language=\"" + code3 + "\""), std::string::npos);
    EXPECT_NE(xml.find("/" + code3 + "@"), std::string::npos);
    auto read = readAkn(xml, "x.akn.xml");
    ASSERT_TRUE(read.ok()) << describe(read.error());
    EXPECT_EQ(read.value().meta.language, language);
  }
}

// A page that ends inside a word (its line-end hyphen gone) ends, in AKN,
// before the word, saying how many of its characters the page held; read
// back, the page ends where stage 1 had it. A page ending between Chinese
// characters ends there.
TEST(Akn, APageEndingInsideAWordIsMarkedBeforeIt) {
  Meeting meeting = chineseMeeting();
  auto& content = meeting.sections[2].blocks[2].speech.items[0].paragraph.content;
  content = {{InlineKind::Text, "Мы учли замеча", {}, TimeEvent::None, {}},
             {InlineKind::PageEnd, "", "3", TimeEvent::None, {}},
             {InlineKind::Text, "ния всех членов, 联合", {}, TimeEvent::None, {}},
             {InlineKind::PageEnd, "", "4", TimeEvent::None, {}},
             {InlineKind::Text, "国。", {}, TimeEvent::None, {}}};
  const std::string xml = writeAkn(meeting);
  EXPECT_NE(xml.find("Мы учли <eop number=\"3\" breakAt=\"6\"/>замечания всех членов, "
                     "联合<eop number=\"4\"/>国。"),
            std::string::npos);
  auto problems = gate(xml);
  EXPECT_TRUE(problems.empty()) << (problems.empty() ? "" : problems[0].message);
  auto read = readAkn(xml, "x.akn.xml");
  ASSERT_TRUE(read.ok()) << describe(read.error());
  EXPECT_EQ(read.value(), meeting);
}

// A committee's meeting: its committee is the preface's docCommittee, and
// reads back.
TEST(Akn, ACommitteesMeetingKeepsItsCommittee) {
  Meeting meeting = chineseMeeting();
  meeting.meta.committee = "第一委员会";
  const std::string xml = writeAkn(meeting);
  EXPECT_NE(xml.find("<docCommittee>第一委员会</docCommittee>"), std::string::npos);
  auto problems = gate(xml);
  EXPECT_TRUE(problems.empty()) << (problems.empty() ? "" : problems[0].message);
  auto read = readAkn(xml, "x.akn.xml");
  ASSERT_TRUE(read.ok()) << describe(read.error());
  EXPECT_EQ(read.value().meta.committee, "第一委员会");
  EXPECT_EQ(committeeOfSymbol("A/C.1/79/PV.21"), "First Committee");
  EXPECT_EQ(committeeOfSymbol("A/C.4/78/PV.9"),
            "Special Political and Decolonization Committee (Fourth Committee)");
  EXPECT_EQ(committeeOfSymbol("A/79/PV.21"), "");
  EXPECT_EQ(committeeOfSymbol("A/C.7/1/PV.1"), "");
}

// Every fixture, votes and their announced results included, reads back as
// the model it was written from.
TEST(Akn, EveryFixtureRoundTrips) {
  int fixtures = 0;
  for (const char* language : {"fr", "es", "ru", "ar", "zh"}) {
    for (const auto& entry :
         std::filesystem::directory_iterator(testing::sourceDir() / "fixtures" / language)) {
      const auto path = entry.path();
      // A record whose metadata sits beside it is read with it, in the test above.
      auto metadata = path;
      if (path.extension() != ".txt" ||
          std::filesystem::exists(metadata.replace_extension(".meta.json")))
        continue;
      RawOptions options;
      options.meta.language = language;
      auto reading = readRawRecord(testing::readText(path), path.filename().string(), options);
      ASSERT_TRUE(reading.ok()) << path << ": " << describe(reading.error());
      const Meeting& original = reading.value().meeting;
      const std::string xml = writeAkn(original);
      auto problems = gate(xml);
      EXPECT_TRUE(problems.empty()) << path << ": " << problems.at(0).message;
      auto read = readAkn(xml, "x.akn.xml");
      ASSERT_TRUE(read.ok()) << describe(read.error());
      EXPECT_EQ(read.value(), original) << path;
      // The Council's synthetic records adopt their draft by a show of hands.
      for (const auto& section : original.sections)
        for (const auto& block : section.blocks) {
          if (block.kind == BlockKind::Vote) {
            EXPECT_EQ(block.vote.outcome, VoteOutcome::Adopted) << path;
          }
        }
      ++fixtures;
    }
  }
  EXPECT_GE(fixtures, 6);
}

TEST(Akn, WritingIsDeterministic) {
  EXPECT_EQ(writeAkn(chineseMeeting()), writeAkn(chineseMeeting()));
  AknWriteOptions dated;
  dated.markupDate = "2026-01-02";
  const std::string xml = writeAkn(chineseMeeting(), dated);
  EXPECT_NE(xml.find(R"(<FRBRdate date="2026-01-02" name="markup"/>)"), std::string::npos);
}

TEST(Akn, AHandReindentedFileReadsTheSame) {
  std::string xml = writeAkn(chineseMeeting());
  xml = replaceAll(xml, "<p>", "<p>\n              ");
  xml = replaceAll(xml, "。</p>", "。\n            </p>");
  xml = replaceAll(xml, "，",
                   "，\n   ");  // a line broken after a comma, between two Chinese characters
  EXPECT_TRUE(gate(xml).empty());
  auto read = readAkn(xml, "edited.akn.xml");
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read.value(), chineseMeeting());
}

// The presiding State after the President's name as the language prints it:
// "拉森女士（丹麦）" in full-width brackets, no space; "Ms. Larsen (Denmark)".
TEST(Akn, ThePresidencyIsWrittenAsTheLanguagePrintsIt) {
  Meeting meeting = chineseMeeting();
  meeting.people.push_back({"larsen", "拉森女士"});
  meeting.organizations.push_back({"dnk", "丹麦", "/akn/ontology/organization/un/member.dnk"});
  meeting.meta.president = "larsen";
  meeting.meta.presidency = "dnk";
  EXPECT_NE(writeAkn(meeting).find("拉森女士</person>（<organization refersTo=\"#dnk\">丹麦</"
                                   "organization>）</p>"),
            std::string::npos);
  meeting.meta.language = "en";
  EXPECT_NE(writeAkn(meeting).find("拉森女士</person> (<organization"), std::string::npos);
}

// A unanimous vote prints one list; its result says none voted against or
// abstained, and the counts say so too. Where no result follows, a side
// without a list has no count: its list may be elsewhere.
TEST(Akn, AVotesSidesWithoutAListCountNoneWhereTheResultSaysSo) {
  auto countsOf = [](const std::string& result) {
    RawOptions options;
    options.meta.symbol = "S/PV.99999";
    options.meta.date = "2099-01-05";
    options.meta.language = "en";
    const std::string text =
        "The meeting was called to order at 10.05 a.m.\n"
        "The President: I shall put the draft resolution to the vote now.\n"
        "A vote was taken by show of hands.\nIn favour:\nBrazil, Ghana, Norway\n" +
        result + "The meeting rose at 10.20 a.m.\n";
    auto reading = readRawRecord(text, "vote.txt", options);
    EXPECT_TRUE(reading.ok());
    const std::string xml = writeAkn(reading.value().meeting);
    std::vector<std::string> counts;
    for (std::size_t at = xml.find("<count "); at != std::string::npos;
         at = xml.find("<count ", at + 1))
      counts.push_back(xml.substr(at, xml.find("/>", at) - at));
    return counts;
  };
  const auto unanimous = countsOf(
      "The President: The draft resolution received 3 votes in favour. The draft resolution "
      "has been adopted unanimously as resolution 9999 (2099).\n");
  ASSERT_EQ(unanimous.size(), 3u);
  EXPECT_NE(unanimous[1].find(R"(eId="voting_1__against" value="0")"), std::string::npos);
  EXPECT_NE(unanimous[2].find(R"(eId="voting_1__abstaining" value="0")"), std::string::npos);
  EXPECT_EQ(countsOf("").size(), 1u);
}

// XML editors and XSLT may write the namespace with a prefix: the same record.
TEST(Akn, AFileWithTheNamespaceUnderAPrefixReadsTheSame) {
  const std::string xml = writeAkn(chineseMeeting());
  const std::string prefixed = replaceAll(
      std::regex_replace(xml, std::regex("<(/?)([A-Za-z][A-Za-z0-9]*)([\\s/>])"), "<$1akn:$2$3"),
      "xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"",
      "xmlns:akn=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"");
  ASSERT_NE(prefixed.find("<akn:akomaNtoso xmlns:akn="), std::string::npos);
  EXPECT_TRUE(gate(prefixed).empty());
  auto read = readAkn(prefixed, "prefixed.akn.xml");
  ASSERT_TRUE(read.ok()) << describe(read.error());
  EXPECT_EQ(read.value(), chineseMeeting());
}

TEST(Akn, AHandCorrectionIsKept) {
  std::string xml = writeAkn(chineseMeeting());
  xml = replaceAll(xml, "我热烈欢迎秘书长", "我热烈地欢迎秘书长");
  auto read = readAkn(xml, "corrected.akn.xml");
  ASSERT_TRUE(read.ok());
  const auto& first = read.value().sections[2].blocks[2].speech.items[0].paragraph.content;
  EXPECT_NE(plainText(first).find("我热烈地欢迎秘书长"), std::string::npos);
}

// A label's note that names no language, only a video link, says nothing
// of a language: the turn is written and passes the gate, the note kept as
// the label's text (round BI: it became a language with no name, and the
// record failed the AKN profile: exit 3, nothing written).
TEST(Akn, ALabelsVideoLinkNoteIsNoLanguage) {
  struct Case {
    const char* language;
    const char* text;
    const char* note;
  };
  const Case cases[] = {
      {"en", "Mr. Wennesland (spoke via video-teleconference): I brief the Council.\n",
       "(spoke via video-teleconference)"},
      {"es", "Sr. Pérez (habla por videoconferencia): Informo al Consejo.\n",
       "(habla por videoconferencia)"},
      {"fr", "M. Martin (parle par visioconférence) : J’informe le Conseil.\n",
       "(parle par visioconférence)"},
      {"ru", "Г-н Иванов (говорит по видеосвязи): Я информирую Совет.\n",
       "(говорит по видеосвязи)"},
  };
  for (const auto& c : cases) {
    RawOptions options;
    options.meta.symbol = "S/PV.8911";
    options.meta.date = "2021-11-23";
    options.meta.language = c.language;
    auto read = readRawRecord(c.text, "vtc.txt", options);
    ASSERT_TRUE(read.ok()) << c.language << ": " << describe(read.error());
    const std::string xml = writeAkn(read.value().meeting);
    const auto problems = gate(xml);
    EXPECT_TRUE(problems.empty()) << c.language << ": "
                                  << (problems.empty() ? "" : problems[0].message);
    EXPECT_NE(xml.find(c.note), std::string::npos) << c.language;
    EXPECT_EQ(xml.find("name=\"originalLanguage\""), std::string::npos) << c.language;
  }
}

TEST(Akn, TheGateRefusesWhatTheProfileForbids) {
  const std::string xml = writeAkn(chineseMeeting());
  struct Case {
    const char* what;
    std::string from, to;
  };
  const Case cases[] = {
      {"a speaker that is not in references", R"(by="#克拉克")", R"(by="#nobody")"},
      {"a duplicate eId", R"(eId="dbsect_2")", R"(eId="dbsect_1")"},
      {"a language note pointing nowhere", R"(refersTo="#lang_fra")", R"(refersTo="#lang_xxx")"},
      {"an invalid date", R"(date="2023-07-18" name="meeting")",
       R"(date="2023-07-32" name="meeting")"},
      {"a speech outside a section", "<debateSection eId=\"dbsect_1\" name=\"opening\">",
       "<speech eId=\"s\" by=\"#gbr\"><p>x</p></speech><debateSection eId=\"dbsect_1\" "
       "name=\"opening\">"},
      {"the wrong namespace", "legaldocml/ns/akn/3.0", "legaldocml/ns/akn/3.0/WD17"},
      {"an unknown element", "<heading>通过议程</heading>", "<heading>通过议程</heading><foo/>"},
      // A reference's form: "#" and the entry's eId exactly (the rules check
      // it with what it names; the grammar types references as strings).
      {"a reference without its '#'", R"(by="#克拉克")", R"(by="克拉克")"},
      {"a reference with another mark for its '#'", R"(by="#克拉克")", R"(by="x克拉克")"},
      {"two references in one", R"(by="#克拉克")", R"(by="#克拉克 #gbr")"},
      {"a reference with a space after it", R"(by="#克拉克")", R"(by="#克拉克 ")"},
      {"a reference with a tab before it", R"(by="#克拉克")", R"(by="&#9;#克拉克")"},
      {"a language note's reference without its '#'", R"(refersTo="#lang_fra")",
       R"(refersTo="lang_fra")"},
      {"the presidency without its '#'", R"(presidency="#gbr")", R"(presidency="gbr")"},
  };
  for (const auto& c : cases) {
    const std::string broken = replaceAll(xml, c.from, c.to);
    ASSERT_NE(broken, xml) << c.what;
    EXPECT_FALSE(gate(broken).empty()) << c.what;
  }
}

// An eId given twice is named as such, with both lines, whichever of the two
// elements was edited (round BD: the grammar had blamed "Invalid attribute
// eId" on the untouched line alone).
TEST(Akn, ADuplicateEIdIsNamedWithBothLines) {
  const std::string xml = writeAkn(chineseMeeting());
  const std::string broken = replaceAll(xml, R"(<narrative eId="dbsect_1__narrative_1")",
                                        R"(<narrative eId="dbsect_3__narrative_1")");
  ASSERT_NE(broken, xml);
  const auto problems = gate(broken);
  ASSERT_FALSE(problems.empty());
  EXPECT_NE(problems.front().message.find("duplicate eId 'dbsect_3__narrative_1'"),
            std::string::npos)
      << problems.front().message;
  EXPECT_NE(problems.front().message.find("at line "), std::string::npos);
}

TEST(Akn, ReadingRefusesDoctypes) {
  const std::string xml = writeAkn(chineseMeeting());
  std::string withDoctype = xml;
  withDoctype.insert(xml.find("<akomaNtoso"), "<!DOCTYPE akomaNtoso [<!ENTITY x \"y\">]>\n");
  auto parsed = parseXml(withDoctype, "d.xml");
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.error().message.find("DOCTYPE"), std::string::npos);
}

// What a hand-edited file says twice and differently is a warning, each at
// its line: the record is written from the lists and the identification, so
// a correction made only in the count or the preface would be lost unseen.
// The cover's President is written from the references: a name corrected in
// the preface only would be undone, and says so (round AX had it silent).
TEST(Akn, ACoverNameCorrectedInThePrefaceOnlyIsAWarning) {
  const std::string xml =
      testing::readText(testing::sourceDir() / "tests/fuzz/data/S_PV.99990.fr.akn.xml");
  const std::string printed = R"(<person refersTo="#benali" as="#president">M. Benali</person>)";
  ASSERT_NE(xml.find(printed), std::string::npos);
  Audit unchanged, edited;
  ASSERT_TRUE(readAkn(xml, "x.akn.xml", &unchanged).ok());
  EXPECT_TRUE(unchanged.warnings().empty());
  ASSERT_TRUE(readAkn(replaceAll(xml, printed,
                                 R"(<person refersTo="#benali" as="#president">M. Karim )"
                                 R"(Benali</person>)"),
                      "x.akn.xml", &edited)
                  .ok());
  ASSERT_EQ(edited.warnings().size(), 1u);
  EXPECT_NE(edited.warnings()[0].message.find("the preface prints 'M. Karim Benali' for #benali"),
            std::string::npos)
      << edited.warnings()[0].message;
}

TEST(Akn, WhatAnEditedFileSaysTwiceAndDifferentlyIsAWarning) {
  const std::string xml =
      testing::readText(testing::sourceDir() / "tests/tei/data/S_PV.99917.en.akn.xml");
  auto warningsOf = [](const std::string& edited) {
    Audit audit;
    EXPECT_TRUE(readAkn(edited, "edited.akn.xml", &audit).ok());
    std::vector<std::string> out;
    for (const auto& warning : audit.warnings())
      out.push_back(std::to_string(warning.line) + ": " + warning.message);
    return out;
  };
  EXPECT_TRUE(warningsOf(xml).empty());

  auto count = warningsOf(replaceAll(xml, R"(eId="voting_1__inFavour" value="3")",
                                     R"(eId="voting_1__inFavour" value="4")"));
  ASSERT_EQ(count.size(), 1u);
  EXPECT_TRUE(count[0].starts_with("45: the count voting_1__inFavour says 4")) << count[0];

  auto removed = warningsOf(
      replaceAll(xml, R"(, <vote by="#nor" choice="#voting_1__inFavour">Norway</vote>)", ""));
  ASSERT_EQ(removed.size(), 1u);
  EXPECT_NE(removed[0].find("names 2 State(s)"), std::string::npos) << removed[0];

  // The result the chair states right after the lists is checked against
  // them; a count further on is another vote's ("the Third Committee adopted
  // it by 111 votes").
  auto stated = warningsOf(
      replaceAll(xml, "The draft resolution received 3 votes in favour",
                 R"(The draft resolution received <quantity eId="dbsect_3__speech_4__quantity_1" )"
                 R"(refersTo="#inFavour" normalized="9">9</quantity> votes in favour)"));
  ASSERT_EQ(stated.size(), 1u);
  EXPECT_NE(stated[0].find("the result says 9 (inFavour)"), std::string::npos) << stated[0];
  EXPECT_TRUE(warningsOf(replaceAll(xml, "We would have preferred a longer period",
                                    R"(The Committee's vote, <quantity )"
                                    R"(eId="dbsect_3__speech_5__quantity_1" refersTo="#inFavour" )"
                                    R"(normalized="111">111</quantity> in favour, preferred a )"
                                    R"(longer period)"))
                  .empty());

  auto moved = warningsOf(replaceAll(xml, R"(<vote by="#chn" choice="#voting_1__abstaining">)",
                                     R"(<vote by="#chn" choice="#voting_1__inFavour">)"));
  ASSERT_EQ(moved.size(), 1u);
  EXPECT_TRUE(moved[0].starts_with("124: the vote of China stands in the list of abstaining"))
      << moved[0];

  auto redated = warningsOf(replaceAll(xml, "2099-03-04T11:10:00", "2099-03-09T11:10:00"));
  ASSERT_EQ(redated.size(), 1u);
  EXPECT_TRUE(redated[0].starts_with("139: the time 2099-03-09T11:10:00")) << redated[0];
  // A meeting that runs past midnight goes on into the next day.
  EXPECT_TRUE(warningsOf(replaceAll(xml, "2099-03-04T12:20:00", "2099-03-05T00:20:00")).empty());

  // A label corrected in one place only: the State printed and the State
  // referred to, the name and the person, the note and the language.
  auto state = warningsOf(replaceAll(xml, R"(<organization refersTo="#bra">Brazil<)",
                                     R"(<organization refersTo="#bra">Norway<)"));
  ASSERT_EQ(state.size(), 1u);
  EXPECT_NE(state[0].find("prints the State 'Norway' and refers to #bra"), std::string::npos)
      << state[0];
  auto person = warningsOf(replaceAll(xml, R"(<person refersTo="#silva">Mr. Silva<)",
                                      R"(<person refersTo="#silva">Mr. Sylva<)"));
  ASSERT_EQ(person.size(), 1u);
  EXPECT_NE(person[0].find("prints 'Mr. Sylva' and refers to #silva"), std::string::npos);
  auto note = warningsOf(replaceAll(xml, R"(refersTo="#lang_spa">(spoke in Spanish)<)",
                                    R"(refersTo="#lang_spa">(spoke in Russian)<)"));
  EXPECT_FALSE(note.empty());
  // A page end deleted by hand, or renumbered out of order.
  auto page = warningsOf(replaceAll(xml, R"(<eop number="4"/>)", R"(<eop number="6"/>)"));
  ASSERT_EQ(page.size(), 1u);
  EXPECT_NE(page[0].find("page 6 ends after page 3: the end of a page between is missing"),
            std::string::npos)
      << page[0];
  // The first page end deleted: the text begins on page 1, or on 2 after a cover.
  auto first = warningsOf(replaceAll(xml, R"(<eop number="2"/>)", ""));
  ASSERT_FALSE(first.empty());
  EXPECT_NE(first[0].find("the first page end is page 4's"), std::string::npos) << first[0];
  // A State listed twice in one vote.
  const std::string norway = R"(<vote by="#nor" choice="#voting_1__inFavour">Norway</vote>)";
  auto twice = warningsOf(replaceAll(xml, norway, norway + ", " + norway));
  EXPECT_TRUE(std::any_of(twice.begin(), twice.end(), [](const std::string& w) {
    return w.find("1 State(s) listed twice in one vote: Norway (inFavour and inFavour)") !=
           std::string::npos;
  })) << ::testing::PrintToString(twice);
  // A correction made to one of two places only: the speech's speaker and
  // its label's person; a vote's State and the name it prints.
  auto speaker = warningsOf(replaceAll(xml, R"(by="#silva")", R"(by="#petrov")"));
  ASSERT_EQ(speaker.size(), 1u) << ::testing::PrintToString(speaker);
  EXPECT_NE(speaker[0].find("the speech is by #petrov and its label names #silva ('Mr. Silva')"),
            std::string::npos)
      << speaker[0];
  auto voter = warningsOf(replaceAll(xml, R"(<vote by="#bra" choice="#voting_1__inFavour">Brazil)",
                                     R"(<vote by="#chn" choice="#voting_1__inFavour">Brazil)"));
  EXPECT_TRUE(std::any_of(voter.begin(), voter.end(), [](const std::string& w) {
    return w.find("the vote prints 'Brazil' and is by #chn ('China')") != std::string::npos;
  })) << ::testing::PrintToString(voter);
  // An eId made by hand is not its place's: outputs made from the file renumber it.
  auto id =
      warningsOf(replaceAll(xml, R"(eId="dbsect_3__speech_2")", R"(eId="dbsect_3__speech_2a")"));
  ASSERT_EQ(id.size(), 1u);
  EXPECT_NE(id[0].find("the eId dbsect_3__speech_2a is not the one its place gives "
                       "(dbsect_3__speech_2), 1 in all"),
            std::string::npos)
      << id[0];

  // A record with a cover page has the symbol in its preface too.
  const std::string french =
      writeAkn(readRawRecord(testing::readText(testing::sourceDir() / "fixtures/fr/S_PV.99990.txt"),
                             "S_PV.99990.txt", RawOptions{})
                   .value()
                   .meeting);
  EXPECT_TRUE(warningsOf(french).empty());
  auto renamed = warningsOf(replaceAll(french, "<docNumber>S/PV.99990<", "<docNumber>S/PV.99991<"));
  ASSERT_EQ(renamed.size(), 1u);
  EXPECT_NE(renamed[0].find("docNumber says S/PV.99991 and meta/identification S/PV.99990"),
            std::string::npos)
      << renamed[0];
}

}  // namespace
}  // namespace verbatim
