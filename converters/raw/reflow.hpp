// Stage 1c: source lines → paragraphs. Undoes hard wrapping, column breaks and
// page breaks, keeping where each printed page ended.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/audit.hpp"
#include "raw/grammar.hpp"
#include "raw/lines.hpp"

namespace verbatim {

struct RawParagraph {
  std::string text;                   // lines joined
  std::vector<std::size_t> pageEnds;  // byte offsets in `text` where a printed page ends
  // The printed number of each of those pages; 0 where the text does not say
  // (then the record's first page number, when known, counts them).
  std::vector<int> pageNumbers;
  int firstLine = 0;
  int lastLine = 0;
  // Where each source line's text begins in `text`, with its line number.
  std::vector<std::pair<std::size_t, int>> lineStarts;
  // The source line the byte at `offset` came from (the first line where the
  // starts are not known).
  int lineAt(std::size_t offset) const {
    int found = firstLine;
    for (const auto& [start, line] : lineStarts)
      if (start <= offset) found = line;
    return found;
  }
  bool outsideSpeech = false;  // no speaker has the floor: headings and procedural lines
  // A row of an election's result ("Abstentions: 2", "Abstentions:" over its
  // count), never a vote's list.
  bool ballotRow = false;
};

// A paragraph that ended joins `paragraphs`; where it joined wrapped lines
// the audit says so.
void closeParagraph(RawParagraph&& paragraph, std::vector<RawParagraph>& paragraphs, Audit& audit);

// Column text (the extraction dialect of fixtures/zh): hard-wrapped lines,
// blank lines between paragraphs and at column breaks, page starts marked.
std::vector<RawParagraph> reflowColumns(const std::vector<SourceLine>& lines,
                                        const Grammar& grammar, Audit& audit);

// The most common line width (half-em units): the printed column's measure.
int columnMeasure(const std::vector<SourceLine>& lines);

}  // namespace verbatim
