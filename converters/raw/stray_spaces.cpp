#include "raw/stray_spaces.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <mutex>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/countries.hpp"
#include "core/text.hpp"
#include "raw/pattern.hpp"

namespace verbatim {
namespace {

// A piece of a word is printed on its own at most this often (where it was split).
constexpr int kPieceAtMost = 2;
// Or more often, where the word it is a piece of is printed this many times as often.
constexpr int kWordOverPiece = 5;
// A word the document uses this often is a word, whatever the piece beside it.
constexpr int kOften = 5;
// A word of a State's or a language's name this long is a word of the
// language ("Seychelles", "French"); shorter ones ("Chad", "Peru") could be
// two words joined.
constexpr std::size_t kNameWordAtLeast = 6;
// Letters set one apart from the next ("K i n g d o m o f"): at least so many in a row.
constexpr std::size_t kLetterSpacedAtLeast = 5;
// No word the document prints is longer (in letters): the bound keeps a long run linear.
constexpr std::size_t kLongestWord = 40;

// ASCII without a call: most of the text of most records.
bool isLetter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return c != text::kInvalid && u_isalpha(static_cast<UChar32>(c));
}
// The text with its first letter in lower case ("Al" → "al").
std::string lowerFirst(std::string_view word) {
  std::size_t i = 0;
  const char32_t first = text::next(word, i);
  if (first == text::kInvalid || !u_isupper(static_cast<UChar32>(first))) return std::string(word);
  std::string out;
  text::append(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(first))));
  out += word.substr(i);
  return out;
}

bool isLower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return c != text::kInvalid && u_islower(static_cast<UChar32>(c));
}

// Looked up by a view, without making a string of it.
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// The letters of a token without the punctuation around it ("(Sta" → "Sta",
// "te)." → "te"); empty where it holds anything else.
std::string_view lettersOf(std::string_view token) {
  // ASCII, the common case, byte by byte.
  if (std::all_of(token.begin(), token.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    const auto begin = std::find_if(token.begin(), token.end(), letter);
    const auto end = std::find_if(token.rbegin(), token.rend(), letter).base();
    if (begin >= end || !std::all_of(begin, end, letter)) return {};
    return token.substr(static_cast<std::size_t>(begin - token.begin()),
                        static_cast<std::size_t>(end - begin));
  }
  std::size_t begin = 0;
  while (begin < token.size()) {
    std::size_t i = begin;
    if (isLetter(text::next(token, i))) break;
    begin = i;
  }
  std::size_t end = token.size();
  while (end > begin && !isLetter(text::last(token.substr(0, end))))
    end -= text::lastLength(token.substr(0, end));
  const std::string_view core = token.substr(begin, end - begin);
  for (std::size_t i = 0; i < core.size();)
    if (!isLetter(text::next(core, i))) return {};
  return core;
}

// The tokens of a line between single spaces, as byte ranges.
std::vector<std::pair<std::size_t, std::size_t>> tokensOf(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> tokens;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t space = std::min(text.find(' ', start), text.size());
    if (space > start) tokens.emplace_back(start, space);
    start = space + 1;
  }
  return tokens;
}

// Each " -" after a letter ("Secretary -General", "the Court - an", "two -"
// at a line end): `visit(at, rest)`, `at` the space's offset, `rest` the text
// after the hyphen.
template <typename Visit>
void forEachHyphenAfterASpace(std::string_view text, Visit visit) {
  for (std::size_t at = text.find(" -"); at != std::string_view::npos; at = text.find(" -", at + 1))
    if (at > 0 && isLetter(text::last(text.substr(0, at)))) visit(at, text.substr(at + 2));
}

using WordSet = std::set<std::string, std::less<>>;

// Words the document may print only once, which the language says are words:
// the names of States (a vote's list prints each once: "Seyc helles") and of
// languages ("spoke in Fren ch"), of six letters or more; and the words of the
// profile's procedural phrases and titles, of any length ("called to order
// a t 10.05 a.m."). Made once a language.
const WordSet& wordsOfTheLanguage(const LanguageProfile& profile) {
  static std::mutex made;
  static std::map<std::string, WordSet, std::less<>> byLanguage;
  const std::lock_guard lock(made);
  if (auto found = byLanguage.find(profile.code); found != byLanguage.end()) return found->second;
  WordSet& words = byLanguage[std::string(profile.code)];
  auto collect = [&](std::string_view name) {
    for (auto [begin, end] : tokensOf(name)) {
      const std::string_view letters = lettersOf(name.substr(begin, end - begin));
      if (text::countCodePoints(letters) >= kNameWordAtLeast) words.emplace(letters);
    }
    return false;
  };
  for (const auto& state : countryTable())
    text::anyAlternative(namesIn(state, profile.code), collect);
  for (const auto& language : profile.languages) collect(language.printed);
  // A pattern's literal words, outside its classes ("[oa]s?" is no word "oa").
  auto collectAll = [&](std::string_view source) {
    for (auto& run : literalLetterRuns(source))
      if (text::countCodePoints(run) >= 2) words.insert(std::move(run));
  };
  for (const auto& spec : profile.procedural) collectAll(spec.pattern);
  for (const auto& title : profile.titles) collectAll(title.printed);
  return words;
}

class StraySpaces {
 public:
  StraySpaces(std::vector<SourceLine>& lines, const LanguageProfile& profile, Audit& audit)
      : lines_(lines),
        audit_(audit),
        spaceBeforeHighPunctuation_(profile.spaceBeforeHighPunctuation),
        commonWords_(profile.commonWords),
        names_(wordsOfTheLanguage(profile)) {
    int strayHyphens = 0, spacedDashes = 0;
    for (const auto& line : lines_) {
      if (line.removed) continue;
      const std::string_view text = line.text;
      for (auto [begin, end] : tokensOf(text)) {
        const std::string_view letters = lettersOf(text.substr(begin, end - begin));
        if (letters.empty()) continue;
        if (auto found = counts_.find(letters); found != counts_.end())
          ++found->second;
        else
          counts_.emplace(letters, 1);
      }
      forEachHyphenAfterASpace(text, [&](std::size_t, std::string_view rest) {
        const char32_t after = text::first(rest);
        strayHyphens += isLetter(after);
        spacedDashes += after == U' ';
      });
    }
    // "non -" / "cooperation": a compound's hyphen where the document sets
    // them so, not a dash between words ("the Court -" / "an institution").
    // Where it sets neither elsewhere, a dash is printed "–": the hyphen is
    // a compound's ("Antigua-et -" / "Barbuda" in a vote's list).
    hyphensAtLineEnds_ = strayHyphens >= spacedDashes;
  }

  void run() {
    for (auto& line : lines_)
      if (!line.removed && line.text.find(' ') != std::string::npos) close(line);
  }

 private:
  int count(std::string_view word) const {
    auto found = counts_.find(word);
    return found == counts_.end() ? 0 : found->second;
  }

  // "Sta" + "te", "an" + "d": a piece the document does not print on its own
  // and its neighbour make a word it prints.
  bool splitWord(std::string_view left, std::string_view right) const {
    // "civil es", "Secretario General es": a word and one of the language's
    // commonest after it are two words, also where the document prints the
    // plural they spell ("civiles"). (A letter alone may be a piece: "l a".)
    if (text::countCodePoints(right) >= 2 &&
        std::any_of(commonWords_.begin(), commonWords_.end(),
                    [&](std::string_view common) { return right == common; }))
      return false;
    const int leftCount = count(left), rightCount = count(right);
    const std::string joined = std::string(left) + std::string(right);
    const int whole = count(joined);
    // A piece printed on its own more often is still one where its word is
    // printed far more often still ("l a" four times, "la" fifty).
    const int pieceCount = std::min(leftCount, rightCount);
    if (pieceCount > kPieceAtMost && pieceCount * kWordOverPiece > whole) return false;
    // The word printed whole twice elsewhere; or once, where neither piece is
    // printed but here ("Генеральн ого секретаря" … "Генерального").
    if (whole < 2 && !(whole == 1 && leftCount == 1 && rightCount == 1) && !names_.count(joined))
      return false;
    const bool leftIsPiece = leftCount <= rightCount;
    const std::string_view piece = leftIsPiece ? left : right;
    const int otherCount = leftIsPiece ? rightCount : leftCount;
    return otherCount < kOften || text::countCodePoints(piece) < 3;
  }

  bool joinsTheNextBetter(std::string_view text,
                          const std::vector<std::pair<std::size_t, std::size_t>>& tokens,
                          std::size_t t, std::string_view left, std::string_view right) const {
    if (t + 2 >= tokens.size() || tokens[t + 2].first != tokens[t + 1].second + 1) return false;
    const std::string_view nextToken =
        text.substr(tokens[t + 2].first, tokens[t + 2].second - tokens[t + 2].first);
    const std::string_view next = lettersOf(nextToken);
    if (next.empty() || !isLower(text::first(nextToken)) || !splitWord(right, next)) return false;
    return count(std::string(right) + std::string(next)) >
           count(std::string(left) + std::string(right));
  }

  // "K i n g d o m o f G r e a t B r i t a i n a n d": a justified line
  // whose letters the extraction set apart, spaces between words lost with
  // the rest. Put together as the fewest words the document prints at least
  // twice; left as it is where no such reading covers the whole run.
  void closeLetterSpacing(const SourceLine& line,
                          const std::vector<std::pair<std::size_t, std::size_t>>& tokens,
                          std::set<std::size_t>& spaces, std::vector<bool>& letterSpaced) {
    const std::string_view text = line.text;
    auto isOneLetter = [&](std::size_t t) {
      const std::string_view token =
          text.substr(tokens[t].first, tokens[t].second - tokens[t].first);
      std::size_t i = 0;
      return isLetter(text::next(token, i)) && i == token.size();
    };
    for (std::size_t first = 0; first < tokens.size();) {
      std::size_t end = first;
      while (end < tokens.size() && isOneLetter(end) &&
             (end == first || tokens[end].first == tokens[end - 1].second + 1))
        ++end;
      if (end - first < kLetterSpacedAtLeast) {
        first = std::max(end, first + 1);
        continue;
      }
      // fewest[k]: the fewest words that make the run's first k letters; from[k]: where the last
      // begins.
      const std::size_t n = end - first;
      constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
      std::vector<std::size_t> fewest(n + 1, kNone), from(n + 1, 0);
      fewest[0] = 0;
      for (std::size_t k = 1; k <= n; ++k) {
        std::string word;
        for (std::size_t j = k; j-- > 0 && k - j <= kLongestWord;) {
          const auto [begin, stop] = tokens[first + j];
          word.insert(0, text.substr(begin, stop - begin));
          if (fewest[j] != kNone && fewest[j] + 1 < fewest[k] && count(word) >= 2)
            fewest[k] = fewest[j] + 1, from[k] = j;
        }
      }
      if (fewest[n] != kNone) {
        std::vector<bool> startsWord(n, false);
        for (std::size_t k = n; k > 0; k = from[k]) startsWord[from[k]] = true;
        std::string words;
        for (std::size_t j = 0; j < n; ++j) {
          const auto [begin, stop] = tokens[first + j];
          if (j > 0 && startsWord[j] && !words.empty()) words += ' ';
          words += text.substr(begin, stop - begin);
          letterSpaced[first + j] = true;
          if (j > 0 && !startsWord[j]) spaces.insert(begin - 1);
        }
        audit_.repaired(
            "letter-spacing", line.number, line.number, " ",
            "letters of a justified line set apart, put together as the words '" + words + "'");
      }
      first = end;
    }
  }

  void close(SourceLine& line) {
    const std::string_view text = line.text;
    std::set<std::size_t> spaces;  // byte offsets of the spaces to take out
    forEachHyphenAfterASpace(text, [&](std::size_t at, std::string_view rest) {
      if (!(rest.empty() ? hyphensAtLineEnds_ : isLetter(text::first(rest)))) return;
      spaces.insert(at);
      audit_.repaired("stray-space", line.number, line.number, " ",
                      "a space before a compound's hyphen (a PDF made with Word), removed");
    });
    // "l ’Assemblée", "the Court ’s": an apostrophe between letters belongs to
    // the word on both sides of it.
    for (std::size_t at = text.find(" \u2019"); at != std::string_view::npos;
         at = text.find(" \u2019", at + 1)) {
      const std::string_view rest = text.substr(at + std::string_view(" \u2019").size());
      if (at > 0 && isLetter(text::last(text.substr(0, at))) && isLetter(text::first(rest))) {
        spaces.insert(at);
        audit_.repaired("stray-space", line.number, line.number, " ",
                        "a space before an apostrophe inside a word (a PDF made with Word), "
                        "removed");
      }
    }
    // "measures , along", "всего мира .", "غزة ،": no language sets a space
    // before a comma or a full stop, and only French before ":", ";", "?", "!".
    for (std::size_t at = text.find(' '); at != std::string_view::npos;
         at = text.find(' ', at + 1)) {
      // After a word, a number or a closing bracket or quote ("78/215 , que").
      const char32_t before = at == 0 ? text::kInvalid : text::last(text.substr(0, at));
      if (before == text::kInvalid || !(u_isalnum(static_cast<UChar32>(before)) || before == U')' ||
                                        before == U'”' || before == U'»' || before == U'’'))
        continue;
      const std::string_view rest = text.substr(at + 1);
      const std::string_view mark =
          rest.starts_with("\u060C") ? rest.substr(0, 2) : rest.substr(0, 1);
      const bool low = mark == "," || mark == "." || mark == "\u060C";
      const bool high = mark == ":" || mark == ";" || mark == "?" || mark == "!";
      if (!low && !(high && !spaceBeforeHighPunctuation_)) continue;
      // The mark ends a word (not an ellipsis), and no dot leaders follow
      // ("Mr. Adom . . . .").
      const std::string_view after = rest.substr(mark.size());
      if (!(after.empty() || after.front() == ' ') || after.starts_with(" .")) continue;
      spaces.insert(at);
      audit_.repaired("stray-space", line.number, line.number, " ",
                      "a space before '" + std::string(mark) + "' (a PDF made with Word), removed");
    }
    const auto tokens = tokensOf(text);
    std::vector<bool> letterSpaced(tokens.size(), false);
    closeLetterSpacing(line, tokens, spaces, letterSpaced);
    for (std::size_t t = 0; t + 1 < tokens.size(); ++t) {
      if (letterSpaced[t] || letterSpaced[t + 1]) continue;
      const auto [leftBegin, leftEnd] = tokens[t];
      const auto [rightBegin, rightEnd] = tokens[t + 1];
      const std::string_view leftToken = text.substr(leftBegin, leftEnd - leftBegin);
      const std::string_view rightToken = text.substr(rightBegin, rightEnd - rightBegin);
      if (rightBegin != leftEnd + 1 || !isLetter(text::last(leftToken)) ||
          !isLower(text::first(rightToken)))
        continue;
      const std::string_view left = lettersOf(leftToken), right = lettersOf(rightToken);
      // A sentence's first word split ("A l respecto") is the word the document
      // prints in lower case ("al").
      if (left.empty() || right.empty() ||
          !(splitWord(left, right) || splitWord(lowerFirst(left), right)))
        continue;
      // "de l a Asamblea": a piece that makes a word with either neighbour
      // goes with the one the document prints more ("la" rather than "del").
      if (joinsTheNextBetter(text, tokens, t, left, right)) continue;
      spaces.insert(leftEnd);
      audit_.repaired("split-word", line.number, line.number, " ",
                      "a space inside the word '" + std::string(left) + std::string(right) +
                          "' (a PDF made with Word), removed");
      ++t;  // a word is split once
    }
    if (spaces.empty()) return;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i)
      if (!spaces.count(i)) out += text[i];
    line.text = std::move(out);
  }

  std::vector<SourceLine>& lines_;
  Audit& audit_;
  const bool spaceBeforeHighPunctuation_;
  std::span<const std::string_view> commonWords_;  // lower case
  // letters between spaces → occurrences
  std::unordered_map<std::string, int, ViewHash, std::equal_to<>> counts_;
  bool hyphensAtLineEnds_ = false;
  const WordSet& names_;
};

}  // namespace

void closeStraySpaces(std::vector<SourceLine>& lines, const Grammar& grammar, Audit& audit) {
  if (!grammar.profile().spacesBetweenWords) return;
  StraySpaces(lines, grammar.profile(), audit).run();
}

}  // namespace verbatim
