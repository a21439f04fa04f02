// Sidecar metadata: facts about a record that its text does not contain,
// kept in INPUT-without-extension.meta.json next to the input.
#pragma once

#include <optional>
#include <string>

#include "core/result.hpp"

namespace verbatim::cli {

struct Sidecar {
  std::string path;  // empty when there is none
  std::string symbol, date, language, body, place, encoding;
  std::optional<int> firstPage;
};

// The sidecar of `input` if it exists; an error if it exists but is unreadable
// or not the expected JSON object.
Result<Sidecar> readSidecar(const std::string& input);

}  // namespace verbatim::cli
