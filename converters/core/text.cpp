#include "core/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>

namespace verbatim::text {

char32_t next(std::string_view s, std::size_t& i) {
  if (i >= s.size()) return kInvalid;
  UChar32 c = 0;
  auto pos = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), pos, static_cast<int32_t>(s.size()), c);
  i = static_cast<std::size_t>(pos);
  return c < 0 ? kInvalid : static_cast<char32_t>(c);
}

char32_t first(std::string_view s) {
  std::size_t i = 0;
  return s.empty() ? kInvalid : next(s, i);
}

std::size_t lastLength(std::string_view s) {
  if (s.empty()) return 0;
  auto pos = static_cast<int32_t>(s.size());
  UChar32 c = 0;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, pos, c);
  (void)c;
  return s.size() - static_cast<std::size_t>(pos);
}

char32_t last(std::string_view s) {
  if (s.empty()) return kInvalid;
  return first(s.substr(s.size() - lastLength(s)));
}

void append(std::string& out, char32_t c) {
  uint8_t buffer[4];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buffer, length, 4, static_cast<UChar32>(c), error);
  if (!error) out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
}

bool isWide(char32_t c) {
  if (c == kInvalid) return false;
  auto width = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH;
}

bool isRightToLeft(char32_t c) {
  if (c == kInvalid) return false;
  const auto direction = u_charDirection(static_cast<UChar32>(c));
  return direction == U_RIGHT_TO_LEFT || direction == U_RIGHT_TO_LEFT_ARABIC;
}

bool hasLetter(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (u_isalpha(static_cast<UChar32>(next(s, i)))) return true;
  return false;
}

bool hasDigit(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (u_isdigit(static_cast<UChar32>(next(s, i)))) return true;
  return false;
}

bool isSpacedAlnum(char32_t c) {
  if (c == kInvalid || isWide(c)) return false;
  return u_isalnum(static_cast<UChar32>(c)) != 0;
}

bool isSpacedWordCharacter(char32_t c) {
  if (isSpacedAlnum(c)) return true;
  if (c == kInvalid) return false;
  const auto type = u_charType(static_cast<UChar32>(c));
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

std::size_t trailingWordBytes(std::string_view s) {
  std::size_t end = s.size();
  while (end > 0) {
    const std::size_t length = lastLength(s.substr(0, end));
    if (!isSpacedWordCharacter(first(s.substr(end - length, length)))) break;
    end -= length;
  }
  return s.size() - end;
}

bool isSpace(char32_t c) {
  // ASCII, most of what is asked, without the property look-up: tab to
  // carriage return and the space are ASCII's White_Space.
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return c != kInvalid && (u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0xFEFF);
}

bool isControl(char32_t c) {
  return c != kInvalid && u_charType(static_cast<UChar32>(c)) == U_CONTROL_CHAR;
}

int displayWidth(std::string_view s) {
  int width = 0;
  for (std::size_t i = 0; i < s.size();) width += isWide(next(s, i)) ? 2 : 1;
  return width;
}

namespace {

// Advance widths of Times New Roman (thousandths of an em), printable ASCII from U+0020.
constexpr short kTimesWidths[95] = {
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,  // sp ! " … /
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,  // 0 … ?
    921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,  // @ A … O
    556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,  // P … _
    333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,  // ` a … o
    500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541};      // p … ~

// The same font's Latin letters with diacritics and its Cyrillic, as
// Liberation Serif (metric-compatible with Times New Roman) gives them: the
// records in French, Spanish and Russian are set in it.
// Latin-1 Supplement and Latin Extended-A (French, Spanish, names): U+00A0 to U+017F.
constexpr short kLatinSupplementWidths[] = {
    250, 333, 500, 500, 500, 500, 200, 500, 333, 760, 276, 500, 564, 333, 760, 500, 400, 549, 300,
    300, 333, 576, 453, 250, 333, 300, 310, 500, 750, 750, 750, 444, 722, 722, 722, 722, 722, 722,
    889, 667, 611, 611, 611, 611, 333, 333, 333, 333, 722, 722, 722, 722, 722, 722, 722, 564, 722,
    722, 722, 722, 722, 722, 556, 500, 444, 444, 444, 444, 444, 444, 667, 444, 444, 444, 444, 444,
    278, 278, 278, 278, 500, 500, 500, 500, 500, 500, 500, 549, 500, 500, 500, 500, 500, 500, 500,
    500, 722, 444, 722, 444, 722, 444, 667, 444, 667, 444, 667, 444, 667, 444, 722, 646, 722, 500,
    611, 444, 611, 444, 611, 444, 611, 444, 611, 444, 722, 500, 722, 500, 722, 500, 722, 500, 722,
    500, 722, 500, 333, 278, 333, 278, 333, 278, 333, 278, 333, 278, 708, 552, 389, 278, 722, 500,
    500, 611, 278, 611, 278, 611, 406, 611, 344, 611, 278, 722, 500, 722, 500, 722, 500, 604, 702,
    495, 722, 500, 722, 500, 722, 500, 889, 722, 667, 333, 667, 333, 667, 333, 556, 389, 556, 389,
    556, 389, 556, 389, 611, 278, 611, 427, 611, 278, 722, 500, 722, 500, 722, 500, 722, 500, 722,
    500, 722, 500, 944, 722, 722, 500, 722, 611, 444, 611, 444, 611, 444, 278,
};
// Cyrillic: U+0400 to U+045F.
constexpr short kCyrillicWidths[] = {
    611, 611, 752, 578, 660, 556, 333, 333, 389,  872,  872, 741, 667, 722, 708,  722,
    722, 574, 667, 578, 682, 611, 896, 501, 722,  722,  667, 678, 889, 722, 722,  722,
    556, 667, 611, 708, 790, 722, 722, 650, 1009, 1009, 706, 872, 574, 660, 1028, 667,
    444, 509, 472, 410, 509, 444, 691, 395, 535,  535,  486, 499, 633, 535, 500,  535,
    500, 444, 437, 500, 648, 500, 535, 503, 770,  770,  517, 672, 456, 429, 747,  460,
    444, 444, 483, 410, 429, 389, 278, 278, 278,  727,  723, 500, 486, 535, 500,  535,
};

int glyphWidth(char32_t c) {
  if (c >= 0x20 && c < 0x7F) return kTimesWidths[c - 0x20];
  if (c >= 0xA0 && c < 0x180) return kLatinSupplementWidths[c - 0xA0];
  if (c >= 0x400 && c < 0x460) return kCyrillicWidths[c - 0x400];
  switch (c) {
    case 0x2018:
    case 0x2019: return 333;  // ‘ ’
    case 0x201C:
    case 0x201D:
    case 0x201E: return 444;  // “ ” „
    case 0x2010:
    case 0x2011: return 333;  // hyphens
    case 0x2013: return 500;  // –
    case 0x2014:
    case 0x2026: return 1000;  // — …
    case 0x2116: return 954;   // №
  }
  if (isWide(c)) return 1000;
  return u_isupper(static_cast<UChar32>(c)) ? 722 : 500;
}

}  // namespace

int typesetWidth(std::string_view s) {
  int width = 0;
  for (std::size_t i = 0; i < s.size();) width += glyphWidth(next(s, i));
  return width;
}

std::string_view trimStart(std::string_view s) {
  std::size_t begin = 0;
  while (begin < s.size()) {
    std::size_t i = begin;
    if (!isSpace(next(s, i))) break;
    begin = i;
  }
  return s.substr(begin);
}

std::string_view trimEnd(std::string_view s) {
  std::size_t end = s.size();
  while (end > 0) {
    auto length = lastLength(s.substr(0, end));
    if (!isSpace(first(s.substr(end - length, length)))) break;
    end -= length;
  }
  return s.substr(0, end);
}

std::string_view trim(std::string_view s) { return trimEnd(trimStart(s)); }

std::string withInitialCapital(std::string_view s) {
  std::size_t i = 0;
  const char32_t c = next(s, i);
  if (c == kInvalid) return std::string(s);
  std::string out;
  append(out, static_cast<char32_t>(u_toupper(static_cast<UChar32>(c))));
  out += s.substr(i);
  return out;
}

std::string collapseSpaces(std::string_view s) {
  std::string out;
  bool pendingSpace = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t c = next(s, i);
    if (isSpace(c)) {
      pendingSpace = !out.empty();
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out.append(s.substr(start, i - start));
  }
  return out;
}

bool endsWithColon(std::string_view s) {
  const char32_t c = last(trimEnd(s));
  return c == U':' || c == U'：';
}

bool endsWithComma(std::string_view s) {
  const char32_t c = last(s);
  return c == U',' || c == U'，' || c == U'、' || c == U'،';
}

bool endsWithLetterHyphen(std::string_view s) {
  return s.size() > 1 && s.back() == '-' &&
         u_isalpha(static_cast<UChar32>(last(s.substr(0, s.size() - 1))));
}

bool goesOnInNextLine(std::string_view line, std::string_view next) {
  const char32_t start = first(next);
  return (start != kInvalid && u_islower(static_cast<UChar32>(start))) ||
         std::count(line.begin(), line.end(), '(') > std::count(line.begin(), line.end(), ')');
}

bool opensQuotation(std::string_view s) {
  const char32_t c = first(s);
  return c == U'"' || c == U'「' || c == U'『' ||
         (c != kInvalid && u_charType(static_cast<UChar32>(c)) == U_INITIAL_PUNCTUATION);
}

std::string asciiDigits(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    const char32_t c = next(s, i);
    if (c < 0x80) {
      out += s[at];
      continue;
    }
    if (const int32_t digit = u_charDigitValue(static_cast<UChar32>(c)); digit >= 0 && digit <= 9)
      out += static_cast<char>('0' + digit);
    else
      out.append(s.substr(at, i - at));
  }
  return out;
}

bool isAsciiNumber(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::size_t countCodePoints(std::string_view s) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size(); ++count) next(s, i);
  return count;
}

std::string codePointName(char32_t c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
  return buffer;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return prefixIgnoringCase(a, b) == a.size();
}

std::size_t prefixIgnoringCase(std::string_view s, std::string_view prefix) {
  std::size_t i = 0, j = 0;
  while (j < prefix.size()) {
    if (i >= s.size() || u_foldCase(static_cast<UChar32>(next(s, i)), U_FOLD_CASE_DEFAULT) !=
                             u_foldCase(static_cast<UChar32>(next(prefix, j)), U_FOLD_CASE_DEFAULT))
      return std::string_view::npos;
  }
  return i;
}

std::string withoutMarks(std::string_view s) {
  if (std::all_of(s.begin(), s.end(), [](char c) { return (c & 0x80) == 0; }))
    return std::string(s);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(s);
  const icu::UnicodeString decomposed = nfd->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size()))),
      status);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1))
    if (const UChar32 c = decomposed.char32At(i); u_charType(c) != U_NON_SPACING_MARK)
      kept.append(c);
  const icu::UnicodeString composed = nfc->normalize(kept, status);
  std::string out;
  (U_SUCCESS(status) ? composed : kept).toUTF8String(out);
  return out;
}

std::string_view tail(std::string_view s, std::size_t most) {
  if (s.size() <= most) return s;
  std::size_t from = s.size() - most;
  while (from < s.size() && (static_cast<unsigned char>(s[from]) & 0xC0) == 0x80) ++from;
  return s.substr(from);
}

std::string compatibilityForm(std::string_view s) {
  if (std::all_of(s.begin(), s.end(), [](char c) { return (c & 0x80) == 0; }))
    return std::string(s);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return std::string(s);
  const icu::UnicodeString folded = nfkc->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size()))),
      status);
  std::string out;
  if (U_FAILURE(status)) return std::string(s);
  folded.toUTF8String(out);
  return out;
}

}  // namespace verbatim::text
