#include "raw/layout.hpp"

#include <algorithm>
#include <map>

#include "core/text.hpp"

namespace verbatim {
namespace {

// A gutter is at least this many columns of spaces between two columns of text.
constexpr std::size_t kGutter = 3;
// The narrower of two columns is at least 3/kMeasures of the wider one's measure.
constexpr std::size_t kMeasures = 5;
// A line set this many characters further in than its column's margin is indented.
constexpr int kLastLineIndent = 2;
// A column of text beside another of one measure holds at least this many lines.
constexpr int kShortColumn = 6;

// The line as characters (code points), for column arithmetic.
std::u32string characters(std::string_view text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) out += text::next(text, i);
  return out;
}

std::string utf8(std::u32string_view characters) {
  std::string out;
  for (char32_t c : characters) text::append(out, c);
  return out;
}

bool hasInnerGap(std::u32string_view line) {
  std::size_t first = line.find_first_not_of(U' ');
  if (first == std::u32string_view::npos) return false;
  std::size_t run = 0;
  for (std::size_t i = first; i < line.size(); ++i) {
    if (line[i] == U' ') {
      if (++run >= 4 && line.find_first_not_of(U' ', i) != std::u32string_view::npos) return true;
    } else {
      run = 0;
    }
  }
  return false;
}

// A count alone at a row's end ("Abstenciones:      3", "Letonia      131"):
// a table's figure, up to three digits, Western or Arabic-Indic.
bool isCount(std::u32string_view piece) {
  constexpr std::size_t kLongestCount = 3;  // no body has a thousand members
  const std::string digits = text::asciiDigits(text::trim(utf8(piece)));
  return digits.size() <= kLongestCount && text::isAsciiNumber(digits);
}

// The gutter between a page's columns: the emptiest stretch in the middle
// third of the page. Its end is where the right column begins (0 when the
// page has one column), its start where the left column ends.
struct Gutter {
  std::size_t start = 0, end = 0;
};

// Lines that cross the gutter (heads, footers) may fill it now and then: at
// most this many of a page's `textLines`.
int crossingsAllowed(int textLines) { return std::max(2, textLines / 12); }

// A cover's table sets dot leaders between a State and its representative,
// a gap after them: a row of a table, not two columns.
bool hasDotLeaders(std::u32string_view line) {
  return line.find(U". . . .") != std::u32string_view::npos ||
         line.find(U"....") != std::u32string_view::npos;
}

Gutter findGutter(const std::vector<std::u32string>& page) {
  std::size_t width = 0;
  for (const auto& line : page) width = std::max(width, line.size());
  if (width < 40) return {};
  // A line that runs across the middle third with no gap in it spans the
  // page (a cover's lines, a correction notice, a head): it says nothing of
  // the gutter. Most lines of a page in one column do that.
  auto spans = [&](const std::u32string& line) {
    const std::size_t first = line.find_first_not_of(U' ');
    const std::size_t last = line.find_last_not_of(U' ');
    if (first >= width / 3 || last < width * 2 / 3) return false;
    std::size_t run = 0;
    for (std::size_t c = width / 3; c < width * 2 / 3; ++c) {
      run = line[c] == U' ' ? run + 1 : 0;
      if (run >= kGutter) return false;
    }
    return true;
  };
  auto leaders = [](const std::u32string& line) { return hasDotLeaders(line); };
  std::vector<int> occupied(width + 1, 0);
  int textLines = 0, spanning = 0;
  for (const auto& line : page) {
    if (line.find_first_not_of(U' ') == std::u32string::npos) continue;
    if (spans(line) || leaders(line)) {
      ++spanning;
      continue;
    }
    ++textLines;
    for (std::size_t c = 0; c < line.size(); ++c)
      if (line[c] != U' ') ++occupied[c];
  }
  if (textLines < 6 || spanning > textLines) return {};
  const int allowed = crossingsAllowed(textLines);
  std::size_t best = 0, bestRun = 0;
  for (std::size_t c = width / 3; c < width * 2 / 3; ++c) {
    std::size_t run = 0;
    while (c + run < width && occupied[c + run] <= allowed) ++run;
    if (run >= kGutter && run > bestRun) best = c, bestRun = run;
    c += run;
  }
  if (bestRun < kGutter) return {};
  // A page's two columns are set to one measure; a table's rows part into a
  // wide column and a narrow one (an old cover's "Australia      Mr.
  // WOOLCOTT", a ballot's rows and their counts).
  // (Where most of each side's lines begin and end: a cover's masthead
  // stands further out.)
  std::vector<std::size_t> starts, ends;
  for (const auto& line : page) {
    if (spans(line) || leaders(line)) continue;
    const std::size_t first = line.find_first_not_of(U' ');
    if (first == std::u32string::npos) continue;
    if (first < best) starts.push_back(first);
    if (line.size() > best + bestRun) ends.push_back(line.find_last_not_of(U' ') + 1);
  }
  if (starts.empty() || ends.empty()) return {};
  std::nth_element(starts.begin(), starts.begin() + starts.size() / 2, starts.end());
  std::nth_element(ends.begin(), ends.begin() + ends.size() / 2, ends.end());
  const std::size_t leftMargin = starts[starts.size() / 2], rightEdge = ends[ends.size() / 2];
  const std::size_t leftMeasure = best > leftMargin ? best - leftMargin : 0;
  const std::size_t rightMeasure = rightEdge > best + bestRun ? rightEdge - best - bestRun : 0;
  if (std::min(leftMeasure, rightMeasure) * kMeasures < std::max(leftMeasure, rightMeasure) * 3)
    return {};
  // Both sides must hold a column of text, not a margin note: a quarter of
  // the page's lines, or a few lines where the columns share their measure
  // closely (a cover's text, one column of it short above the notice).
  const bool oneMeasure =
      std::min(leftMeasure, rightMeasure) * 5 >= std::max(leftMeasure, rightMeasure) * 4;
  const int needed = oneMeasure ? std::min(textLines / 4, kShortColumn) : textLines / 4;
  int left = 0, right = 0;
  for (std::size_t c = 0; c < best; ++c) left = std::max(left, occupied[c]);
  for (std::size_t c = best + bestRun; c <= width; ++c) right = std::max(right, occupied[c]);
  if (left < needed || right < needed) return {};
  // A table's counts set far right of their rows ("Abstentions:      3") on
  // a page of one column are no column of text.
  int rightText = 0;
  for (const auto& line : page)
    if (line.size() > best + bestRun && !spans(line) && !leaders(line)) {
      const std::u32string_view right = std::u32string_view(line).substr(best + bestRun);
      rightText += right.find_first_not_of(U' ') != std::u32string_view::npos && !isCount(right);
    }
  if (rightText < needed) return {};
  // A column of text fills its measure on some of its lines; a cover's table
  // of names ("السيد تشوركين" beside "الاتحاد الروسي", set right to left)
  // stands short of it on every line.
  auto fills = [](std::u32string_view segment, std::size_t measure) {
    const std::size_t first = segment.find_first_not_of(U' ');
    if (first == std::u32string_view::npos) return false;
    return (segment.find_last_not_of(U' ') + 1 - first) * 3 >= measure * 2;
  };
  bool leftFull = false, rightFull = false;
  for (const auto& line : page) {
    if (spans(line) || leaders(line)) continue;
    const std::u32string_view text(line);
    leftFull = leftFull || fills(text.substr(0, std::min(best, text.size())), leftMeasure);
    if (text.size() > best + bestRun)
      rightFull = rightFull || fills(text.substr(best + bestRun), rightMeasure);
  }
  if (!leftFull || !rightFull) return {};
  return {best, best + bestRun};
}

// Where most lines of a column begin (end, in a script written from right to
// left): its text's margin. (Not the outermost: a footer's job number may
// begin further out, and every line of the column would look indented.)
std::size_t margin(const std::vector<std::u32string>& segments, bool rightToLeft) {
  std::map<std::size_t, int> starts;
  for (const auto& segment : segments) {
    auto first = rightToLeft ? segment.find_last_not_of(U' ') : segment.find_first_not_of(U' ');
    if (first != std::u32string::npos) ++starts[first];
  }
  std::size_t most = 0;
  int count = 0;
  for (const auto& [column, lines] : starts)
    if (lines > count) most = column, count = lines;
  // A column that holds a vote's lists, a ballot's rows or procedural lines,
  // all indented, may begin more of its lines at the indent than at the
  // margin: the margin is then the outermost place where a good share of
  // them begin, not a stray line further out (a footer's job number).
  // (Where `most` itself holds fewer than that, no place does: it stays.)
  const int share = std::max(3, count / 5);
  if (rightToLeft) {
    for (auto it = starts.rbegin(); it != starts.rend(); ++it)
      if (it->second >= share) return it->first;
  } else {
    for (const auto& [column, lines] : starts)
      if (lines >= share) return column;
  }
  return most;
}

// A justified line of a right-to-left page that the extraction spread into
// pieces (gaps of two spaces or more, each piece its own embedding) gives
// them in the page's left-to-right order: the last word first ("(تكلم" …
// "السيد"). Put back where every piece is right-to-left text; a piece in
// another script (a French line, a number) leaves the line as it is.
std::u32string inReadingOrder(std::u32string_view text) {
  std::vector<std::u32string_view> pieces;
  for (std::size_t at = 0; at < text.size();) {
    const auto begin = text.find_first_not_of(U' ', at);
    if (begin == std::u32string_view::npos) break;
    auto end = text.find(U"  ", begin);
    if (end == std::u32string_view::npos) end = text.size();
    pieces.push_back(text.substr(begin, end - begin));
    at = end;
  }
  auto rightToLeft = [](std::u32string_view piece) {
    return std::any_of(piece.begin(), piece.end(), text::isRightToLeft);
  };
  if (pieces.size() < 2 || !std::all_of(pieces.begin(), pieces.end(), rightToLeft))
    return std::u32string(text);
  std::u32string out;
  for (auto it = pieces.rbegin(); it != pieces.rend(); ++it)
    (out += out.empty() ? U"" : U" ") += *it;
  return out;
}

// `flushRight`: the columns are set flush right (their indents at the right);
// `rightToLeft`: the page reads right to left.
SourceLine lineOf(const SourceLine& source, std::u32string_view segment, std::size_t columnMargin,
                  bool flushRight, bool rightToLeft) {
  SourceLine line = source;
  line.untrimmed.clear();
  line.pageStart = false;
  const auto first = segment.find_first_not_of(U' ');
  const std::u32string ordered = rightToLeft ? inReadingOrder(segment) : std::u32string(segment);
  line.text = std::string(text::trim(utf8(ordered)));
  if (first == std::u32string_view::npos) {
    line.indent = -1;
  } else if (columnMargin == std::u32string::npos) {
    line.indent = 0;
  } else if (flushRight) {
    const auto last = segment.find_last_not_of(U' ');
    line.indent = static_cast<int>(columnMargin - std::min(last, columnMargin));
  } else {
    line.indent = static_cast<int>(first - std::min(first, columnMargin));
  }
  return line;
}

// Where a line parts into the two columns: the gap of spaces nearest the
// gutter (a justified line may spill a little into it). npos when the text
// runs across the gutter (a heading or a footer that spans the page).
// Columns set flush left have a straight edge where the right column begins,
// the gaps' end; set flush right (right to left), where the left one ends,
// the gaps' start: a short line of the right column leaves a long gap.
std::size_t splitPoint(std::u32string_view line, Gutter gap, bool rightToLeft) {
  const std::size_t gutter = gap.end;
  if (line.size() <= gutter) return line.size();
  constexpr std::size_t kReach = 8;
  constexpr std::size_t kWideReach = 2;
  // The run of spaces (two or more) whose edge is nearest the columns' straight one.
  std::size_t best = std::u32string::npos, bestDistance = kReach + 1;
  const std::size_t from = gap.start > kReach ? gap.start - kReach : 0;
  for (std::size_t c = from; c < line.size() && c <= gutter + kReach;) {
    if (line[c] != U' ') {
      ++c;
      continue;
    }
    std::size_t end = c;
    while (end < line.size() && line[end] == U' ') ++end;
    // Wide characters (Chinese) count one each, so two columns' lines of
    // them can stand a single space apart ("…俄罗斯联邦今 所作的承诺…"): a
    // space that no word of such a script wants, right at the gutter.
    const bool betweenWide = end - c == 1 && c > 0 && end < line.size() &&
                             text::isWide(line[c - 1]) && text::isWide(line[end]);
    if ((end - c >= 2 || betweenWide) && end < line.size()) {
      const std::size_t edge = rightToLeft ? c : end;
      const std::size_t straight = rightToLeft ? gap.start : gutter;
      const std::size_t distance = edge > straight ? edge - straight : straight - edge;
      if (betweenWide && distance > kWideReach) {
        c = end;
        continue;
      }
      // Cut at the gutter itself when the gap spans it: the spaces after it
      // are the right column's indent.
      if (distance <= bestDistance) best = std::clamp(gutter, c, end), bestDistance = distance;
    }
    c = end;
  }
  if (best != std::u32string::npos) return best;
  // Spaces over the whole gutter, then a count set far right in the right
  // column beside a caption that wrapped ("Число недействительных" … "190"):
  // the line parts at the gutter. (Other text far right, a head's, is read
  // whole.)
  const std::size_t after = line.find_first_not_of(U' ', gutter - std::min(gutter, kGutter));
  return after != std::u32string_view::npos && after >= gutter && isCount(line.substr(after))
             ? gutter
             : best;
}

// A segment cut at every gap of three spaces or more; a count stays with
// the row it ends (a page of one column sets an election's table so).
std::vector<std::u32string_view> pieces(std::u32string_view segment) {
  std::vector<std::u32string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < segment.size();) {
    if (segment[i] != U' ') {
      ++i;
      continue;
    }
    std::size_t run = i;
    while (run < segment.size() && segment[run] == U' ') ++run;
    if (run - i >= 3 &&
        segment.substr(start, i - start).find_first_not_of(U' ') != std::u32string_view::npos &&
        !isCount(segment.substr(run))) {
      out.push_back(segment.substr(start, i - start));
      start = run;
    }
    i = run;
  }
  out.push_back(segment.substr(start));
  return out;
}

// A page's head set across the page: the record's symbol or the meeting's
// date at one end ("S/PV.9408      La situación en Malí      30/08/2023"). A
// short title may fall where the right column begins; the head is read whole.
bool isPageHead(std::u32string_view line) {
  const auto parts = pieces(line);
  if (parts.size() < 2) return false;
  auto isMark = [](std::u32string_view piece) {
    const std::string text(text::trim(utf8(piece)));
    const bool symbol = text.size() >= 4 && text[0] >= 'A' && text[0] <= 'Z' && text[1] == '/';
    int digits = 0, slashes = 0;
    for (char c : text) digits += c >= '0' && c <= '9', slashes += c == '/';
    const bool date =
        slashes == 2 && digits >= 6 && digits + slashes == static_cast<int>(text.size());
    return symbol || date;
  };
  return isMark(parts.front()) || isMark(parts.back());
}

bool isBlank(std::u32string_view segment) {
  return segment.find_first_not_of(U' ') == std::u32string_view::npos;
}

// Does the line have text at `column` or right of it?
bool hasTextFrom(std::u32string_view line, std::size_t column) {
  return line.find_first_not_of(U' ', column) != std::u32string_view::npos;
}

// The places near the gutter where the line has a gap of two spaces or more
// with text on both sides: where it may part into its columns.
std::vector<std::size_t> partingPlaces(std::u32string_view line, Gutter gap) {
  constexpr std::size_t kSlack = 3;
  std::vector<std::size_t> places;
  const std::size_t first = line.find_first_not_of(U' ');
  const std::size_t from = std::max(first, gap.start > kSlack ? gap.start - kSlack : 0);
  const std::size_t to = std::min(line.size(), gap.end + kSlack);
  for (std::size_t c = from; c < to; ++c) {
    if (line[c] != U' ') continue;
    std::size_t end = c;
    while (end < line.size() && line[end] == U' ') ++end;
    if (end - c >= 2 && end < line.size())
      for (std::size_t k = c; k < end; ++k) places.push_back(k);
    c = end;
  }
  return places;
}

// Does the page fit the gutter the document's other pages show? A page's
// last column can be too short to show a gutter of its own (the record ends
// two lines into it): no more of its lines cross the gutter than a head or a
// footer would, and text stands on both sides of it, a column's worth on one.
// (Its first and last lines, a head and a footer, say nothing: they span the
// page.)
bool fitsGutter(const std::vector<std::u32string>& page, Gutter gap, bool rightToLeft) {
  std::vector<const std::u32string*> text;
  for (const auto& line : page)
    if (!isBlank(line)) text.push_back(&line);
  // A page of a few lines (the record ends two lines into its columns)
  // shows its gutter only where two of them part at one place: one line
  // read left part then right reads as it would across.
  constexpr std::size_t kFewLines = 8;
  if (text.size() < 3) return false;
  const int textLines = static_cast<int>(text.size());
  // The lines that begin left of the gutter and run past the columns'
  // straight edge (where the right column begins; right to left, where the
  // left one ends), and how many of them a gap near the gutter parts at each
  // place: a page's columns may stand a few characters off the other pages'
  // (its left column set wider, its right one begun sooner), but each of its
  // lines parts at one place, as a justified line of one column does not.
  const std::size_t edge = rightToLeft ? gap.start : gap.end;
  int across = 0, left = 0, right = 0;
  std::map<std::size_t, int> parted;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::u32string& line = *text[i];
    const bool pastGutter = hasTextFrom(line, gap.end);
    if (hasTextFrom(line, edge) && line.find_first_not_of(U' ') < gap.start) {
      ++across;
      for (auto place : partingPlaces(line, gap)) ++parted[place];
    }
    if (i == 0 || i + 1 == text.size()) continue;
    left += line.find_first_not_of(U' ') < gap.start;
    right += pastGutter;
  }
  int mostParted = 0;
  for (const auto& [place, lines] : parted) mostParted = std::max(mostParted, lines);
  if (text.size() < kFewLines && mostParted < 2) return false;
  const int crossing = across - mostParted;
  return crossing <= crossingsAllowed(textLines) && std::min(left, right) >= 1 &&
         std::max(left, right) >= textLines / 4;
}

// The gutter most pages show (by where the right column begins), and on how
// many pages.
struct CommonGutter {
  Gutter gap;
  int pages = 0;
};

CommonGutter commonGutter(const std::map<int, Gutter>& gutters) {
  std::map<std::size_t, std::pair<int, Gutter>> byEnd;
  for (const auto& [page, gap] : gutters)
    if (gap.end > 0) {
      auto& [count, example] = byEnd[gap.end];
      if (count++ == 0) example = gap;
    }
  CommonGutter best;
  for (const auto& [end, entry] : byEnd)
    if (entry.first > best.pages) best = {entry.second, entry.first};
  return best;
}

// How many of a column's lines begin at one place, and how many end at one.
// A script written from right to left is set flush right, but pdftotext
// places each line at its left end: a justified line from the margin, a
// paragraph's last line (set against the right edge, short) further in,
// and the ends where the characters' count, not their width, puts them.
struct Alignment {
  int begin = 0, end = 0;
};
Alignment alignmentOf(const std::vector<std::u32string>& segments) {
  std::map<std::size_t, int> starts, ends;
  for (const auto& segment : segments) {
    const auto first = segment.find_first_not_of(U' ');
    if (first == std::u32string::npos) continue;
    ++starts[first];
    ++ends[segment.find_last_not_of(U' ')];
  }
  auto most = [](const std::map<std::size_t, int>& at) {
    int count = 0;
    for (const auto& [column, lines] : at) count = std::max(count, lines);
    return count;
  };
  return {most(starts), most(ends)};
}

// A page's lines parted into its columns.
struct PageColumns {
  std::vector<std::u32string> left, right;  // a line's left part (or all of it), its right part
  std::vector<bool> split;
};

PageColumns columnsOf(const std::vector<std::u32string>& chars, Gutter gap, bool rightToLeft) {
  PageColumns page;
  int textLines = 0;  // of the page so far
  for (const auto& line : chars) {
    const bool head =
        textLines < 2 && line.find_first_not_of(U' ') != std::u32string::npos && isPageHead(line);
    textLines += line.find_first_not_of(U' ') != std::u32string::npos;
    // A cover's row with dot leaders spans the page, whatever columns the
    // text under it has ("(تركيا)  ……  السيد بوزكير  الرئيس:").
    const std::size_t cut = gap.end > 0 && !head && !hasDotLeaders(line)
                                ? splitPoint(line, gap, rightToLeft)
                                : std::u32string::npos;
    page.split.push_back(cut != std::u32string::npos);
    page.left.push_back(cut == std::u32string::npos ? line : line.substr(0, cut));
    // Spaces where the left part was: positions stay the page's, whatever the cut.
    page.right.push_back(cut == std::u32string::npos
                             ? std::u32string()
                             : std::u32string(cut, U' ') + line.substr(cut));
  }
  return page;
}

}  // namespace

bool isLayoutExtraction(const std::vector<SourceLine>& lines) {
  // Two columns side by side, or a page margin kept as spaces: the default
  // extraction shows neither.
  int text = 0, gapped = 0, indented = 0;
  for (const auto& line : lines) {
    if (line.blank()) continue;
    ++text;
    gapped += hasInnerGap(characters(line.untrimmed));
    indented += line.untrimmed.size() >= 2 && line.untrimmed[0] == ' ' && line.untrimmed[1] == ' ';
  }
  // Either shows on most pages; a short record whose columns' paragraphs
  // fall out of step shows each on fewer lines, both on many (the default
  // extraction shows neither on any).
  return text > 0 && (gapped * 5 > text || indented * 2 > text || (gapped + indented) * 3 > text);
}

std::vector<SourceLine> readColumns(const std::vector<SourceLine>& lines, bool rightToLeft,
                                    Audit& audit) {
  std::map<int, std::vector<const SourceLine*>> pages;
  for (const auto& line : lines) pages[line.page].push_back(&line);
  std::vector<SourceLine> out;
  out.reserve(lines.size());
  std::map<int, std::vector<std::u32string>> characterPages;
  bool paragraphEnded = false;  // by the last line read, set by its left end
  std::map<int, Gutter> gutters;
  for (const auto& [page, pageLines] : pages) {
    auto& chars = characterPages[page];
    // Spaces after a line's text say nothing of where its columns are (an
    // extraction may pad lines out): they are left out.
    for (const auto* line : pageLines) chars.push_back(characters(text::trimEnd(line->untrimmed)));
    gutters[page] = findGutter(chars);
  }
  const CommonGutter shared = commonGutter(gutters);
  const Gutter common = shared.gap;
  // A page that shows no gutter of its own, or one far from the others' (the
  // gap between a ballot table's rows and their counts, wider than the
  // gutter, where a column holds the table), takes theirs if its lines part
  // there.
  constexpr std::size_t kNear = 4;
  for (auto& [page, gap] : gutters) {
    // (A page's own columns may stand off the others' by more than that, a
    // gutter as narrow, and where no two pages agree there is no gutter of
    // the others': pdftotext sets each page out on its own.)
    const bool far = shared.pages >= 2 &&
                     (gap.end > common.end + kNear || gap.end + kNear < common.end) &&
                     gap.end - gap.start > common.end - common.start + kNear;
    // A page whose own gutter takes in the others' and parts its lines keeps
    // it: the first page sets its columns out under the cover, wider apart
    // than the others' (round BH), and read at theirs its lines came out a
    // row at a time. (A table's gap lies inside a column, clear of theirs.)
    const bool keepsOwn = far && gap.start <= common.end && common.start <= gap.end &&
                          fitsGutter(characterPages[page], gap, rightToLeft);
    if ((gap.end == 0 || (far && !keepsOwn)) && common.end > 0 &&
        fitsGutter(characterPages[page], common, rightToLeft))
      gap = common;
  }
  // Right to left, set by its lines' left ends: their indents show where a
  // paragraph ended, not where one began (below). The whole record is set so
  // or not: a page's few lines may show it less clearly than the rest.
  std::map<int, PageColumns> parted;
  Alignment alignment;
  for (const auto& [page, chars] : characterPages) {
    parted[page] = columnsOf(chars, gutters[page], rightToLeft);
    for (const auto* segments : {&parted[page].left, &parted[page].right}) {
      const Alignment column = alignmentOf(*segments);
      alignment.begin += column.begin, alignment.end += column.end;
    }
  }
  const bool byLeftEnds = rightToLeft && alignment.begin > alignment.end;
  const bool flushRight = rightToLeft && !byLeftEnds;
  for (const auto& [page, pageLines] : pages) {
    const Gutter gap = gutters[page];
    const std::size_t gutter = gap.end;
    // Each line's left part (or the whole line) and right part.
    const PageColumns& columns = parted[page];
    const std::vector<std::u32string>& leftSegments = columns.left;
    const std::vector<std::u32string>& rightSegments = columns.right;
    const std::vector<bool>& split = columns.split;
    const std::size_t leftMargin = margin(leftSegments, flushRight);
    const std::size_t rightMargin = margin(rightSegments, flushRight);
    const std::size_t pageBegins = out.size();
    bool pageStarted = false;
    auto push = [&](const SourceLine& source, std::u32string_view segment, std::size_t columnMargin,
                    bool spansPage) {
      // What spans the page sets things side by side (the cover's "United
      // Nations … S/PV.8422", a head's date, title and symbol): wide gaps part
      // them, read in the script's direction (a cover's "الأعضاء:" is at the right).
      auto parts = spansPage ? pieces(segment) : std::vector<std::u32string_view>{segment};
      if (rightToLeft) std::reverse(parts.begin(), parts.end());
      for (auto piece : parts) {
        SourceLine line = lineOf(source, piece, columnMargin, flushRight, rightToLeft);
        if (!line.blank() && !pageStarted) line.pageStart = pageStarted = true;
        out.push_back(std::move(line));
        columnMargin = std::u32string::npos;  // later pieces show no indent
      }
    };
    // The column a page begins in, and the other.
    const auto& firstSegments = rightToLeft ? rightSegments : leftSegments;
    const auto& laterSegments = rightToLeft ? leftSegments : rightSegments;
    const std::size_t firstMargin = rightToLeft ? rightMargin : leftMargin;
    const std::size_t laterMargin = rightToLeft ? leftMargin : rightMargin;
    // What spans the page under the later column's last line (a cover's
    // correction notice, a footer) is read after both columns.
    // From the first such line on, every row is (the notice's short last
    // line too).
    std::size_t below = pageLines.size();
    if (gutter > 0) {
      std::size_t columnsEnd = 0;
      for (std::size_t i = 0; i < pageLines.size(); ++i)
        if (split[i] && !isBlank(laterSegments[i])) columnsEnd = i + 1;
      for (std::size_t i = columnsEnd; i < pageLines.size() && below == pageLines.size(); ++i)
        if (!split[i] && !isBlank(leftSegments[i])) below = i;
    }
    std::vector<std::size_t> laterColumn;
    for (std::size_t i = 0; i < below; ++i) {
      if (!split[i]) {
        push(*pageLines[i], leftSegments[i], gutter == 0 ? leftMargin : 0, true);
        continue;
      }
      // A row where only the other column has text leaves no blank line in
      // this one: a heading wrapped beside it is one heading still.
      if (!isBlank(firstSegments[i]) || isBlank(laterSegments[i]))
        push(*pageLines[i], firstSegments[i], firstMargin, false);
      laterColumn.push_back(i);
    }
    for (auto i : laterColumn)
      if (!isBlank(laterSegments[i]) || isBlank(firstSegments[i]))
        push(*pageLines[i], laterSegments[i], laterMargin, false);
    for (std::size_t i = below; i < pageLines.size(); ++i)
      push(*pageLines[i], characterPages[page][i], 0, true);
    // A line begun further in than the margin was a paragraph's last: the
    // next line, on this page or the next, begins one, as an indented line
    // does in a script written from left to right.
    if (byLeftEnds)
      for (std::size_t k = pageBegins; k < out.size(); ++k) {
        if (out[k].blank()) continue;
        const bool endsParagraph = out[k].indent >= kLastLineIndent;
        out[k].indent = paragraphEnded ? kLastLineIndent : 0;
        paragraphEnded = endsParagraph;
      }
    if (gutter > 0)
      audit.inferred("columns", pageLines.front()->number, pageLines.back()->number,
                     rightToLeft
                         ? "two columns on the page, in a script written from right to "
                           "left: read the right one, then the left one"
                         : "two columns on the page: read the left one, then the right one");
  }
  return out;
}

}  // namespace verbatim
