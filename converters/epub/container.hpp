// The OCF container: a ZIP archive whose first entry is the `mimetype` file,
// stored, without extra fields; everything else deflated. Same entries in the
// same order at the same time give the same bytes.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "epub/timestamp.hpp"

namespace verbatim::epub {

struct ContainerEntry {
  std::string name;  // path in the archive, ASCII
  std::string_view bytes;
  bool stored = false;  // false: deflated
};

// The archive's bytes: entries in the order given, each dated `time`, each a
// plain file readable by all (Unix mode 0644).
Result<std::string> packContainer(const std::vector<ContainerEntry>& entries, DosTime time);

// An entry read back from an archive.
struct ArchivedFile {
  std::string name;
  bool stored = false;
  std::string bytes;  // empty unless asked for
};

// Every entry of `archive`, in archive order, with the content of those
// `wanted` says (all by default: checks read a few, tests read all).
Result<std::vector<ArchivedFile>> unpackContainer(
    std::string_view archive, const std::function<bool(std::string_view name)>& wanted =
                                  [](std::string_view) { return true; });

}  // namespace verbatim::epub
