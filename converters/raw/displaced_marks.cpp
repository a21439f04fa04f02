#include "raw/displaced_marks.hpp"

#include <unicode/uchar.h>

#include "core/text.hpp"

namespace verbatim {
namespace {

bool isMark(char32_t c) {
  return c != text::kInvalid && u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
}

bool isLetter(char32_t c) { return c != text::kInvalid && u_isalpha(static_cast<UChar32>(c)); }

bool endsWords(const LanguageProfile& profile, char32_t mark) {
  std::string spelled;
  text::append(spelled, mark);
  return profile.wordFinalMarks.find(spelled) != std::string_view::npos;
}

}  // namespace

int marksBeginningWords(const std::vector<SourceLine>& lines) {
  int count = 0;
  for (const auto& line : lines) {
    char32_t before = U' ';
    for (std::size_t i = 0; i < line.text.size();) {
      const char32_t c = text::next(line.text, i);
      if (isMark(c) && text::isSpace(before)) ++count;
      before = c;
    }
  }
  return count;
}

std::string placeMarksAfterTheirLetters(std::string_view line, const LanguageProfile& profile,
                                        int& repairs) {
  std::string out;
  out.reserve(line.size());
  char32_t before = U' ';
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t start = i;
    const char32_t c = text::next(line, i);
    const bool beginsWord = text::isSpace(before);
    before = c;
    if (!isMark(c)) {
      out.append(line.substr(start, i - start));
      continue;
    }
    // The run of marks and the letter they stand before.
    std::size_t marksEnd = i;
    bool endsWord = endsWords(profile, c);
    while (marksEnd < line.size()) {
      std::size_t after = marksEnd;
      const char32_t next = text::next(line, after);
      if (!isMark(next)) break;
      endsWord = endsWord || endsWords(profile, next);
      marksEnd = after;
    }
    std::size_t letterEnd = marksEnd;
    const char32_t letter = letterEnd < line.size() ? text::next(line, letterEnd) : text::kInvalid;
    // "افُت تحت": a space after the letter, inside the word, is the gap the
    // mark left.
    bool split = false;
    if (isLetter(letter) && letterEnd + 1 < line.size() && line[letterEnd] == ' ') {
      std::size_t afterSpace = letterEnd + 1;
      const char32_t following = text::next(line, afterSpace);
      split = isLetter(following) || isMark(following);
    }
    // Marks before a letter are marks of the letter before them as often as
    // not, where the record's spelling is right ("افتُتحت"): only a mark that
    // begins a word or one that split a word was displaced beyond doubt.
    if (!isLetter(letter) || (!beginsWord && !split)) {
      out.append(line.substr(start, marksEnd - start));
      i = marksEnd;
      before = text::last(line.substr(start, marksEnd - start));
      continue;
    }
    out.append(line.substr(marksEnd, letterEnd - marksEnd));
    out.append(line.substr(start, marksEnd - start));
    ++repairs;
    i = letterEnd;
    before = letter;
    // The word goes on after the gap; a mark there began the fragment.
    if (split && !endsWord) {
      i += 1;
      before = U' ';
    }
  }
  return out;
}

void placeDisplacedMarks(std::vector<SourceLine>& lines, const LanguageProfile& profile,
                         Audit& audit) {
  // One mark beginning a word may be a slip of the keyboard; more are the
  // extraction's.
  if (!writesRightToLeft(profile) || marksBeginningWords(lines) < 2) return;
  for (auto& line : lines) {
    // The two columns of a -layout page are read as lines of their own,
    // with no untrimmed text; elsewhere the text is the untrimmed line's.
    std::string& source = line.untrimmed.empty() ? line.text : line.untrimmed;
    int repairs = 0;
    std::string placed = placeMarksAfterTheirLetters(source, profile, repairs);
    if (repairs == 0 || placed == source) continue;
    audit.repaired("displaced-mark", line.number, line.number, line.text,
                   "vowel marks that the extraction set before their letters, each put after its "
                   "letter, and the words the gaps they left split put back together");
    source = std::move(placed);
    if (!line.untrimmed.empty()) line.text = std::string(text::trim(line.untrimmed));
  }
}

}  // namespace verbatim
