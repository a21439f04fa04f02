// Repairs to PDF extractions, made on the lines before they are reflowed:
// words of a justified line that the extraction scattered, and the hyphens it
// dropped from compounds. Each repair goes into the audit.
#pragma once

#include <vector>

#include "core/audit.hpp"
#include "raw/grammar.hpp"
#include "raw/lines.hpp"
#include "raw/vocabulary.hpp"

namespace verbatim {

// "The Security Council will now" / "consideration of …" / "begin" / "its":
// words set far apart in a justified line come out as lines of their own,
// after the line they belong to. They go back to the end of that line.
void restoreScatteredWords(std::vector<SourceLine>& lines, const Grammar& grammar, int measure,
                           Audit& audit);

// "… and with a" / … / "heavy toll paid by the civilian population, …
// authorities.": a block that begins in lowercase after a sentence end and
// ends a sentence goes back after the block on its page that ends in
// mid-sentence on a full line (the nearest). Where pdftotext read the page's
// two columns block by block in turn up to the host, the right column's
// blocks follow the fragment. Scripts without spaces: none.
void restoreDanglingFragments(std::vector<SourceLine>& lines, const Grammar& grammar, int measure,
                              Audit& audit);

// "SecretaryGeneral’s" → "Secretary-General’s": a word the extraction joined
// at a line-end hyphen gets the hyphen back when the profile's compounds or
// the document's own spelling elsewhere say it has one. `measure`: the
// column's width (typesetMeasure), which no line of one printed line exceeds;
// `vocabulary`: the words of these lines (raw/vocabulary.hpp).
void restoreCompoundHyphens(std::vector<SourceLine>& lines, const Grammar& grammar, int measure,
                            const Vocabulary& vocabulary, Audit& audit);

}  // namespace verbatim
