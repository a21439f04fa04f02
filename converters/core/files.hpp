// Reading inputs and writing outputs so that a failure never leaves a partial
// file: outputs go to a temporary file beside the target, renamed into place.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace verbatim {

// Inputs larger than this are refused unless --max-input-size raises it: real
// records are under 2 MB, and a conversion needs some 25 times its input's
// size in memory.
inline constexpr std::size_t kDefaultInputLimit = std::size_t{16} << 20;

// Reads a whole file ("-" reads standard input). Refuses directories, and
// inputs larger than `limit` bytes before reading past the limit (a regular
// file by its size, before reading anything).
Result<std::string> readFile(const std::string& path, std::size_t limit);

// Writes `content` to `path` atomically: a temporary file in the same
// directory, locked, flushed to disk, then renamed over the target. On failure
// the target is untouched and the temporary file removed. The first write into
// a directory removes the temporary files of runs that were killed (unlocked
// files named temporaryPrefix()…). "-" writes standard output; a device or
// FIFO is written in place, never replaced; a symbolic link keeps pointing
// where it did, at the new content.
Status writeFileAtomically(const std::string& path, std::string_view content);

// The prefix of the temporary files writeFileAtomically makes (hidden files).
std::string temporaryPrefix();

// Where a write to `path` lands. The temporary files killed runs left in its
// directory are removed first (once per directory and process). A symbolic
// link is followed, so that the link stays and the file it points to is
// replaced; a device, FIFO or socket is a stream, written in place.
struct WritePlace {
  std::string target;  // what the temporary file is renamed onto
  bool stream = false;
};
Result<WritePlace> prepareWrite(const std::string& path);

// A new temporary file for `target` (a path prepareWrite gave), beside it,
// created and locked for as long as `fd` stays open: a later run then knows it
// is not stale. Made again under a new name when a cleaner took it for stale
// in the moment between creating and locking it. Where locks are not
// supported the file stays unlocked. The caller closes `fd`.
struct LockedTemporary {
  std::string path;
  int fd = -1;
};
Result<LockedTemporary> createLockedTemporary(const std::string& target,
                                              const std::string& reported);

}  // namespace verbatim
