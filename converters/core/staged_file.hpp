// An output written ahead of its turn: the bytes go to a hidden temporary
// file beside the target and are flushed to disk at once (that is the slow
// part, and any thread may do it); commit() renames the file into place
// (quick, done in input order by the batch). A staged file that is never
// committed is removed: a failure or an abandoned batch leaves nothing.
#pragma once

#include <string>
#include <string_view>

#include "core/result.hpp"

namespace verbatim {

class StagedFile {
 public:
  static Result<StagedFile> write(const std::string& target, std::string_view content);

  StagedFile(StagedFile&& other) noexcept;
  StagedFile& operator=(StagedFile&& other) noexcept;
  StagedFile(const StagedFile&) = delete;
  StagedFile& operator=(const StagedFile&) = delete;
  ~StagedFile();

  // Renames the file over its target; on failure the target is untouched.
  Status commit();
  const std::string& target() const { return target_; }

 private:
  StagedFile(std::string target, std::string temporary);
  void discard();

  std::string target_;     // a symbolic link's target: the link stays
  std::string temporary_;  // empty once committed or discarded
  int fd_ = -1;            // open, and locked, until committed or discarded
  // A device, FIFO or socket is written in place at commit: these bytes.
  std::string stream_;
  bool isStream_ = false;
};

}  // namespace verbatim
