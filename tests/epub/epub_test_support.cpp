#include "epub_test_support.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <stdexcept>

#include "akn/reader.hpp"
#include "epub/container.hpp"
#include "support/support.hpp"

extern char** environ;

namespace verbatim::testing::epub {

std::filesystem::path chineseAkn() {
  return sourceDir() / "fixtures/zh/expected/S_PV.9381.zh.akn.xml";
}
std::filesystem::path arabicAkn() { return sourceDir() / "tests/epub/data/S_PV.99901.ar.akn.xml"; }
std::filesystem::path englishAkn() {
  return sourceDir() / "tests/epub/data/A_99_PV.901.en.akn.xml";
}

Meeting readMeeting(const std::filesystem::path& akn) {
  auto meeting = readAkn(readText(akn), akn.string());
  if (!meeting) throw std::runtime_error("cannot read " + akn.string());
  return std::move(meeting.value());
}

std::map<std::string, std::string> unpack(const std::string& epub) {
  auto files = verbatim::epub::unpackContainer(epub);
  if (!files) throw std::runtime_error("not a ZIP archive: " + files.error().message);
  std::map<std::string, std::string> byName;
  for (auto& file : files.value()) byName[file.name] = std::move(file.bytes);
  return byName;
}

void unpackTo(const std::string& epub, const std::filesystem::path& directory) {
  for (const auto& [name, bytes] : unpack(epub)) {
    const auto path = directory / name;
    std::filesystem::create_directories(path.parent_path());
    writeText(path, bytes);
  }
}

bool isExecutable(const std::filesystem::path& path) { return access(path.c_str(), X_OK) == 0; }

ToolRun runTool(const std::vector<std::string>& argv, const std::vector<std::string>& environment,
                std::chrono::seconds timeout) {
  signal(SIGPIPE, SIG_IGN);
  int output[2];
  if (pipe(output) != 0) throw std::runtime_error("pipe failed");
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    setpgid(0, 0);  // its own group, so that a timeout ends its children too
    int devnull = open("/dev/null", O_RDONLY);
    dup2(devnull, 0), dup2(output[1], 1), dup2(output[1], 2);
    close(output[0]), close(output[1]), close(devnull);
    for (const auto& assignment : environment) putenv(const_cast<char*>(assignment.c_str()));
    std::vector<std::string> copies = argv;
    std::vector<char*> pointers;
    for (auto& argument : copies) pointers.push_back(argument.data());
    pointers.push_back(nullptr);
    execvp(pointers[0], pointers.data());
    _exit(127);
  }
  setpgid(pid, pid);
  close(output[1]);
  fcntl(output[0], F_SETFL, O_NONBLOCK);
  ToolRun run;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  char buffer[65536];
  auto drain = [&] {
    ssize_t n;
    while ((n = read(output[0], buffer, sizeof buffer)) > 0)
      run.output.append(buffer, static_cast<std::size_t>(n));
  };
  int status = 0;
  // Until the tool exits: a helper it leaves behind may hold the pipe open.
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      run.timedOut = true;
      kill(-pid, SIGKILL);
      waitpid(pid, &status, 0);
      break;
    }
    pollfd fd{output[0], POLLIN, 0};
    poll(&fd, 1, 200);
    drain();
    if (fd.revents & POLLHUP) usleep(10000);  // the pipe is closed; the tool is exiting
  }
  drain();
  close(output[0]);
  // Whatever the tool left running in its group (a browser's helpers) goes too.
  kill(-pid, SIGKILL);
  run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return run;
}

std::filesystem::path aceCli() {
  return sourceDir() / "tests/epub/tools/node_modules/.bin/ace-cli";
}

ToolRun runEpubcheck(const std::filesystem::path& book) {
  // A short-lived JVM: skip the optimising compiler, which would not pay off.
  return runTool({"java", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-jar", kEpubcheckJar.string(),
                  "--failonwarnings", book.string()});
}

ToolRun runAce(const std::filesystem::path& book, const std::filesystem::path& reportDirectory) {
  return runTool(
      {aceCli().string(), "-E", "-s", "-f", "-o", reportDirectory.string(), book.string()},
      {"PUPPETEER_EXECUTABLE_PATH=" + kChromium.string(), "PUPPETEER_SKIP_DOWNLOAD=true"},
      std::chrono::seconds(300));
}

}  // namespace verbatim::testing::epub
