#include "raw/furniture.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>
#include <set>

#include "core/text.hpp"
#include "raw/pattern.hpp"

namespace verbatim {
namespace {

// How many lines at the top and at the foot of a page may be furniture.
constexpr int kZone = 4;
// A running head is a short line; an item's title in a head, at most this
// long. (Characters, not bytes: a Cyrillic or Arabic head takes twice the bytes.)
constexpr std::size_t kShortLine = 40;
constexpr std::size_t kHeadLine = 120;

std::size_t characters(std::string_view text) { return text::countCodePoints(text); }

// Furniture is printed the same way in every language version: numbers,
// symbols and dates. These are ASCII patterns on short lines, compiled on
// first use (a column-text record never needs them). Extractions put a stray
// space into a symbol now and then ("S/PV. 8422").
struct Shapes {
  Pattern symbol{
      R"([A-Z]{1,4}(?:/[A-Z0-9.\-]+)*/PV\. ?[0-9]+(?:/[A-Za-z0-9.\-]+)*(?: ?\()"
      // A resumed meeting's symbol says so in English in every language
      // version; a translated word is taken too.
      R"((?:Resumption|Reprise|Reanudación|Возобновление|возобновление|续会|استئناف) ?[0-9]{1,2}\))?)"};
  Pattern date{R"(([0-9]{1,2})/([0-9]{1,2})/([0-9]{4}))"};
  // "3", "3/9", and a typed page that stands for two: "4-5".
  Pattern pageNumber{R"(([0-9]{1,4})(?:/([0-9]{1,4})|-([0-9]{1,4}))?)"};
  // A job number has five digits after the year's two ("22-58466"): where a
  // page number follows with nothing between ("22-5846631/31"), the sixth
  // digit is the page's.
  // Set in a right-to-left line, the language's letter may come first, its
  // brackets as the page shows them (")A( 21-39812"), or as the bidi
  // controls' order leaves them ("A( 21-39812)").
  // An odd page's foot set across the page by -layout, the page's bare
  // number at the right ("10-68123          3"), is one line.
  Pattern jobNumber{
      R"((?:\)[A-Z]\(\s*|[A-Z]\(\s*(?=[0-9-]+\)))?[0-9]{2}-(?:[0-9]{5}|[0-9]{4,6})(?:\s*\([A-Z]\)|\))?\s*(?:([0-9]{1,4})/([0-9]{1,4})|\s([0-9]{1,4}))?)"};
  // Word-made records' even pages: the page first, then the job number ("2/5 25-06543").
  // Joined with no space as the job number and page are ("3/423-16789").
  // The bare page number before it, across an even page's foot in -layout
  // ("2          10-68123").
  Pattern pageThenJob{
      R"((?:([0-9]{1,4})/([0-9]{1,4})|([0-9]{1,4})(?=\s))\s*[0-9]{2}-[0-9]{5}(?:\s*\([A-Z]\))?)"};
  Pattern barcode{R"(\*[0-9]{6,10}\*)"};
  Pattern rule{R"([_\-=]{5,})"};
  Pattern pageOfPages{R"(([0-9]{1,4})/([0-9]{1,4}))"};
  // The typist's code at the head of a typed page of the 1990s: "EMS/2".
  // "EMS/2" (the 1990s: with a number), "JVM/pm", "GS/ds" (the 1970s: the
  // typist's and the reviser's initials).
  Pattern typistCode{R"([A-Z]{2,5}/(?:([0-9]{1,4})|[a-z]{2,3}))"};
  // The foot of a typed page that goes on overleaf: "/...".
  Pattern continuationMark{R"(/ ?(?:\. ?){2,3}\.|/ ?…)"};
};

const Shapes& shapes() {
  static const Shapes compiled;
  return compiled;
}

// At most four ASCII digits, as the patterns above allow.
int number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// A line's shape with its digits blanked out: running heads repeat in shape.
// Letters keep their case: a head is printed the same each time, and a line
// of the text that says its words in a sentence ("… proceed to the" /
// "election of five members of the International Court of") is not it.
std::string shape(std::string_view line) {
  std::string out;
  for (char c : line) {
    if (c >= '0' && c <= '9') {
      if (out.empty() || out.back() != '#') out += '#';
    } else if (c != ' ') {
      out += c;
    }
  }
  return out;
}

struct Zone {
  std::vector<std::size_t> head, foot;  // line indexes
};

// "(Mr. Kovanda, Czech Republic)", "(The President)": typed pages of the 1990s
// name at their head the speaker whose speech goes on from the page before.
bool namesTheSpeakerGoingOn(std::string_view text, const LanguageProfile& profile) {
  text = text::trim(text);
  const bool full = text.starts_with("（") && text.ends_with("）");
  if (!full && !(text.starts_with('(') && text.ends_with(')'))) return false;
  const std::size_t bracket = full ? std::string_view("（").size() : 1;
  std::string_view inner = text.substr(bracket, text.size() - 2 * bracket);
  if (inner.empty() || characters(inner) > 160 ||
      inner.find_first_of("()") != std::string_view::npos)
    return false;
  std::string_view who = inner.substr(0, std::min(inner.find(", "), inner.find("，")));
  who = text::trim(who);
  for (const auto& title : profile.titles)
    if (text::equalsIgnoringCase(who, title.printed)) return true;
  // A name, not a sentence: no stop but the honorific's own ("Mr.").
  const std::string_view honorific = honorificOf(profile, who);
  const std::size_t stop = who.find_first_of(".:;?!");
  return !honorific.empty() && (stop == std::string_view::npos || stop < honorific.size());
}

}  // namespace

bool isRecordSymbol(std::string_view text) { return shapes().symbol.matches(text); }

std::string recordSymbolOf(std::string_view line) {
  std::string compact;
  for (char c : line)
    if (c != ' ') compact += c;
  // "S/PV.9731（续会1）": full-width brackets, as Chinese prints them.
  for (auto [wide, ascii] : {std::pair{"\xEF\xBC\x88", "("}, std::pair{"\xEF\xBC\x89", ")"}})
    for (auto at = compact.find(wide); at != std::string::npos; at = compact.find(wide))
      compact.replace(at, 3, ascii);
  if (!isRecordSymbol(compact)) return {};
  // The symbol is the same in every language version: "(Resumption 1)".
  for (std::string_view word :
       {"Reprise", "Reanudación", "Возобновление", "возобновление", "续会", "استئناف"})
    if (const auto at = compact.find(word); at != std::string::npos)
      compact.replace(at, word.size(), "Resumption");
  // "S/PV.9902(Resumption1)" as "S/PV.9902 (Resumption 1)".
  if (const auto open = compact.find('('); open != std::string::npos) {
    std::size_t digits = compact.size() - 1;
    while (digits > open && compact[digits - 1] >= '0' && compact[digits - 1] <= '9') --digits;
    compact.insert(digits, " ");
    compact.insert(open, " ");
  }
  return compact;
}

// How far the printed numbers run from the pages' places (0 where a record's
// first page is page 1): as the footers with a job number or "N/M" say, else
// as most bare numbers say, the nearest to 0 among equals.
template <typename Bare>
std::optional<int> pageNumberOffset(const std::map<int, int>& printed,
                                    const std::vector<Bare>& bare) {
  std::map<int, int> votes;
  for (const auto& [page, number] : printed) ++votes[number - page];
  // Bare numbers alone: one that no other page's agrees with is a page's
  // number only where it is about the page's place ("183" on page 1 is a
  // count of votes).
  const bool bareOnly = votes.empty();
  if (bareOnly)
    for (const auto& candidate : bare) ++votes[candidate.offset()];
  std::optional<int> best;
  int bestVotes = 0;
  for (const auto& [offset, count] : votes) {
    if (bareOnly && count < 2 && std::abs(offset) > 1) continue;
    if (count > bestVotes || (count == bestVotes && std::abs(offset) < std::abs(*best)))
      best = offset, bestVotes = count;
  }
  return best;
}

Furniture removeFurniture(std::vector<SourceLine>& lines, const Grammar& grammar, Audit& audit,
                          const CoverFacts& cover) {
  const std::vector<std::string>& agenda = cover.agenda;
  Furniture furniture;
  // The symbol the heads print ("S/PV. 8422" with the extraction's stray space).
  auto noteSymbol = [&](std::string_view text) {
    if (furniture.symbol.empty()) furniture.symbol = recordSymbolOf(text);
  };
  // The UN's heads print the day first: "11/12/2024" is 11 December 2024.
  auto noteDate = [&](const std::vector<std::string_view>& parts, int line) {
    if (!furniture.date.empty()) return;
    const int day = number(parts[1]), month = number(parts[2]);
    if (day < 1 || day > 31 || month < 1 || month > 12) return;
    char iso[16];
    std::snprintf(iso, sizeof iso, "%s-%02d-%02d", std::string(parts[3]).c_str(), month, day);
    furniture.date = iso;
    furniture.dateLine = line;
  };
  auto notePages = [&](std::string_view total) {
    if (!total.empty()) furniture.printedPages = std::max(furniture.printedPages, number(total));
  };
  // The lines every page may carry wherever they fall: the job number (with
  // the page's number before or after it), its barcode, the record's symbol
  // and the meeting's date. Removed, and what they print noted; false for any
  // other line. `replaceNumber`: a later number for the page replaces an
  // earlier one (the head's and foot's zones) or leaves it (lines in mid-page).
  enum class Common { none, symbolOrDate, other };
  auto removeCommon = [&](SourceLine& line, int page, bool replaceNumber) {
    // "١٢/١٢/٢٠٢٣", "٢/٢": furniture in Arabic-Indic digits too.
    const std::string text = text::asciiDigits(line.text);
    auto notePageNumber = [&](std::string_view digits) {
      if (replaceNumber)
        furniture.printedNumbers[page] = number(digits);
      else
        furniture.printedNumbers.emplace(page, number(digits));
    };
    if (auto m = shapes().jobNumber.match(text)) {
      if (!(*m)[1].empty()) notePageNumber((*m)[1]);
      if (!(*m)[3].empty()) notePageNumber((*m)[3]);
      notePages((*m)[2]);
      removeLine(line, "job-number", "a job number and page number in the footer", audit);
    } else if (auto p = shapes().pageThenJob.match(text)) {
      notePageNumber((*p)[1].empty() ? (*p)[3] : (*p)[1]);
      notePages((*p)[2]);
      removeLine(line, "job-number", "a page number and job number in the footer", audit);
    } else if (shapes().barcode.matches(text)) {
      removeLine(line, "barcode", "the barcode of the job number", audit);
    } else if (shapes().symbol.matches(text)) {
      noteSymbol(text);
      removeLine(line, "running-head", "the record's symbol at the head of the page", audit);
      return Common::symbolOrDate;
    } else if (auto d = shapes().date.match(text)) {
      noteDate(*d, line.number);
      removeLine(line, "running-head", "the meeting date at the head of the page", audit);
      return Common::symbolOrDate;
    } else {
      return Common::none;
    }
    return Common::other;
  };
  std::map<int, Zone> zones;
  std::set<std::size_t> headTitles;  // the lines removed as a head's title
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank()) continue;
    auto& zone = zones[lines[i].page];
    if (zone.head.size() < kZone) zone.head.push_back(i);
    zone.foot.push_back(i);
    if (zone.foot.size() > kZone) zone.foot.erase(zone.foot.begin());
  }
  furniture.pages = static_cast<int>(zones.size());

  // Lines whose shape recurs in the zones of several pages, and hardly ever
  // anywhere else, are running heads ("It was so decided." recurs too, but
  // mostly in mid-page).
  std::map<std::string, std::set<int>> pagesOfShape, footPagesOfShape;
  std::map<std::string, int> inZones, everywhere;
  std::set<std::size_t> footOnly;  // lines in a page's foot zone and not its head's
  for (const auto& [page, zone] : zones) {
    std::set<std::size_t> seen(zone.head.begin(), zone.head.end());
    for (auto i : zone.foot)
      if (seen.insert(i).second) footOnly.insert(i);
    for (auto i : seen)
      if (characters(lines[i].text) <= kHeadLine) {
        pagesOfShape[shape(lines[i].text)].insert(page);
        if (footOnly.contains(i)) footPagesOfShape[shape(lines[i].text)].insert(page);
        ++inZones[shape(lines[i].text)];
      }
  }
  for (const auto& line : lines)
    if (!line.blank() && characters(line.text) <= kHeadLine) ++everywhere[shape(line.text)];
  const std::size_t recurring = std::max<std::size_t>(3, zones.size() / 4);
  auto isRunningHead = [&](std::size_t i) {
    const std::string s = shape(lines[i].text);
    // A head's title at a page's foot, where it foots no other page, is the
    // item's heading that the page's end left there.
    if (footOnly.contains(i) && footPagesOfShape[s].size() < 2 &&
        pagesOfShape[s].size() > footPagesOfShape[s].size())
      return false;
    // At most one occurrence elsewhere (the agenda title as the heading it also is).
    if (pagesOfShape[s].size() < recurring ||
        !(inZones[s] + 1 >= everywhere[s] || inZones[s] * 10 >= everywhere[s] * 9))
      return false;
    // No head ends a sentence or opens a speaker's turn: "The President: The
    // Assembly will now take a decision on draft resolution A/80/L.10." at the
    // top of three pages, alike but for the digits, is text. (Asked last: the
    // grammar costs more than the counts.)
    return !grammar.endsSentence(lines[i].text) && !grammar.label(lines[i].text) &&
           !grammar.ballotCount(lines[i].text);
  };

  // Older records set the meeting's number and date ("3756th meeting" /
  // "21 March 1997") at the head of the pages, and the extraction puts them
  // wherever the head fell: mid-page, between the columns. The same short
  // line with a number in it, on many pages and never twice on one, that
  // ends no sentence, is furniture wherever it is. (Counted before any head
  // is out: where a page's head fell in mid-page, the others' are heads.)
  std::map<std::string, std::pair<std::set<int>, int>> numberedLines;  // pages, occurrences
  for (const auto& line : lines) {
    const std::string& text = line.text;
    if (line.blank() || line.removed || characters(text) > kShortLine ||
        text.find_first_of("0123456789") == std::string::npos ||
        // A letter of any script: "2021年12月9日" is such a line too.
        !text::hasLetter(text) || grammar.endsSentence(text) || text.back() == ':' ||
        // A ballot's row repeats with each round ("Required majority: 126"):
        // the table's, not the head's.
        grammar.ballotCount(text))
      continue;
    auto& [pages, occurrences] = numberedLines[text];
    pages.insert(line.page);
    ++occurrences;
  }
  auto isNumberedHead = [&](const std::string& text) {
    auto found = numberedLines.find(text);
    if (found == numberedLines.end()) return false;
    const auto& [pages, occurrences] = found->second;
    return pages.size() >= recurring && static_cast<std::size_t>(occurrences) == pages.size();
  };

  // A bare number at a page's head or foot is its printed number only where
  // it keeps step with the others: a ballot's figure ("191") set on a line of
  // its own near a page's end is not.
  struct BareNumber {
    int page = 0;
    std::size_t line = 0;
    int number = 0;
    // The pages that ranges ("4-5") on the pages before it stood for beyond
    // their first: the numbers after a range run that much further.
    int skipped = 0;
    // How far the number runs from the page's place, a range's pages allowed for.
    int offset() const { return number - skipped - page; }
  };
  std::vector<BareNumber> bareNumbers;
  auto followsACount = [&](std::size_t i) {
    const int page = lines[i].page;
    while (i-- > 0 && lines[i].page == page) {
      if (lines[i].blank() || lines[i].removed) continue;
      return text::isAsciiNumber(lines[i].text);
    }
    return false;
  };
  int rangesSkipped = 0;
  std::vector<std::size_t> midPageMarks;  // a head's symbol or date, removed where it fell
  std::set<std::size_t> symbolsAndDates;  // the head's own lines, once removed
  // Typed pages of the 1990s head each page with the typist's code ("EMS/2",
  // "MR/3"): its number is the page's or the typist's own count. Where two
  // pages or more are so headed, each such head is one.
  int typistHeads = 0;
  for (const auto& [page, zone] : zones)
    typistHeads += page > 1 && std::any_of(zone.head.begin(), zone.head.end(), [&](auto i) {
                     return shapes().typistCode.matches(lines[i].text);
                   });
  for (const auto& [page, zone] : zones) {
    std::set<std::size_t> candidates(zone.head.begin(), zone.head.end());
    candidates.insert(zone.foot.begin(), zone.foot.end());
    std::set<std::string> removedShapes;  // a page has its head once
    for (auto i : candidates) {
      SourceLine& line = lines[i];
      const std::string text = text::asciiDigits(line.text);  // "٢/٥" too
      if (const Common common = removeCommon(line, page, true); common != Common::none) {
        if (common == Common::symbolOrDate) symbolsAndDates.insert(i);
      } else if (auto n = shapes().pageNumber.match(text)) {
        if ((*n)[2].empty()) {
          const int first = number((*n)[1]);
          const int last = (*n)[3].empty() ? first : number((*n)[3]);
          if (last < first || last - first > 9) continue;  // no range of pages
          // The last of a table's column of counts ("58" / "2"), no page's number.
          if (followsACount(i)) continue;
          bareNumbers.push_back({page, i, first, rangesSkipped});
          rangesSkipped += last - first;
          continue;
        }
        furniture.printedNumbers[page] = number((*n)[1]);
        notePages((*n)[2]);
        removeLine(line, "page-number", "the printed page number", audit);
      } else if (shapes().rule.matches(text)) {
        removeLine(line, "rule", "a printed rule", audit);
      } else if (shapes().continuationMark.matches(text)) {
        removeLine(line, "continuation-mark",
                   "the mark at the foot of a typed page that the text goes on overleaf", audit);
      } else if (auto code = shapes().typistCode.match(text);
                 code && page > 1 &&
                 (number((*code)[1]) == page ||
                  (typistHeads >= 2 &&
                   std::find(zone.head.begin(), zone.head.end(), i) != zone.head.end()))) {
        removeLine(line, "typist-code", "the typist's code and page number at the head of the page",
                   audit);
      } else if (isRunningHead(i) && removedShapes.insert(shape(text)).second) {
        // The same line again under the head is the item's heading.
        if (grammar.beginsTitle(agenda, text)) headTitles.insert(i);
        removeLine(line, "running-head", "a line repeated at the head or foot of the pages", audit);
      }
    }
  }
  const auto offset = pageNumberOffset(furniture.printedNumbers, bareNumbers);
  for (const auto& bare : bareNumbers) {
    if (!offset) {
      audit.inferred("page-number", lines[bare.line].number, lines[bare.line].number,
                     "a number alone at the head or foot of page " + std::to_string(bare.page) +
                         " is far from the page's place and no other page's number agrees: "
                         "kept as text");
      continue;
    }
    if (bare.offset() != *offset) {
      audit.inferred("page-number", lines[bare.line].number, lines[bare.line].number,
                     "a number alone at the head or foot of page " + std::to_string(bare.page) +
                         " is not the page's printed number (the others run " +
                         (*offset >= 0 ? "+" : "") + std::to_string(*offset) +
                         " from the page's place): kept as text");
      continue;
    }
    furniture.printedNumbers[bare.page] = bare.number;
    removeLine(lines[bare.line], "page-number", "the printed page number", audit);
  }
  // The speaker named at the head of a typed page, once the page's other
  // furniture is out: the first line left at its head, however many the
  // head had ("EMS/3", "3224th meeting, 14 May 1993", "S/PV.3224", "3",
  // "(Mr. Mavrommatis, Cyprus)").
  for (const auto& [page, zone] : zones) {
    if (page <= 1 || zone.head.empty()) continue;
    for (auto i = zone.head.front(); i < lines.size() && lines[i].page == page; ++i) {
      if (lines[i].removed || lines[i].blank()) continue;
      if (namesTheSpeakerGoingOn(lines[i].text, grammar.profile()))
        removeLine(lines[i], "running-head",
                   "the speaker going on from the page before, named at the head of the page",
                   audit);
      break;
    }
  }
  // A record of two or three pages repeats its running head too seldom to be
  // told by recurrence: there, the agenda's title that opens a page after the
  // cover, with only furniture before it, is that page's head (once per page:
  // the item's own heading may follow it).
  // The head may shorten the item's title to its first words and its
  // document: "Identical letters dated 19 January 2016 (S/2016/53)" for the
  // cover's "Identical letters dated 19 January 2016 from … (S/2016/53)".
  auto isAgendaTitle = [&](std::string_view text) {
    if (grammar.beginsTitle(agenda, text)) return true;
    const auto open = text.rfind(" (");
    if (open == std::string_view::npos || !text.ends_with(')')) return false;
    const std::string_view document = text.substr(open);
    const std::string_view words = text.substr(0, open);
    return std::any_of(agenda.begin(), agenda.end(), [&](const std::string& item) {
      return item.ends_with(document) && item.size() > text.size() &&
             grammar.beginsTitle(std::span(&item, 1), words);
    });
  };
  for (const auto& [page, zone] : zones) {
    if (page <= 1 || zones.size() > recurring) continue;
    // A head whose title recurred and is out has no other.
    if (std::any_of(zone.head.begin(), zone.head.end(),
                    [&](std::size_t i) { return headTitles.contains(i); }))
      continue;
    for (std::size_t k = 0; k < zone.head.size(); ++k) {
      const std::size_t i = zone.head[k];
      if (lines[i].removed) continue;
      if (isAgendaTitle(lines[i].text)) {
        // A long title wraps: "Amenazas a la paz … causadas por actos" /
        // "terroristas", the two lines an item's title or its beginning.
        std::size_t next = k + 1;
        while (next < zone.head.size() && lines[zone.head[next]].removed) ++next;
        const bool wraps = next < zone.head.size() &&
                           !grammar.endsSentence(lines[zone.head[next]].text) &&
                           isAgendaTitle(lines[i].text + " " + lines[zone.head[next]].text);
        removeLine(lines[i], "running-head", "the agenda's title at the head of the page", audit);
        headTitles.insert(i);
        if (wraps)
          removeLine(lines[zone.head[next]], "running-head",
                     "the agenda's title at the head of the page, its second line", audit);
      }
      break;
    }
  }
  // A meeting that takes up several items changes its head's title with the
  // item, each too seldom to recur: the first line left at a page's head is
  // the head's title where the head's symbol or date is on both sides of it,
  // or where it is an item of the cover's agenda right after one of them. A
  // long title wraps: two lines ("Amenazas a la paz y la seguridad" /
  // "internacionales").
  auto isHeadMark = [&](const Zone& zone, std::size_t k) {
    return k < zone.head.size() && symbolsAndDates.contains(zone.head[k]);
  };
  auto headLike = [&](std::string_view text) {
    return characters(text) <= kHeadLine && !grammar.endsSentence(text);
  };
  // A head has one title: an item's heading under a head whose title is out
  // is the page's text ("S/PV.9990  Informes … del Sur  15/10/2025" /
  // "Informes del Secretario General sobre el Sudán y Sudán" / "del Sur").
  auto headHasTitle = [&](const Zone& zone, std::size_t before) {
    for (std::size_t k = 0; k < before; ++k)
      if (headTitles.contains(zone.head[k])) return true;
    return false;
  };
  // The first line under a head's symbol or date, as each page prints it: a
  // title the heads of two pages print alike is theirs, where no cover
  // names it (a record of two or three pages).
  // The first page's head counts as printed, read as a cover or not. A
  // head's title stands apart: a blank line under it, not the rest of a
  // sentence ("Draft resolution VI was adopted (resolution" / "65/211).").
  std::map<std::string, std::set<int>> underMark;
  auto apart = [&](std::size_t i) { return i + 1 == lines.size() || lines[i + 1].blank(); };
  for (const auto& [page, zone] : zones) {
    for (std::size_t k = 0; k < zone.head.size(); ++k) {
      const std::size_t i = zone.head[k];
      if (page <= 1) {
        if (apart(i)) underMark[lines[i].text].insert(page);
        continue;
      }
      if (k == 0 || lines[i].removed) continue;
      if (isHeadMark(zone, k - 1) && apart(i)) underMark[lines[i].text].insert(page);
      break;
    }
  }
  auto printedUnderMarks = [&](const std::string& text) {
    const auto found = underMark.find(text);
    return found != underMark.end() && found->second.size() >= 2;
  };
  for (const auto& [page, zone] : zones) {
    // The first page is the cover, or, where the text has none, the body's
    // first page, whose head's title its other pages repeat.
    const bool first = page <= 1;
    for (std::size_t k = 0; k < zone.head.size(); ++k) {
      const std::size_t i = zone.head[k];
      if (lines[i].removed) continue;
      if (first) {
        // Under the symbol, taken out as the first page's.
        std::size_t before = i;
        while (before > 0 && lines[before - 1].blank() && !lines[before - 1].removed) --before;
        const bool underSymbol = before > 0 && lines[before - 1].removed;
        if (!underSymbol || !printedUnderMarks(lines[i].text) || !headLike(lines[i].text)) break;
        removeLine(lines[i], "running-head", "the title of the item at the head of the page",
                   audit);
        break;
      }
      if (k == 0 || !isHeadMark(zone, k - 1) || headHasTitle(zone, k)) break;
      std::vector<std::size_t> title{i};
      if (k + 1 < zone.head.size() && !lines[zone.head[k + 1]].removed) {
        const std::size_t j = zone.head[k + 1];
        const std::string both = lines[i].text + " " + lines[j].text;
        if (headLike(both) && (isHeadMark(zone, k + 2) ||
                               std::find(agenda.begin(), agenda.end(), both) != agenda.end()))
          title.push_back(j);
      }
      if (title.size() == 1 &&
          (!headLike(lines[i].text) || !(isHeadMark(zone, k + 1) || isAgendaTitle(lines[i].text) ||
                                         printedUnderMarks(lines[i].text))))
        break;
      for (auto line : title)
        removeLine(lines[line], "running-head", "the title of the item at the head of the page",
                   audit);
      break;
    }
  }

  // Two-column pages put the footer of the first column, and the head of the
  // next page, in mid-text: lines that can only be furniture go wherever they
  // are, and a running head where it interrupts a sentence.
  auto previousText = [&](std::size_t i) -> std::string_view {
    while (i-- > 0)
      if (!lines[i].blank() && !lines[i].removed) return lines[i].text;
    return {};
  };
  // The meeting's date as the cover prints it, or part of the cover's date line.
  auto isCoverDate = [&](std::string_view text) {
    return text.size() >= 6 && grammar.cover(CoverField::Date, text) &&
           cover.dateLine.find(text) != std::string::npos;
  };
  // The 1990s headed each page with the body and session, or the meeting and
  // its date ("Security Council" / "Forty-ninth year", "3402nd meeting" / "7
  // July 1994"), and the extraction puts them wherever the head fell. Two such
  // lines one after the other, saying again what the cover says, are the head
  // of a page even in a record of two pages, too short for recurrence to tell.
  auto saysCoverFact = [&](std::string_view text) {
    if (!cover.found || text.empty() || characters(text) > 2 * kShortLine ||
        grammar.endsSentence(text))
      return false;
    if (grammar.cover(CoverField::Body, text)) return true;
    if (!cover.session.empty() && text::equalsIgnoringCase(text, cover.session)) return true;
    if (auto m = grammar.cover(CoverField::Meeting, text))
      return !cover.meetingNumber.empty() && m->number.in(text) == cover.meetingNumber;
    return isCoverDate(text);
  };
  auto repeatsCover = [&](std::string_view text) {
    return zones.size() <= recurring && saysCoverFact(text);
  };
  auto nextKept = [&](std::size_t i) {
    while (++i < lines.size())
      if (!lines[i].blank() && !lines[i].removed) return i;
    return lines.size();
  };
  // Or the two on one line, in a record of any length (a head on every
  // other page recurs too seldom in a short one): "General Assembly -
  // Forty-ninth session", "62nd meeting - Wednesday, 16 November 1994".
  auto repeatsCoverTwice = [&](std::string_view text) {
    const std::size_t dash = text.find(" - ");
    return dash != std::string_view::npos && text.find(" - ", dash + 3) == std::string_view::npos &&
           saysCoverFact(text.substr(0, dash)) && saysCoverFact(text.substr(dash + 3));
  };
  // The symbol and the date on one line, in either order ("A/80/PV.52
  // 2025年11月20日", "08/09/2022 A/76/PV.102"): the head of a page however
  // short the record, the date printed as the heads print it or as the cover does.
  // With the agenda's title between them, as a PDF made with Word sets the
  // head on one line ("S/PV.10190  Amenazas a la paz …  12/11/2025"): the
  // date as the heads print it.
  struct SymbolAndDate {
    std::string_view symbol, date;
  };
  auto symbolAndDate = [&](std::string_view text) -> SymbolAndDate {
    if (characters(text) > 4 * kShortLine) return {};
    const std::size_t first = text.find(' '), last = text.rfind(' ');
    if (first == std::string_view::npos) return {};
    const bool between = !text::trim(text.substr(first, last - first)).empty();
    if (!between && characters(text) > 2 * kShortLine) return {};
    for (auto [symbol, date] : {std::pair{text.substr(0, first), text.substr(last + 1)},
                                std::pair{text.substr(last + 1), text.substr(0, first)}}) {
      if (!shapes().symbol.matches(symbol)) continue;
      if (shapes().date.matches(date) || (!between && isCoverDate(date))) return {symbol, date};
    }
    return {};
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank() || lines[i].removed) continue;
    if (const auto [symbol, date] = symbolAndDate(lines[i].text); !symbol.empty()) {
      noteSymbol(symbol);
      // The date as the heads print it ("15/05/2025"): a record without a
      // cover (a continuation) is dated by it.
      if (auto d = shapes().date.match(date)) noteDate(*d, lines[i].number);
      removeLine(lines[i], "running-head",
                 "the record's symbol and the meeting's date at the head of a page", audit);
      continue;
    }
    if (repeatsCoverTwice(lines[i].text)) {
      removeLine(lines[i], "running-head", "the cover's facts repeated at the head of a page",
                 audit);
      continue;
    }
    const std::size_t j = nextKept(i);
    if (j == lines.size() || !repeatsCover(lines[i].text) || !repeatsCover(lines[j].text)) continue;
    for (auto k : {i, j})
      removeLine(lines[k], "running-head", "the cover's facts repeated at the head of a page",
                 audit);
    i = j;
  }
  auto wantsACount = [&](std::string_view text) {
    const auto row = grammar.ballotCount(text);
    return row && !row->number.found();
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    SourceLine& line = lines[i];
    if (line.blank() || line.removed) continue;
    if (isNumberedHead(line.text)) {
      removeLine(line, "running-head",
                 "a line with a number repeated once on each of many pages: the head of the page",
                 audit);
      continue;
    }
    // The record's symbol, the meeting's date or a job number alone on a line
    // is furniture wherever it falls, also after a sentence that ended (a
    // column that ended its paragraph): only other recurring lines need a
    // sentence cut.
    if (isRunningHead(i) && !shapes().symbol.matches(line.text) &&
        !shapes().date.match(line.text) && !shapes().jobNumber.match(line.text)) {
      const std::string_view before = previousText(i);
      // Under a line of the cover's agenda ("Mantenimiento de la paz y la
      // seguridad" / "internacionales"), a line that is the head too is the
      // next heading of the agenda (its sub-item), not a head in a sentence.
      auto underAgendaLine = [&] {
        return std::any_of(agenda.begin(), agenda.end(), [&](const std::string& item) {
          return item.find(before) != std::string::npos;
        });
      };
      if (!before.empty() && !grammar.endsSentence(before) && !underAgendaLine()) {
        removeLine(line, "running-head", "a running head in the middle of a sentence", audit);
        continue;
      }
      // A number alone after a sentence that ended (or a label alone on its
      // line: "Russian):" / "3") may still be the page's own, set between
      // the columns: asked below as any such number is.
      if (!text::isAsciiNumber(line.text)) continue;
    }
    const std::string text = text::asciiDigits(line.text);
    if (const Common common = removeCommon(line, line.page, false); common != Common::none) {
      if (common == Common::symbolOrDate) midPageMarks.push_back(i);
      continue;
    }
    if (auto m = shapes().pageOfPages.match(text)) {
      furniture.printedNumbers.emplace(line.page, number((*m)[1]));
      notePages((*m)[2]);
      removeLine(line, "page-number", "the printed page number", audit);
    } else if (auto n = shapes().pageNumber.match(text);
               n && !(*n)[0].empty() && text.find_first_of("/-") == std::string::npos &&
               number(text) == line.page && !furniture.printedNumbers.contains(line.page) &&
               !wantsACount(previousText(i)) && !followsACount(i)) {
      // A bare number that is the page's own number, set in mid-text by the
      // extraction; not where a footer printed the page's number, nor under
      // an election's row that prints none ("Abstentions:" / "2"), nor last
      // of a column of counts ("58" / "2").
      removeLine(line, "page-number", "the printed page number", audit);
    }
  }
  // A head that the extraction set in mid-page ("19-14235" / "S/PV.8538" /
  // "Положение на Ближнем Востоке", after a page's foot) has its title under
  // its symbol or date there too: the agenda's title, standing apart.
  for (const std::size_t mark : midPageMarks) {
    std::size_t i = mark + 1;
    while (i < lines.size() && lines[i].blank() && !lines[i].removed) ++i;
    if (i == lines.size() || lines[i].removed || lines[i].page != lines[mark].page || !apart(i) ||
        !headLike(lines[i].text) ||
        !(isAgendaTitle(lines[i].text) || printedUnderMarks(lines[i].text)))
      continue;
    removeLine(lines[i], "running-head",
               "the agenda's title under the head's symbol or date, set in mid-page", audit);
  }
  // Pages that print no number of their own, where the others run at an
  // offset from their places (a scanned record whose first page, a cover,
  // has none): numbered as the others run, not by their places ("1 1 3 3"
  // in the page list); a page before the first numbered one has no number.
  if (offset && *offset != 0) {
    const auto agreeing =
        std::count_if(furniture.printedNumbers.begin(), furniture.printedNumbers.end(),
                      [&](const auto& entry) { return entry.second - entry.first == *offset; });
    if (agreeing >= 2)
      for (const auto& [page, zone] : zones)
        if (!furniture.printedNumbers.contains(page))
          furniture.printedNumbers[page] = std::max(0, page + *offset);
  }
  return furniture;
}

}  // namespace verbatim
