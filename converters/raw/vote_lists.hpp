// A vote's list of States cut into its States.
#pragma once

#include <string_view>
#include <vector>

#include "raw/grammar.hpp"
#include "raw/profile.hpp"

namespace verbatim {

// "Bolivia (Plurinational State of), Côte d’Ivoire, … and United States of
// America": each State a piece of `text`, without the spaces around it and
// the full stop after the last. Names with a comma or an "and" of their own
// ("Bosnia and Herzegovina") are kept whole when the country table knows
// them; two known States with no separator between them ("Zambia Zimbabwe",
// a line end that lost its comma) are two.
std::vector<Piece> splitStates(std::string_view text, const LanguageProfile& profile);

}  // namespace verbatim
