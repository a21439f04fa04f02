// Small helpers for building TEI with pugixml.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace verbatim::tei {

inline constexpr const char* kTeiNamespace = "http://www.tei-c.org/ns/1.0";
inline constexpr const char* kXIncludeNamespace = "http://www.w3.org/2001/XInclude";

pugi::xml_node element(pugi::xml_node parent, const char* name);
// <name>text</name>
pugi::xml_node textElement(pugi::xml_node parent, const char* name, std::string_view text);
void attribute(pugi::xml_node node, const char* name, std::string_view value);
// Appends text, merged into the text node `parent` ends with: a run of inline
// content is one text node, as a reader would expect.
void appendText(pugi::xml_node parent, std::string_view text);

// The document as UTF-8 with an XML declaration. Elements that hold only
// elements are indented; mixed content (seg, note, head, title, …) is written
// exactly as it reads, so that no white space is added to the text.
std::string serialize(const pugi::xml_document& document);

}  // namespace verbatim::tei
