// What a batch says on standard error while it runs: each input's warnings
// and errors, in input order, and its progress. Called from one thread only
// (the one that commits documents), so nothing here needs a lock.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

#include "cli/document.hpp"
#include "cli/options.hpp"
#include "core/report.hpp"

namespace verbatim::cli {

class Progress {
 public:
  // Auto is a bar when standard error is a terminal, else plain. -q is none
  // (errors are still printed: they are not progress).
  Progress(const ConvertOptions& options, std::size_t total);
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Input number `index` (from 0) is done: its warnings (not with -q), its
  // error (always), then its progress line (plain).
  void finished(std::size_t index, const Document& document);
  // Redraws the bar (at most ten times a second); `current` is the input the
  // batch is waiting for.
  void tick(std::string_view current);
  // A line that is not about one input ("verbatim: cannot write the report").
  void message(std::string_view line);
  // Clears the bar and, for a batch, prints the totals.
  void done(const ReportTotals& totals);

 private:
  void clearBar();
  void drawBar(std::string_view current);

  ProgressMode mode_;
  bool quiet_;
  std::size_t total_, done_ = 0;
  bool barShown_ = false;
  std::chrono::steady_clock::time_point start_, lastDraw_{};
  std::string current_;
};

}  // namespace verbatim::cli
