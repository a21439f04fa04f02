// What the EPUB tests share: the books they make, running the external
// checkers (epubcheck, DAISY Ace, chromium), and reading an EPUB back.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace verbatim::testing::epub {

// The AKN records the EPUB tests render: the Chinese record's golden AKN, and
// the synthetic Arabic and English records in tests/epub/data.
std::filesystem::path chineseAkn();
std::filesystem::path arabicAkn();
std::filesystem::path englishAkn();

// The Meeting in an AKN file, read as the command reads it (fails the test otherwise).
Meeting readMeeting(const std::filesystem::path& akn);

// The files of an EPUB by name, read back with the project's own unpacker.
std::map<std::string, std::string> unpack(const std::string& epub);
// Writes them under `directory` (for chromium, which opens files).
void unpackTo(const std::string& epub, const std::filesystem::path& directory);

struct ToolRun {
  int exitCode = -1;   // 128 + signal when killed; -1 when it could not be started
  std::string output;  // standard output and error, interleaved
  bool timedOut = false;
};

// Runs `argv` (argv[0] looked up in PATH) with `environment` added to this
// process's, in its own process group, killed with its children after `timeout`.
ToolRun runTool(const std::vector<std::string>& argv,
                const std::vector<std::string>& environment = {},
                std::chrono::seconds timeout = std::chrono::seconds(180));

bool isExecutable(const std::filesystem::path& path);

// The external checkers, where `make deps` puts them.
inline const std::filesystem::path kEpubcheckJar = "/usr/share/java/epubcheck.jar";
inline const std::filesystem::path kChromium = "/usr/bin/chromium";
std::filesystem::path aceCli();  // tests/epub/tools/node_modules/.bin/ace-cli

// epubcheck with --failonwarnings: exit 0 only without fatals, errors and warnings.
ToolRun runEpubcheck(const std::filesystem::path& book);
// DAISY Ace with -E (exit 2 when the book fails); the report goes to `reportDirectory`.
ToolRun runAce(const std::filesystem::path& book, const std::filesystem::path& reportDirectory);

}  // namespace verbatim::testing::epub
