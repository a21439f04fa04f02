#include "raw/vocabulary.hpp"

#include <unicode/uchar.h>

#include "core/text.hpp"

namespace verbatim {
namespace {

bool isWordChar(char32_t c) {
  if (c < 0x80)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  return c != text::kInvalid && u_isalnum(static_cast<UChar32>(c));
}

// The next code point; ASCII without a call (most of the text of most records).
char32_t nextOf(std::string_view text, std::size_t& i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) {
    ++i;
    return byte;
  }
  return text::next(text, i);
}

// "Inter", "American": a capital, then lowercase letters; three or more.
bool capitalised(std::string_view word) {
  if (text::countCodePoints(word) < 3) return false;
  std::size_t i = 0;
  if (!u_isupper(static_cast<UChar32>(text::next(word, i)))) return false;
  while (i < word.size())
    if (!u_islower(static_cast<UChar32>(text::next(word, i)))) return false;
  return true;
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> wordsOf(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> found;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t begin = i;
    if (!isWordChar(nextOf(text, i))) continue;
    std::size_t end = i;
    while (end < text.size()) {
      std::size_t probe = end;
      if (!isWordChar(nextOf(text, probe))) break;
      end = probe;
    }
    found.emplace_back(begin, end);
    i = end;
  }
  return found;
}

std::string lowered(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size();) {
    if (const char byte = word[i]; static_cast<unsigned char>(byte) < 0x80) {
      out += byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte - 'A' + 'a') : byte;
      ++i;
      continue;
    }
    const char32_t c = text::next(word, i);
    text::append(
        out, c == text::kInvalid ? c : static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
  }
  return out;
}

Vocabulary::Vocabulary(const std::vector<SourceLine>& lines, int measure) {
  const int merged = measure * 11 / 10;
  bool afterHyphen = false;  // the line before ended with a hyphen
  for (const auto& line : lines) {
    if (line.blank() || line.removed) continue;
    const bool oneLine = measure > 0 && text::typesetWidth(line.text) <= merged;
    auto use = [&](std::string_view word) {
      used_.emplace(word);
      if (oneLine) ++counts_[lowered(word)];
    };
    const auto words = wordsOf(line.text);
    for (std::size_t w = 0; w < words.size(); ++w) {
      const auto [begin, end] = words[w];
      const std::string_view word = std::string_view(line.text).substr(begin, end - begin);
      // "consul-" / "tations": the two ends of a line break are no words of
      // the document until it is known what the break was.
      if ((w == 0 && afterHyphen) || (w + 1 == words.size() && word.ends_with('-'))) continue;
      use(word);
      if (oneLine) whole_.emplace(word);
      if (word.find('-') == std::string_view::npos) continue;
      for (std::size_t part = 0, hyphen = 0; hyphen != std::string_view::npos; part = hyphen + 1) {
        hyphen = word.find('-', part);
        use(word.substr(part, hyphen == std::string_view::npos ? hyphen : hyphen - part));
      }
    }
    afterHyphen = line.text.ends_with('-');
  }
}

bool Vocabulary::knows(std::string_view word) const {
  auto found = counts_.find(lowered(word));
  if (found == counts_.end()) return false;
  return found->second >= (text::countCodePoints(word) < 4 ? 2 : 1);
}

bool Vocabulary::isCompound(std::string_view left, std::string_view right) const {
  if (left.empty() || right.empty()) return false;
  std::string closed(left);
  closed += right;
  if (printedWhole(closed)) return false;
  if (capitalised(left) && capitalised(right) && u_islower(static_cast<UChar32>(text::last(left))))
    return true;
  // No one breaks a word between a digit and a letter: "P5" + "level",
  // "COVID" + "19" were hyphenated. (The letters' side a word, not an
  // ordinal's ending: "21" + "st".)
  const bool digitLeft = u_isdigit(static_cast<UChar32>(text::last(left)));
  if (digitLeft != static_cast<bool>(u_isdigit(static_cast<UChar32>(text::first(right)))) &&
      text::countCodePoints(digitLeft ? right : left) >= 3)
    return true;
  return text::countCodePoints(left) >= 2 && text::countCodePoints(right) >= 2 && knows(left) &&
         knows(right);
}

}  // namespace verbatim
