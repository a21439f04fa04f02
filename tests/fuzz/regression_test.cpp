// Every input a fuzz harness failed on, replayed through the same checks:
// regressions/stage1/* (raw bytes, first byte the profile) and
// regressions/akn/* (XML). A finding is fixed when its file passes here.
#include <gtest/gtest.h>

#include <filesystem>

#include "oracles.hpp"
#include "support/support.hpp"

namespace verbatim::fuzz {
namespace {

const std::filesystem::path kRegressions = VERBATIM_FUZZ_REGRESSIONS;

void replay(const std::string& harness, std::string (*check)(std::string_view)) {
  if (!std::filesystem::is_directory(kRegressions / harness) ||
      std::filesystem::is_empty(kRegressions / harness))
    GTEST_SKIP() << "no finding of fuzz_" << harness << " to replay";
  int replayed = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kRegressions / harness)) {
    SCOPED_TRACE(entry.path().filename().string());
    EXPECT_EQ(check(testing::readText(entry.path())), "");
    ++replayed;
  }
  EXPECT_GT(replayed, 0);
}

TEST(FuzzRegressions, Stage1) { replay("stage1", checkStage1); }
TEST(FuzzRegressions, Akn) { replay("akn", checkAkn); }

}  // namespace
}  // namespace verbatim::fuzz
