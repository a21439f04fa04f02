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
inline RawReading readIn(const char* language, const std::string& text,
                         const char* symbol = "A/79/PV.55") {
  RawOptions options;
  options.meta.language = language;
  options.meta.symbol = symbol;
  options.meta.date = "2024-12-05";
  auto result = readRawRecord(text + "\f", "record.txt", options);
  if (!result.ok()) throw std::runtime_error(describe(result.error()));
  return std::move(result.value());
}

// `text` as column text: no form feed, its pages' furniture already out.
inline RawReading readColumnText(const char* language, const std::string& text, const char* symbol,
                                 const char* date = "2024-12-05") {
  RawOptions options;
  options.meta.language = language;
  options.meta.symbol = symbol;
  options.meta.date = date;
  auto result = readRawRecord(text, "record.txt", options);
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

// The warnings but the one a snippet with no cover page gets: no one is named
// to preside, and the chair's turns are the body's.
inline std::vector<Warning> warningsBeyondTheChair(const Audit& audit) {
  std::vector<Warning> out;
  for (const auto& warning : audit.warnings())
    if (warning.message.find("names who presides") == std::string::npos) out.push_back(warning);
  return out;
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

// `text` opens with a label of `speaker`, for `country` (empty: none); its
// note, if it must have one.
inline void expectLabel(const char* language, std::string_view text, std::string_view speaker,
                        std::string_view country, bool noted = false) {
  const auto label = grammarOf(language).label(text);
  ASSERT_TRUE(label.has_value()) << text;
  EXPECT_EQ(label->speaker.in(text), speaker) << text;
  EXPECT_EQ(label->country.found() ? label->country.in(text) : "", country) << text;
  if (noted) {
    EXPECT_TRUE(label->note.found()) << text;
  }
}

}  // namespace verbatim::testing
