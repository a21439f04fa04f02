// The one moment an edition carries: dcterms:modified and the time of every
// ZIP entry. Written and read as UTC text, never through the local time zone,
// so that builds on machines in different zones give the same bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace verbatim::epub {

struct Moment {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
};

// "CCYY-MM-DDThh:mm:ssZ", the only form dcterms:modified allows.
std::optional<Moment> parseModified(std::string_view text);
std::string formatModified(const Moment& moment);

// A meeting date "YYYY-MM-DD" at midnight UTC.
std::optional<Moment> startOfDay(std::string_view isoDate);

// MS-DOS date and time fields of a ZIP entry. DOS time counts from 1980 in
// two-second steps: earlier moments (records from 1946 on) are written as
// 1980-01-01 00:00:00, later than 2107 as the last representable moment.
struct DosTime {
  std::uint16_t time = 0;
  std::uint16_t date = 0;
};
DosTime dosTime(const Moment& moment);

}  // namespace verbatim::epub
