#include "raw/profile.hpp"

#include "raw/profiles/profiles.hpp"

namespace verbatim {

std::span<const LanguageProfile* const> allProfiles() {
  static const LanguageProfile* const profiles[] = {&profiles::kChinese, &profiles::kEnglish,
                                                    &profiles::kFrench,  &profiles::kSpanish,
                                                    &profiles::kRussian, &profiles::kArabic};
  return profiles;
}

const LanguageProfile& genericProfile() { return profiles::kGeneric; }

const LanguageProfile* guessLanguage(std::string_view text) {
  text = text.substr(0, 1 << 16);
  std::string lower(text);
  for (auto& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  const LanguageProfile* best = nullptr;
  long bestScore = 0;
  for (const auto* profile : allProfiles()) {
    long score = 0;
    for (auto word : profile->commonWords) {
      const std::string needle =
          profile->spacesBetweenWords ? " " + std::string(word) + " " : std::string(word);
      for (auto at = lower.find(needle); at != std::string::npos; at = lower.find(needle, at + 1))
        ++score;
    }
    if (score > bestScore) best = profile, bestScore = score;
  }
  return bestScore >= 20 ? best : nullptr;
}

const LanguageProfile* findProfile(std::string_view language) {
  // The primary subtag decides: "zh-Hans" and "zh-CN" use the Chinese profile.
  auto primary = language.substr(0, language.find_first_of("-_"));
  for (const auto* profile : allProfiles())
    if (profile->code == primary) return profile;
  return nullptr;
}

}  // namespace verbatim
