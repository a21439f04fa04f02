// consumer RECORD.txt: reads a raw record with verbatim's stage 1, writes its
// AKN and checks it against verbatim's profile, all through the installed
// headers and libraries.
#include <fstream>
#include <iostream>
#include <sstream>

#include "akn/writer.hpp"
#include "raw/read_raw.hpp"
#include "validate/akn_gate.hpp"

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::ifstream in(argv[1], std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  verbatim::RawOptions options;
  options.meta.symbol = "S/PV.9381";
  options.meta.date = "2023-07-18";
  options.meta.language = "zh";
  options.firstPage = 2;
  auto reading = verbatim::readRawRecord(bytes.str(), argv[1], options);
  if (!reading) {
    std::cerr << verbatim::describe(reading.error()) << "\n";
    return 1;
  }
  const std::string akn = verbatim::writeAkn(reading.value().meeting);
  auto document = verbatim::parseXml(akn, "generated AKN");
  if (!document) return 1;
  const bool valid = verbatim::checkAkn(document.value()).empty();
  std::cout << verbatim::countContent(reading.value().meeting).turns << " turns, "
            << (valid ? "valid" : "not valid") << "\n";
  return valid ? 0 : 1;
}
