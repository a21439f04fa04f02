#include "tei/validate.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "tei/links.hpp"
#include "validate/validator.hpp"

namespace verbatim {
namespace schemas {
extern const std::string_view tei_verbatim_rng;
}  // namespace schemas

namespace tei {
namespace {

const Schema& profileSchema() {
  static const std::unique_ptr<Schema> compiled = [] {
    auto schema =
        Schema::fromText(schemas::tei_verbatim_rng, Schema::Kind::RelaxNg, "tei-verbatim.rng");
    // The embedded schema is part of the program: failing to compile is a bug.
    if (!schema) throw std::logic_error(describe(schema.error()));
    return std::move(schema.value());
  }();
  return *compiled;
}

// tei_all.rng takes seconds to compile: once per process and path, shared
// read-only by every record (and thread) after that.
Result<std::shared_ptr<const Schema>> extra(const std::string& path) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const Schema>> compiled;
  std::lock_guard lock(mutex);
  if (auto found = compiled.find(path); found != compiled.end()) return found->second;
  auto schema = Schema::fromFile(path);
  if (!schema) {
    Error error = schema.error();
    error.kind = ErrorKind::Usage;  // a schema that does not compile is a usage error (exit 2)
    if (error.file.empty()) error.file = path;
    return error;
  }
  std::shared_ptr<const Schema> shared = std::move(schema.value());
  compiled.emplace(path, shared);
  return shared;
}

class Problems {
 public:
  void add(std::string problem) { lines_.push_back(std::move(problem)); }
  void validate(const GeneratedFile& file, const Schema& schema) {
    auto parsed = parseXml(file.xml, file.name);
    if (!parsed) {
      add(describe(parsed.error()));
      return;
    }
    for (const auto& problem : schema.validate(parsed.value(), 10))
      add(formatDiagnostic(file.name, problem));
  }
  Status status(const std::string& against) const {
    if (lines_.empty()) return success();
    Error error{ErrorKind::ValidationFailed,
                "the generated TEI did not pass " + against + "; nothing was written",
                {},
                0,
                {}};
    for (std::size_t i = 0; i < lines_.size() && i < 10; ++i) error.details.push_back(lines_[i]);
    return error;
  }

 private:
  std::vector<std::string> lines_;
};

}  // namespace

Status checkTei(const GeneratedFile& record, const GeneratedFile& corpus,
                const std::string& extraSchema) {
  Problems profile;
  profile.validate(record, profileSchema());
  profile.validate(corpus, profileSchema());
  if (auto status = profile.status("verbatim's TEI profile (tei-verbatim.rng)"); !status)
    return status;

  Problems links;
  for (auto& problem : checkLinks({{record.name, record.document}, {corpus.name, corpus.document}}))
    links.add(std::move(problem));
  if (auto status = links.status("the link check"); !status) return status;

  if (extraSchema.empty()) return success();
  auto schema = extra(extraSchema);
  if (!schema) return schema.error();
  Problems further;
  further.validate(record, *schema.value());
  return further.status("the schema " + extraSchema);
}

}  // namespace tei

void prepareTeiChecks() { tei::profileSchema(); }

}  // namespace verbatim
