#include "cli/options.hpp"

#include <algorithm>
#include <charconv>
#include <string_view>

namespace verbatim::cli {
namespace {

Error usage(std::string message) {
  return Error{ErrorKind::Usage, std::move(message) + " (see verbatim --help)", {}, 0, {}};
}

bool parseNumber(std::string_view text, long long& value) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

const char* helpText() {
  return R"(verbatim: UN verbatim records (raw PV text) to Akoma Ntoso, validated.

Usage:
  verbatim convert INPUT... [options]    raw PV text or an AKN file → AKN
  verbatim convert DIR... [options]      every record under DIR (see Inputs)
  verbatim validate FILE... [--schema FILE] [--strict]
  verbatim -h | --help | --version

Convert options:
  -o, --output-dir DIR   where outputs go (default: the current directory);
                         "-" writes the single output to standard output
  --to FORMATS           comma-separated: akn (default), epub (an EPUB 3
                         edition, rendered from the validated AKN), tei
                         (TEI P5 in ParlaMint's encoding, rendered from the
                         validated AKN: NAME.tei.xml, the record, and
                         NAME.teiCorpus.xml, its corpus root with the
                         speakers, States and taxonomies)
  --tei-schema FILE      also validate the TEI record against FILE (.rng,
                         .xsd, .sch; e.g. tei_all.rng, ParlaMint-TEI.rng),
                         compiled once for all inputs
  --symbol SYMBOL        the record's symbol, e.g. S/PV.9381 (default: from
                         the cover page, else from the heads of the pages)
  --date YYYY-MM-DD      the meeting date (required when the text lacks it)
  --lang LANG            the language version: ar, en, es, fr, ru or zh
                         (default: guessed from the text); another ISO 639
                         code reads paragraphs without speakers, warning
  --body BODY            SC, GA, ECOSOC or TC (default: from the symbol)
  --first-page N         printed number of the page the text begins on
  --encoding CHARSET     read the input in this charset (default: detect
                         UTF-8, UTF-16, UTF-32 and GB18030)
  --report FILE.json     write the audit report: every removal and repair
  --strict               treat warnings as errors
  --max-input-size BYTES refuse larger inputs, before reading them (default
                         16777216, 16 MiB; real records are under 2 MB)
  -q, --quiet            print nothing but errors: no progress, no warnings

Batch options:
  --files-from FILE      also convert the inputs listed in FILE, one a line
                         ("-": read the list from standard input)
  -j, --jobs N           convert N inputs at a time (default: one per core;
                         -j 1 converts one after the other). The outputs are
                         the same bytes whatever N is; messages and the report
                         follow the order of the inputs. One input with N > 1
                         compiles the schemas and makes the EPUB and the TEI
                         on a second thread
  --fail-fast            stop at the first input that fails: nothing more is
                         started, nothing after it is written
  --skip-up-to-date      leave alone an input whose outputs all exist and are
                         not older than it (and its sidecar); reported as skipped
  --progress MODE        auto (default: a bar when standard error is a
                         terminal, else plain), bar, plain (a line per input,
                         in input order) or none

Inputs: a FILE is converted whatever its name. A DIR is searched recursively
for *.txt (raw text) and *.akn.xml and *.xml (AKN), except verbatim's TEI
outputs (*.tei.xml, *.teiCorpus.xml), hidden files and directories (.name,
verbatim's temporary files among them) and the output directory; the files
found are converted in sorted order. A file given or found twice is converted
once.

Metadata the text does not contain is read from a sidecar file next to the
input, INPUT-without-extension.meta.json, e.g.
  {"symbol": "S/PV.9381", "date": "2023-07-18", "language": "zh", "first_page": 2}
Options given on the command line win over the sidecar. Its keys are symbol,
date, language, body, place, encoding and first_page; an unknown key or a bad
value refuses the input (exit 1), naming the sidecar.

Outputs are named from the symbol and language, S_PV.9381.zh.akn.xml, written
to a temporary file and renamed into place only after validation.

Validate: checks AKN files against verbatim's profile (its RELAX NG grammar
and Schematron rules), or any file against --schema FILE (.rng, .xsd, .sch).

Exit codes:
  0  success
  1  an input was rejected (unreadable as a record, missing metadata, invalid)
  2  usage error (bad option, unknown language, schema that does not compile,
     two inputs with one output name, no record file in the paths given)
  3  validation failed: an output did not pass its schema; nothing was written
  4  input/output error (cannot read an input or write an output)
With several inputs, every input is processed (unless --fail-fast) and the
exit code is the highest of their codes. With --report, each input has an
entry (its outputs, warnings, errors, exit code and time) and the totals
close the file.
)";
}

Result<Command> parseCommandLine(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  Command command;
  if (args.empty()) return usage("no command given");
  std::string_view verb = args[0];
  if (verb == "--help" || verb == "-h" || verb == "help") return command;
  if (verb == "--version") {
    command.kind = Command::Kind::Version;
    return command;
  }
  if (verb != "convert" && verb != "validate")
    return usage("unknown command '" + std::string(verb) + "'");
  command.kind = verb == "convert" ? Command::Kind::Convert : Command::Kind::Validate;
  auto& c = command.convert;
  auto& v = command.validate;
  std::string formats = "akn";
  bool literal = false;
  for (std::size_t i = 1; i < args.size(); ++i) {
    std::string_view arg = args[i];
    if (literal || arg == "-" || arg.empty() || arg[0] != '-') {
      (command.kind == Command::Kind::Convert ? c.inputs : v.files).emplace_back(arg);
      continue;
    }
    if (arg == "--") {
      literal = true;
      continue;
    }
    if (arg == "--help" || arg == "-h") {
      command.kind = Command::Kind::Help;
      return command;
    }
    std::string_view name = arg, value;
    bool inlineValue = false;
    if (auto eq = arg.find('='); eq != std::string_view::npos && arg.substr(0, 2) == "--") {
      name = arg.substr(0, eq), value = arg.substr(eq + 1), inlineValue = true;
    }
    auto takeValue = [&]() -> std::optional<std::string> {
      if (inlineValue) return std::string(value);
      if (i + 1 >= args.size()) return std::nullopt;
      return std::string(args[++i]);
    };
    auto need = [&](std::string& target) -> Status {
      auto taken = takeValue();
      if (!taken) return usage("option " + std::string(name) + " needs a value");
      target = *taken;
      return success();
    };
    Status status = success();
    if (command.kind == Command::Kind::Validate) {
      if (name == "--schema")
        status = need(v.schema);
      else if (name == "--strict")
        v.strict = true;
      else
        return usage("unknown option '" + std::string(name) + "' for validate");
    } else if (name == "-o" || name == "--output-dir") {
      status = need(c.outputDirectory);
    } else if (name == "--to") {
      status = need(formats);
    } else if (name == "--symbol") {
      status = need(c.symbol);
    } else if (name == "--date") {
      status = need(c.date);
    } else if (name == "--lang") {
      status = need(c.language);
    } else if (name == "--body") {
      status = need(c.body);
    } else if (name == "--encoding") {
      status = need(c.encoding);
    } else if (name == "--report") {
      status = need(c.reportPath);
    } else if (name == "--tei-schema") {
      status = need(c.teiSchema);
    } else if (name == "--first-page" || name == "--max-input-size") {
      std::string text;
      status = need(text);
      long long number = 0;
      if (status && (!parseNumber(text, number) || number < 1 || number > (1LL << 40)))
        return usage("option " + std::string(name) + " needs a positive number, not '" + text +
                     "'");
      if (name == "--first-page")
        c.firstPage = static_cast<int>(std::min<long long>(number, 1 << 30));
      else
        c.maxInputSize = static_cast<std::size_t>(number);
    } else if (name == "--files-from") {
      status = need(c.filesFrom);
    } else if (name == "-j" || name == "--jobs" || (name.substr(0, 2) == "-j" && name.size() > 2)) {
      std::string text;
      if (name.size() > 2 && name[1] == 'j')  // -j4
        text = std::string(name.substr(2));
      else
        status = need(text);
      long long number = 0;
      if (status && (!parseNumber(text, number) || number < 1 || number > 1024))
        return usage("option -j needs a number of jobs from 1 to 1024, not '" + text + "'");
      c.jobs = static_cast<unsigned>(number);
    } else if (name == "--fail-fast") {
      c.failFast = true;
    } else if (name == "--skip-up-to-date") {
      c.skipUpToDate = true;
    } else if (name == "--progress") {
      std::string mode;
      status = need(mode);
      if (mode == "auto")
        c.progress = ProgressMode::Auto;
      else if (mode == "bar")
        c.progress = ProgressMode::Bar;
      else if (mode == "plain")
        c.progress = ProgressMode::Plain;
      else if (mode == "none")
        c.progress = ProgressMode::None;
      else if (status)
        return usage("--progress takes auto, bar, plain or none, not '" + mode + "'");
    } else if (name == "--strict") {
      c.strict = true;
    } else if (name == "-q" || name == "--quiet") {
      c.quiet = true;
    } else {
      return usage("unknown option '" + std::string(name) + "'");
    }
    if (!status) return status.error();
  }
  if (command.kind == Command::Kind::Validate) {
    if (v.files.empty()) return usage("validate needs at least one FILE");
    return command;
  }
  if (c.inputs.empty() && c.filesFrom.empty())
    return usage("convert needs at least one INPUT (or --files-from FILE)");
  if (c.filesFrom == "-" && std::find(c.inputs.begin(), c.inputs.end(), "-") != c.inputs.end())
    return usage("--files-from - reads the list from standard input: it cannot also be an input");
  std::string_view rest = formats;
  while (!rest.empty()) {
    auto comma = rest.find(',');
    std::string_view format = rest.substr(0, comma);
    if (format == "akn")
      c.toAkn = true;
    else if (format == "epub")
      c.toEpub = true;
    else if (format == "tei")
      c.toTei = true;
    else
      return usage("unknown output format '" + std::string(format) + "' (use akn, epub, tei)");
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  if (!c.toAkn && !c.toEpub && !c.toTei) return usage("--to names no format");
  if (!c.teiSchema.empty() && !c.toTei) return usage("--tei-schema applies to --to tei");
  return command;
}

}  // namespace verbatim::cli
