// The AKN reader: an Akoma Ntoso file in the verbatim profile → Meeting.
// It reads what the writer writes and what a person edited within the
// profile; the caller validates the file against the profile first.
#pragma once

#include <string_view>

#include "core/audit.hpp"
#include "core/model.hpp"
#include "core/result.hpp"

namespace verbatim {

// `audit`, where given, gets a warning for each thing the file says twice and
// differently (akn/consistency.hpp): a hand-edited file's.
Result<Meeting> readAkn(std::string_view xml, std::string_view fileName, Audit* audit = nullptr);

}  // namespace verbatim
