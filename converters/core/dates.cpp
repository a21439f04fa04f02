#include "core/dates.hpp"

#include <chrono>
#include <cstdio>

namespace verbatim {

std::string laterDate(std::string_view date, int days) {
  const std::string given(date);
  int year = 0;
  unsigned month = 0, day = 0;
  if (std::sscanf(given.c_str(), "%4d-%2u-%2u", &year, &month, &day) != 3) return given;
  const std::chrono::year_month_day ymd{
      std::chrono::sys_days{std::chrono::year{year} / std::chrono::month{month} /
                            std::chrono::day{day}} +
      std::chrono::days{days}};
  if (!ymd.ok()) return given;
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return out;
}

}  // namespace verbatim
