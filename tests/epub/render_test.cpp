// The first content page of the Chinese and the Arabic editions, rendered by
// headless chromium with the Noto fonts (`make deps`). The test checks that a
// real picture came out; a person looks at it (the path is printed).
#include <gtest/gtest.h>

#include "epub_test_support.hpp"
#include "support/support.hpp"

namespace verbatim {
namespace {

using namespace testing::epub;
using testing::readText;
using testing::runVerbatim;
using testing::TempDir;

// Width and height from a PNG's IHDR chunk.
std::pair<unsigned, unsigned> pngSize(const std::string& png) {
  auto be32 = [&](std::size_t at) {
    unsigned value = 0;
    for (std::size_t i = 0; i < 4; ++i)
      value = value << 8 | static_cast<unsigned char>(png[at + i]);
    return value;
  };
  if (png.size() < 24 || png.substr(0, 8) != "\x89PNG\r\n\x1a\n" || png.substr(12, 4) != "IHDR")
    return {0, 0};
  return {be32(16), be32(20)};
}

// Renders the first content document of `input`'s edition; returns the PNG's bytes.
std::string screenshot(const std::filesystem::path& input, const std::string& name) {
  TempDir work;
  auto run =
      runVerbatim({"convert", input.string(), "--to", "epub", "-q", "-o", (work / "out").string()});
  EXPECT_EQ(run.exitCode, 0) << run.err;
  std::string book;
  for (const auto& entry : std::filesystem::directory_iterator(work / "out"))
    book = readText(entry.path());
  unpackTo(book, work / "book");
  const auto png = work / (name + ".png");
  auto chromium =
      runTool({kChromium.string(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--hide-scrollbars",
               "--user-data-dir=" + (work / "profile").string(), "--screenshot=" + png.string(),
               "--window-size=800,1000", "file://" + (work / "book/EPUB/part-1.xhtml").string()},
              {}, std::chrono::seconds(120));
  EXPECT_FALSE(chromium.timedOut);
  EXPECT_EQ(chromium.exitCode, 0) << chromium.output;
  if (!std::filesystem::exists(png)) return {};
  // Kept for a person to look at, beside the test's other outputs.
  const auto kept = std::filesystem::temp_directory_path() / ("verbatim-epub-" + name + ".png");
  std::filesystem::copy_file(png, kept, std::filesystem::copy_options::overwrite_existing);
  std::cout << "screenshot: " << kept.string() << "\n";
  return readText(png);
}

void expectARealPicture(const std::string& png) {
  ASSERT_FALSE(png.empty()) << "no screenshot was written";
  EXPECT_EQ(pngSize(png), (std::pair<unsigned, unsigned>{800, 1000}));
  // A blank page compresses to a few kilobytes; a page of text does not.
  EXPECT_GT(png.size(), 40000u);
}

TEST(EpubRendering, TheChineseEditionsFirstPageRenders) {
  ASSERT_TRUE(isExecutable(kChromium)) << kChromium << " is missing: run `make deps`";
  expectARealPicture(screenshot(testing::sourceDir() / "fixtures/zh/S_PV.9381.txt", "zh"));
}

TEST(EpubRendering, TheArabicEditionsFirstPageRenders) {
  ASSERT_TRUE(isExecutable(kChromium)) << kChromium << " is missing: run `make deps`";
  expectARealPicture(screenshot(arabicAkn(), "ar"));
}

}  // namespace
}  // namespace verbatim
