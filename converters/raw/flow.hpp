// Stage 1c for PDF extractions (pdftotext): lines → paragraphs when nothing
// marks where a paragraph ends. A paragraph's first line is indented in print;
// in the text that shows as a line that left room for the next word. That,
// sentence ends, speaker labels and procedural phrases decide the breaks.
#pragma once

#include <map>
#include <span>
#include <vector>

#include "core/audit.hpp"
#include "raw/grammar.hpp"
#include "raw/lines.hpp"
#include "raw/reflow.hpp"
#include "raw/vocabulary.hpp"

namespace verbatim {

// `printedNumbers`: page index → printed page number, where known;
// `vocabulary`: the words of the document (raw/vocabulary.hpp); `agenda`: the
// items the cover page lists, whose titles head their sections.
std::vector<RawParagraph> reflowFlow(const std::vector<SourceLine>& lines, const Grammar& grammar,
                                     const std::map<int, int>& printedNumbers,
                                     const Vocabulary& vocabulary, Audit& audit,
                                     std::span<const std::string> agenda = {});

// The column's measure in typeset width (thousandths of an em): nearly the
// widest lines, as justified lines fill it.
int typesetMeasure(const std::vector<SourceLine>& lines);

}  // namespace verbatim
