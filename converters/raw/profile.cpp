#include "raw/profile.hpp"

#include <string>
#include <unordered_map>

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
  // In a spaced script a common word counts where spaces stand either side
  // of it: the words between two spaces, counted once for all profiles.
  std::unordered_map<std::string_view, long> between;
  const std::string_view all(lower);
  for (std::size_t space = all.find(' '); space != std::string_view::npos;) {
    const std::size_t next = all.find(' ', space + 1);
    if (next == std::string_view::npos) break;
    ++between[all.substr(space + 1, next - space - 1)];
    space = next;
  }
  const LanguageProfile* best = nullptr;
  long bestScore = 0;
  for (const auto* profile : allProfiles()) {
    long score = 0;
    for (auto word : profile->commonWords) {
      if (profile->spacesBetweenWords) {
        if (auto found = between.find(word); found != between.end()) score += found->second;
        continue;
      }
      for (auto at = all.find(word); at != std::string_view::npos; at = all.find(word, at + 1))
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
