#include "core/conservation.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "core/text.hpp"

namespace verbatim {
namespace {

// Most of a record's characters are ASCII in five of the six languages: they
// are counted in an array, the rest in a map.
struct Counts {
  std::array<long, 128> ascii{};
  std::unordered_map<char32_t, long> others;
};

void count(std::string_view s, Counts& counts, long sign) {
  for (std::size_t i = 0; i < s.size();) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte < 0x80) {
      ++i;
      if (!text::isSpace(byte)) counts.ascii[byte] += sign;
      continue;
    }
    char32_t c = text::next(s, i);
    if (!text::isSpace(c)) counts.others[c] += sign;
  }
}

}  // namespace

ConservationReport checkConservation(std::string_view input, std::string_view kept,
                                     std::string_view removed, std::string_view inserted) {
  Counts counts;
  count(input, counts, 1);
  count(inserted, counts, 1);
  count(kept, counts, -1);
  count(removed, counts, -1);
  ConservationReport report;
  auto differs = [&](char32_t c, long n) {
    std::string character;
    text::append(character, c);
    if (n > 0) report.missing.push_back({character, n});
    if (n < 0) report.extra.push_back({character, -n});
  };
  for (char32_t c = 0; c < counts.ascii.size(); ++c)
    if (counts.ascii[c] != 0) differs(c, counts.ascii[c]);
  for (const auto& [c, n] : counts.others) differs(c, n);
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
