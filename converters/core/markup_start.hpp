// How a markup document begins: its root element's name, past the XML
// declaration, processing instructions, comments and a document type
// declaration, however long they are. The raw-text reader refuses XML that
// is not a record; the command sends Akoma Ntoso to the AKN reader.
#pragma once

#include <string>
#include <string_view>

namespace verbatim {

struct MarkupStart {
  std::string root;      // as written: "akomaNtoso", "akn:akomaNtoso", "html"; empty if none found
  bool doctype = false;  // a document type declaration came first
  bool markup = false;   // the text begins with markup at all
};

MarkupStart markupStart(std::string_view text);

// "akn:akomaNtoso" → "akomaNtoso".
std::string_view localName(std::string_view name);

}  // namespace verbatim
