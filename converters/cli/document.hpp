// One input of a batch, in two steps. prepareDocument reads, converts, renders
// and validates it, and writes its outputs to hidden temporary files flushed
// to disk; it may run on any worker thread. commitDocument renames them into
// place (or drops them) on one thread, in input order, so that what is
// written, and which of two inputs naming the same output wins, never depends
// on which worker finished first.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cli/convert.hpp"
#include "core/report.hpp"
#include "core/staged_file.hpp"

namespace verbatim::cli {

struct Document {
  std::string input;
  DocumentReport report;  // report.audit points into audit
  std::unique_ptr<Audit> audit;
  std::optional<Error> error;  // set: the input failed; nothing of it is written
  int internalError = 0;       // an exception escaped the stages (exit 70)
  std::string stem;            // "S_PV.9381.zh": what its outputs are named after
  std::vector<std::string> targets;
  std::vector<StagedFile> staged;  // written beside the targets, not renamed yet
  std::vector<Output> outputs;     // -o -: rendered and validated, for standard output
  bool upToDate = false;           // --skip-up-to-date found every target fresh
  std::chrono::steady_clock::duration time{};
};

// What a run's outputs may not replace: the outputs claimed so far, and the
// input each came from; every input of the run (weakly canonical), which no
// output replaces (a hand-corrected AKN file among the records).
struct ClaimedOutputs {
  std::map<std::string, std::string> inputOf;
  std::set<std::filesystem::path> inputs;
};

// The extensions of the outputs `options` asks for, in the order render() gives them.
std::vector<std::string> outputExtensions(const ConvertOptions& options);

Document prepareDocument(const std::string& input, const ConvertOptions& options);

// Puts the outputs in place (or refuses them) and completes document.report.
void commitDocument(Document& document, const ConvertOptions& options, ClaimedOutputs& claimed);

}  // namespace verbatim::cli
