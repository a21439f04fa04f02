#include "raw/ballot_columns.hpp"

#include <string>

#include "core/countries.hpp"
#include "core/text.hpp"

namespace verbatim {
namespace {

// "192", "1 024": a number alone on its line, as a table's column gives it.
bool isBareNumber(std::string_view text) {
  std::size_t digits = 0;
  for (const char c : text::asciiDigits(text)) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c != ' ' && c != ',' && c != '.') {
      return false;
    }
  }
  constexpr std::size_t kLongestCount = 6;  // more votes than any body has members: no count
  return digits > 0 && digits <= kLongestCount && text.front() >= '0' && text.front() <= '9';
}

class Pairing {
 public:
  Pairing(std::vector<SourceLine>& lines, const Grammar& grammar, Audit& audit)
      : lines_(lines), grammar_(grammar), audit_(audit) {}

  // A row's label wrapped over two lines of its column ("Número de miembros
  // presentes y" / "votantes:"), neither a row alone: one line again.
  void joinWrappedRows() {
    for (std::size_t i = 0; i + 1 < lines_.size(); ++i) {
      if (!kept(i) || !kept(i + 1) || grammar_.isBallotRow(lines_[i].text) ||
          grammar_.isBallotRow(lines_[i + 1].text))
        continue;
      std::string both = lines_[i].text;
      both += grammar_.joiner(both, lines_[i + 1].text);
      both += lines_[i + 1].text;
      if (!grammar_.isBallotRow(both)) continue;
      audit_.repaired("unwrap", lines_[i].number, lines_[i + 1].number, {},
                      "an election's row wrapped in its column: lines joined");
      lines_[i].text = std::move(both);
      lines_[i + 1].text.clear();
      lines_[i + 1].removed = true;  // moved into line i
      ++i;
    }
  }

  // Each row over its number, the next line: "Abstentions:" / "2".
  void pairNeighbours() {
    bool candidates = false;  // under "Number of votes obtained:"
    // A row that wants its number after another that got none is a column
    // of rows (their numbers follow as a column): pairColumns' to pair.
    bool column = false;
    for (std::size_t i = 0; i + 1 < lines_.size(); ++i) {
      if (!kept(i)) {
        candidates = candidates && !lines_[i].blank();
        continue;
      }
      const std::string& text = lines_[i].text;
      if (const auto row = grammar_.ballotCount(text); row && row->kind == "votesObtained") {
        candidates = !row->number.found();
        continue;
      }
      const bool wanting = wantsCount(text) || (candidates && isCandidate(text));
      if (!wanting) {
        candidates = candidates && (isBareNumber(text) || grammar_.ballotCandidate(text));
        column = false;
        continue;
      }
      if (!column && kept(i + 1) && isBareNumber(lines_[i + 1].text))
        join(i, i + 1), ++i;
      else if (!(kept(i + 1) && text::goesOnInNextLine(text, lines_[i + 1].text)))
        column = true;  // a name that goes on in the next line is no row of its own
    }
  }

  void pairColumns() {
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      if (!kept(i)) continue;
      const auto count = grammar_.ballotCount(lines_[i].text);
      if (!count || count->number.found()) continue;
      const auto candidate = [&](const std::string& text) { return isCandidate(text); };
      if (count->kind == "votesObtained") {
        // The candidates' names under it, each wanting its votes.
        i = pairRun(i + 1, candidate);
        continue;
      }
      // "Number of votes obtained:" may close the column of labels: its
      // candidates, and their column of votes, follow the labels' numbers.
      std::size_t header = std::string::npos;
      i = pairRun(
          i, [&](const std::string& text) { return wantsCount(text); }, &header);
      if (header == std::string::npos) continue;
      std::size_t next = i + 1;
      while (next < lines_.size() && !kept(next)) ++next;
      i = pairRun(next, candidate);
    }
  }

 private:
  bool kept(std::size_t i) const { return !lines_[i].removed && !lines_[i].blank(); }

  bool wantsCount(const std::string& text) const {
    const auto row = grammar_.ballotCount(text);
    return row && !row->number.found() && row->kind != "votesObtained";
  }

  // A line that may name a candidate waiting for its votes; not a sentence
  // that ended or a speaker's label: the chair's words after the table end it.
  bool isCandidate(const std::string& text) const {
    return !grammar_.isBallotRow(text) && !grammar_.ballotCandidate(text) && !isBareNumber(text) &&
           !grammar_.endsSentence(text) && !grammar_.label(text);
  }

  void join(std::size_t rowLine, std::size_t numberLine) {
    SourceLine& row = lines_[rowLine];
    SourceLine& number = lines_[numberLine];
    const std::string value(text::trim(number.text));
    row.text += (row.text.ends_with("\xEF\xBC\x9A") ? "" : " ") + value;  // "：" takes no space
    audit_.repaired("table-column", number.number, number.number, value,
                    "a number of an election's result, set apart from its row, put beside it "
                    "(line " +
                        std::to_string(row.number) + ")");
    number.text.clear();
  }

  // The run of rows from `first` that `wants` a number, and the numbers after
  // it; returns the last line looked at.
  // The run may end in a header that takes no number ("Number of votes
  // obtained:"): where `header` is given, its line is set there.
  template <typename Wants>
  std::size_t pairRun(std::size_t first, Wants wants, std::size_t* header = nullptr) {
    std::vector<std::size_t> rows;
    std::size_t i = first;
    while (i < lines_.size() &&
           (lines_[i].removed || (!lines_[i].blank() && wants(lines_[i].text)))) {
      if (kept(i)) rows.push_back(i);
      ++i;
    }
    if (rows.size() < 2) return first;
    // The candidates may follow the header straight away, their votes after
    // the labels' numbers in the same column ("得票数：" / "北马其顿" / … / "191").
    std::vector<std::size_t> candidates;
    if (header && i < lines_.size() && kept(i))
      if (const auto row = grammar_.ballotCount(lines_[i].text);
          row && row->kind == "votesObtained" && !row->number.found()) {
        *header = i++;
        while (i < lines_.size() && kept(i) && isCandidate(lines_[i].text))
          candidates.push_back(i++);
      }
    while (i < lines_.size() && !kept(i)) ++i;  // blank lines, a page's furniture
    std::vector<std::size_t> numbers;
    while (i < lines_.size() && (!kept(i) ? lines_[i].removed : isBareNumber(lines_[i].text))) {
      if (kept(i)) numbers.push_back(i);
      ++i;
    }
    if (numbers.empty()) return rows.back();
    if (!candidates.empty() && numbers.size() != rows.size() + candidates.size())
      candidates = named(candidates);
    if (!candidates.empty() && numbers.size() == rows.size() + candidates.size()) {
      rows.insert(rows.end(), candidates.begin(), candidates.end());
      *header = std::string::npos;  // its candidates are paired
    }
    // A group's caption among the names ("Grupo de los Estados de África")
    // counts nothing: where the names less the captions are as many as the
    // numbers, each number is a name's.
    if (numbers.size() != rows.size()) {
      auto names = named(rows);
      if (names.size() == numbers.size() && names.size() < rows.size()) rows = std::move(names);
    }
    if (numbers.size() != rows.size()) {
      audit_.warn(lines_[numbers.front()].number,
                  std::to_string(numbers.size()) + " numbers one to a line after " +
                      std::to_string(rows.size()) +
                      " rows of an election's result that print none: a table's column read "
                      "apart, left as it is (the counts cannot be told to their rows)");
      return numbers.back();
    }
    for (std::size_t k = 0; k < rows.size(); ++k) join(rows[k], numbers[k]);
    return numbers.back();
  }

  // The rows that name a candidate: a State, or a person with a State in
  // brackets; not a group's caption.
  std::vector<std::size_t> named(const std::vector<std::size_t>& rows) const {
    std::vector<std::size_t> out;
    for (auto row : rows)
      if (!grammar_.ballotCount(lines_[row].text) &&
          (!countryCode(lines_[row].text, grammar_.profile().code).empty() ||
           lines_[row].text.find('(') != std::string::npos))
        out.push_back(row);
    return out;
  }

  std::vector<SourceLine>& lines_;
  const Grammar& grammar_;
  Audit& audit_;
};

}  // namespace

void pairBallotRows(std::vector<SourceLine>& lines, const Grammar& grammar, Audit& audit) {
  Pairing pairing(lines, grammar, audit);
  pairing.joinWrappedRows();
  pairing.pairNeighbours();
}

void pairBallotColumns(std::vector<SourceLine>& lines, const Grammar& grammar, Audit& audit) {
  Pairing(lines, grammar, audit).pairColumns();
}

}  // namespace verbatim
