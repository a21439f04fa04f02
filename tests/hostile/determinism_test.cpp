// Determinism across environments: the fixtures converted to every format
// under other time zones and locales give the same bytes. Turkish is there
// for its dotted and dotless i (case mapping by the default locale), German
// for its decimal comma, Kiritimati (UTC+14) and Kolkata (UTC+5:30) for dates
// that differ from UTC's. Locales are compiled with localedef into a private
// directory (LOCPATH), so that the test needs no change to the system.
#include <gtest/gtest.h>

#include <map>

#include "hostile/hostile.hpp"

namespace verbatim::hostile {
namespace {

using testing::readText;
using testing::sourceDir;

// The raw fixtures that convert without flags (sidecar or cover page).
std::vector<std::string> fixtures() {
  std::vector<std::string> inputs;
  for (const char* name : {"zh/S_PV.9381.txt", "zh/S_PV.99994.txt", "fr/S_PV.99990.txt",
                           "es/S_PV.99991.txt", "ru/S_PV.99992.txt", "ar/S_PV.99993.txt"})
    inputs.push_back((sourceDir() / "fixtures" / name).string());
  return inputs;
}

// Every output file of a conversion in `environment`, by name.
std::map<std::string, std::string> convertIn(const std::filesystem::path& out,
                                             const std::vector<std::string>& environment) {
  Spec spec;
  spec.arguments = {"convert"};
  for (const auto& input : fixtures()) spec.arguments.push_back(input);
  for (const std::string flag : {"-o", "", "--to", "akn,epub,tei", "-q"})
    spec.arguments.push_back(flag.empty() ? out.string() : flag);
  spec.setEnv = environment;
  spec.unsetEnv = {"SOURCE_DATE_EPOCH", "LANG", "LANGUAGE", "LC_ALL", "TZ"};
  auto outcome = run(spec);
  EXPECT_EQ(outcome.exitCode, 0) << outcome.err;
  std::map<std::string, std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(out))
    files[entry.path().filename().string()] = readText(entry.path());
  return files;
}

// Compiles `locale` (e.g. "tr_TR.UTF-8") into `directory`; false when localedef cannot.
bool compileLocale(const std::filesystem::path& directory, const std::string& locale) {
  const std::string input = locale.substr(0, locale.find('.'));
  const std::string command =
      "localedef -i " + input + " -f UTF-8 '" + (directory / locale).string() + "' >/dev/null 2>&1";
  return std::system(command.c_str()) == 0 && std::filesystem::exists(directory / locale);
}

TEST(Determinism, TimeZonesAndLocalesGiveTheSameBytes) {
  testing::TempDir dir;
  const auto baseline = convertIn(dir / "baseline", {"TZ=UTC", "LC_ALL=C"});
  ASSERT_EQ(baseline.size(), fixtures().size() * 4);

  std::vector<std::pair<std::string, std::vector<std::string>>> environments = {
      {"Kiritimati", {"TZ=Pacific/Kiritimati", "LC_ALL=C"}},
      {"Kolkata", {"TZ=Asia/Kolkata", "LC_ALL=C"}},
      {"C.UTF-8", {"TZ=UTC", "LC_ALL=C.UTF-8"}},
  };
  std::vector<std::string> skipped;
  const auto locales = dir / "locales";
  std::filesystem::create_directory(locales);
  for (const std::string locale : {"tr_TR.UTF-8", "de_DE.UTF-8"}) {
    if (compileLocale(locales, locale))
      environments.push_back({locale,
                              {"TZ=Pacific/Kiritimati", "LOCPATH=" + locales.string(),
                               "LC_ALL=" + locale, "LANG=" + locale}});
    else
      skipped.push_back(locale);
  }
  for (const auto& [name, environment] : environments) {
    SCOPED_TRACE(name);
    const auto outputs = convertIn(dir / name, environment);
    ASSERT_EQ(outputs.size(), baseline.size());
    for (const auto& [file, bytes] : baseline) {
      auto other = outputs.find(file);
      ASSERT_NE(other, outputs.end()) << file;
      EXPECT_TRUE(other->second == bytes) << file << " differs under " << name;
    }
  }
  if (!skipped.empty()) {
    std::string list;
    for (const auto& locale : skipped) list += " " + locale;
    GTEST_SKIP() << "localedef could not compile" << list
                 << " (Debian: apt-get install locales); time zones and C.UTF-8 were compared";
  }
}

}  // namespace
}  // namespace verbatim::hostile
