// What the tests share: where things are, temporary directories, running the
// program as a user would.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace verbatim::testing {

std::filesystem::path sourceDir();
// ../shared beside the project, or empty when it is absent.
std::filesystem::path sharedDir();
std::string readText(const std::filesystem::path& path);
void writeText(const std::filesystem::path& path, const std::string& content);

// A fresh directory under the system's temporary directory, removed afterwards.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
  // The names of the files it holds, hidden ones included, sorted.
  std::vector<std::string> list() const;

 private:
  std::filesystem::path path_;
};

struct RunResult {
  int exitCode = -1;
  std::string out;
  std::string err;
};

// Runs the verbatim program with these arguments (no shell), feeding `input`
// on standard input, in `directory` when given.
RunResult runVerbatim(const std::vector<std::string>& arguments, const std::string& input = {},
                      const std::filesystem::path& directory = {},
                      const std::vector<std::string>& environment = {});

}  // namespace verbatim::testing

// Skips the current test, saying so, when ../shared is absent.
#define REQUIRE_SHARED()                                                                   \
  do {                                                                                     \
    if (::verbatim::testing::sharedDir().empty())                                          \
      GTEST_SKIP() << "../shared is absent: this test reads the shared material in place"; \
  } while (0)
