// What a hand-edited AKN file may say twice and differently, which the
// profile's grammar cannot forbid: a vote's count and the States its list
// names, the list a vote stands in and the count its choice names, the
// result sentence and the lists, the preface's symbol and date and the
// identification's. The record is rewritten from one of the two (the lists,
// the identification); each disagreement is a warning, so that an
// archivist's correction made in the other place is not lost unseen.
#pragma once

#include <pugixml.hpp>
#include <string_view>

#include "core/audit.hpp"
#include "core/model.hpp"

namespace verbatim {

// `xml`: the bytes `document` was parsed from, for the warnings' line numbers;
// `identified`: the record's symbol and date as meta/identification gives
// them (the reader's).
void checkConsistency(const pugi::xml_document& document, std::string_view xml,
                      const Metadata& identified, Audit& audit);

}  // namespace verbatim
