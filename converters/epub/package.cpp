#include "epub/package.hpp"

#include <pugixml.hpp>

#include "epub/xhtml.hpp"

namespace verbatim::epub {
namespace {

void meta(pugi::xml_node metadata, const char* property, const std::string& value) {
  auto node = metadata.append_child("meta");
  node.append_attribute("property") = property;
  node.text().set(value.c_str());
}

void dc(pugi::xml_node metadata, const char* name, const std::string& value,
        const char* id = nullptr) {
  auto node = metadata.append_child(name);
  if (id) node.append_attribute("id") = id;
  node.text().set(value.c_str());
}

// EPUB Accessibility 1.1, as DAISY Ace and the reading systems read it.
void accessibility(pugi::xml_node metadata, const PackageFacts& facts) {
  meta(metadata, "schema:accessMode", "textual");
  meta(metadata, "schema:accessModeSufficient", "textual");
  std::vector<std::string> features = {"structuralNavigation", "tableOfContents", "readingOrder"};
  if (facts.pageMarkers) features.insert(features.end(), {"pageBreakMarkers", "pageNavigation"});
  features.push_back("displayTransformability");
  for (const auto& feature : features) meta(metadata, "schema:accessibilityFeature", feature);
  meta(metadata, "schema:accessibilityHazard", "none");
  auto node = metadata.append_child("meta");
  node.append_attribute("property") = "schema:accessibilitySummary";
  node.text().set(facts.accessibilitySummary.c_str());
  meta(metadata, "dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.1 Level AA");
}

}  // namespace

std::string packageDocument(const PackageFacts& facts, const std::vector<Resource>& resources) {
  pugi::xml_document document;
  auto package = document.append_child("package");
  package.append_attribute("xmlns") = "http://www.idpf.org/2007/opf";
  package.append_attribute("version") = "3.0";
  package.append_attribute("unique-identifier") = "pub-id";
  package.append_attribute("xml:lang") = facts.language.c_str();
  if (facts.rightToLeft) package.append_attribute("dir") = "rtl";

  auto metadata = package.append_child("metadata");
  metadata.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  dc(metadata, "dc:identifier", facts.identifier, "pub-id");
  dc(metadata, "dc:title", facts.title, "title");
  dc(metadata, "dc:language", facts.language);
  dc(metadata, "dc:creator", facts.creator, "creator");
  dc(metadata, "dc:publisher", facts.publisher);
  dc(metadata, "dc:date", facts.date);
  dc(metadata, "dc:source", facts.source, "src");
  // Where the page numbers come from (epubcheck 4.2 knows no pageBreakSource).
  if (facts.pageMarkers) {
    auto refinement = metadata.append_child("meta");
    refinement.append_attribute("property") = "source-of";
    refinement.append_attribute("refines") = "#src";
    refinement.text().set("pagination");
  }
  meta(metadata, "dcterms:modified", facts.modified);
  accessibility(metadata, facts);

  auto manifest = package.append_child("manifest");
  for (const auto& resource : resources) {
    auto item = manifest.append_child("item");
    item.append_attribute("id") = resource.id.c_str();
    item.append_attribute("href") = resource.file.c_str();
    item.append_attribute("media-type") = resource.mediaType.c_str();
    if (!resource.properties.empty())
      item.append_attribute("properties") = resource.properties.c_str();
  }
  auto spine = package.append_child("spine");
  spine.append_attribute("page-progression-direction") = facts.rightToLeft ? "rtl" : "ltr";
  for (const auto& resource : resources)
    if (resource.inSpine)
      spine.append_child("itemref").append_attribute("idref") = resource.id.c_str();
  return serializeXml(document);
}

std::string containerDocument() {
  pugi::xml_document document;
  auto container = document.append_child("container");
  container.append_attribute("version") = "1.0";
  container.append_attribute("xmlns") = "urn:oasis:names:tc:opendocument:xmlns:container";
  auto rootfile = container.append_child("rootfiles").append_child("rootfile");
  rootfile.append_attribute("full-path") = std::string(kPackagePath).c_str();
  rootfile.append_attribute("media-type") = "application/oebps-package+xml";
  return serializeXml(document);
}

}  // namespace verbatim::epub
