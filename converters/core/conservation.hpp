// The conservation check: every non-white-space character of the input is in
// the record's text or in the audit report's removals, and nothing else is.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace verbatim {

struct CharacterCount {
  std::string character;  // one code point, UTF-8
  long difference = 0;    // how many more (or fewer) than in the input
};

struct ConservationReport {
  std::vector<CharacterCount> missing;  // in the input, in neither the record nor the report
  std::vector<CharacterCount> extra;    // in the record or the report, not in the input
  bool ok() const { return missing.empty() && extra.empty(); }
  std::string summary() const;
};

// `kept` is the record's text, `removed` what the report says was taken out,
// `inserted` what the report says the record repeats (continued labels).
ConservationReport checkConservation(std::string_view input, std::string_view kept,
                                     std::string_view removed, std::string_view inserted = {});

// All the text a meeting carries, in reading order (labels included).
std::string meetingText(const Meeting& meeting);

}  // namespace verbatim
