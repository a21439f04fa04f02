#include "validate/akn_gate.hpp"

#include <libxml/tree.h>

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

namespace verbatim {
namespace schemas {
extern const std::string_view akn_verbatim_rng;
extern const std::string_view akn_verbatim_sch;
}  // namespace schemas

namespace {

std::unique_ptr<Schema> mustCompile(std::string_view text, Schema::Kind kind,
                                    std::string_view name) {
  auto schema = Schema::fromText(text, kind, name);
  // The embedded schemas are part of the program: failing to compile is a bug.
  if (!schema) throw std::logic_error(describe(schema.error()));
  return std::move(schema.value());
}

// The grammar is compiled once per process and shared by every thread:
// libxml2 validates against a compiled RELAX NG schema with a context per call.
const Schema& grammar() {
  static const std::unique_ptr<Schema> compiled =
      mustCompile(schemas::akn_verbatim_rng, Schema::Kind::RelaxNg, "akn-verbatim.rng");
  return *compiled;
}

// The rules are compiled once per thread: libxml2 writes into a compiled XPath
// expression while evaluating it (the function it looks up is cached in the
// step, xmlXPathCompOpEval), so a compiled Schematron schema is not read-only
// and two threads validating with one would race. Compiling them takes
// milliseconds.
const Schema& rules() {
  thread_local const std::unique_ptr<Schema> compiled =
      mustCompile(schemas::akn_verbatim_sch, Schema::Kind::Schematron, "akn-verbatim.sch");
  return *compiled;
}

// Every eId given twice, at the line of its second element: the grammar
// says only that an attribute is invalid, at whichever of the two it meets
// second (round BD: an archivist's inserted narrative was blamed on the
// untouched line whose eId it had copied).
std::vector<XmlDiagnostic> duplicateIds(const XmlDocument& document) {
  std::vector<XmlDiagnostic> found;
  std::map<std::string, long, std::less<>> first;
  std::vector<const xmlNode*> pending{xmlDocGetRootElement(document.get())};
  while (!pending.empty()) {
    const xmlNode* node = pending.back();
    pending.pop_back();
    if (!node) continue;
    for (const xmlNode* child = node->last; child; child = child->prev)
      if (child->type == XML_ELEMENT_NODE) pending.push_back(child);
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>("eId"));
    if (!value) continue;
    const std::string id(reinterpret_cast<const char*>(value));
    xmlFree(value);
    const long line = xmlGetLineNo(node);
    if (auto [at, inserted] = first.emplace(id, line); !inserted)
      found.push_back({static_cast<int>(line), "duplicate eId '" + id + "': the element at line " +
                                                   std::to_string(at->second) +
                                                   " has it too; each eId is given once"});
  }
  return found;
}

}  // namespace

std::vector<XmlDiagnostic> checkAkn(const XmlDocument& document) {
  auto errors = grammar().validate(document);
  if (!errors.empty()) {
    auto duplicates = duplicateIds(document);
    duplicates.insert(duplicates.end(), errors.begin(), errors.end());
    return duplicates;
  }
  return rules().validate(document);
}

void prepareAknGate() { grammar(); }

}  // namespace verbatim
