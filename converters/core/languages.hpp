// The languages of UN records: BCP 47 tags and the ISO 639-2 codes AKN uses.
#pragma once

#include <string>
#include <string_view>

namespace verbatim {

struct LanguageCodes {
  std::string_view bcp47;     // "zh"
  std::string_view iso639_2;  // "zho"
  std::string_view english;   // "Chinese"
  bool rightToLeft = false;
  // A State after a person's name, as the language's cover prints it: "Ms. Larsen
  // (Denmark)", "拉森女士（丹麦）" (full-width brackets, no space).
  std::string_view bracketOpen = " (";
  std::string_view bracketClose = ")";
};

// By BCP 47 primary subtag ("zh", "zh-Hans") or by ISO 639-2 code ("zho").
const LanguageCodes* findLanguage(std::string_view code);

// The same, for the languages a speaker may use beyond the six, with
// interpretation or a text the delegation provides ("spoke in Korean"):
// no record is written in them, but a language note names them.
const LanguageCodes* findSpokenLanguage(std::string_view code);

// The ISO 639-2 code of a record's language, as AKN's FRBRlanguage and IRIs
// write it, for any language ICU knows ("de" → "deu"), not only the six;
// "und" when none is known. And back: the BCP 47 code of an ISO 639-2 one
// ("deu" → "de"), or the code itself where none is shorter, so that a record
// in a language without a profile reads back as it was written.
std::string iso639_2Of(std::string_view bcp47);
std::string bcp47OfIso639_2(std::string_view iso639_2);

}  // namespace verbatim
