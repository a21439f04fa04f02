#include "epub/xhtml.hpp"

#include <set>
#include <sstream>
#include <vector>

#include "core/xml_indent.hpp"
#include "epub/layout.hpp"

namespace verbatim::epub {
namespace {

// Elements whose children are elements only, in every document verbatim
// writes (XHTML, the package document, the container file).
bool isContainer(pugi::xml_node node) {
  static const std::set<std::string_view> containers = {
      "html",    "head",     "body",     "section", "header",    "div",
      "nav",     "ol",       "table",    "tbody",   "tr",        "dl",
      "package", "metadata", "manifest", "spine",   "container", "rootfiles"};
  std::string_view name = node.name();
  if (containers.count(name)) return true;
  // A list item with a nested list: a link, then the list.
  return name == "li" && node.child("ol");
}

void indent(pugi::xml_node node, int depth) {
  indentContainers(node, depth, [](pugi::xml_node n) { return isContainer(n); });
}

}  // namespace

void setLanguage(pugi::xml_node element, std::string_view tag) {
  const std::string value(tag);
  element.append_attribute("xml:lang") = value.c_str();
  element.append_attribute("lang") = value.c_str();
}

pugi::xml_node startXhtml(pugi::xml_document& document, const EditionLocale& locale,
                          std::string_view title) {
  auto html = document.append_child("html");
  html.append_attribute("xmlns") = kXhtmlNamespace;
  html.append_attribute("xmlns:epub") = kOpsNamespace;
  setLanguage(html, locale.tag);
  if (rightToLeft(locale)) html.append_attribute("dir") = "rtl";
  auto head = html.append_child("head");
  head.append_child("meta").append_attribute("charset") = "UTF-8";
  head.append_child("title").text().set(std::string(title).c_str());
  auto link = head.append_child("link");
  link.append_attribute("rel") = "stylesheet";
  link.append_attribute("type") = "text/css";
  link.append_attribute("href") = std::string(kStyleFile).c_str();
  return html.append_child("body");
}

pugi::xml_node appendEmpty(pugi::xml_node parent, const char* name) {
  auto element = parent.append_child(name);
  element.append_child(pugi::node_pcdata);  // an empty text keeps the end tag
  return element;
}

std::string serializeXml(pugi::xml_document& document) {
  indent(document.document_element(), 0);
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  document.save(out, "", pugi::format_raw | pugi::format_no_declaration);
  out << "\n";
  return out.str();
}

}  // namespace verbatim::epub
