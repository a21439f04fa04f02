// `verbatim convert` over many inputs: directories, lists, -j, failures that
// do not stop the batch (or do, with --fail-fast), progress, the report.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <thread>

#include "batch_support.hpp"

namespace verbatim {
namespace {

namespace fs = std::filesystem;
using testing::copyRecord;
using testing::lines;
using testing::readJson;
using testing::readText;
using testing::runVerbatim;
using testing::snapshot;
using testing::sourceDir;
using testing::TempDir;
using testing::writeText;

const fs::path kChinese = sourceDir() / "fixtures/zh/S_PV.9381.txt";
const fs::path kFrench = sourceDir() / "fixtures/fr/S_PV.99990.txt";
const fs::path kSpanish = sourceDir() / "fixtures/es/S_PV.99991.txt";

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(Batch, ADirectoryIsSearchedRecursivelyInSortedOrder) {
  TempDir dir;
  copyRecord(kSpanish, dir / "in/b", "es.txt");
  copyRecord(kChinese, dir / "in", "zh.txt");
  copyRecord(kFrench, dir / "in/a", "fr.TXT");  // an archive made on Windows
  // None of these is picked up: hidden, temporary, not a record's extension, TEI output.
  copyRecord(kFrench, dir / "in", ".hidden.txt");
  copyRecord(kFrench, dir / "in/.git", "fr.txt");
  copyRecord(kFrench, dir / "in", ".verbatim-tmp-1-0-x.txt");
  writeText(dir / "in/notes.md", "not a record");
  writeText(dir / "in/S_PV.1.en.tei.xml", "<TEI/>");
  auto run = runVerbatim({"convert", (dir / "in").string(), "-o", (dir / "out").string(),
                          "--progress=plain", "--report", (dir / "report.json").string()});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  auto report = readJson(dir / "report.json");
  std::vector<std::string> inputs;
  for (const auto& entry : report["documents"]) inputs.push_back(entry["input"]);
  EXPECT_EQ(inputs, (std::vector<std::string>{(dir / "in/a/fr.TXT").string(),
                                              (dir / "in/b/es.txt").string(),
                                              (dir / "in/zh.txt").string()}));
  EXPECT_EQ(fs::directory_iterator(dir / "out") == fs::directory_iterator(), false);
  EXPECT_EQ(snapshot(dir / "out").size(), 3u);
  EXPECT_TRUE(run.out.empty());
}

// What cannot be read below a directory does not stop the rest: a link to
// nothing and links in a loop are inputs that fail, saying why.
TEST(Batch, LinksToNothingInADirectoryFailAndTheRestConverts) {
  TempDir dir;
  copyRecord(kChinese, dir / "in/a", "zh.txt");
  fs::create_symlink("nowhere.txt", dir / "in/dangling.txt");
  fs::create_symlink("loop2.txt", dir / "in/loop1.txt");
  fs::create_symlink("loop1.txt", dir / "in/loop2.txt");
  auto run = runVerbatim({"convert", (dir / "in").string(), "-o", (dir / "out").string(),
                          "--report", (dir / "report.json").string()});
  EXPECT_EQ(run.exitCode, 4) << run.err;
  EXPECT_TRUE(contains(run.err, "dangling.txt")) << run.err;
  EXPECT_TRUE(contains(run.err, "loop1.txt")) << run.err;
  auto report = readJson(dir / "report.json");
  EXPECT_EQ(report["documents"].size(), 4u);
  EXPECT_TRUE(fs::exists(dir / "out/S_PV.9381.zh.akn.xml")) << "the readable record is converted";
}

// An archive whose volumes are links to directories converts them, each
// directory once; a link back to a directory above it is a loop, which fails
// saying so (round BC: both had been skipped with no word, exit 0).
TEST(Batch, LinksToDirectoriesAreFollowedAndALoopFails) {
  TempDir dir;
  copyRecord(kChinese, dir / "in", "zh.txt");
  copyRecord(kFrench, dir / "volume", "fr.txt");
  fs::create_directory_symlink(dir / "volume", dir / "in/volume");
  fs::create_directories(dir / "in/d");
  fs::create_directory_symlink("../d", dir / "in/d/loop");
  auto run = runVerbatim({"convert", (dir / "in").string(), "-o", (dir / "out").string(),
                          "--report", (dir / "report.json").string()});
  EXPECT_EQ(run.exitCode, 4) << run.err;
  EXPECT_TRUE(contains(run.err, "loop")) << run.err;
  const auto report = readJson(dir / "report.json");
  std::vector<std::string> inputs;
  for (const auto& document : report["documents"])
    inputs.push_back(fs::path(document["input"].get<std::string>()).filename().string());
  EXPECT_EQ(inputs, (std::vector<std::string>{"loop", "fr.txt", "zh.txt"}));
  EXPECT_TRUE(fs::exists(dir / "out/S_PV.99990.fr.akn.xml")) << run.err;
}

// A mistyped path converts nothing: no success; an empty list of inputs is
// nothing to do. A report never replaces an input, nor takes an output's name.
TEST(Batch, NothingToConvertAndAReportInTheWayAreUsageErrors) {
  TempDir dir;
  fs::create_directories(dir / "empty");
  auto none = runVerbatim({"convert", (dir / "empty").string(), "-o", (dir / "out").string()});
  EXPECT_EQ(none.exitCode, 2);
  EXPECT_TRUE(contains(none.err, "no record file to convert")) << none.err;
  // An empty list ("find -newer … | verbatim convert --files-from -" when
  // nothing changed) is nothing to do: a success, with a report of no input.
  writeText(dir / "list.txt", "");
  auto emptyList =
      runVerbatim({"convert", "--files-from", (dir / "list.txt").string(), "-o",
                   (dir / "out").string(), "--report", (dir / "empty-report.json").string()});
  EXPECT_EQ(emptyList.exitCode, 0) << emptyList.err;
  EXPECT_EQ(readJson(dir / "empty-report.json")["totals"]["inputs"], 0);
  copyRecord(kChinese, dir / "in", "zh.txt");
  const std::string before = readText(dir / "in/zh.txt");
  auto onInput = runVerbatim({"convert", (dir / "in/zh.txt").string(), "-o", (dir / "out").string(),
                              "--report", (dir / "in/zh.txt").string()});
  EXPECT_EQ(onInput.exitCode, 2);
  EXPECT_EQ(readText(dir / "in/zh.txt"), before);
  auto onOutput =
      runVerbatim({"convert", (dir / "in/zh.txt").string(), "-o", (dir / "out").string(),
                   "--report", (dir / "out/S_PV.9381.zh.akn.xml").string()});
  EXPECT_EQ(onOutput.exitCode, 2);
  EXPECT_FALSE(fs::exists(dir / "out"));
  // "--report -" is standard output, as "-o -" is; not both at once.
  auto toStdout = runVerbatim({"convert", (dir / "in/zh.txt").string(), "-o",
                               (dir / "out").string(), "-q", "--report", "-"});
  EXPECT_EQ(toStdout.exitCode, 0) << toStdout.err;
  EXPECT_TRUE(contains(toStdout.out, "\"verbatim_report\"")) << toStdout.out;
  EXPECT_FALSE(fs::exists("-"));
  EXPECT_EQ(
      runVerbatim({"convert", (dir / "in/zh.txt").string(), "-o", "-", "--report", "-"}).exitCode,
      2);
}

TEST(Batch, TheOutputDirectoryInsideAnInputDirectoryIsNotSearched) {
  TempDir dir;
  copyRecord(kChinese, dir / "in", "zh.txt");
  const std::vector<std::string> args = {"convert", (dir / "in").string(), "-o",
                                         (dir / "in/out").string(), "-q"};
  ASSERT_EQ(runVerbatim(args).exitCode, 0);
  // A second run must not take the first run's AKN output for an input.
  auto again = runVerbatim(args);
  EXPECT_EQ(again.exitCode, 0) << again.err;
  EXPECT_TRUE(again.err.empty()) << again.err;
}

TEST(Batch, FilesFromStandardInput) {
  TempDir dir;
  copyRecord(kChinese, dir / "in", "zh.txt");
  copyRecord(kFrench, dir / "in", "fr.txt");
  const std::string list =
      (dir / "in/zh.txt").string() + "\n\n" + (dir / "in/fr.txt").string() + "\r\n";
  auto run = runVerbatim({"convert", "--files-from", "-", "-o", (dir / "out").string(), "--report",
                          (dir / "report.json").string(), "-j", "2"},
                         list);
  ASSERT_EQ(run.exitCode, 0) << run.err;
  auto report = readJson(dir / "report.json");
  ASSERT_EQ(report["documents"].size(), 2u);
  EXPECT_EQ(report["documents"][0]["input"], (dir / "in/zh.txt").string());
  EXPECT_EQ(report["documents"][1]["input"], (dir / "in/fr.txt").string());
  EXPECT_TRUE(fs::exists(dir / "out/S_PV.9381.zh.akn.xml"));
  EXPECT_TRUE(fs::exists(dir / "out/S_PV.99990.fr.akn.xml"));
  // Standard input cannot be both the list and an input.
  EXPECT_EQ(runVerbatim({"convert", "--files-from", "-", "-"}).exitCode, 2);
}

TEST(Batch, FailuresDoNotStopTheBatch) {
  TempDir dir;
  copyRecord(kChinese, dir / "in", "a.txt");
  writeText(dir / "in/b-empty.txt", "");
  copyRecord(kFrench, dir / "in", "c.txt");
  writeText(dir / "in/d-binary.txt", std::string("\x7F"
                                                 "ELF\x02\x01\x01\0\0\0",
                                                 10));
  for (const std::string jobs : {"1", "3"}) {
    const fs::path out = dir / ("out" + jobs);
    auto run = runVerbatim({"convert", (dir / "in").string(), "-o", out.string(), "-j", jobs,
                            "--report", (dir / "report.json").string(), "--progress=plain"});
    EXPECT_EQ(run.exitCode, 1) << run.err;
    EXPECT_TRUE(contains(run.err, "b-empty.txt")) << run.err;
    EXPECT_TRUE(contains(run.err, "d-binary.txt")) << run.err;
    EXPECT_EQ(snapshot(out).size(), 2u) << "the good inputs are converted";
    auto report = readJson(dir / "report.json");
    const auto& documents = report["documents"];
    ASSERT_EQ(documents.size(), 4u);
    EXPECT_EQ(documents[0]["status"], "converted");
    EXPECT_EQ(documents[1]["status"], "failed");
    EXPECT_EQ(documents[1]["exit_code"], 1);
    EXPECT_FALSE(documents[1]["errors"].empty());
    EXPECT_EQ(documents[2]["status"], "converted");
    EXPECT_EQ(documents[3]["status"], "failed");
    EXPECT_EQ(report["totals"]["inputs"], 4);
    EXPECT_EQ(report["totals"]["succeeded"], 2);
    EXPECT_EQ(report["totals"]["failed"], 2);
    EXPECT_EQ(report["totals"]["outputs"], 2);
  }
}

TEST(Batch, TheExitCodeIsTheHighestOfTheInputs) {
  TempDir dir;
  writeText(dir / "empty.txt", "");  // 1
  auto run = runVerbatim({"convert", (dir / "empty.txt").string(), (dir / "missing.txt").string(),
                          "-o", (dir / "out").string(), "-q"});
  EXPECT_EQ(run.exitCode, 4) << run.err;  // a file that cannot be read: 4
}

TEST(Batch, FailFastStopsAtTheFirstFailureAndWritesNothingAfterIt) {
  TempDir dir;
  copyRecord(kChinese, dir / "in", "a.txt");
  writeText(dir / "in/b-empty.txt", "");
  copyRecord(kFrench, dir / "in", "c.txt");
  copyRecord(kSpanish, dir / "in", "d.txt");
  for (const std::string jobs : {"1", "2", "4"}) {
    const fs::path out = dir / ("out" + jobs);
    auto run = runVerbatim({"convert", (dir / "in").string(), "-o", out.string(), "-j", jobs,
                            "--fail-fast", "--report", (dir / "report.json").string()});
    EXPECT_EQ(run.exitCode, 1) << run.err;
    EXPECT_EQ(snapshot(out), (std::map<std::string, std::string>{
                                 {"S_PV.9381.zh.akn.xml", readText(out / "S_PV.9381.zh.akn.xml")}}))
        << "-j " << jobs << ": only the input before the failure is written, no temporary file";
    auto report = readJson(dir / "report.json");
    ASSERT_EQ(report["documents"].size(), 4u);
    EXPECT_EQ(report["documents"][1]["status"], "failed");
    EXPECT_EQ(report["documents"][2]["status"], "not_run");
    EXPECT_EQ(report["documents"][3]["status"], "not_run");
    EXPECT_TRUE(report["documents"][3]["exit_code"].is_null()) << "never converted";
    EXPECT_EQ(report["totals"]["not_run"], 2);
  }
}

// Every fixture (and the English corpus when ../shared is there), to every
// format: the same bytes, messages and report entries whatever -j is.
TEST(Batch, OutputsAreTheSameBytesWhateverTheNumberOfJobs) {
  TempDir dir;
  std::vector<std::string> inputs;
  for (const auto& record : testing::fixtureRecords()) inputs.push_back(record.string());
  std::size_t corpus = 0;
  if (!testing::sharedDir().empty()) {
    for (const auto& entry : fs::directory_iterator(testing::sharedDir() / "corpus/en"))
      if (entry.path().string().ends_with(".pdftotext.txt"))
        ++corpus, inputs.push_back(entry.path());
    std::sort(inputs.end() - static_cast<long>(corpus), inputs.end());
  } else {
    std::cout << "../shared is absent: comparing the fixtures only, not the English corpus\n";
  }
  std::string list;
  for (const auto& input : inputs) list += input + "\n";
  writeText(dir / "list", list);
  std::map<std::string, std::string> first;
  std::string firstErr;
  nlohmann::json firstReport;
  for (const std::string jobs : {"1", "4"}) {
    // Each run in a directory of its own, writing to ./out: the messages and
    // the report name the same paths.
    const fs::path cwd = dir / ("j" + jobs);
    fs::create_directories(cwd);
    auto run =
        runVerbatim({"convert", "--files-from", (dir / "list").string(), "-o", "out", "--to",
                     "akn,epub,tei", "-j", jobs, "--progress=plain", "--report", "report.json"},
                    {}, cwd);
    EXPECT_LE(run.exitCode, 2) << run.err;
    auto files = snapshot(cwd / "out");
    auto report = readJson(cwd / "report.json");
    for (auto& entry : report["documents"]) entry.erase("time_ms");
    report["totals"].erase("wall_time_ms");
    if (jobs == "1") {
      EXPECT_GE(files.size(), 4 * (inputs.size() - 2)) << run.err;
      first = std::move(files), firstErr = run.err, firstReport = report;
      continue;
    }
    EXPECT_EQ(files.size(), first.size());
    for (const auto& [name, bytes] : first) {
      auto other = files.find(name);
      ASSERT_NE(other, files.end()) << name;
      EXPECT_TRUE(other->second == bytes) << name << " differs between -j 1 and -j " << jobs;
    }
    // The last line of plain progress has the time: everything else is equal.
    auto a = lines(firstErr), b = lines(run.err);
    ASSERT_FALSE(a.empty());
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i + 1 < a.size(); ++i) EXPECT_EQ(a[i], b[i]) << "line " << i + 1;
    EXPECT_TRUE(report == firstReport) << "the reports differ beyond their times";
  }
}

// One record on two cores: the schemas compile beside stage 1 and the EPUB
// and the TEI are made side by side. The bytes are those of one core, for
// every fixture.
TEST(Batch, OneRecordOnTwoCoresIsTheSameBytesAsOnOne) {
  TempDir dir;
  std::size_t converted = 0;
  for (const auto& record : testing::fixtureRecords()) {
    std::map<std::string, std::string> first;
    for (const std::string jobs : {"1", "2"}) {
      const fs::path out = dir / (record.stem().string() + "-j" + jobs);
      auto run = runVerbatim({"convert", record.string(), "-o", out.string(), "--to",
                              "akn,epub,tei", "-j", jobs, "-q"});
      // A record that does not convert (the German one needs --date) writes nothing either way.
      auto files = fs::exists(out) ? snapshot(out) : std::map<std::string, std::string>{};
      if (jobs == "1") {
        converted += !files.empty();
        first = std::move(files);
        continue;
      }
      EXPECT_EQ(files, first) << record << " differs between -j 1 and -j 2: " << run.err;
    }
  }
  EXPECT_GE(converted, 6u) << "the fixtures that convert with no flags";
}

TEST(Batch, SkipUpToDateLeavesFreshOutputsAlone) {
  TempDir dir;
  copyRecord(kChinese, dir / "in", "zh.txt");
  copyRecord(kFrench, dir / "in", "fr.txt");
  const std::vector<std::string> args = {"convert",
                                         (dir / "in").string(),
                                         "-o",
                                         (dir / "out").string(),
                                         "--skip-up-to-date",
                                         "--report",
                                         (dir / "report.json").string(),
                                         "--progress=plain"};
  ASSERT_EQ(runVerbatim(args).exitCode, 0);
  const auto akn = dir / "out/S_PV.9381.zh.akn.xml";
  const auto written = fs::last_write_time(akn);
  auto again = runVerbatim(args);
  ASSERT_EQ(again.exitCode, 0) << again.err;
  EXPECT_EQ(fs::last_write_time(akn), written);
  EXPECT_TRUE(contains(again.err, "zh.txt: up to date, skipped")) << again.err;
  auto report = readJson(dir / "report.json");
  EXPECT_EQ(report["documents"][1]["status"], "skipped");
  EXPECT_EQ(report["totals"]["skipped"], 2);
  // An input newer than its outputs is converted again; so is one whose sidecar changed.
  fs::last_write_time(dir / "in/fr.txt", written + std::chrono::seconds(5));
  fs::last_write_time(dir / "in/zh.meta.json", written + std::chrono::seconds(5));
  auto third = runVerbatim(args);
  ASSERT_EQ(third.exitCode, 0) << third.err;
  report = readJson(dir / "report.json");
  EXPECT_EQ(report["documents"][0]["status"], "converted");
  EXPECT_EQ(report["documents"][1]["status"], "converted");
}

// A record whose sidecar names it (symbol and language) is not read when its
// outputs are up to date (round BC: a run over a converted archive took two
// thirds of the time of converting it). Its text here is no record at all:
// read, it would fail.
TEST(Batch, SkipUpToDateDoesNotReadARecordItsSidecarNames) {
  TempDir dir;
  copyRecord(kFrench, dir / "in", "fr.txt");
  writeText(dir / "in/fr.meta.json", R"({"symbol": "S/PV.99990", "language": "fr"})");
  const std::vector<std::string> args = {
      "convert",  (dir / "in").string(),         "-o", (dir / "out").string(), "--skip-up-to-date",
      "--report", (dir / "report.json").string()};
  ASSERT_EQ(runVerbatim(args).exitCode, 0);
  const auto akn = dir / "out/S_PV.99990.fr.akn.xml";
  const auto written = fs::last_write_time(akn);
  writeText(dir / "in/fr.txt", std::string("\x01\x02 not a record", 14));
  fs::last_write_time(dir / "in/fr.txt", written - std::chrono::seconds(5));
  fs::last_write_time(dir / "in/fr.meta.json", written - std::chrono::seconds(5));
  auto again = runVerbatim(args);
  EXPECT_EQ(again.exitCode, 0) << again.err;
  const auto report = readJson(dir / "report.json");
  EXPECT_EQ(report["documents"][0]["status"], "skipped");
  EXPECT_EQ(report["documents"][0]["symbol"], "S/PV.99990");
  EXPECT_EQ(fs::last_write_time(akn), written);
}

// --strict asks of what is converted now: an output left standing was
// accepted when it was made (round BB: with --skip-up-to-date --strict, an
// unchanged input with warnings failed on every run).
TEST(Batch, SkipUpToDateIsAskedBeforeStrict) {
  TempDir dir;
  // No profile for German: converted with a warning.
  copyRecord(sourceDir() / "fixtures/de/S_PV.99995.txt", dir / "in", "b.txt");
  writeText(dir / "in/b.meta.json", R"({"language": "de", "date": "2024-01-01"})");
  const std::string in = (dir / "in").string(), out = (dir / "out").string(),
                    report = (dir / "report.json").string();
  ASSERT_EQ(runVerbatim({"convert", in, "-o", out, "-q"}).exitCode, 0);
  const auto strict = runVerbatim(
      {"convert", in, "-o", out, "-q", "--skip-up-to-date", "--strict", "--report", report});
  EXPECT_EQ(strict.exitCode, 0) << strict.err;
  EXPECT_EQ(readJson(dir / "report.json")["documents"][0]["status"], "skipped");
  // Converted again, it is asked.
  EXPECT_NE(runVerbatim({"convert", in, "-o", out, "-q", "--strict"}).exitCode, 0);
}

TEST(Batch, QuietKeepsErrorsAndDropsProgressAndWarnings) {
  TempDir dir;
  copyRecord(kChinese, dir / "in", "a.txt");
  // No profile for German: converted with a warning.
  copyRecord(sourceDir() / "fixtures/de/S_PV.99995.txt", dir / "in", "b.txt");
  writeText(dir / "in/b.meta.json", R"({"language": "de", "date": "2024-01-01"})");
  auto loud = runVerbatim({"convert", (dir / "in").string(), "-o", (dir / "out1").string()});
  ASSERT_EQ(loud.exitCode, 0) << loud.err;
  EXPECT_TRUE(contains(loud.err, "warning")) << loud.err;
  auto quiet = runVerbatim({"convert", (dir / "in").string(), "-o", (dir / "out2").string(), "-q"});
  EXPECT_EQ(quiet.exitCode, 0);
  EXPECT_EQ(quiet.err, "");
  EXPECT_EQ(quiet.out, "");
  writeText(dir / "in/c.txt", "");
  auto failing =
      runVerbatim({"convert", (dir / "in").string(), "-o", (dir / "out3").string(), "-q"});
  EXPECT_EQ(failing.exitCode, 1);
  EXPECT_EQ(lines(failing.err).size(), 1u) << failing.err;
  EXPECT_TRUE(contains(failing.err, "c.txt")) << failing.err;
}

TEST(Batch, PlainProgressIsALinePerInputInInputOrder) {
  TempDir dir;
  copyRecord(kChinese, dir / "in", "a.txt");
  writeText(dir / "in/b.txt", "");
  copyRecord(kFrench, dir / "in", "c.txt");
  auto run = runVerbatim({"convert", (dir / "in").string(), "-o", (dir / "out").string(),
                          "--progress=plain", "-j", "2"});
  EXPECT_EQ(run.exitCode, 1);
  auto got = lines(run.err);
  ASSERT_EQ(got.size(), 5u) << run.err;
  const std::string in = (dir / "in").string(), out = (dir / "out").string();
  EXPECT_EQ(got[0], "[1/3] " + in + "/a.txt → " + out +
                        "/S_PV.9381.zh.akn.xml: 25 turns, 203 paragraphs, 19 page ends");
  EXPECT_TRUE(got[1].starts_with("verbatim: " + in + "/b.txt: ")) << got[1];
  EXPECT_EQ(got[2], "[2/3] " + in + "/b.txt: failed (exit 1)");
  EXPECT_TRUE(got[3].starts_with("[3/3] " + in + "/c.txt → " + out + "/S_PV.99990.fr.akn.xml: "))
      << got[3];
  EXPECT_TRUE(got[4].starts_with("verbatim: 3 inputs: 2 converted, 0 skipped, 1 failed, 0 not run"))
      << got[4];
  // Nothing at all but errors with --progress=none.
  auto none = runVerbatim({"convert", (dir / "in/a.txt").string(), (dir / "in/c.txt").string(),
                           "-o", (dir / "out").string(), "--progress=none"});
  EXPECT_EQ(none.exitCode, 0);
  EXPECT_EQ(none.err, "");
}

TEST(Batch, TheReportHasAnEntryPerInputAndTotals) {
  TempDir dir;
  copyRecord(kChinese, dir / "in", "a.txt");
  writeText(dir / "in/b.txt", "");
  auto run = runVerbatim({"convert", (dir / "in").string(), "-o", (dir / "out").string(),
                          "--report", (dir / "out/report.json").string(), "-q"});
  EXPECT_EQ(run.exitCode, 1);
  auto report = readJson(dir / "out/report.json");
  EXPECT_EQ(report["verbatim_report"], 1);
  const auto& good = report["documents"][0];
  for (const char* key : {"input", "ok", "status", "exit_code", "errors", "outputs", "time_ms",
                          "symbol", "language", "counts", "changes", "warnings"})
    EXPECT_TRUE(good.contains(key)) << key;
  EXPECT_EQ(good["outputs"], nlohmann::json::array({(dir / "out/S_PV.9381.zh.akn.xml").string()}));
  EXPECT_TRUE(good["errors"].empty());
  EXPECT_GE(good["time_ms"].get<long long>(), 0);
  const auto& bad = report["documents"][1];
  EXPECT_EQ(bad["ok"], false);
  EXPECT_EQ(bad["exit_code"], 1);
  EXPECT_TRUE(bad["outputs"].empty());
  EXPECT_TRUE(contains(bad["error"], "b.txt"));
  const auto& totals = report["totals"];
  for (const char* key : {"inputs", "succeeded", "failed", "skipped", "not_run", "warnings",
                          "outputs", "wall_time_ms"})
    EXPECT_TRUE(totals.contains(key)) << key;
  EXPECT_EQ(totals["inputs"], 2);
  EXPECT_EQ(totals["succeeded"], 1);
  EXPECT_EQ(totals["failed"], 1);
}

// One file given twice, however spelled, or given and found in its directory:
// converted once, where it first came.
TEST(Batch, AFileGivenTwiceIsConvertedOnce) {
  TempDir dir;
  copyRecord(kChinese, dir / "in", "a.txt");
  const fs::path file = dir / "in/a.txt";
  const fs::path respelled = dir / "in/./a.txt";
  auto run =
      runVerbatim({"convert", file.string(), respelled.string(), (dir / "in").string(), "-j", "2",
                   "-o", (dir / "out").string(), "--report", (dir / "report.json").string(), "-q"});
  EXPECT_EQ(run.exitCode, 0) << run.err;
  auto report = readJson(dir / "report.json");
  ASSERT_EQ(report["documents"].size(), 1u);
  EXPECT_EQ(report["documents"][0]["input"], file.string());
  EXPECT_EQ(report["totals"]["inputs"], 1);
}

TEST(Batch, JobsMustBeANumber) {
  EXPECT_EQ(runVerbatim({"convert", kChinese.string(), "-j", "0"}).exitCode, 2);
  EXPECT_EQ(runVerbatim({"convert", kChinese.string(), "-j", "many"}).exitCode, 2);
  EXPECT_EQ(runVerbatim({"convert", kChinese.string(), "--progress=loud"}).exitCode, 2);
}

TEST(Batch, TheBarIsRedrawnInPlaceAndClearedAtTheEnd) {
  TempDir dir;
  copyRecord(kChinese, dir / "in", "a.txt");
  copyRecord(kFrench, dir / "in", "b.txt");
  auto run = runVerbatim({"convert", (dir / "in").string(), "-o", (dir / "out").string(),
                          "--progress=bar", "-j", "2"});
  ASSERT_EQ(run.exitCode, 0) << run.err;
  EXPECT_TRUE(contains(run.err, "\r\033[K[")) << run.err;
  EXPECT_TRUE(contains(run.err, "2/2")) << run.err;
  EXPECT_TRUE(contains(run.err, "/s")) << run.err;
  // Cleared, then the totals on a line of their own.
  EXPECT_TRUE(contains(run.err, "\r\033[Kverbatim: 2 inputs: 2 converted")) << run.err;
}

// Symbols from sidecars name the outputs of every format: none leaves -o.
TEST(Batch, NoSymbolMakesAnyOutputLeaveTheOutputDirectory) {
  TempDir dir;
  const std::vector<std::string> symbols = {"../../escape/S/PV.1", "/etc/passwd", "..",
                                            "S/PV.1/../../x", "A\\..\\..\\PV.2"};
  for (std::size_t i = 0; i < symbols.size(); ++i) {
    const std::string name = "r" + std::to_string(i) + ".txt";
    copyRecord(kChinese, dir / "deep/in", name);
    nlohmann::json meta = readJson(sourceDir() / "fixtures/zh/S_PV.9381.meta.json");
    meta["symbol"] = symbols[i];
    writeText((dir / "deep/in" / name).replace_extension(".meta.json"), meta.dump());
  }
  auto run = runVerbatim({"convert", (dir / "deep/in").string(), "-o", (dir / "deep/out").string(),
                          "--to", "akn,epub,tei", "-q"});
  EXPECT_LE(run.exitCode, 2) << run.err;
  std::size_t outputs = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir.path())) {
    if (!entry.is_regular_file() || entry.path().parent_path() == dir / "deep/in") continue;
    EXPECT_EQ(entry.path().parent_path(), dir / "deep/out") << entry.path();
    ++outputs;
  }
  EXPECT_GE(outputs, 4u);
}

// The output directory is made by the first input that succeeds; a report in
// it has the entries of the inputs that failed before.
TEST(Batch, AReportInTheOutputDirectoryKeepsTheFailuresBeforeItExists) {
  TempDir dir;
  writeText(dir / "a.txt", "");
  auto run =
      runVerbatim({"convert", (dir / "a.txt").string(), kChinese.string(), "-o",
                   (dir / "out").string(), "--report", (dir / "out/report.json").string(), "-q"});
  EXPECT_EQ(run.exitCode, 1) << run.err;
  auto report = readJson(dir / "out/report.json");
  ASSERT_EQ(report["documents"].size(), 2u);
  EXPECT_EQ(report["documents"][0]["status"], "failed");
  EXPECT_EQ(report["documents"][1]["status"], "converted");
  // Every input failed, so none made the output directory: the report makes
  // it and says why, and the run fails as its inputs did (it was exit 4, no report).
  auto none = runVerbatim({"convert", (dir / "a.txt").string(), "-o", (dir / "new").string(),
                           "--report", (dir / "new/report.json").string(), "-q"});
  EXPECT_EQ(none.exitCode, 1) << none.err;
  auto failed = readJson(dir / "new/report.json");
  ASSERT_EQ(failed["documents"].size(), 1u);
  EXPECT_EQ(failed["documents"][0]["status"], "failed");
}

// A report that cannot be made is said before anything is converted: the
// run fails as an I/O error and writes no output (it failed after writing
// them). The output directory, which the first output makes, is a place for it.
TEST(Batch, AReportWhoseDirectoryIsMissingFailsBeforeAnyOutput) {
  TempDir dir;
  auto run = runVerbatim({"convert", kChinese.string(), "-o", (dir / "out/deeper").string(),
                          "--report", (dir / "nodir/report.json").string(), "-q"});
  EXPECT_EQ(run.exitCode, 4) << run.err;
  EXPECT_TRUE(contains(run.err, "nodir")) << run.err;
  EXPECT_FALSE(fs::exists(dir / "out"));
  // A report named as a directory is refused as early (round AW: after converting).
  fs::create_directories(dir / "reports");
  auto aDirectory = runVerbatim({"convert", kChinese.string(), "-o", (dir / "out").string(),
                                 "--report", (dir / "reports").string(), "-q"});
  EXPECT_EQ(aDirectory.exitCode, 4) << aDirectory.err;
  EXPECT_TRUE(contains(aDirectory.err, "is a directory")) << aDirectory.err;
  EXPECT_FALSE(fs::exists(dir / "out"));
  auto inOutput = runVerbatim({"convert", kChinese.string(), "-o", (dir / "out/deeper").string(),
                               "--report", (dir / "out/deeper/report.json").string(), "-q"});
  EXPECT_EQ(inOutput.exitCode, 0) << inOutput.err;
  EXPECT_TRUE(fs::exists(dir / "out/deeper/report.json"));
}

// Interrupted (Ctrl-C), the batch stops as --fail-fast does: what was staged
// is removed, and it dies of the signal. Its report is written whole: the
// inputs converted with their audit trails, the rest not run, with no exit
// code of their own, and the totals say which signal stopped it (round AY).
TEST(Batch, AnInterruptedBatchLeavesNoTemporaryFileAndReportsWhatItDid) {
  TempDir dir;
  for (int k = 0; k < 240; ++k) {
    const std::string name = "r" + std::to_string(k) + ".txt";
    copyRecord(kChinese, dir / "in", name);
    nlohmann::json meta = readJson(sourceDir() / "fixtures/zh/S_PV.9381.meta.json");
    meta["symbol"] = "S/PV." + std::to_string(50000 + k);
    writeText((dir / "in" / name).replace_extension(".meta.json"), meta.dump());
  }
  const std::string command = std::string(VERBATIM_PROGRAM) + " convert " + (dir / "in").string() +
                              " -o " + (dir / "out").string() +
                              " --to akn,epub,tei -j 2 --progress=plain" + " --report " +
                              (dir / "out/report.json").string();
  auto run =
      testing::shell("(" + command + ") 2>&1 & pid=$!; sleep 1; kill -INT $pid; wait $pid; " +
                     "echo \"status=$?\"");
  if (contains(run.output, "status=0"))
    GTEST_SKIP() << "the batch finished before it could be interrupted";
  EXPECT_TRUE(contains(run.output, "status=130")) << run.output;
  EXPECT_TRUE(contains(run.output, "interrupted")) << run.output;
  // The totals count every input: what was never started is not run (round AW).
  std::smatch totals;
  ASSERT_TRUE(std::regex_search(run.output, totals,
                                std::regex(R"(240 inputs: (\d+) converted, (\d+) skipped, (\d+) )"
                                           R"(failed, (\d+) not run)")))
      << run.output;
  EXPECT_EQ(
      std::stoi(totals[1]) + std::stoi(totals[2]) + std::stoi(totals[3]) + std::stoi(totals[4]),
      240)
      << totals[0];
  EXPECT_GT(std::stoi(totals[4]), 0) << totals[0];
  if (fs::exists(dir / "out")) {
    for (const auto& entry : fs::directory_iterator(dir / "out"))
      EXPECT_FALSE(entry.path().filename().string().starts_with(".")) << entry.path();
  }
  ASSERT_TRUE(fs::exists(dir / "out/report.json"));
  const auto report = readJson(dir / "out/report.json");
  EXPECT_EQ(report["totals"]["interrupted"], "SIGINT");
  EXPECT_EQ(report["documents"].size(), 240u);
  EXPECT_EQ(report["totals"]["not_run"], std::stoi(totals[4]));
  std::size_t notRun = 0;
  for (const auto& document : report["documents"])
    if (document["status"] == "not_run") {
      ++notRun;
      EXPECT_TRUE(document["exit_code"].is_null()) << document["input"];
    } else {
      EXPECT_TRUE(document["exit_code"].is_number()) << document["input"];
    }
  EXPECT_EQ(notRun, static_cast<std::size_t>(std::stoi(totals[4])));
}

// A second signal does not wait for the input being converted: the user
// insists, and the process dies of it at once, writing no output and not
// saying it finished the input (one signal would have let a record of ten
// megabytes run to its end first).
TEST(Batch, ASecondSignalEndsTheConversionAtOnce) {
  TempDir dir;
  const std::string record = readText(kChinese);
  std::string big;
  for (int k = 0; k < 120; ++k) big += record;
  writeText(dir / "big.txt", big);
  const std::string command =
      std::string(VERBATIM_PROGRAM) + " convert " + (dir / "big.txt").string() +
      " --symbol S/PV.1 --date 2023-01-01 --lang zh --to akn,epub,tei -o " + (dir / "out").string();
  auto run = testing::shell("(" + command +
                            ") 2>&1 & pid=$!; sleep 0.5; kill -TERM $pid; sleep 0.2; "
                            "kill -TERM $pid; wait $pid; echo \"status=$?\"");
  EXPECT_TRUE(contains(run.output, "status=143")) << run.output;
  EXPECT_FALSE(contains(run.output, "interrupted")) << run.output;
  EXPECT_FALSE(fs::exists(dir / "out/big.zh.akn.xml"));
}

}  // namespace
}  // namespace verbatim
