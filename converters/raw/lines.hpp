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
  int page = 0;            // 1-based index of the page it is on
  bool removed = false;    // page furniture or cover page: its text is in the audit now
  // Layout extractions (pdftotext -layout) show indentation: spaces beyond
  // the column's own margin; -1 where the extraction does not show it.
  int indent = -1;
  std::string untrimmed;  // the line as extracted, leading spaces kept
  bool blank() const { return text.empty(); }
};

// Takes a line out of the text, its characters kept in the audit.
void removeLine(SourceLine& line, std::string_view kind, std::string_view why, Audit& audit);

// Splits text into lines and removes what XML cannot carry (control
// characters other than tab, U+FFFE, U+FFFF), recording each removal. A line
// that follows a form feed starts a page; in column text (no form feeds), so
// does a line that begins with a space.
std::vector<SourceLine> splitLines(std::string_view text, Audit& audit);

// Within-line repairs: justification spaces, and for scripts written without
// spaces, the spaces between two wide characters or around a name's middle dot.
void cleanSpaces(std::vector<SourceLine>& lines, const Grammar& grammar, Audit& audit);

// Presentation forms (the ligatures "ﬁ", "ﬂ"; Arabic letters in a contextual
// shape, "ﻷ") become the letters they show, a kashida that stretches an
// Arabic word for justification ("جامـع") goes, and the hyphen a typesetter
// keeps from breaking ("г‑н", "по‑английски": U+2011, or U+2010) is the
// hyphen it shows, a soft hyphen (U+00AD) no text but at a line's end, a
// zero-width space (U+200B, U+2060, U+FEFF) none; each repair is recorded.
void unfoldPresentationForms(std::vector<SourceLine>& lines, Audit& audit);

// One text so unfolded, and what was taken out and put in.
struct Unfolded {
  std::string text;
  std::string forms;        // the presentation forms taken out
  std::string letters;      // the letters put in their place
  std::string kashidas;     // the kashidas taken out
  std::string hyphens;      // the U+2010 and U+2011 read as "-"
  std::string softHyphens;  // the U+00AD taken out
  bool softBreak = false;   // one ended the line: shown as "-"
  std::string zeroWidths;   // U+200B, U+2060 and U+FEFF taken out
};
Unfolded unfoldPresentationForms(std::string_view text);

}  // namespace verbatim
