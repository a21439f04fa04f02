#include "core/files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>

namespace verbatim {
namespace {

Error ioError(const std::string& path, const std::string& what) {
  return Error{ErrorKind::Io, what + ": " + std::strerror(errno), path, 0, {}};
}

// Closes a file descriptor when it goes out of scope.
class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  int get() const { return fd_; }
  int release() { return std::exchange(fd_, -1); }

 private:
  int fd_;
};

}  // namespace

std::string temporaryPrefix() { return ".verbatim-tmp-"; }

Result<std::string> readFile(const std::string& path, std::size_t limit) {
  if (path == "-") {
    std::string content((std::istreambuf_iterator<char>(std::cin)),
                        std::istreambuf_iterator<char>());
    if (content.size() > limit)
      return Error{ErrorKind::InputRejected,
                   "standard input is larger than the limit of " + std::to_string(limit) + " bytes",
                   path,
                   0,
                   {}};
    return content;
  }
  Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) return ioError(path, "cannot open");
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) return ioError(path, "cannot read");
  if (S_ISDIR(info.st_mode)) return Error{ErrorKind::Io, "is a directory, not a file", path, 0, {}};
  if (S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) > limit)
    return Error{ErrorKind::InputRejected,
                 "the file has " + std::to_string(info.st_size) +
                     " bytes, more than the limit of " + std::to_string(limit) +
                     " (pass --max-input-size to raise it)",
                 path,
                 0,
                 {}};
  std::string content;
  if (S_ISREG(info.st_mode)) content.reserve(static_cast<std::size_t>(info.st_size));
  char buffer[1 << 16];
  while (true) {
    ssize_t got = ::read(fd.get(), buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      return ioError(path, "cannot read");
    }
    if (got == 0) break;
    content.append(buffer, static_cast<std::size_t>(got));
    if (content.size() > limit)
      return Error{ErrorKind::InputRejected,
                   "the input is larger than the limit of " + std::to_string(limit) + " bytes",
                   path,
                   0,
                   {}};
  }
  return content;
}

Status writeFileAtomically(const std::string& path, std::string_view content) {
  if (path == "-") {
    std::cout.write(content.data(), static_cast<std::streamsize>(content.size()));
    std::cout.flush();
    if (!std::cout) return Error{ErrorKind::Io, "cannot write to standard output", path, 0, {}};
    return success();
  }
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
  static std::atomic<unsigned> counter{0};
  const std::string name = temporaryPrefix() + std::to_string(::getpid()) + "-" +
                           std::to_string(counter++) + "-" + target.filename().string();
  const fs::path temporary = directory / name;
  Descriptor fd(::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
  if (fd.get() < 0) return ioError(path, "cannot create a file in " + directory.string());
  auto fail = [&](const std::string& what) {
    Error error = ioError(path, what);
    ::unlink(temporary.c_str());
    return error;
  };
  for (std::size_t written = 0; written < content.size();) {
    ssize_t n = ::write(fd.get(), content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("cannot write");
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd.get()) != 0) return fail("cannot flush to disk");
  if (::close(fd.release()) != 0) return fail("cannot close");
  if (::rename(temporary.c_str(), target.c_str()) != 0) return fail("cannot rename into place");
  return success();
}

}  // namespace verbatim
