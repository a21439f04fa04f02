// The compiled grammar of a language's profile, for tests that match text
// against it; a language with no profile is a mistake in the test.
#pragma once

#include <stdexcept>
#include <string>

#include "raw/grammar.hpp"
#include "raw/profile.hpp"

namespace verbatim::testing {

inline const Grammar& grammarOf(const char* language) {
  const LanguageProfile* profile = findProfile(language);
  if (!profile) throw std::runtime_error(std::string("no profile for ") + language);
  return Grammar::of(*profile);
}

}  // namespace verbatim::testing
