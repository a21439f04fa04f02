// Stage 1d: paragraphs → the Meeting model. Speaker turns, language notes,
// procedural lines, headings and sections, document references, times and
// printed pages, all from the language profile's grammar.
#pragma once

#include <optional>
#include <vector>

#include "core/audit.hpp"
#include "core/model.hpp"
#include "raw/cover.hpp"
#include "raw/grammar.hpp"
#include "raw/reflow.hpp"

namespace verbatim {

// Can the profile recognise speeches at all? One with no titles and no
// procedural phrases (the generic profile) reads a record as paragraphs only.
bool readsSpeeches(const LanguageProfile& profile);

// `meta` must carry symbol, date, language and body; `firstPage` is the printed
// number of the page the text begins on, when known.
// `cover`, when the input had one, names the President and the members.
Meeting recognise(const std::vector<RawParagraph>& paragraphs, const Grammar& grammar,
                  const Metadata& meta, std::optional<int> firstPage, const CoverFacts* cover,
                  Audit& audit);

}  // namespace verbatim
