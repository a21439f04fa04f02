// Conformance with the official schemas, read in place from ../shared: every
// TEI record verbatim writes is valid against tei_all.rng and
// ParlaMint-TEI.rng, its corpus root against ParlaMint-teiCorpus.rng and,
// once its XInclude is expanded, against tei_all.rng. This program runs as one
// test process (tests/tei/CMakeLists.txt), so that tei_all.rng (~5 s in
// libxml2) is compiled once for all of its tests; jing cross-checks.
#include <gtest/gtest.h>

#include "support/support.hpp"
#include "tei_test_support.hpp"

namespace verbatim {
namespace {

using tei_testing::officialSchema;
using tei_testing::problemsAgainst;

struct Case {
  std::string name;
  std::filesystem::path akn;  // empty: the edge meeting
};

std::vector<Case> cases() {
  std::vector<Case> out;
  for (const auto& path : tei_testing::aknFixtures())
    out.push_back({path.filename().string(), path});
  out.push_back({"edge meeting", {}});
  return out;
}

TeiEdition editionOf(const Case& c) {
  return tei_testing::render(c.akn.empty() ? tei_testing::edgeMeeting()
                                           : tei_testing::readAknFile(c.akn));
}

class TeiOfficialSchemas : public ::testing::TestWithParam<Case> {};

TEST_P(TeiOfficialSchemas, TheRecordAndItsCorpusRootAreValid) {
  REQUIRE_SHARED();
  const TeiEdition edition = editionOf(GetParam());
  EXPECT_EQ(problemsAgainst(officialSchema("tei_all.rng"), edition.record, "record"),
            std::vector<std::string>{});
  EXPECT_EQ(
      problemsAgainst(officialSchema("parlamint/ParlaMint-TEI.rng"), edition.record, "record"),
      std::vector<std::string>{});
  EXPECT_EQ(problemsAgainst(officialSchema("parlamint/ParlaMint-teiCorpus.rng"), edition.corpus,
                            "corpus root"),
            std::vector<std::string>{});
  EXPECT_EQ(problemsAgainst(officialSchema("tei_all.rng"), tei_testing::expandCorpus(edition),
                            "expanded corpus root"),
            std::vector<std::string>{});
}

INSTANTIATE_TEST_SUITE_P(Fixtures, TeiOfficialSchemas, ::testing::ValuesIn(cases()),
                         [](const auto& info) {
                           std::string name = info.param.name;
                           for (auto& c : name)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

// The official schemas do reject what they should: the test above could fail.
TEST(TeiOfficialSchemasReject, AnUtteranceWithoutAnaAndAForename) {
  REQUIRE_SHARED();
  TeiEdition edition = editionOf(cases().front());
  std::string record = edition.record;
  record.erase(record.find(" ana=\"#chair #orig.en\""),
               std::string(" ana=\"#chair #orig.en\"").size());
  EXPECT_FALSE(problemsAgainst(officialSchema("parlamint/ParlaMint-TEI.rng"), record, "r").empty());
  std::string corpus = edition.corpus;
  const std::string term = "<term>克拉克先生</term>";
  corpus.replace(corpus.find(term), term.size(), "<surname>克拉克</surname>");
  EXPECT_FALSE(
      problemsAgainst(officialSchema("parlamint/ParlaMint-teiCorpus.rng"), corpus, "c").empty());
}

TEST(TeiJing, JingAgreesOnEveryRendering) {
  REQUIRE_SHARED();
  if (!tei_testing::jingAvailable()) GTEST_SKIP() << "java or /usr/share/java/jing.jar is missing";
  testing::TempDir dir;
  std::vector<std::filesystem::path> records, roots, expanded;
  int n = 0;
  for (const auto& c : cases()) {
    const TeiEdition edition = editionOf(c);
    const std::string stem = "case" + std::to_string(++n);
    // The root XIncludes the record by its own name: keep the names.
    auto sub = dir / stem;
    std::filesystem::create_directory(sub);
    auto root = tei_testing::parse(edition.corpus);
    const std::string recordName =
        root.document_element().child("xi:include").attribute("href").value();
    testing::writeText(sub / recordName, edition.record);
    testing::writeText(sub / "corpus.xml", edition.corpus);
    testing::writeText(sub / "expanded.xml", tei_testing::expandCorpus(edition));
    records.push_back(sub / recordName);
    roots.push_back(sub / "corpus.xml");
    expanded.push_back(sub / "expanded.xml");
  }
  const auto schemas = testing::sharedDir() / "schemas/tei";
  for (const auto& [schema, files] :
       std::vector<std::pair<std::string, std::vector<std::filesystem::path>>>{
           {"tei_all.rng", records},
           {"parlamint/ParlaMint-TEI.rng", records},
           {"parlamint/ParlaMint-teiCorpus.rng", roots},
           {"tei_all.rng", expanded}}) {
    auto result = tei_testing::runJing(schemas / schema, files);
    EXPECT_EQ(result.exitCode, 0) << schema << "\n" << result.output;
  }
}

TEST(TeiCli, TeiAllGivenOnTheCommandLine) {
  REQUIRE_SHARED();
  testing::TempDir out;
  const std::string golden =
      (testing::sourceDir() / "fixtures/zh/expected/S_PV.9381.zh.akn.xml").string();
  auto run = testing::runVerbatim({"convert", golden, "--to", "tei", "--tei-schema",
                                   (testing::sharedDir() / "schemas/tei/tei_all.rng").string(),
                                   "-o", out.path().string()});
  EXPECT_EQ(run.exitCode, 0) << run.err;
  EXPECT_EQ(out.list().size(), 2u);
}

}  // namespace
}  // namespace verbatim
