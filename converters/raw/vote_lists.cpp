#include "raw/vote_lists.hpp"

#include <string>
#include <unordered_map>

#include "core/countries.hpp"
#include "core/text.hpp"

namespace verbatim {
namespace {

// A list's item without the spaces around it and the full stop after the last.
Piece trimmed(std::string_view text, Piece piece) {
  std::string_view inner = text::trim(piece.in(text));
  while (!inner.empty() && (inner.back() == '.' || inner.back() == ';')) {
    inner.remove_suffix(1);
    inner = text::trimEnd(inner);
  }
  if (inner.empty()) return {};
  std::size_t begin = static_cast<std::size_t>(inner.data() - text.data());
  return {begin, begin + inner.size()};
}

}  // namespace

std::vector<Piece> splitStates(std::string_view text, const LanguageProfile& profile) {
  const std::string separator = std::string(profile.vote.separator);
  const std::string last = std::string(profile.vote.lastSeparator);
  // " and " between words; "和" alone where the script sets no spaces ("日本和瑞士").
  const std::string needle = profile.spacesBetweenWords ? " " + last + " " : last;
  // The same pieces are asked about more than once: each answer is kept.
  std::unordered_map<std::string_view, bool> answers;
  auto known = [&](std::string_view name) {
    name = text::trim(name);
    while (!name.empty() && (name.back() == '.' || name.back() == ';')) name.remove_suffix(1);
    name = text::trim(name);
    if (auto found = answers.find(name); found != answers.end()) return found->second;
    return answers[name] = !countryCode(name, profile.code).empty();
  };
  // Cut at every separator, then glue back pieces that only together name a State.
  std::vector<Piece> pieces;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t at = text.find(separator, begin);
    std::size_t end = at == std::string_view::npos ? text.size() : at;
    pieces.push_back({begin, end});
    if (at == std::string_view::npos) break;
    begin = at + separator.size();
  }
  std::vector<Piece> merged;
  for (const Piece& piece : pieces) {
    // "Germany, Federal Republic of": a known name and an unknown rest too.
    if (!merged.empty() && (!known(merged.back().in(text)) || !known(piece.in(text))) &&
        known(text.substr(merged.back().begin, piece.end - merged.back().begin)))
      merged.back().end = piece.end;
    else
      merged.push_back(piece);
  }
  // The last piece may hold "X and Y". (Two States' names, at most: no
  // longer piece is looked into.)
  constexpr std::size_t kLongestTwoStates = 400;
  std::vector<Piece> out;
  for (const Piece& piece : merged) {
    std::string_view name = piece.in(text);
    std::size_t split = std::string_view::npos;
    if (name.size() > kLongestTwoStates) {
      out.push_back(trimmed(text, piece));
      continue;
    }
    if (!last.empty() && !known(name)) {
      for (auto at = name.find(needle); at != std::string_view::npos;
           at = name.find(needle, at + 1))
        if (known(name.substr(0, at)) || known(name.substr(at + needle.size()))) split = at;
      if (split != std::string_view::npos) {
        out.push_back(trimmed(text, {piece.begin, piece.begin + split}));
        out.push_back(trimmed(text, {piece.begin + split + needle.size(), piece.end}));
        continue;
      }
    }
    if (!known(name)) {
      // "Zambia Zimbabwe.": the list lost a separator at a line end; two
      // States either side of a space are two votes.
      std::size_t space = std::string_view::npos;
      for (auto at = name.find(' '); at != std::string_view::npos; at = name.find(' ', at + 1))
        if (known(name.substr(0, at)) && known(name.substr(at + 1))) space = at;
      if (space != std::string_view::npos) {
        out.push_back(trimmed(text, {piece.begin, piece.begin + space}));
        out.push_back(trimmed(text, {piece.begin + space + 1, piece.end}));
        continue;
      }
    }
    if (!last.empty() && !known(name)) {
      // "China and Russian Federation" when neither side is known: the last "and".
      if (&piece == &merged.back()) {
        auto at = name.rfind(needle);
        if (at != std::string_view::npos) {
          out.push_back(trimmed(text, {piece.begin, piece.begin + at}));
          out.push_back(trimmed(text, {piece.begin + at + needle.size(), piece.end}));
          continue;
        }
      }
    }
    out.push_back(trimmed(text, piece));
  }
  std::erase_if(out, [](const Piece& p) { return !p.found(); });
  return out;
}

}  // namespace verbatim
