#include "core/staged_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
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
    : target_(std::move(other.target_)),
      temporary_(std::exchange(other.temporary_, {})),
      fd_(std::exchange(other.fd_, -1)),
      stream_(std::move(other.stream_)),
      isStream_(std::exchange(other.isStream_, false)) {}

StagedFile& StagedFile::operator=(StagedFile&& other) noexcept {
  if (this != &other) {
    discard();
    target_ = std::move(other.target_);
    temporary_ = std::exchange(other.temporary_, {});
    fd_ = std::exchange(other.fd_, -1);
    stream_ = std::move(other.stream_);
    isStream_ = std::exchange(other.isStream_, false);
  }
  return *this;
}

StagedFile::~StagedFile() { discard(); }

void StagedFile::discard() {
  if (!temporary_.empty()) ::unlink(temporary_.c_str());
  temporary_.clear();
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  isStream_ = false;
}

Result<StagedFile> StagedFile::write(const std::string& target, std::string_view content) {
  auto place = prepareWrite(target);
  if (!place) return place.error();
  if (place.value().stream) {
    StagedFile staged(target, {});
    staged.stream_ = std::string(content);
    staged.isStream_ = true;
    return staged;
  }
  auto created = createLockedTemporary(place.value().target, target);
  if (!created) return created.error();
  // Open, and locked, until renamed or removed: a later run knows it is not stale.
  StagedFile staged(place.value().target, created.value().path);
  staged.fd_ = created.value().fd;
  const int fd = staged.fd_;
  for (std::size_t written = 0; written < content.size();) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return ioError(target, "cannot write");  // `staged` removes the temporary file
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) return ioError(target, "cannot flush to disk");
  return staged;
}

Status StagedFile::commit() {
  if (isStream_) {
    isStream_ = false;
    return writeFileAtomically(target_, stream_);  // written in place
  }
  if (temporary_.empty())
    return Error{ErrorKind::Io, "nothing staged to rename into place", target_, 0, {}};
  if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
    Error error = ioError(target_, "cannot rename into place");
    discard();
    return error;
  }
  temporary_.clear();
  const int fd = std::exchange(fd_, -1);
  if (::close(fd) != 0) return ioError(target_, "cannot close");
  return success();
}

}  // namespace verbatim
