// Reading inputs and writing outputs so that a failure never leaves a partial
// file: outputs go to a temporary file beside the target, renamed into place.
#pragma once

#include <string>
#include <string_view>

#include "core/result.hpp"

namespace verbatim {

// Reads a whole file ("-" reads standard input). Refuses directories and files
// larger than `limit` bytes.
Result<std::string> readFile(const std::string& path, std::size_t limit);

// Writes `content` to `path` atomically: a temporary file in the same
// directory, flushed to disk, then renamed over the target. On failure the
// target is untouched and the temporary file removed. "-" writes standard output.
Status writeFileAtomically(const std::string& path, std::string_view content);

// The prefix of the temporary files writeFileAtomically makes (hidden files).
std::string temporaryPrefix();

}  // namespace verbatim
