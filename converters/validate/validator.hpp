// Validation with libxml2: RELAX NG, W3C XML Schema and Schematron, compiled
// once and then shared read-only between documents and threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

typedef struct _xmlDoc xmlDoc;

namespace verbatim {

// A parsed XML document (libxml2), freed on destruction.
class XmlDocument {
 public:
  XmlDocument() = default;
  explicit XmlDocument(xmlDoc* doc) : doc_(doc) {}
  ~XmlDocument();
  XmlDocument(XmlDocument&& other) noexcept : doc_(std::exchange(other.doc_, nullptr)) {}
  XmlDocument& operator=(XmlDocument&& other) noexcept;
  XmlDocument(const XmlDocument&) = delete;
  XmlDocument& operator=(const XmlDocument&) = delete;
  xmlDoc* get() const { return doc_; }

 private:
  xmlDoc* doc_ = nullptr;
};

// Parses XML without touching the network or the file system: no DTD is
// loaded, no entity is expanded. A document type declaration is refused
// unless `allowDoctype` (none of verbatim's formats has one).
Result<XmlDocument> parseXml(std::string_view bytes, std::string_view fileName,
                             bool allowDoctype = false);

// One problem found in a document: its line (0 when unknown) and libxml2's message.
struct XmlDiagnostic {
  int line = 0;
  std::string message;
};

// "FILE:LINE: message", the form compilers use, so that editors can jump to it.
std::string formatDiagnostic(std::string_view file, const XmlDiagnostic& diagnostic);

class Schema {
 public:
  enum class Kind { RelaxNg, Xsd, Schematron };
  virtual ~Schema() = default;
  // At most `limit` problems; empty when the document is valid.
  virtual std::vector<XmlDiagnostic> validate(const XmlDocument& document,
                                              std::size_t limit = 20) const = 0;

  static Result<std::unique_ptr<Schema>> fromText(std::string_view text, Kind kind,
                                                  std::string_view name);
  // Kind from the extension: .rng, .xsd, .sch.
  static Result<std::unique_ptr<Schema>> fromFile(const std::string& path);
};

// Sets up libxml2 for verbatim: once per process, before any thread uses it.
void initialiseXml();

}  // namespace verbatim
