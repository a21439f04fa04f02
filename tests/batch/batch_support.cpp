#include "batch_support.hpp"

#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace verbatim::testing {

namespace fs = std::filesystem;

std::vector<fs::path> fixtureRecords() {
  std::vector<fs::path> records;
  for (const auto& language : fs::directory_iterator(sourceDir() / "fixtures")) {
    if (!language.is_directory()) continue;
    for (const auto& entry : fs::directory_iterator(language.path()))
      if (entry.path().extension() == ".txt") records.push_back(entry.path());
  }
  std::sort(records.begin(), records.end());
  return records;
}

void copyRecord(const fs::path& record, const fs::path& directory, const std::string& name) {
  fs::create_directories(directory);
  fs::copy_file(record, directory / name, fs::copy_options::overwrite_existing);
  fs::path sidecar = record;
  sidecar.replace_extension(".meta.json");
  if (fs::exists(sidecar))
    fs::copy_file(sidecar, (directory / name).replace_extension(".meta.json"),
                  fs::copy_options::overwrite_existing);
}

std::map<std::string, std::string> snapshot(const fs::path& directory) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(directory))
    if (entry.is_regular_file())
      files[fs::relative(entry.path(), directory).string()] = readText(entry.path());
  return files;
}

nlohmann::json readJson(const fs::path& path) { return nlohmann::json::parse(readText(path)); }

ShellResult shell(const std::string& command) {
  ShellResult result;
  std::FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe))
    result.output.append(buffer, n);
  const int status = ::pclose(pipe);
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

}  // namespace verbatim::testing
