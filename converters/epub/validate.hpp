// The gates every edition passes before it is returned: the project's
// grammars for the package, navigation and content documents, the checks a
// grammar cannot make (languages agree, ids are unique, every link lands),
// and the container checks on the archive's bytes (mimetype first and
// stored without extra field, manifest and archive agree).
#pragma once

#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "epub/package.hpp"

namespace verbatim::epub {

// `resources` are the files of the package directory; `packageXml` the package document.
Status checkPublication(const std::vector<Resource>& resources, std::string_view packageXml,
                        std::string_view languageTag);

Status checkContainer(std::string_view archive);

}  // namespace verbatim::epub
