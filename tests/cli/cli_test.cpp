// The command as users run it: outputs, exit codes, messages, and what is
// left on disk when things go wrong.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "core/conservation.hpp"
#include "support/support.hpp"

namespace verbatim {
namespace {

using testing::readText;
using testing::runVerbatim;
using testing::sourceDir;
using testing::TempDir;
using testing::writeText;

const std::string kFixture = (sourceDir() / "fixtures/zh/S_PV.9381.txt").string();
const std::string kGolden = (sourceDir() / "fixtures/zh/expected/S_PV.9381.zh.akn.xml").string();
const std::vector<std::string> kMeta = {"--symbol",   "S/PV.9381", "--date",
                                        "2023-07-18", "--lang",    "zh"};

std::vector<std::string> concat(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

TEST(Cli, TheMainJobWritesTheGoldenRecord) {
  TempDir out;
  auto run = runVerbatim(
      {"convert", kFixture, "-o", out.path().string(), "--report", (out / "report.json").string()});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  EXPECT_TRUE(run.out.empty()) << "nothing on standard output unless an output goes there";
  EXPECT_EQ(out.list(), (std::vector<std::string>{"S_PV.9381.zh.akn.xml", "report.json"}));
  EXPECT_EQ(readText(out / "S_PV.9381.zh.akn.xml"), readText(kGolden));
}

TEST(Cli, EveryInputCharacterIsInTheAknOrInTheReport) {
  TempDir out;
  auto run = runVerbatim(
      {"convert", kFixture, "-o", out.path().string(), "--report", (out / "report.json").string()});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  pugi::xml_document akn;
  ASSERT_TRUE(akn.load_file((out / "S_PV.9381.zh.akn.xml").c_str()));
  std::string kept;
  for (auto node : akn.select_nodes("//debateBody//text()")) kept += node.node().value();
  auto report = nlohmann::json::parse(readText(out / "report.json"));
  const auto& document = report["documents"][0];
  EXPECT_EQ(document["ok"], true);
  EXPECT_EQ(document["counts"]["turns"], 25);
  std::string removed, inserted;
  for (const auto& change : document["changes"]) {
    if (change["action"] == "removed") removed += change.value("text", "");
    if (change["action"] == "inserted") inserted += change.value("text", "");
  }
  auto conservation = checkConservation(readText(kFixture), kept, removed, inserted);
  EXPECT_TRUE(conservation.ok()) << conservation.summary();
  // Every change names its source lines.
  for (const auto& change : document["changes"]) {
    ASSERT_TRUE(change["lines"].is_array());
    EXPECT_GE(change["lines"][0].get<int>(), 1);
    EXPECT_GE(change["lines"][1].get<int>(), change["lines"][0].get<int>());
  }
}

TEST(Cli, FlagsWinOverTheSidecarAndADateIsNeverGuessed) {
  TempDir dir;
  writeText(dir / "record.txt", readText(kFixture));  // no sidecar beside it
  auto run = runVerbatim({"convert", (dir / "record.txt").string(), "--symbol", "S/PV.9381",
                          "--lang", "zh", "-o", (dir / "out").string()});
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_NE(run.err.find("record.txt"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("--date"), std::string::npos) << run.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "out" / "S_PV.9381.zh.akn.xml"));
  auto dated = runVerbatim(
      concat({"convert", (dir / "record.txt").string(), "-o", (dir / "out").string()}, kMeta));
  EXPECT_EQ(dated.exitCode, 0) << dated.err;
}

struct BadInput {
  const char* name;
  std::string bytes;
  const char* message;
};

TEST(Cli, BadInputIsRefusedClearlyAndWritesNothing) {
  std::string invalidUtf8 = readText(kFixture);
  const std::size_t badAt = invalidUtf8.find('\n', 1000) + 1;
  invalidUtf8.insert(badAt, "\xFF\xFE\xFD");
  const std::string badOffset = "byte offset " + std::to_string(badAt);
  const BadInput cases[] = {
      {"empty.txt", "", "empty"},
      {"blank.txt", " \n\n\t \n", "no text"},
      {"record.pdf", "%PDF-1.5\n%\xE2\xE3\xCF\xD3\n1 0 obj\n", "extract the text first"},
      {"binary.bin",
       std::string("\x7F"
                   "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                   16),
       "binary"},
      {"broken.txt", invalidUtf8, badOffset.c_str()},
  };
  for (const auto& c : cases) {
    TempDir dir;
    writeText(dir / c.name, c.bytes);
    auto run = runVerbatim(
        concat({"convert", (dir / c.name).string(), "-o", (dir / "out").string()}, kMeta));
    EXPECT_EQ(run.exitCode, 1) << c.name << ": " << run.err;
    EXPECT_NE(run.err.find(c.name), std::string::npos) << c.name << ": " << run.err;
    EXPECT_NE(run.err.find(c.message), std::string::npos) << c.name << ": " << run.err;
    EXPECT_FALSE(std::filesystem::exists(dir / "out" / "S_PV.9381.zh.akn.xml")) << c.name;
  }
}

TEST(Cli, AFailedRunLeavesAGoodOutputUntouched) {
  TempDir out;
  ASSERT_EQ(runVerbatim(concat({"convert", kFixture, "-o", out.path().string()}, kMeta)).exitCode,
            0);
  const std::string good = readText(out / "S_PV.9381.zh.akn.xml");
  TempDir in;
  writeText(in / "bad.txt", "\xC3\x28 not text");
  auto run =
      runVerbatim(concat({"convert", (in / "bad.txt").string(), "-o", out.path().string()}, kMeta));
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_EQ(readText(out / "S_PV.9381.zh.akn.xml"), good);
  EXPECT_EQ(out.list(), std::vector<std::string>{"S_PV.9381.zh.akn.xml"})
      << "no temporary file left";
}

// A hand-corrected AKN converted into its own directory would be replaced by
// the record written again: refused, the file untouched.
TEST(Cli, AnOutputThatIsTheInputItselfIsRefused) {
  TempDir dir;
  writeText(dir / "S_PV.9381.zh.akn.xml", readText(kGolden));
  auto run = runVerbatim({"convert", (dir / "S_PV.9381.zh.akn.xml").string(), "-o",
                          dir.path().string(), "--to", "akn,epub"});
  EXPECT_EQ(run.exitCode, 2);
  EXPECT_NE(run.err.find("is the input itself"), std::string::npos) << run.err;
  EXPECT_EQ(readText(dir / "S_PV.9381.zh.akn.xml"), readText(kGolden));
  EXPECT_EQ(dir.list(), std::vector<std::string>{"S_PV.9381.zh.akn.xml"});
}

// Converted into its own directory a second time, a tree holds the AKN the
// first run wrote, corrected by hand since: the text's output would replace
// that input of the same run (round AW lost the correction). Both refused.
TEST(Cli, NoOutputReplacesAnInputOfTheRun) {
  TempDir dir;
  std::string corrected = readText(kGolden);
  const std::string word = "秘书长";
  ASSERT_NE(corrected.find(word), std::string::npos);
  corrected.replace(corrected.find(word), word.size(), "副秘书长");
  writeText(dir / "S_PV.9381.zh.akn.xml", corrected);
  writeText(dir / "zh.txt", readText(kFixture));
  auto run =
      runVerbatim(concat({"convert", dir.path().string(), "-o", dir.path().string()}, kMeta));
  EXPECT_EQ(run.exitCode, 2);
  EXPECT_NE(run.err.find("is an input of this run"), std::string::npos) << run.err;
  EXPECT_EQ(readText(dir / "S_PV.9381.zh.akn.xml"), corrected);
}

TEST(Cli, TwoInputsOfOneRunNeverReplaceEachOthersOutput) {
  TempDir in, out;
  // The same record under another name, with one word changed: it names the same output.
  std::string other = readText(kFixture);
  const std::string word = "秘书长";
  ASSERT_NE(other.find(word), std::string::npos);
  other.replace(other.find(word), word.size(), "副秘书长");
  writeText(in / "copy.txt", other);
  auto run = runVerbatim(
      concat({"convert", kFixture, (in / "copy.txt").string(), "-o", out.path().string()}, kMeta));
  EXPECT_EQ(run.exitCode, 2);
  EXPECT_NE(run.err.find("copy.txt"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("also the output of"), std::string::npos) << run.err;
  EXPECT_EQ(readText(out / "S_PV.9381.zh.akn.xml"), readText(kGolden)) << "the first is kept";
}

TEST(Cli, UsageErrorsExitWithTwo) {
  EXPECT_EQ(runVerbatim({}).exitCode, 2);
  EXPECT_EQ(runVerbatim({"convert"}).exitCode, 2);
  EXPECT_EQ(runVerbatim({"convert", kFixture, "--bogus"}).exitCode, 2);
  EXPECT_EQ(runVerbatim({"frobnicate"}).exitCode, 2);
  auto badLanguage = runVerbatim({"convert", kFixture, "--lang", "x1", "-o", "/nonexistent/never"});
  EXPECT_EQ(badLanguage.exitCode, 2);
  EXPECT_NE(badLanguage.err.find("'x1' is not a language"), std::string::npos) << badLanguage.err;
  auto noCharset =
      runVerbatim({"convert", kFixture, "--encoding", "foo-99", "-o", "/nonexistent/never"});
  EXPECT_EQ(noCharset.exitCode, 2);
  EXPECT_NE(noCharset.err.find("no such charset"), std::string::npos) << noCharset.err;
  // "xx" has the form of a language code and is none (ISO 639-1 has no "xx").
  auto noLanguage = runVerbatim({"convert", kFixture, "--lang", "xx", "-o", "/nonexistent/never"});
  EXPECT_EQ(noLanguage.exitCode, 2);
  EXPECT_NE(noLanguage.err.find("'xx' is not a language"), std::string::npos) << noLanguage.err;
  auto badDate =
      runVerbatim({"convert", kFixture, "--date", "2023-02-30", "-o", "/nonexistent/never"});
  EXPECT_EQ(badDate.exitCode, 2);
  EXPECT_EQ(runVerbatim({"--help"}).exitCode, 0);
  auto version = runVerbatim({"--version"});
  EXPECT_EQ(version.exitCode, 0);
  EXPECT_EQ(version.out.rfind("verbatim ", 0), 0u);
}

TEST(Cli, AnUnwritableOutputDirectoryIsAnIoError) {
  if (geteuid() == 0)
    GTEST_SKIP() << "root writes into read-only directories; run as a user to check this";
  TempDir out;
  chmod(out.path().c_str(), 0555);
  auto run = runVerbatim(concat({"convert", kFixture, "-o", out.path().string()}, kMeta));
  EXPECT_EQ(run.exitCode, 4) << run.err;
  EXPECT_TRUE(out.list().empty());
}

TEST(Cli, AnOutputPathThatIsADirectoryIsAnIoError) {
  TempDir out;
  std::filesystem::create_directory(out / "S_PV.9381.zh.akn.xml");
  auto run = runVerbatim(concat({"convert", kFixture, "-o", out.path().string()}, kMeta));
  EXPECT_EQ(run.exitCode, 4) << run.err;
  EXPECT_EQ(out.list(), std::vector<std::string>{"S_PV.9381.zh.akn.xml"})
      << "no temporary file left";
}

TEST(Cli, StandardInputAndOutput) {
  auto run = runVerbatim(concat({"convert", "-", "-o", "-", "--first-page", "2"}, kMeta),
                         readText(kFixture));
  ASSERT_EQ(run.exitCode, 0) << run.err;
  EXPECT_EQ(run.out, readText(kGolden));
}

TEST(Cli, HostileSymbolsNeverEscapeTheOutputDirectory) {
  TempDir dir;
  const std::vector<std::string> symbols = {"../../escape/S/PV.1", "/etc/passwd",
                                            std::string(5000, 'A') + "/PV.1", ".."};
  for (const auto& symbol : symbols) {
    auto run = runVerbatim({"convert", kFixture, "--symbol", symbol, "--date", "2023-07-18",
                            "--lang", "zh", "--body", "SC", "-o", (dir / "out").string()});
    if (run.exitCode != 0) continue;
    for (auto& entry : std::filesystem::recursive_directory_iterator(dir.path())) {
      if (entry.path() == dir / "out") continue;
      EXPECT_EQ(entry.path().parent_path(), dir / "out") << entry.path();
    }
  }
  EXPECT_FALSE(std::filesystem::exists(dir.path().parent_path() / "escape"));
}

TEST(Cli, SourceDateEpochDatesTheMarkup) {
  auto run = runVerbatim(concat({"convert", kFixture, "-o", "-"}, kMeta), {}, {},
                         {"SOURCE_DATE_EPOCH=1767225600"});
  ASSERT_EQ(run.exitCode, 0);
  EXPECT_NE(run.out.find(R"(<FRBRdate date="2026-01-01" name="markup"/>)"), std::string::npos);
}

TEST(Cli, AnAknFileConvertsToItself) {
  TempDir out;
  auto run = runVerbatim({"convert", kGolden, "-o", out.path().string()});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  EXPECT_EQ(readText(out / "S_PV.9381.zh.akn.xml"), readText(kGolden));
}

TEST(Cli, ValidateAcceptsTheGoldenFileAndRefusesBrokenOnes) {
  auto good = runVerbatim({"validate", kGolden});
  EXPECT_EQ(good.exitCode, 0) << good.out << good.err;
  TempDir dir;
  std::string broken = readText(kGolden);
  broken.replace(broken.find(R"(by="#克拉克")"), std::string(R"(by="#克拉克")").size(),
                 R"(by="#nobody")");
  writeText(dir / "broken.akn.xml", broken);
  auto bad = runVerbatim({"validate", (dir / "broken.akn.xml").string()});
  EXPECT_EQ(bad.exitCode, 3);
  EXPECT_NE(bad.out.find("broken.akn.xml:"), std::string::npos) << bad.out;
  EXPECT_NE(bad.out.find("speech/@by must name a TLCPerson"), std::string::npos) << bad.out;
}

// A valid file that says a thing twice and differently (a page end
// renumbered by hand) is valid with a warning at its line; --strict fails it.
TEST(Cli, ValidateWarnsOfWhatAnEditedFileSaysTwiceAndStrictFailsIt) {
  const std::string golden = readText(kGolden);
  const std::string eop = R"(<eop number="3"/>)";
  ASSERT_NE(golden.find(eop), std::string::npos);
  std::string edited = golden;
  edited.replace(edited.find(eop), eop.size(), R"(<eop number="30"/>)");
  TempDir dir;
  writeText(dir / "edited.akn.xml", edited);
  const std::string file = (dir / "edited.akn.xml").string();
  auto lenient = runVerbatim({"validate", file});
  EXPECT_EQ(lenient.exitCode, 0) << lenient.out << lenient.err;
  EXPECT_NE(lenient.out.find(": warning: page 30 ends after page 2"), std::string::npos)
      << lenient.out;
  EXPECT_NE(lenient.out.find(file + ": valid"), std::string::npos) << lenient.out;
  auto strict = runVerbatim({"validate", file, "--strict"});
  EXPECT_EQ(strict.exitCode, 3) << strict.out;
  EXPECT_NE(strict.out.find("not valid"), std::string::npos) << strict.out;
  EXPECT_EQ(runVerbatim({"validate", kGolden, "--strict"}).exitCode, 0);
}

// The failing variants of the official example, with the messages xmllint gives.
TEST(Cli, ValidateWithTheOfficialSchemaGivesTheExpectedMessages) {
  REQUIRE_SHARED();
  const auto akn = testing::sharedDir() / "schemas/akn";
  const std::string expected = readText(akn / "invalid/EXPECTED-ERRORS.txt");
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(akn / "invalid")) {
    if (entry.path().extension() != ".xml") continue;
    auto run = runVerbatim(
        {"validate", "--schema", (akn / "akomantoso30.xsd").string(), entry.path().string()});
    EXPECT_EQ(run.exitCode, 3) << entry.path();
    // Each expected line: "FILE:LINE: element X: Schemas validity error : MESSAGE".
    const std::string name = "invalid/" + entry.path().filename().string();
    std::istringstream lines(expected);
    int matched = 0;
    for (std::string line; std::getline(lines, line);) {
      auto at = line.find(name + ":");
      auto message = line.find("Schemas validity error : ");
      if (at == std::string::npos || message == std::string::npos) continue;
      const std::string lineNumber = line.substr(
          at + name.size() + 1, line.find(':', at + name.size() + 1) - at - name.size() - 1);
      const std::string text = line.substr(message + 25);
      // xmllint shortens nothing; EXPECTED-ERRORS.txt writes the namespace as "akn:".
      std::string withNamespace = text;
      for (std::size_t p = withNamespace.find("akn:"); p != std::string::npos;
           p = withNamespace.find("akn:", p))
        withNamespace.replace(p, 4, "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"), p += 10;
      EXPECT_NE(run.out.find(":" + lineNumber + ": "), std::string::npos)
          << name << " line " << lineNumber;
      EXPECT_NE(run.out.find(withNamespace), std::string::npos)
          << name << "\nwant: " << withNamespace << "\ngot:\n"
          << run.out;
      ++matched;
    }
    EXPECT_GT(matched, 0) << name;
    ++checked;
  }
  EXPECT_EQ(checked, 4);
}

}  // namespace
}  // namespace verbatim
