// Hostile places to write: symbols that would make hostile file names, and
// output directories or files that cannot take what is written.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <thread>

#include "hostile/hostile.hpp"

namespace verbatim::hostile {
namespace {

using testing::readText;
using testing::writeText;

std::vector<std::string> withSymbol(const std::string& symbol) {
  return {"--symbol", symbol, "--date", "2023-07-18", "--lang", "zh", "--body", "SC"};
}

// Every file the run made is directly in out/; nothing outside it changed.
void expectOnlyInOut(const Scene& scene) {
  for (const auto& entry : std::filesystem::recursive_directory_iterator(scene.root())) {
    const auto& path = entry.path();
    if (path.parent_path() == scene.root()) continue;  // in/, out/
    if (path.parent_path() == scene.root() / "in") continue;
    EXPECT_EQ(path.parent_path(), scene.out()) << path;
    EXPECT_FALSE(entry.is_directory()) << path;
  }
}

// A symbol of slashes names nothing; spaces around a symbol are not its.
TEST(HostileOutput, ASymbolOfSlashesIsRefusedAndSpacesAroundOneGo) {
  Scene scene;
  auto file = scene.input("record.txt", fixtureText());
  scene.expectRefused(scene.convert(file, withSymbol("///")), 2, "record.txt",
                      {"symbol", "no letter or digit"});
  Scene spaced;
  auto other = spaced.input("record.txt", fixtureText());
  EXPECT_EQ(spaced.convert(other, withSymbol(" S/PV.70 ")).exitCode, 0);
  EXPECT_TRUE(std::filesystem::exists(spaced.out() / "S_PV.70.zh.akn.xml"));
}

TEST(HostileOutput, ASymbolWithDotDotStaysInTheOutputDirectory) {
  for (const std::string symbol : {"../x", "../../../../tmp/escape", "S/PV.1/../../..", ".."}) {
    SCOPED_TRACE(symbol);
    Scene scene;
    auto file = scene.input("record.txt", fixtureText());
    auto run = scene.convert(file, withSymbol(symbol));
    if (run.exitCode == 0) {
      expectOnlyInOut(scene);
    } else {
      scene.expectRefused(run, 2, "record.txt", {"symbol", "no letter or digit"});
    }
  }
  EXPECT_FALSE(std::filesystem::exists("/tmp/escape.zh.akn.xml"));
}

TEST(HostileOutput, ASymbolThatIsASlashStaysInTheOutputDirectory) {
  for (const std::string symbol : {"/", "/etc/passwd", "//"}) {
    SCOPED_TRACE(symbol);
    Scene scene;
    auto file = scene.input("record.txt", fixtureText());
    auto run = scene.convert(file, withSymbol(symbol));
    // Slashes alone name nothing (README: a symbol needs a letter or digit).
    if (symbol.find_first_not_of('/') == std::string::npos)
      EXPECT_EQ(run.exitCode, 2) << run.err;
    else
      EXPECT_EQ(run.exitCode, 0) << run.err;
    expectOnlyInOut(scene);
  }
}

// A NUL cannot be passed on a command line, but a sidecar's JSON can carry
// one: the sidecar's value, refused as the sidecar's mistake (exit 1; round
// BC: it had been a usage error of the whole run, exit 2).
TEST(HostileOutput, ASymbolWithNulIsRefused) {
  Scene scene;
  auto file = scene.input("record.txt", fixtureText());
  writeText(scene.in("record.meta.json"),
            R"({"symbol": "S/PV.9381\u0000/../../x", "date": "2023-07-18", "language": "zh"})");
  scene.expectRefused(scene.convert(file), 1, "record.meta.json",
                      {"\"symbol\"", "control character U+0000"});
}

// A bidi control in a symbol would turn the text around it wherever the
// symbol is shown (round BC: "S/PV.7\u202E" was taken into docNumber).
TEST(HostileOutput, ASymbolWithABidiControlIsRefused) {
  Scene scene;
  auto file = scene.input("record.txt", fixtureText());
  scene.expectRefused(scene.convert(file, withSymbol("S/PV.9381\u202E")), 2, "record.txt",
                      {"symbol", "bidi formatting character U+202E"});
}

// A sidecar's mistakes are the sidecar's: its file named, the input refused
// (exit 1, no output), never read as an option given on the command line.
TEST(HostileOutput, ASidecarsMistakesNameTheSidecar) {
  struct Case {
    const char* json;
    std::vector<std::string> words;
  };
  const Case cases[] = {
      {R"({"symbol": "S/PV.9381", "date": "2023-13-45", "language": "zh"})",
       {"record.meta.json", "\"date\" is '2023-13-45'"}},
      {R"({"symbol": "S/PV.9381", "date": "2023-07-18", "language": "xx"})",
       {"record.meta.json", "\"language\" is 'xx'"}},
      {R"({"symbol": "S/PV.9381", "date": "2023-07-18", "langauge": "zh"})",
       {"record.meta.json", "unknown key \"langauge\""}},
      {"{\"symbol\": \"S/PV.9381\",\n\"date\": \"2023-07-18\"\n} trailing",
       {"record.meta.json:3:", "not JSON"}},
      // Round BB: a key given twice had its last value win, a body or a
      // charset no one knows was blamed on the symbol or on an option.
      {R"({"symbol": "S/PV.9381", "date": "2023-07-18", "symbol": "S/PV.1"})",
       {"record.meta.json", "the key \"symbol\" is given twice"}},
      {R"({"symbol": "S/PV.9381", "date": "2023-07-18", "body": "NATO"})",
       {"record.meta.json", "\"body\" is 'NATO'"}},
      {R"({"symbol": "S/PV.9381", "date": "2023-07-18", "encoding": "klingon-8"})",
       {"record.meta.json", "\"encoding\" is 'klingon-8'"}},
      {R"({"symbol": "S/PV.13\t", "date": "2023-07-18"})",
       {"record.meta.json", "\"symbol\" contains the control character U+0009"}},
      {R"({"symbol": "S/PV.7\u202e", "date": "2023-07-18"})",
       {"record.meta.json", "\"symbol\" contains the bidi formatting character U+202E"}},
  };
  for (const auto& c : cases) {
    Scene scene;
    auto file = scene.input("record.txt", fixtureText());
    writeText(scene.in("record.meta.json"), c.json);
    scene.expectRefused(scene.convert(file), 1, "record.meta.json", c.words);
  }
}

// A symbol typed in fullwidth forms ("S/PV.９３８１", a Chinese keyboard's) is
// the symbol: its digits name the files, not dropped from them (round BB:
// "S_PV..zh.akn.xml", two such records writing over each other).
TEST(HostileOutput, AFullwidthSymbolIsItsAsciiForm) {
  Scene scene;
  auto file = scene.input("record.txt", fixtureText());
  writeText(scene.in("record.meta.json"),
            R"({"symbol": "S/PV.９３８２", "date": "2023-07-18", "language": "zh"})");
  EXPECT_EQ(scene.convert(file).exitCode, 0);
  // (The scene's out/ holds S/PV.9381's outputs already.)
  EXPECT_TRUE(std::filesystem::exists(scene.out() / "S_PV.9382.zh.akn.xml"));
  EXPECT_FALSE(std::filesystem::exists(scene.out() / "S_PV..zh.akn.xml"));
}

TEST(HostileOutput, ASymbolWithAControlCharacterIsRefused) {
  Scene scene;
  auto file = scene.input("record.txt", fixtureText());
  scene.expectRefused(scene.convert(file, withSymbol("S/PV.9381\x1B[31m")), 2, "record.txt",
                      {"symbol", "control character U+001B"});
}

TEST(HostileOutput, ASymbolThatIsNotUtf8IsRefused) {
  Scene scene;
  auto file = scene.input("record.txt", fixtureText());
  scene.expectRefused(scene.convert(file, withSymbol("S/PV.\xFF\xFE")), 2, "record.txt",
                      {"symbol", "not UTF-8"});
}

TEST(HostileOutput, ASymbolOfTenThousandCharactersIsRefused) {
  Scene scene;
  auto file = scene.input("record.txt", fixtureText());
  scene.expectRefused(scene.convert(file, withSymbol("S/PV." + std::string(10000, '9'))), 2,
                      "record.txt", {"symbol", "10005 characters", "at most 100"});
}

TEST(HostileOutput, AnOutputDirectoryUnderARegularFile) {
  Scene scene;
  auto file = scene.input("record.txt", fixtureText());
  Spec spec;
  spec.arguments = {"convert", file, "-o", (scene.in("record.txt") / "out").string()};
  spec.arguments.insert(spec.arguments.end(), recordFlags().begin(), recordFlags().end());
  auto run = hostile::run(spec);
  EXPECT_EQ(run.exitCode, 4) << run.err;
  EXPECT_NE(run.err.find("cannot create the output directory: Not a directory"), std::string::npos)
      << run.err;
}

// Permission bits do not stop root; an immutable directory (chattr +i) does.
TEST(HostileOutput, AReadOnlyOutputDirectory) {
  Scene scene;
  auto file = scene.input("record.txt", fixtureText());
  bool readOnly = false;
  if (geteuid() != 0) {
    readOnly = chmod(scene.out().c_str(), 0555) == 0;
  } else {
    const std::string command = "chattr +i '" + scene.out().string() + "' 2>/dev/null";
    readOnly = std::system(command.c_str()) == 0;
  }
  if (!readOnly)
    GTEST_SKIP() << "running as root where chattr +i is not possible: no directory is read-only";
  auto run = scene.convert(file, recordFlags());
  if (geteuid() == 0) std::system(("chattr -i '" + scene.out().string() + "'").c_str());
  chmod(scene.out().c_str(), 0755);
  scene.expectRefused(run, 4, "S_PV.9381.zh.akn.xml", {"cannot create a file in"});
}

// A full disk, where a private mount namespace allows a small tmpfs;
// RLIMIT_FSIZE below gives the same failure everywhere.
TEST(HostileOutput, AFullOutputDirectory) {
  if (std::system("unshare -m true 2>/dev/null") != 0)
    GTEST_SKIP() << "cannot make a mount namespace here to mount a small tmpfs";
  Scene scene;
  auto file = scene.input("record.txt", fixtureText());
  const auto report = scene.root() / "full";
  std::filesystem::create_directory(report);
  // In the namespace: mount a 256 KiB tmpfs over out/, put the earlier
  // outputs there, fill the rest, convert, and copy what is left out for the checks.
  std::string flags;
  for (const auto& flag : recordFlags()) flags += " '" + flag + "'";
  const std::string out = scene.out().string(), r = report.string();
  writeText(report / "run.sh",
            "mkdir -p '" + r + "/saved' && cp -a '" + out + "/.' '" + r + "/saved/' || exit 1\n" +
                "mount -t tmpfs -o size=256k tmpfs '" + out + "' || exit 77\n" + "cp -a '" + r +
                "/saved/.' '" + out + "/'\n" + "dd if=/dev/zero of='" + out +
                "/filler' bs=4k 2>/dev/null\n" + "'" + VERBATIM_PROGRAM + "' convert '" + file +
                "' -o '" + out + "' --to akn,epub,tei" + flags + " 2>'" + r + "/err'\n" +
                "echo $? >'" + r + "/code'\n" + "rm '" + out + "/filler'\n" + "ls -A '" + out +
                "' >'" + r + "/list'\n" + "cp '" + out + "/S_PV.9381.zh.akn.xml' '" + r +
                "/akn'\n");
  const int status = std::system(("unshare -m sh '" + r + "/run.sh'").c_str());
  if (WIFEXITED(status) && WEXITSTATUS(status) == 77) GTEST_SKIP() << "cannot mount a tmpfs here";
  ASSERT_EQ(status, 0);
  EXPECT_EQ(readText(report / "code"), "4\n");
  const std::string err = readText(report / "err");
  EXPECT_NE(err.find("No space left on device"), std::string::npos) << err;
  EXPECT_EQ(readText(report / "list"),
            "S_PV.9381.zh.akn.xml\nS_PV.9381.zh.epub\nS_PV.9381.zh.tei.xml\n"
            "S_PV.9381.zh.teiCorpus.xml\n");
  EXPECT_EQ(readText(report / "akn"), goldenAkn());
}

// A file size limit (ulimit -f): the write fails, nothing partial is left.
TEST(HostileOutput, AFileSizeLimitIsAnIoError) {
  Scene scene;
  auto file = scene.input("record.txt", fixtureText());
  Spec spec;
  spec.arguments = {"convert", file, "-o", scene.out().string(), "--to", "akn,epub,tei"};
  spec.arguments.insert(spec.arguments.end(), recordFlags().begin(), recordFlags().end());
  spec.fileSizeLimit = 50000;  // the AKN has some 100 kB
  auto run = hostile::run(spec);
  EXPECT_EQ(run.signal, 0) << "killed by SIGXFSZ";
  scene.expectRefused(run, 4, "S_PV.9381.zh.akn.xml", {"cannot write", "File too large"});
}

TEST(HostileOutput, StandardOutputThatIsFull) {
  Spec spec;
  spec.arguments = {"convert", (testing::sourceDir() / "fixtures/zh/S_PV.9381.txt").string(), "-o",
                    "-"};
  spec.stdoutFile = "/dev/full";
  auto run = hostile::run(spec);
  EXPECT_EQ(run.exitCode, 4) << run.err;
  EXPECT_NE(run.err.find("standard output: cannot write: No space left on device"),
            std::string::npos)
      << run.err;
}

// --report to a FIFO (or /dev/stdout) writes into it: it stays a FIFO, it is
// never replaced by a file (as root, that would replace a device node).
TEST(HostileOutput, AReportToAFifoIsWrittenIntoIt) {
  Scene scene;
  const auto fifo = scene.root() / "report.fifo";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0644), 0);
  std::string received;
  std::thread reader([&] {
    std::ifstream in(fifo, std::ios::binary);
    received.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  });
  auto file = scene.input("record.txt", fixtureText());
  auto run = scene.convert(file, {"--symbol", "S/PV.9381", "--date", "2023-07-18", "--lang", "zh",
                                  "--report", fifo.string()});
  reader.join();
  EXPECT_EQ(run.exitCode, 0) << run.err;
  struct stat info {};
  ASSERT_EQ(lstat(fifo.c_str(), &info), 0);
  EXPECT_TRUE(S_ISFIFO(info.st_mode));
  EXPECT_NE(received.find("\"verbatim_report\""), std::string::npos);
  for (const auto& entry : std::filesystem::directory_iterator(scene.root()))
    EXPECT_NE(entry.path().filename().string().rfind(".verbatim-tmp-", 0), 0u) << entry.path();
}

TEST(HostileOutput, AReportThroughASymbolicLinkKeepsTheLink) {
  Scene scene;
  writeText(scene.root() / "real.json", "old");
  std::filesystem::create_symlink("real.json", scene.root() / "link.json");
  auto file = scene.input("record.txt", fixtureText());
  auto run = scene.convert(file, {"--symbol", "S/PV.9381", "--date", "2023-07-18", "--lang", "zh",
                                  "--report", (scene.root() / "link.json").string()});
  EXPECT_EQ(run.exitCode, 0) << run.err;
  EXPECT_TRUE(std::filesystem::is_symlink(scene.root() / "link.json"));
  EXPECT_NE(readText(scene.root() / "real.json").find("\"verbatim_report\""), std::string::npos);
}

// The temporary files of a killed run are removed by the next run that
// writes into the directory; one a live writer holds locked is left alone.
TEST(HostileOutput, StaleTemporaryFilesAreRemovedLiveOnesKept) {
  Scene scene;
  const auto stale = scene.out() / ".verbatim-tmp-999999-0-S_PV.9381.zh.akn.xml";
  const auto live = scene.out() / ".verbatim-tmp-999998-0-S_PV.9381.zh.epub";
  writeText(stale, "half a record");
  writeText(live, "a record being written");
  const int held = open(live.c_str(), O_RDONLY | O_CLOEXEC);
  ASSERT_GE(held, 0);
  ASSERT_EQ(flock(held, LOCK_EX), 0);
  auto file = scene.input("record.txt", fixtureText());
  auto run = scene.convert(file, recordFlags());
  EXPECT_EQ(run.exitCode, 0) << run.err;
  EXPECT_FALSE(std::filesystem::exists(stale));
  EXPECT_TRUE(std::filesystem::exists(live));
  close(held);
  // A run that writes nothing leaves the directory as it is.
  writeText(stale, "half a record");
  auto failed = scene.convert(scene.input("empty.txt", ""), recordFlags());
  EXPECT_EQ(failed.exitCode, 1);
  EXPECT_TRUE(std::filesystem::exists(stale)) << "a run that writes nothing touches nothing";
}

}  // namespace
}  // namespace verbatim::hostile
