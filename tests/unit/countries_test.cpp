// countryCode: the printed names of States, however typeset, to their codes.
#include "core/countries.hpp"

#include <gtest/gtest.h>

namespace verbatim {
namespace {

// ASCII names take a shorter way than the others: both must agree.
TEST(CountryCode, CaseSpacesAndDashesDoNotMatter) {
  EXPECT_EQ(countryCode("United States of America", "en"), "USA");
  EXPECT_EQ(countryCode("UNITED  STATES OF\tAMERICA", "en"), "USA");
  EXPECT_EQ(countryCode("Guinea - Bissau", "en"), "GNB");
  EXPECT_EQ(countryCode("Guinea\u2011Bissau", "en"), "GNB");       // a non-breaking hyphen
  EXPECT_EQ(countryCode("GUINEA \u2013 BISSAU", "en"), "GNB");     // a spaced en dash
  EXPECT_EQ(countryCode("C\u00f4te d\u2019Ivoire", "en"), "CIV");  // not ASCII at all
  EXPECT_EQ(countryCode("Atlantis", "en"), "");
}

}  // namespace
}  // namespace verbatim
