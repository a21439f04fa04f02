#include "raw/pattern.hpp"

#include <unicode/regex.h>
#include <unicode/utext.h>

#include <cctype>
#include <stdexcept>
#include <unordered_map>

namespace verbatim {
namespace {

// A matcher reset on a UTF-8 text, closed when done.
class Over {
 public:
  Over(const icu::RegexPattern& pattern, std::string_view text) : matcher_(matcherFor(pattern)) {
    UErrorCode status = U_ZERO_ERROR;
    utext_openUTF8(&text_, text.data(), static_cast<int64_t>(text.size()), &status);
    if (!matcher_ || U_FAILURE(status)) matcher_ = nullptr;
    if (matcher_) matcher_->reset(&text_);
  }
  ~Over() { utext_close(&text_); }
  Over(const Over&) = delete;
  Over& operator=(const Over&) = delete;

  icu::RegexMatcher* operator->() const { return matcher_; }
  explicit operator bool() const { return matcher_ != nullptr; }

  // Group `number` of the last match, as a view of `text`.
  std::string_view group(std::string_view text, int number) const {
    UErrorCode status = U_ZERO_ERROR;
    const int64_t begin = matcher_->start64(number, status);
    const int64_t end = matcher_->end64(number, status);
    if (U_FAILURE(status) || begin < 0) return {};
    return text.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(end - begin));
  }

 private:
  UText text_ = UTEXT_INITIALIZER;
  icu::RegexMatcher* matcher_;
};

}  // namespace

icu::RegexMatcher* matcherFor(const icu::RegexPattern& pattern) {
  thread_local std::unordered_map<const icu::RegexPattern*, std::unique_ptr<icu::RegexMatcher>>
      cache;
  auto& slot = cache[&pattern];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    slot.reset(pattern.matcher(status));
    if (U_FAILURE(status)) slot.reset();
  }
  return slot.get();
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
  Over over(*compiled_, text);
  UErrorCode status = U_ZERO_ERROR;
  if (!over || !over->matches(status) || U_FAILURE(status)) return std::nullopt;
  std::vector<std::string_view> groups;
  for (int i = 0; i <= over->groupCount(); ++i) groups.push_back(over.group(text, i));
  return groups;
}

std::string Pattern::replaceAll(std::string_view text, std::string_view replacement) const {
  Over over(*compiled_, text);
  if (!over) return std::string(text);
  std::string out;
  std::size_t kept = 0;
  while (over->find()) {
    const std::string_view found = over.group(text, 0);
    const auto begin = static_cast<std::size_t>(found.data() - text.data());
    out.append(text.substr(kept, begin - kept));
    out.append(replacement);
    kept = begin + found.size();
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

std::string requiredLiteral(std::string_view source) {
  std::string best, run;
  std::size_t lastAtom = 0;  // where the run's last character begins
  auto endRun = [&] {
    if (run.size() > best.size()) best = run;
    run.clear();
  };
  int depth = 0;
  for (std::size_t i = 0; i < source.size();) {
    const char c = source[i];
    if (c == '\\') {
      if (i + 1 >= source.size()) return {};
      const char e = source[i + 1];
      if (e == 'p' || e == 'P') {
        const std::size_t close = source.find('}', i);
        if (close == std::string_view::npos) return {};
        endRun();
        i = skipQuantifier(source, close + 1);
        continue;
      }
      if (static_cast<unsigned char>(e) >= 0x80) return {};
      if (std::isalnum(static_cast<unsigned char>(e))) {
        if (kLetterEscapes.find(e) == std::string_view::npos) return {};  // \u, \x, \1, \Q …
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
        if (j > i + 2 && j < source.size() && source[j] == ')') return {};
      }
      endRun();
      ++depth;
      ++i;
      continue;
    } else if (c == ')') {
      if (--depth < 0) return {};
      ++i;
      if (depth == 0) i = skipQuantifier(source, i);
      continue;
    } else if (depth > 0) {
      ++i;
      continue;
    } else if (c == '|') {
      return {};
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
  if (depth != 0) return {};
  endRun();
  return best;
}

}  // namespace verbatim
