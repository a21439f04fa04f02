// verbatim: the command.
#include <csignal>
#include <exception>
#include <iostream>

#include "cli/convert.hpp"
#include "cli/options.hpp"

int main(int argc, char** argv) {
  using namespace verbatim;
  // A file size limit (ulimit -f) makes a write fail with EFBIG, reported as
  // an I/O error with the temporary file removed, instead of killing the
  // process and leaving the temporary file behind.
  std::signal(SIGXFSZ, SIG_IGN);
  try {
    auto command = cli::parseCommandLine(argc, argv);
    if (!command) {
      std::cerr << "verbatim: " << describe(command.error()) << "\n";
      return static_cast<int>(command.error().kind);
    }
    switch (command.value().kind) {
      case cli::Command::Kind::Help: std::cout << cli::helpText(); return 0;
      case cli::Command::Kind::Version: std::cout << "verbatim " VERBATIM_VERSION "\n"; return 0;
      case cli::Command::Kind::Convert: return cli::runConvert(command.value().convert);
      case cli::Command::Kind::Validate: return cli::runValidate(command.value().validate);
    }
  } catch (const std::bad_alloc&) {
    std::cerr << "verbatim: out of memory\n";
    return static_cast<int>(ErrorKind::Io);
  } catch (const std::exception& e) {
    std::cerr << "verbatim: internal error: " << e.what() << "\n";
    return 70;
  }
  return 0;
}
