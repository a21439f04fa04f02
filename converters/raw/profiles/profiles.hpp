// The language profiles this build knows. One file per language.
#pragma once

#include "raw/profile.hpp"

namespace verbatim::profiles {

extern const LanguageProfile kChinese;
extern const LanguageProfile kEnglish;
extern const LanguageProfile kGeneric;
extern const LanguageProfile kFrench;
extern const LanguageProfile kSpanish;
extern const LanguageProfile kRussian;
extern const LanguageProfile kArabic;

}  // namespace verbatim::profiles
