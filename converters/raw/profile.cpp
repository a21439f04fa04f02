#include "raw/profile.hpp"

#include "raw/profiles/profiles.hpp"

namespace verbatim {

std::span<const LanguageProfile* const> allProfiles() {
  static const LanguageProfile* const profiles[] = {&profiles::kChinese, &profiles::kEnglish};
  return profiles;
}

const LanguageProfile* findProfile(std::string_view language) {
  // The primary subtag decides: "zh-Hans" and "zh-CN" use the Chinese profile.
  auto primary = language.substr(0, language.find_first_of("-_"));
  for (const auto* profile : allProfiles())
    if (profile->code == primary) return profile;
  return nullptr;
}

}  // namespace verbatim
