#include "epub/validate.hpp"

#include <map>
#include <pugixml.hpp>
#include <set>
#include <stdexcept>

#include "epub/container.hpp"
#include "validate/validator.hpp"

namespace verbatim {
namespace schemas {
extern const std::string_view epub_package_rng;
extern const std::string_view epub_nav_rng;
extern const std::string_view epub_content_rng;
}  // namespace schemas

namespace epub {
namespace {

struct EpubSchemas {
  std::unique_ptr<Schema> package;
  std::unique_ptr<Schema> nav;
  std::unique_ptr<Schema> content;
};

std::unique_ptr<Schema> mustCompile(std::string_view text, std::string_view name) {
  auto schema = Schema::fromText(text, Schema::Kind::RelaxNg, name);
  // The embedded schemas are part of the program: failing to compile is a bug.
  if (!schema) throw std::logic_error(describe(schema.error()));
  return std::move(schema.value());
}

// Compiled once per process, then shared read-only.
const EpubSchemas& epubSchemas() {
  static const EpubSchemas compiled{mustCompile(schemas::epub_package_rng, "epub-package.rng"),
                                    mustCompile(schemas::epub_nav_rng, "epub-nav.rng"),
                                    mustCompile(schemas::epub_content_rng, "epub-content.rng")};
  return compiled;
}

// The problems found, each "EPUB/file:line: message".
class Problems {
 public:
  // `path` in the archive: "EPUB/part-1.xhtml".
  void add(std::string_view path, int line, std::string message) {
    problems_.push_back(formatDiagnostic(path, {line, std::move(message)}));
  }
  void addAll(std::string_view file, const std::vector<XmlDiagnostic>& found) {
    for (const auto& problem : found) add(file, problem.line, problem.message);
  }
  Status status(std::string_view what) const {
    if (problems_.empty()) return success();
    Error error{ErrorKind::ValidationFailed,
                "the EPUB " + std::string(what) + "; nothing was written",
                {},
                0,
                {}};
    for (std::size_t i = 0; i < problems_.size() && i < 10; ++i)
      error.details.push_back(problems_[i]);
    return error;
  }

 private:
  std::vector<std::string> problems_;
};

void checkGrammar(const Schema& schema, std::string_view file, std::string_view xml,
                  Problems& problems) {
  const std::string path = std::string(kPackageDirectory) + std::string(file);
  auto document = parseXml(xml, path);
  if (!document) {
    problems.add(path, document.error().line, document.error().message);
    return;
  }
  problems.addAll(path, schema.validate(document.value(), 10));
}

std::string inPackage(std::string_view file) {
  return std::string(kPackageDirectory) + std::string(file);
}

bool isXhtml(const Resource& resource) { return resource.mediaType == "application/xhtml+xml"; }

// Ids and links of one XHTML document.
struct Anchors {
  std::set<std::string, std::less<>> ids;
  std::vector<std::string> links;
};

Anchors anchorsOf(const Resource& resource, std::string_view languageTag, Problems& problems) {
  Anchors anchors;
  pugi::xml_document document;
  if (!document.load_buffer(resource.bytes.data(), resource.bytes.size())) {
    problems.add(inPackage(resource.file), 0, "not well-formed");
    return anchors;
  }
  auto html = document.document_element();
  if (std::string_view(html.attribute("xml:lang").value()) != languageTag ||
      std::string_view(html.attribute("lang").value()) != languageTag)
    problems.add(inPackage(resource.file), 0,
                 "xml:lang and lang on <html> must both be the edition's language, " +
                     std::string(languageTag));
  for (auto node : document.select_nodes("//*[@id]")) {
    std::string id = node.node().attribute("id").value();
    if (!anchors.ids.insert(id).second)
      problems.add(inPackage(resource.file), 0, "duplicate id " + id);
  }
  for (auto node : document.select_nodes("//*[@xml:lang]"))
    if (std::string_view(node.node().attribute("xml:lang").value()) !=
        node.node().attribute("lang").value())
      problems.add(inPackage(resource.file), 0,
                   std::string("xml:lang and lang differ on <") + node.node().name() + ">");
  for (auto node : document.select_nodes("//*[@href]"))
    anchors.links.push_back(node.node().attribute("href").value());
  return anchors;
}

bool isWebLink(std::string_view href) {
  return href.starts_with("https://") || href.starts_with("http://");
}

}  // namespace

Status checkPublication(const std::vector<Resource>& resources, std::string_view packageXml,
                        std::string_view languageTag) {
  const EpubSchemas& schemas = epubSchemas();
  Problems problems;
  checkGrammar(*schemas.package, "package.opf", packageXml, problems);

  // Ids are unique across the package document, metadata and manifest alike.
  pugi::xml_document package;
  package.load_buffer(packageXml.data(), packageXml.size());
  std::set<std::string, std::less<>> packageIds;
  for (auto node : package.select_nodes("//*[@id]"))
    if (!packageIds.insert(node.node().attribute("id").value()).second)
      problems.add(kPackagePath, 0,
                   std::string("duplicate id ") + node.node().attribute("id").value());

  std::map<std::string, Anchors, std::less<>> anchors;
  for (const auto& resource : resources) {
    if (anchors.count(resource.file))
      problems.add(inPackage(resource.file), 0, "in the manifest twice");
    anchors[resource.file];
    if (!isXhtml(resource)) continue;
    const bool nav = resource.properties == "nav";
    checkGrammar(nav ? *schemas.nav : *schemas.content, resource.file, resource.bytes, problems);
    anchors[resource.file] = anchorsOf(resource, languageTag, problems);
  }

  // Every link lands on a file of the publication and, when it names one, on an id in it.
  for (const auto& [file, found] : anchors) {
    for (const auto& href : found.links) {
      if (isWebLink(href)) continue;
      const auto hash = href.find('#');
      const std::string target = hash == 0 ? file : href.substr(0, hash);
      const auto document = anchors.find(target);
      if (document == anchors.end()) {
        problems.add(inPackage(file), 0, "link to a file that is not in the publication: " + href);
        continue;
      }
      if (hash != std::string::npos && !document->second.ids.count(href.substr(hash + 1)))
        problems.add(inPackage(file), 0, "link to an id that does not exist: " + href);
    }
  }
  return problems.status("did not pass its grammars and link checks");
}

Status checkContainer(std::string_view archive) {
  Problems problems;
  // The OCF rules are about bytes: "mimetype" is the first local header, its
  // data stored, with no extra field, and reads application/epub+zip.
  auto u16 = [&](std::size_t at) {
    return static_cast<unsigned>(static_cast<unsigned char>(archive[at])) |
           static_cast<unsigned>(static_cast<unsigned char>(archive[at + 1])) << 8;
  };
  const std::string_view expected = "mimetype";
  if (archive.size() < 30 + expected.size() + kMimetype.size() ||
      archive.substr(0, 4) != std::string_view("PK\x03\x04", 4) || u16(8) != 0 ||
      u16(26) != expected.size() || u16(28) != 0 || archive.substr(30, 8) != expected ||
      archive.substr(38, kMimetype.size()) != kMimetype)
    problems.add("mimetype", 0,
                 "the first entry must be 'mimetype', stored, without extra field, reading " +
                     std::string(kMimetype));

  // Only the container file and the package document are read: the rest
  // was checked before it was packed.
  auto files = unpackContainer(archive, [](std::string_view name) {
    return name == kContainerPath || name == kPackagePath;
  });
  if (!files) return files.error();
  std::map<std::string, const ArchivedFile*, std::less<>> byName;
  for (const auto& file : files.value())
    if (!byName.emplace(file.name, &file).second)
      problems.add(file.name, 0, "in the archive twice");

  std::string packagePath;
  pugi::xml_document container;
  if (auto found = byName.find(kContainerPath);
      found != byName.end() &&
      container.load_buffer(found->second->bytes.data(), found->second->bytes.size()))
    packagePath =
        container.select_node("//*[local-name()='rootfile']/@full-path").attribute().value();
  if (packagePath != kPackagePath || !byName.count(packagePath)) {
    problems.add(kContainerPath, 0, "must name the package document " + std::string(kPackagePath));
    return problems.status("container is broken");
  }

  pugi::xml_document package;
  const ArchivedFile& opf = *byName[packagePath];
  if (!package.load_buffer(opf.bytes.data(), opf.bytes.size()))
    problems.add(kPackagePath, 0, "not well-formed");
  std::set<std::string, std::less<>> listed = {"mimetype", std::string(kContainerPath),
                                               std::string(kPackagePath)};
  std::set<std::string, std::less<>> itemIds;
  for (auto item : package.select_nodes("//*[local-name()='item']")) {
    const std::string path = std::string(kPackageDirectory) + item.node().attribute("href").value();
    itemIds.insert(item.node().attribute("id").value());
    listed.insert(path);
    if (!byName.count(path))
      problems.add(kPackagePath, 0, "the manifest lists a file the archive lacks: " + path);
  }
  for (auto itemref : package.select_nodes("//*[local-name()='itemref']"))
    if (!itemIds.count(itemref.node().attribute("idref").value()))
      problems.add(kPackagePath, 0,
                   std::string("the spine names no manifest item: ") +
                       itemref.node().attribute("idref").value());
  for (const auto& [name, file] : byName)
    if (!listed.count(name)) problems.add(name, 0, "in the archive but not in the manifest");
  return problems.status("container is broken");
}

}  // namespace epub

void prepareEpubChecks() { epub::epubSchemas(); }

}  // namespace verbatim
