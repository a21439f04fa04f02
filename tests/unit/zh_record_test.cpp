// The Chinese record S/PV.9381, the project's starting document: the reading a
// person makes of it (fixtures/README.md), checked piece by piece.
#include <gtest/gtest.h>

#include "core/conservation.hpp"
#include "core/text.hpp"
#include "raw/read_raw.hpp"
#include "support/support.hpp"

namespace verbatim {
namespace {

class ChineseRecord : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const auto text = testing::readText(testing::sourceDir() / "fixtures/zh/S_PV.9381.txt");
    RawOptions options;
    options.meta.symbol = "S/PV.9381";
    options.meta.date = "2023-07-18";
    options.meta.language = "zh";
    options.firstPage = 2;
    auto result = readRawRecord(text, "S_PV.9381.txt", options);
    ASSERT_TRUE(result.ok()) << describe(result.error());
    reading_ = new RawReading(std::move(result.value()));
  }
  static void TearDownTestSuite() { delete reading_; }
  static const Meeting& meeting() { return reading_->meeting; }

  static std::vector<const Speech*> speeches() {
    std::vector<const Speech*> out;
    for (const auto& section : meeting().sections)
      for (const auto& block : section.blocks)
        if (block.kind == BlockKind::Speech) out.push_back(&block.speech);
    return out;
  }

  static std::string inlineOf(const Inlines& content, InlineKind kind) {
    for (const auto& run : content)
      if (run.kind == kind) return run.text;
    return {};
  }

  static RawReading* reading_;
};

RawReading* ChineseRecord::reading_ = nullptr;

TEST_F(ChineseRecord, HasTheExpectedShape) {
  const MeetingCounts counts = countContent(meeting());
  EXPECT_EQ(counts.headings, 3);
  EXPECT_EQ(counts.narratives, 3);
  EXPECT_EQ(counts.turns, 25);
  EXPECT_EQ(counts.languageSwitches, 6);
  EXPECT_EQ(counts.paragraphs, 203);
  EXPECT_EQ(counts.paragraphs + counts.languageSwitches, 209);
  EXPECT_EQ(counts.pageEnds, 19);
  ASSERT_EQ(meeting().sections.size(), 3u);
  EXPECT_EQ(meeting().sections[0].kind, SectionKind::Opening);
  EXPECT_EQ(meeting().sections[1].kind, SectionKind::AdoptionOfAgenda);
  EXPECT_EQ(meeting().sections[2].kind, SectionKind::AgendaItem);
}

TEST_F(ChineseRecord, HeadingsAndProceduralLines) {
  const auto& adoption = meeting().sections[1].blocks;
  ASSERT_EQ(adoption.size(), 2u);
  EXPECT_EQ(plainText(adoption[0].heading.text.content), "通过议程");
  EXPECT_EQ(adoption[1].narrative.kind, NarrativeKind::AgendaAdopted);
  const auto& item = meeting().sections[2].blocks;
  EXPECT_EQ(plainText(item[0].heading.text.content), "维护国际和平与安全");
  EXPECT_FALSE(item[0].heading.sub);
  EXPECT_EQ(plainText(item[1].heading.text.content), "人工智能：国际和平与安全面临的机遇与风险");
  EXPECT_TRUE(item[1].heading.sub);
  const auto& opening = meeting().sections[0].blocks.at(0).narrative;
  EXPECT_EQ(opening.kind, NarrativeKind::Opening);
  EXPECT_EQ(opening.text.content.at(0).kind, InlineKind::Time);
  EXPECT_EQ(opening.text.content.at(0).ref, "2023-07-18T10:05:00");
  const auto& closing = item.back().narrative;
  EXPECT_EQ(closing.kind, NarrativeKind::Closing);
  EXPECT_EQ(closing.text.content.at(0).ref, "2023-07-18T12:15:00");
  EXPECT_EQ(closing.text.content.at(0).event, TimeEvent::End);
}

// Every turn: who speaks (name or title as printed), for which State, in
// which language (empty: Chinese, no note).
TEST_F(ChineseRecord, SpeakerTurns) {
  struct Turn {
    const char* speaker;
    const char* country;
    const char* language;
  };
  const Turn expected[] = {
      {"主席", "", "lang_eng"},
      {"主席", "", "lang_eng"},
      {"秘书长", "", "lang_eng"},
      {"主席", "", "lang_eng"},
      {"克拉克先生", "", "lang_eng"},
      {"主席", "", "lang_eng"},
      {"曾毅先生", "", "lang_eng"},
      {"主席", "", "lang_eng"},
      {"竹井先生", "日本", "lang_eng"},
      {"主席", "", "lang_eng"},
      {"贡萨尔维斯先生", "莫桑比克", "lang_eng"},
      {"主席", "", "lang_eng"},
      {"沙拉夫先生", "阿拉伯联合酋长国", "lang_eng"},
      {"张军先生", "中国", ""},
      {"德劳伦蒂斯先生", "美利坚合众国", "lang_eng"},
      {"弗兰萨·丹尼斯先生", "巴西", "lang_eng"},
      {"贝里斯维尔夫人", "瑞士", "lang_fra"},
      {"阿杰曼先生", "加纳", "lang_eng"},
      {"德里维埃先生", "法国", "lang_fra"},
      {"佩雷斯·卢塞先生", "厄瓜多尔", "lang_spa"},
      {"弗雷泽夫人", "马耳他", "lang_eng"},
      {"恩格耶马·恩东夫人", "加蓬", "lang_fra"},
      {"霍查先生", "阿尔巴尼亚", "lang_eng"},
      {"波利扬斯基先生", "俄罗斯联邦", "lang_rus"},
      {"主席", "", "lang_eng"},
  };
  std::vector<const Speech*> turns;
  for (const Speech* speech : speeches())
    if (!speech->continued) turns.push_back(speech);
  ASSERT_EQ(turns.size(), std::size(expected));
  for (std::size_t i = 0; i < turns.size(); ++i) {
    const Inlines& from = turns[i]->from;
    std::string speaker = inlineOf(from, InlineKind::Person) + inlineOf(from, InlineKind::Role);
    EXPECT_EQ(speaker, expected[i].speaker) << "turn " << i + 1;
    EXPECT_EQ(inlineOf(from, InlineKind::Organization), expected[i].country) << "turn " << i + 1;
    std::string language;
    for (const auto& run : from)
      if (run.kind == InlineKind::Language) language = run.ref;
    EXPECT_EQ(language, expected[i].language) << "turn " << i + 1;
  }
}

TEST_F(ChineseRecord, ThePresidencyIsTheUnitedKingdomAndSpeaksInNationalCapacity) {
  EXPECT_EQ(meeting().meta.presidency, "gbr");
  int national = 0;
  for (const Speech* speech : speeches()) {
    EXPECT_FALSE(speech->continued);
    if (speech->as == "president") {
      EXPECT_EQ(speech->by, "gbr");
    }
    const auto& items = speech->items;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (!items[i].nationalCapacity) continue;
      ++national;
      EXPECT_EQ(speech->as, "president");
      if (i > 0 && !items[i - 1].nationalCapacity) {
        EXPECT_EQ(plainText(items[i - 1].paragraph.content), "我现在以联合王国代表的身份发言。");
      }
      if (i + 1 < items.size() && !items[i + 1].nationalCapacity) {
        EXPECT_EQ(plainText(items[i + 1].paragraph.content), "我现在恢复履行安理会主席的职责。");
      }
    }
  }
  EXPECT_EQ(national, 9) << "the nine paragraphs of the United Kingdom's statement";
}

TEST_F(ChineseRecord, NoSpaceBetweenChineseCharactersAndNoneLost) {
  // A space with a wide (CJK) character on each side.
  auto spaceBetweenWide = [](const std::string& text) {
    char32_t before = text::kInvalid;
    for (std::size_t i = 0; i < text.size();) {
      char32_t c = text::next(text, i);
      if (!text::isSpace(c)) {
        before = c;
        continue;
      }
      std::size_t j = i;
      char32_t after = text::next(text, j);
      while (text::isSpace(after) && j < text.size()) after = text::next(text, j);
      if (text::isWide(before) && text::isWide(after)) return true;
    }
    return false;
  };
  for (const Speech* speech : speeches())
    for (const auto& item : speech->items) {
      const std::string text = plainText(item.paragraph.content);
      EXPECT_FALSE(spaceBetweenWide(text)) << text;
      EXPECT_EQ(text.find('\n'), std::string::npos);
      EXPECT_EQ(text.find("\xE2\x80\x84"), std::string::npos) << text;
    }
  auto report = checkConservation(reading_->decodedText, meetingText(meeting()),
                                  reading_->audit.removedText(), reading_->audit.insertedText());
  EXPECT_TRUE(report.ok()) << report.summary();
}

TEST_F(ChineseRecord, ParagraphsReadAsPrinted) {
  // Lines 43–45: a column break in mid-sentence; 86–87: a page break in mid-word.
  const auto secretaryGeneral = speeches().at(2);
  const std::string second = plainText(secretaryGeneral->items.at(1).paragraph.content);
  EXPECT_TRUE(second.starts_with("我关注人工智能的发展已有一段时间。")) << second;
  EXPECT_NE(second.find("而ChatGPT在短短两个月内就拥有了一亿用户"), std::string::npos) << second;
  bool columnJoined = false, pageJoined = false;
  for (const auto& item : secretaryGeneral->items) {
    const std::string text = plainText(item.paragraph.content);
    columnJoined = columnJoined || text.find("技术突破可能会带来什么结果。") != std::string::npos;
    pageJoined = pageJoined || text.find("原本旨在加强人类联系的工具和平台") != std::string::npos;
  }
  EXPECT_TRUE(columnJoined);
  EXPECT_TRUE(pageJoined);
}

TEST_F(ChineseRecord, PagesAreNumberedTwoToTwenty) {
  std::vector<std::string> numbers;
  auto collect = [&](const Inlines& content) {
    for (const auto& run : content)
      if (run.kind == InlineKind::PageEnd) numbers.push_back(run.ref);
  };
  for (const auto& section : meeting().sections)
    for (const auto& block : section.blocks) {
      collect(block.heading.text.content);
      collect(block.narrative.text.content);
      collect(block.speech.from);
      for (const auto& item : block.speech.items) collect(item.paragraph.content);
    }
  ASSERT_EQ(numbers.size(), 19u);
  for (std::size_t i = 0; i < numbers.size(); ++i) EXPECT_EQ(numbers[i], std::to_string(i + 2));
}

// Symbols, and resolutions cited by number ("第2518（2020）号决议"), are links.
TEST_F(ChineseRecord, DocumentSymbolsAndResolutionsAreReferences) {
  std::vector<std::string> refs;
  for (const Speech* speech : speeches())
    for (const auto& item : speech->items)
      for (const auto& run : item.paragraph.content)
        if (run.kind == InlineKind::DocumentRef) refs.push_back(run.text);
  const std::vector<std::string> expected = {"S/2023/528",   "CCW/MSP/2019/9", "S/PV.9315",
                                             "2518（2020）", "S/PRST/2021/11", "S/2023/528"};
  EXPECT_EQ(refs, expected);
}

}  // namespace
}  // namespace verbatim
