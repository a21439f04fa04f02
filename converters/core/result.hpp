// Errors as values between stages.
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace verbatim {

// What went wrong decides the process exit code (see README, "Exit codes").
enum class ErrorKind {
  InputRejected = 1,     // the input cannot be read as a verbatim record
  Usage = 2,             // the command line is wrong or incomplete
  ValidationFailed = 3,  // an output did not pass its schema; nothing was written
  Io = 4,                // a file could not be read or written
};

struct Error {
  ErrorKind kind = ErrorKind::InputRejected;
  std::string message;               // one line a person can act on
  std::string file;                  // the file it is about, when there is one
  int line = 0;                      // 1-based line in that file, 0 when none
  std::vector<std::string> details;  // further lines (e.g. the first schema errors)
};

// "FILE:LINE: message" followed by the details, one per line.
std::string describe(const Error& error);

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}
  Result(Error error) : state_(std::move(error)) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

struct Unit {};
using Status = Result<Unit>;
inline Status success() { return Unit{}; }

}  // namespace verbatim
