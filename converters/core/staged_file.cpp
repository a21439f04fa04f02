#include "core/staged_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <utility>

#include "core/files.hpp"

namespace verbatim {
namespace {

Error ioError(const std::string& path, const std::string& what) {
  return Error{ErrorKind::Io, what + ": " + std::strerror(errno), path, 0, {}};
}

}  // namespace

StagedFile::StagedFile(std::string target, std::string temporary)
    : target_(std::move(target)), temporary_(std::move(temporary)) {}

StagedFile::StagedFile(StagedFile&& other) noexcept
    : target_(std::move(other.target_)), temporary_(std::exchange(other.temporary_, {})) {}

StagedFile& StagedFile::operator=(StagedFile&& other) noexcept {
  if (this != &other) {
    discard();
    target_ = std::move(other.target_);
    temporary_ = std::exchange(other.temporary_, {});
  }
  return *this;
}

StagedFile::~StagedFile() { discard(); }

void StagedFile::discard() {
  if (!temporary_.empty()) ::unlink(temporary_.c_str());
  temporary_.clear();
}

Result<StagedFile> StagedFile::write(const std::string& target, std::string_view content) {
  namespace fs = std::filesystem;
  const fs::path path(target);
  const fs::path directory = path.has_parent_path() ? path.parent_path() : fs::path(".");
  static std::atomic<unsigned> counter{0};
  // "s" keeps these apart from writeFileAtomically's names in the same process.
  const std::string name = temporaryPrefix() + std::to_string(::getpid()) + "-s" +
                           std::to_string(counter++) + "-" + path.filename().string();
  StagedFile staged(target, (directory / name).string());
  const int fd = ::open(staged.temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    Error error = ioError(target, "cannot create a file in " + directory.string());
    staged.temporary_.clear();  // nothing was made
    return error;
  }
  for (std::size_t written = 0; written < content.size();) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      Error error = ioError(target, "cannot write");
      ::close(fd);
      return error;  // `staged` removes the temporary file
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) {
    Error error = ioError(target, "cannot flush to disk");
    ::close(fd);
    return error;
  }
  if (::close(fd) != 0) return ioError(target, "cannot close");
  return staged;
}

Status StagedFile::commit() {
  if (temporary_.empty())
    return Error{ErrorKind::Io, "nothing staged to rename into place", target_, 0, {}};
  if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
    Error error = ioError(target_, "cannot rename into place");
    discard();
    return error;
  }
  temporary_.clear();
  return success();
}

}  // namespace verbatim
