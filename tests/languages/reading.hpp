// Small records read by stage 1 in a language, and what the language tests
// ask of them.
#pragma once

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "grammar_of.hpp"
#include "raw/read_raw.hpp"

namespace verbatim::testing {

// `text` as pdftotext gives it: pages end with a form feed.
inline RawReading readIn(const char* language, const std::string& text) {
  RawOptions options;
  options.meta.language = language;
  options.meta.symbol = "A/79/PV.55";
  options.meta.date = "2024-12-05";
  auto result = readRawRecord(text + "\f", "record.txt", options);
  if (!result.ok()) throw std::runtime_error(describe(result.error()));
  return std::move(result.value());
}

inline std::vector<const Block*> blocksOf(const Meeting& meeting, BlockKind kind) {
  std::vector<const Block*> found;
  for (const auto& section : meeting.sections)
    for (const auto& block : section.blocks)
      if (block.kind == kind) found.push_back(&block);
  return found;
}

inline bool audited(const RawReading& reading, std::string_view kind) {
  for (const auto& entry : reading.audit.entries())
    if (entry.kind == kind) return true;
  return false;
}

// `line` is a procedural line of `kind` in `language`.
inline void expectProcedural(const char* language, std::string_view line, NarrativeKind kind) {
  const auto match = grammarOf(language).probeProcedural(line).match;
  ASSERT_TRUE(match.has_value()) << line;
  EXPECT_EQ(match->kind, kind) << line;
}

}  // namespace verbatim::testing
