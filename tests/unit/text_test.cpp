#include "core/text.hpp"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include "core/conservation.hpp"

namespace verbatim {
namespace {

TEST(Text, WideCharactersAndWidth) {
  EXPECT_TRUE(text::isWide(U'中'));
  EXPECT_TRUE(text::isWide(U'，'));
  EXPECT_FALSE(text::isWide(U'a'));
  EXPECT_FALSE(text::isWide(U'·'));
  EXPECT_EQ(text::displayWidth("中文ab"), 6);
}

TEST(Text, TrimAndCollapse) {
  EXPECT_EQ(text::trim("\xE2\x80\x84 中 \xE3\x80\x80"), "中");
  EXPECT_EQ(text::collapseSpaces("  a \t b  "), "a b");
  EXPECT_EQ(text::last("ab中"), U'中');
  EXPECT_EQ(text::first(""), text::kInvalid);
}

// isSpace answers ASCII without ICU: it must agree with ICU's White_Space.
TEST(Text, AsciiSpacesAreUnicodeWhiteSpace) {
  for (char32_t c = 0; c < 0x80; ++c)
    EXPECT_EQ(text::isSpace(c), u_isUWhiteSpace(static_cast<UChar32>(c)) != 0) << int(c);
  EXPECT_TRUE(text::isSpace(U'\u3000'));
  EXPECT_TRUE(text::isSpace(U'\uFEFF'));
  EXPECT_FALSE(text::isSpace(text::kInvalid));
}

TEST(Conservation, FindsWhatWasLostAndWhatWasAdded) {
  EXPECT_TRUE(checkConservation("a b\nc", "abc", "").ok());
  EXPECT_TRUE(checkConservation("a：b", "ab", "：").ok());
  auto lost = checkConservation("abc", "ab", "");
  ASSERT_EQ(lost.missing.size(), 1u);
  EXPECT_EQ(lost.missing[0].character, "c");
  auto added = checkConservation("ab", "abz", "");
  ASSERT_EQ(added.extra.size(), 1u);
  EXPECT_EQ(added.extra[0].character, "z");
  // ASCII and other characters are counted apart: both are reported, in order.
  auto mixed = checkConservation("a中b—c", "b", "");
  ASSERT_EQ(mixed.missing.size(), 4u);
  EXPECT_EQ(mixed.missing[0].character, "a");
  EXPECT_EQ(mixed.missing[1].character, "c");
  EXPECT_EQ(mixed.missing[2].character, "—");
  EXPECT_EQ(mixed.missing[3].character, "中");
}

// Line widths decide where a paragraph ends: a letter with a diacritic is
// as wide as its base letter, and Cyrillic letters as wide as the font sets
// them (ш three fifths wider than г), not one width for all.
TEST(Text, AccentedAndCyrillicLettersTakeTheFontsWidths) {
  for (auto [accented, base] : {std::pair{"é", "e"}, {"í", "i"}, {"ñ", "n"}, {"É", "E"}})
    EXPECT_EQ(text::typesetWidth(accented), text::typesetWidth(base)) << accented;
  EXPECT_GT(text::typesetWidth("ш"), text::typesetWidth("г") * 3 / 2);
  EXPECT_LT(text::typesetWidth("з"), text::typesetWidth("о"));
  EXPECT_EQ(text::typesetWidth("«»"), 2 * text::typesetWidth("n"));
}

}  // namespace
}  // namespace verbatim
