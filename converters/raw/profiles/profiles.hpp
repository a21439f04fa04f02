// The language profiles this build knows. One file per language.
#pragma once

#include "raw/profile.hpp"

// Pattern pieces the languages written with capitals share in their labels.
// A word of a name: a capital and what follows it ("Van-Dúnem", "O’Brien").
#define PROFILE_NAME_WORD R"([\p{Lu}][\p{L}\p{M}’'.\-]*)"
// A later word of a name, or one the label quotes ("“Mbinda”", "« Mbinda »").
#define PROFILE_LATER_NAME_WORD \
  R"((?:)" PROFILE_NAME_WORD R"(|[“"«]\s?)" PROFILE_NAME_WORD R"(\s?[”"»]))"

namespace verbatim::profiles {

extern const LanguageProfile kChinese;
extern const LanguageProfile kEnglish;
extern const LanguageProfile kGeneric;
extern const LanguageProfile kFrench;
extern const LanguageProfile kSpanish;
extern const LanguageProfile kRussian;
extern const LanguageProfile kArabic;

}  // namespace verbatim::profiles
