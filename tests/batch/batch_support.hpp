// What the batch tests share: fixture copies, directory snapshots, report reading.
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/support.hpp"

namespace verbatim::testing {

// The fixture records that convert without flags (each has its metadata in
// its text or a sidecar): fixtures/*/*.txt.
std::vector<std::filesystem::path> fixtureRecords();

// Copies `record` (and its sidecar, if any) into `directory` under `name`.
void copyRecord(const std::filesystem::path& record, const std::filesystem::path& directory,
                const std::string& name);

// Every regular file under `directory`, by path relative to it, with its bytes.
std::map<std::string, std::string> snapshot(const std::filesystem::path& directory);

nlohmann::json readJson(const std::filesystem::path& path);

struct ShellResult {
  int exitCode = -1;
  std::string output;  // standard output and error
};
// Runs `command` with /bin/sh.
ShellResult shell(const std::string& command);

// The lines of `text`.
std::vector<std::string> lines(const std::string& text);

}  // namespace verbatim::testing
