// Stage 1b: decoded text → numbered source lines, cleaned within each line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/audit.hpp"
#include "raw/grammar.hpp"

namespace verbatim {

struct SourceLine {
  int number = 0;          // 1-based line number in the input file
  std::string text;        // without its line end, leading and trailing spaces
  bool pageStart = false;  // the first line of a printed page
  bool blank() const { return text.empty(); }
};

// Splits text into lines and removes what XML cannot carry (control
// characters other than tab, U+FFFE, U+FFFF), recording each removal. A line
// that follows a form feed starts a page; in column text (no form feeds), so
// does a line that begins with a space.
std::vector<SourceLine> splitLines(std::string_view text, Audit& audit);

// Within-line repairs: justification spaces, and for scripts written without
// spaces, the spaces between two wide characters or around a name's middle dot.
void cleanSpaces(std::vector<SourceLine>& lines, const Grammar& grammar, Audit& audit);

}  // namespace verbatim
