#include "cli/convert.hpp"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <future>
#include <iostream>
#include <map>
#include <memory>

#include "akn/reader.hpp"
#include "akn/writer.hpp"
#include "cli/sidecar.hpp"
#include "core/bodies.hpp"
#include "core/conservation.hpp"
#include "core/files.hpp"
#include "core/markup_start.hpp"
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
  const MarkupStart start = markupStart(bytes);
  if (!start.markup) return false;
  // The root element, however long the comments before it; or the name near
  // the start (a declaration that does not end goes to the XML parser, which
  // says what is wrong with it).
  return localName(start.root) == "akomaNtoso" ||
         bytes.substr(0, 4096).find("akomaNtoso") != std::string_view::npos;
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

}  // namespace

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
    auto meeting = readAkn(bytes, input, converted.audit.get());
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
    // Named as the outputs below are: from the metadata the command names files by.
    const TeiOptions teiOptions{markupDate(), options.teiSchema, teiFileName(meeting.meta)};
    // The TEI on a thread of its own while the EPUB is made, when a core is
    // idle: both read the same model, neither writes to it.
    std::future<Result<TeiEdition>> teiAside;
    if (options.toTei && options.toEpub && options.editionsSideBySide)
      teiAside =
          std::async(std::launch::async, [&] { return writeTei(pivot.value(), teiOptions); });
    if (options.toEpub) {
      EpubOptions epubOptions;
      epubOptions.modified = modifiedTimestamp();
      auto epub = writeEpub(pivot.value(), epubOptions);
      if (!epub) return withFile(epub.error(), input);
      outputs.push_back({".epub", std::move(epub.value())});
    }
    if (options.toTei) {
      auto tei = teiAside.valid() ? teiAside.get() : writeTei(pivot.value(), teiOptions);
      if (!tei) return withFile(tei.error(), input);
      // The record and its ParlaMint corpus root, which XIncludes it by name.
      outputs.push_back({std::string(kTeiExtension), std::move(tei.value().record)});
      outputs.push_back({std::string(kTeiCorpusExtension), std::move(tei.value().corpus)});
    }
  }
  if (options.toAkn) outputs.insert(outputs.begin(), {".akn.xml", std::move(akn)});
  return outputs;
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
    if (problems.empty() && !schema) {
      // What a valid record says twice and differently (a count and its
      // list, a label and its reference, the pages' order): warnings, as
      // convert gives them; with --strict, the file fails.
      Audit audit;
      (void)readAkn(bytes.value(), file, &audit);
      for (const auto& warning : audit.warnings())
        std::cout << file << ":" << warning.line << ": warning: " << warning.message << "\n";
      if (options.strict && !audit.warnings().empty()) {
        std::cout << file << ": not valid (" << audit.warnings().size()
                  << " warning(s), --strict)\n";
        exitCode = std::max(exitCode, static_cast<int>(ErrorKind::ValidationFailed));
        continue;
      }
    }
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
