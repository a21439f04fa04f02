// `verbatim convert --to tei` as users run it: the two files, their names,
// exit codes, --tei-schema, and nothing left on disk when a check fails.
#include <gtest/gtest.h>

#include "support/support.hpp"
#include "tei_test_support.hpp"

namespace verbatim {
namespace {

using testing::readText;
using testing::runVerbatim;
using testing::sourceDir;
using testing::TempDir;
using testing::writeText;

const std::string kFixture = (sourceDir() / "fixtures/zh/S_PV.9381.txt").string();
const std::string kGolden = (sourceDir() / "fixtures/zh/expected/S_PV.9381.zh.akn.xml").string();

TEST(TeiCli, RawTextToAknAndTei) {
  TempDir out;
  auto run = runVerbatim({"convert", kFixture, "--to", "akn,tei", "-o", out.path().string()});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  EXPECT_EQ(out.list(), (std::vector<std::string>{"S_PV.9381.zh.akn.xml", "S_PV.9381.zh.tei.xml",
                                                  "S_PV.9381.zh.teiCorpus.xml"}));
  // Rendered from the validated AKN: the same as rendering the golden file.
  const TeiEdition expected = tei_testing::render(tei_testing::readAknFile(kGolden));
  EXPECT_EQ(readText(out / "S_PV.9381.zh.tei.xml"), expected.record);
  EXPECT_EQ(readText(out / "S_PV.9381.zh.teiCorpus.xml"), expected.corpus);
}

TEST(TeiCli, AnAknFileToTeiOnly) {
  TempDir out;
  auto run = runVerbatim({"convert", kGolden, "--to", "tei", "-o", out.path().string()});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  EXPECT_EQ(out.list(),
            (std::vector<std::string>{"S_PV.9381.zh.tei.xml", "S_PV.9381.zh.teiCorpus.xml"}));
  EXPECT_NE(run.err.find("S_PV.9381.zh.teiCorpus.xml"), std::string::npos);
}

TEST(TeiCli, SourceDateEpochDatesThePublication) {
  TempDir out;
  auto run = runVerbatim({"convert", kGolden, "--to", "tei", "-o", out.path().string()}, {}, {},
                         {"SOURCE_DATE_EPOCH=4102444800"});  // 2100-01-01
  ASSERT_EQ(run.exitCode, 0) << run.err;
  auto record = tei_testing::parse(readText(out / "S_PV.9381.zh.tei.xml"));
  EXPECT_STREQ(record.select_node("//publicationStmt/date").node().attribute("when").value(),
               "2100-01-01");
}

TEST(TeiCli, TheHelpSaysHow) {
  auto run = runVerbatim({"--help"});
  ASSERT_EQ(run.exitCode, 0);
  EXPECT_NE(run.out.find("--tei-schema FILE"), std::string::npos);
  EXPECT_NE(run.out.find("teiCorpus.xml"), std::string::npos);
  EXPECT_EQ(run.out.find("tei is\n                         planned"), std::string::npos);
}

TEST(TeiCli, TeiSchemaWithoutTeiIsAUsageError) {
  TempDir out;
  auto run = runVerbatim({"convert", kGolden, "--tei-schema", "x.rng", "-o", out.path().string()});
  EXPECT_EQ(run.exitCode, 2);
  EXPECT_NE(run.err.find("--tei-schema applies to --to tei"), std::string::npos);
  EXPECT_TRUE(out.list().empty());
}

TEST(TeiCli, ASchemaThatDoesNotCompileWritesNothing) {
  TempDir out;
  writeText(out / "broken.rng", "<grammar xmlns='http://relaxng.org/ns/structure/1.0'>");
  const std::string target = (out / "target").string();
  auto run = runVerbatim({"convert", kGolden, "--to", "akn,tei", "--tei-schema",
                          (out / "broken.rng").string(), "-o", target});
  EXPECT_EQ(run.exitCode, 2) << run.err;
  EXPECT_FALSE(std::filesystem::exists(target + "/S_PV.9381.zh.akn.xml"));
}

TEST(TeiCli, ASchemaThatRejectsTheRecordWritesNothing) {
  TempDir out;
  writeText(out / "other.rng",
            "<element name='other' xmlns='http://relaxng.org/ns/structure/1.0'><empty/></element>");
  const std::string target = (out / "target").string();
  auto run = runVerbatim({"convert", kGolden, "--to", "akn,tei", "--tei-schema",
                          (out / "other.rng").string(), "-o", target});
  EXPECT_EQ(run.exitCode, 3) << run.err;
  EXPECT_NE(run.err.find("did not pass the schema"), std::string::npos) << run.err;
  EXPECT_FALSE(std::filesystem::exists(target + "/S_PV.9381.zh.akn.xml"));
  EXPECT_FALSE(std::filesystem::exists(target + "/S_PV.9381.zh.tei.xml"));
}

TEST(TeiCli, ParlaMintSchemaGivenOnTheCommandLine) {
  REQUIRE_SHARED();
  TempDir out;
  const auto schema = testing::sharedDir() / "schemas/tei/parlamint/ParlaMint-TEI.rng";
  auto run = runVerbatim({"convert", kGolden,
                          (sourceDir() / "tests/tei/data/S_PV.99917.en.akn.xml").string(), "--to",
                          "tei", "--tei-schema", schema.string(), "-o", out.path().string()});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  EXPECT_EQ(out.list().size(), 4u);
}

TEST(TeiCli, StandardOutputTakesOneFile) {
  auto run = runVerbatim({"convert", kGolden, "--to", "tei", "-o", "-"});
  EXPECT_EQ(run.exitCode, 2);
  EXPECT_TRUE(run.out.empty());
}

}  // namespace
}  // namespace verbatim
