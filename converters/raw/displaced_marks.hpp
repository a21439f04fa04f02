// Arabic vowel marks that pdftotext (poppler) set before their letter. The
// extraction reads the mark's glyph, which sits over its letter, as coming
// first, and then takes the gap it leaves for a space: "افُت تحت" for
// "افتُتحت", "ُأ جري" for "أُجري", "أذّك ر" for "أذكّر". The house formulas
// are the words that carry marks ("اعتُمد", "رُفعت"), so a record read as
// the extraction gives it loses its opening, its decisions and its votes.
//
// In logical text a mark follows its letter and never begins a word. In a
// record whose lines show marks beginning words, a mark that begins a word
// or stands before a letter the extraction split off from the rest of its
// word ("افُت تحت") is put after that letter, and the space taken out. Other
// marks stay: before a letter inside a word, a mark is the mark of the
// letter before it as often as not ("افتُتحت" spelt right). A mark that ends
// a word by the language's spelling (Arabic tanwin: "أيضاً") keeps the space
// after it. Each repair is recorded.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/audit.hpp"
#include "raw/lines.hpp"
#include "raw/profile.hpp"

namespace verbatim {

// How many marks in `lines` begin a word: the sure sign of the displacement.
int marksBeginningWords(const std::vector<SourceLine>& lines);

// One line with its marks after their letters; `repairs` counts the words
// put back together or marks moved.
std::string placeMarksAfterTheirLetters(std::string_view line, const LanguageProfile& profile,
                                        int& repairs);

// For right-to-left profiles, on the lines of a pdftotext extraction that
// shows marks beginning words.
void placeDisplacedMarks(std::vector<SourceLine>& lines, const LanguageProfile& profile,
                         Audit& audit);

}  // namespace verbatim
