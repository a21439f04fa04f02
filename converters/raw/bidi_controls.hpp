// pdftotext (poppler) writes a line whose text runs mostly right to left
// between RLE (U+202B) and PDF (U+202C), and within it each stretch that is
// not right-to-left (numbers, Latin letters, and the spaces and punctuation
// next to them) between LRE (U+202A) and PDF, in the page's left-to-right
// order: "الساعة ⟨LRE⟩.10/10⟨PDF⟩" for "الساعة 10/10.", "البند ⟨LRE⟩ 36⟨PDF⟩من"
// for "البند 36 من". This puts each such stretch in reading order, as the
// Unicode bidirectional algorithm reads a right-to-left line back from the
// page, and takes the formatting characters out; each change is recorded.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/audit.hpp"
#include "raw/lines.hpp"

namespace verbatim {

struct BidiResolved {
  std::string text;
  std::string controls;                // the formatting characters taken out
  std::vector<std::string> reordered;  // each stretch put in reading order, as printed
};

// Formatting characters that steer display and are no text: embeddings,
// overrides, isolates and marks.
bool isBidiControl(char32_t c);

BidiResolved resolveBidiControls(std::string_view line);

// On every line, its untrimmed text too (column positions stay the page's:
// pdftotext counts no formatting character when it sets a line out).
void resolveBidiControls(std::vector<SourceLine>& lines, Audit& audit);

}  // namespace verbatim
