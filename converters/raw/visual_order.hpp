// Arabic text that a PDF extraction gave in visual order. The PDF draws a
// lam-alef pair as one ligature glyph; an extraction that reads glyphs in
// display order gives the pair back alef first ("األعضاء" for "الأعضاء",
// "باإلنكليزية" for "بالإنكليزية", "ال" for "لا"), and parentheses come out
// mirrored (")تكلم بالإنكليزية(" for "(تكلم بالإنكليزية)"). This puts such text
// back in logical order before anything is matched against it.
//
// Only what can be told apart with certainty is repaired: two alefs never
// touch in logical Arabic, and the article "ال" never stands alone, so
// "اال…", "األ…", "إال" and a lone "ال" are sure signs. A swapped pair inside a
// word ("خالل" for "خلال") reads as another word as often as not: those are
// repaired only for words the language profile and the table of States know
// (their visual forms are computed, not listed), and left as they are otherwise.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/audit.hpp"
#include "raw/lines.hpp"
#include "raw/profile.hpp"

namespace verbatim {

// How many sure signs of each order a text shows. Extractions differ in
// what they turn round: some give lam-alef pairs alef first and brackets as
// printed, some the other way, so the two are told apart each on its own.
struct VisualOrderEvidence {
  int backwards = 0;         // words the vocabulary knows spelt backwards, and not as printed
  int forwards = 0;          // words the vocabulary knows as printed
  int visual = 0;            // lam-alef pairs and words that only visual order explains
  int logical = 0;           // lam-alef pairs in logical order
  int mirroredBrackets = 0;  // ")…(" on an Arabic line
  int logicalBrackets = 0;   // "(…)" on an Arabic line
  // Whole lines turned round, each as the page shows it from left to right
  // ("سيئرلا" for "الرئيس"): many known words backwards, few as printed.
  bool linesReversed() const { return backwards >= 5 && forwards * 4 < backwards; }
  // Visual order beyond doubt: several signs of it and hardly any of the other.
  bool isVisual() const { return visual >= 3 && logical * 10 < visual; }
  bool bracketsMirrored() const {
    return mirroredBrackets > 0 && logicalBrackets * 10 < mirroredBrackets;
  }
};

class VisualOrderRepair {
 public:
  // The words of `profile` (its patterns' literal words, titles, months,
  // language names) and the profile language's names of States are the
  // vocabulary for pairs inside words.
  explicit VisualOrderRepair(const LanguageProfile& profile);

  VisualOrderEvidence measure(const std::vector<SourceLine>& lines) const;
  // The line in logical order; `lamAlef` and `mirrored` count what changed.
  // `pairs` and `brackets` say which of the two the extraction turned round.
  std::string repairLine(std::string_view line, int& lamAlef, int& mirrored, bool pairs = true,
                         bool brackets = true) const;
  // A word of the vocabulary as written (after a one-letter prefix or not).
  bool knows(std::u32string_view word) const;

 private:
  std::vector<std::u32string> words_;                                  // the vocabulary, sorted
  std::vector<std::pair<std::u32string, std::u32string>> knownWords_;  // visual → logical
};

// A line given as the page shows it from left to right, in logical order:
// its right-to-left runs turned round, its numbers and Latin runs kept, its
// brackets mirrored. The Unicode bidirectional algorithm's own reordering,
// applied to the line as shown, gives the line back where ICU's inverse
// modes do not: "(2026) 2820" shown stays "2820 (2026)", symbols stay whole.
std::string logicalOrderOf(std::string_view visualLine);

// A right-to-left line (or stretch of one) as the page shows it, in reading
// order, by the bidirectional algorithm; `mirrored`: its brackets are the
// glyphs the page shows, and its vowel marks stay after their letters.
std::string readRightToLeft(std::string_view shown, bool mirrored);

// For right-to-left profiles: when the record's lines are in visual order,
// repairs each line, recording every repair in the audit ("visual-order").
void repairVisualOrder(std::vector<SourceLine>& lines, const LanguageProfile& profile,
                       Audit& audit);

}  // namespace verbatim
