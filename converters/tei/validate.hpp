// The gate both TEI files pass before they are returned: the project's
// RELAX NG grammar for the profile (schemas/tei-verbatim.rng, compiled into
// the program and compiled once per process), the link check, and the extra
// schema the command was given (--tei-schema), compiled once per process.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace verbatim::tei {

struct GeneratedFile {
  std::string_view name;  // "S_PV.9381.zh.tei.xml"
  std::string_view xml;   // what will be written
  const pugi::xml_document* document;
};

// ValidationFailed with the first problems; Usage when `extraSchema` does
// not compile (it applies to the record, not to the corpus root).
Status checkTei(const GeneratedFile& record, const GeneratedFile& corpus,
                const std::string& extraSchema);

}  // namespace verbatim::tei
