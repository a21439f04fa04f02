// Conformance with the checkers publishers use: every edition of every
// fixture passes epubcheck with --failonwarnings (0 fatals, errors, warnings)
// and DAISY Ace (no violations). One test per book: epubcheck 4.2's command
// line checks one book per JVM, so batching saves nothing. The checkers are
// installed by `make deps`; these tests fail, saying so, when they are
// missing: CI must run them.
#include <gtest/gtest.h>

#include "epub/container.hpp"
#include "epub_test_support.hpp"
#include "support/support.hpp"

namespace verbatim {
namespace {

using namespace testing::epub;
using testing::runVerbatim;
using testing::sharedDir;
using testing::sourceDir;
using testing::TempDir;

// A test's parameter: a record, by a name fit for a test name.
std::string testName(const std::string& file) {
  std::string name;
  for (char c : file) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

// Converts `input` to an EPUB in `out`; the path of the book, or empty with the reason.
std::filesystem::path convert(const std::filesystem::path& input, const TempDir& out,
                              std::string& why) {
  auto run =
      runVerbatim({"convert", input.string(), "--to", "epub", "-q", "-o", out.path().string()}, {},
                  {}, {"SOURCE_DATE_EPOCH="});
  if (run.exitCode != 0) {
    why = run.err;
    return {};
  }
  for (const auto& name : out.list())
    if (name.ends_with(".epub")) return out / name;
  why = "no .epub written";
  return {};
}

void requireEpubcheck() {
  ASSERT_TRUE(std::filesystem::exists(kEpubcheckJar))
      << kEpubcheckJar << " is missing: run `make deps` (Debian package epubcheck)";
}

void requireAce() {
  ASSERT_TRUE(isExecutable(aceCli())) << aceCli() << " is missing: run `make deps` (npm ci in "
                                      << "tests/epub/tools)";
  ASSERT_TRUE(isExecutable(kChromium)) << kChromium << " is missing: run `make deps`";
}

void expectEpubcheckPasses(const std::filesystem::path& book, const std::string& name) {
  auto run = runEpubcheck(book);
  EXPECT_FALSE(run.timedOut) << name;
  EXPECT_EQ(run.exitCode, 0) << name << ":\n" << run.output;
  EXPECT_NE(run.output.find("Messages: 0 fatals / 0 errors / 0 warnings"), std::string::npos)
      << name << ":\n"
      << run.output;
}

void expectAcePasses(const std::filesystem::path& book, const std::string& name) {
  TempDir report;
  auto run = runAce(book, report.path() / "ace");
  EXPECT_FALSE(run.timedOut) << name;
  EXPECT_EQ(run.exitCode, 0) << name << " (exit 2: violations; see the report):\n" << run.output;
  const auto json = report.path() / "ace/report.json";
  ASSERT_TRUE(std::filesystem::exists(json)) << name << ":\n" << run.output;
  const std::string text = testing::readText(json);
  EXPECT_NE(text.find("\"earl:outcome\": \"pass\""), std::string::npos) << name;
  EXPECT_EQ(text.find("\"earl:outcome\": \"fail\""), std::string::npos)
      << name << ": Ace reports violations:\n"
      << text.substr(0, 4000);
}

// Every fixture: the raw records in fixtures/<language>/ (converted from
// their text, AKN on the way, as `make run` does) and the synthetic AKN
// records in tests/epub/data. A raw fixture stage 1 cannot read yet (one
// being written) is skipped with the command's message: stage 1's own tests
// report it.
std::vector<std::string> fixtureRecords() {
  std::vector<std::string> paths;
  std::error_code error;
  for (const auto& language : std::filesystem::directory_iterator(sourceDir() / "fixtures", error))
    for (const auto& file : std::filesystem::directory_iterator(language.path(), error))
      if (file.path().extension() == ".txt")
        paths.push_back(std::filesystem::relative(file.path(), sourceDir()).string());
  for (const auto& file :
       std::filesystem::directory_iterator(sourceDir() / "tests/epub/data", error))
    if (file.path().string().ends_with(".akn.xml"))
      paths.push_back(std::filesystem::relative(file.path(), sourceDir()).string());
  std::sort(paths.begin(), paths.end());
  return paths;
}

class EpubFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(EpubFixture, MakesAnEditionThatEpubcheckAndAcePass) {
  TempDir out;
  std::string why;
  const auto book = convert(sourceDir() / GetParam(), out, why);
  if (book.empty())
    GTEST_SKIP() << GetParam() << ": `verbatim convert` cannot read it yet: " << why;
  requireEpubcheck();
  requireAce();
  expectEpubcheckPasses(book, GetParam());
  expectAcePasses(book, GetParam());
}

INSTANTIATE_TEST_SUITE_P(Records, EpubFixture, ::testing::ValuesIn(fixtureRecords()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return testName(info.param);
                         });

TEST(EpubFixtures, TheChineseRecordAndTheSyntheticArabicAndEnglishOnesAreAmongThem) {
  const auto records = fixtureRecords();
  for (const char* expected : {"fixtures/zh/S_PV.9381.txt", "tests/epub/data/S_PV.99901.ar.akn.xml",
                               "tests/epub/data/A_99_PV.901.en.akn.xml"})
    EXPECT_NE(std::find(records.begin(), records.end(), expected), records.end()) << expected;
}

// The project's grammars, read by a second RELAX NG implementation: jing
// (James Clark's, strict about the specification where libxml2 is lenient,
// e.g. in XML Schema regular expressions and ID/IDREF compatibility) must
// compile them and find the editions valid too.
TEST(EpubConformance, JingAgreesWithTheInProcessGrammars) {
  ASSERT_NE(runTool({"jing"}).exitCode, 127) << "jing is missing: run `make deps`";
  for (const auto& input : {sourceDir() / "fixtures/zh/S_PV.9381.txt", arabicAkn(), englishAkn()}) {
    TempDir out;
    std::string why;
    const auto book = convert(input, out, why);
    ASSERT_FALSE(book.empty()) << why;
    unpackTo(testing::readText(book), out / "book");
    const auto epub = out / "book/EPUB";
    std::vector<std::string> content = {"jing",
                                        (sourceDir() / "schemas/epub-content.rng").string()};
    for (const auto& entry : std::filesystem::directory_iterator(epub))
      if (entry.path().extension() == ".xhtml" && entry.path().filename() != "nav.xhtml")
        content.push_back(entry.path().string());
    for (const auto& command :
         {std::vector<std::string>{"jing", (sourceDir() / "schemas/epub-package.rng").string(),
                                   (epub / "package.opf").string()},
          std::vector<std::string>{"jing", (sourceDir() / "schemas/epub-nav.rng").string(),
                                   (epub / "nav.xhtml").string()},
          content}) {
      auto run = runTool(command);
      EXPECT_EQ(run.exitCode, 0) << input << ": " << command[1] << ":\n" << run.output;
    }
  }
}

// The harness itself: a broken book must fail both checkers, or the tests
// above would prove nothing.
TEST(EpubConformance, TheCheckersCatchABrokenBook) {
  requireEpubcheck();
  requireAce();
  TempDir out;
  std::string why;
  const auto book = convert(arabicAkn(), out, why);
  ASSERT_FALSE(book.empty()) << why;
  const auto files = unpack(testing::readText(book));
  // Repacks the book, its package document changed by `edit`, its mimetype
  // stored or not.
  auto repack = [&](const std::string& name, bool mimetypeStored, auto edit) {
    auto changed = files;
    edit(changed.at("EPUB/package.opf"));
    std::vector<verbatim::epub::ContainerEntry> entries = {
        {"mimetype", changed.at("mimetype"), mimetypeStored}};
    for (const auto& [file, bytes] : changed)
      if (file != "mimetype") entries.push_back({file, bytes, false});
    auto packed = verbatim::epub::packContainer(
        entries, verbatim::epub::dosTime(*verbatim::epub::startOfDay("2099-03-02")));
    EXPECT_TRUE(packed.ok());
    testing::writeText(out / name, packed ? packed.value() : std::string());
    return out / name;
  };

  // The mimetype compressed: epubcheck PKG-007.
  auto epubcheck = runEpubcheck(repack("compressed-mimetype.epub", false, [](std::string&) {}));
  EXPECT_NE(epubcheck.exitCode, 0) << epubcheck.output;
  EXPECT_NE(epubcheck.output.find("PKG-007"), std::string::npos) << epubcheck.output;

  // No language on the package and no accessibility metadata: Ace fails it.
  const auto unlabelled = repack("no-accessibility-metadata.epub", true, [](std::string& opf) {
    const std::string language = " xml:lang=\"ar\"";
    opf.erase(opf.find(language), language.size());
    for (auto at = opf.find("<meta property=\"schema:"); at != std::string::npos;
         at = opf.find("<meta property=\"schema:"))
      opf.erase(at, opf.find("</meta>", at) + 7 - at);
  });
  TempDir report;
  auto ace = runAce(unlabelled, report.path() / "ace");
  EXPECT_EQ(ace.exitCode, 2) << ace.output;
  const auto json = report.path() / "ace/report.json";
  ASSERT_TRUE(std::filesystem::exists(json)) << ace.output;
  EXPECT_NE(testing::readText(json).find("\"earl:outcome\": \"fail\""), std::string::npos);
}

// The English records in ../shared/corpus/en, one test each: converted as a
// user would (no flags), then checked. A record stage 1 cannot read yet (its
// pdftotext dialect or metadata) is skipped with the command's own message.
std::vector<std::string> englishCorpus() {
  std::vector<std::string> names;
  const auto shared = sharedDir();
  std::error_code error;
  if (shared.empty()) return {"none"};
  for (const auto& entry : std::filesystem::directory_iterator(shared / "corpus/en", error))
    if (entry.path().extension() == ".txt") names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  if (names.empty()) names.push_back("none");
  return names;
}

class EpubEnglishCorpus : public ::testing::TestWithParam<std::string> {};

TEST_P(EpubEnglishCorpus, MakesAnEditionThatEpubcheckAndAcePassWhenStageOneReadsIt) {
  REQUIRE_SHARED();
  if (GetParam() == "none") GTEST_SKIP() << "../shared/corpus/en holds no .txt records";
  TempDir out;
  std::string why;
  const auto book = convert(sharedDir() / "corpus/en" / GetParam(), out, why);
  if (book.empty())
    GTEST_SKIP() << GetParam() << ": `verbatim convert` cannot read it yet, so there is no "
                 << "edition to check: " << why;
  requireEpubcheck();
  requireAce();
  expectEpubcheckPasses(book, GetParam());
  expectAcePasses(book, GetParam());
}

INSTANTIATE_TEST_SUITE_P(Records, EpubEnglishCorpus, ::testing::ValuesIn(englishCorpus()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return testName(info.param);
                         });

}  // namespace
}  // namespace verbatim
