#include "core/report.hpp"

#include <nlohmann/json.hpp>

namespace verbatim {

std::string reportJson(const std::vector<DocumentReport>& documents) {
  using nlohmann::ordered_json;
  ordered_json all = ordered_json::object();
  ordered_json list = ordered_json::array();
  int failed = 0;
  for (const auto& document : documents) {
    ordered_json entry;
    entry["input"] = document.input;
    entry["ok"] = document.ok;
    entry["exit_code"] = document.exitCode;
    if (!document.ok) entry["error"] = document.error;
    entry["outputs"] = document.outputs;
    if (!document.encoding.empty()) entry["encoding"] = document.encoding;
    if (!document.dialect.empty()) entry["dialect"] = document.dialect;
    if (!document.symbol.empty()) entry["symbol"] = document.symbol;
    if (!document.language.empty()) entry["language"] = document.language;
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
      ordered_json warnings = ordered_json::array();
      for (const auto& w : document.audit->warnings())
        warnings.push_back({{"line", w.line}, {"message", w.message}});
      entry["warnings"] = std::move(warnings);
    }
    failed += !document.ok;
    list.push_back(std::move(entry));
  }
  all["verbatim_report"] = 1;
  all["documents"] = std::move(list);
  all["totals"] = {{"inputs", documents.size()}, {"failed", failed}};
  // Invalid UTF-8 cannot reach here (inputs are decoded first); replace defensively.
  return all.dump(1, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace verbatim
