#include "raw/repairs.hpp"

#include <unicode/uchar.h>

#include <map>
#include <string>

#include "core/text.hpp"

namespace verbatim {
namespace {

std::size_t wordCount(std::string_view text) {
  std::size_t words = 0;
  bool inWord = false;
  for (char c : text) {
    const bool space = c == ' ';
    if (!space && !inWord) ++words;
    inWord = !space;
  }
  return words;
}

bool startsLowercase(std::string_view text) {
  const char32_t c = text::first(text);
  return c != text::kInvalid && u_islower(static_cast<UChar32>(c));
}

// A line on its own (blank lines around it) of one or two lowercase words.
bool isScatteredWord(const std::vector<SourceLine>& lines, std::size_t i) {
  const SourceLine& line = lines[i];
  if (line.blank() || line.removed || line.text.size() > 24 || wordCount(line.text) > 2)
    return false;
  if (!startsLowercase(line.text)) return false;
  const bool blankBefore = i == 0 || lines[i - 1].blank();
  const bool blankAfter = i + 1 >= lines.size() || lines[i + 1].blank();
  return blankBefore && blankAfter;
}

bool isLetter(char32_t c) { return c != text::kInvalid && u_isalpha(static_cast<UChar32>(c)); }

// "As" / "emphasized" / "during" / "negotiations" / "and": a justified line
// with wide spaces, one word to a line. The run goes back on one line.
void gatherWordPerLine(std::vector<SourceLine>& lines, Audit& audit) {
  auto single = [&](const SourceLine& line) {
    return !line.blank() && !line.removed && line.text.size() <= 24 && wordCount(line.text) == 1 &&
           line.text.back() != ':';
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::size_t end = i;
    while (end < lines.size() && single(lines[end])) ++end;
    if (end - i >= 3) {
      std::string words;
      for (std::size_t j = i; j < end; ++j) words += (words.empty() ? "" : " ") + lines[j].text;
      audit.repaired("scattered-words", lines[i].number, lines[end - 1].number, words,
                     "a justified line that the extraction set one word to a line, put together");
      lines[i].text = words;
      for (std::size_t j = i + 1; j < end; ++j) {
        lines[j].text.clear();
        lines[j].removed = true;  // moved into line i
      }
    }
    i = std::max(i, end);
  }
}

}  // namespace

void restoreScatteredWords(std::vector<SourceLine>& lines, int measure, Audit& audit) {
  gatherWordPerLine(lines, audit);
  if (measure <= 0) return;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!isScatteredWord(lines, i)) continue;
    // The run of scattered words, in order.
    std::vector<std::size_t> run;
    for (std::size_t j = i; j < lines.size(); ++j) {
      if (lines[j].blank()) continue;
      if (!isScatteredWord(lines, j)) break;
      run.push_back(j);
    }
    std::string words;
    for (auto j : run) words += (words.empty() ? "" : " ") + lines[j].text;
    // The line they left: close above, not ending a sentence, with room for them.
    std::size_t target = lines.size();
    int looked = 0;
    for (std::size_t k = i; k-- > 0 && looked < 8;) {
      const SourceLine& candidate = lines[k];
      if (candidate.blank() || candidate.removed) continue;
      ++looked;
      const int width = text::typesetWidth(candidate.text) + text::typesetWidth(" " + words);
      const char32_t last = text::last(candidate.text);
      const bool midSentence = last != text::kInvalid && u_isalnum(static_cast<UChar32>(last));
      if (width <= measure && midSentence) {
        target = k;
        break;
      }
    }
    if (target == lines.size()) {
      i = run.back();
      continue;
    }
    lines[target].text += " " + words;
    audit.repaired("scattered-words", lines[run.front()].number, lines[run.back()].number, words,
                   "words of a justified line that the extraction set apart, put back at the end "
                   "of line " +
                       std::to_string(lines[target].number));
    for (auto j : run) {
      lines[j].text.clear();
      lines[j].removed = true;  // moved, not lost: its words are in the target line
    }
    i = run.back();
  }
}

void restoreCompoundHyphens(std::vector<SourceLine>& lines, const Grammar& grammar, Audit& audit) {
  // The hyphenated words of the document and of the profile, by their form
  // with one hyphen missing, where the part after that hyphen is capitalised
  // ("Secretary-General" from "SecretaryGeneral", "Non-Self-Governing" from
  // "NonSelf-Governing"): a join that shows, and that no one writes on purpose.
  std::map<std::string, std::string> hyphenated;
  auto learn = [&](std::string_view word) {
    for (auto hyphen = word.find('-'); hyphen != std::string_view::npos;
         hyphen = word.find('-', hyphen + 1)) {
      if (hyphen == 0 || hyphen + 1 >= word.size()) continue;
      const char after = word[hyphen + 1];
      if (!(after >= 'A' && after <= 'Z')) continue;
      std::string joined(word.substr(0, hyphen));
      joined += word.substr(hyphen + 1);
      hyphenated.emplace(joined, std::string(word));
    }
  };
  for (auto compound : grammar.profile().compounds) learn(compound);
  for (const auto& line : lines) {
    std::string_view text = line.text;
    for (std::size_t i = 0; i < text.size();) {
      while (i < text.size() && !isLetter(text::first(text.substr(i)))) text::next(text, i);
      std::size_t begin = i;
      while (i < text.size()) {
        std::size_t probe = i;
        char32_t c = text::next(text, probe);
        if (!isLetter(c) && c != '-') break;
        i = probe;
      }
      if (i > begin) learn(text.substr(begin, i - begin));
      if (i == begin) text::next(text, i);
    }
  }
  if (hyphenated.empty()) return;
  // A joined form inside a word, where a lowercase letter meets an uppercase
  // one ("SecretaryGeneral"), is a compound that lost its hyphen.
  for (auto& line : lines) {
    if (line.blank() || line.removed) continue;
    std::string& text = line.text;
    for (const auto& [joined, compound] : hyphenated) {
      for (std::size_t at = text.find(joined); at != std::string::npos;
           at = text.find(joined, at + 1)) {
        const bool wordStart =
            at == 0 || !isLetter(text::last(std::string_view(text).substr(0, at)));
        const std::size_t end = at + joined.size();
        const bool wordEnd =
            end >= text.size() || !isLetter(text::first(std::string_view(text).substr(end)));
        if (!wordStart || !wordEnd) continue;
        const std::string& restored = compound;
        text.replace(at, joined.size(), restored);
        audit.inserted("compound-hyphen", line.number, line.number,
                       std::string(restored.size() - joined.size(), '-'),
                       "the hyphen of '" + compound + "', dropped by the extraction at a line end");
        at += restored.size() - 1;
      }
    }
  }
}

}  // namespace verbatim
