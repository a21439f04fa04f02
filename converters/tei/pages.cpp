#include "tei/pages.hpp"

#include "core/text.hpp"

namespace verbatim::tei {
namespace {

class Walker {
 public:
  std::vector<std::string> numbers;
  bool textAfterLast = false;

  // `printed` false: a continuation's label, which the TEI does not repeat.
  void visit(const Inlines& content, bool printed = true) {
    for (const auto& run : content) {
      if (run.kind == InlineKind::PageEnd) {
        numbers.push_back(run.ref);
        textAfterLast = false;
      } else if (printed && !text::trim(run.text).empty()) {
        textAfterLast = true;
      }
    }
  }

  void visit(const Block& block) {
    switch (block.kind) {
      case BlockKind::Heading: visit(block.heading.text.content); break;
      case BlockKind::Narrative: visit(block.narrative.text.content); break;
      case BlockKind::Speech:
        visit(block.speech.from, !block.speech.continued);
        for (const auto& item : block.speech.items) visit(item.paragraph.content);
        break;
      case BlockKind::Vote:
        for (const auto& list : block.vote.lists) {
          visit(list.label.content);
          visit(list.members.content);
        }
        break;
    }
  }
};

}  // namespace

PagePlan::PagePlan(const Meeting& meeting) {
  Walker walker;
  for (const auto& section : meeting.sections)
    for (const auto& block : section.blocks) walker.visit(block);
  numbers_ = std::move(walker.numbers);
  textAfterLast_ = walker.textAfterLast;
}

PagePlan::Beginning PagePlan::next() {
  const std::size_t index = seen_++;
  if (index + 1 < numbers_.size()) return {true, numbers_[index + 1]};
  if (index + 1 == numbers_.size() && textAfterLast_) return {true, {}};
  return {false, {}};
}

}  // namespace verbatim::tei
