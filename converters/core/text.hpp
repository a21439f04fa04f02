// Small Unicode helpers over UTF-8 strings, answered by ICU's character
// properties so that every script is treated by the same rules.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace verbatim::text {

inline constexpr char32_t kInvalid = 0xFFFFFFFF;

// The code point starting at byte `i`; advances `i` past it. Invalid bytes
// yield kInvalid and advance by one.
char32_t next(std::string_view s, std::size_t& i);
char32_t first(std::string_view s);
char32_t last(std::string_view s);
// Byte length of the last code point of `s` (0 when empty).
std::size_t lastLength(std::string_view s);

void append(std::string& out, char32_t c);

// Wide or fullwidth in East Asian typography: Han, kana, hangul, fullwidth
// forms and CJK punctuation. These take no spaces between them.
bool isWide(char32_t c);
// A letter or digit of a script written with spaces between words.
bool isSpacedAlnum(char32_t c);
// A character of a word of such a script: its letters and digits, and the
// marks set on them (Arabic vowels, combining accents).
bool isSpacedWordCharacter(char32_t c);
// Bytes of the word of such a script that `s` ends in (0 when it ends in a
// space, punctuation or a wide character).
std::size_t trailingWordBytes(std::string_view s);
bool isSpace(char32_t c);  // any Unicode white space, no-break spaces included
// A letter written right to left (Arabic, Hebrew, …).
bool isRightToLeft(char32_t c);
// Does `s` hold a letter of any script ("2021年12月9日" does)?
bool hasLetter(std::string_view s);
// Does `s` hold a digit of any script ("76/581", "٧٦")?
bool hasDigit(std::string_view s);
bool isControl(char32_t c);

// Width in half-em units: wide characters count 2, everything else 1.
int displayWidth(std::string_view s);

// The width a line would have set in a proportional text face, in thousandths
// of an em: Latin letters by Times-like metrics (UN records are set in Times
// New Roman), wide characters 1000, other letters 500. Good to a few per cent,
// which is what comparing a line with the column's measure needs.
int typesetWidth(std::string_view s);

// The text with its first letter a capital ("во-первых" → "Во-первых"), as
// a sentence begins a word that a list gives in lower case.
std::string withInitialCapital(std::string_view s);

std::string_view trim(std::string_view s);
std::string_view trimStart(std::string_view s);
std::string_view trimEnd(std::string_view s);
// Runs of white space become one U+0020; leading and trailing space removed.
std::string collapseSpaces(std::string_view s);
// The text with the digits of any script ("٨٠/١٢١", "８０") as ASCII digits.
std::string asciiDigits(std::string_view s);
// Its last `most` bytes or fewer, from a character's start: a long text's
// end, where only the end is asked of.
std::string_view tail(std::string_view s, std::size_t most);
// Its compatibility form (NFKC): fullwidth "９３８１" is "9381", "Ｓ／ＰＶ" is "S/PV".
std::string compatibilityForm(std::string_view s);
// The text is ASCII digits and nothing else ("193"; not "", not "1 234").
bool isAsciiNumber(std::string_view s);
// The text ends on a colon, either width ("…发表以下声明：", "Against:").
bool endsWithColon(std::string_view s);
// The text ends on a comma of any script (",", "，", "、", "،").
bool endsWithComma(std::string_view s);
// The text ends on a hyphen after a letter, where a line broke a word or a
// compound ("голосова-", "police-").
bool endsWithLetterHyphen(std::string_view s);
// A name that goes on in the next line, no item of its own: the next line
// begins in lower case, or the line left a bracket open ("United Kingdom of
// Great Britain" / "and Northern Ireland", "Venezuela (Bolivarian" / "Republic of)").
bool goesOnInNextLine(std::string_view line, std::string_view next);
// The text opens a quotation: a quotation mark of any script ("“", "«", "「").
bool opensQuotation(std::string_view s);
std::size_t countCodePoints(std::string_view s);
// A code point as messages name it: "U+202E".
std::string codePointName(char32_t c);
// The same letters, whatever their case ("Forty-ninth Year", "Forty-ninth year").
bool equalsIgnoringCase(std::string_view a, std::string_view b);
// The bytes of `s` that begin it as `prefix` does, ignoring case ("ПОЛОЖЕНИЕ НА"
// begins "Положение на …"); npos when it does not.
std::size_t prefixIgnoringCase(std::string_view s, std::string_view prefix);
// The text without its accents and other combining marks: "Président" →
// "President" (typed records print capitals without them: "Le PRESIDENT").
std::string withoutMarks(std::string_view s);

// Whether `test` holds for one of the '|'-separated alternatives of `list`
// ("Ninguno|Ninguna", a State's spellings), tried in order; it stops at the
// first that does.
template <typename Test>
bool anyAlternative(std::string_view list, Test test) {
  while (!list.empty()) {
    const std::size_t bar = list.find('|');
    if (test(list.substr(0, bar))) return true;
    if (bar == std::string_view::npos) break;
    list.remove_prefix(bar + 1);
  }
  return false;
}

}  // namespace verbatim::text
