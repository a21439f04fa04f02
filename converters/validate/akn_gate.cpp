#include "validate/akn_gate.hpp"

#include <stdexcept>
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

}  // namespace

std::vector<XmlDiagnostic> checkAkn(const XmlDocument& document) {
  auto errors = grammar().validate(document);
  if (!errors.empty()) return errors;
  return rules().validate(document);
}

void prepareAknGate() { grammar(); }

}  // namespace verbatim
