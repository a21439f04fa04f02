#include "raw/bidi_controls.hpp"

#include "core/text.hpp"
#include "raw/visual_order.hpp"

namespace verbatim {
namespace {

constexpr char32_t kLre = 0x202A, kRle = 0x202B, kPdf = 0x202C;

// Asked of every line, byte by byte: most hold curly quotes (U+2019, whose
// UTF-8 begins as the controls' does), few a control.
bool hasBidiControl(std::string_view line) {
  for (std::size_t at = line.find_first_of("\xE2\xD8"); at != std::string_view::npos;
       at = line.find_first_of("\xE2\xD8", at + 1)) {
    std::size_t i = at;
    if (isBidiControl(text::next(line, i))) return true;
  }
  return false;
}

// A stretch of a right-to-left line, in the page's order, put in reading
// order: numbers and Latin words stay as they read, the neutrals around them
// take the line's direction (".10/10" → "10/10.", " ،)1981( 497" → "497
// (1981)، "). The bidirectional algorithm gives a line's display order from
// its reading order; for what such a stretch holds, it is its own inverse.
std::string readingOrder(std::string_view shown) { return readRightToLeft(shown, false); }

}  // namespace

bool isBidiControl(char32_t c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
         c == 0x200F || c == 0x061C;
}

BidiResolved resolveBidiControls(std::string_view line) {
  BidiResolved out;
  // The embeddings open: is the innermost a left-to-right one inside a
  // right-to-left one?
  std::vector<char32_t> open;
  std::string stretch;  // the left-to-right stretch being read, as shown
  auto inStretch = [&] {
    return open.size() >= 2 && open.back() == kLre && open[open.size() - 2] == kRle;
  };
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t at = i;
    const char32_t c = text::next(line, i);
    if (!isBidiControl(c)) {
      (inStretch() ? stretch : out.text).append(line.substr(at, i - at));
      continue;
    }
    out.controls.append(line.substr(at, i - at));
    const bool wasStretch = inStretch();
    if (c == kLre || c == kRle || c == 0x202D || c == 0x202E)
      open.push_back(c);
    else if (c == kPdf && !open.empty())
      open.pop_back();
    if (wasStretch && !inStretch()) {
      std::string read = readingOrder(stretch);
      if (read != stretch) out.reordered.push_back(stretch);
      out.text += read;
      stretch.clear();
    }
  }
  out.text += stretch;  // an embedding never closed
  return out;
}

void resolveBidiControls(std::vector<SourceLine>& lines, Audit& audit) {
  for (auto& line : lines) {
    if (!hasBidiControl(line.untrimmed)) continue;
    BidiResolved resolved = resolveBidiControls(line.untrimmed);
    audit.removed("bidi-control", line.number, line.number, resolved.controls,
                  "directional formatting characters (embeddings, marks) that steer display "
                  "and are no text");
    for (const auto& stretch : resolved.reordered)
      audit.repaired("bidi-order", line.number, line.number, stretch,
                     "numbers and punctuation that the extraction gave in the page's left-to-right "
                     "order inside a right-to-left line, put in reading order");
    line.untrimmed = std::move(resolved.text);
    line.text = std::string(text::trim(line.untrimmed));
  }
}

}  // namespace verbatim
