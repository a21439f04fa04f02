#include "cli/convert.hpp"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

#include "akn/reader.hpp"
#include "akn/writer.hpp"
#include "cli/sidecar.hpp"
#include "core/bodies.hpp"
#include "core/conservation.hpp"
#include "core/files.hpp"
#include "core/report.hpp"
#include "epub/epub.hpp"
#include "raw/read_raw.hpp"
#include "tei/tei.hpp"
#include "validate/akn_gate.hpp"
#include "validate/validator.hpp"

namespace verbatim::cli {
namespace {

// An AKN file rather than raw text: XML whose root is akomaNtoso.
bool looksLikeAkn(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  auto start = bytes.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || bytes[start] != '<') return false;
  return bytes.substr(0, 4096).find("akomaNtoso") != std::string_view::npos;
}

// SOURCE_DATE_EPOCH as "CCYY-MM-DDThh:mm:ssZ", or empty when unset.
std::string modifiedTimestamp() {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (!epoch || !*epoch) return {};
  char* end = nullptr;
  long long seconds = std::strtoll(epoch, &end, 10);
  if (*end != '\0' || seconds < 0) return {};
  std::time_t t = static_cast<std::time_t>(seconds);
  std::tm utc{};
  gmtime_r(&t, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

// SOURCE_DATE_EPOCH, when set, dates the markup (reproducible builds convention).
std::string markupDate() { return modifiedTimestamp().substr(0, 10); }

Error withFile(Error error, const std::string& file) {
  if (error.file.empty()) error.file = file;
  return error;
}

Error validationFailed(const std::string& what, const std::string& file,
                       const std::vector<XmlDiagnostic>& problems) {
  Error error{ErrorKind::ValidationFailed,
              what + " did not pass the AKN profile; nothing was written",
              file,
              0,
              {}};
  for (std::size_t i = 0; i < problems.size() && i < 10; ++i)
    error.details.push_back(formatDiagnostic("generated AKN", problems[i]));
  return error;
}

struct Converted {
  Meeting meeting;
  std::unique_ptr<Audit> audit;
  std::string encoding, dialect;
};

Result<Converted> readInput(const std::string& input, const std::string& bytes,
                            const ConvertOptions& options) {
  Converted converted;
  converted.audit = std::make_unique<Audit>();
  if (looksLikeAkn(bytes)) {
    auto document = parseXml(bytes, input);
    if (!document) return document.error();
    if (auto problems = checkAkn(document.value()); !problems.empty()) {
      Error error{ErrorKind::InputRejected,
                  "not a valid AKN record in verbatim's profile",
                  input,
                  problems.front().line,
                  {}};
      for (std::size_t i = 0; i < problems.size() && i < 10; ++i)
        error.details.push_back(formatDiagnostic(input, problems[i]));
      return error;
    }
    auto meeting = readAkn(bytes, input);
    if (!meeting) return meeting.error();
    converted.meeting = std::move(meeting.value());
    converted.encoding = "UTF-8";
    converted.dialect = "akn";
    return converted;
  }
  auto sidecar = readSidecar(input);
  if (!sidecar) return sidecar.error();
  const Sidecar& s = sidecar.value();
  auto pick = [](const std::string& flag, const std::string& side) {
    return flag.empty() ? side : flag;
  };
  RawOptions raw;
  raw.meta.symbol = pick(options.symbol, s.symbol);
  raw.meta.date = pick(options.date, s.date);
  raw.meta.language = pick(options.language, s.language);
  raw.meta.body = pick(options.body, s.body);
  raw.meta.place = s.place;
  raw.firstPage = options.firstPage ? options.firstPage : s.firstPage;
  raw.encoding = pick(options.encoding, s.encoding);
  auto reading = readRawRecord(bytes, input, raw);
  if (!reading) return reading.error();
  RawReading& r = reading.value();
  auto conservation = checkConservation(r.decodedText, meetingText(r.meeting),
                                        r.audit.removedText(), r.audit.insertedText());
  if (!conservation.ok())
    return Error{ErrorKind::ValidationFailed,
                 "conservation check failed (a bug: please report it): " + conservation.summary(),
                 input,
                 0,
                 {}};
  converted.meeting = std::move(r.meeting);
  *converted.audit = std::move(r.audit);
  converted.encoding = r.encoding;
  converted.dialect = r.dialect;
  return converted;
}

struct Output {
  std::string extension;  // ".akn.xml", ".epub", ".tei.xml"
  std::string bytes;
};

// Every requested output, each validated. EPUB and TEI are rendered from the
// AKN read back, never from the stage-1 model directly: what a person can
// correct by hand is what the editions are made of.
Result<std::vector<Output>> render(const Meeting& meeting, const ConvertOptions& options,
                                   const std::string& input) {
  AknWriteOptions writeOptions;
  writeOptions.markupDate = markupDate();
  std::string akn = writeAkn(meeting, writeOptions);
  auto document = parseXml(akn, "generated AKN");
  if (!document)
    return Error{ErrorKind::ValidationFailed, "the generated AKN is not well-formed (a bug)", input,
                 0, document.error().details};
  if (auto problems = checkAkn(document.value()); !problems.empty())
    return validationFailed("the generated AKN", input, problems);

  std::vector<Output> outputs;
  if (options.toEpub || options.toTei) {
    auto pivot = readAkn(akn, input);
    if (!pivot) return pivot.error();
    if (options.toEpub) {
      EpubOptions epubOptions;
      epubOptions.modified = modifiedTimestamp();
      auto epub = writeEpub(pivot.value(), epubOptions);
      if (!epub) return withFile(epub.error(), input);
      outputs.push_back({".epub", std::move(epub.value())});
    }
    if (options.toTei) {
      // Named as the outputs below are: from the metadata the command names files by.
      auto tei = writeTei(pivot.value(),
                          TeiOptions{markupDate(), options.teiSchema, teiFileName(meeting.meta)});
      if (!tei) return withFile(tei.error(), input);
      // The record and its ParlaMint corpus root, which XIncludes it by name.
      outputs.push_back({std::string(kTeiExtension), std::move(tei.value().record)});
      outputs.push_back({std::string(kTeiCorpusExtension), std::move(tei.value().corpus)});
    }
  }
  if (options.toAkn) outputs.insert(outputs.begin(), {".akn.xml", std::move(akn)});
  return outputs;
}

// Outputs already written in this run, and the input each came from.
using ClaimedOutputs = std::map<std::string, std::string>;

int convertOne(const std::string& input, const ConvertOptions& options, DocumentReport& report,
               std::vector<std::unique_ptr<Audit>>& audits, ClaimedOutputs& claimed) {
  report.input = input;
  auto fail = [&](const Error& error) {
    report.ok = false;
    report.exitCode = static_cast<int>(error.kind);
    report.error = describe(error);
    std::cerr << "verbatim: " << describe(error) << "\n";
    return report.exitCode;
  };
  auto bytes = readFile(input, options.maxInputSize);
  if (!bytes) return fail(bytes.error());
  auto converted = readInput(input, bytes.value(), options);
  if (!converted) return fail(converted.error());
  Converted& c = converted.value();
  audits.push_back(std::move(c.audit));
  report.audit = audits.back().get();
  report.encoding = c.encoding;
  report.dialect = c.dialect;
  report.symbol = c.meeting.meta.symbol;
  report.language = c.meeting.meta.language;
  report.counts = countContent(c.meeting);
  if (options.strict && !report.audit->warnings().empty()) {
    const auto& first = report.audit->warnings().front();
    return fail(Error{ErrorKind::InputRejected,
                      "--strict: " + std::to_string(report.audit->warnings().size()) +
                          " warning(s), the first: " + first.message,
                      input,
                      first.line,
                      {}});
  }
  if (!options.quiet)
    for (const auto& warning : report.audit->warnings())
      std::cerr << "verbatim: " << input << ":" << warning.line << ": warning: " << warning.message
                << "\n";

  auto outputs = render(c.meeting, options, input);
  if (!outputs) return fail(outputs.error());

  const std::string name = symbolForFileName(c.meeting.meta.symbol);
  if (name.empty())
    return fail(Error{ErrorKind::InputRejected,
                      "the symbol '" + c.meeting.meta.symbol + "' gives no usable file name",
                      input,
                      0,
                      {}});
  const bool toStdout = options.outputDirectory == "-";
  if (toStdout && outputs.value().size() > 1)
    return fail(Error{ErrorKind::Usage,
                      "-o - writes one output; this conversion makes " +
                          std::to_string(outputs.value().size()) +
                          " (--to tei alone makes two: the record and its corpus root)",
                      input,
                      0,
                      {}});
  if (!toStdout) {
    std::error_code error;
    std::filesystem::create_directories(options.outputDirectory, error);
    if (error)
      return fail(Error{ErrorKind::Io,
                        "cannot create the output directory: " + error.message(),
                        options.outputDirectory,
                        0,
                        {}});
  }
  std::vector<std::string> targets;
  for (const auto& output : outputs.value())
    targets.push_back(toStdout ? "-"
                               : (std::filesystem::path(options.outputDirectory) /
                                  (name + "." + c.meeting.meta.language + output.extension))
                                     .string());
  // Two inputs of one run that name the same record and language would
  // silently replace each other's outputs: the later one is refused.
  for (const auto& target : targets)
    if (auto earlier = claimed.find(target); earlier != claimed.end() && earlier->second != input)
      return fail(Error{ErrorKind::Usage,
                        "its output " + target + " is also the output of " + earlier->second +
                            " in this run; convert them into different directories",
                        input,
                        0,
                        {}});
  for (const auto& target : targets) claimed.emplace(target, input);
  // Every output was rendered and validated above: only now is anything written.
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const auto& output = outputs.value()[i];
    const std::string& target = targets[i];
    if (auto written = writeFileAtomically(target, output.bytes); !written)
      return fail(written.error());
    report.outputs.push_back(target);
  }
  report.ok = true;
  if (!options.quiet) {
    const auto& n = report.counts;
    std::cerr << input << " → ";
    for (std::size_t i = 0; i < report.outputs.size(); ++i)
      std::cerr << (i ? ", " : "") << report.outputs[i];
    std::cerr << ": " << n.turns << " turns, " << n.paragraphs << " paragraphs, " << n.pageEnds
              << " page ends\n";
  }
  return 0;
}

}  // namespace

int runConvert(const ConvertOptions& options) {
  if (options.outputDirectory == "-" && options.inputs.size() > 1) {
    std::cerr << "verbatim: -o - writes one output to standard output; give one input\n";
    return static_cast<int>(ErrorKind::Usage);
  }
  initialiseXml();
  std::vector<DocumentReport> reports;
  std::vector<std::unique_ptr<Audit>> audits;
  ClaimedOutputs claimed;
  int exitCode = 0;
  for (const auto& input : options.inputs) {
    reports.emplace_back();
    exitCode = std::max(exitCode, convertOne(input, options, reports.back(), audits, claimed));
  }
  if (!options.reportPath.empty()) {
    if (auto written = writeFileAtomically(options.reportPath, reportJson(reports)); !written) {
      std::cerr << "verbatim: " << describe(written.error()) << "\n";
      exitCode = std::max(exitCode, static_cast<int>(ErrorKind::Io));
    }
  }
  return exitCode;
}

int runValidate(const ValidateOptions& options) {
  initialiseXml();
  std::unique_ptr<Schema> schema;
  if (!options.schema.empty()) {
    auto compiled = Schema::fromFile(options.schema);
    if (!compiled) {
      std::cerr << "verbatim: " << describe(compiled.error()) << "\n";
      return static_cast<int>(compiled.error().kind);
    }
    schema = std::move(compiled.value());
  }
  int exitCode = 0;
  for (const auto& file : options.files) {
    // An AKN record is larger than the text it was made from, never 4 times.
    auto bytes = readFile(file, 4 * kDefaultInputLimit);
    if (!bytes) {
      std::cerr << "verbatim: " << describe(bytes.error()) << "\n";
      exitCode = std::max(exitCode, static_cast<int>(bytes.error().kind));
      continue;
    }
    auto document = parseXml(bytes.value(), file);
    if (!document) {
      std::cerr << "verbatim: " << describe(document.error()) << "\n";
      exitCode = std::max(exitCode, static_cast<int>(ErrorKind::InputRejected));
      continue;
    }
    auto problems = schema ? schema->validate(document.value()) : checkAkn(document.value());
    if (problems.empty()) {
      std::cout << file << ": valid\n";
      continue;
    }
    for (const auto& problem : problems) std::cout << formatDiagnostic(file, problem) << "\n";
    std::cout << file << ": not valid\n";
    exitCode = std::max(exitCode, static_cast<int>(ErrorKind::ValidationFailed));
  }
  return exitCode;
}

}  // namespace verbatim::cli
