// The JSON report of a run (--report FILE.json): per input, what was written,
// what was removed or repaired and where, warnings and errors; totals last.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/audit.hpp"
#include "core/model.hpp"

namespace verbatim {

struct DocumentReport {
  std::string input;
  bool ok = false;
  // "converted", "failed", "skipped" (outputs up to date) or "not_run" (after
  // a failure, with --fail-fast).
  std::string status = "not_run";
  int exitCode = 0;
  std::string error;                  // when not ok: the first line of the error
  std::vector<std::string> errors;    // when not ok: the error and its details, a line each
  std::vector<std::string> outputs;   // files written
  std::vector<std::string> upToDate;  // files left alone (--skip-up-to-date)
  std::string encoding;
  std::string dialect;
  std::string symbol;
  std::string language;
  MeetingCounts counts;
  const Audit* audit = nullptr;  // null when the input never got that far
  long long timeMs = 0;
};

struct ReportTotals {
  std::size_t inputs = 0, succeeded = 0, failed = 0, skipped = 0, notRun = 0;
  std::size_t warnings = 0, outputs = 0;
  long long wallTimeMs = 0;
  // The signal that stopped the batch ("SIGINT", "SIGTERM", "SIGHUP"), when one did.
  std::string interruptedBy;
  void add(const DocumentReport& document);
};

// The report in three parts, so that a batch writes each entry as it is done
// and never holds thousands of audit trails at once:
//   reportHead() + reportEntry(d1, true) + reportEntry(d2, false) + … + reportTail(totals)
std::string reportHead();
std::string reportEntry(const DocumentReport& document, bool first);
std::string reportTail(const ReportTotals& totals);

// The whole report at once.
std::string reportJson(const std::vector<DocumentReport>& documents);

}  // namespace verbatim
