#include "raw/profile.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <map>
#include <string>

#include "core/text.hpp"
#include "raw/profiles/profiles.hpp"

namespace verbatim {

std::span<const LanguageProfile* const> allProfiles() {
  static const LanguageProfile* const profiles[] = {&profiles::kChinese, &profiles::kEnglish,
                                                    &profiles::kFrench,  &profiles::kSpanish,
                                                    &profiles::kRussian, &profiles::kArabic};
  return profiles;
}

const LanguageProfile& genericProfile() { return profiles::kGeneric; }

namespace {

// Of the words (or, in a script written without spaces, the letters) of the
// record's script, at least this share must be the language's common words,
// and at least this many: a language with no profile that shares a script
// with one (German with English) is not taken for it.
constexpr long kCommonShareInPercent = 3;
constexpr long kFewestCommonWords = 3;

struct ScriptCount {
  std::string_view script;
  long letters = 0;
  long words = 0;
};

// The script most of the text's letters are written in, with its letters and words.
ScriptCount dominantScript(std::string_view text, std::map<std::string, long, std::less<>>& words) {
  std::map<std::string_view, ScriptCount> scripts;
  std::string word;
  std::string_view wordScript;
  auto endWord = [&] {
    if (word.empty()) return;
    ++words[word];
    ++scripts[wordScript].words;
    word.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<UChar32>(text::next(text, i));
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode code = uscript_getScript(c, &status);
    if (U_SUCCESS(status) && code != USCRIPT_COMMON && code != USCRIPT_INHERITED && u_isalpha(c)) {
      const std::string_view name = uscript_getShortName(code);
      auto& count = scripts[name];
      count.script = name;
      ++count.letters;
      if (word.empty()) wordScript = name;
      text::append(word, static_cast<char32_t>(u_tolower(c)));
    } else if (u_charType(c) == U_NON_SPACING_MARK && !word.empty()) {
      text::append(word, static_cast<char32_t>(c));  // Arabic vowel marks stay in their word
    } else {
      endWord();
    }
  }
  endWord();
  ScriptCount best;
  for (const auto& [name, count] : scripts)
    if (count.letters > best.letters) best = count;
  return best;
}

}  // namespace

const LanguageProfile* guessLanguage(std::string_view text) {
  text = text.substr(0, 1 << 16);
  std::map<std::string, long, std::less<>> words;
  const ScriptCount script = dominantScript(text, words);
  const LanguageProfile* best = nullptr;
  long bestScore = 0;
  for (const auto* profile : allProfiles()) {
    if (profile->script != script.script) continue;
    long score = 0;
    for (auto word : profile->commonWords) {
      if (profile->spacesBetweenWords) {
        if (auto found = words.find(word); found != words.end()) score += found->second;
        continue;
      }
      for (auto at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1))
        ++score;
    }
    if (score > bestScore) best = profile, bestScore = score;
  }
  if (!best) return nullptr;
  const long units = best->spacesBetweenWords ? script.words : script.letters;
  return bestScore >= kFewestCommonWords && bestScore * 100 >= units * kCommonShareInPercent
             ? best
             : nullptr;
}

const LanguageProfile* findProfile(std::string_view language) {
  // The primary subtag decides: "zh-Hans" and "zh-CN" use the Chinese profile.
  auto primary = language.substr(0, language.find_first_of("-_"));
  for (const auto* profile : allProfiles())
    if (profile->code == primary) return profile;
  return nullptr;
}

}  // namespace verbatim
