// Identifiers in the TEI: xml:id values are NCNames, unique across the record
// and its corpus root (they become one document when the root is expanded).
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "core/model.hpp"

namespace verbatim::tei {

// `text` as an NCName: a character that may not appear in an XML name becomes
// '_', and '_' goes before a first character that may not start one ("9381"
// → "_9381"). Names libxml2 would still refuse (characters XML 1.0 fourth
// edition lacks) fall back to ASCII, each other character as "_xHHHH".
std::string ncName(std::string_view text);

// Hands out unique xml:ids: the one wanted, or with ".2", ".3", … after it.
class IdRegistry {
 public:
  std::string claim(std::string_view wanted);
  bool taken(std::string_view id) const { return taken_.find(id) != taken_.end(); }

 private:
  std::set<std::string, std::less<>> taken_;
};

// The record's xml:id: "UN" + the organ's key, the symbol as in AKN IRIs, the
// language version: "UNSC_S-PV.9381-zh", "UNGA_A-79-PV.29-en".
std::string documentId(const Metadata& meta);

}  // namespace verbatim::tei
