// `verbatim convert` over any number of inputs: N workers prepare documents
// (read, convert, render, validate: all in memory), the calling thread
// commits them (writes, messages, report) strictly in input order. The bytes
// written and everything said are therefore the same whatever -j is; only
// the times in the report differ.
//
// Thread safety: what the workers share is read-only after it is built. The
// schemas (AKN, EPUB, TEI, --tei-schema) are compiled once per process into
// function-local statics or a mutex-guarded cache, and libxml2 validates a
// shared compiled schema with a validation context per call; the type
// libraries libxml2 fills on first use are built by initialiseXml() before
// any worker starts. Stage 1's ICU patterns are compiled once per language
// (Grammar::of, under a mutex) and each thread keeps its own matchers.
#include <sched.h>
#include <unicode/normalizer2.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <condition_variable>
#include <csignal>
#include <ctime>
#include <filesystem>
#include <functional>
#include <future>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "cli/convert.hpp"
#include "cli/document.hpp"
#include "cli/inputs.hpp"
#include "cli/progress.hpp"
#include "cli/report.hpp"
#include "epub/epub.hpp"
#include "tei/tei.hpp"
#include "validate/akn_gate.hpp"
#include "validate/validator.hpp"

namespace verbatim::cli {
namespace {

// Process-wide state that libraries build lazily on first use, built here on
// one thread before any worker starts: ICU's NFC data (stage 1 normalises
// every input) and the C library's time zone (libzip dates entries with
// localtime_r). Both are guarded inside their libraries, with locks that
// ThreadSanitizer cannot see; building them first leaves nothing to race on.
void prepareSharedState() {
  UErrorCode status = U_ZERO_ERROR;
  icu::Normalizer2::getNFCInstance(status);
  ::tzset();
}

unsigned cores() {
  cpu_set_t set;
  CPU_ZERO(&set);
  // The CPUs this process may run on (taskset, containers), not the machine's.
  if (::sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
    return static_cast<unsigned>(CPU_COUNT(&set));
  return std::max(1u, std::thread::hardware_concurrency());
}

// Workers that prepare documents ahead of the committing thread. A worker
// starts input i only while i < (next to commit) + window: each worker holds
// one document, and at most as many more wait, finished, for their turn;
// memory stays bounded however long the batch.
class Pipeline {
 public:
  Pipeline(const std::vector<std::string>& inputs, const ConvertOptions& options, unsigned jobs)
      : inputs_(inputs), options_(options), window_(2 * std::size_t{jobs}) {
    workers_.reserve(jobs);
    for (unsigned k = 0; k < jobs; ++k) workers_.emplace_back([this] { work(); });
  }
  // Nothing more is started; running workers finish the input in hand, which
  // is dropped unwritten; then they are joined.
  ~Pipeline() { stop(); }
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Input i's document, once ready; `idle` is called every 100 ms meanwhile,
  // and waiting ends, with nothing, when it says so.
  std::optional<Document> take(std::size_t i, const std::function<bool()>& idle) {
    std::unique_lock lock(mutex_);
    while (done_.find(i) == done_.end()) {
      if (ready_.wait_for(lock, std::chrono::milliseconds(100)) == std::cv_status::timeout) {
        lock.unlock();
        if (!idle()) return std::nullopt;
        lock.lock();
      }
    }
    auto node = done_.extract(i);
    committed_ = i + 1;
    lock.unlock();
    room_.notify_all();
    return std::move(node.mapped());
  }

  void stop() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    room_.notify_all();
  }

 private:
  void work() {
    while (true) {
      std::size_t i = 0;
      {
        std::unique_lock lock(mutex_);
        room_.wait(lock, [&] {
          return stopping_ || next_ >= inputs_.size() || next_ < committed_ + window_;
        });
        if (stopping_ || next_ >= inputs_.size()) return;
        i = next_++;
      }
      Document document = prepareDocument(inputs_[i], options_);
      {
        std::lock_guard lock(mutex_);
        if (stopping_) return;  // --fail-fast: abandoned, never written
        done_.emplace(i, std::move(document));
      }
      ready_.notify_all();
    }
  }

  const std::vector<std::string>& inputs_;
  const ConvertOptions& options_;
  const std::size_t window_;
  std::mutex mutex_;
  std::condition_variable ready_, room_;
  std::map<std::size_t, Document> done_;
  std::size_t next_ = 0, committed_ = 0;
  bool stopping_ = false;
  std::vector<std::jthread> workers_;  // last: joined before the rest is destroyed
};

// The signal that interrupted the batch (SIGINT, SIGTERM, SIGHUP), 0 while none did.
std::atomic<int> interrupted{0};
static_assert(std::atomic<int>::is_always_lock_free, "set from a signal handler");

// The first signal stops the batch: the inputs being converted run on to
// their end and are dropped with their staged outputs; a second one is the
// user insisting: the process dies of it at once, as it would have without
// the guard (its hidden staging files may stay, no output is left half
// written).
void onSignal(int signal) {
  if (interrupted.exchange(signal) != 0) {
    std::signal(signal, SIG_DFL);
    std::raise(signal);
  }
}

// While it lives, an interruption stops the batch as --fail-fast does, so that
// staged outputs and the report's temporary file are removed before the
// process dies of the signal (runConvert raises it again at the end).
class InterruptGuard {
 public:
  InterruptGuard() {
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    for (std::size_t k = 0; k < kSignals.size(); ++k)
      ::sigaction(kSignals[k], &action, &previous_[k]);
  }
  ~InterruptGuard() {
    for (std::size_t k = 0; k < kSignals.size(); ++k)
      ::sigaction(kSignals[k], &previous_[k], nullptr);
  }
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

 private:
  static constexpr std::array<int, 3> kSignals = {SIGINT, SIGTERM, SIGHUP};
  std::array<struct sigaction, 3> previous_{};
};

int runBatch(const ConvertOptions& options);

std::string signalName(int signal) {
  switch (signal) {
    case SIGINT: return "SIGINT";
    case SIGTERM: return "SIGTERM";
    case SIGHUP: return "SIGHUP";
    default: return "signal " + std::to_string(signal);
  }
}

}  // namespace

int runConvert(const ConvertOptions& options) {
  int exitCode = 0;
  {
    InterruptGuard guard;
    exitCode = runBatch(options);
  }
  if (const int signal = interrupted.load()) {
    std::cerr << "verbatim: interrupted (" << signalName(signal)
              << "): nothing after the last input reported was written"
              << (options.reportPath.empty() ? "" : "; the report lists the inputs not run")
              << "\n";
    std::signal(signal, SIG_DFL);
    std::raise(signal);
  }
  return exitCode;
}

namespace {

namespace fs = std::filesystem;

// Why the report cannot go where --report says, or empty.
std::string reportPlaceProblem(const ConvertOptions& options) {
  if (options.reportPath.empty()) return {};
  const fs::path report(options.reportPath);
  const fs::path directory = report.has_parent_path() ? report.parent_path() : fs::path(".");
  std::error_code error;
  if (options.reportPath != "-" && fs::is_directory(report, error)) return "it is a directory";
  if (fs::is_directory(directory, error)) return {};
  if (options.outputDirectory != "-" &&
      fs::weakly_canonical(directory, error) ==
          fs::weakly_canonical(fs::path(options.outputDirectory), error))
    return {};
  return fs::exists(directory, error) ? "'" + directory.string() + "' is not a directory"
                                      : "its directory '" + directory.string() + "' does not exist";
}

// What the report would replace, or empty: an input, its sidecar, or an
// output (a file of an output's name) is never overwritten by the report.
std::string reportWouldReplace(const ConvertOptions& options,
                               const std::vector<std::string>& inputs) {
  if (options.reportPath.empty()) return {};
  const fs::path report(options.reportPath);
  const std::string name = report.filename().string();
  for (std::string_view extension : {".akn.xml", ".epub", ".tei.xml", ".teiCorpus.xml"})
    if (name.size() > extension.size() && name.ends_with(extension))
      return "a report is not written to a file named as an output";
  std::error_code error;
  if (!fs::exists(report, error)) return {};
  for (const auto& input : inputs) {
    fs::path sidecar(input);
    sidecar.replace_extension(".meta.json");
    for (const fs::path& file : {fs::path(input), sidecar})
      if (fs::equivalent(report, file, error)) return "the report would replace " + file.string();
  }
  return {};
}

int runBatch(const ConvertOptions& given) {
  ConvertOptions options = given;
  const auto start = std::chrono::steady_clock::now();
  auto collected = collectInputs(options);
  if (!collected) {
    std::cerr << "verbatim: " << describe(collected.error()) << "\n";
    return static_cast<int>(collected.error().kind);
  }
  const std::vector<std::string>& inputs = collected.value();
  // "--report -" is standard output, as "-o -" is (not both).
  if (options.reportPath == "-") {
    if (options.outputDirectory == "-") {
      std::cerr << "verbatim: -o - and --report - would both write to standard output\n";
      return static_cast<int>(ErrorKind::Usage);
    }
    options.reportPath = "/dev/stdout";
  }
  // A mistyped path in a script converts nothing: that is no success. An
  // empty list (--files-from, "find -newer … |") is nothing to do: the run
  // succeeds, its report lists no input.
  if (inputs.empty() && !options.inputs.empty()) {
    std::cerr << "verbatim: no record file to convert\n";
    return static_cast<int>(ErrorKind::Usage);
  }
  if (auto problem = reportWouldReplace(options, inputs); !problem.empty()) {
    std::cerr << "verbatim: " << options.reportPath << ": " << problem
              << "; nothing was converted\n";
    return static_cast<int>(ErrorKind::Usage);
  }
  if (options.outputDirectory == "-" && inputs.size() > 1) {
    std::cerr << "verbatim: -o - writes one output to standard output; give one input\n";
    return static_cast<int>(ErrorKind::Usage);
  }
  // A report that could not be made would fail the run after its outputs
  // were written: its directory must exist, unless it is the output
  // directory, which the first output makes.
  if (auto problem = reportPlaceProblem(options); !problem.empty()) {
    std::cerr << "verbatim: " << options.reportPath << ": cannot create the report: " << problem
              << "; nothing was converted\n";
    return static_cast<int>(ErrorKind::Io);
  }
  // libxml2's global tables are filled here, on one thread, before any worker.
  initialiseXml();
  prepareSharedState();
  // A batch of one on more than one core: the schemas compile while stage 1
  // reads the text, and the EPUB and the TEI are made side by side. (The
  // future waits for the compilation, if need be, when the batch returns.)
  std::future<void> schemasCompiled;
  if (inputs.size() == 1 && (options.jobs ? options.jobs : cores()) > 1) {
    schemasCompiled = std::async(std::launch::async, [epub = options.toEpub, tei = options.toTei] {
      prepareAknGate();
      if (epub) prepareEpubChecks();
      if (tei) prepareTeiChecks();
    });
    options.editionsSideBySide = true;
  }
  Progress progress(options, inputs.size());
  ReportWriter report(options.reportPath);
  ReportTotals totals;
  ClaimedOutputs claimed;
  for (const auto& input : inputs) {
    std::error_code ignored;
    if (input != "-") claimed.inputs.insert(std::filesystem::weakly_canonical(input, ignored));
  }
  int exitCode = 0;
  // Commits input i; false when the batch must stop (--fail-fast).
  auto commit = [&](std::size_t i, Document& document) {
    commitDocument(document, options, claimed);
    progress.finished(i, document);
    report.add(document.report);
    totals.add(document.report);
    exitCode = std::max(exitCode, document.report.exitCode);
    progress.tick(i + 1 < inputs.size() ? std::string_view(inputs[i + 1]) : std::string_view());
    return document.report.ok || !options.failFast;
  };
  std::size_t committed = 0;
  const unsigned jobs = static_cast<unsigned>(
      std::min<std::size_t>(options.jobs ? options.jobs : cores(), inputs.size()));
  if (jobs <= 1) {
    while (committed < inputs.size() && !interrupted.load()) {
      Document document = prepareDocument(inputs[committed], options);
      if (interrupted.load() || !commit(committed++, document)) break;
    }
  } else {
    Pipeline pipeline(inputs, options, jobs);
    while (committed < inputs.size() && !interrupted.load()) {
      const std::string& waitingFor = inputs[committed];
      auto document = pipeline.take(committed, [&] {
        progress.tick(waitingFor);
        return !interrupted.load();
      });
      if (!document || !commit(committed++, *document)) break;
    }
  }
  // What was never started counts as not run. Interrupted, the batch still
  // writes its report: the inputs whose outputs were written keep their
  // audit trail, and the totals say which signal stopped the rest.
  for (; committed < inputs.size(); ++committed) {
    DocumentReport notRun;
    notRun.input = inputs[committed];
    report.add(notRun);
    totals.add(notRun);
  }
  if (const int signal = interrupted.load()) totals.interruptedBy = signalName(signal);
  totals.wallTimeMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now() - start)
                          .count();
  if (auto written = report.finish(totals); !written) {
    progress.message("verbatim: " + describe(written.error()));
    exitCode = std::max(exitCode, static_cast<int>(ErrorKind::Io));
  }
  progress.done(totals);
  return exitCode;
}

}  // namespace
}  // namespace verbatim::cli
