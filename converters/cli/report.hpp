// --report FILE.json for a batch, written entry by entry as inputs are
// committed (in input order), to a hidden temporary file renamed into place
// at the end: memory does not grow with the number of inputs, and a batch
// that is interrupted leaves no half-written report.
#pragma once

#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "core/report.hpp"
#include "core/result.hpp"

namespace verbatim::cli {

class ReportWriter {
 public:
  // An empty path writes nothing.
  explicit ReportWriter(std::string path);
  ~ReportWriter();  // removes the temporary file unless finish() renamed it
  ReportWriter(const ReportWriter&) = delete;
  ReportWriter& operator=(const ReportWriter&) = delete;

  void add(const DocumentReport& document);
  Status finish(const ReportTotals& totals);

 private:
  struct Close {
    void operator()(std::FILE* file) const { std::fclose(file); }
  };
  bool open();  // false while the file cannot be made
  void write(const std::string& text);

  std::string path_, temporary_;
  std::string target_;  // where the report lands: path_, or the file a link points to
  std::unique_ptr<std::FILE, Close> file_;
  std::string pending_;  // entries made before the file could be
  bool first_ = true;
  std::optional<Error> error_;
};

}  // namespace verbatim::cli
