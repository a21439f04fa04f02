// Raw records all the way to TEI with the command: the synthetic fixtures of
// every language (fixtures/*/*.txt) and the English records of
// ../shared/corpus/en. Stage 1 for some of them is being built while the TEI
// stage exists: a record stage 1 cannot convert to AKN yet is skipped, saying
// why; every record that has an AKN must give valid TEI that drops nothing.
#include <gtest/gtest.h>

#include "support/support.hpp"
#include "tei_test_support.hpp"

namespace verbatim {
namespace {

using tei_testing::officialSchema;
using tei_testing::problemsAgainst;

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

// raw text → AKN → TEI, each step with the command.
void convertAndCheck(const std::filesystem::path& input) {
  testing::TempDir out;
  auto akn = testing::runVerbatim(
      {"convert", input.string(), "--to", "akn", "-q", "-o", out.path().string()});
  if (akn.exitCode != 0)
    GTEST_SKIP() << "stage 1 cannot convert " << input.filename() << " to AKN yet (exit "
                 << akn.exitCode << "): " << firstLine(akn.err);
  const auto names = out.list();
  ASSERT_EQ(names.size(), 1u);
  const auto aknPath = out / names.front();
  auto tei = testing::runVerbatim(
      {"convert", aknPath.string(), "--to", "tei", "-q", "-o", out.path().string()});
  ASSERT_EQ(tei.exitCode, 0) << tei.err;
  const std::string stem =
      names.front().substr(0, names.front().size() - std::string(".akn.xml").size());
  const TeiEdition edition{testing::readText(out / (stem + ".tei.xml")),
                           testing::readText(out / (stem + ".teiCorpus.xml"))};
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
  const Meeting meeting = tei_testing::readAknFile(aknPath);
  EXPECT_EQ(tei_testing::droppedContent(meeting, edition), std::vector<std::string>{});
}

std::vector<std::filesystem::path> filesIn(const std::filesystem::path& directory,
                                           std::string_view suffix) {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(directory, error))
    // expected/ holds what a person read the record as, not inputs.
    if (entry.is_regular_file() && entry.path().string().ends_with(suffix) &&
        entry.path().parent_path().filename() != "expected")
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string testName(const std::filesystem::path& path) {
  std::string name = path.parent_path().filename().string() + "_" + path.filename().string();
  for (auto& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

class TeiFromRawFixtures : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(TeiFromRawFixtures, RawTextToValidTei) {
  REQUIRE_SHARED();
  convertAndCheck(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Fixtures, TeiFromRawFixtures,
                         ::testing::ValuesIn(filesIn(testing::sourceDir() / "fixtures", ".txt")),
                         [](const auto& info) { return testName(info.param); });

// The ten English records (pdftotext output, both modes where present).
class TeiFromEnglishCorpus : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(TeiFromEnglishCorpus, EnglishRecordToValidTeiWhenStageOneCanReadIt) {
  REQUIRE_SHARED();
  convertAndCheck(GetParam());
}

INSTANTIATE_TEST_SUITE_P(SharedCorpus, TeiFromEnglishCorpus,
                         ::testing::ValuesIn(testing::sharedDir().empty()
                                                 ? std::vector<std::filesystem::path>{}
                                                 : filesIn(testing::sharedDir() / "corpus/en",
                                                           ".txt")),
                         [](const auto& info) { return testName(info.param); });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(TeiFromEnglishCorpus);

}  // namespace
}  // namespace verbatim
