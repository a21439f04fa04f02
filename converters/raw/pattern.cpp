#include "raw/pattern.hpp"

#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cctype>
#include <cstring>
#include <stdexcept>
#include <unordered_map>

#include "core/text.hpp"

namespace verbatim {

MatcherSlot& matcherFor(const icu::RegexPattern& pattern) {
  thread_local std::unordered_map<const icu::RegexPattern*, MatcherSlot> cache;
  auto [slot, made] = cache.try_emplace(&pattern);
  if (made) {
    UErrorCode status = U_ZERO_ERROR;
    slot->second.matcher.reset(pattern.matcher(status));
    if (U_FAILURE(status)) slot->second.matcher.reset();
  }
  return slot->second;
}

namespace {

// How many bytes `text` begins with that are ASCII, eight at a time.
std::size_t asciiPrefix(std::string_view text) {
  std::size_t n = 0;
  for (std::uint64_t word = 0; n + 8 <= text.size(); n += 8) {
    std::memcpy(&word, text.data() + n, 8);
    if (word & 0x8080808080808080u) break;
  }
  while (n < text.size() && static_cast<unsigned char>(text[n]) < 0x80) ++n;
  return n;
}

// `text` in UTF-16 in `units`, its buffer reused; false (and `units` empty)
// where it is not valid UTF-8 or too long to index. `direct`: every unit is
// one byte (the text is ASCII), so that unit offsets are byte offsets.
bool toUtf16(std::string_view text, icu::UnicodeString& units, bool& direct) {
  if (text.size() > static_cast<std::size_t>(INT32_MAX / 2)) return false;
  const auto length = static_cast<int32_t>(text.size());
  UChar* buffer = units.getBuffer(length);
  if (!buffer) return false;  // no memory for the copy
  const auto ascii = static_cast<int32_t>(asciiPrefix(text));
  for (int32_t i = 0; i < ascii; ++i)
    buffer[i] = static_cast<unsigned char>(text[static_cast<std::size_t>(i)]);
  direct = ascii == length;
  int32_t written = ascii;
  for (int32_t i = ascii; i < length;) {
    UChar32 c = 0;
    U8_NEXT(text.data(), i, length, c);
    if (c < 0) {
      units.releaseBuffer(0);
      return false;
    }
    U16_APPEND_UNSAFE(buffer, written, c);
  }
  units.releaseBuffer(written);
  return true;
}

}  // namespace

TextMatch::TextMatch(const icu::RegexPattern& pattern, std::string_view text) : text_(text) {
  MatcherSlot& slot = matcherFor(pattern);
  matcher_ = slot.matcher.get();
  if (!matcher_) return;
  if (toUtf16(text, slot.units, direct_)) {
    matcher_->reset(slot.units);
    ok_ = true;
    return;
  }
  direct_ = true;
  UErrorCode status = U_ZERO_ERROR;
  utext_openUTF8(&utf8_, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return;
  matcher_->reset(&utf8_);
  ok_ = true;
}

// The thread's matcher keeps pointing at this text, unread until its next reset.
TextMatch::~TextMatch() { utext_close(&utf8_); }

bool TextMatch::matches() {
  UErrorCode status = U_ZERO_ERROR;
  return ok_ && matcher_->matches(status) && U_SUCCESS(status);
}

bool TextMatch::lookingAt() {
  UErrorCode status = U_ZERO_ERROR;
  return ok_ && matcher_->lookingAt(status) && U_SUCCESS(status);
}

bool TextMatch::find() { return ok_ && matcher_->find(); }

bool TextMatch::hitEnd() const { return ok_ && matcher_->hitEnd(); }

int TextMatch::groupCount() const { return ok_ ? matcher_->groupCount() : 0; }

std::optional<std::pair<std::size_t, std::size_t>> TextMatch::range(int number) const {
  if (!ok_ || number < 0) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  const int64_t begin = matcher_->start64(number, status);
  const int64_t end = matcher_->end64(number, status);
  if (U_FAILURE(status) || begin < 0) return std::nullopt;
  const std::size_t first = byteOffset(begin);
  return std::pair{first, byteOffset(end)};
}

std::size_t TextMatch::byteOffset(int64_t unit) const {
  if (direct_) return static_cast<std::size_t>(unit);
  if (unit < cursorUnit_) cursorUnit_ = 0, cursorByte_ = 0;
  const auto length = static_cast<int32_t>(text_.size());
  auto byte = static_cast<int32_t>(cursorByte_);
  while (cursorUnit_ < unit && byte < length) {
    UChar32 c = 0;
    U8_NEXT_UNSAFE(text_.data(), byte, c);
    cursorUnit_ += U16_LENGTH(c);
  }
  cursorByte_ = static_cast<std::size_t>(byte);
  return cursorByte_;
}

BytePairs::BytePairs(std::string_view text) {
  for (std::size_t i = 1; i < text.size(); ++i) {
    const unsigned pair =
        static_cast<unsigned char>(text[i - 1]) * 31u + static_cast<unsigned char>(text[i]);
    bits_[(pair >> 6) & 3u] |= std::uint64_t{1} << (pair & 63u);
  }
}

Pattern::Pattern(std::string_view source) : required_(requiredLiteral(source)) {
  UParseError where{};
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString pattern = icu::UnicodeString::fromUTF8(
      icu::StringPiece(source.data(), static_cast<int32_t>(source.size())));
  compiled_.reset(icu::RegexPattern::compile(pattern, 0, where, status));
  if (U_FAILURE(status))
    throw std::logic_error("pattern '" + std::string(source) + "' does not compile: " +
                           u_errorName(status) + " at offset " + std::to_string(where.offset));
}

Pattern::~Pattern() = default;

std::optional<std::vector<std::string_view>> Pattern::match(std::string_view text) const {
  if (!required_.empty() && text.find(required_) == std::string_view::npos) return std::nullopt;
  TextMatch match(*compiled_, text);
  if (!match.matches()) return std::nullopt;
  std::vector<std::string_view> groups;
  for (int i = 0; i <= match.groupCount(); ++i) {
    const auto range = match.range(i);
    groups.push_back(range ? text.substr(range->first, range->second - range->first)
                           : std::string_view{});
  }
  return groups;
}

std::string Pattern::replaceAll(std::string_view text, std::string_view replacement) const {
  TextMatch match(*compiled_, text);
  if (!match) return std::string(text);
  std::string out;
  std::size_t kept = 0;
  while (match.find()) {
    const auto found = match.range(0);
    if (!found) break;
    out.append(text.substr(kept, found->first - kept));
    out.append(replacement);
    kept = found->second;
  }
  out.append(text.substr(kept));
  return out;
}

namespace {

// Past a quantifier at `i`, if there is one (with its lazy or possessive mark).
std::size_t skipQuantifier(std::string_view source, std::size_t i) {
  if (i >= source.size()) return i;
  if (source[i] == '{') {
    const std::size_t close = source.find('}', i);
    i = close == std::string_view::npos ? source.size() : close + 1;
  } else if (source[i] == '?' || source[i] == '*' || source[i] == '+') {
    ++i;
  } else {
    return i;
  }
  if (i < source.size() && (source[i] == '?' || source[i] == '+')) ++i;
  return i;
}

bool isQuantifier(std::string_view source, std::size_t i) {
  return i < source.size() &&
         (source[i] == '?' || source[i] == '*' || source[i] == '+' || source[i] == '{');
}

// Past a character class that opens at `i` ("[^)]", "[[a-z]&&[^q]]", "[]a]").
std::size_t skipClass(std::string_view source, std::size_t i) {
  int depth = 0;
  for (std::size_t j = i; j < source.size(); ++j) {
    if (source[j] == '\\') {
      ++j;
    } else if (source[j] == '[') {
      ++depth;
    } else if (source[j] == ']' && j > i + 1 + (source[i + 1] == '^' ? 1 : 0) && --depth == 0) {
      return j + 1;
    }
  }
  return source.size();
}

// Escapes of one letter that match no literal text of their own.
constexpr std::string_view kLetterEscapes = "dDsSwWbBhHvVRXAzZG";

}  // namespace

namespace {

// The literal text a pattern requires: the longest run outside groups
// (`within`, none where the pattern has top-level alternatives), and the run
// each top-level alternative ends with, or none where one ends otherwise.
struct RequiredText {
  std::string within;
  std::vector<std::string> endings;
};

// Nothing where the pattern holds what the scan does not read (flags for all
// that follows, escapes such as \u, \Q or a backreference, unbalanced groups).
std::optional<RequiredText> requiredText(std::string_view source) {
  RequiredText required;
  std::string best, run;
  bool alternatives = false;
  std::size_t lastAtom = 0;  // where the run's last character begins
  auto endRun = [&] {
    if (run.size() > best.size()) best = run;
    run.clear();
  };
  int depth = 0;
  for (std::size_t i = 0; i < source.size();) {
    const char c = source[i];
    if (c == '\\') {
      if (i + 1 >= source.size()) return std::nullopt;
      const char e = source[i + 1];
      if (e == 'p' || e == 'P') {
        const std::size_t close = source.find('}', i);
        if (close == std::string_view::npos) return std::nullopt;
        endRun();
        i = skipQuantifier(source, close + 1);
        continue;
      }
      if (static_cast<unsigned char>(e) >= 0x80) return std::nullopt;
      if (std::isalnum(static_cast<unsigned char>(e))) {
        // \u, \x, \1, \Q …
        if (kLetterEscapes.find(e) == std::string_view::npos) return std::nullopt;
        endRun();
        i = skipQuantifier(source, i + 2);
        continue;
      }
      if (depth > 0) {
        i += 2;
        continue;
      }
      lastAtom = run.size();
      run += e;
      i += 2;
    } else if (c == '[') {
      endRun();
      i = skipQuantifier(source, skipClass(source, i));
      continue;
    } else if (c == '(') {
      // "(?i)": flags for all that follows.
      if (depth == 0 && source.substr(i, 2) == "(?") {
        std::size_t j = i + 2;
        while (j < source.size() &&
               (std::isalpha(static_cast<unsigned char>(source[j])) || source[j] == '-'))
          ++j;
        if (j > i + 2 && j < source.size() && source[j] == ')') return std::nullopt;
      }
      endRun();
      ++depth;
      ++i;
      continue;
    } else if (c == ')') {
      if (--depth < 0) return std::nullopt;
      ++i;
      if (depth == 0) i = skipQuantifier(source, i);
      continue;
    } else if (depth > 0) {
      ++i;
      continue;
    } else if (c == '|') {
      alternatives = true;
      required.endings.push_back(run);
      endRun();
      ++i;
      continue;
    } else if (c == '.' || c == '^' || c == '$' || isQuantifier(source, i)) {
      endRun();
      i = skipQuantifier(source, i + 1);
      continue;
    } else {
      // A literal character, all of its UTF-8 bytes.
      std::size_t end = i + 1;
      while (end < source.size() && (static_cast<unsigned char>(source[end]) & 0xC0) == 0x80) ++end;
      lastAtom = run.size();
      run.append(source.substr(i, end - i));
      i = end;
    }
    // A quantifier after a literal character: that character may be absent
    // ("?", "*", "{0,1}") or repeated ("+"): the run ends before or with it.
    if (isQuantifier(source, i)) {
      if (source[i] != '+') run.resize(lastAtom);
      endRun();
      i = skipQuantifier(source, i);
    }
  }
  if (depth != 0) return std::nullopt;
  required.endings.push_back(run);
  endRun();
  if (!alternatives) required.within = best;
  return required;
}

}  // namespace

std::string requiredLiteral(std::string_view source) {
  const auto required = requiredText(source);
  return required ? required->within : std::string();
}

std::string requiredEnding(std::string_view source) {
  const auto required = requiredText(source);
  if (!required) return {};
  // The longest text every alternative ends with, whole characters only.
  std::string_view common = required->endings.front();
  for (std::string_view ending : required->endings) {
    std::size_t n = 0;
    while (n < common.size() && n < ending.size() &&
           common[common.size() - 1 - n] == ending[ending.size() - 1 - n])
      ++n;
    common = common.substr(common.size() - n);
  }
  while (!common.empty() && (static_cast<unsigned char>(common.front()) & 0xC0) == 0x80)
    common.remove_prefix(1);
  return std::string(common);
}

std::vector<std::string> literalLetterRuns(std::string_view source) {
  std::vector<std::string> runs;
  std::string run;
  auto endRun = [&] {
    if (!run.empty()) runs.push_back(std::move(run));
    run.clear();
  };
  for (std::size_t i = 0; i < source.size();) {
    const char c = source[i];
    if (c == '\\') {  // an escape: "\p{Lu}" whole, else the character after it
      endRun();
      const std::size_t close = source.find('}', i);
      if (i + 1 < source.size() && (source[i + 1] == 'p' || source[i + 1] == 'P'))
        i = close == std::string_view::npos ? source.size() : close + 1;
      else if (++i < source.size())
        text::next(source, i);
      continue;
    }
    if (c == '[') {
      endRun();
      i = skipClass(source, i);
      continue;
    }
    // "(?<chair>": a group's name, not text ("(?<=", "(?<!" are lookbehinds).
    if (source.substr(i, 3) == "(?<" && i + 3 < source.size() && source[i + 3] != '=' &&
        source[i + 3] != '!') {
      endRun();
      const std::size_t close = source.find('>', i);
      i = close == std::string_view::npos ? source.size() : close + 1;
      continue;
    }
    const std::size_t at = i;
    const char32_t letter = text::next(source, i);
    if (letter != text::kInvalid && u_isalpha(static_cast<UChar32>(letter)))
      run.append(source.substr(at, i - at));
    else
      endRun();
  }
  endRun();
  return runs;
}

}  // namespace verbatim
