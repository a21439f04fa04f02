#include "epub/timestamp.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace verbatim::epub {
namespace {

bool digits(std::string_view text, std::size_t at, std::size_t count, int& value) {
  if (at + count > text.size()) return false;
  for (std::size_t i = at; i < at + count; ++i)
    if (text[i] < '0' || text[i] > '9') return false;
  std::from_chars(text.data() + at, text.data() + at + count, value);
  return true;
}

bool isRealDate(const Moment& m) {
  return std::chrono::year_month_day{std::chrono::year(m.year),
                                     std::chrono::month(static_cast<unsigned>(m.month)),
                                     std::chrono::day(static_cast<unsigned>(m.day))}
      .ok();
}

}  // namespace

std::optional<Moment> parseModified(std::string_view text) {
  Moment m;
  if (text.size() != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
      text[16] != ':' || text[19] != 'Z' || !digits(text, 0, 4, m.year) ||
      !digits(text, 5, 2, m.month) || !digits(text, 8, 2, m.day) || !digits(text, 11, 2, m.hour) ||
      !digits(text, 14, 2, m.minute) || !digits(text, 17, 2, m.second))
    return std::nullopt;
  if (!isRealDate(m) || m.hour > 23 || m.minute > 59 || m.second > 59) return std::nullopt;
  return m;
}

std::string formatModified(const Moment& m) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", m.year, m.month, m.day,
                m.hour, m.minute, m.second);
  return buffer;
}

std::optional<Moment> startOfDay(std::string_view isoDate) {
  return parseModified(std::string(isoDate) + "T00:00:00Z");
}

DosTime dosTime(const Moment& moment) {
  Moment m = moment;
  if (m.year < 1980) m = {1980, 1, 1, 0, 0, 0};
  if (m.year > 2107) m = {2107, 12, 31, 23, 59, 58};
  DosTime dos;
  dos.date = static_cast<std::uint16_t>(((m.year - 1980) << 9) | (m.month << 5) | m.day);
  dos.time = static_cast<std::uint16_t>((m.hour << 11) | (m.minute << 5) | (m.second / 2));
  return dos;
}

}  // namespace verbatim::epub
