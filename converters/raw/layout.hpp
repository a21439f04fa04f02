// pdftotext -layout keeps the printed page's geometry: two columns side by
// side on each line, a paragraph's first line indented, line-end hyphens
// printed. This reads each page's columns in order and keeps the indents.
#pragma once

#include <vector>

#include "core/audit.hpp"
#include "raw/lines.hpp"

namespace verbatim {

// True when the text is a layout extraction: many lines hold two columns.
bool isLayoutExtraction(const std::vector<SourceLine>& lines);

// The lines of each page in reading order: text that spans the page (heads,
// the cover), then the left column, then the right one; the right one first
// in a script written from right to left (`rightToLeft`: Arabic's pages begin
// in their right column). Each line keeps its source line number; `indent` is set.
std::vector<SourceLine> readColumns(const std::vector<SourceLine>& lines, bool rightToLeft,
                                    Audit& audit);

}  // namespace verbatim
