// Dates and times as TEI's @when takes them (W3C XML Schema date and dateTime).
#pragma once

#include <string>
#include <string_view>

namespace verbatim::tei {

// "2023-07-18", or "2023-07-18T10:05:00" with optional fraction and zone.
bool isW3cTemporal(std::string_view value);
bool isW3cDate(std::string_view value);

// "18 July 2023" for "2023-07-18"; the value itself when it is not a date.
std::string englishDate(std::string_view isoDate);
// "9381st", "2nd", "11th".
std::string englishOrdinal(std::string_view number);

}  // namespace verbatim::tei
