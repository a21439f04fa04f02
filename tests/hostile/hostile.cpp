#include "hostile/hostile.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace verbatim::hostile {

using testing::readText;
using testing::sourceDir;
using testing::writeText;

std::string fixtureText() {
  static const std::string text = readText(sourceDir() / "fixtures/zh/S_PV.9381.txt");
  return text;
}

std::string goldenAkn() {
  static const std::string text =
      readText(sourceDir() / "fixtures/zh/expected/S_PV.9381.zh.akn.xml");
  return text;
}

const std::vector<std::string>& recordFlags() {
  static const std::vector<std::string> flags = {
      "--symbol", "S/PV.9381", "--date", "2023-07-18", "--lang", "zh", "--first-page", "2"};
  return flags;
}

Scene::Scene() {
  std::filesystem::create_directory(dir_.path() / "in");
  std::filesystem::create_directory(out());
  // Distinct, recognisable bytes: a failed run must leave each as it is.
  before_ = {{"S_PV.9381.zh.akn.xml", goldenAkn()},
             {"S_PV.9381.zh.epub", "an earlier, good EPUB\n"},
             {"S_PV.9381.zh.tei.xml", "an earlier, good TEI record\n"},
             {"S_PV.9381.zh.teiCorpus.xml", "an earlier, good TEI corpus root\n"}};
  for (const auto& [name, bytes] : before_) writeText(out() / name, bytes);
}

std::string Scene::input(const std::string& name, const std::string& bytes) const {
  writeText(in(name), bytes);
  return in(name).string();
}

Outcome Scene::convert(const std::string& input, const std::vector<std::string>& extra) const {
  Spec spec;
  spec.arguments = {"convert", input, "-o", out().string(), "--to", "akn,epub,tei"};
  spec.arguments.insert(spec.arguments.end(), extra.begin(), extra.end());
  return run(spec);
}

std::vector<std::string> Scene::listOut() const {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(out()))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

void Scene::expectUntouched(const std::string& context) const {
  std::vector<std::string> expected;
  for (const auto& [name, bytes] : before_) expected.push_back(name);
  EXPECT_EQ(listOut(), expected) << context << ": no partial output, no temporary file";
  for (const auto& [name, bytes] : before_) {
    if (std::filesystem::exists(out() / name)) {
      EXPECT_EQ(readText(out() / name), bytes) << context << ": " << name << " was changed";
    }
  }
}

void Scene::expectRefused(const Outcome& run, int exitCode, const std::string& file,
                          const std::vector<std::string>& words) const {
  EXPECT_EQ(run.exitCode, exitCode) << file << "\n" << run.err;
  EXPECT_EQ(run.signal, 0) << file;
  EXPECT_EQ(run.err.rfind("verbatim: ", 0), 0u) << run.err;
  EXPECT_NE(run.err.find(file), std::string::npos) << "the message names the file:\n" << run.err;
  for (const auto& word : words)
    EXPECT_NE(run.err.find(word), std::string::npos) << "'" << word << "' in:\n" << run.err;
  expectUntouched(file);
}

void Scene::expectConverted(const Outcome& run) const {
  EXPECT_EQ(run.exitCode, 0) << run.err;
  const auto names = listOut();
  EXPECT_TRUE(temporaries(names).empty());
  for (const auto& [name, bytes] : before_) {
    EXPECT_TRUE(std::find(names.begin(), names.end(), name) != names.end()) << name;
    if (name != "S_PV.9381.zh.akn.xml" && std::filesystem::exists(out() / name)) {
      EXPECT_NE(readText(out() / name), bytes) << name << " was not replaced";
    }
  }
}

std::vector<std::string> temporaries(const std::vector<std::string>& names) {
  std::vector<std::string> found;
  for (const auto& name : names)
    if (name.rfind(".verbatim-tmp-", 0) == 0) found.push_back(name);
  return found;
}

}  // namespace verbatim::hostile
