// Stage 1a: raw bytes → Unicode text (UTF-8, NFC, LF line ends).
#pragma once

#include <string>
#include <string_view>

#include "core/result.hpp"

namespace verbatim {

struct DecodedText {
  std::string text;      // UTF-8, NFC, "\n" line ends; form feeds kept
  std::string encoding;  // what the bytes were read as: "UTF-8", "UTF-16LE", "GB18030", …
};

// Does ICU have a converter of that name ("windows-1252", "GB18030")?
bool isKnownCharset(const std::string& name);

// Reads UTF-8 (with or without BOM), UTF-16 and UTF-32 (BOM, or UTF-16 without
// BOM recognised by its line ends), and GB18030 (when the bytes are not UTF-8
// and decode cleanly as GB18030). `encoding` forces a charset ICU knows.
// Refuses empty input, PDF files, XML or HTML documents, binary data and
// undecodable bytes, naming the byte offset and line.
Result<DecodedText> decode(std::string_view bytes, std::string_view fileName,
                           std::string_view encoding = {});

}  // namespace verbatim
