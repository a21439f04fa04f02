// The command line of `verbatim`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/files.hpp"
#include "core/result.hpp"

namespace verbatim::cli {

// How progress is shown on standard error (cli/progress.hpp).
enum class ProgressMode { Auto, Bar, Plain, None };

struct ConvertOptions {
  std::vector<std::string> inputs;  // files and directories, as given
  std::string filesFrom;            // --files-from: a list of inputs, one a line ("-": stdin)
  std::string outputDirectory = ".";
  bool toAkn = false, toEpub = false, toTei = false;
  std::string teiSchema;  // --tei-schema: a further schema the TEI record must pass
  std::string symbol, date, language, body, encoding;
  std::optional<int> firstPage;
  std::string reportPath;
  bool strict = false;
  bool quiet = false;
  // The batch (cli/batch.hpp): 0 jobs is one worker per core.
  unsigned jobs = 0;
  // Set by the batch, not the command line: one document may render its
  // EPUB and its TEI side by side (a batch of one on more than one core).
  bool editionsSideBySide = false;
  bool failFast = false;
  bool skipUpToDate = false;
  ProgressMode progress = ProgressMode::Auto;
  std::size_t maxInputSize = kDefaultInputLimit;
};

struct ValidateOptions {
  std::vector<std::string> files;
  std::string schema;
  bool strict = false;  // what a hand-edited AKN file says twice and differently fails it
};

struct Command {
  enum class Kind { Help, Version, Convert, Validate } kind = Kind::Help;
  ConvertOptions convert;
  ValidateOptions validate;
};

Result<Command> parseCommandLine(int argc, char** argv);
const char* helpText();

}  // namespace verbatim::cli
