// The XHTML documents of an edition: the same skeleton for each (language and
// direction on <html>, a title, the stylesheet) and the same serialisation.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "epub/locale.hpp"

namespace verbatim::epub {

inline constexpr const char* kXhtmlNamespace = "http://www.w3.org/1999/xhtml";
inline constexpr const char* kOpsNamespace = "http://www.idpf.org/2007/ops";

// Builds <html> with identical xml:lang and lang (and dir="rtl" for a
// right-to-left edition), a <head> with the charset, `title` and the
// stylesheet; returns the empty <body>.
pugi::xml_node startXhtml(pugi::xml_document& document, const EditionLocale& locale,
                          std::string_view title);

// Sets both xml:lang and lang, which EPUB requires to agree.
void setLanguage(pugi::xml_node element, std::string_view tag);

// An element that must be written with an end tag even when it has no
// content (<span …></span>, never <span/>: HTML parsers read <span/> as an
// open tag).
pugi::xml_node appendEmpty(pugi::xml_node parent, const char* name);

// The document as UTF-8 with an XML declaration. Element-only containers are
// indented (in place) for people who read the files; inline content is
// written exactly as it reads, since white space there would show.
std::string serializeXml(pugi::xml_document& document);

}  // namespace verbatim::epub
