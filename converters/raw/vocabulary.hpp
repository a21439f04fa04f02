// The words a document uses: evidence for telling a compound that a line end
// broke at its hyphen ("capacity-" / "building") from a word broken there
// ("consul-" / "tations"), and for restoring a hyphen the extraction dropped.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "raw/lines.hpp"

namespace verbatim {

// The words of a line (letters, digits and hyphens), as byte ranges.
std::vector<std::pair<std::size_t, std::size_t>> wordsOf(std::string_view text);

// The word in lowercase, code point by code point.
std::string lowered(std::string_view word);

class Vocabulary {
 public:
  // `measure`: the column's typeset width (typesetMeasure). A line wider than
  // a tenth more holds two printed lines: its words count as used, not as
  // printed whole.
  Vocabulary(const std::vector<SourceLine>& lines, int measure);

  // Anywhere in the document, as printed, or as a part of a hyphenated word.
  bool used(std::string_view word) const { return used_.count(std::string(word)) > 0; }
  // Within a line of one printed line, as printed.
  bool printedWhole(std::string_view word) const { return whole_.count(std::string(word)) > 0; }
  // In lines of one printed line, in any case; a word of fewer than four
  // letters more than once (a fragment of a broken word, "ing", seldom is).
  bool knows(std::string_view word) const;
  // "capacity" + "building", "Inter" + "American": two words the document
  // knows, two capitalised words, or digits and a word ("P5" + "level"),
  // whose closed form it never prints whole.
  bool isCompound(std::string_view left, std::string_view right) const;

 private:
  std::unordered_set<std::string> used_;
  std::unordered_set<std::string> whole_;
  std::unordered_map<std::string, int> counts_;  // lowercase word → occurrences in lines of one
};

}  // namespace verbatim
