#include "cli/document.hpp"

#include <filesystem>
#include <mutex>
#include <new>
#include <optional>
#include <stdexcept>

#include "cli/sidecar.hpp"
#include "core/bodies.hpp"
#include "core/files.hpp"
#include "raw/read_raw.hpp"
#include "tei/tei.hpp"

namespace verbatim::cli {
namespace {

namespace fs = std::filesystem;

Error rejected(std::string message, const std::string& input, int line = 0) {
  return Error{ErrorKind::InputRejected, std::move(message), input, line, {}};
}

// A language tag names files: letters, digits and hyphens only, so that no
// metadata can put a path separator or ".." into an output name.
bool safeForFileName(std::string_view language) {
  if (language.empty()) return false;
  for (char c : language)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
      return false;
  return true;
}

// True when every target exists and none is older than the input or its
// sidecar (the metadata it was converted with): make's rule.
bool upToDate(const std::vector<std::string>& targets, const std::string& input) {
  if (input == "-") return false;
  std::error_code error;
  auto newest = fs::last_write_time(input, error);
  if (error) return false;
  fs::path sidecar(input);
  sidecar.replace_extension(".meta.json");
  if (auto side = fs::last_write_time(sidecar, error); !error) newest = std::max(newest, side);
  for (const auto& target : targets) {
    auto written = fs::last_write_time(target, error);
    if (error || written < newest) return false;
  }
  return true;
}

// The outputs' stem ("S_PV.9381.zh") of a raw text whose symbol and
// language the options or its sidecar give: named as stage 1 would name it,
// before it is read. Nothing where the text must say (or an AKN input does).
struct GivenName {
  std::string symbol, language, stem;
};
std::optional<GivenName> givenName(const std::string& input, const ConvertOptions& options) {
  const std::string extension = fs::path(input).extension().string();
  if (input == "-" || (extension != ".txt" && extension != ".TXT")) return std::nullopt;
  auto sidecar = readSidecar(input);
  if (!sidecar) return std::nullopt;  // the conversion says why
  const std::string& language =
      options.language.empty() ? sidecar.value().language : options.language;
  const std::string symbol =
      normalizedSymbol(options.symbol.empty() ? sidecar.value().symbol : options.symbol);
  if (symbol.empty() || !safeForFileName(language) ||
      !metadataProblem(symbol, kMaxSymbolCharacters).empty())
    return std::nullopt;
  const std::string name = symbolForFileName(symbol);
  if (name.empty()) return std::nullopt;
  return GivenName{symbol, language, name + "." + language};
}

// Every output's name is the stem and a fixed extension, joined to the
// output directory: the stem has no separator, so nothing lands outside it.
// ("-" for each where the output goes to standard output.)
std::vector<std::string> targetsOf(const std::string& stem, const ConvertOptions& options) {
  std::vector<std::string> targets;
  for (const auto& extension : outputExtensions(options))
    targets.push_back(options.outputDirectory == "-"
                          ? "-"
                          : (fs::path(options.outputDirectory) / (stem + extension)).string());
  return targets;
}

Status makeDirectory(const std::string& directory) {
  // Workers may get here at once: one makes the directory, the others wait.
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  std::error_code error;
  fs::create_directories(directory, error);
  if (error)
    return Error{
        ErrorKind::Io, "cannot create the output directory: " + error.message(), directory, 0, {}};
  return success();
}

void prepare(Document& d, const ConvertOptions& options) {
  // Up to date under the names its given metadata make, a record is not
  // read at all: a build script's run over a converted archive is quick.
  if (options.skipUpToDate && options.outputDirectory != "-")
    if (auto given = givenName(d.input, options)) {
      std::vector<std::string> targets = targetsOf(given->stem, options);
      if (upToDate(targets, d.input)) {
        d.report.symbol = given->symbol;
        d.report.language = given->language;
        d.stem = given->stem;
        d.targets = std::move(targets);
        d.upToDate = true;
        return;
      }
    }
  auto bytes = readFile(d.input, options.maxInputSize);
  if (!bytes) return void(d.error = bytes.error());
  auto converted = readInput(d.input, bytes.value(), options);
  if (!converted) return void(d.error = converted.error());
  bytes.value() = std::string();  // one copy of the record at a time
  Converted& c = converted.value();
  DocumentReport& report = d.report;
  d.audit = std::move(c.audit);
  report.audit = d.audit.get();
  report.encoding = c.encoding;
  report.dialect = c.dialect;
  report.symbol = c.meeting.meta.symbol;
  report.language = c.meeting.meta.language;
  report.counts = countContent(c.meeting);
  const std::string name = symbolForFileName(c.meeting.meta.symbol);
  if (name.empty())
    return void(d.error =
                    rejected("the symbol '" + c.meeting.meta.symbol + "' gives no usable file name",
                             d.input));
  if (!safeForFileName(c.meeting.meta.language))
    return void(d.error = rejected("the language '" + c.meeting.meta.language +
                                       "' cannot name a file (letters, digits and hyphens only)",
                                   d.input));
  d.stem = name + "." + c.meeting.meta.language;
  const auto extensions = outputExtensions(options);
  const bool toStdout = options.outputDirectory == "-";
  if (toStdout && extensions.size() > 1)
    return void(d.error = Error{ErrorKind::Usage,
                                "-o - writes one output; this conversion makes " +
                                    std::to_string(extensions.size()) +
                                    " (--to tei alone makes two: the record and its corpus root)",
                                d.input,
                                0,
                                {}});
  d.targets = targetsOf(d.stem, options);
  if (options.skipUpToDate && !toStdout && upToDate(d.targets, d.input)) {
    // Its outputs stand: the warnings of a conversion not written were said
    // when they were made.
    d.upToDate = true;
    d.report.audit = nullptr;
    return;
  }
  // (An output left standing was accepted when it was made: --strict asks
  // only of what is converted now.)
  if (options.strict && !d.audit->warnings().empty()) {
    const auto& first = d.audit->warnings().front();
    return void(d.error = rejected("--strict: " + std::to_string(d.audit->warnings().size()) +
                                       " warning(s), the first: " + first.message,
                                   d.input, first.line));
  }
  auto outputs = render(c.meeting, options, d.input);
  if (!outputs) return void(d.error = outputs.error());
  d.outputs = std::move(outputs.value());
  bool named = d.outputs.size() == extensions.size();
  for (std::size_t i = 0; named && i < extensions.size(); ++i)
    named = d.outputs[i].extension == extensions[i];
  if (!named) throw std::logic_error("render() and outputExtensions() disagree");
  if (toStdout) return;  // written by commitDocument
  // Written and flushed here, in parallel; renamed into place in input order.
  if (auto made = makeDirectory(options.outputDirectory); !made)
    return void(d.error = made.error());
  for (std::size_t i = 0; i < d.outputs.size(); ++i) {
    auto staged = StagedFile::write(d.targets[i], d.outputs[i].bytes);
    if (!staged) return void(d.error = staged.error());
    d.staged.push_back(std::move(staged.value()));
    d.outputs[i].bytes = std::string();  // on disk now
  }
  d.outputs.clear();
}

void fail(Document& d, const Error& error) {
  d.error = error;
  DocumentReport& report = d.report;
  report.ok = false;
  report.status = "failed";
  report.exitCode = d.internalError ? d.internalError : static_cast<int>(error.kind);
  report.error = describe(error);
  report.errors.clear();
  std::string_view rest = report.error;
  while (!rest.empty()) {
    auto end = rest.find('\n');
    report.errors.emplace_back(rest.substr(0, end));
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
  }
}

}  // namespace

std::vector<std::string> outputExtensions(const ConvertOptions& options) {
  std::vector<std::string> extensions;
  if (options.toAkn) extensions.emplace_back(".akn.xml");
  if (options.toEpub) extensions.emplace_back(".epub");
  if (options.toTei) {
    extensions.emplace_back(kTeiExtension);
    extensions.emplace_back(kTeiCorpusExtension);
  }
  return extensions;
}

Document prepareDocument(const std::string& input, const ConvertOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  Document d;
  d.input = input;
  d.report.input = input;
  // A worker thread must not let an exception escape (std::terminate): it
  // becomes this input's failure and the batch goes on.
  auto failed = [&](std::string message, int internalError) {
    d = Document();  // whatever was half made goes
    d.input = d.report.input = input;
    d.error = Error{ErrorKind::Io, std::move(message), input, 0, {}};
    d.internalError = internalError;
  };
  try {
    prepare(d, options);
  } catch (const std::bad_alloc&) {
    failed("out of memory", 0);
  } catch (const std::exception& e) {
    failed(std::string("internal error: ") + e.what(), 70);
  }
  if (d.error) d.outputs.clear(), d.staged.clear();
  d.time = std::chrono::steady_clock::now() - start;
  return d;
}

void commitDocument(Document& d, const ConvertOptions& options, ClaimedOutputs& claimed) {
  const auto start = std::chrono::steady_clock::now();
  DocumentReport& report = d.report;
  auto finish = [&] {
    d.time += std::chrono::steady_clock::now() - start;
    report.timeMs = std::chrono::duration_cast<std::chrono::milliseconds>(d.time).count();
    d.outputs.clear();
    d.staged.clear();  // what was not renamed into place is removed
  };
  if (d.error) {
    fail(d, *d.error);
    return finish();
  }
  // Two inputs of one run that name the same record and language would
  // silently replace each other's outputs: the later one is refused.
  for (const auto& target : d.targets)
    if (auto earlier = claimed.inputOf.find(target);
        earlier != claimed.inputOf.end() && earlier->second != d.input) {
      fail(d, Error{ErrorKind::Usage,
                    "its output " + target + " is also the output of " + earlier->second +
                        " in this run; convert them into different directories",
                    d.input,
                    0,
                    {}});
      return finish();
    }
  // An AKN file converted into its own directory would be replaced by the
  // record written again (an archivist's hand-corrected master, its eIds
  // renumbered); nor does an output replace another input of the run (that
  // AKN file beside the text it came from, in the output directory): refused.
  for (const auto& target : d.targets) {
    std::error_code ignored;
    const bool itself = std::filesystem::equivalent(target, d.input, ignored);
    if (!itself && !claimed.inputs.contains(std::filesystem::weakly_canonical(target, ignored)))
      continue;
    fail(d, Error{ErrorKind::Usage,
                  "its output " + target +
                      (itself ? " is the input itself; convert it into another directory (-o DIR)"
                              : " is an input of this run, which it would replace; convert into "
                                "another directory (-o DIR)"),
                  d.input,
                  0,
                  {}});
    return finish();
  }
  for (const auto& target : d.targets) claimed.inputOf.emplace(target, d.input);
  if (d.upToDate) {
    report.ok = true;
    report.status = "skipped";
    report.upToDate = d.targets;
    return finish();
  }
  if (options.outputDirectory == "-") {
    for (const auto& output : d.outputs) {
      if (auto written = writeFileAtomically("-", output.bytes); !written) {
        fail(d, written.error());
        return finish();
      }
      report.outputs.emplace_back("-");
    }
  }
  for (auto& staged : d.staged) {
    if (auto renamed = staged.commit(); !renamed) {
      fail(d, renamed.error());
      return finish();
    }
    report.outputs.push_back(staged.target());
  }
  report.ok = true;
  report.status = "converted";
  finish();
}

}  // namespace verbatim::cli
