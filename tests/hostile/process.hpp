// Running the verbatim program for the hostile-input tests: standard input
// from a file or a pipe, standard output to any file (/dev/full), an
// environment of the test's choosing, a file size limit, and the peak
// resident memory of the run (getrusage of the child, not of the test).
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace verbatim::hostile {

struct Spec {
  std::vector<std::string> arguments;  // after the program's name
  std::filesystem::path stdinFile;     // empty: /dev/null
  bool stdinThroughPipe = false;       // feed stdinFile through a pipe (no size to stat)
  std::filesystem::path stdoutFile;    // empty: captured
  std::vector<std::string> setEnv;     // NAME=VALUE, replacing the test's own
  std::vector<std::string> unsetEnv;   // NAME
  long fileSizeLimit = -1;             // RLIMIT_FSIZE in bytes, -1: unlimited
};

struct Outcome {
  int exitCode = -1;    // -1 when killed by a signal
  int signal = 0;       // the signal that ended it, or 0
  std::string out;      // standard output, unless it went to stdoutFile
  std::string err;      // standard error
  long peakRssKiB = 0;  // ru_maxrss of the child
};

// A started program: wait for it, or kill it.
class Child {
 public:
  explicit Child(const Spec& spec);
  ~Child();
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;
  pid_t pid() const { return pid_; }
  Outcome wait();

 private:
  pid_t pid_ = -1;
  pid_t feeder_ = -1;  // cat, when stdin goes through a pipe
  std::filesystem::path captureDir_;
};

Outcome run(const Spec& spec);
// The program with these arguments, nothing else set.
Outcome runArgs(const std::vector<std::string>& arguments);

}  // namespace verbatim::hostile
