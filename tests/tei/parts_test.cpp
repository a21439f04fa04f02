// The parts of the TEI writer on their own: ids, page beginnings, dates, the link check.
#include <gtest/gtest.h>

#include "tei/links.hpp"
#include "tei/names.hpp"
#include "tei/pages.hpp"
#include "tei/temporal.hpp"
#include "tei_test_support.hpp"

namespace verbatim::tei {
namespace {

TEST(TeiNames, IdsAreNcNames) {
  EXPECT_EQ(ncName("克拉克"), "克拉克");
  EXPECT_EQ(ncName("弗兰萨·丹尼斯"), "弗兰萨·丹尼斯");  // the middle dot is a name character
  EXPECT_EQ(ncName("9kamau"), "_9kamau");
  EXPECT_EQ(ncName("·x"), "_·x");
  EXPECT_EQ(ncName("S/PV.9381 (Resumed)"), "S_PV.9381__Resumed_");
  EXPECT_EQ(ncName(""), "_");
  EXPECT_EQ(ncName("a:b"), "a_b");
}

TEST(TeiNames, TheRegistryNeverGivesAnIdTwice) {
  IdRegistry ids;
  EXPECT_EQ(ids.claim("chair"), "chair");
  EXPECT_EQ(ids.claim("chair"), "chair.2");
  EXPECT_EQ(ids.claim("chair"), "chair.3");
  EXPECT_EQ(ids.claim("9x"), "_9x");
  EXPECT_EQ(ids.claim("_9x"), "_9x.2");
  EXPECT_TRUE(ids.taken("chair.2"));
  EXPECT_FALSE(ids.taken("chair.4"));
}

TEST(TeiNames, TheRecordIdComesFromOrganSymbolAndLanguage) {
  Metadata meta;
  meta.symbol = "S/PV.9381";
  meta.body = "SC";
  meta.language = "zh";
  EXPECT_EQ(documentId(meta), "UNSC_S-PV.9381-zh");
  meta.symbol = "A/79/PV.29";
  meta.body = "GA";
  meta.language = "en";
  EXPECT_EQ(documentId(meta), "UNGA_A-79-PV.29-en");
  meta.body = "";
  EXPECT_EQ(documentId(meta), "UN_A-79-PV.29-en");
  EXPECT_EQ(teiFileName(meta), "A_79_PV.29.en.tei.xml");
}

Meeting pagesMeeting(std::vector<Inlines> paragraphs) {
  Meeting meeting;
  Section section;
  Block block;
  block.kind = BlockKind::Speech;
  for (auto& content : paragraphs) block.speech.items.push_back({{std::move(content), {}}});
  section.blocks.push_back(block);
  meeting.sections.push_back(section);
  return meeting;
}

Inline words(std::string text) {
  return {InlineKind::Text, std::move(text), {}, TimeEvent::None, {}};
}
Inline end(std::string number) { return {InlineKind::PageEnd, {}, std::move(number), {}, {}}; }

TEST(TeiPages, EachPageBeginsWithTheNumberItsEndCarries) {
  PagePlan plan(
      pagesMeeting({{words("a"), end("2")}, {words("b"), end("3")}, {words("c"), end("4")}}));
  ASSERT_TRUE(plan.hasPages());
  EXPECT_EQ(plan.firstPage(), "2");
  auto first = plan.next(), second = plan.next(), last = plan.next();
  EXPECT_TRUE(first.begins);
  EXPECT_EQ(first.number, "3");
  EXPECT_EQ(second.number, "4");
  // The end of the last page, where the text ends, begins nothing.
  EXPECT_FALSE(last.begins);
}

TEST(TeiPages, AnUnnumberedPageAndTheLastPageWithoutEndGetNoNumber) {
  PagePlan plan(pagesMeeting(
      {{words("a"), end("7"), words("b")}, {end(""), words("c")}, {end("9"), words("d")}}));
  EXPECT_EQ(plan.firstPage(), "7");
  auto afterSeven = plan.next(), afterUnnumbered = plan.next(), afterNine = plan.next();
  EXPECT_TRUE(afterSeven.begins);
  EXPECT_EQ(afterSeven.number, "");  // the page whose end has no number
  EXPECT_EQ(afterUnnumbered.number, "9");
  EXPECT_TRUE(afterNine.begins);  // text follows: a page begins, its number unknown
  EXPECT_EQ(afterNine.number, "");
}

TEST(TeiPages, NoPageEndsNoPages) {
  PagePlan plan(pagesMeeting({{words("a")}}));
  EXPECT_FALSE(plan.hasPages());
}

TEST(TeiTemporal, W3cValues) {
  EXPECT_TRUE(isW3cTemporal("2023-07-18"));
  EXPECT_TRUE(isW3cTemporal("2023-07-18T10:05:00"));
  EXPECT_TRUE(isW3cTemporal("2024-01-15T10:05:00-05:00"));
  EXPECT_TRUE(isW3cTemporal("2024-02-29T23:59:59.5Z"));
  EXPECT_FALSE(isW3cTemporal("2023-02-29"));
  EXPECT_FALSE(isW3cTemporal("2024-13-45T10:05:00"));
  EXPECT_FALSE(isW3cTemporal("2023-07-18T10:05"));
  EXPECT_FALSE(isW3cTemporal("10:05"));
  EXPECT_FALSE(isW3cTemporal(""));
}

TEST(TeiTemporal, EnglishForms) {
  EXPECT_EQ(englishDate("2023-07-18"), "18 July 2023");
  EXPECT_EQ(englishDate("not a date"), "not a date");
  EXPECT_EQ(englishOrdinal("9381"), "9381st");
  EXPECT_EQ(englishOrdinal("12"), "12th");
  EXPECT_EQ(englishOrdinal("112"), "112th");
  EXPECT_EQ(englishOrdinal("122"), "122nd");
  EXPECT_EQ(englishOrdinal("3"), "3rd");
  EXPECT_EQ(englishOrdinal("x"), "x");
}

TEST(TeiLinks, EveryPointerMustLand) {
  auto record = tei_testing::parse(
      R"(<TEI xml:id="r" ana="#cat"><u xml:id="u1" who="#p1" ana="#cat #missing" next="#u2"/>)"
      R"(<note corresp="#p1 http://example.org/x"/></TEI>)");
  auto corpus = tei_testing::parse(R"(<teiCorpus><person xml:id="p1"/><category xml:id="cat"/>)"
                                   R"(<affiliation ref="#nowhere"/><x xml:id="u1"/></teiCorpus>)");
  auto problems = checkLinks({{"record", &record}, {"corpus", &corpus}});
  ASSERT_EQ(problems.size(), 4u) << ::testing::PrintToString(problems);
  EXPECT_NE(problems[0].find("xml:id \"u1\" is not unique"), std::string::npos);
  EXPECT_NE(problems[1].find("u/@ana: #missing"), std::string::npos);
  EXPECT_NE(problems[2].find("u/@next: #u2"), std::string::npos);
  EXPECT_NE(problems[3].find("affiliation/@ref: #nowhere"), std::string::npos);
}

TEST(TeiLinks, AnEmptyPointerIsAProblem) {
  auto record = tei_testing::parse(R"(<TEI><u who=" "/></TEI>)");
  auto problems = checkLinks({{"record", &record}});
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("u/@who is empty"), std::string::npos);
}

}  // namespace
}  // namespace verbatim::tei
