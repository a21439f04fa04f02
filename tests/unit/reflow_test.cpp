// Stage 1 on small column texts made for each rule: how lines join, where
// paragraphs and pages end, which spaces go.
#include <gtest/gtest.h>

#include "core/conservation.hpp"
#include "raw/read_raw.hpp"

namespace verbatim {
namespace {

RawReading readZh(const std::string& text) {
  RawOptions options;
  options.meta.symbol = "S/PV.1";
  options.meta.date = "2023-07-18";
  options.meta.language = "zh";
  options.firstPage = 5;
  auto reading = readRawRecord(text, "t.txt", options);
  EXPECT_TRUE(reading.ok()) << (reading.ok() ? "" : describe(reading.error()));
  return std::move(reading.value());
}

// The paragraphs of the first speech, as plain text.
std::vector<std::string> speechParagraphs(const Meeting& meeting, std::size_t which = 0) {
  std::vector<std::string> out;
  std::size_t seen = 0;
  for (const auto& section : meeting.sections)
    for (const auto& block : section.blocks)
      if (block.kind == BlockKind::Speech && seen++ == which)
        for (const auto& item : block.speech.items)
          out.push_back(plainText(item.paragraph.content));
  return out;
}

int countKind(const Inlines& content, InlineKind kind) {
  int n = 0;
  for (const auto& run : content) n += run.kind == kind;
  return n;
}

// Lines of the usual Chinese measure (23 characters) so that width rules apply.
const std::string kFull1 = "这是第一行文字这是第一行文字这是第一行文字可";  // 22 + 可
const std::string kFull2 = "这是第二行文字这是第二行文字这是第二行文字行";

TEST(Reflow, JoinsHardWrappedLinesWithoutSpaces) {
  auto r = readZh("主席：" + kFull1 + "\n" + kFull2 + "\n结束了。\n");
  auto paragraphs = speechParagraphs(r.meeting);
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_EQ(paragraphs[0], kFull1 + kFull2 + "结束了。");
}

TEST(Reflow, BlankLineInMidSentenceIsAColumnBreak) {
  auto r = readZh("主席：" + kFull1 + "\n" + kFull2 + "\n\n能会带来什么结果。\n\n下一段。\n");
  auto paragraphs = speechParagraphs(r.meeting);
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_EQ(paragraphs[0], kFull1 + kFull2 + "能会带来什么结果。");
  bool audited = false;
  for (const auto& entry : r.audit.entries()) audited = audited || entry.kind == "column-break";
  EXPECT_TRUE(audited);
}

TEST(Reflow, BlankLineAfterASentenceEndsTheParagraph) {
  auto r = readZh("主席：" + kFull1 + "。\n\n" + kFull2 + "。\n");
  EXPECT_EQ(speechParagraphs(r.meeting).size(), 2u);
}

TEST(Reflow, PageStartInMidSentenceJoinsAndKeepsThePageEnd) {
  auto r = readZh(" 主席：" + kFull1 + "\n " + kFull2 + "。\n");
  const auto& speech = r.meeting.sections.at(0).blocks.at(0).speech;
  ASSERT_EQ(speech.items.size(), 1u);
  const auto& content = speech.items[0].paragraph.content;
  ASSERT_EQ(countKind(content, InlineKind::PageEnd), 2);  // page 5 inside, page 6 at the end
  EXPECT_EQ(content[1].kind, InlineKind::PageEnd);
  EXPECT_EQ(content[1].ref, "5");
  EXPECT_EQ(content[0].text, kFull1);
  EXPECT_EQ(content.back().ref, "6");
}

TEST(Reflow, PageStartAfterAShortSentenceEndStartsAParagraph) {
  auto r = readZh(" 主席：" + kFull1 + "\n结束了。\n 新的一段" + kFull2 + "\n结束。\n");
  auto paragraphs = speechParagraphs(r.meeting);
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_EQ(paragraphs[1], "新的一段" + kFull2 + "结束。");
}

TEST(Reflow, ParagraphEndingInACommaBeforeALanguageSwitch) {
  auto r =
      readZh("主席（以法语发言）：" + kFull1 + "\n如先前所说，\n\n（以英语发言）\n\n“引文。”\n");
  const auto& speech = r.meeting.sections.at(0).blocks.at(0).speech;
  ASSERT_EQ(speech.items.size(), 3u);
  EXPECT_EQ(plainText(speech.items[0].paragraph.content), kFull1 + "如先前所说，");
  EXPECT_TRUE(speech.items[1].isLanguageSwitch());
  EXPECT_EQ(speech.items[1].paragraph.content[0].ref, "lang_eng");
}

TEST(Reflow, LabelWrappedOverTwoLines) {
  auto r =
      readZh(kFull1 + "。\n\n佩雷斯 · 卢塞先生（厄瓜多尔）（以西班牙语发\n言）：波兰作家说过。\n");
  const Speech* speech = nullptr;
  for (const auto& block : r.meeting.sections.back().blocks)
    if (block.kind == BlockKind::Speech) speech = &block.speech;
  ASSERT_NE(speech, nullptr);
  EXPECT_EQ(plainText(speech->from), "佩雷斯·卢塞先生（厄瓜多尔）（以西班牙语发言）");
  ASSERT_EQ(speech->items.size(), 1u);
  EXPECT_EQ(plainText(speech->items[0].paragraph.content), "波兰作家说过。");
}

TEST(Reflow, SpacesBetweenChineseCharactersGoAndLatinSpacesStay) {
  auto r = readZh(
      "主席：而\xE2\x80\x84"
      "ChatGPT\xE2\x80\x84在两个月内， 拥有了安东尼奥 ·古特雷斯和 Large\nLanguage Models。\n");
  auto paragraphs = speechParagraphs(r.meeting);
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_EQ(paragraphs[0],
            "而ChatGPT在两个月内，拥有了安东尼奥·古特雷斯和 Large Language Models。");
}

// A line the layout extraction letter-spaced: digits and quotation marks
// beside Chinese characters take no space, and the resolution reads.
TEST(Reflow, DigitsAndQuotesBesideChineseCharactersTakeNoSpace) {
  auto r = readZh("主席：安理会通过了第 2699 （ 2023 ）号决议，落实 “ 两国方案 ” 。\n");
  auto paragraphs = speechParagraphs(r.meeting);
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_EQ(paragraphs[0], "安理会通过了第2699（2023）号决议，落实“两国方案”。");
}

TEST(Reflow, NothingIsLost) {
  const std::string text = " 上午10时05分开会。\n\n主席（以英语发言）：" + kFull1 + "\n\n" +
                           kFull2 + "。\n\n张三先生（中国）：很好。\n\n中午12时15分散会。\n";
  auto r = readZh(text);
  auto report = checkConservation(r.decodedText, meetingText(r.meeting), r.audit.removedText(),
                                  r.audit.insertedText());
  EXPECT_TRUE(report.ok()) << report.summary();
}

TEST(Reflow, ControlCharactersAreRemovedAndReported) {
  auto r = readZh("主席：好\x08的。\n");
  EXPECT_EQ(speechParagraphs(r.meeting).at(0), "好的。");
  EXPECT_EQ(r.audit.removedText().find('\x08') != std::string::npos, true);
}

}  // namespace
}  // namespace verbatim
