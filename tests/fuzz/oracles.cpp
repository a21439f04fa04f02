#include "oracles.hpp"

#include "akn/reader.hpp"
#include "akn/writer.hpp"
#include "core/conservation.hpp"
#include "raw/profile.hpp"
#include "raw/read_raw.hpp"
#include "validate/akn_gate.hpp"
#include "validate/validator.hpp"

namespace verbatim::fuzz {

std::string checkStage1(std::string_view input) {
  initialiseXml();
  if (input.empty()) return {};
  const auto profiles = allProfiles();
  RawOptions options;
  options.meta.symbol = "S/PV.1";
  options.meta.date = "2023-07-18";
  if (const std::size_t pick = static_cast<unsigned char>(input[0]) % (profiles.size() + 1);
      pick < profiles.size())
    options.meta.language = std::string(profiles[pick]->code);
  auto reading = readRawRecord(input.substr(1), "fuzz.txt", options);
  if (!reading) return {};
  const RawReading& r = reading.value();
  auto conservation = checkConservation(r.decodedText, meetingText(r.meeting),
                                        r.audit.removedText(), r.audit.insertedText());
  if (!conservation.ok()) return "conservation: " + conservation.summary();
  auto parsed = parseXml(writeAkn(r.meeting), "generated AKN");
  if (!parsed) return "generated AKN: " + describe(parsed.error());
  return {};
}

std::string checkAkn(std::string_view xml) {
  initialiseXml();
  auto document = parseXml(xml, "fuzz.akn.xml");
  if (!document) return {};
  if (!verbatim::checkAkn(document.value()).empty()) return {};
  auto meeting = readAkn(xml, "fuzz.akn.xml");
  if (!meeting) return {};
  const std::string again = writeAkn(meeting.value());
  auto reparsed = parseXml(again, "rewritten AKN");
  if (!reparsed) return "rewritten AKN: " + describe(reparsed.error());
  if (auto problems = verbatim::checkAkn(reparsed.value()); !problems.empty())
    return "rewritten AKN fails the gate: " + formatDiagnostic("rewritten AKN", problems.front());
  return {};
}

}  // namespace verbatim::fuzz
