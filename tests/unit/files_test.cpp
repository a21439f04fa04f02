// Writing outputs: every way a file is written (written at once, staged and
// committed later) survives the first write into a directory, where the
// same process clears the temporary files that killed runs left.
#include "core/files.hpp"

#include <gtest/gtest.h>

#include <latch>
#include <string>
#include <thread>
#include <vector>

#include "core/staged_file.hpp"
#include "support/support.hpp"

namespace verbatim {
namespace {

using testing::TempDir;

// Each round writes into a fresh directory from several threads at once: one
// of them clears the directory while the others create their temporary files,
// and none may take another's live temporary file for a stale one.
TEST(Files, WritersStartingTogetherInAFreshDirectoryAllSucceed) {
  TempDir dir;
  constexpr int kRounds = 150, kWriters = 16;
  for (int round = 0; round < kRounds; ++round) {
    const auto directory = dir / ("round-" + std::to_string(round));
    std::filesystem::create_directory(directory);
    std::vector<std::string> failures(kWriters);
    std::latch start(kWriters);
    std::vector<std::jthread> writers;
    for (int w = 0; w < kWriters; ++w)
      writers.emplace_back([&, w] {
        const std::string target = (directory / ("out-" + std::to_string(w))).string();
        start.arrive_and_wait();
        if (w % 2 == 0) {
          if (auto written = writeFileAtomically(target, "written at once"); !written)
            failures[w] = written.error().message;
          return;
        }
        auto staged = StagedFile::write(target, "staged, then committed");
        if (!staged) {
          failures[w] = staged.error().message;
          return;
        }
        if (auto committed = staged.value().commit(); !committed)
          failures[w] = committed.error().message;
      });
    writers.clear();  // joins
    for (int w = 0; w < kWriters; ++w)
      ASSERT_EQ(failures[w], "") << "round " << round << ", writer " << w;
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(directory))
      names.push_back(entry.path().filename().string());
    ASSERT_EQ(names.size(), static_cast<std::size_t>(kWriters)) << "round " << round;
  }
}

}  // namespace
}  // namespace verbatim
