// Stage 1a: bytes in every encoding a record arrives in, and bytes that are not text.
#include "raw/decode.hpp"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include "support/support.hpp"

namespace verbatim {
namespace {

std::string encode(const std::string& utf8, const char* charset) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  std::string out(static_cast<std::size_t>(text.length()) * 4 + 16, '\0');
  int32_t length =
      text.extract(0, text.length(), out.data(), static_cast<uint32_t>(out.size()), charset);
  out.resize(static_cast<std::size_t>(length));
  return out;
}

const std::string kSample = "主席（以英语发言）：我热烈欢迎秘书长和各\n位高级代表。\n";

TEST(Decode, ReadsUtf8WithAndWithoutBom) {
  auto plain = decode(kSample, "a.txt");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain.value().text, kSample);
  EXPECT_EQ(plain.value().encoding, "UTF-8");
  auto withBom = decode("\xEF\xBB\xBF" + kSample, "a.txt");
  ASSERT_TRUE(withBom.ok());
  EXPECT_EQ(withBom.value().text, kSample);
}

TEST(Decode, ReadsUtf16BothByteOrdersWithAndWithoutBom) {
  for (const char* charset : {"UTF-16LE", "UTF-16BE"}) {
    const std::string bytes = encode(kSample, charset);
    auto bare = decode(bytes, "a.txt");
    ASSERT_TRUE(bare.ok()) << charset << ": " << describe(bare.error());
    EXPECT_EQ(bare.value().text, kSample) << charset;
    EXPECT_EQ(bare.value().encoding, charset);
    const std::string bom = std::string(charset) == "UTF-16LE" ? "\xFF\xFE" : "\xFE\xFF";
    auto marked = decode(bom + bytes, "a.txt");
    ASSERT_TRUE(marked.ok()) << charset;
    EXPECT_EQ(marked.value().text, kSample) << charset;
  }
}

TEST(Decode, ReadsGb18030) {
  const std::string bytes = encode(kSample, "GB18030");
  ASSERT_NE(bytes, kSample);
  auto decoded = decode(bytes, "a.txt");
  ASSERT_TRUE(decoded.ok()) << describe(decoded.error());
  EXPECT_EQ(decoded.value().text, kSample);
  EXPECT_EQ(decoded.value().encoding, "GB18030");
}

TEST(Decode, ReadsTheWholeFixtureInGb18030) {
  const std::string utf8 = testing::readText(testing::sourceDir() / "fixtures/zh/S_PV.9381.txt");
  auto decoded = decode(encode(utf8, "GB18030"), "S_PV.9381.txt");
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().text, utf8);
}

// English in windows-1252 whose every accented letter stands before a
// letter is valid GB18030 too ("Kj鎟gaard", "Council抯"): it is not read as
// Chinese; the message says to pass the charset.
TEST(Decode, LatinTextThatIsValidGb18030IsNotReadAsChinese) {
  std::string english;
  for (int i = 0; i < 20; ++i)
    english +=
        "Ms. Kj\u00E6rgaard (Denmark): The Council\u2019s work under Mr. Alvarado de "
        "Le\u00F3n has been r\u00E9sum\u00E9d in the Secretary\u2011General\u2019s report.\n";
  const std::string bytes = encode(english, "windows-1252");
  ASSERT_EQ(bytes.find('?'), std::string::npos);
  auto decoded = decode(bytes, "a.txt");
  ASSERT_FALSE(decoded.ok()) << decoded.value().encoding << ": " << decoded.value().text;
  EXPECT_NE(describe(decoded.error()).find("--encoding"), std::string::npos)
      << describe(decoded.error());
  auto asked = decode(bytes, "a.txt", "windows-1252");
  ASSERT_TRUE(asked.ok());
  EXPECT_NE(asked.value().text.find("Kj\u00E6rgaard"), std::string::npos);
}

TEST(Decode, NormalisesToNfcAndLineEnds) {
  auto decoded = decode("Cafe\xCC\x81\r\nnext\rlast", "a.txt");  // e + combining acute
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded.value().text, "Caf\xC3\xA9\nnext\nlast");
}

TEST(Decode, NamesTheOffsetOfInvalidUtf8) {
  std::string bytes = kSample + kSample;
  bytes.insert(30, "\xC3\x28");  // a lead byte followed by ASCII
  auto decoded = decode(bytes, "bad.txt");
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.error().kind, ErrorKind::InputRejected);
  EXPECT_NE(decoded.error().message.find("byte offset 30"), std::string::npos)
      << decoded.error().message;
  EXPECT_EQ(decoded.error().file, "bad.txt");
}

TEST(Decode, RefusesEmptyPdfAndBinary) {
  EXPECT_NE(decode("", "e.txt").error().message.find("empty"), std::string::npos);
  auto pdf = decode("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "r.pdf");
  ASSERT_FALSE(pdf.ok());
  EXPECT_NE(pdf.error().message.find("extract the text first"), std::string::npos);
  std::string binary = "ab";
  binary += '\0';
  binary += "cd";
  auto nul = decode(binary, "b.bin");
  ASSERT_FALSE(nul.ok());
  EXPECT_NE(nul.error().message.find("NUL"), std::string::npos);
  // A NUL before a newline at an even offset is a pair UTF-16 ends its lines
  // with: in text that is UTF-8 otherwise, still a NUL, not UTF-16.
  std::string stray = "United Nations\nSecurity Council record text\nThe Presid";
  ASSERT_EQ(stray.size() % 2, 0u);
  stray += std::string("\0\n", 2) + "ent spoke.\n";
  if (stray.size() % 2 != 0) stray += "x";
  auto read = decode(stray, "s.txt");
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.error().message.find("NUL"), std::string::npos) << read.error().message;
}

TEST(Decode, RefusesUnpairedSurrogatesInUtf16) {
  std::string bytes = "\xFF\xFE";
  bytes += std::string(
      "a\0\x00\xD8"
      "b\0",
      6);  // 'a', lone high surrogate, 'b'
  auto decoded = decode(bytes, "s.txt");
  EXPECT_FALSE(decoded.ok());
}

}  // namespace
}  // namespace verbatim
