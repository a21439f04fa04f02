// Crash safety: a conversion of many inputs killed with SIGKILL at random
// moments (seeded) leaves only complete, valid outputs; the temporary file it
// was writing is hidden, and the next run into the directory removes it.
#include <gtest/gtest.h>
#include <zip.h>

#include <chrono>
#include <csignal>
#include <iostream>
#include <pugixml.hpp>
#include <random>
#include <thread>

#include "hostile/hostile.hpp"

namespace verbatim::hostile {
namespace {

using testing::writeText;

constexpr int kInputs = 16;

// Copies of the record, each with a sidecar giving it its own symbol.
std::vector<std::string> makeInputs(const std::filesystem::path& dir) {
  std::vector<std::string> inputs;
  for (int i = 0; i < kInputs; ++i) {
    const std::string name = "record" + std::to_string(i);
    writeText(dir / (name + ".txt"), fixtureText());
    writeText(dir / (name + ".meta.json"),
              R"({"symbol": "S/PV.)" + std::to_string(9400 + i) +
                  R"(", "date": "2023-07-18", "language": "zh", "first_page": 2})");
    inputs.push_back((dir / (name + ".txt")).string());
  }
  return inputs;
}

Spec conversion(const std::vector<std::string>& inputs, const std::filesystem::path& out) {
  Spec spec;
  spec.arguments = {"convert"};
  spec.arguments.insert(spec.arguments.end(), inputs.begin(), inputs.end());
  for (const std::string flag : {"-o", "", "--to", "akn,epub,tei", "-q"})
    spec.arguments.push_back(flag.empty() ? out.string() : flag);
  return spec;
}

// A zip that opens with its central directory checked, every entry read to
// the end (libzip checks each CRC as it reads).
bool isCompleteZip(const std::filesystem::path& path) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (!archive) return false;
  bool ok = zip_get_num_entries(archive, 0) > 0;
  for (zip_int64_t i = 0; ok && i < zip_get_num_entries(archive, 0); ++i) {
    zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
    if (!file) {
      ok = false;
      break;
    }
    char buffer[8192];
    zip_int64_t n = 0;
    while ((n = zip_fread(file, buffer, sizeof buffer)) > 0) {
    }
    ok = n == 0;
    zip_fclose(file);
  }
  zip_discard(archive);
  return ok;
}

// Every output present is complete and valid; returns the temporary files.
std::vector<std::string> checkOutputs(const std::filesystem::path& out) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(out))
    names.push_back(entry.path().filename().string());
  for (const auto& name : names) {
    if (name.rfind(".verbatim-tmp-", 0) == 0) continue;
    const auto path = out / name;
    if (name.ends_with(".akn.xml")) {
      auto valid = runArgs({"validate", path.string()});
      EXPECT_EQ(valid.exitCode, 0) << name << ": " << valid.out << valid.err;
    } else if (name.ends_with(".epub")) {
      EXPECT_TRUE(isCompleteZip(path)) << name;
    } else if (name.ends_with(".tei.xml") || name.ends_with(".teiCorpus.xml")) {
      pugi::xml_document document;
      EXPECT_TRUE(document.load_file(path.c_str())) << name;
    } else {
      ADD_FAILURE() << "an unexpected file: " << name;
    }
  }
  return temporaries(names);
}

TEST(CrashSafety, KilledAtRandomMomentsLeavesOnlyCompleteOutputs) {
  testing::TempDir dir;
  std::filesystem::create_directory(dir / "in");
  const auto inputs = makeInputs(dir / "in");
  const auto out = dir / "out";

  // How long a whole run takes here: the kill moments are spread over it.
  const auto start = std::chrono::steady_clock::now();
  auto whole = run(conversion(inputs, dir / "whole"));
  const auto duration = std::chrono::steady_clock::now() - start;
  ASSERT_EQ(whole.exitCode, 0) << whole.err;

  std::mt19937 random(6);  // seeded: the same moments on every run of the test
  std::uniform_int_distribution<long> moment(
      0, std::chrono::duration_cast<std::chrono::microseconds>(duration).count());
  int killedMidway = 0;
  std::size_t temporariesSeen = 0;
  for (int round = 0; round < 8; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    Child child(conversion(inputs, out));
    std::this_thread::sleep_for(std::chrono::microseconds(moment(random)));
    kill(child.pid(), SIGKILL);
    auto outcome = child.wait();
    if (outcome.signal == SIGKILL) ++killedMidway;
    temporariesSeen += checkOutputs(out).size();
  }
  EXPECT_GT(killedMidway, 0) << "no run was killed before it ended";
  std::cout << "killed " << killedMidway << " of 8 runs; " << temporariesSeen
            << " temporary files left by them, hidden\n";

  // The next run removes what the killed ones left, and completes the outputs.
  auto last = run(conversion(inputs, out));
  EXPECT_EQ(last.exitCode, 0) << last.err;
  EXPECT_TRUE(checkOutputs(out).empty()) << "a temporary file is left after a complete run";
  std::size_t outputs = 0;
  for (const auto& entry : std::filesystem::directory_iterator(out))
    outputs += entry.is_regular_file();
  EXPECT_EQ(outputs, std::size_t{kInputs} * 4);
}

}  // namespace
}  // namespace verbatim::hostile
