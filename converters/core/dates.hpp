// Calendar dates as the model writes them ("2024-02-23").
#pragma once

#include <string>
#include <string_view>

namespace verbatim {

// "2024-02-23" and one day → "2024-02-24"; a date that is no date stays.
std::string laterDate(std::string_view date, int days);

}  // namespace verbatim
