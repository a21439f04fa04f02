// Page furniture of PDF extractions: running heads and footers (the symbol,
// the date, the agenda title, page numbers, job numbers, barcodes) come out
// of the text, into the audit; printed page numbers are kept for the page ends.
#pragma once

#include <map>
#include <span>
#include <string>
#include <vector>

#include "core/audit.hpp"
#include "raw/cover.hpp"
#include "raw/grammar.hpp"
#include "raw/lines.hpp"

namespace verbatim {

struct Furniture {
  // Printed page numbers by page index, where a footer or head gives one.
  std::map<int, int> printedNumbers;
  int pages = 0;
  std::string symbol;  // the record's symbol as the first page head prints it, if one does
  // The meeting date as the heads print it ("11/12/2024", the day first), in
  // ISO 8601; empty when no head gives one.
  std::string date;
  int dateLine = 0;  // the line that printed it
  // How many pages the record has, as the footers' "N/M" say; 0 when none does.
  int printedPages = 0;
};

// `cover`: the cover page's facts (its agenda's title, its body, session,
// meeting and date), which head the pages that follow.
Furniture removeFurniture(std::vector<SourceLine>& lines, const Grammar& grammar, Audit& audit,
                          const CoverFacts& cover = {});

// The whole of `text` is a record's symbol as furniture prints it: S/PV.9381, A/76/PV.102.
bool isRecordSymbol(std::string_view text);
// The symbol a line prints, its stray spaces out, or empty: "S/PV. 8422" →
// "S/PV.8422"; a meeting resumed on another day keeps its suffix, spaced as
// the UN sets it: "S/PV.9381(Resumption 1)" → "S/PV.9381 (Resumption 1)".
std::string recordSymbolOf(std::string_view line);

}  // namespace verbatim
