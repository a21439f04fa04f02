// The AKN writer: Meeting → Akoma Ntoso 3.0 XML in the verbatim profile
// (schemas/akn-verbatim.rng). The caller validates before writing to disk.
#pragma once

#include <string>

#include "core/model.hpp"

namespace verbatim {

struct AknWriteOptions {
  // FRBRManifestation's date: when this XML was made. Empty: the meeting date,
  // so that the same input gives the same bytes (SOURCE_DATE_EPOCH sets it).
  std::string markupDate;
};

std::string writeAkn(const Meeting& meeting, const AknWriteOptions& options = {});

// The concept ids the profile uses besides languages.
inline constexpr const char* kContinuedConcept = "continued";
inline constexpr const char* kNationalCapacityConcept = "nationalCapacity";
inline constexpr const char* kConverterId = "verbatim";
inline constexpr const char* kProprietaryNamespace = "urn:verbatim:akn:1";

}  // namespace verbatim
