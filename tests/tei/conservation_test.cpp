// Nothing is dropped between AKN and TEI: every speech, paragraph, procedural
// line, vote list and page end of the AKN has its counterpart in the TEI, in
// the same order, with the same text (tei_test_support.cpp, droppedContent).
#include <gtest/gtest.h>

#include <sstream>

#include "support/support.hpp"
#include "tei_test_support.hpp"

namespace verbatim {
namespace {

class TeiConservation : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(TeiConservation, EveryPartOfTheAknIsInTheTei) {
  const Meeting meeting = tei_testing::readAknFile(GetParam());
  const auto problems = tei_testing::droppedContent(meeting, tei_testing::render(meeting));
  EXPECT_TRUE(problems.empty()) << ::testing::PrintToString(problems);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, TeiConservation, ::testing::ValuesIn(tei_testing::aknFixtures()),
                         [](const auto& info) {
                           std::string name = info.param.filename().string();
                           for (auto& c : name)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

TEST(TeiConservationOfTheEdgeMeeting, EveryPartIsInTheTei) {
  const Meeting meeting = tei_testing::edgeMeeting();
  const auto problems = tei_testing::droppedContent(meeting, tei_testing::render(meeting));
  EXPECT_TRUE(problems.empty()) << ::testing::PrintToString(problems);
}

// The check itself finds what is missing or changed.
TEST(TeiConservationCheck, FindsADroppedParagraphAPageAndAChangedWord) {
  const Meeting meeting =
      tei_testing::readAknFile(testing::sourceDir() / "fixtures/zh/expected/S_PV.9381.zh.akn.xml");
  const TeiEdition edition = tei_testing::render(meeting);
  auto reserialize = [](const pugi::xml_document& document) {
    std::ostringstream out;
    document.save(out, "", pugi::format_raw);
    return out.str();
  };
  {
    auto record = tei_testing::parse(edition.record);
    auto seg = record.select_node("(//seg)[100]").node();
    seg.parent().remove_child(seg);
    EXPECT_FALSE(
        tei_testing::droppedContent(meeting, {reserialize(record), edition.corpus}).empty());
  }
  {
    auto record = tei_testing::parse(edition.record);
    auto pb = record.select_node("(//pb)[5]").node();
    pb.parent().remove_child(pb);
    EXPECT_FALSE(
        tei_testing::droppedContent(meeting, {reserialize(record), edition.corpus}).empty());
  }
  {
    auto record = tei_testing::parse(edition.record);
    auto note = record.select_node("(//note[@type='speaker'])[3]").node();
    note.first_child().set_value("主席");
    EXPECT_FALSE(
        tei_testing::droppedContent(meeting, {reserialize(record), edition.corpus}).empty());
  }
  {
    auto record = tei_testing::parse(edition.record);
    auto u = record.select_node("//u[@who='#张军']").node();
    u.attribute("who").set_value("#克拉克");
    EXPECT_FALSE(
        tei_testing::droppedContent(meeting, {reserialize(record), edition.corpus}).empty());
  }
}

}  // namespace
}  // namespace verbatim
