// AKN → EPUB 3 edition (issue 4): one EPUB per language version, rendered
// from the Meeting read back from a validated AKN file.
#pragma once

#include <string>

#include "core/model.hpp"
#include "core/result.hpp"

namespace verbatim {

struct EpubOptions {
  // dcterms:modified and the time of every ZIP entry, UTC, "CCYY-MM-DDThh:mm:ssZ".
  // The command sets it from SOURCE_DATE_EPOCH when set; empty: a fixed moment
  // derived from the meeting date, so that the same AKN gives the same bytes.
  std::string modified;
};

// The EPUB container's bytes, validated in-process before they are returned.
Result<std::string> writeEpub(const Meeting& meeting, const EpubOptions& options);

}  // namespace verbatim
