// A regular expression (ICU syntax) over UTF-8 text, with byte offsets.
// Compiled once, then shared read-only by every thread: each thread matches
// with a matcher of its own. ICU compiles in microseconds where std::regex
// took milliseconds, and reads UTF-8 as characters, not bytes.
#pragma once

#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

U_NAMESPACE_BEGIN
class RegexPattern;
class RegexMatcher;
U_NAMESPACE_END

namespace verbatim {

// This thread's matcher for `pattern`, and the UTF-16 copy of the text it
// reads (matcher null if ICU cannot make one). Matchers are costly to make
// (they allocate their backtracking stack), and a copy's buffer is costly to
// allocate for every line, so each thread keeps one of each per pattern:
// one TextMatch of a pattern at a time on a thread. `pattern` must live until
// the program exits.
struct MatcherSlot {
  std::unique_ptr<icu::RegexMatcher> matcher;
  icu::UnicodeString units;
};
MatcherSlot& matcherFor(const icu::RegexPattern& pattern);

// A match of a pattern over a UTF-8 text, with byte offsets into it. The
// engine runs on the text's UTF-16 form: ICU walks a UTF-16 string in one
// chunk, where a UTF-8 text is mapped piece by piece as it moves (a tenth of a
// long record's conversion). Text that is not valid UTF-8 is matched as it is.
class TextMatch {
 public:
  TextMatch(const icu::RegexPattern& pattern, std::string_view text);
  ~TextMatch();
  TextMatch(const TextMatch&) = delete;
  TextMatch& operator=(const TextMatch&) = delete;

  explicit operator bool() const { return ok_; }
  bool matches();
  bool lookingAt();
  bool find();
  // The last match read up to the end of the text: more text could change it.
  bool hitEnd() const;
  int groupCount() const;
  // Group `number` of the last match as byte offsets [begin, end) into the
  // text; nothing where the group took no part.
  std::optional<std::pair<std::size_t, std::size_t>> range(int number) const;

 private:
  std::size_t byteOffset(int64_t unit) const;

  icu::RegexMatcher* matcher_;
  std::string_view text_;
  UText utf8_ = UTEXT_INITIALIZER;  // the text itself, when it is not valid UTF-8
  bool direct_ = true;              // unit indexes are byte offsets (ASCII, or the UTF-8 text)
  bool ok_ = false;
  // The last offset found, to walk on from: groups are asked in order.
  mutable int64_t cursorUnit_ = 0;
  mutable std::size_t cursorByte_ = 0;
};

// A piece of text that every match of the ICU pattern `source` contains:
// the longest run of literal characters outside groups, classes and
// quantified atoms; empty where the pattern has top-level alternatives, flags
// or escapes this does not read. Looking for it is much cheaper than running
// the pattern, and where it is absent the pattern cannot match.
std::string requiredLiteral(std::string_view source);

// The text every whole match of the ICU pattern `source` ends with: the
// literal run that ends it outside groups, or what the runs ending each of
// its top-level alternatives have in common; empty where one ends otherwise
// (a group, a class, a quantifier, an anchor). A line that ends otherwise is
// no whole match, and asking that costs nothing.
std::string requiredEnding(std::string_view source);

// The pairs of adjacent bytes in a text, as a set of 256 (pairs hashed):
// a text that lacks a pair of a word's lacks the word. One pass over a line
// answers for the many words of a profile's patterns at once, where looking
// for each in turn ran through the line again for each (a long record's
// procedural sentences asked that a million times).
class BytePairs {
 public:
  explicit BytePairs(std::string_view text);
  // False when `word` cannot be in the text; true when it may be.
  bool mayHold(const BytePairs& word) const {
    for (std::size_t i = 0; i < bits_.size(); ++i)
      if (word.bits_[i] & ~bits_[i]) return false;
    return true;
  }

 private:
  std::array<std::uint64_t, 4> bits_{};
};

// The runs of letters the ICU pattern `source` matches as written, outside its
// character classes, escapes and group names: the words of its phrases
// ("[oa]s?" holds none, "(?<chair>" names a group, "\\p{Lu}" is a class).
std::vector<std::string> literalLetterRuns(std::string_view source);

class Pattern {
 public:
  // Throws std::logic_error when `source` does not compile: patterns are the
  // program's own, so that is a bug, found by the first test that uses one.
  explicit Pattern(std::string_view source);
  ~Pattern();
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;

  // The whole of `text` matches: its groups (0 the whole), an empty view for a
  // group that took no part; nothing when there is no match.
  std::optional<std::vector<std::string_view>> match(std::string_view text) const;
  bool matches(std::string_view text) const { return match(text).has_value(); }
  // `text` with every match replaced by `replacement` (taken literally).
  std::string replaceAll(std::string_view text, std::string_view replacement) const;

 private:
  std::string required_;  // requiredLiteral(source): without it no match is tried
  std::unique_ptr<icu::RegexPattern> compiled_;
};

}  // namespace verbatim
