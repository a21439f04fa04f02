#include "core/conservation.hpp"

#include <algorithm>
#include <unordered_map>

#include "core/text.hpp"

namespace verbatim {
namespace {

void count(std::string_view s, std::unordered_map<char32_t, long>& counts, long sign) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = text::next(s, i);
    if (!text::isSpace(c)) counts[c] += sign;
  }
}

}  // namespace

ConservationReport checkConservation(std::string_view input, std::string_view kept,
                                     std::string_view removed, std::string_view inserted) {
  std::unordered_map<char32_t, long> counts;
  count(input, counts, 1);
  count(inserted, counts, 1);
  count(kept, counts, -1);
  count(removed, counts, -1);
  ConservationReport report;
  for (const auto& [c, n] : counts) {
    std::string character;
    text::append(character, c);
    if (n > 0) report.missing.push_back({character, n});
    if (n < 0) report.extra.push_back({character, -n});
  }
  auto byCharacter = [](const CharacterCount& a, const CharacterCount& b) {
    return a.character < b.character;
  };
  std::sort(report.missing.begin(), report.missing.end(), byCharacter);
  std::sort(report.extra.begin(), report.extra.end(), byCharacter);
  return report;
}

std::string ConservationReport::summary() const {
  std::string out;
  auto list = [&](const char* what, const std::vector<CharacterCount>& counts) {
    if (counts.empty()) return;
    out += what;
    int shown = 0;
    for (const auto& c : counts) {
      if (shown++ == 10) {
        out += " …";
        break;
      }
      out += " '" + c.character + "'×" + std::to_string(c.difference);
    }
    out += ';';
  };
  list("lost:", missing);
  list(" added:", extra);
  return out;
}

std::string meetingText(const Meeting& meeting) {
  std::string text;
  for (const auto& section : meeting.sections)
    for (const auto& block : section.blocks) {
      switch (block.kind) {
        case BlockKind::Heading: text += plainText(block.heading.text.content); break;
        case BlockKind::Narrative: text += plainText(block.narrative.text.content); break;
        case BlockKind::Speech:
          text += plainText(block.speech.from);
          for (const auto& item : block.speech.items) text += plainText(item.paragraph.content);
          break;
        case BlockKind::Vote:
          for (const auto& list : block.vote.lists)
            text += plainText(list.label.content) + plainText(list.members.content);
          break;
      }
      text += '\n';
    }
  return text;
}

}  // namespace verbatim
