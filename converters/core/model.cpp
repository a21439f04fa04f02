#include "core/model.hpp"

namespace verbatim {

std::string plainText(const Inlines& content) {
  std::string text;
  for (const auto& run : content) text += run.text;
  return text;
}

}  // namespace verbatim

namespace verbatim {
namespace {

int pageEndsIn(const Inlines& content) {
  int n = 0;
  for (const auto& run : content) n += run.kind == InlineKind::PageEnd;
  return n;
}

}  // namespace

MeetingCounts countContent(const Meeting& meeting) {
  MeetingCounts counts;
  for (const auto& section : meeting.sections) {
    ++counts.sections;
    for (const auto& block : section.blocks) {
      switch (block.kind) {
        case BlockKind::Heading:
          ++counts.headings;
          counts.pageEnds += pageEndsIn(block.heading.text.content);
          break;
        case BlockKind::Narrative:
          ++counts.narratives;
          counts.pageEnds += pageEndsIn(block.narrative.text.content);
          break;
        case BlockKind::Speech:
          ++counts.speeches;
          counts.turns += !block.speech.continued;
          counts.pageEnds += pageEndsIn(block.speech.from);
          for (const auto& item : block.speech.items) {
            if (item.isLanguageSwitch())
              ++counts.languageSwitches;
            else
              ++counts.paragraphs;
            counts.pageEnds += pageEndsIn(item.paragraph.content);
          }
          break;
      }
    }
  }
  return counts;
}

}  // namespace verbatim
