// `verbatim convert … --to epub` as users run it: outputs, reproducible bytes
// whatever the time zone, and malformed AKN refused with nothing written.
#include <gtest/gtest.h>

#include "epub_test_support.hpp"
#include "support/support.hpp"

namespace verbatim {
namespace {

using testing::readText;
using testing::runVerbatim;
using testing::sourceDir;
using testing::TempDir;
using testing::writeText;
using testing::epub::chineseAkn;
using testing::epub::unpack;

const std::string kRawChinese = (sourceDir() / "fixtures/zh/S_PV.9381.txt").string();
// No SOURCE_DATE_EPOCH from the environment the tests run in.
const std::string kNoEpoch = "SOURCE_DATE_EPOCH=";

bool isEpub(const std::string& bytes) {
  return bytes.substr(0, 4) == std::string("PK\x03\x04", 4) &&
         bytes.substr(30, 28) == "mimetypeapplication/epub+zip";
}

TEST(EpubCli, RawTextToAknAndEpubInOneRun) {
  TempDir out;
  auto run = runVerbatim({"convert", kRawChinese, "--to", "akn,epub", "-o", out.path().string()},
                         {}, {}, {kNoEpoch});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  EXPECT_EQ(out.list(), (std::vector<std::string>{"S_PV.9381.zh.akn.xml", "S_PV.9381.zh.epub"}));
  EXPECT_TRUE(isEpub(readText(out / "S_PV.9381.zh.epub")));
}

TEST(EpubCli, TheEditionIsMadeOfTheAknWhicheverWayTheAknCame) {
  // Raw text → AKN → EPUB in one run, and the AKN file → EPUB: the same bytes.
  TempDir fromRaw, fromAkn;
  auto raw = runVerbatim({"convert", kRawChinese, "--to", "epub", "-o", fromRaw.path().string()},
                         {}, {}, {kNoEpoch});
  auto akn =
      runVerbatim({"convert", chineseAkn().string(), "--to", "epub", "-o", fromAkn.path().string()},
                  {}, {}, {kNoEpoch});
  ASSERT_EQ(raw.exitCode, 0) << raw.err;
  ASSERT_EQ(akn.exitCode, 0) << akn.err;
  EXPECT_EQ(fromRaw.list(), (std::vector<std::string>{"S_PV.9381.zh.epub"}));
  EXPECT_EQ(readText(fromRaw / "S_PV.9381.zh.epub"), readText(fromAkn / "S_PV.9381.zh.epub"));
}

TEST(EpubCli, TwoBuildsInDifferentTimeZonesAreByteIdentical) {
  for (const std::string& epoch : {kNoEpoch, std::string("SOURCE_DATE_EPOCH=1700000000")}) {
    TempDir utc, shanghai;
    auto a =
        runVerbatim({"convert", chineseAkn().string(), "--to", "epub", "-o", utc.path().string()},
                    {}, {}, {"TZ=UTC", epoch});
    auto b = runVerbatim(
        {"convert", chineseAkn().string(), "--to", "epub", "-o", shanghai.path().string()}, {}, {},
        {"TZ=Asia/Shanghai", epoch});
    ASSERT_EQ(a.exitCode, 0) << a.err;
    ASSERT_EQ(b.exitCode, 0) << b.err;
    EXPECT_EQ(readText(utc / "S_PV.9381.zh.epub"), readText(shanghai / "S_PV.9381.zh.epub"))
        << epoch;
  }
}

TEST(EpubCli, SourceDateEpochDatesTheEdition) {
  TempDir out;
  auto run =
      runVerbatim({"convert", chineseAkn().string(), "--to", "epub", "-o", out.path().string()}, {},
                  {}, {"TZ=Asia/Shanghai", "SOURCE_DATE_EPOCH=1700000000"});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  const std::string book = readText(out / "S_PV.9381.zh.epub");
  EXPECT_NE(unpack(book).at("EPUB/package.opf").find("2023-11-14T22:13:20Z"), std::string::npos);
  // 22:13:20 UTC in the first local header, whatever TZ says (Shanghai is 06:13 the next day).
  const unsigned time = static_cast<unsigned char>(book[10]) | static_cast<unsigned char>(book[11])
                                                                   << 8;
  EXPECT_EQ(time, (22u << 11) | (13u << 5) | 10u);
}

TEST(EpubCli, TheEditionGoesToStandardOutputWhenAsked) {
  auto run = runVerbatim({"convert", chineseAkn().string(), "--to", "epub", "-o", "-"}, {}, {},
                         {kNoEpoch});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  EXPECT_TRUE(isEpub(run.out));
}

TEST(EpubCli, TheHelpNamesEpub) {
  auto run = runVerbatim({"--help"});
  EXPECT_EQ(run.exitCode, 0);
  EXPECT_NE((run.out + run.err).find("epub (an EPUB 3"), std::string::npos);
}

// Each malformed AKN input is refused: exit code 1, a message naming the file
// and the problem, and nothing written.
struct MalformedAkn {
  const char* name;
  std::string content;
  const char* message;  // part of what the user is told
};

// The test's name, not its bytes, in test names and messages.
void PrintTo(const MalformedAkn& input, std::ostream* out) { *out << input.name; }

std::string golden() { return readText(chineseAkn()); }

std::string without(std::string text, std::string_view from, std::string_view to) {
  const auto start = text.find(from);
  const auto end = text.find(to, start) + to.size();
  return text.erase(start, end - start);
}

// The record from its root on, `reference` at the start of its first paragraph.
std::string withEntity(std::string text, std::string_view reference) {
  text.erase(0, text.find("<akomaNtoso"));
  return text.insert(text.find("<p>") + 3, reference);
}

class EpubCliMalformedAkn : public ::testing::TestWithParam<MalformedAkn> {};

TEST_P(EpubCliMalformedAkn, IsRefusedAndNothingIsWritten) {
  const MalformedAkn& input = GetParam();
  TempDir dir;
  writeText(dir / "bad.akn.xml", input.content);
  auto run = runVerbatim({"convert", (dir / "bad.akn.xml").string(), "--to", "akn,epub", "-o",
                          (dir / "out").string()});
  EXPECT_EQ(run.exitCode, 1) << run.err;
  EXPECT_NE(run.err.find("bad.akn.xml"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find(input.message), std::string::npos) << run.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "out")) << "nothing is written";
  EXPECT_EQ(dir.list(), (std::vector<std::string>{"bad.akn.xml"}));
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, EpubCliMalformedAkn,
    ::testing::Values(
        MalformedAkn{"NotWellFormed", golden().substr(0, golden().size() / 2), "not well-formed"},
        MalformedAkn{"WrongNamespace",
                     [] {
                       std::string text = golden();
                       const std::string ns = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
                       text.replace(text.find(ns), ns.size(),
                                    "http://docs.oasis-open.org/legaldocml/ns/akn/3.0/CSD13");
                       return text;
                     }(),
                     "not a valid AKN record"},
        MalformedAkn{"NoIdentification", without(golden(), "<identification", "</identification>"),
                     "not a valid AKN record"},
        MalformedAkn{"NoBody", without(golden(), "<debateBody>", "</debateBody>"),
                     "not a valid AKN record"},
        // A DOCTYPE is refused before parsing: no entity is expanded, no
        // external entity ever loaded.
        MalformedAkn{"DoctypeWithExternalEntity",
                     "<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [<!ENTITY secret SYSTEM "
                     "\"file:///etc/hostname\">]>\n" +
                         withEntity(golden(), "&secret;"),
                     "DOCTYPE"},
        MalformedAkn{"DoctypeWithEntityExpansion",
                     "<!DOCTYPE akomaNtoso [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                     "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c "
                     "\"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n" +
                         withEntity(golden(), "&c;"),
                     "DOCTYPE"}),
    [](const ::testing::TestParamInfo<MalformedAkn>& info) { return info.param.name; });

}  // namespace
}  // namespace verbatim
