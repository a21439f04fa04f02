#include "hostile/process.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <random>
#include <stdexcept>

#include "support/support.hpp"

extern char** environ;

namespace verbatim::hostile {
namespace {

// Opens `path` onto descriptor `target` in a child; exits the child on failure.
void redirect(const std::filesystem::path& path, int flags, int target) {
  int fd = ::open(path.c_str(), flags, 0644);
  if (fd < 0 || ::dup2(fd, target) < 0) ::_exit(126);
  ::close(fd);
}

std::filesystem::path freshCaptureDir() {
  std::random_device random;
  auto dir = std::filesystem::temp_directory_path() /
             ("verbatim-hostile-capture-" + std::to_string(random()) + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace

Child::Child(const Spec& spec) : captureDir_(freshCaptureDir()) {
  int pipeFds[2] = {-1, -1};
  if (spec.stdinThroughPipe) {
    if (::pipe(pipeFds) != 0) throw std::runtime_error("pipe failed");
    feeder_ = ::fork();
    if (feeder_ == 0) {
      ::dup2(pipeFds[1], STDOUT_FILENO);
      ::close(pipeFds[0]), ::close(pipeFds[1]);
      redirect(spec.stdinFile, O_RDONLY, STDIN_FILENO);
      ::execl("/bin/cat", "cat", static_cast<char*>(nullptr));
      ::_exit(127);
    }
  }
  // Everything the child needs is prepared before fork: after it, only
  // async-signal-safe calls.
  std::vector<std::string> args = {VERBATIM_PROGRAM};
  args.insert(args.end(), spec.arguments.begin(), spec.arguments.end());
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env;
  for (char** e = environ; *e; ++e) {
    std::string entry = *e;
    const std::string name = entry.substr(0, entry.find('='));
    bool drop = false;
    for (const auto& unset : spec.unsetEnv) drop = drop || unset == name;
    for (const auto& set : spec.setEnv) drop = drop || set.substr(0, set.find('=')) == name;
    if (!drop) env.push_back(entry);
  }
  env.insert(env.end(), spec.setEnv.begin(), spec.setEnv.end());
  std::vector<char*> envp;
  for (auto& e : env) envp.push_back(e.data());
  envp.push_back(nullptr);
  const auto outPath = spec.stdoutFile.empty() ? captureDir_ / "out" : spec.stdoutFile;
  const auto errPath = captureDir_ / "err";
  const auto inPath = spec.stdinFile.empty() ? std::filesystem::path("/dev/null") : spec.stdinFile;

  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    if (spec.stdinThroughPipe) {
      ::dup2(pipeFds[0], STDIN_FILENO);
      ::close(pipeFds[0]), ::close(pipeFds[1]);
    } else {
      redirect(inPath, O_RDONLY, STDIN_FILENO);
    }
    redirect(outPath, O_WRONLY | O_CREAT | O_TRUNC, STDOUT_FILENO);
    redirect(errPath, O_WRONLY | O_CREAT | O_TRUNC, STDERR_FILENO);
    if (spec.fileSizeLimit >= 0) {
      rlimit limit{static_cast<rlim_t>(spec.fileSizeLimit),
                   static_cast<rlim_t>(spec.fileSizeLimit)};
      ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ::signal(SIGPIPE, SIG_DFL);
    ::execve(argv[0], argv.data(), envp.data());
    ::_exit(127);
  }
  if (spec.stdinThroughPipe) ::close(pipeFds[0]), ::close(pipeFds[1]);
}

Child::~Child() {
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
  if (feeder_ > 0) {
    ::kill(feeder_, SIGKILL);
    ::waitpid(feeder_, nullptr, 0);
  }
  std::error_code ignored;
  std::filesystem::remove_all(captureDir_, ignored);
}

Outcome Child::wait() {
  Outcome outcome;
  int status = 0;
  rusage usage{};
  while (::wait4(pid_, &status, 0, &usage) < 0) {
    if (errno != EINTR) throw std::runtime_error("wait4 failed");
  }
  pid_ = -1;
  if (feeder_ > 0) {
    // cat gets SIGPIPE when verbatim stops reading early: that is expected.
    ::kill(feeder_, SIGKILL);
    ::waitpid(feeder_, nullptr, 0);
    feeder_ = -1;
  }
  if (WIFEXITED(status)) outcome.exitCode = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) outcome.signal = WTERMSIG(status);
  outcome.peakRssKiB = usage.ru_maxrss;
  outcome.err = testing::readText(captureDir_ / "err");
  if (std::filesystem::exists(captureDir_ / "out"))
    outcome.out = testing::readText(captureDir_ / "out");
  return outcome;
}

Outcome run(const Spec& spec) { return Child(spec).wait(); }

Outcome runArgs(const std::vector<std::string>& arguments) {
  Spec spec;
  spec.arguments = arguments;
  return run(spec);
}

}  // namespace verbatim::hostile
