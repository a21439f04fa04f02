#include "core/report.hpp"

#include <nlohmann/json.hpp>

namespace verbatim {
namespace {

using nlohmann::ordered_json;

// Invalid UTF-8 cannot reach here (inputs are decoded first); replace defensively.
std::string dump(const ordered_json& json) {
  return json.dump(1, ' ', false, ordered_json::error_handler_t::replace);
}

// A nested value indented to sit at `depth` spaces inside the report.
std::string indent(const std::string& text, std::size_t depth) {
  const std::string pad(depth, ' ');
  std::string out = pad;
  for (char c : text) {
    out += c;
    if (c == '\n') out += pad;
  }
  return out;
}

std::size_t warningCount(const DocumentReport& document) {
  return document.audit ? document.audit->warnings().size() : 0;
}

}  // namespace

void ReportTotals::add(const DocumentReport& document) {
  ++inputs;
  if (document.status == "skipped")
    ++skipped;
  else if (document.status == "not_run")
    ++notRun;
  else if (document.ok)
    ++succeeded;
  else
    ++failed;
  warnings += warningCount(document);
  outputs += document.outputs.size();
}

std::string reportHead() { return "{\n \"verbatim_report\": 1,\n \"documents\": [\n"; }

std::string reportEntry(const DocumentReport& document, bool first) {
  ordered_json entry;
  entry["input"] = document.input;
  entry["ok"] = document.ok;
  entry["status"] = document.status;
  // An input never converted has no exit code of its own (0 would read as a success).
  if (document.status == "not_run")
    entry["exit_code"] = nullptr;
  else
    entry["exit_code"] = document.exitCode;
  if (!document.ok && !document.error.empty()) entry["error"] = document.error;
  entry["errors"] = document.errors;
  entry["outputs"] = document.outputs;
  if (!document.upToDate.empty()) entry["up_to_date"] = document.upToDate;
  entry["time_ms"] = document.timeMs;
  if (!document.encoding.empty()) entry["encoding"] = document.encoding;
  if (!document.dialect.empty()) entry["dialect"] = document.dialect;
  if (!document.symbol.empty()) entry["symbol"] = document.symbol;
  if (!document.language.empty()) entry["language"] = document.language;
  ordered_json warnings = ordered_json::array();
  if (document.audit) {
    const auto& c = document.counts;
    entry["counts"] = {{"sections", c.sections},
                       {"headings", c.headings},
                       {"narratives", c.narratives},
                       {"speeches", c.speeches},
                       {"turns", c.turns},
                       {"paragraphs", c.paragraphs},
                       {"language_switches", c.languageSwitches},
                       {"page_ends", c.pageEnds}};
    ordered_json changes = ordered_json::array();
    for (const auto& e : document.audit->entries()) {
      ordered_json change;
      change["action"] = toString(e.action);
      change["kind"] = e.kind;
      change["lines"] = {e.firstLine, e.lastLine};
      if (!e.text.empty()) change["text"] = e.text;
      if (!e.detail.empty()) change["detail"] = e.detail;
      changes.push_back(std::move(change));
    }
    entry["changes"] = std::move(changes);
    for (const auto& w : document.audit->warnings())
      warnings.push_back({{"line", w.line}, {"message", w.message}});
  }
  entry["warnings"] = std::move(warnings);
  return (first ? "" : ",\n") + indent(dump(entry), 2);
}

std::string reportTail(const ReportTotals& totals) {
  ordered_json json = {{"inputs", totals.inputs},   {"succeeded", totals.succeeded},
                       {"failed", totals.failed},   {"skipped", totals.skipped},
                       {"not_run", totals.notRun},  {"warnings", totals.warnings},
                       {"outputs", totals.outputs}, {"wall_time_ms", totals.wallTimeMs}};
  if (!totals.interruptedBy.empty()) json["interrupted"] = totals.interruptedBy;
  return "\n ],\n \"totals\": " + indent(dump(json), 1).substr(1) + "\n}\n";
}

std::string reportJson(const std::vector<DocumentReport>& documents) {
  std::string out = reportHead();
  ReportTotals totals;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    out += reportEntry(documents[i], i == 0);
    totals.add(documents[i]);
  }
  return out + reportTail(totals);
}

}  // namespace verbatim
