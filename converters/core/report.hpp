// The JSON report of a run (--report FILE.json): per input, what was written,
// what was removed or repaired and where, warnings and errors.
#pragma once

#include <string>
#include <vector>

#include "core/audit.hpp"
#include "core/model.hpp"

namespace verbatim {

struct DocumentReport {
  std::string input;
  bool ok = false;
  int exitCode = 0;
  std::string error;                 // when not ok
  std::vector<std::string> outputs;  // files written
  std::string encoding;
  std::string dialect;
  std::string symbol;
  std::string language;
  MeetingCounts counts;
  const Audit* audit = nullptr;  // null when the input never got that far
};

std::string reportJson(const std::vector<DocumentReport>& documents);

}  // namespace verbatim
