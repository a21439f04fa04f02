// The small parts of the EPUB writer: identifier, timestamps, the language
// table and the stylesheets.
#include <gtest/gtest.h>

#include "epub/identifier.hpp"
#include "epub/locale.hpp"
#include "epub/style.hpp"
#include "epub/timestamp.hpp"

namespace verbatim::epub {
namespace {

std::string hex(const std::array<std::uint8_t, 20>& digest) {
  std::string out;
  for (auto byte : digest) {
    constexpr char digits[] = "0123456789abcdef";
    out += digits[byte >> 4];
    out += digits[byte & 15];
  }
  return out;
}

TEST(EpubIdentifier, Sha1MatchesTheStandardVectors) {
  EXPECT_EQ(hex(sha1("")), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  EXPECT_EQ(hex(sha1("abc")), "a9993e364706816aba3e25717850c26c9cd0d89d");
  // Two blocks: the padding spills over.
  EXPECT_EQ(hex(sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  EXPECT_EQ(hex(sha1(std::string(1000000, 'a'))), "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

TEST(EpubIdentifier, Uuid5MatchesRfc4122AndPython) {
  constexpr std::array<std::uint8_t, 16> dns = {0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1,
                                                0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
  EXPECT_EQ(uuid5(dns, "python.org"), "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  // python3 -c "import uuid; print(uuid.uuid5(uuid.NAMESPACE_URL, '/akn/…/S-PV.9381'))"
  EXPECT_EQ(uuid5(kUrlNamespace, "/akn/un/debate/record/un-sc/2023-07-18/S-PV.9381"),
            "36737ca3-fc64-5553-9fea-da83ccb63075");
}

TEST(EpubTimestamp, ModifiedIsReadAndWrittenOnlyInItsOneForm) {
  auto moment = parseModified("2023-07-18T10:05:07Z");
  ASSERT_TRUE(moment);
  EXPECT_EQ(formatModified(*moment), "2023-07-18T10:05:07Z");
  for (const char* bad : {"2023-07-18", "2023-07-18T10:05:07", "2023-07-18T10:05:07+08:00",
                          "2023-02-30T00:00:00Z", "2023-07-18T24:00:00Z", "2023-7-18T10:05:07Z"})
    EXPECT_FALSE(parseModified(bad)) << bad;
  ASSERT_TRUE(startOfDay("2023-07-18"));
  EXPECT_EQ(formatModified(*startOfDay("2023-07-18")), "2023-07-18T00:00:00Z");
  EXPECT_FALSE(startOfDay("18 July 2023"));
}

TEST(EpubTimestamp, DosTimeIsComputedFromTheUtcFieldsAndClampedToItsRange) {
  const DosTime dos = dosTime(*parseModified("2023-07-18T10:05:07Z"));
  EXPECT_EQ(dos.date, (43 << 9) | (7 << 5) | 18);
  EXPECT_EQ(dos.time, (10 << 11) | (5 << 5) | 3);  // two-second steps
  // The Security Council's first records are from 1946: DOS time starts in 1980.
  const DosTime early = dosTime(*startOfDay("1946-01-17"));
  EXPECT_EQ(early.date, (0 << 9) | (1 << 5) | 1);
  EXPECT_EQ(early.time, 0);
  const DosTime late = dosTime(*startOfDay("2150-01-01"));
  EXPECT_EQ(late.date, (127 << 9) | (12 << 5) | 31);
}

TEST(EpubLocale, EveryOfficialLanguageHasAnEdition) {
  for (const char* code : {"ar", "zh", "en", "fr", "ru", "es"}) {
    const EditionLocale* locale = findEditionLocale(code);
    ASSERT_NE(locale, nullptr) << code;
    EXPECT_FALSE(locale->contents.empty());
    EXPECT_FALSE(locale->publisher.empty());
    for (auto month : locale->months) EXPECT_FALSE(month.empty()) << code;
    for (auto day : locale->weekdays) EXPECT_FALSE(day.empty()) << code;
  }
  EXPECT_EQ(findEditionLocale("zh-Hans")->tag, "zh-Hans");
  EXPECT_EQ(findEditionLocale("ara")->tag, "ar");
  EXPECT_EQ(findEditionLocale("de"), nullptr);
  EXPECT_TRUE(rightToLeft(*findEditionLocale("ar")));
  EXPECT_FALSE(rightToLeft(*findEditionLocale("zh")));
}

TEST(EpubLocale, MeetingTitlesFollowEachLanguagesCoverPage) {
  EXPECT_EQ(meetingTitle(*findEditionLocale("zh"), "安全理事会", "9381"), "安全理事会第9381次会议");
  EXPECT_EQ(meetingTitle(*findEditionLocale("ar"), "مجلس الأمن", "9381"),
            "مجلس الأمن، الجلسة 9381");
  EXPECT_EQ(meetingTitle(*findEditionLocale("fr"), "Conseil de sécurité", "9381"),
            "Conseil de sécurité, 9381e séance");
  const auto& en = *findEditionLocale("en");
  const std::pair<const char*, const char*> ordinals[] = {
      {"9381", "9381st"}, {"8422", "8422nd"}, {"9383", "9383rd"}, {"9311", "9311th"},
      {"9312", "9312th"}, {"9313", "9313th"}, {"9300", "9300th"}, {"1", "1st"},
      {"12", "12th"},     {"102", "102nd"}};
  for (const auto& [number, ordinal] : ordinals)
    EXPECT_EQ(meetingTitle(en, "Security Council", number),
              "Security Council, " + std::string(ordinal) + " meeting");
  // The Assembly's plenary meetings, as each language's cover names them.
  EXPECT_EQ(meetingTitle(en, "General Assembly", "102", true),
            "General Assembly, 102nd plenary meeting");
  EXPECT_EQ(meetingTitle(*findEditionLocale("zh"), "大会", "61", true), "大会第61次全体会议");
  EXPECT_EQ(meetingTitle(*findEditionLocale("ar"), "الجمعية العامة", "52", true),
            "الجمعية العامة، الجلسة العامة 52");
  EXPECT_EQ(meetingTitle(*findEditionLocale("ru"), "Генеральная Ассамблея", "41", true),
            "Генеральная Ассамблея, 41-е пленарное заседание");
}

TEST(EpubLocale, LongDatesCarryTheWeekdayAndTheLanguagesMonthNames) {
  EXPECT_EQ(longDate(*findEditionLocale("zh"), "2023-07-18"), "2023年7月18日星期二");
  EXPECT_EQ(longDate(*findEditionLocale("en"), "2023-07-18"), "Tuesday, 18 July 2023");
  EXPECT_EQ(longDate(*findEditionLocale("ar"), "2023-07-18"), "الثلاثاء، 18 تموز/يوليه 2023");
  EXPECT_EQ(longDate(*findEditionLocale("ru"), "2018-12-13"), "Четверг, 13 декабря 2018 года");
  EXPECT_EQ(longDate(*findEditionLocale("es"), "2018-12-13"), "Jueves 13 de diciembre de 2018");
  EXPECT_EQ(longDate(*findEditionLocale("fr"), "1946-01-17"), "Jeudi 17 janvier 1946");
  EXPECT_EQ(longDate(*findEditionLocale("en"), "2023-02-30"), "");
  EXPECT_EQ(longDate(*findEditionLocale("en"), "July 2023"), "");
}

TEST(EpubLocale, APersonIsNamedWithTheirStateInTheLanguagesParentheses) {
  EXPECT_EQ(personOfState(*findEditionLocale("zh"), "张军先生", "中国"), "张军先生（中国）");
  EXPECT_EQ(personOfState(*findEditionLocale("en"), "Mr. Adom", "Côte d’Ivoire"),
            "Mr. Adom (Côte d’Ivoire)");
  EXPECT_EQ(personOfState(*findEditionLocale("en"), "Mr. Adom", ""), "Mr. Adom");
}

TEST(EpubStyle, ChineseIsSetStrictlyWithoutHyphensOrItalicsAndNoEmbeddedFont) {
  const std::string css = styleSheet(Script::Han);
  EXPECT_NE(css.find("line-break: strict"), std::string::npos);
  EXPECT_NE(css.find("hyphens: none"), std::string::npos);
  EXPECT_NE(css.find("text-indent: 2em"), std::string::npos);
  EXPECT_NE(css.find("\"Noto Serif CJK SC\""), std::string::npos);
  EXPECT_NE(css.find(", serif;"), std::string::npos) << "the font stack ends in a generic family";
  EXPECT_EQ(css.find("font-style: italic"), std::string::npos);
  EXPECT_EQ(css.find("@font-face"), std::string::npos);
}

TEST(EpubStyle, ArabicIsSetInNaskhWithRoomForItsMarksAndNoLetterSpacing) {
  const std::string css = styleSheet(Script::Arabic);
  EXPECT_NE(css.find("\"Noto Naskh Arabic\""), std::string::npos);
  EXPECT_NE(css.find("line-height: 1.8"), std::string::npos);
  EXPECT_NE(css.find("letter-spacing: normal"), std::string::npos);
  EXPECT_EQ(css.find("font-style: italic"), std::string::npos);
}

TEST(EpubStyle, LatinAndCyrillicHyphenateByLanguage) {
  for (Script script : {Script::Latin, Script::Cyrillic}) {
    const std::string css = styleSheet(script);
    EXPECT_NE(css.find("hyphens: auto"), std::string::npos);
    EXPECT_NE(css.find("font-style: italic"), std::string::npos);
  }
}

TEST(EpubStyle, NoStylesheetSetsDirectionOrBidi) {
  // epubcheck CSS-001: direction comes from dir="rtl" in the markup.
  for (Script script : {Script::Han, Script::Arabic, Script::Latin, Script::Cyrillic}) {
    const std::string css = styleSheet(script);
    EXPECT_EQ(css.find("direction"), std::string::npos);
    EXPECT_EQ(css.find("unicode-bidi"), std::string::npos);
    EXPECT_EQ(css.rfind("@charset \"UTF-8\";", 0), 0u);
  }
}

}  // namespace
}  // namespace verbatim::epub
