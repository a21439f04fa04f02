// Stage 1 as one function: raw bytes of a verbatim record → Meeting + audit.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/audit.hpp"
#include "core/model.hpp"
#include "core/result.hpp"
#include "raw/cover.hpp"
#include "raw/profile.hpp"
#include "raw/reflow.hpp"

namespace verbatim {

struct RawOptions {
  Metadata meta;                 // symbol, date, language, body: from flags or a sidecar
  std::optional<int> firstPage;  // printed number of the first page of the text
  std::string encoding;          // force a charset; empty to detect
};

struct RawReading {
  Meeting meeting;
  Audit audit;
  std::string encoding;  // what the bytes were read as
  std::string dialect;   // "column-text"
  int lines = 0;
  std::string decodedText;  // the input as characters: what conservation is checked against
};

// Stage 1's first half: the record's text as paragraphs, before anything in
// them is recognised. Page furniture is out, lines are joined, the cover page
// is read; `meta` is complete (flags, sidecar, cover).
struct RawText {
  RawReading reading;  // encoding, dialect, lines, decodedText, the audit so far
  Metadata meta;
  const LanguageProfile* profile = nullptr;  // never null: the generic profile at worst
  CoverFacts cover;
  std::vector<RawParagraph> paragraphs;
  std::optional<int> firstPage;
};

// Decodes, cleans and reflows a record. Refuses input that is not a verbatim
// record's text and metadata that the record cannot do without.
Result<RawText> readRawText(std::string_view bytes, std::string_view fileName,
                            const RawOptions& options);

// Stage 1's second half: speakers, procedure, votes and pages recognised in
// the paragraphs.
RawReading recogniseRecord(RawText text);

// Both halves: the whole of stage 1.
Result<RawReading> readRawRecord(std::string_view bytes, std::string_view fileName,
                                 const RawOptions& options);

// "YYYY-MM-DD" naming a real day.
bool isIsoDate(std::string_view date);

// Why a metadata value (a symbol, a place, a body) cannot go into a record,
// or empty when it can: not UTF-8, a control or bidi formatting character,
// more than `maxCharacters` characters.
std::string metadataProblem(std::string_view value, std::size_t maxCharacters);

// The symbol a record is named by, as a flag, a sidecar or the text gives it:
// " S/PV.70 " is S/PV.70, and "S/PV.９３８１" typed with a Chinese keyboard is
// S/PV.9381 (symbols are ASCII; fullwidth digits would drop out of file names).
std::string normalizedSymbol(std::string_view given);

// The longest value metadataProblem allows for each field.
inline constexpr std::size_t kMaxSymbolCharacters = 100;
inline constexpr std::size_t kMaxPlaceCharacters = 200;
inline constexpr std::size_t kMaxBodyCharacters = 20;

// A BCP 47 language tag whose primary subtag is a language ("en", "zh-Hans").
bool isLanguageTag(std::string_view tag);

}  // namespace verbatim
