// Spaces that the PDFs Word made (2024 on) put inside words: before a
// compound's hyphen ("Secretary -General", "non -" at a line end) and inside a
// word ("Sta te", "an d", "becaus e"). The extraction keeps them; the printed
// page shows none.
#pragma once

#include <vector>

#include "core/audit.hpp"
#include "raw/grammar.hpp"
#include "raw/lines.hpp"

namespace verbatim {

// Closes those spaces, each in the audit:
// - a space between a letter and a hyphen that a letter follows;
// - a space before a hyphen that ends a line, where the document writes its
//   compounds so ("conflict -affected") and not its dashes ("Court - an");
// - a space inside a word: two pieces, one of which the document never
//   prints on its own elsewhere, that make a word it prints at least twice.
//   A piece of three letters or more next to a word the document uses often
//   stays ("a round" is not "around");
// - the spaces of letters a justified line set apart, in a record of any
//   year ("K i n g d o m o f"): read as the fewest words the document prints
//   at least twice, where such a reading covers the whole run.
// Scripts written without spaces between words have none of these.
void closeStraySpaces(std::vector<SourceLine>& lines, const Grammar& grammar, Audit& audit);

}  // namespace verbatim
