// countryCode: the printed names of States, however typeset, to their codes.
#include "core/countries.hpp"

#include <gtest/gtest.h>

#include "core/text.hpp"

namespace verbatim {
namespace {

// ASCII names take a shorter way than the others: both must agree.
TEST(CountryCode, CaseSpacesAndDashesDoNotMatter) {
  EXPECT_EQ(countryCode("United States of America", "en"), "USA");
  EXPECT_EQ(countryCode("UNITED  STATES OF\tAMERICA", "en"), "USA");
  EXPECT_EQ(countryCode("Guinea - Bissau", "en"), "GNB");
  // The UN's Chinese name and the order the press writes (round BE).
  EXPECT_EQ(countryCode("阿拉伯叙利亚共和国", "zh"), "SYR");
  EXPECT_EQ(countryCode("叙利亚阿拉伯共和国", "zh"), "SYR");
  EXPECT_EQ(countryCode("Guinea\u2011Bissau", "en"), "GNB");       // a non-breaking hyphen
  EXPECT_EQ(countryCode("GUINEA \u2013 BISSAU", "en"), "GNB");     // a spaced en dash
  EXPECT_EQ(countryCode("C\u00f4te d\u2019Ivoire", "en"), "CIV");  // not ASCII at all
  EXPECT_EQ(countryCode("Atlantis", "en"), "");
  // A dash or a space: "Guinea Bissau" is printed too.
  EXPECT_EQ(countryCode("Guinea Bissau", "en"), "GNB");
  EXPECT_EQ(countryCode("Timor Leste", "en"), "TLS");
  // Names of their time: "Kazakstan" (1993–1997), "Zaire".
  EXPECT_EQ(countryCode("Kazakstan", "en"), "KAZ");
  EXPECT_EQ(countryCode("Zaire", "en"), "COD");
}

// Older lists invert a name at a comma, as newer ones do in brackets.
TEST(CountryCode, ANameInvertedAtACommaIsTheState) {
  EXPECT_EQ(countryCode("Germany, Federal Republic of", "en"), "DEU");
  EXPECT_EQ(countryCode("Allemagne, République fédérale d’", "fr"), "DEU");
  EXPECT_EQ(countryCode("Japan, Germany", "en"), "");
}

// Typed records print capitals without their accents ("ETATS-UNIS
// D'AMERIQUE"); Russian prints ё as е. Marks do not matter, and no two
// States' spellings fold to one another.
TEST(CountryCode, AccentsDoNotMatterAndNoTwoStatesMeet) {
  EXPECT_EQ(countryCode("Etats-Unis d'Amérique", "fr"), "USA");
  EXPECT_EQ(countryCode("ETATS-UNIS D'AMERIQUE", "fr"), "USA");
  EXPECT_EQ(countryCode("Republica Dominicana", "es"), "DOM");
  for (const auto& names : countryTable())
    for (const char* language : {"en", "fr", "es", "ru", "zh", "ar"})
      text::anyAlternative(namesIn(names, language), [&](std::string_view spelling) {
        EXPECT_EQ(countryCode(spelling, language), names.alpha3) << spelling;
        return false;
      });
}

// Words inside a State's name, in its language: a line's break through a
// name is told by them.
TEST(Countries, WordsWithinAStatesName) {
  EXPECT_TRUE(withinStateName("United Kingdom", "en"));
  EXPECT_TRUE(withinStateName("united kingdom", "en"));
  EXPECT_TRUE(withinStateName("Royaume-Uni de", "fr"));
  EXPECT_FALSE(withinStateName("United Nations", "en"));
  EXPECT_FALSE(withinStateName("Kingdom to", "en"));
  EXPECT_FALSE(withinStateName("Unit", "en")) << "whole words only";
  EXPECT_FALSE(withinStateName("United Kingdom", "de"));
}

}  // namespace
}  // namespace verbatim
