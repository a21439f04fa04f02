#include "validate/akn_gate.hpp"

#include <stdexcept>
#include <string_view>

namespace verbatim {
namespace schemas {
extern const std::string_view akn_verbatim_rng;
extern const std::string_view akn_verbatim_sch;
}  // namespace schemas

namespace {

struct AknSchemas {
  std::unique_ptr<Schema> grammar;
  std::unique_ptr<Schema> rules;
};

std::unique_ptr<Schema> mustCompile(std::string_view text, Schema::Kind kind,
                                    std::string_view name) {
  auto schema = Schema::fromText(text, kind, name);
  // The embedded schemas are part of the program: failing to compile is a bug.
  if (!schema) throw std::logic_error(describe(schema.error()));
  return std::move(schema.value());
}

const AknSchemas& aknSchemas() {
  static const AknSchemas compiled{
      mustCompile(schemas::akn_verbatim_rng, Schema::Kind::RelaxNg, "akn-verbatim.rng"),
      mustCompile(schemas::akn_verbatim_sch, Schema::Kind::Schematron, "akn-verbatim.sch")};
  return compiled;
}

}  // namespace

std::vector<XmlDiagnostic> checkAkn(const XmlDocument& document) {
  const AknSchemas& schemas = aknSchemas();
  auto errors = schemas.grammar->validate(document);
  if (!errors.empty()) return errors;
  return schemas.rules->validate(document);
}

}  // namespace verbatim
