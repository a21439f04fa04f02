#include "cli/progress.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace verbatim::cli {
namespace {

using Clock = std::chrono::steady_clock;

std::size_t terminalWidth() {
  winsize size{};
  if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 20) return size.ws_col;
  return 80;
}

// The first `columns` characters of UTF-8 `text` (a character a column: good
// enough for file names on a status line).
std::string_view firstColumns(std::string_view text, std::size_t columns) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (count++ == columns) return text.substr(0, i);
  }
  return text;
}

std::string duration(double seconds) {
  const long long s = static_cast<long long>(seconds + 0.5);
  char buffer[32];
  if (s >= 3600)
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
  else
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld", s / 60, s % 60);
  return buffer;
}

}  // namespace

Progress::Progress(const ConvertOptions& options, std::size_t total)
    : mode_(options.progress), quiet_(options.quiet), total_(total), start_(Clock::now()) {
  if (quiet_) mode_ = ProgressMode::None;
  if (mode_ == ProgressMode::Auto)
    mode_ = ::isatty(STDERR_FILENO) ? ProgressMode::Bar : ProgressMode::Plain;
}

void Progress::clearBar() {
  if (!barShown_) return;
  std::cerr << "\r\033[K" << std::flush;
  barShown_ = false;
}

void Progress::message(std::string_view line) {
  clearBar();
  std::cerr << line << "\n";
}

void Progress::finished(std::size_t index, const Document& d) {
  ++done_;
  const DocumentReport& report = d.report;
  if (!quiet_ && report.audit)
    for (const auto& warning : report.audit->warnings())
      // A warning of the whole record (line 0) names no line.
      message("verbatim: " + d.input +
              (warning.line > 0 ? ":" + std::to_string(warning.line) : std::string()) +
              ": warning: " + warning.message);
  if (!report.ok) message("verbatim: " + report.error);
  if (mode_ != ProgressMode::Plain) return;  // the bar is redrawn by tick()
  // One line per input; numbered when there are several, so that a log of a
  // long batch says how far it got.
  std::string line =
      total_ > 1 ? "[" + std::to_string(index + 1) + "/" + std::to_string(total_) + "] " : "";
  line += d.input;
  if (report.status == "skipped") {
    line += ": up to date, skipped";
  } else if (!report.ok) {
    if (total_ == 1) return;  // the error said it all
    line += ": failed (exit " + std::to_string(report.exitCode) + ")";
  } else {
    const auto& n = report.counts;
    line += " → ";
    for (std::size_t i = 0; i < report.outputs.size(); ++i)
      line += (i ? ", " : "") + report.outputs[i];
    line += ": " + std::to_string(n.turns) + " turns, " + std::to_string(n.paragraphs) +
            " paragraphs, " + std::to_string(n.pageEnds) + " page ends";
  }
  message(line);
}

void Progress::tick(std::string_view current) {
  if (mode_ != ProgressMode::Bar) return;
  const auto now = Clock::now();
  if (done_ < total_ && now - lastDraw_ < std::chrono::milliseconds(100)) return;
  lastDraw_ = now;
  drawBar(current);
}

void Progress::drawBar(std::string_view current) {
  const double elapsed = std::chrono::duration<double>(Clock::now() - start_).count();
  const double rate = elapsed > 0 ? static_cast<double>(done_) / elapsed : 0;
  std::string status = " " + std::to_string(done_) + "/" + std::to_string(total_);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, " %.1f/s", rate);
  status += buffer;
  if (rate > 0 && done_ < total_)
    status += " ETA " + duration(static_cast<double>(total_ - done_) / rate);
  const std::size_t width = terminalWidth() - 1;  // the last column would wrap on some terminals
  constexpr std::size_t kBar = 24;
  const std::size_t filled = total_ ? kBar * done_ / total_ : kBar;
  std::string line = "[" + std::string(filled, '#') + std::string(kBar - filled, '-') + "]";
  line += status;
  if (!current.empty() && line.size() + 3 < width)
    line += " " + std::string(firstColumns(current, width - line.size() - 1));
  std::cerr << "\r\033[K" << line << std::flush;
  barShown_ = true;
}

void Progress::done(const ReportTotals& totals) {
  clearBar();
  if (mode_ == ProgressMode::None || total_ <= 1) return;
  const double elapsed = std::chrono::duration<double>(Clock::now() - start_).count();
  char buffer[160];
  std::snprintf(buffer, sizeof buffer,
                "verbatim: %zu inputs: %zu converted, %zu skipped, %zu failed, %zu not run, "
                "%zu warnings, in %.1f s",
                totals.inputs, totals.succeeded, totals.skipped, totals.failed, totals.notRun,
                totals.warnings, elapsed);
  std::cerr << buffer << "\n";
}

}  // namespace verbatim::cli
