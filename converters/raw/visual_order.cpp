#include "raw/visual_order.hpp"

#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <memory>

#include "core/countries.hpp"
#include "core/text.hpp"

namespace verbatim {
namespace {

constexpr char32_t kLam = 0x0644;
constexpr char32_t kAlef = 0x0627;

// The alefs that join lam in a ligature: ا أ إ آ.
bool isAlef(char32_t c) { return c == kAlef || c == 0x0623 || c == 0x0625 || c == 0x0622; }

// The one-letter words written joined to the next: و ف ب ك ل.
bool isOneLetterPrefix(char32_t c) {
  return std::u32string_view(U"وفبكل").find(c) != std::u32string_view::npos;
}

constexpr char32_t kTatweel = 0x0640;

// Arabic letters, and the tatweel that draws a word out ("الـ 77"): its
// script is Common, but it stands only inside a word.
bool isArabicLetter(char32_t c) {
  if (c == text::kInvalid) return false;
  if (c == kTatweel) return true;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  return U_SUCCESS(status) && script == USCRIPT_ARABIC &&
         (u_isalpha(static_cast<UChar32>(c)) || u_getCombiningClass(static_cast<UChar32>(c)) > 0);
}

std::u32string decode(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out += text::next(s, i);
  return out;
}

std::string encode(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) text::append(out, c);
  return out;
}

// How an extraction in display order gives a word: every lam-alef pair alef first.
std::u32string visualForm(std::u32string word) {
  for (std::size_t i = 0; i + 1 < word.size(); ++i)
    if (word[i] == kLam && isAlef(word[i + 1])) std::swap(word[i], word[i + 1]), ++i;
  return word;
}

// The repairs that need no vocabulary: an alef before an alef-lam is a swapped
// pair (two alefs never touch), and "ال" alone is "لا".
int repairSurePairs(std::u32string& s) {
  int repaired = 0;
  for (std::size_t i = 0; i + 2 < s.size(); ++i)
    if (isAlef(s[i]) && isAlef(s[i + 1]) && s[i + 2] == kLam) {
      std::swap(s[i + 1], s[i + 2]);
      ++repaired;
    }
  // "وال" / "فال" alone: "ولا", "فلا" (and … not).
  auto startsWord = [&](std::size_t i) {
    if (i == 0 || !isArabicLetter(s[i - 1])) return true;
    return (s[i - 1] == U'و' || s[i - 1] == U'ف') && (i == 1 || !isArabicLetter(s[i - 2]));
  };
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    const bool alone = startsWord(i) && (i + 2 >= s.size() || !isArabicLetter(s[i + 2]));
    if (s[i] == kAlef && s[i + 1] == kLam && alone) {
      std::swap(s[i], s[i + 1]);
      ++repaired;
    }
  }
  return repaired;
}

// Characters a right-to-left line shows mirrored.
char32_t mirrorOf(char32_t c) {
  switch (c) {
    case U'(': return U')';
    case U')': return U'(';
    case U'[': return U']';
    case U']': return U'[';
    case U'«': return U'»';
    case U'»': return U'«';
    default: return 0;
  }
}

// Each run of Arabic letters in `s`, in order.
template <typename Visit>
void forEachArabicWord(const std::u32string& s, Visit visit) {
  for (std::size_t i = 0; i < s.size();) {
    if (!isArabicLetter(s[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < s.size() && isArabicLetter(s[end])) ++end;
    visit(s.substr(i, end - i));
    i = end;
  }
}

// The words in Arabic script of a profile string (a pattern's literal words,
// a title, a State's name): runs of Arabic letters.
void collectWords(std::string_view source, std::vector<std::u32string>& words) {
  std::u32string word;
  for (std::size_t i = 0; i <= source.size();) {
    const char32_t c = i < source.size() ? text::next(source, i) : (++i, text::kInvalid);
    if (isArabicLetter(c)) {
      word += c;
      continue;
    }
    if (word.size() >= 2) words.push_back(word);
    word.clear();
  }
}

// An alef before a lam inside a word ("خالل"): a lam-alef pair turned round
// ("خلال") or the word as written ("حالة"); only a vocabulary could tell, and
// the profile's is small. Said once for the record, with a few of the words.
void warnOfPairsInsideWords(const std::vector<SourceLine>& lines, const VisualOrderRepair& repair,
                            Audit& audit) {
  int words = 0, firstLine = 0;
  std::vector<std::u32string> examples;
  for (const auto& line : lines) {
    if (line.blank() || line.removed) continue;
    std::string onLine;  // this line's such words, for the audit: where to look
    forEachArabicWord(decode(line.text), [&](const std::u32string& word) {
      // The article ("ال", after a one-letter prefix "وال") is not a pair.
      bool inside = false;
      for (std::size_t k = 1; k + 1 < word.size() && !inside; ++k)
        inside = isAlef(word[k]) && word[k + 1] == kLam && !(k == 1 && isOneLetterPrefix(word[0]));
      if (!inside || repair.knows(word)) return;
      ++words;
      if (firstLine == 0) firstLine = line.number;
      onLine += (onLine.empty() ? "" : ", ") + encode(word);
      if (examples.size() < 5 &&
          std::find(examples.begin(), examples.end(), word) == examples.end())
        examples.push_back(word);
    });
    if (!onLine.empty())
      audit.inferred("lam-alef-unsure", line.number, line.number,
                     "kept as printed, to be checked: an alef before a lam inside " + onLine +
                         " (a lam-alef pair turned round, or the word as written)");
  }
  if (words == 0) return;
  std::string list;
  for (const auto& word : examples) list += (list.empty() ? "" : ", ") + encode(word);
  audit.warn(firstLine, std::to_string(words) +
                            " word(s) of this visual-order text have an alef before a lam inside "
                            "them (" +
                            list +
                            "): each may be a lam-alef pair turned round or the word as "
                            "written; they are kept as printed, to be checked (the report "
                            "names them line by line, kind lam-alef-unsure)");
}

}  // namespace

VisualOrderRepair::VisualOrderRepair(const LanguageProfile& profile) {
  std::vector<std::u32string> words;
  auto collect = [&](std::string_view source) { collectWords(source, words); };
  for (auto word : profile.commonWords) collect(word);
  for (const auto& title : profile.titles) collect(title.printed);
  for (auto honorific : profile.honorifics) collect(honorific);
  for (const auto& language : profile.languages) collect(language.printed);
  for (const auto& spec : profile.procedural) collect(spec.pattern);
  for (const auto& [key, name] : profile.bodies) collect(name);
  for (auto month : profile.cover.months) collect(month);
  for (auto pattern :
       {profile.personLabel, profile.titleLabel, profile.agendaHeading, profile.agendaItemHeading,
        profile.nationalCapacity, profile.resumesPresidency, profile.cover.bodyLine,
        profile.cover.status, profile.cover.session, profile.cover.date, profile.cover.place,
        profile.cover.president, profile.cover.members, profile.cover.agenda,
        profile.cover.correctionNotice, profile.vote.inFavour, profile.vote.against,
        profile.vote.abstaining, profile.vote.none})
    collect(pattern);
  for (const auto& state : countryTable()) collect(namesIn(state, profile.code));
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  words_ = words;
  // A word whose visual form the sure repairs leave wrong, and that no known
  // word is spelt as: its visual form can only be that word.
  for (const auto& word : words) {
    std::u32string visual = visualForm(word);
    if (visual == word) continue;
    std::u32string sure = visual;
    repairSurePairs(sure);
    if (sure == word || std::binary_search(words.begin(), words.end(), visual)) continue;
    knownWords_.emplace_back(std::move(visual), word);
  }
  std::sort(knownWords_.begin(), knownWords_.end());
}

bool VisualOrderRepair::knows(std::u32string_view word) const {
  for (std::size_t prefix : {0, 1}) {
    if (prefix >= word.size()) break;
    if (prefix == 1 && !isOneLetterPrefix(word[0])) break;
    if (std::binary_search(words_.begin(), words_.end(), std::u32string(word.substr(prefix))))
      return true;
  }
  return false;
}

VisualOrderEvidence VisualOrderRepair::measure(const std::vector<SourceLine>& lines) const {
  VisualOrderEvidence evidence;
  for (const auto& line : lines) {
    if (line.blank()) continue;
    std::u32string s = decode(line.text);
    forEachArabicWord(s, [&](std::u32string word) {
      if (word.size() < 2) return;
      if (knows(word)) {
        ++evidence.forwards;
        return;
      }
      std::reverse(word.begin(), word.end());
      if (knows(word)) ++evidence.backwards;
    });
    for (std::size_t i = 0; i + 1 < s.size(); ++i)
      if (s[i] == kLam && isAlef(s[i + 1])) ++evidence.logical;
    if (std::any_of(s.begin(), s.end(), isArabicLetter)) {
      std::u32string brackets;
      for (char32_t c : s)
        if (c == U'(' || c == U')') brackets += c;
      for (std::size_t k = 0; k + 1 < brackets.size();) {
        if (brackets[k] == brackets[k + 1]) {
          ++k;
          continue;
        }
        ++(brackets[k] == U'(' ? evidence.logicalBrackets : evidence.mirroredBrackets);
        k += 2;
      }
    }
    int lamAlef = 0, mirrored = 0;
    repairLine(line.text, lamAlef, mirrored);
    evidence.visual += lamAlef;
  }
  return evidence;
}

std::string VisualOrderRepair::repairLine(std::string_view line, int& lamAlef, int& mirrored,
                                          bool pairs, bool brackets) const {
  std::u32string s = decode(line);
  bool arabic = false;
  // Words the vocabulary knows, whole or after a one-letter prefix (و ف ب ك ل).
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    if (!isArabicLetter(s[i])) {
      out += s[i++];
      continue;
    }
    arabic = true;
    std::size_t end = i;
    while (end < s.size() && isArabicLetter(s[end])) ++end;
    std::u32string word = s.substr(i, end - i);
    for (std::size_t prefix : {0, 1}) {
      if (!pairs) break;
      if (prefix >= word.size()) break;
      if (prefix == 1 && !isOneLetterPrefix(word[0])) break;
      const std::u32string stem = word.substr(prefix);
      auto found = std::lower_bound(knownWords_.begin(), knownWords_.end(),
                                    std::make_pair(stem, std::u32string()));
      if (found != knownWords_.end() && found->first == stem) {
        for (std::size_t k = 0; k + 1 < stem.size(); ++k)
          if (isAlef(stem[k]) && stem[k + 1] == kLam) ++lamAlef;
        word = word.substr(0, prefix) + found->second;
        break;
      }
    }
    out += word;
    i = end;
  }
  if (pairs) lamAlef += repairSurePairs(out);
  // A line of digits or Latin letters only in a right-to-left paragraph
  // ("79/81(." after "… (القرار"): turned round where, as printed, it would end
  // with a bracket that opens nothing.
  if (!arabic && brackets) {
    const std::size_t open = out.find_last_of(U"(");
    arabic = open != std::u32string::npos &&
             std::none_of(out.begin() + static_cast<std::ptrdiff_t>(open), out.end(),
                          [](char32_t c) { return u_isalnum(static_cast<UChar32>(c)); });
  }
  if (arabic && brackets)
    for (auto& c : out)
      if (char32_t mirror = mirrorOf(c)) c = mirror, ++mirrored;
  return encode(out);
}

std::string readRightToLeft(std::string_view shown, bool mirrored) {
  const icu::UnicodeString visual = icu::UnicodeString::fromUTF8(
      icu::StringPiece(shown.data(), static_cast<int32_t>(shown.size())));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UBiDi, decltype(&ubidi_close)> bidi(ubidi_open(), ubidi_close);
  if (!bidi) return std::string(shown);
  ubidi_setPara(bidi.get(), visual.getBuffer(), visual.length(), UBIDI_RTL, nullptr, &status);
  icu::UnicodeString logical;
  const int32_t capacity = visual.length() + 16;
  UChar* buffer = logical.getBuffer(capacity);
  // Brackets mirrored; a vowel mark kept after its letter, as the page's
  // letter and mark are read together.
  const uint16_t options = mirrored ? UBIDI_DO_MIRRORING | UBIDI_KEEP_BASE_COMBINING : 0;
  const int32_t length =
      buffer ? ubidi_writeReordered(bidi.get(), buffer, capacity, options, &status) : 0;
  logical.releaseBuffer(U_SUCCESS(status) ? length : 0);
  if (U_FAILURE(status) || !buffer) return std::string(shown);
  std::string out;
  logical.toUTF8String(out);
  return out;
}

std::string logicalOrderOf(std::string_view visualLine) {
  return readRightToLeft(visualLine, true);
}

namespace {

// A line without a right-to-left letter that a right-to-left paragraph
// shows: its sentence's full stop (or colon) printed at its left end.
bool endsARightToLeftSentence(std::u32string_view shown) {
  return !shown.empty() &&
         std::u32string_view(U".:؛،؟").find(shown.front()) != std::u32string_view::npos;
}

// Lines that came turned round: each put in logical order, the repair
// recorded; a bracket mirrored is another character, so the conservation
// check is told which were printed and which are kept.
// One line put in logical order, the repair recorded (false: it reads the
// same either way); a bracket mirrored is another character, so the
// conservation check is told which were printed and which are kept.
bool reverseLine(SourceLine& line, Audit& audit, std::string_view why) {
  // A line of digits and Latin letters reads the same in either order,
  // and the algorithm would move its edge brackets ("24-12345 (A)"); but
  // the end of a right-to-left sentence is shown at its left (".A/79/L.28").
  const std::u32string letters = decode(line.text);
  if (std::none_of(letters.begin(), letters.end(), isArabicLetter) &&
      !endsARightToLeftSentence(letters))
    return false;
  std::string logical = logicalOrderOf(line.text);
  if (logical == line.text) return false;
  audit.repaired("visual-order", line.number, line.number, line.text, std::string(why));
  std::u32string printed, kept;
  for (char32_t c : letters)
    if (mirrorOf(c)) printed += c;
  for (char32_t c : decode(logical))
    if (mirrorOf(c)) kept += c;
  std::sort(printed.begin(), printed.end());
  std::sort(kept.begin(), kept.end());
  if (printed != kept) {
    audit.removed("mirrored-bracket", line.number, line.number, encode(printed),
                  "brackets as a right-to-left line shows them");
    audit.inserted("mirrored-bracket", line.number, line.number, encode(kept),
                   "the same brackets in logical order");
  }
  line.text = std::move(logical);
  return true;
}

void reverseLines(std::vector<SourceLine>& lines, const VisualOrderEvidence& evidence,
                  Audit& audit) {
  audit.inferred("visual-order", 0, 0,
                 "the lines are in visual order, each as the page shows it from left to right (" +
                     std::to_string(evidence.backwards) + " known words spelt backwards, " +
                     std::to_string(evidence.forwards) +
                     " as printed): every line is put in logical order");
  for (auto& line : lines)
    if (!line.blank() && !line.removed)
      reverseLine(line, audit, "a line in visual order put in logical order");
}

// Where only some lines came turned round (a label, a vote's list, a running
// head), each is told by its own words: two or more known words spelt
// backwards and none as printed (one, where the line shows its final colon
// or full stop at its left). Its lam-alef pairs then stand alef first,
// as in a text in visual order, and are put back too.
int reverseLinesShownBackwards(std::vector<SourceLine>& lines, const VisualOrderRepair& repair,
                               Audit& audit) {
  int turned = 0;
  for (auto& line : lines) {
    if (line.blank() || line.removed) continue;
    const VisualOrderEvidence own = repair.measure({line});
    // One word will do on a line whose sentence ends at its left (":ءاضعألا").
    const bool endShownFirst = endsARightToLeftSentence(decode(line.text));
    if (own.backwards < (endShownFirst ? 1 : 2) || own.forwards > 0) continue;
    if (!reverseLine(line, audit,
                     "a line in visual order among lines in logical order (" +
                         std::to_string(own.backwards) +
                         " known words spelt backwards, none as printed): put in logical order"))
      continue;
    ++turned;
    int lamAlef = 0, mirrored = 0;
    std::string repaired = repair.repairLine(line.text, lamAlef, mirrored, true, false);
    if (repaired == line.text) continue;
    audit.repaired("visual-order", line.number, line.number, line.text,
                   "visual order put back in logical order: " + std::to_string(lamAlef) +
                       " lam-alef pair(s) reordered");
    line.text = std::move(repaired);
  }
  if (turned > 0)
    audit.warn(0, std::to_string(turned) +
                      " line(s) came in visual order among lines in logical order and were put "
                      "in logical order (see the audit's visual-order entries): check them "
                      "against the printed record");
  return turned;
}

// A text in logical order may still have lam-alef pairs given alef first
// where the extraction took the article's ligature for two letters
// ("األمم المتحدة", "تكلم باإلنكليزية" among "اللاجئين"): the sure signs are
// repaired wherever they stand, since logical Arabic never has them.
void repairSurePairsOnly(std::vector<SourceLine>& lines, Audit& audit) {
  for (auto& line : lines) {
    if (line.blank() || line.removed) continue;
    std::u32string s = decode(line.text);
    const int repaired = repairSurePairs(s);
    if (repaired == 0) continue;
    audit.repaired("lam-alef", line.number, line.number, line.text,
                   std::to_string(repaired) +
                       " lam-alef pair(s) given alef first (two alefs never touch, the article "
                       "never stands alone) put back in logical order");
    line.text = encode(s);
  }
}

}  // namespace

void repairVisualOrder(std::vector<SourceLine>& lines, const LanguageProfile& profile,
                       Audit& audit) {
  if (!writesRightToLeft(profile)) return;
  const VisualOrderRepair repair(profile);
  VisualOrderEvidence evidence = repair.measure(lines);
  if (evidence.linesReversed()) {
    reverseLines(lines, evidence, audit);
    evidence = repair.measure(lines);
  } else if (reverseLinesShownBackwards(lines, repair, audit) > 0) {
    evidence = repair.measure(lines);
  }
  const bool pairs = evidence.isVisual(), brackets = evidence.bracketsMirrored();
  if (!pairs && !brackets) {
    repairSurePairsOnly(lines, audit);
    return;
  }
  audit.inferred("visual-order", 0, 0,
                 "the text is in visual order (" + std::to_string(evidence.visual) +
                     " lam-alef pairs alef first, " + std::to_string(evidence.logical) +
                     " in logical order; " + std::to_string(evidence.mirroredBrackets) +
                     " bracket pairs mirrored, " + std::to_string(evidence.logicalBrackets) +
                     " as written): " +
                     (pairs && brackets ? "lam-alef pairs and brackets are"
                      : pairs           ? "lam-alef pairs are"
                                        : "brackets are") +
                     " put back in logical order");
  for (auto& line : lines) {
    if (line.blank() || line.removed) continue;
    int lamAlef = 0, mirrored = 0;
    std::string repaired = repair.repairLine(line.text, lamAlef, mirrored, pairs, brackets);
    if (repaired == line.text) continue;
    std::string detail = "visual order put back in logical order:";
    if (lamAlef > 0) detail += " " + std::to_string(lamAlef) + " lam-alef pair(s) reordered";
    if (mirrored > 0)
      detail += std::string(lamAlef > 0 ? ";" : "") + " " + std::to_string(mirrored) +
                " mirrored bracket(s) turned round";
    audit.repaired("visual-order", line.number, line.number, line.text, detail);
    if (mirrored > 0) {
      // A bracket turned round is another character: the conservation check
      // must find the one printed among the removals and the one kept among
      // the insertions, or a line with one bracket of a pair fails it.
      std::u32string kept;
      for (char32_t c : decode(repaired))
        if (mirrorOf(c)) kept += c;
      std::u32string printed = kept;
      for (auto& c : printed) c = mirrorOf(c);
      audit.removed("mirrored-bracket", line.number, line.number, encode(printed),
                    "brackets as a right-to-left line shows them");
      audit.inserted("mirrored-bracket", line.number, line.number, encode(kept),
                     "the same brackets in logical order");
    }
    line.text = std::move(repaired);
  }
  if (pairs) warnOfPairsInsideWords(lines, repair, audit);
}

}  // namespace verbatim
