#include "cli/report.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/files.hpp"

namespace verbatim::cli {

ReportWriter::ReportWriter(std::string path) : path_(std::move(path)) {}

ReportWriter::~ReportWriter() {
  file_.reset();
  if (!temporary_.empty()) ::unlink(temporary_.c_str());
}

void ReportWriter::write(const std::string& text) {
  if (error_ || !file_) return;
  if (std::fwrite(text.data(), 1, text.size(), file_.get()) != text.size())
    error_ =
        Error{ErrorKind::Io, std::string("cannot write: ") + std::strerror(errno), path_, 0, {}};
}

bool ReportWriter::open() {
  if (file_ || error_) return !error_;
  auto place = prepareWrite(path_);
  if (!place) {
    error_ = place.error();
    return false;
  }
  if (place.value().stream) {
    // A device or FIFO (--report /dev/stdout) is written in place, never replaced.
    file_.reset(std::fopen(path_.c_str(), "wb"));
    if (!file_) return false;
  } else {
    target_ = place.value().target;  // a symbolic link stays one
    // Locked while written: a later run knows it is not stale.
    // Until the directory exists this fails, and the entries wait (see add()).
    auto created = createLockedTemporary(target_, path_);
    if (!created) return false;
    temporary_ = created.value().path;
    file_.reset(::fdopen(created.value().fd, "wb"));
    if (!file_) {
      ::close(created.value().fd);
      error_ =
          Error{ErrorKind::Io, std::string("cannot write: ") + std::strerror(errno), path_, 0, {}};
      return false;
    }
  }
  write(reportHead() + pending_);
  pending_ = std::string();
  return !error_;
}

void ReportWriter::add(const DocumentReport& document) {
  if (path_.empty()) return;
  std::string entry = reportEntry(document, first_);
  first_ = false;
  // The report often goes into the output directory, which the first input
  // to succeed makes: until the file can be made, entries wait here.
  if (open())
    write(entry);
  else if (!error_)
    pending_ += entry;
}

Status ReportWriter::finish(const ReportTotals& totals) {
  if (path_.empty()) return success();
  // No input made the output directory the report goes into (every one
  // failed): the report makes it, and says why they failed.
  if (!open() && !error_) {
    std::error_code ignored;
    std::filesystem::create_directories(std::filesystem::path(path_).parent_path(), ignored);
  }
  if (!open() && !error_)
    error_ = Error{ErrorKind::Io,
                   std::string("cannot create the report: ") + std::strerror(errno),
                   path_,
                   0,
                   {}};
  write(reportTail(totals));
  if (!error_ && (std::fflush(file_.get()) != 0 ||
                  (!temporary_.empty() && ::fsync(::fileno(file_.get())) != 0)))
    error_ =
        Error{ErrorKind::Io, std::string("cannot write: ") + std::strerror(errno), path_, 0, {}};
  if (error_) return *error_;
  file_.reset();
  if (temporary_.empty()) return success();  // a stream, written in place
  if (::rename(temporary_.c_str(), target_.c_str()) != 0)
    return Error{ErrorKind::Io,
                 std::string("cannot rename into place: ") + std::strerror(errno),
                 path_,
                 0,
                 {}};
  temporary_.clear();
  return success();
}

}  // namespace verbatim::cli
