// The inputs of a batch: files as given, directories searched, and lists read
// from a file or standard input (--files-from).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cli/options.hpp"
#include "core/result.hpp"

namespace verbatim::cli {

// True for the names a directory search picks up: *.txt, *.akn.xml and *.xml,
// but not verbatim's TEI outputs, hidden files or its temporary files.
bool isRecordFileName(std::string_view name);

// Every input to convert, in a deterministic order: the operands and the
// --files-from list in the order given, each directory replaced by the record
// files under it, sorted by path. The output directory is never searched:
// converting a directory into a directory inside it must not pick up the
// outputs of an earlier run as inputs.
Result<std::vector<std::string>> collectInputs(const ConvertOptions& options);

}  // namespace verbatim::cli
