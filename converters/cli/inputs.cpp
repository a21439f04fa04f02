#include "cli/inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include "core/files.hpp"

namespace verbatim::cli {
namespace {

namespace fs = std::filesystem;

// Extensions in any case: archives made on Windows name records "S_PV.9381.TXT".
bool endsWith(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  text = text.substr(text.size() - suffix.size());
  return std::equal(text.begin(), text.end(), suffix.begin(), suffix.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) ==
           std::tolower(static_cast<unsigned char>(b));
  });
}

// The lines of a --files-from list; blank lines are ignored, a CR before the
// LF is dropped (lists written on Windows).
Result<std::vector<std::string>> readList(const std::string& path) {
  auto text = readFile(path, std::size_t{256} << 20);
  if (!text) return text.error();
  std::vector<std::string> lines;
  std::string_view rest = text.value();
  while (!rest.empty()) {
    auto end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty()) lines.emplace_back(line);
  }
  return lines;
}

// The record files under `directory`, sorted by path, leaving out hidden
// entries and `skip` (the output directory, when it is inside). What cannot
// be read below it is no reason to convert nothing: a subdirectory that
// cannot be read, and a link to no file, are inputs of their own, which fail
// with their reason while the rest converts.
Result<std::vector<std::string>> search(const fs::path& directory, const fs::path& skip) {
  std::vector<std::string> found;
  std::error_code error;
  // The directory itself must be readable: that is the operand's own failure.
  const fs::directory_iterator first(directory, error);
  if (error)
    return Error{
        ErrorKind::Io, "cannot read the directory: " + error.message(), directory.string(), 0, {}};
  // Links to directories are followed (an archive's volumes may be links),
  // each directory read once: a link back to a directory above it (a loop)
  // is an input of its own, which fails saying so.
  std::set<fs::path> visited{fs::weakly_canonical(directory, error)};
  std::vector<fs::path> pending{directory};
  while (!pending.empty()) {
    const fs::path here = pending.back();
    pending.pop_back();
    fs::directory_iterator it(here, error), end;
    if (error) {
      found.push_back(here.string());
      continue;
    }
    for (; it != end; it.increment(error)) {
      if (error) break;
      const fs::path& path = it->path();
      const std::string name = path.filename().string();
      if (name.starts_with(".")) continue;
      std::error_code statError, same;
      const bool link = it->is_symlink(statError);
      if (it->is_directory(statError)) {
        if (!skip.empty() && fs::equivalent(path, skip, same)) continue;
        const fs::path target = fs::weakly_canonical(path, same);
        if (visited.insert(target).second) {
          pending.push_back(path);
        } else if (link) {
          const fs::path parent = fs::weakly_canonical(here, same);
          const auto [mismatch, rest] =
              std::mismatch(target.begin(), target.end(), parent.begin(), parent.end());
          if (mismatch == target.end()) found.push_back(path.string());  // a loop
        }
        continue;
      }
      if (!isRecordFileName(name)) continue;
      // A link to nothing, or to itself, is found and fails, saying why.
      if (it->is_regular_file(statError) || link) found.push_back(path.string());
    }
    if (error) found.push_back(here.string());
  }
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace

bool isRecordFileName(std::string_view name) {
  if (name.empty() || name.front() == '.') return false;  // hidden, and our temporary files
  if (endsWith(name, ".tei.xml") || endsWith(name, ".teiCorpus.xml")) return false;
  return endsWith(name, ".txt") || endsWith(name, ".xml");
}

Result<std::vector<std::string>> collectInputs(const ConvertOptions& options) {
  std::vector<std::string> operands = options.inputs;
  if (!options.filesFrom.empty()) {
    auto listed = readList(options.filesFrom);
    if (!listed) return listed.error();
    operands.insert(operands.end(), listed.value().begin(), listed.value().end());
  }
  fs::path outputs;
  if (options.outputDirectory != "-") {
    std::error_code error;
    if (fs::is_directory(options.outputDirectory, error)) outputs = options.outputDirectory;
  }
  std::vector<std::string> inputs;
  for (const auto& operand : operands) {
    std::error_code error;
    if (operand == "-" || !fs::is_directory(operand, error)) {
      inputs.push_back(operand);  // a file that cannot be read is reported when converted
      continue;
    }
    auto found = search(operand, outputs);
    if (!found) return found.error();
    inputs.insert(inputs.end(), found.value().begin(), found.value().end());
  }
  // One file given twice (or found twice: "a.txt ./a.txt", a file and its
  // directory) is converted once, where it first came.
  std::set<fs::path> seen;
  std::erase_if(inputs, [&](const std::string& input) {
    if (input == "-") return false;
    std::error_code error;
    fs::path canonical = fs::weakly_canonical(input, error);
    if (error) return false;
    return !seen.insert(std::move(canonical)).second;
  });
  return inputs;
}

}  // namespace verbatim::cli
