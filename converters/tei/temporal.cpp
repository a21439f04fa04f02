#include "tei/temporal.hpp"

#include <array>

namespace verbatim::tei {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// The number written by `count` digits at `at`, or -1.
int digits(std::string_view s, std::size_t at, std::size_t count) {
  if (at + count > s.size()) return -1;
  int value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

bool isLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysIn(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && isLeap(year) ? 29 : kDays[month - 1];
}

}  // namespace

bool isW3cDate(std::string_view value) {
  if (value.size() != 10 || value[4] != '-' || value[7] != '-') return false;
  const int year = digits(value, 0, 4), month = digits(value, 5, 2), day = digits(value, 8, 2);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

bool isW3cTemporal(std::string_view value) {
  if (!isW3cDate(value.substr(0, 10))) return false;
  if (value.size() == 10) return true;
  std::string_view time = value.substr(10);
  if (time.size() < 9 || time[0] != 'T' || time[3] != ':' || time[6] != ':') return false;
  const int hour = digits(time, 1, 2), minute = digits(time, 4, 2), second = digits(time, 7, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  std::size_t at = 9;
  if (at < time.size() && time[at] == '.') {
    std::size_t start = ++at;
    while (at < time.size() && time[at] >= '0' && time[at] <= '9') ++at;
    if (at == start) return false;
  }
  std::string_view zone = time.substr(at);
  if (zone.empty() || zone == "Z") return true;
  return zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':' &&
         digits(zone, 1, 2) >= 0 && digits(zone, 1, 2) <= 14 && digits(zone, 4, 2) >= 0 &&
         digits(zone, 4, 2) <= 59;
}

std::string englishDate(std::string_view isoDate) {
  if (!isW3cDate(isoDate)) return std::string(isoDate);
  const int day = digits(isoDate, 8, 2), month = digits(isoDate, 5, 2);
  return std::to_string(day) + " " + std::string(kMonths[static_cast<std::size_t>(month - 1)]) +
         " " + std::string(isoDate.substr(0, 4));
}

std::string englishOrdinal(std::string_view number) {
  if (number.empty() || number.find_first_not_of("0123456789") != std::string_view::npos)
    return std::string(number);
  const int lastTwo =
      (number.size() >= 2 ? number[number.size() - 2] - '0' : 0) * 10 + (number.back() - '0');
  std::string_view suffix = "th";
  if (lastTwo < 11 || lastTwo > 13) {
    switch (number.back()) {
      case '1': suffix = "st"; break;
      case '2': suffix = "nd"; break;
      case '3': suffix = "rd"; break;
      default: break;
    }
  }
  return std::string(number) + std::string(suffix);
}

}  // namespace verbatim::tei
