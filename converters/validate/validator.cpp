#include "validate/validator.hpp"

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/schematron.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>

#include <algorithm>
#include <mutex>

#include "core/files.hpp"
#include "core/text.hpp"
#include "validate/limits.hpp"

namespace verbatim {
namespace {

struct Collector {
  std::vector<XmlDiagnostic> errors;
  std::size_t limit = 20;
};

void collect(void* data, xmlErrorPtr error) {
  auto* collector = static_cast<Collector*>(data);
  if (!error || collector->errors.size() >= collector->limit) return;
  std::string message = error->message ? error->message : "error";
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  std::string where;
  int line = error->line;
  if (error->node && error->domain != XML_FROM_PARSER) {
    auto* node = static_cast<xmlNodePtr>(error->node);
    if (node->type == XML_ELEMENT_NODE && node->name) {
      where = "element " + std::string(reinterpret_cast<const char*>(node->name)) + ": ";
      if (line <= 0) line = static_cast<int>(xmlGetLineNo(node));
    }
  }
  collector->errors.push_back({line > 0 ? line : 0, where + message});
}

// Nothing verbatim reads may pull in other files or the network behind its back.
xmlParserInputPtr refuseExternal(const char* url, const char*, xmlParserCtxtPtr context) {
  if (context) {
    std::string message = std::string("refused to load an external resource: ") + (url ? url : "?");
    xmlParserError(context, "%s\n", message.c_str());
  }
  return nullptr;
}

xmlExternalEntityLoader defaultLoader = nullptr;

// Schemas may import their neighbours (akomantoso30.xsd imports ./xml.xsd): local files only.
xmlParserInputPtr localFilesOnly(const char* url, const char* id, xmlParserCtxtPtr context) {
  std::string_view u = url ? url : "";
  if (u.find("://") != std::string_view::npos && u.substr(0, 7) != "file://")
    return refuseExternal(url, id, context);
  return defaultLoader(url, id, context);
}

thread_local bool allowLocalLoads = false;

xmlParserInputPtr loader(const char* url, const char* id, xmlParserCtxtPtr context) {
  return allowLocalLoads ? localFilesOnly(url, id, context) : refuseExternal(url, id, context);
}

// Lets schema compilation read local files for the duration of a scope.
struct LocalLoads {
  LocalLoads() { allowLocalLoads = true; }
  ~LocalLoads() { allowLocalLoads = false; }
};

Error schemaError(std::string_view name, const std::vector<XmlDiagnostic>& problems) {
  Error error{ErrorKind::Usage, "the schema could not be compiled", std::string(name), 0, {}};
  for (const auto& problem : problems) error.details.push_back(formatDiagnostic(name, problem));
  return error;
}

class RelaxNgSchema final : public Schema {
 public:
  explicit RelaxNgSchema(xmlRelaxNGPtr schema) : schema_(schema) {}
  ~RelaxNgSchema() override { xmlRelaxNGFree(schema_); }
  std::vector<XmlDiagnostic> validate(const XmlDocument& document,
                                      std::size_t limit) const override {
    Collector collector{{}, limit};
    xmlRelaxNGValidCtxtPtr context = xmlRelaxNGNewValidCtxt(schema_);
    xmlRelaxNGSetValidStructuredErrors(context, collect, &collector);
    int result = xmlRelaxNGValidateDoc(context, document.get());
    xmlRelaxNGFreeValidCtxt(context);
    if (result != 0 && collector.errors.empty()) collector.errors.push_back({0, "not valid"});
    return collector.errors;
  }

 private:
  xmlRelaxNGPtr schema_;
};

class XsdSchema final : public Schema {
 public:
  explicit XsdSchema(xmlSchemaPtr schema) : schema_(schema) {}
  ~XsdSchema() override { xmlSchemaFree(schema_); }
  std::vector<XmlDiagnostic> validate(const XmlDocument& document,
                                      std::size_t limit) const override {
    Collector collector{{}, limit};
    xmlSchemaValidCtxtPtr context = xmlSchemaNewValidCtxt(schema_);
    xmlSchemaSetValidStructuredErrors(context, collect, &collector);
    int result = xmlSchemaValidateDoc(context, document.get());
    xmlSchemaFreeValidCtxt(context);
    if (result != 0 && collector.errors.empty()) collector.errors.push_back({0, "not valid"});
    return collector.errors;
  }

 private:
  xmlSchemaPtr schema_;
};

class SchematronSchema final : public Schema {
 public:
  explicit SchematronSchema(xmlSchematronPtr schema) : schema_(schema) {}
  ~SchematronSchema() override { xmlSchematronFree(schema_); }
  std::vector<XmlDiagnostic> validate(const XmlDocument& document,
                                      std::size_t limit) const override {
    // libxml2 caches function lookups in the compiled XPath expressions as it
    // evaluates them: validating with one compiled Schematron schema is not
    // read-only, so threads sharing one take turns (the AKN gate compiles its
    // rules once per thread instead, see akn_gate.cpp).
    std::lock_guard lock(mutex_);
    Collector collector{{}, limit};
    xmlSchematronValidCtxtPtr context =
        xmlSchematronNewValidCtxt(schema_, XML_SCHEMATRON_OUT_QUIET | XML_SCHEMATRON_OUT_ERROR);
    xmlSchematronSetValidStructuredErrors(context, collect, &collector);
    int result = xmlSchematronValidateDoc(context, document.get());
    xmlSchematronFreeValidCtxt(context);
    if (result != 0 && collector.errors.empty()) collector.errors.push_back({0, "not valid"});
    return collector.errors;
  }

 private:
  xmlSchematronPtr schema_;
  mutable std::mutex mutex_;
};

Result<std::unique_ptr<Schema>> compile(Schema::Kind kind, std::string_view name,
                                        std::string_view text, const std::string& path) {
  initialiseXml();
  LocalLoads loads;
  Collector collector;
  xmlSetStructuredErrorFunc(&collector, collect);
  std::unique_ptr<Schema> schema;
  const auto size = static_cast<int>(text.size());
  switch (kind) {
    case Schema::Kind::RelaxNg: {
      xmlRelaxNGParserCtxtPtr context = path.empty() ? xmlRelaxNGNewMemParserCtxt(text.data(), size)
                                                     : xmlRelaxNGNewParserCtxt(path.c_str());
      xmlRelaxNGSetParserStructuredErrors(context, collect, &collector);
      if (xmlRelaxNGPtr compiled = xmlRelaxNGParse(context))
        schema = std::make_unique<RelaxNgSchema>(compiled);
      xmlRelaxNGFreeParserCtxt(context);
      break;
    }
    case Schema::Kind::Xsd: {
      xmlSchemaParserCtxtPtr context = path.empty() ? xmlSchemaNewMemParserCtxt(text.data(), size)
                                                    : xmlSchemaNewParserCtxt(path.c_str());
      xmlSchemaSetParserStructuredErrors(context, collect, &collector);
      if (xmlSchemaPtr compiled = xmlSchemaParse(context))
        schema = std::make_unique<XsdSchema>(compiled);
      xmlSchemaFreeParserCtxt(context);
      break;
    }
    case Schema::Kind::Schematron: {
      xmlSchematronParserCtxtPtr context = path.empty()
                                               ? xmlSchematronNewMemParserCtxt(text.data(), size)
                                               : xmlSchematronNewParserCtxt(path.c_str());
      if (xmlSchematronPtr compiled = xmlSchematronParse(context))
        schema = std::make_unique<SchematronSchema>(compiled);
      xmlSchematronFreeParserCtxt(context);
      break;
    }
  }
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (!schema) return schemaError(name, collector.errors);
  return schema;
}

}  // namespace

std::string formatDiagnostic(std::string_view file, const XmlDiagnostic& diagnostic) {
  std::string out(file);
  if (diagnostic.line > 0) out += ":" + std::to_string(diagnostic.line);
  return out + ": " + diagnostic.message;
}

void initialiseXml() {
  static std::once_flag once;
  std::call_once(once, [] {
    xmlInitParser();
    // Filled lazily, without a lock, by the first schema compiled: fill them
    // now, once, so that threads compiling schemas at the same time do not race.
    xmlRelaxNGInitTypes();
    xmlSchemaInitTypes();
    defaultLoader = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(loader);
  });
}

XmlDocument::~XmlDocument() {
  if (doc_) xmlFreeDoc(doc_);
}

XmlDocument& XmlDocument::operator=(XmlDocument&& other) noexcept {
  if (this != &other) {
    if (doc_) xmlFreeDoc(doc_);
    doc_ = std::exchange(other.doc_, nullptr);
  }
  return *this;
}

namespace {

// True when the prolog (before the root element) declares a document type.
// Checked before parsing, so that no entity declaration is ever processed.
bool declaresDoctype(std::string_view bytes) {
  std::size_t i = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < bytes.size()) {
    char c = bytes[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++i;
    } else if (bytes.substr(i, 2) == "<?") {
      auto end = bytes.find("?>", i);
      if (end == std::string_view::npos) return false;
      i = end + 2;
    } else if (bytes.substr(i, 4) == "<!--") {
      auto end = bytes.find("-->", i);
      if (end == std::string_view::npos) return false;
      i = end + 3;
    } else {
      return bytes.substr(i, 9) == "<!DOCTYPE";
    }
  }
  return false;
}

// The parser meets a document type declaration: it stops there, before any
// entity is declared, whatever the encoding of the bytes that hid it from
// declaresDoctype.
void stopAtDoctype(void* data, const xmlChar*, const xmlChar*, const xmlChar*) {
  auto* context = static_cast<xmlParserCtxtPtr>(data);
  if (auto* sawDoctype = static_cast<bool*>(context->_private)) *sawDoctype = true;
  xmlStopParser(context);
}

Error doctypeRefused(std::string_view fileName) {
  return Error{ErrorKind::InputRejected,
               "a document type declaration (DOCTYPE) is not allowed: entities are never "
               "expanded or loaded",
               std::string(fileName),
               0,
               {}};
}

}  // namespace

// Declarations that read as UTF-8 does (ASCII is a part of it).
constexpr std::string_view kUtf8Names[] = {"UTF-8", "UTF8", "US-ASCII", "ASCII"};

Result<XmlDocument> parseXml(std::string_view bytes, std::string_view fileName, bool allowDoctype) {
  initialiseXml();
  if (!allowDoctype && declaresDoctype(bytes)) return doctypeRefused(fileName);
  // The limits below are checked on bytes, which markup in UTF-16 or UTF-32
  // would slip past; verbatim writes and reads XML in UTF-8 only.
  if (isWideEncoding(bytes))
    return Error{ErrorKind::InputRejected,
                 "XML in UTF-16 or UTF-32: verbatim reads XML in UTF-8 only (convert it, e.g. "
                 "iconv -f UTF-16 -t UTF-8)",
                 std::string(fileName),
                 1,
                 {}};
  // Read as UTF-8 by every stage after this one: another declared encoding
  // would pass the parser here and garble the text there.
  if (const std::string encoding = declaredEncoding(bytes);
      !encoding.empty() &&
      std::none_of(std::begin(kUtf8Names), std::end(kUtf8Names),
                   [&](std::string_view name) { return text::equalsIgnoringCase(encoding, name); }))
    return Error{ErrorKind::InputRejected,
                 "XML declared in " + encoding +
                     ": verbatim reads XML in UTF-8 only (convert it, e.g. iconv -f " + encoding +
                     " -t UTF-8, and declare encoding=\"UTF-8\")",
                 std::string(fileName),
                 1,
                 {}};
  if (auto problem = checkMarkupLimits(bytes); !problem.message.empty())
    return Error{ErrorKind::InputRejected,
                 "not a document verbatim reads: " + problem.message,
                 std::string(fileName),
                 problem.line,
                 {}};
  Collector collector{{}, 5};
  xmlParserCtxtPtr context = xmlNewParserCtxt();
  if (!context) return Error{ErrorKind::Io, "out of memory", std::string(fileName), 0, {}};
  bool sawDoctype = false;
  if (!allowDoctype) {
    context->_private = &sawDoctype;
    context->sax->internalSubset = stopAtDoctype;
  }
  xmlSetStructuredErrorFunc(&collector, collect);
  // No XML_PARSE_NOENT (entities stay unexpanded), no DTDLOAD, no network;
  // libxml2's default limits on depth and sizes stay on (no XML_PARSE_HUGE).
  xmlDocPtr doc = xmlCtxtReadMemory(context, bytes.data(), static_cast<int>(bytes.size()),
                                    std::string(fileName).c_str(), nullptr,
                                    XML_PARSE_NONET | XML_PARSE_NOCDATA);
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  // What the parser reports besides well-formedness errors (a duplicate
  // xml:id is a validity error) is for the schema to judge, not a reason to
  // call the document malformed.
  const bool wellFormed = context->wellFormed && context->nsWellFormed;
  xmlFreeParserCtxt(context);
  XmlDocument document(doc);
  if (sawDoctype) return doctypeRefused(fileName);
  if (!doc || !wellFormed) {
    Error error{ErrorKind::InputRejected, "not well-formed XML", std::string(fileName), 0, {}};
    for (const auto& problem : collector.errors)
      error.details.push_back(formatDiagnostic(fileName, problem));
    if (!collector.errors.empty()) error.line = collector.errors.front().line;
    return error;
  }
  if (!allowDoctype && doc->intSubset) return doctypeRefused(fileName);
  return document;
}

Result<std::unique_ptr<Schema>> Schema::fromText(std::string_view text, Kind kind,
                                                 std::string_view name) {
  return compile(kind, name, text, {});
}

Result<std::unique_ptr<Schema>> Schema::fromFile(const std::string& path) {
  auto ends = [&](std::string_view suffix) {
    return path.size() >= suffix.size() &&
           path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  Kind kind;
  if (ends(".rng"))
    kind = Kind::RelaxNg;
  else if (ends(".xsd"))
    kind = Kind::Xsd;
  else if (ends(".sch"))
    kind = Kind::Schematron;
  else
    return Error{ErrorKind::Usage, "unknown schema type: name it .rng, .xsd or .sch", path, 0, {}};
  auto readable = readFile(path, 64u << 20);
  if (!readable) return readable.error();
  return compile(kind, path, {}, path);
}

}  // namespace verbatim
