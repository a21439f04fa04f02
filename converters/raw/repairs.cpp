#include "raw/repairs.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <map>
#include <span>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "core/countries.hpp"
#include "core/text.hpp"
#include "raw/vocabulary.hpp"

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

// "Against:", "Abstaining:", "主席：": a line that labels what follows.
bool isLabel(const std::string& text, const Grammar& grammar) {
  const LanguageProfile& profile = grammar.profile();
  return text.back() == ':' ||
         (!profile.labelDelimiter.empty() && text.ends_with(profile.labelDelimiter)) ||
         grammar.cover(CoverField::InFavour, text) || grammar.cover(CoverField::Against, text) ||
         grammar.cover(CoverField::Abstaining, text);
}

// A line on its own (blank lines around it) of one or two words.
bool isLoneWord(const std::vector<SourceLine>& lines, std::size_t i) {
  const SourceLine& line = lines[i];
  if (line.blank() || line.removed || text::countCodePoints(line.text) > 24 ||
      wordCount(line.text) > 2)
    return false;
  const bool blankBefore = i == 0 || lines[i - 1].blank();
  const bool blankAfter = i + 1 >= lines.size() || lines[i + 1].blank();
  return blankBefore && blankAfter;
}

// A run of lone words is a justified line's words set apart when they are in
// lowercase (a heading or a label is not), or when there are three or more
// ("Palau," / "United" / "States" / "of": a vote's list of States).
constexpr std::size_t kScatteredInAnyCase = 3;

// "As" / "emphasized" / "during" / "negotiations" / "and": a justified line
// with wide spaces, one word to a line. The run goes back on one line. Not in
// scripts written without spaces (a line of them is one "word", and justifying
// it spaces no words apart), and never a label: "Against:" / "None" /
// "Abstaining:" are lines of their own.
void gatherWordPerLine(std::vector<SourceLine>& lines, const Grammar& grammar, Audit& audit) {
  if (!grammar.profile().spacesBetweenWords) return;
  const bool rightToLeft = writesRightToLeft(grammar.profile());
  // (Nor a heading's document on a line of its own: "(A/78/481/Add.3)".)
  auto single = [&](const SourceLine& line) {
    return !line.blank() && !line.removed && text::countCodePoints(line.text) <= 24 &&
           wordCount(line.text) == 1 && !isLabel(line.text, grammar) &&
           !(line.text.front() == '(' && grammar.endsWithDocumentSymbol(line.text));
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    // A word that ends a sentence ends the run: the next begins another line
    // ("concerned." / "Mr." / "Nebenzia" / "(Russian" / …, a label's).
    std::size_t end = i;
    while (end < lines.size() && single(lines[end]) &&
           (end == i || !grammar.endsSentence(lines[end - 1].text)))
      ++end;
    if (end - i >= 3) {
      // A page set right to left gives the words back to front, whatever
      // their script: "(تكلم" / "(ألمانيا)" / "هاوسمان" / "السيد" is "السيد
      // هاوسمان (ألمانيا) (تكلم", and "les" / "toutes" / … / "Je" in an Arabic
      // record is "Je … toutes les".
      std::vector<std::string_view> run;
      for (std::size_t j = i; j < end; ++j) run.emplace_back(lines[j].text);
      if (rightToLeft) std::reverse(run.begin(), run.end());
      std::string words;
      for (auto word : run) (words += words.empty() ? "" : " ") += word;
      audit.repaired("scattered-words", lines[i].number, lines[end - 1].number, words,
                     "a justified line that the extraction set one word to a line, put together");
      lines[i].text = words;
      for (std::size_t j = i + 1; j < end; ++j) {
        lines[j].text.clear();
        lines[j].removed = true;  // moved into line i
      }
    }
    if (end > i) i = end - 1;  // the next run may begin where this one stopped
  }
}

// Inversions between an order of the lone words and the order they came in:
// of two orders that both complete a line, the nearer is taken.
int inversions(const std::vector<std::size_t>& order) {
  int count = 0;
  for (std::size_t a = 0; a < order.size(); ++a)
    for (std::size_t b = a + 1; b < order.size(); ++b) count += order[a] > order[b];
  return count;
}

// The word boundaries of `text` outside brackets (or all of them): where
// scattered words may go back.
std::vector<std::size_t> gapsOutsideBrackets(std::string_view text, bool inBrackets = false) {
  std::vector<std::size_t> gaps;
  int depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(') ++depth;
    if (text[i] == ')') depth = std::max(0, depth - 1);
    if (text[i] == ' ' && (depth == 0 || inBrackets)) gaps.push_back(i);
  }
  return gaps;
}

// "Draft" / "resolution" / "(resolution 76/305)." … "A/76/L.86" … "adopted"
// … "was": a procedural line, set apart from the text and spaced wide, that
// the extraction scattered over its page, some words after the page's foot.
// Where lone words of the same page, put back between the line's words in
// the order nearest to the one they came in (at the end of one of its lines,
// where they can), make the line one of the profile's procedural sentences
// (and it was none), they go back there.
constexpr std::size_t kMostScatteredWords = 4;
constexpr std::size_t kLongestScatteredHead = 160;
constexpr long kMostProcedureProbes = 20000;  // a record needs a few hundred

void completeScatteredProcedure(std::vector<SourceLine>& lines, const Grammar& grammar, int measure,
                                Audit& audit) {
  if (!grammar.profile().spacesBetweenWords) return;
  // The lone words of each page, found once; the lines that end a sentence
  // are tried only on a page that has some, and only so many times in all:
  // a hostile text of a thousand sentences and lone words that complete none
  // costs no more than a record.
  std::map<int, std::vector<std::size_t>> loneByPage;
  for (std::size_t k = 0; k < lines.size(); ++k)
    if (isLoneWord(lines, k) && !isLabel(lines[k].text, grammar))
      loneByPage[lines[k].page].push_back(k);
  if (loneByPage.empty()) return;
  long probesLeft = kMostProcedureProbes;
  // Nothing but lone words and blank lines between line `last` and line k?
  const auto nearAfter = [&](std::size_t last, std::size_t k) {
    for (std::size_t j = last + 1; j < k; ++j)
      if (!lines[j].blank() && !lines[j].removed && !isLoneWord(lines, j)) return false;
    return true;
  };
  // The head of a sentence that ends at line `last`, completed with the lone
  // words after it (only those right after it, where `nearOnly`).
  const auto completeHeadAt = [&](std::size_t last, bool nearOnly) {
    const SourceLine& end = lines[last];
    if (end.blank() || end.removed || !grammar.endsSentence(end.text)) return;
    const auto page = loneByPage.find(end.page);
    if (page == loneByPage.end()) return;
    // The head: up to three lines that end here, after a blank line or a sentence.
    std::size_t first = last;
    while (first > 0 && last - first < 2 && !lines[first - 1].blank() &&
           !grammar.endsSentence(lines[first - 1].text))
      --first;
    if (first > 0 && !lines[first - 1].blank() && !grammar.endsSentence(lines[first - 1].text))
      return;
    // Its lines are short: words were taken out of them (a full line is text).
    bool short_ = measure > 0;
    for (std::size_t k = first; k <= last && short_; ++k)
      short_ = text::typesetWidth(lines[k].text) * 10 <= measure * 8;
    if (!short_) return;
    std::string head;
    std::vector<std::size_t> lineEnds;  // where a line of the head ended: words left from there
    for (std::size_t k = first; k <= last; ++k) {
      if (!head.empty()) lineEnds.push_back(head.size());
      head += (head.empty() ? "" : " ") + lines[k].text;
    }
    // A head that already reads as procedure wants no word, unless the State
    // it names is none ("El Vicepresidente, Sr. Rai (Papua" / "Guinea), …",
    // "Nueva" set apart on a line of its own).
    const auto namesAState = [&](std::string_view text, const ProceduralMatch& match) {
      return !match.chairCountry.found() ||
             !countryCode(match.chairCountry.in(text), grammar.profile().code).empty();
    };
    if (head.size() > kLongestScatteredHead) return;
    const auto headMatch = grammar.probeProcedural(head).match;
    if (headMatch && namesAState(head, *headMatch)) return;
    // The lone words of its page after it, in the order they came (those
    // already moved back are out).
    std::vector<std::size_t> lone;
    for (auto k : page->second) {
      if (k <= last || lines[k].removed) continue;
      if (nearOnly && !nearAfter(last, k)) break;
      lone.push_back(k);
    }
    if (lone.empty() || lone.size() > 2 * kMostScatteredWords) return;
    // Into the State's brackets where the State is what the word completes.
    const auto gaps = gapsOutsideBrackets(head, headMatch.has_value());
    std::string best;
    std::vector<std::size_t> used;
    std::tuple<int, bool, std::size_t> bestRank;
    // Every subset of the first few lone words, the largest first; every
    // order of it; every gap.
    const std::size_t n = std::min(lone.size(), kMostScatteredWords);
    for (std::size_t size = n; size > 0 && best.empty(); --size) {
      for (unsigned mask = 1; mask < (1u << n); ++mask) {
        if (static_cast<std::size_t>(std::popcount(mask)) != size) continue;
        std::vector<std::size_t> order;
        for (std::size_t b = 0; b < n; ++b)
          if (mask & (1u << b)) order.push_back(b);
        do {
          std::string words;
          for (auto b : order) words += " " + lines[lone[b]].text;
          for (auto gap : gaps) {
            std::string candidate = head.substr(0, gap) + words + head.substr(gap);
            --probesLeft;
            const auto match = grammar.probeProcedural(candidate).match;
            if (!match || match->kind == NarrativeKind::Other ||
                (headMatch && !namesAState(candidate, *match)))
              continue;
            // The order nearest the one they came in; then the end of a line
            // of the head, the latest.
            const bool atLineEnd =
                std::find(lineEnds.begin(), lineEnds.end(), gap) != lineEnds.end();
            const auto rank = std::tuple(-inversions(order), atLineEnd, gap);
            if (best.empty() || rank > bestRank) {
              best = std::move(candidate);
              bestRank = rank;
              used.clear();
              for (auto b : order) used.push_back(lone[b]);
            }
          }
        } while (std::next_permutation(order.begin(), order.end()));
      }
    }
    if (best.empty()) return;
    std::string words;
    for (auto k : used) words += (words.empty() ? "" : " ") + lines[k].text;
    audit.repaired("scattered-words", lines[used.front()].number, lines[used.back()].number, words,
                   "words of a procedural line that the extraction scattered over its page, put "
                   "back in line " +
                       std::to_string(lines[first].number));
    lines[first].text = best;
    for (std::size_t k = first + 1; k <= last; ++k) {
      lines[k].text.clear();
      lines[k].removed = true;  // joined into the first line of the procedural line
    }
    for (auto k : used) {
      lines[k].text.clear();
      lines[k].removed = true;  // moved, not lost: its word is in the procedural line
    }
  };
  // First each line with the lone words right after it ("Проект" / "резолюции"
  // / "(резолюция 73/141)." / "" / "принимается", then "Голосование проводится"
  // / "заносимого в отчет голосования." / "" / "путем": each its own word),
  // then with any of its page's after it (set after the page's foot).
  for (const bool nearOnly : {true, false})
    for (std::size_t last = 0; last < lines.size() && probesLeft > 0; ++last)
      completeHeadAt(last, nearOnly);
}

}  // namespace

void restoreScatteredWords(std::vector<SourceLine>& lines, const Grammar& grammar, int measure,
                           Audit& audit) {
  gatherWordPerLine(lines, grammar, audit);
  completeScatteredProcedure(lines, grammar, measure, audit);
  if (measure <= 0) return;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!isLoneWord(lines, i)) continue;
    // The run of scattered words, in order.
    std::vector<std::size_t> run;
    bool lowercase = true;
    for (std::size_t j = i; j < lines.size(); ++j) {
      if (lines[j].blank()) continue;
      if (!isLoneWord(lines, j) || isLabel(lines[j].text, grammar)) break;
      run.push_back(j);
      lowercase = lowercase && startsLowercase(lines[j].text);
    }
    // Of lone capitalised words, only the lowercase ones after them may be
    // scattered; a script written without spaces has no words to scatter.
    if (run.empty() ||
        (!lowercase && (run.size() < kScatteredInAnyCase || !grammar.profile().spacesBetweenWords)))
      continue;
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
      // "Marshall Islands," / … / "Palau," / "United" / "States" / "of": a list goes on too.
      const bool midSentence =
          last != text::kInvalid && (u_isalnum(static_cast<UChar32>(last)) || last == U',');
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

namespace {

// A block: lines between blank lines, on one page, as [first, last] indexes.
// A removed line does not end one (its words may be in the line before, put
// back there from a justified line that the extraction scattered).
struct TextBlock {
  std::size_t first, last;
};

std::vector<TextBlock> blocksOf(const std::vector<SourceLine>& lines) {
  std::vector<TextBlock> blocks;
  bool open = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].removed) continue;
    if (lines[i].blank()) {
      open = false;
    } else if (open && lines[i].page == lines[blocks.back().last].page) {
      blocks.back().last = i;
    } else {
      blocks.push_back({i, i});
      open = true;
    }
  }
  return blocks;
}

// Ends on a word, not on punctuation: a list's comma ("Mongolia,") says too
// little of where its text goes on.
bool endsMidSentence(const std::string& text) {
  const char32_t last = text::last(text);
  return last != text::kInvalid && u_isalnum(static_cast<UChar32>(last));
}

// How many printed lines a block fills: a line that holds two (pdftotext
// undid a hyphen there) counts twice.
int printedHeight(const std::vector<SourceLine>& lines, const TextBlock& block, int measure) {
  int height = 0;
  for (std::size_t i = block.first; i <= block.last; ++i)
    if (!lines[i].blank() && !lines[i].removed)
      height += std::max(1, (text::typesetWidth(lines[i].text) + measure / 2) / measure);
  return height;
}

// pdftotext can read a page's two columns block by block in turn: the
// fragment `f` is the right column's first block, the host `h` the left
// column's last, an odd number of blocks after it, and the blocks between
// take turns. Where a paragraph runs on past the next block's top, two
// blocks of one column come together: the turns start either with the block
// after the fragment or with the one after that. Of the two, the one whose
// columns end more level (the page's blocks before the fragment are the left
// column's, those after the host the right column's). Returns the blocks
// between that belong to the right column; `heights` must hold the page's.
bool takesTurns(std::size_t f, std::size_t h) { return h >= f + 3 && (h - f) % 2 == 1; }

std::vector<std::size_t> rightColumnBetween(const std::vector<int>& heights, std::size_t pageFirst,
                                            std::size_t pageEnd, std::size_t f, std::size_t h) {
  auto unevenness = [&](std::size_t firstRight) {
    int left = 0, right = 0;
    for (std::size_t b = pageFirst; b < pageEnd; ++b) {
      const bool inRight = b == f || b > h || (b > f && b < h && (b - f) % 2 == firstRight % 2);
      (inRight ? right : left) += heights[b];
    }
    return std::abs(left - right);
  };
  const std::size_t firstRight = unevenness(1) < unevenness(2) ? 1 : 2;
  std::vector<std::size_t> right;
  for (std::size_t b = f + firstRight; b < h; b += 2) right.push_back(b);
  return right;
}

}  // namespace

void restoreDanglingFragments(std::vector<SourceLine>& lines, const Grammar& grammar, int measure,
                              Audit& audit) {
  if (measure <= 0 || !grammar.profile().spacesBetweenWords) return;
  const auto blocks = blocksOf(lines);
  // A fragment begins in lowercase after a block that ended its sentence, and
  // ends a sentence itself: the end of a sentence whose start the extraction
  // set elsewhere. Its host ends in mid-sentence on a full line, and the
  // block after the host does not go on with that sentence.
  // Both in the profile's language: a record printed in two languages side
  // by side (1950) mixes its columns otherwise.
  auto inLanguage = [&](std::size_t first, std::size_t last) {
    if (grammar.profile().commonWords.empty()) return true;
    for (std::size_t i = first; i <= last; ++i)
      for (auto [begin, end] : wordsOf(lines[i].removed ? std::string_view() : lines[i].text))
        for (auto common : grammar.profile().commonWords)
          if (std::string_view(lines[i].text).substr(begin, end - begin) == common) return true;
    return false;
  };
  auto isFragment = [&](std::size_t b) {
    if (b == 0) return false;
    const SourceLine& first = lines[blocks[b].first];
    return startsLowercase(first.text) && grammar.endsSentence(lines[blocks[b - 1].last].text) &&
           grammar.endsSentence(lines[blocks[b].last].text) &&
           inLanguage(blocks[b].first, blocks[b].last);
  };
  auto isHost = [&](std::size_t b) {
    const SourceLine& last = lines[blocks[b].last];
    const int width = text::typesetWidth(last.text);
    if (!endsMidSentence(last.text) || width < measure * 8 / 10 || width > measure * 11 / 10)
      return false;
    if (!inLanguage(
            std::max(blocks[b].first, blocks[b].last - std::min<std::size_t>(blocks[b].last, 2)),
            blocks[b].last))
      return false;
    return b + 1 >= blocks.size() || !startsLowercase(lines[blocks[b + 1].first].text);
  };
  // Pairs on one page, each fragment with the nearest host that is left.
  std::vector<std::pair<std::size_t, std::size_t>> moves;  // fragment block, host block
  std::vector<bool> hostTaken(blocks.size(), false);
  for (std::size_t f = 0; f < blocks.size(); ++f) {
    if (!isFragment(f)) continue;
    const int page = lines[blocks[f].first].page;
    std::size_t best = blocks.size(), bestDistance = lines.size();
    for (std::size_t h = 0; h < blocks.size(); ++h) {
      if (h == f || hostTaken[h] || lines[blocks[h].last].page != page || !isHost(h)) continue;
      const std::size_t distance = h < f ? f - h : h - f;
      if (distance < bestDistance) best = h, bestDistance = distance;
    }
    if (best == blocks.size()) continue;
    hostTaken[best] = true;
    moves.emplace_back(f, best);
  }
  // pdftotext can also lose a page's two columns over more than the
  // fragment (rightColumnBetween): the right column's blocks that it gave
  // before the host follow the fragment. Only where no other move touches
  // them, and where all are in the profile's language (not a record printed
  // in two).
  auto inAnotherMove = [&](std::size_t b, std::size_t self) {
    for (std::size_t m = 0; m < moves.size(); ++m)
      if (m != self && (moves[m].first == b || moves[m].second == b)) return true;
    return false;
  };
  std::vector<int> heights(blocks.size(), -1);  // measured for the pages that need them
  std::vector<std::vector<std::size_t>> followers(moves.size());
  for (std::size_t m = 0; m < moves.size(); ++m) {
    const auto [f, h] = moves[m];
    if (!takesTurns(f, h)) continue;
    bool alone = true;
    for (std::size_t b = f + 1; b < h; ++b)
      alone = alone && !inAnotherMove(b, m) && inLanguage(blocks[b].first, blocks[b].last);
    if (!alone) continue;
    const int page = lines[blocks[f].first].page;
    std::size_t pageFirst = f, pageEnd = h + 1;
    while (pageFirst > 0 && lines[blocks[pageFirst - 1].first].page == page) --pageFirst;
    while (pageEnd < blocks.size() && lines[blocks[pageEnd].first].page == page) ++pageEnd;
    for (std::size_t b = pageFirst; b < pageEnd; ++b)
      if (heights[b] < 0) heights[b] = printedHeight(lines, blocks[b], measure);
    followers[m] = rightColumnBetween(heights, pageFirst, pageEnd, f, h);
  }
  // Move the last first, so that the indexes of the others hold.
  std::vector<std::size_t> order(moves.size());
  for (std::size_t m = 0; m < order.size(); ++m) order[m] = m;
  auto lastOf = [&](std::size_t m) {
    return std::max(blocks[moves[m].first].last, blocks[moves[m].second].last);
  };
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return lastOf(a) > lastOf(b); });
  for (const std::size_t m : order) {
    const auto [f, h] = moves[m];
    const TextBlock fragment = blocks[f];
    const std::size_t after = blocks[h].last + 1;
    audit.repaired("reading-order", lines[fragment.first].number, lines[fragment.last].number, {},
                   "the end of a sentence that the extraction set apart, put back after line " +
                       std::to_string(lines[blocks[h].last].number));
    const auto begin = lines.begin();
    if (followers[m].empty()) {
      if (after <= fragment.first)
        std::rotate(begin + after, begin + fragment.first, begin + fragment.last + 1);
      else
        std::rotate(begin + fragment.first, begin + fragment.last + 1, begin + after);
      continue;
    }
    // The fragment and its followers, each with the blank lines after it,
    // go after the host; the blocks between stay in their order.
    std::vector<bool> moving(after - fragment.first, false);
    std::vector<std::size_t> movingBlocks{f};
    movingBlocks.insert(movingBlocks.end(), followers[m].begin(), followers[m].end());
    for (const std::size_t b : movingBlocks) {
      for (std::size_t i = blocks[b].first; i < blocks[b + 1].first; ++i)
        moving[i - fragment.first] = true;
      if (b != f)
        audit.repaired("reading-order", lines[blocks[b].first].number, lines[blocks[b].last].number,
                       {},
                       "a block of the other column that the extraction read between this "
                       "column's blocks, put back after line " +
                           std::to_string(lines[fragment.last].number));
    }
    std::vector<SourceLine> staying, moved;
    for (std::size_t i = fragment.first; i < after; ++i)
      (moving[i - fragment.first] ? moved : staying).push_back(std::move(lines[i]));
    std::move(moved.begin(), moved.end(),
              std::move(staying.begin(), staying.end(), begin + fragment.first));
  }
}

namespace {

// A document has a few lines that hold two printed lines (about 1 %); a scan
// read by OCR, or columns read side by side, has many more (10 %). A short
// record's handful is no noise, whatever its share (6 of 187 lines).
constexpr std::size_t kMostMergedPercent = 3;
constexpr std::size_t kFewMergedLines = 12;

// Where a line that holds two or more printed lines broke: in the word that
// crosses the measure, between two words the document uses ("capacity" /
// "building", "ever" / "growing", "2008" / "2009") or where a capital shows
// the join ("InterAmerican"). The split nearest the measure wins. A word the
// document prints whole within a line ("peacekeeping") was not broken.
// Returns the byte offsets of the splits.
std::vector<std::size_t> printedLineBreaks(std::string_view text, int measure,
                                           const Vocabulary& vocabulary) {
  std::vector<std::size_t> breaks;
  const auto found = wordsOf(text);
  // The width of the text up to each word's start (widths add up: one pass).
  std::vector<int> starts;
  starts.reserve(found.size());
  int width = 0;
  std::size_t measured = 0;
  for (auto [begin, end] : found) {
    width += text::typesetWidth(text.substr(measured, begin - measured));
    starts.push_back(width);
    width += text::typesetWidth(text.substr(begin, end - begin));
    measured = end;
  }
  const int total = width + text::typesetWidth(text.substr(measured));
  const int hyphen = text::typesetWidth("-");
  // Estimated widths are only so good, and a paragraph's first line is indented.
  const int slack = measure * 20 / 100;
  std::size_t first = 0;  // no word before it can hold a later break
  for (int origin = 0; total - origin > measure * 11 / 10;) {
    const int target = origin + measure;
    std::size_t best = std::string_view::npos;
    int bestWidth = 0, bestDistance = slack + 1;
    for (std::size_t w = first; w < found.size() && starts[w] <= target + slack; ++w) {
      const auto [begin, end] = found[w];
      const std::string_view word = text.substr(begin, end - begin);
      if (starts[w] + text::typesetWidth(word) < target - slack) {
        first = w + 1;
        continue;
      }
      if (vocabulary.printedWhole(word)) continue;
      // Each part between the word's own hyphens, split at each code point.
      for (std::size_t part = 0; part < word.size();) {
        const std::size_t partEnd = std::min(word.find('-', part), word.size());
        const std::string_view whole = word.substr(part, partEnd - part);
        std::size_t cut = 0;
        if (!whole.empty()) text::next(whole, cut);
        while (cut > 0 && cut < whole.size()) {
          if (vocabulary.isCompound(whole.substr(0, cut), whole.substr(cut))) {
            const int at = starts[w] + text::typesetWidth(word.substr(0, part + cut)) + hyphen;
            if (std::abs(at - target) < bestDistance)
              best = begin + part + cut, bestWidth = at, bestDistance = std::abs(at - target);
          }
          text::next(whole, cut);
        }
        part = partEnd + 1;
      }
    }
    if (best != std::string_view::npos) breaks.push_back(best);
    origin = best != std::string_view::npos ? bestWidth : target;
  }
  return breaks;
}

// A PDF made with Word sets a space before a compound's hyphen, and where the
// hyphen ended a printed line the extraction joined the lines without it:
// "non -" / "compliance" became "non compliance". At the end of a printed
// line, two words are one compound where the document hyphenates them
// elsewhere ("self-determination"), or where the first is a prefix the
// document never prints on its own ("non").
void restoreSpacedCompounds(SourceLine& line, int measure,
                            const std::unordered_set<std::string>& hyphenatedWords,
                            const Vocabulary& vocabulary,
                            std::span<const std::string_view> prefixes, Audit& audit) {
  const std::string_view text = line.text;
  const auto words = wordsOf(text);
  const int total = text::typesetWidth(text);
  // Estimated widths are only so good; a printed line may end short of the measure.
  const int slack = measure * 20 / 100;
  std::vector<std::size_t> spaces;
  // The width up to a word's end, carried from word to word: measured afresh
  // each time, a line of a million characters took hours.
  int width = 0;
  std::size_t measured = 0;
  for (std::size_t w = 0; w + 1 < words.size(); ++w) {
    const auto [begin, end] = words[w];
    const auto [nextBegin, nextEnd] = words[w + 1];
    width += text::typesetWidth(text.substr(measured, end - measured));
    measured = end;
    if (nextBegin != end + 1 || text[end] != ' ') continue;
    if (width > total - measure / 10) break;  // no printed line ends this late
    // The end of a printed line: near a multiple of the measure, or just short of it.
    const int printedLine = (width + slack) / measure;
    if (printedLine == 0 || width > printedLine * measure + measure / 20) continue;
    const std::string_view left = text.substr(begin, end - begin);
    const std::string_view right = text.substr(nextBegin, nextEnd - nextBegin);
    const std::string compound = std::string(left) + "-" + std::string(right);
    const std::string lowerLeft = lowered(left);
    const bool prefix =
        std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view candidate) {
          return lowerLeft == candidate && !vocabulary.printedWhole(left) &&
                 !vocabulary.printedWhole(candidate) && vocabulary.used(right);
        });
    if (!hyphenatedWords.count(compound) && !prefix) continue;
    spaces.push_back(end);
    audit.inserted(
        "compound-hyphen", line.number, line.number, "-",
        "the hyphen of '" + compound + "', where the extraction joined two printed lines at it");
  }
  for (std::size_t at : spaces) line.text[at] = '-';
}

}  // namespace

void restoreCompoundHyphens(std::vector<SourceLine>& lines, const Grammar& grammar, int measure,
                            const Vocabulary& vocabulary, Audit& audit) {
  // The hyphenated words of the profile and of the document, by their form
  // with one hyphen missing. Where the part after that hyphen is capitalised
  // ("Secretary-General" from "SecretaryGeneral"), or another of its hyphens
  // stayed ("cessezle-feu"), the join shows, and no one writes it on purpose:
  // restored anywhere. Other joins ("selfdetermination")
  // only in the double-width lines where the extraction undid a line-end
  // hyphen, and only with the document's own hyphenated spelling as evidence.
  struct Compound {
    std::string word;
    bool showsJoin = false;
    bool ambiguous = false;
  };
  std::unordered_map<std::string, Compound> byJoined;
  std::unordered_set<std::string> hyphenatedWords;
  // A State's name joined ("Котд’Ивуар") is no word anyone prints: its
  // join shows, as a capital's does.
  auto learn = [&](std::string_view word, bool stateName = false) {
    if (word.find('-') != std::string_view::npos) hyphenatedWords.emplace(word);
    for (auto hyphen = word.find('-'); hyphen != std::string_view::npos;
         hyphen = word.find('-', hyphen + 1)) {
      if (hyphen == 0 || hyphen + 1 >= word.size()) continue;
      std::string joined(word.substr(0, hyphen));
      joined += word.substr(hyphen + 1);
      const char32_t after = text::first(word.substr(hyphen + 1));
      const bool capital = after != text::kInvalid && u_isupper(static_cast<UChar32>(after));
      // "cessezle-feu": a compound that kept one of its hyphens and lost
      // another shows the join as plainly as a capital does.
      const bool partial = joined.find('-') != std::string::npos;
      auto [entry, fresh] = byJoined.try_emplace(
          joined, Compound{std::string(word), capital || partial || stateName});
      if (!fresh && entry->second.word != word) entry->second.ambiguous = true;
    }
  };
  for (const auto& compound : grammar.compounds()) learn(compound);
  // The States' names are known compounds too: "Коста-Рика", "Royaume-Uni".
  for (const auto& state : countryTable()) {
    const std::string_view names = namesIn(state, grammar.profile().code);
    for (auto [begin, end] : wordsOf(names)) learn(names.substr(begin, end - begin), true);
  }
  for (const auto& line : lines)
    for (auto [begin, end] : wordsOf(line.text))
      learn(std::string_view(line.text).substr(begin, end - begin));
  const int merged = measure * 11 / 10;
  // "postconflict" is "post-conflict" where the document uses "conflict" on
  // its own and never writes "postconflict" in a line of its own measure.
  const auto& prefixes = grammar.profile().hyphenatedPrefixes;
  auto prefixed = [&](std::string_view word) -> std::string {
    for (auto prefix : prefixes) {
      if (!word.starts_with(prefix) || word.size() < prefix.size() + 3) continue;
      const std::string_view rest = word.substr(prefix.size());
      if (rest.front() == '-' || !vocabulary.used(rest)) continue;
      return std::string(prefix) + "-" + std::string(rest);
    }
    return {};
  };

  // A line wider than the measure holds two: the extraction undid a line-end
  // hyphen there. (Typesetters squeeze spaces a little, never by a tenth.)
  if (measure <= 0) return;
  const bool spaced = grammar.profile().spacesBetweenWords;

  // Where many lines are wider than the measure, they are not lines the
  // extraction joined at a hyphen but noise (a scan, columns side by side):
  // no split of theirs is evidence.
  std::size_t textLines = 0, mergedLines = 0;
  for (const auto& line : lines)
    if (!line.blank() && !line.removed) {
      ++textLines;
      if (text::typesetWidth(line.text) > merged) ++mergedLines;
    }
  const bool splitMerged = spaced && (mergedLines <= kFewMergedLines ||
                                      mergedLines * 100 <= textLines * kMostMergedPercent);

  for (auto& line : lines) {
    if (line.blank() || line.removed) continue;
    const bool mergedLine = text::typesetWidth(line.text) > merged;
    if (mergedLine && splitMerged)
      restoreSpacedCompounds(line, measure, hyphenatedWords, vocabulary, prefixes, audit);
    auto lineBreaks = mergedLine && splitMerged ? printedLineBreaks(line.text, measure, vocabulary)
                                                : std::vector<std::size_t>{};
    std::sort(lineBreaks.begin(), lineBreaks.end());
    auto nextBreak = lineBreaks.begin();  // the first break not before the word
    std::string rebuilt;
    std::size_t copied = 0;
    for (auto [begin, end] : wordsOf(line.text)) {
      while (nextBreak != lineBreaks.end() && *nextBreak <= begin) ++nextBreak;
      const std::string word = line.text.substr(begin, end - begin);
      std::string compound;
      auto found = byJoined.find(word);
      if (found != byJoined.end()) {
        if (found->second.ambiguous || (!found->second.showsJoin && !mergedLine)) continue;
        compound = found->second.word;
      } else if (mergedLine && !vocabulary.printedWhole(word)) {
        compound = prefixed(word);
      }
      if (compound.empty() && nextBreak != lineBreaks.end() && *nextBreak < end)
        compound = word.substr(0, *nextBreak - begin) + "-" + word.substr(*nextBreak - begin);
      if (compound.empty()) continue;
      rebuilt += line.text.substr(copied, begin - copied);
      rebuilt += compound;
      copied = end;
      audit.inserted("compound-hyphen", line.number, line.number, "-",
                     "the hyphen of '" + compound + "', dropped by the extraction at a line end");
    }
    if (copied == 0) continue;
    rebuilt += line.text.substr(copied);
    line.text = std::move(rebuilt);
  }
}

}  // namespace verbatim
