// Limits checked on XML bytes before a parser sees them. libxml2 checks each
// new attribute against every earlier one of its element (an element with a
// million attributes takes hours), and says "use XML_PARSE_HUGE" of a deep
// document; a linear scan refuses both first, in words a person understands.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace verbatim {

inline constexpr std::size_t kMaxXmlAttributes = 256;  // on one element
inline constexpr std::size_t kMaxXmlDepth = 256;       // libxml2's own default

struct MarkupProblem {
  int line = 0;         // 1-based
  std::string message;  // empty when the bytes are within the limits
};

// Scans markup in an ASCII-compatible encoding. Bytes it cannot make sense of
// are left for the parser to judge: only the limits are its business.
MarkupProblem checkMarkupLimits(std::string_view bytes);

// True when the bytes are XML in an encoding that is not ASCII-compatible
// (UTF-16, UTF-32: a byte-order mark, or NUL bytes in the first characters).
bool isWideEncoding(std::string_view bytes);

// The encoding the XML declaration names ("ISO-8859-1"); empty where there is
// no declaration or it names none (UTF-8, then).
std::string declaredEncoding(std::string_view bytes);

}  // namespace verbatim
