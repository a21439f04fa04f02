#include "raw/profile.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <map>
#include <string>
#include <unordered_map>

#include "core/languages.hpp"
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
  UScriptCode script = USCRIPT_INVALID_CODE;
  long letters = 0;
  long words = 0;
};

std::string spelledBackwards(std::string_view word) {
  std::u32string letters;
  for (std::size_t i = 0; i < word.size();) letters += text::next(word, i);
  std::string out;
  for (auto c = letters.rbegin(); c != letters.rend(); ++c) text::append(out, *c);
  return out;
}

// The script most of the text's letters are written in, with its letters and
// words; `words` counts the words it already holds (the profiles' common ones).
// Among the script's words a word is counted this many times at most: one
// repeated without end (a line that lost its breaks) does not drown the
// common ones.
constexpr int kWordCountedAtMost = 20;

ScriptCount dominantScript(std::string_view text, std::unordered_map<std::string, long>& words) {
  std::map<UScriptCode, ScriptCount> scripts;
  std::unordered_map<std::string, int> seen;
  std::string word;
  UScriptCode wordScript = USCRIPT_INVALID_CODE;
  auto endWord = [&] {
    if (word.empty()) return;
    if (auto found = words.find(word); found != words.end()) ++found->second;
    if (++seen[word] > kWordCountedAtMost) {
      word.clear();
      return;
    }
    ++scripts[wordScript].words;
    word.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<UChar32>(text::next(text, i));
    UScriptCode code = USCRIPT_COMMON;
    if (c < 0x80) {  // most records' letters: Latin, without asking ICU
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') code = USCRIPT_LATIN;
    } else if (u_isalpha(c)) {
      UErrorCode status = U_ZERO_ERROR;
      code = uscript_getScript(c, &status);
      if (U_FAILURE(status)) code = USCRIPT_COMMON;
    }
    if (code != USCRIPT_COMMON && code != USCRIPT_INHERITED) {
      auto& count = scripts[code];
      count.script = code;
      ++count.letters;
      if (word.empty()) wordScript = code;
      text::append(word, static_cast<char32_t>(c < 0x80 ? (c | 0x20) : u_tolower(c)));
    } else if (c >= 0x80 && u_charType(c) == U_NON_SPACING_MARK && !word.empty()) {
      text::append(word, static_cast<char32_t>(c));  // Arabic vowel marks stay in their word
    } else {
      endWord();
    }
  }
  endWord();
  ScriptCount best;
  for (const auto& [code, count] : scripts)
    if (count.letters > best.letters) best = count;
  return best;
}

}  // namespace

bool writesRightToLeft(const LanguageProfile& profile) {
  const LanguageCodes* codes = findLanguage(profile.code);
  return codes && codes->rightToLeft;
}

const LanguageProfile* guessLanguage(std::string_view text) {
  text = text.substr(0, 1 << 16);
  std::unordered_map<std::string, long> words;  // the common words of the spaced profiles
  for (const auto* profile : allProfiles())
    if (profile->spacesBetweenWords)
      for (auto word : profile->commonWords) {
        words.emplace(word, 0);
        // An extraction in visual order spells a right-to-left language's
        // words backwards: the record is still in that language.
        if (writesRightToLeft(*profile)) words.emplace(spelledBackwards(word), 0);
      }
  const ScriptCount script = dominantScript(text, words);
  if (script.script == USCRIPT_INVALID_CODE) return nullptr;
  const std::string_view scriptName = uscript_getShortName(script.script);
  const LanguageProfile* best = nullptr;
  long bestScore = 0;
  for (const auto* profile : allProfiles()) {
    if (profile->script != scriptName) continue;
    long score = 0;
    for (auto word : profile->commonWords) {
      if (profile->spacesBetweenWords) {
        score += words.at(std::string(word));
        if (writesRightToLeft(*profile)) score += words.at(spelledBackwards(word));
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

std::string_view honorificOf(const LanguageProfile& profile, std::string_view name) {
  for (auto honorific : profile.honorifics) {
    const bool printed = profile.honorificsFollowName
                             ? name.size() > honorific.size() && name.ends_with(honorific)
                             : name.size() > honorific.size() && name.starts_with(honorific) &&
                                   name[honorific.size()] == ' ';
    if (printed) return honorific;
  }
  return {};
}

}  // namespace verbatim
