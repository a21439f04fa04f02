// libFuzzer harness for stage 1: raw bytes → Meeting, with each language
// profile (the first byte picks it). Stops on what oracles.hpp says is a bug.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "oracles.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto failed = verbatim::fuzz::checkStage1({reinterpret_cast<const char*>(data), size});
  if (failed.empty()) return 0;
  std::fprintf(stderr, "%s\n", failed.c_str());
  std::abort();
}
