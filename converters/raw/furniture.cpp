#include "raw/furniture.hpp"

#include <algorithm>
#include <regex>
#include <set>

#include "core/text.hpp"

namespace verbatim {
namespace {

// How many lines at the top and at the foot of a page may be furniture.
constexpr int kZone = 4;

// Furniture is printed the same way in every language version: numbers,
// symbols and dates. These are ASCII patterns on short lines. Extractions put
// a stray space into a symbol now and then ("S/PV. 8422").
const std::regex kSymbol(R"([A-Z]{1,4}(?:/[A-Z0-9.\-]+)*/PV\. ?\d+(?:/[A-Za-z0-9.\-]+)*)");
const std::regex kDate(R"(\d{1,2}/\d{1,2}/\d{4})");
const std::regex kPageNumber(R"((\d{1,4})(?:/\d{1,4})?)");
const std::regex kJobNumber(R"(\d{2}-\d{4,6}(?:\s*\([A-Z]\))?\s*(?:(\d{1,4})/\d{1,4})?)");
const std::regex kBarcode(R"(\*\d{6,10}\*)");
const std::regex kRule(R"([_\-=]{5,})");
const std::regex kPageOfPages(R"((\d{1,4})/\d{1,4})");

// A line's shape with its digits blanked out: running heads repeat in shape.
std::string shape(std::string_view line) {
  std::string out;
  for (char c : line) {
    if (c >= '0' && c <= '9') {
      if (out.empty() || out.back() != '#') out += '#';
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if (c != ' ') {
      out += c;
    }
  }
  return out;
}

struct Zone {
  std::vector<std::size_t> head, foot;  // line indexes
};

}  // namespace

Furniture removeFurniture(std::vector<SourceLine>& lines, const Grammar& grammar, Audit& audit) {
  Furniture furniture;
  std::map<int, Zone> zones;
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
  std::map<std::string, std::set<int>> pagesOfShape;
  std::map<std::string, int> inZones, everywhere;
  for (const auto& [page, zone] : zones) {
    std::set<std::size_t> seen(zone.head.begin(), zone.head.end());
    seen.insert(zone.foot.begin(), zone.foot.end());
    for (auto i : seen)
      if (lines[i].text.size() <= 120) {
        pagesOfShape[shape(lines[i].text)].insert(page);
        ++inZones[shape(lines[i].text)];
      }
  }
  for (const auto& line : lines)
    if (!line.blank() && line.text.size() <= 120) ++everywhere[shape(line.text)];
  const std::size_t recurring = std::max<std::size_t>(3, zones.size() / 4);
  auto isRunningHead = [&](const std::string& text) {
    const std::string s = shape(text);
    // At most one occurrence elsewhere (the agenda title as the heading it also is).
    return pagesOfShape[s].size() >= recurring &&
           (inZones[s] + 1 >= everywhere[s] || inZones[s] * 10 >= everywhere[s] * 9);
  };

  for (const auto& [page, zone] : zones) {
    std::set<std::size_t> candidates(zone.head.begin(), zone.head.end());
    candidates.insert(zone.foot.begin(), zone.foot.end());
    for (auto i : candidates) {
      SourceLine& line = lines[i];
      const std::string text = line.text;
      std::smatch m;
      if (std::regex_match(text, m, kJobNumber)) {
        if (m[1].matched) furniture.printedNumbers[page] = std::stoi(m[1]);
        removeLine(line, "job-number", "a job number and page number in the footer", audit);
      } else if (std::regex_match(text, kBarcode)) {
        removeLine(line, "barcode", "the barcode of the job number", audit);
      } else if (std::regex_match(text, kSymbol)) {
        removeLine(line, "running-head", "the record's symbol at the head of the page", audit);
      } else if (std::regex_match(text, kDate)) {
        removeLine(line, "running-head", "the meeting date at the head of the page", audit);
      } else if (std::regex_match(text, m, kPageNumber)) {
        furniture.printedNumbers[page] = std::stoi(m[1]);
        removeLine(line, "page-number", "the printed page number", audit);
      } else if (std::regex_match(text, kRule)) {
        removeLine(line, "rule", "a printed rule", audit);
      } else if (isRunningHead(text)) {
        removeLine(line, "running-head", "a line repeated at the head or foot of the pages", audit);
      }
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
  for (std::size_t i = 0; i < lines.size(); ++i) {
    SourceLine& line = lines[i];
    if (line.blank() || line.removed) continue;
    if (isRunningHead(line.text)) {
      const std::string_view before = previousText(i);
      if (!before.empty() && !grammar.endsSentence(before))
        removeLine(line, "running-head", "a running head in the middle of a sentence", audit);
      continue;
    }
    std::smatch m;
    const std::string text = line.text;
    if (std::regex_match(text, m, kJobNumber)) {
      removeLine(line, "job-number", "a job number and page number in the footer", audit);
    } else if (std::regex_match(text, kBarcode)) {
      removeLine(line, "barcode", "the barcode of the job number", audit);
    } else if (std::regex_match(text, kSymbol)) {
      removeLine(line, "running-head", "the record's symbol at the head of the page", audit);
    } else if (std::regex_match(text, kDate)) {
      removeLine(line, "running-head", "the meeting date at the head of the page", audit);
    } else if (std::regex_match(text, m, kPageOfPages)) {
      furniture.printedNumbers.emplace(line.page, std::stoi(m[1]));
      removeLine(line, "page-number", "the printed page number", audit);
    } else if (std::regex_match(text, m, kPageNumber) && !m[0].str().empty() &&
               text.find('/') == std::string::npos && std::stoi(text) == line.page) {
      // A bare number that is the page's own number, set in mid-text by the extraction.
      removeLine(line, "page-number", "the printed page number", audit);
    }
  }
  return furniture;
}

}  // namespace verbatim
