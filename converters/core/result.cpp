#include "core/result.hpp"

namespace verbatim {

std::string describe(const Error& error) {
  std::string out;
  if (!error.file.empty()) {
    out += error.file;
    if (error.line > 0) {
      out += ':';
      out += std::to_string(error.line);
    }
    out += ": ";
  }
  out += error.message;
  for (const auto& detail : error.details) {
    out += "\n  ";
    out += detail;
  }
  return out;
}

}  // namespace verbatim
