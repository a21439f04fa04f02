// The check no schema makes: every "#id" a pointer attribute names exists.
// The record's @who and @ana point into its corpus root; the two files are
// checked together, as the one document they make once the root's XInclude
// is expanded, and no xml:id may appear twice in it.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace verbatim::tei {

struct NamedDocument {
  std::string_view name;  // for messages: "S_PV.9381.zh.tei.xml"
  const pugi::xml_document* document;
};

// One line per problem: "FILE: element/@attribute: #target ...".
std::vector<std::string> checkLinks(const std::vector<NamedDocument>& documents);

}  // namespace verbatim::tei
