#include "tei/xml.hpp"

#include <array>
#include <sstream>
#include <vector>

#include "core/xml_indent.hpp"

namespace verbatim::tei {
namespace {

// Elements of the profile whose content is elements only: the indentation
// inserted between their children is not text.
constexpr std::array<std::string_view, 38> kContainers = {
    "TEI",         "teiCorpus",     "teiHeader",   "fileDesc",      "titleStmt",
    "respStmt",    "funder",        "editionStmt", "extent",        "publicationStmt",
    "publisher",   "availability",  "sourceDesc",  "bibl",          "encodingDesc",
    "projectDesc", "editorialDecl", "correction",  "normalization", "hyphenation",
    "quotation",   "segmentation",  "tagsDecl",    "namespace",     "classDecl",
    "taxonomy",    "category",      "profileDesc", "settingDesc",   "setting",
    "particDesc",  "listOrg",       "org",         "listPerson",    "person",
    "langUsage",   "text",          "body"};

bool isContainer(std::string_view name) {
  if (name == "div" || name == "u") return true;
  for (auto container : kContainers)
    if (container == name) return true;
  return false;
}

void indent(pugi::xml_node node, int depth) {
  indentContainers(node, depth, [](pugi::xml_node n) { return isContainer(n.name()); });
}

}  // namespace

pugi::xml_node element(pugi::xml_node parent, const char* name) {
  return parent.append_child(name);
}

pugi::xml_node textElement(pugi::xml_node parent, const char* name, std::string_view text) {
  auto node = parent.append_child(name);
  appendText(node, text);
  return node;
}

void attribute(pugi::xml_node node, const char* name, std::string_view value) {
  node.append_attribute(name) = std::string(value).c_str();
}

void appendText(pugi::xml_node parent, std::string_view text) {
  if (text.empty()) return;
  auto last = parent.last_child();
  if (last && last.type() == pugi::node_pcdata) {
    last.set_value((std::string(last.value()) + std::string(text)).c_str());
    return;
  }
  parent.append_child(pugi::node_pcdata).set_value(std::string(text).c_str());
}

std::string serialize(const pugi::xml_document& document) {
  pugi::xml_document copy;
  copy.reset(document);
  indent(copy.document_element(), 0);
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  copy.save(out, "", pugi::format_raw | pugi::format_no_declaration);
  out << "\n";
  return out.str();
}

}  // namespace verbatim::tei
