// The command line of `verbatim`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/files.hpp"
#include "core/result.hpp"

namespace verbatim::cli {

struct ConvertOptions {
  std::vector<std::string> inputs;
  std::string outputDirectory = ".";
  bool toAkn = false, toEpub = false, toTei = false;
  std::string teiSchema;  // --tei-schema: a further schema the TEI record must pass
  std::string symbol, date, language, body, encoding;
  std::optional<int> firstPage;
  std::string reportPath;
  bool strict = false;
  bool quiet = false;
  std::size_t maxInputSize = kDefaultInputLimit;
};

struct ValidateOptions {
  std::vector<std::string> files;
  std::string schema;
};

struct Command {
  enum class Kind { Help, Version, Convert, Validate } kind = Kind::Help;
  ConvertOptions convert;
  ValidateOptions validate;
};

Result<Command> parseCommandLine(int argc, char** argv);
const char* helpText();

}  // namespace verbatim::cli
