#include "core/conservation.hpp"

#include <map>

#include "core/text.hpp"

namespace verbatim {
namespace {

void count(std::string_view s, std::map<std::string, long>& counts, long sign) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t at = i;
    char32_t c = text::next(s, i);
    if (!text::isSpace(c)) counts[std::string(s.substr(at, i - at))] += sign;
  }
}

}  // namespace

ConservationReport checkConservation(std::string_view input, std::string_view kept,
                                     std::string_view removed) {
  std::map<std::string, long> counts;
  count(input, counts, 1);
  count(kept, counts, -1);
  count(removed, counts, -1);
  ConservationReport report;
  for (const auto& [character, n] : counts) {
    if (n > 0) report.missing.push_back({character, n});
    if (n < 0) report.extra.push_back({character, -n});
  }
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
      }
      text += '\n';
    }
  return text;
}

}  // namespace verbatim
