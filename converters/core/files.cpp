#include "core/files.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <set>
#include <utility>

namespace verbatim {
namespace {

namespace fs = std::filesystem;

Error ioError(const std::string& path, const std::string& what) {
  return Error{ErrorKind::Io, what + ": " + std::strerror(errno), path, 0, {}};
}

// "16777216 bytes (16 MiB)": the limit as given to --max-input-size, and as a person reads it.
std::string bytesAndMiB(std::size_t bytes) {
  return std::to_string(bytes) + " bytes (" + std::to_string(bytes >> 20) + " MiB)";
}

Error tooLarge(const std::string& path, const std::string& what) {
  return Error{
      ErrorKind::InputRejected, what + " (pass --max-input-size to raise the limit)", path, 0, {}};
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
  Descriptor& operator=(Descriptor&& other) noexcept {
    if (this != &other) {
      if (fd_ >= 0) ::close(fd_);
      fd_ = std::exchange(other.fd_, -1);
    }
    return *this;
  }
  int get() const { return fd_; }
  int release() { return std::exchange(fd_, -1); }

 private:
  int fd_;
};

// Reads `fd` to its end, but never more than `limit` bytes: a larger input is
// refused before it fills memory, whatever kind of file it is.
Result<std::string> readDescriptor(int fd, const std::string& path, std::size_t limit) {
  struct stat info {};
  if (::fstat(fd, &info) != 0) return ioError(path, "cannot read");
  if (S_ISDIR(info.st_mode)) {
    // A directory search gives a link only where it leads back above itself.
    struct stat link {};
    const bool linked = ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode);
    return Error{ErrorKind::Io,
                 linked ? "is a link back to a directory that holds it (a loop), not a file"
                        : "is a directory, not a file",
                 path,
                 0,
                 {}};
  }
  // A regular file says its size: a large one is refused before it is read.
  if (S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) > limit)
    return tooLarge(path, "the file has " + std::to_string(info.st_size) +
                              " bytes, more than the limit of " + bytesAndMiB(limit) +
                              "; it was not read");
  std::string content;
  if (S_ISREG(info.st_mode)) content.reserve(static_cast<std::size_t>(info.st_size));
  char buffer[1 << 16];
  while (true) {
    ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      return ioError(path, "cannot read");
    }
    if (got == 0) break;
    if (content.size() + static_cast<std::size_t>(got) > limit)
      return tooLarge(path, "the input is larger than the limit of " + bytesAndMiB(limit) +
                                "; reading stopped there");
    content.append(buffer, static_cast<std::size_t>(got));
  }
  return content;
}

Status writeAll(int fd, std::string_view content, const std::string& path,
                const std::string& what) {
  for (std::size_t written = 0; written < content.size();) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      return ioError(path, what);
    }
    written += static_cast<std::size_t>(n);
  }
  return success();
}

bool sameFile(const struct stat& a, const struct stat& b) {
  return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// A temporary file of ours that no process holds locked was left by a run
// that was killed (SIGKILL, power loss) between creating and renaming it: the
// writer holds an exclusive lock on its temporary file until it is renamed,
// and the kernel drops the lock when the process dies.
void removeIfStale(const fs::path& candidate) {
  Descriptor fd(::open(candidate.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK));
  struct stat opened {
  }, named{};
  if (fd.get() < 0 || ::fstat(fd.get(), &opened) != 0 || !S_ISREG(opened.st_mode)) return;
  if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) return;  // a live writer, or no locks here
  // Still the file we locked (not one a writer created under that name since).
  if (::lstat(candidate.c_str(), &named) == 0 && sameFile(opened, named))
    ::unlink(candidate.c_str());
}

// Once per directory and process: the first write into a directory clears
// the temporary files killed runs left there, so that none stays for long
// where the user looks.
void removeStaleTemporaries(const fs::path& directory) {
  static std::mutex mutex;
  static std::set<std::string> cleaned;
  {
    std::lock_guard lock(mutex);
    if (!cleaned.insert(directory.string()).second) return;
  }
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(directory, error)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(temporaryPrefix(), 0) == 0) removeIfStale(entry.path());
  }
}

// A device, a FIFO or a socket (--report /dev/stdout) is a stream: it is
// written in place, never replaced by a file.
Status writeStream(const std::string& path, std::string_view content) {
  Descriptor fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY));
  if (fd.get() < 0) return ioError(path, "cannot open for writing");
  return writeAll(fd.get(), content, path, "cannot write");
}

// Makes the rename durable: the directory entry is on disk too.
void syncDirectory(const fs::path& directory) {
  Descriptor fd(::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd.get() >= 0) ::fsync(fd.get());
}

}  // namespace

std::string temporaryPrefix() { return ".verbatim-tmp-"; }

Result<WritePlace> prepareWrite(const std::string& path) {
  fs::path target(path);
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) {
    if (S_ISDIR(info.st_mode))
      return Error{ErrorKind::Io, "is a directory; cannot write a file there", path, 0, {}};
    if (!S_ISREG(info.st_mode)) return WritePlace{path, true};
    std::error_code error;
    if (fs::is_symlink(target, error)) target = fs::canonical(target, error);
    if (error) return Error{ErrorKind::Io, "cannot resolve: " + error.message(), path, 0, {}};
  }
  removeStaleTemporaries(target.has_parent_path() ? target.parent_path() : fs::path("."));
  return WritePlace{target.string(), false};
}

Result<LockedTemporary> createLockedTemporary(const std::string& target,
                                              const std::string& reported) {
  static std::atomic<unsigned> counter{0};
  const fs::path path(target);
  const fs::path directory = path.has_parent_path() ? path.parent_path() : fs::path(".");
  // Short enough for any file system: the target's name is cut to 100 bytes.
  const std::string base = path.filename().string().substr(0, 100);
  for (int attempt = 0; attempt < 8; ++attempt) {
    fs::path temporary = directory / (temporaryPrefix() + std::to_string(::getpid()) + "-" +
                                      std::to_string(counter++) + "-" + base);
    Descriptor created(::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
    if (created.get() < 0)
      return ioError(reported, "cannot create a file in " + directory.string());
    if (::flock(created.get(), LOCK_EX) != 0 && errno != ENOLCK && errno != EOPNOTSUPP &&
        errno != EINVAL) {
      Error error = ioError(reported, "cannot lock its temporary file");
      ::unlink(temporary.c_str());
      return error;
    }
    // A cleaner that opened the file before it was locked may have removed it.
    struct stat opened {
    }, named{};
    if (::fstat(created.get(), &opened) == 0 && ::lstat(temporary.c_str(), &named) == 0 &&
        sameFile(opened, named))
      return LockedTemporary{temporary.string(), created.release()};
  }
  errno = EAGAIN;
  return ioError(reported, "cannot create a file in " + directory.string());
}

Result<std::string> readFile(const std::string& path, std::size_t limit) {
  if (path == "-") return readDescriptor(STDIN_FILENO, "standard input", limit);
  Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
  if (fd.get() < 0) return ioError(path, "cannot open");
  // O_NONBLOCK only so that opening a FIFO without a writer does not hang.
  ::fcntl(fd.get(), F_SETFL, ::fcntl(fd.get(), F_GETFL) & ~O_NONBLOCK);
  return readDescriptor(fd.get(), path, limit);
}

Status writeFileAtomically(const std::string& path, std::string_view content) {
  if (path == "-") {
    if (auto written = writeAll(STDOUT_FILENO, content, "standard output", "cannot write");
        !written)
      return written;
    return success();
  }
  auto place = prepareWrite(path);
  if (!place) return place.error();
  if (place.value().stream) return writeStream(path, content);
  const fs::path target(place.value().target);
  const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
  auto created = createLockedTemporary(target.string(), path);
  if (!created) return created.error();
  const fs::path temporary = created.value().path;
  Descriptor fd(created.value().fd);
  auto fail = [&](const std::string& what) {
    Error error = ioError(path, what);
    ::unlink(temporary.c_str());
    return error;
  };
  if (auto written = writeAll(fd.get(), content, path, "cannot write"); !written) {
    ::unlink(temporary.c_str());
    return written;
  }
  if (::fsync(fd.get()) != 0) return fail("cannot flush to disk");
  if (::rename(temporary.c_str(), target.c_str()) != 0) return fail("cannot rename into place");
  if (::close(fd.release()) != 0) return ioError(path, "cannot close");
  syncDirectory(directory);
  return success();
}

}  // namespace verbatim
