// Attribute values of an AKN file as the profile's grammar reads them.
#pragma once

#include <pugixml.hpp>
#include <string_view>

namespace verbatim {

// A value the grammar lists (<value> in schemas/akn-verbatim.rng), or an ID,
// is a token there: the spaces around it do not count, so they do not count
// here either ("#against " is "#against", never another choice).
inline std::string_view token(const pugi::xml_attribute& attribute) {
  std::string_view value = attribute.value();
  const auto first = value.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return value.substr(first, value.find_last_not_of(" \t\r\n") - first + 1);
}

// The id a reference names: "#voting_1__inFavour " → "voting_1__inFavour".
inline std::string_view idOf(const pugi::xml_attribute& attribute) {
  std::string_view value = token(attribute);
  if (value.starts_with('#')) value.remove_prefix(1);
  return value;
}

}  // namespace verbatim
