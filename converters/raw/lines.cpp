#include "raw/lines.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>

#include "core/text.hpp"

namespace verbatim {
namespace {

bool forbiddenInXml(char32_t c) {
  if (c == '\t') return false;
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
  return c == 0xFFFE || c == 0xFFFF || c == text::kInvalid;
}

// Unicode's noncharacters (U+FDD0–U+FDEF and the last two code points of
// every plane) are reserved for a program's internal use and are never the
// text of a record. XML 1.0 admits most of them, but they are removed and
// reported like control characters, so that no output carries them.
bool isNoncharacter(char32_t c) {
  return (c >= 0xFDD0 && c <= 0xFDEF) || ((c & 0xFFFE) == 0xFFFE && c <= 0x10FFFF);
}

// Typesetters' fixed-width spaces: they justify a line, they are not text.
bool isJustificationSpace(char32_t c) {
  return (c >= 0x2000 && c <= 0x200A && c != 0x2002 && c != 0x2003) || c == 0x205F;
}

// Characters between which a script without word spaces takes no space.
bool joinsTight(char32_t c) { return text::isWide(c) || c == 0x00B7; }

}  // namespace

std::vector<SourceLine> splitLines(std::string_view text, Audit& audit) {
  const bool hasFormFeeds = text.find('\f') != std::string_view::npos;
  std::vector<SourceLine> lines;
  int number = 0;
  bool afterFormFeed = false;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (start == text.size() && end == text.size()) break;  // no line after a final newline
    std::string_view raw = text.substr(start, end - start);
    SourceLine line;
    line.number = ++number;
    std::string kept;
    for (std::size_t i = 0; i < raw.size();) {
      std::size_t at = i;
      char32_t c = text::next(raw, i);
      if (c == '\f') {
        afterFormFeed = true;
        audit.inferred("page-break", line.number, line.number, "form feed: a new printed page");
        continue;
      }
      if (forbiddenInXml(c) || isNoncharacter(c)) {
        const bool control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
        audit.removed(control ? "control-character" : "noncharacter", line.number, line.number,
                      std::string(raw.substr(at, i - at)),
                      text::codePointName(c) + (forbiddenInXml(c)
                                                    ? " cannot be carried by XML"
                                                    : " is a Unicode noncharacter, never text"));
        continue;
      }
      kept.append(raw.substr(at, i - at));
    }
    const bool indented = !kept.empty() && text::isSpace(text::first(kept));
    line.text = std::string(text::trim(kept));
    line.untrimmed = std::move(kept);
    if (!line.blank()) {
      line.pageStart = afterFormFeed || (!hasFormFeeds && indented);
      afterFormFeed = false;
    }
    lines.push_back(std::move(line));
    start = end + 1;
  }
  if (!lines.empty()) {
    for (auto& line : lines)
      if (!line.blank()) {
        line.pageStart = true;  // the text begins on a page
        break;
      }
  }
  int page = 0;
  for (auto& line : lines) {
    if (line.pageStart) ++page;
    line.page = std::max(page, 1);
  }
  return lines;
}

void removeLine(SourceLine& line, std::string_view kind, std::string_view why, Audit& audit) {
  if (line.removed || line.blank()) return;
  audit.removed(std::string(kind), line.number, line.number, line.text, std::string(why));
  line.text.clear();
  line.removed = true;
}

void cleanSpaces(std::vector<SourceLine>& lines, const Grammar& grammar, Audit& audit) {
  const bool tight = !grammar.profile().spacesBetweenWords;
  for (auto& line : lines) {
    const std::string_view in = line.text;
    if (in.find_first_of(" \t\xE2\xC2\xE3") == std::string_view::npos) continue;
    // Spaces are decided run by run, looking at the characters around the run.
    std::string out;
    out.reserve(in.size());
    std::size_t i = 0;
    while (i < in.size()) {
      std::size_t at = i;
      char32_t c = text::next(in, i);
      if (!text::isSpace(c)) {
        out.append(in.substr(at, i - at));
        continue;
      }
      std::size_t runEnd = i;
      bool justification = isJustificationSpace(c);
      while (runEnd < in.size()) {
        std::size_t probe = runEnd;
        char32_t d = text::next(in, probe);
        if (!text::isSpace(d)) break;
        justification = justification || isJustificationSpace(d);
        runEnd = probe;
      }
      std::string_view run = in.substr(at, runEnd - at);
      char32_t before = text::last(out);
      char32_t after = text::first(in.substr(runEnd));
      // A digit or a quotation mark beside a wide character takes no space
      // in a script without them ("第 2699 （ 2023 ）号决议", "落实 “ 两国方案 ”":
      // a letter-spaced line of the layout extraction).
      auto tightBeside = [](char32_t c) {
        return joinsTight(c) || u_isdigit(static_cast<UChar32>(c)) || c == U'“' || c == U'”';
      };
      // (Not a count that ends its row: "蒙古 183", a table's.)
      const std::string_view rest = in.substr(runEnd);
      const bool countEndsRow = std::all_of(
          rest.begin(), rest.end(), [](char r) { return (r >= '0' && r <= '9') || r == ' '; });
      bool tightNeighbours = (joinsTight(before) && tightBeside(after) && !countEndsRow) ||
                             (tightBeside(before) && joinsTight(after));
      bool nextToWide = text::isWide(before) || text::isWide(after);
      if (tight && (tightNeighbours || (justification && nextToWide))) {
        audit.repaired(justification ? "justification-space" : "space-in-cjk", line.number,
                       line.number, std::string(run),
                       "space removed between characters that take none");
      } else if (justification || run != " ") {
        out += ' ';
        audit.repaired("odd-space", line.number, line.number, std::string(run),
                       "spacing characters replaced by one space");
      } else {
        out += ' ';
      }
      i = runEnd;
    }
    line.text = std::move(out);
  }
}

namespace {

constexpr char32_t kTatweel = 0x0640;

// Alphabetic presentation forms (U+FB00–U+FB4F), Arabic presentation forms A
// and B (U+FB50–U+FDFF, U+FE70–U+FEFF), less the noncharacters among them.
bool isPresentationForm(char32_t c) {
  return (c >= 0xFB00 && c <= 0xFDFF && !(c >= 0xFDD0 && c <= 0xFDEF)) ||
         (c >= 0xFE70 && c <= 0xFEFF && c != 0xFEFF);
}

bool isArabicLetter(char32_t c) {
  if (c == text::kInvalid || c == kTatweel) return false;
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_ARABIC &&
         U_SUCCESS(status) && u_isalpha(static_cast<UChar32>(c));
}

}  // namespace

Unfolded unfoldPresentationForms(std::string_view in) {
  Unfolded out;
  // Their UTF-8 forms begin with EF AC–EF BB (the byte-order mark EF BB BF);
  // the tatweel is D9 80; the hyphens E2 80 90 and E2 80 91; the zero-width
  // space E2 80 8B, the word joiner E2 81 A0.
  if (in.find("\xEF") == std::string_view::npos && in.find("\xD9\x80") == std::string_view::npos &&
      in.find("\xE2\x80\x90") == std::string_view::npos &&
      in.find("\xE2\x80\x91") == std::string_view::npos &&
      in.find("\xC2\xAD") == std::string_view::npos &&
      in.find("\xE2\x80\x8B") == std::string_view::npos &&
      in.find("\xE2\x81\xA0") == std::string_view::npos) {
    out.text = in;
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  out.text.reserve(in.size());
  for (std::size_t i = 0; i < in.size();) {
    const std::size_t at = i;
    const char32_t c = text::next(in, i);
    const std::string_view character = in.substr(at, i - at);
    if (c == kTatweel && isArabicLetter(text::last(out.text))) {
      // A run of them ("بالإسبانيـــة"), between two letters of a word.
      std::size_t end = i;
      while (end < in.size() && text::first(in.substr(end)) == kTatweel) text::next(in, end);
      if (isArabicLetter(text::first(in.substr(end)))) {
        out.kashidas += in.substr(at, end - at);
        i = end;
        continue;
      }
    }
    if (c == U'\u2010' || c == U'\u2011') {
      out.hyphens += character;
      out.text += '-';
      continue;
    }
    // A zero-width space, word joiner or byte-order mark inside the text
    // shows nothing and would split a name in two for every search
    // ("So\u200Bmalia"). (The joiners U+200C and U+200D shape Arabic and
    // Persian letters: they stay.)
    if (c == U'\u200B' || c == U'\u2060' || c == U'\uFEFF') {
      out.zeroWidths += character;
      continue;
    }
    // A soft hyphen marks where a word may break: inside a line it is no
    // text; at the line's end the word broke there, and shows the hyphen
    // (unless the page's own hyphen follows it).
    if (c == U'\u00AD') {
      out.softHyphens += character;
      const std::string_view rest = text::trimEnd(in.substr(i));
      if (rest.empty() && !out.text.ends_with('-')) {
        out.text += '-';
        out.softBreak = true;
      }
      continue;
    }
    std::string letters;
    if (isPresentationForm(c) && U_SUCCESS(status)) {
      UErrorCode error = U_ZERO_ERROR;
      const icu::UnicodeString unfolded =
          nfkc->normalize(icu::UnicodeString(static_cast<UChar32>(c)), error);
      if (U_SUCCESS(error)) unfolded.toUTF8String(letters);
    }
    if (letters.empty()) {
      out.text += character;
      continue;
    }
    out.forms += character;
    out.letters += letters;
    out.text += letters;
  }
  return out;
}

void unfoldPresentationForms(std::vector<SourceLine>& lines, Audit& audit) {
  for (auto& line : lines) {
    Unfolded unfolded = unfoldPresentationForms(line.text);
    if (unfolded.forms.empty() && unfolded.kashidas.empty() && unfolded.hyphens.empty() &&
        unfolded.softHyphens.empty() && unfolded.zeroWidths.empty())
      continue;
    if (!unfolded.zeroWidths.empty())
      audit.removed("zero-width", line.number, line.number, unfolded.zeroWidths,
                    "zero-width spaces, word joiners or byte-order marks (U+200B, U+2060, "
                    "U+FEFF): they show nothing");
    // Once a line: a text set in presentation forms holds thousands. Recorded
    // as a removal and an insertion: the characters change.
    if (!unfolded.forms.empty()) {
      audit.removed("presentation-form", line.number, line.number, unfolded.forms,
                    "presentation forms (ligatures, or letters in one of their shapes), replaced "
                    "by the letters they show");
      audit.inserted("presentation-form", line.number, line.number, unfolded.letters,
                     "the letters the presentation forms showed");
    }
    if (!unfolded.kashidas.empty())
      audit.removed("kashida", line.number, line.number, unfolded.kashidas,
                    "kashidas (tatweel) stretching Arabic words for justification");
    if (!unfolded.softHyphens.empty())
      audit.removed("soft-hyphen", line.number, line.number, unfolded.softHyphens,
                    "soft hyphens (U+00AD): where a word may break, no text; one that ends "
                    "the line is shown as the hyphen of the word broken there");
    if (unfolded.softBreak)
      audit.inserted("soft-hyphen", line.number, line.number, "-",
                     "the hyphen of the word the soft hyphen at the line's end broke");
    if (!unfolded.hyphens.empty()) {
      audit.removed("hyphen", line.number, line.number, unfolded.hyphens,
                    "non-breaking hyphens (U+2011) and hyphens (U+2010), replaced by the hyphen "
                    "they show");
      audit.inserted("hyphen", line.number, line.number,
                     std::string(text::countCodePoints(unfolded.hyphens), '-'),
                     "the hyphens the non-breaking hyphens showed");
    }
    line.text = std::move(unfolded.text);
  }
}

}  // namespace verbatim
