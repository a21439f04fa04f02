#include "core/languages.hpp"

#include <unicode/locid.h>

namespace verbatim {
namespace {

constexpr LanguageCodes kLanguages[] = {
    {"ar", "ara", "Arabic", true},   {"zh", "zho", "Chinese", false, "（", "）"},
    {"en", "eng", "English", false}, {"fr", "fra", "French", false},
    {"ru", "rus", "Russian", false}, {"es", "spa", "Spanish", false},
};

// Languages heard in the General Assembly beyond the six (ISO 639-2/T codes).
constexpr LanguageCodes kOtherSpoken[] = {
    {"pt", "por", "Portuguese"},
    {"de", "deu", "German"},
    {"ja", "jpn", "Japanese"},
    {"ko", "kor", "Korean"},
    {"it", "ita", "Italian"},
    {"tr", "tur", "Turkish"},
    {"fa", "fas", "Persian", true},
    {"uk", "ukr", "Ukrainian"},
    {"id", "ind", "Indonesian"},
    {"sw", "swa", "Swahili"},
    {"hi", "hin", "Hindi"},
    {"el", "ell", "Greek"},
    {"nl", "nld", "Dutch"},
    {"pl", "pol", "Polish"},
    {"he", "heb", "Hebrew", true},
    {"ky", "kir", "Kyrgyz"},
    {"kk", "kaz", "Kazakh"},
    {"uz", "uzb", "Uzbek"},
    {"tg", "tgk", "Tajik"},
    {"tk", "tuk", "Turkmen"},
    {"mn", "mon", "Mongolian"},
    {"ka", "kat", "Georgian"},
    {"hy", "hye", "Armenian"},
    {"az", "aze", "Azerbaijani"},
    {"prs", "prs", "Dari", true},
    {"ps", "pus", "Pashto", true},
    {"am", "amh", "Amharic"},
    {"so", "som", "Somali"},
    {"sr", "srp", "Serbian"},
    {"hr", "hrv", "Croatian"},
    {"bs", "bos", "Bosnian"},
    {"sq", "sqi", "Albanian"},
    {"ro", "ron", "Romanian"},
    {"hu", "hun", "Hungarian"},
    {"cs", "ces", "Czech"},
    {"sk", "slk", "Slovak"},
    {"bg", "bul", "Bulgarian"},
    {"vi", "vie", "Vietnamese"},
    {"th", "tha", "Thai"},
    {"ms", "msa", "Malay"},
    {"bn", "ben", "Bengali"},
    {"ne", "nep", "Nepali"},
    {"si", "sin", "Sinhala"},
    {"lo", "lao", "Lao"},
    {"km", "khm", "Khmer"},
    {"mt", "mlt", "Maltese"},
    {"lv", "lav", "Latvian"},
    {"lt", "lit", "Lithuanian"},
    {"et", "est", "Estonian"},
    {"fi", "fin", "Finnish"},
    {"sv", "swe", "Swedish"},
    {"da", "dan", "Danish"},
    {"no", "nor", "Norwegian"},
    {"be", "bel", "Belarusian"},
    {"mk", "mkd", "Macedonian"},
    {"sl", "slv", "Slovenian"},
    {"ht", "hat", "Haitian Creole"},
    {"mg", "mlg", "Malagasy"},
    {"tet", "tet", "Tetum"},
    {"ur", "urd", "Urdu", true},
    {"is", "isl", "Icelandic"},
    {"fil", "fil", "Filipino"},
    {"ta", "tam", "Tamil"},
    {"my", "mya", "Burmese"},
    // A language note naming a language the profiles do not know.
    {"und", "und", "Undetermined"},
};

}  // namespace

const LanguageCodes* findSpokenLanguage(std::string_view code) {
  if (const LanguageCodes* official = findLanguage(code)) return official;
  auto primary = code.substr(0, code.find_first_of("-_"));
  for (const auto& language : kOtherSpoken)
    if (language.bcp47 == primary || language.iso639_2 == code) return &language;
  return nullptr;
}

const LanguageCodes* findLanguage(std::string_view code) {
  auto primary = code.substr(0, code.find_first_of("-_"));
  for (const auto& language : kLanguages)
    if (language.bcp47 == primary || language.iso639_2 == code) return &language;
  return nullptr;
}

std::string iso639_2Of(std::string_view bcp47) {
  if (const LanguageCodes* known = findSpokenLanguage(bcp47)) return std::string(known->iso639_2);
  const std::string primary(bcp47.substr(0, bcp47.find_first_of("-_")));
  if (primary.empty()) return "und";
  const icu::Locale locale(primary.c_str());
  const std::string code3 = locale.getISO3Language();
  return code3.empty() ? "und" : code3;
}

std::string bcp47OfIso639_2(std::string_view iso639_2) {
  if (const LanguageCodes* known = findSpokenLanguage(iso639_2)) return std::string(known->bcp47);
  for (const char* const* language = icu::Locale::getISOLanguages(); *language; ++language)
    if (icu::Locale(*language).getISO3Language() == iso639_2) return *language;
  return std::string(iso639_2);
}

}  // namespace verbatim
