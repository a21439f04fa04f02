// `verbatim convert` and `verbatim validate`.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "cli/options.hpp"
#include "core/audit.hpp"
#include "core/model.hpp"

namespace verbatim::cli {

// Both return the process exit code. runConvert is the batch (cli/batch.cpp).
int runConvert(const ConvertOptions& options);
int runValidate(const ValidateOptions& options);

// An input read into the model: raw text through stage 1, or AKN checked and read.
struct Converted {
  Meeting meeting;
  std::unique_ptr<Audit> audit;
  std::string encoding, dialect;
};

Result<Converted> readInput(const std::string& input, const std::string& bytes,
                            const ConvertOptions& options);

struct Output {
  std::string extension;  // ".akn.xml", ".epub", ".tei.xml", ".teiCorpus.xml"
  std::string bytes;
};

// Every requested output, each validated, in the order outputExtensions gives.
Result<std::vector<Output>> render(const Meeting& meeting, const ConvertOptions& options,
                                   const std::string& input);

}  // namespace verbatim::cli
