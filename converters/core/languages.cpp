#include "core/languages.hpp"

namespace verbatim {
namespace {

constexpr LanguageCodes kLanguages[] = {
    {"ar", "ara", "Arabic", true},   {"zh", "zho", "Chinese", false, "（", "）"},
    {"en", "eng", "English", false}, {"fr", "fra", "French", false},
    {"ru", "rus", "Russian", false}, {"es", "spa", "Spanish", false},
};

}  // namespace

const LanguageCodes* findLanguage(std::string_view code) {
  auto primary = code.substr(0, code.find_first_of("-_"));
  for (const auto& language : kLanguages)
    if (language.bcp47 == primary || language.iso639_2 == code) return &language;
  return nullptr;
}

}  // namespace verbatim
