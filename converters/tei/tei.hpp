// AKN → TEI P5 in ParlaMint's encoding (issue 5): one TEI file per language
// version, rendered from the Meeting read back from a validated AKN file.
#pragma once

#include <string>

#include "core/model.hpp"
#include "core/result.hpp"

namespace verbatim {

struct TeiOptions {};

// The TEI document, validated in-process (the project's RELAX NG for the
// profile, and the link check) before it is returned.
Result<std::string> writeTei(const Meeting& meeting, const TeiOptions& options);

}  // namespace verbatim
