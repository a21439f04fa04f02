// An election's result table whose two columns were read one after the other.
//
// pdftotext reads a table's columns as blocks when they stand far apart: the
// rows ("Number of ballot papers:", …, or the candidates under "Number of
// votes obtained:"), then the numbers, one to a line. The numbers go back
// beside their rows, in order, where there are as many as rows wanting one.
#pragma once

#include <vector>

#include "core/audit.hpp"
#include "raw/grammar.hpp"
#include "raw/lines.hpp"

namespace verbatim {

// Each row over its number on the next line ("Abstentions:" / "2"): before
// the page furniture is taken out, which would take such a number for a page's.
void pairBallotRows(std::vector<SourceLine>& lines, const Grammar& grammar, Audit& audit);

// The rows, then their numbers one to a line: after the furniture is out.
void pairBallotColumns(std::vector<SourceLine>& lines, const Grammar& grammar, Audit& audit);

}  // namespace verbatim
