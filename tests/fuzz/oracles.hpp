// What the fuzz harnesses hold true of every input, shared with the
// regression test that replays every input a harness ever failed on
// (tests/fuzz/regressions/), so that each finding stays fixed.
#pragma once

#include <string>
#include <string_view>

namespace verbatim::fuzz {

// Stage 1 on raw bytes, the first byte picking the language profile (or
// none: the language is guessed). What stage 1 accepts keeps every character
// (the conservation check) and gives well-formed AKN. Returns what failed,
// or empty.
std::string checkStage1(std::string_view input);

// An AKN file as `convert` takes one: parsed with the limits, validated by
// the gate, read; what is read is written back as AKN the gate passes.
// Returns what failed, or empty.
std::string checkAkn(std::string_view xml);

}  // namespace verbatim::fuzz
