// The man page and --help name the same options, and the Makefile fragment
// does its job under make -j.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <regex>
#include <set>
#include <sstream>

#include "batch_support.hpp"

namespace verbatim {
namespace {

namespace fs = std::filesystem;
using testing::readText;
using testing::runVerbatim;
using testing::shell;
using testing::sourceDir;
using testing::TempDir;

// Every option named in `text`: "-x" or "--name" at the start of a word.
std::set<std::string> optionsIn(const std::string& text) {
  static const std::regex option(R"((^|[\s,\[(|])(--?[a-zA-Z][a-zA-Z-]*))");
  std::set<std::string> found;
  for (std::sregex_iterator it(text.begin(), text.end(), option), end; it != end; ++it)
    found.insert((*it)[2]);
  return found;
}

// The man page as text: roff's escaped hyphens and font changes undone,
// comments and the EXAMPLES section (other commands' options) left out.
std::string manText() {
  std::string roff = readText(sourceDir() / "man/verbatim.1");
  if (auto at = roff.find(".SH EXAMPLES"); at != std::string::npos)
    roff.erase(at, roff.find(".SH", at + 1) - at);
  std::string text;
  std::istringstream lines(roff);
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with(".\\\"")) continue;
    text += std::regex_replace(std::regex_replace(line, std::regex(R"(\\-)"), "-"),
                               std::regex(R"(\\f[BIRP])"), "") +
            "\n";
  }
  return text;
}

TEST(Manual, TheManPageAndHelpNameTheSameOptions) {
  auto help = runVerbatim({"--help"});
  ASSERT_EQ(help.exitCode, 0);
  const auto inHelp = optionsIn(help.out);
  const auto inManual = optionsIn(manText());
  EXPECT_GE(inHelp.size(), 20u);
  for (const auto& option : inHelp)
    EXPECT_TRUE(inManual.count(option)) << option << " is in --help, not in man/verbatim.1";
  for (const auto& option : inManual)
    EXPECT_TRUE(inHelp.count(option)) << option << " is in man/verbatim.1, not in --help";
}

TEST(Manual, TheMakefileFragmentConvertsADirectoryWithMakeJ) {
  if (shell("command -v make").exitCode != 0) GTEST_SKIP() << "make is not installed";
  TempDir dir;
  testing::copyRecord(sourceDir() / "fixtures/zh/S_PV.9381.txt", dir / "records", "zh.txt");
  testing::copyRecord(sourceDir() / "fixtures/fr/S_PV.99990.txt", dir / "records/fr", "fr.txt");
  testing::copyRecord(sourceDir() / "fixtures/es/S_PV.99991.txt", dir / "records/es", "es.txt");
  testing::writeText(dir / "Makefile", "VERBATIM := " + std::string(VERBATIM_PROGRAM) +
                                           "\nVERBATIM_IN := records\nVERBATIM_OUT := out\n"
                                           "VERBATIM_FLAGS := --to akn,epub\ninclude " +
                                           (sourceDir() / "contrib/verbatim.mk").string() +
                                           "\nall: verbatim\n");
  const std::string make = "make -C " + dir.path().string() + " -j2";
  auto first = shell(make);
  ASSERT_EQ(first.exitCode, 0) << first.output;
  for (const char* file :
       {"out/S_PV.9381.zh.akn.xml", "out/S_PV.9381.zh.epub", "out/S_PV.99990.fr.akn.xml",
        "out/S_PV.99991.es.epub", "out/reports/zh.report.json", "out/reports/fr/fr.report.json"})
    EXPECT_TRUE(fs::exists(dir / file)) << file << "\n" << first.output;
  // Nothing to do the second time; one input touched, one conversion.
  auto second = shell(make);
  EXPECT_EQ(second.exitCode, 0);
  EXPECT_EQ(second.output.find("convert"), std::string::npos) << second.output;
  fs::last_write_time(
      dir / "records/fr/fr.txt",
      fs::last_write_time(dir / "out/reports/fr/fr.report.json") + std::chrono::seconds(5));
  auto third = shell(make);
  EXPECT_EQ(third.exitCode, 0) << third.output;
  EXPECT_NE(third.output.find("fr/fr.txt"), std::string::npos) << third.output;
  EXPECT_EQ(third.output.find("zh.txt"), std::string::npos) << third.output;
  // A sidecar edited: its record is converted again.
  fs::last_write_time(
      dir / "records/zh.meta.json",
      fs::last_write_time(dir / "out/reports/zh.report.json") + std::chrono::seconds(5));
  auto sidecar = shell(make);
  EXPECT_EQ(sidecar.exitCode, 0) << sidecar.output;
  EXPECT_NE(sidecar.output.find("zh.txt"), std::string::npos) << sidecar.output;
  // A record that fails leaves no report behind, so that make tries it again.
  testing::writeText(dir / "records/bad.txt", "");
  auto failing = shell(make + " -k");
  EXPECT_NE(failing.exitCode, 0);
  EXPECT_FALSE(fs::exists(dir / "out/reports/bad.report.json"));
}

// Interrupted, verbatim writes its report as it stops, after make has gone
// (round BC: the next `make` took that report for the record converted and
// never made its outputs). A stand-in for verbatim signals its own make, as
// Ctrl-C does, and writes its report after.
TEST(Manual, TheMakefileFragmentConvertsAgainAfterAnInterrupt) {
  if (shell("command -v make").exitCode != 0 || shell("command -v setsid").exitCode != 0)
    GTEST_SKIP() << "make or setsid is not installed";
  TempDir dir;
  testing::copyRecord(sourceDir() / "fixtures/zh/S_PV.9381.txt", dir / "records", "zh.txt");
  testing::writeText(dir / "interrupted.sh",
                     "#!/bin/sh\nreport=; previous=\n"
                     "for a in \"$@\"; do [ \"$previous\" = --report ] && report=$a; previous=$a; "
                     "done\ntrap '' INT\nkill -INT 0\nsleep 0.3\n"
                     "echo '{\"interrupted\": \"SIGINT\"}' > \"$report\"\nexit 130\n");
  fs::permissions(dir / "interrupted.sh", fs::perms::owner_all);
  auto makefile = [&](const std::string& program) {
    testing::writeText(dir / "Makefile", "VERBATIM := " + program +
                                             "\nVERBATIM_IN := records\nVERBATIM_OUT := out\n"
                                             "include " +
                                             (sourceDir() / "contrib/verbatim.mk").string() +
                                             "\nall: verbatim\n");
  };
  makefile((dir / "interrupted.sh").string());
  shell("setsid make -C " + dir.path().string() + "; sleep 0.6");
  EXPECT_FALSE(fs::exists(dir / "out/reports/zh.report.json"));
  makefile(VERBATIM_PROGRAM);
  auto again = shell("make -C " + dir.path().string());
  EXPECT_EQ(again.exitCode, 0) << again.output;
  EXPECT_TRUE(fs::exists(dir / "out/S_PV.9381.zh.akn.xml")) << again.output;
  EXPECT_TRUE(fs::exists(dir / "out/reports/zh.report.json")) << again.output;
}

// The README's assignments with comments on their lines, the fragment's
// default tree ("."), and a tree that is a link to the archive: each finds the
// records (round AW had "Nothing to be done" and exit 0 for all three). A tree
// with no record is an error, not an archive converted.
TEST(Manual, TheMakefileFragmentFindsTheRecordsAsTheReadmeWritesIt) {
  if (shell("command -v make").exitCode != 0) GTEST_SKIP() << "make is not installed";
  const std::string fragment = (sourceDir() / "contrib/verbatim.mk").string();
  auto makefile = [&](const std::string& in) {
    return "VERBATIM := " + std::string(VERBATIM_PROGRAM) + "\n" + in +
           "VERBATIM_OUT   := out            # the outputs\n"
           "VERBATIM_FLAGS := --to akn       # any options\ninclude " +
           fragment + "\nall: verbatim\n";
  };
  auto converts = [&](const fs::path& top, const std::string& in) {
    testing::writeText(top / "Makefile", makefile(in));
    auto run = shell("make -C " + top.string() + " -j2");
    EXPECT_EQ(run.exitCode, 0) << run.output;
    EXPECT_TRUE(fs::exists(top / "out/S_PV.9381.zh.akn.xml")) << in << run.output;
  };
  {
    TempDir dir;
    testing::copyRecord(sourceDir() / "fixtures/zh/S_PV.9381.txt", dir / "archive", "zh.txt");
    converts(dir.path(), "VERBATIM_IN    := archive        # searched for *.txt\n");
  }
  {
    TempDir dir;
    testing::copyRecord(sourceDir() / "fixtures/zh/S_PV.9381.txt", dir / "archive", "zh.txt");
    converts(dir.path(), "");  // the fragment's default: the Makefile's own directory
  }
  {
    TempDir dir, elsewhere;
    testing::copyRecord(sourceDir() / "fixtures/zh/S_PV.9381.txt", elsewhere / "records", "zh.txt");
    fs::create_directory_symlink(elsewhere / "records", dir / "archive");
    converts(dir.path(), "VERBATIM_IN := archive\n");
  }
  {
    TempDir dir;
    fs::create_directories(dir / "empty");
    testing::writeText(dir / "Makefile", makefile("VERBATIM_IN := empty\n"));
    auto run = shell("make -C " + dir.path().string());
    EXPECT_NE(run.exitCode, 0) << run.output;
    EXPECT_NE(run.output.find("no *.txt record"), std::string::npos) << run.output;
  }
}

}  // namespace
}  // namespace verbatim
