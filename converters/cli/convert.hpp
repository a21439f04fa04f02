// `verbatim convert` and `verbatim validate`.
#pragma once

#include "cli/options.hpp"

namespace verbatim::cli {

// Both return the process exit code.
int runConvert(const ConvertOptions& options);
int runValidate(const ValidateOptions& options);

}  // namespace verbatim::cli
