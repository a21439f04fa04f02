// Names of States as the United Nations prints them, in its six languages.
//
// Speaker labels and vote lists print a State's short name ("France",
// "联合王国", "Royaume-Uni"); the AKN record refers to it by a stable id (its
// ISO 3166-1 alpha-3 code in lower case, as in `#fra`). This table is the bridge.
#pragma once

#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace verbatim {

struct CountryNames {
  std::string_view alpha3;  // ISO 3166-1 alpha-3, upper case: "GBR"
  // Each field may hold several spellings separated by '|': the first is the
  // UN short name, the others are forms also seen in records (full official
  // name, older names, spellings of other eras).
  std::string_view en;
  std::string_view fr;
  std::string_view es;
  std::string_view ru;
  std::string_view zh;
  std::string_view ar;
};

// Every UN Member State, the two observer States, and a few entities that
// speak in the Security Council and the General Assembly.
std::span<const CountryNames> countryTable();

// Whether the table's entry `alpha3` (as the table spells it: "PSE") is a Member State of the
// United Nations (or was): not the observer States (the Holy See, the State of Palestine) nor the
// European Union and the African Union.
bool isMemberState(std::string_view alpha3);

// A State's names in `language` ("en", …, "ar"), '|'-separated; empty for
// another language.
std::string_view namesIn(const CountryNames& names, std::string_view language);

// The alpha-3 code of a State named as printed in `language` (BCP 47 primary
// subtag: "en", "fr", "es", "ru", "zh", "ar"), or empty when unknown.
// Matching ignores case, surrounding spaces and the difference between ’ and '.
std::string_view countryCode(std::string_view printedName, std::string_view language);

// Do these words begin a State's name in `language`, matched as countryCode
// matches ("United Kingdom of Great" does; the name itself does not)?
bool beginsCountryName(std::string_view words, std::string_view language);

// The longest State's name, as `language` prints it, that `passage` holds (a
// heading "Address by Mr. X, President of the Republic of Kenya" → "Kenya"),
// or empty. Case and spaces count.
std::string_view stateNamedIn(std::string_view passage, std::string_view language);

// Every State `passage` names, as `language` prints it: byte ranges, the
// longest name at each place, whole words where the script spaces them ("the
// delegation of Malawi" → "Malawi"; not "Niger" in "Nigeria"), in order.
std::vector<std::pair<std::size_t, std::size_t>> statesNamedIn(std::string_view passage,
                                                               std::string_view language);

// Do `words` stand, whole words, inside some State's name in `language`
// ("United Kingdom", of "United Kingdom of Great Britain and Northern
// Ireland")? Matching as countryCode's.
bool withinStateName(std::string_view words, std::string_view language);

}  // namespace verbatim
