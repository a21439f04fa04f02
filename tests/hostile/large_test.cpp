// Inputs of hundreds of megabytes: refused by the input size limit before
// they are read (memory stays bounded: the peak resident size of the run is
// measured), and larger inputs read when the limit is raised.
//
// Decision: real records are under 2 MB; a conversion needs some 25 times its
// input in memory. Inputs over 16 MiB are refused, a regular file by its size
// before a byte is read, a pipe as soon as more than 16 MiB arrived;
// --max-input-size raises the limit. A paragraph over 1 MB is refused
// whatever the limit: no record has one.
#include <gtest/gtest.h>

#include <fstream>

#include "hostile/hostile.hpp"

namespace verbatim::hostile {
namespace {

// Writes `size` bytes of `pattern` repeated, in chunks: the test itself never
// holds the file in memory (its own size would count in the child's peak).
void writeRepeated(const std::filesystem::path& path, const std::string& pattern,
                   std::size_t size) {
  std::ofstream out(path, std::ios::binary);
  std::string chunk;
  while (chunk.size() < (std::size_t{1} << 20)) chunk += pattern;
  for (std::size_t written = 0; written < size;) {
    const std::size_t n = std::min(chunk.size(), size - written);
    out.write(chunk.data(), static_cast<std::streamsize>(n));
    written += n;
  }
  ASSERT_TRUE(out.good());
}

const std::string kSentence = "我热烈欢迎秘书长和各位高级代表。";

TEST(HostileLarge, One200MegabyteLineIsRefusedBeforeItIsRead) {
  Scene scene;
  writeRepeated(scene.in("line.txt"), kSentence, 200'000'000);
  auto run = scene.convert(scene.in("line.txt").string(), recordFlags());
  scene.expectRefused(
      run, 1, "line.txt",
      {"200000000 bytes", "limit of 16777216 bytes (16 MiB)", "was not read", "--max-input-size"});
  EXPECT_LT(run.peakRssKiB, rssBoundKiB(64));
}

TEST(HostileLarge, A500MegabyteFileIsRefusedBeforeItIsRead) {
  Scene scene;
  writeRepeated(scene.in("huge.txt"), fixtureText(), 500'000'000);
  auto run = scene.convert(scene.in("huge.txt").string(), recordFlags());
  scene.expectRefused(run, 1, "huge.txt", {"500000000 bytes", "was not read"});
  EXPECT_LT(run.peakRssKiB, rssBoundKiB(64));
}

// A pipe has no size to ask: reading stops once the limit is passed.
TEST(HostileLarge, A500MegabyteStandardInputStopsAtTheLimit) {
  Scene scene;
  writeRepeated(scene.in("huge.txt"), fixtureText(), 500'000'000);
  for (const bool pipe : {true, false}) {
    SCOPED_TRACE(pipe ? "a pipe" : "a file");
    Spec spec;
    spec.arguments = {"convert", "-", "-o", scene.out().string(), "--to", "akn,epub,tei"};
    spec.arguments.insert(spec.arguments.end(), recordFlags().begin(), recordFlags().end());
    spec.stdinFile = scene.in("huge.txt");
    spec.stdinThroughPipe = pipe;
    auto run = hostile::run(spec);
    scene.expectRefused(run, 1, "standard input", {"limit of 16777216 bytes", "--max-input-size"});
    EXPECT_LT(run.peakRssKiB, rssBoundKiB(64));
  }
}

// Within the limit, one line of 15 MB: read, then refused as no record's
// paragraph, with memory still bounded.
TEST(HostileLarge, ALineJustUnderTheLimitIsRefusedAsNoParagraph) {
  Scene scene;
  writeRepeated(scene.in("line.txt"), kSentence, 15'000'000);
  auto run = scene.convert(scene.in("line.txt").string(), recordFlags());
  scene.expectRefused(run, 1, "line.txt:1:", {"a paragraph of", "this is not the text"});
  EXPECT_LT(run.peakRssKiB, rssBoundKiB(512));
}

// --max-input-size raises the limit: 20 MB of records converts, in bounded memory.
TEST(HostileLarge, ARaisedLimitReadsALargerInput) {
  Scene scene;
  // Whole copies of the record, some 20 MB: no character cut in two at the end.
  writeRepeated(scene.in("long.txt"), fixtureText(),
                fixtureText().size() * (20'000'000 / fixtureText().size()));
  auto refused = scene.convert(scene.in("long.txt").string(), recordFlags());
  scene.expectRefused(refused, 1, "long.txt", {"limit"});
  Spec spec;
  spec.arguments = {"convert",
                    scene.in("long.txt").string(),
                    "-o",
                    (scene.root() / "raised").string(),
                    "--max-input-size",
                    "25000000",
                    "-q"};
  spec.arguments.insert(spec.arguments.end(), recordFlags().begin(), recordFlags().end());
  auto raised = run(spec);
  EXPECT_EQ(raised.exitCode, 0) << raised.err.substr(0, 2000);
  EXPECT_TRUE(std::filesystem::exists(scene.root() / "raised/S_PV.9381.zh.akn.xml"));
  EXPECT_LT(raised.peakRssKiB, rssBoundKiB(1024));
}

}  // namespace
}  // namespace verbatim::hostile
