#include "raw/reflow.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "core/text.hpp"

namespace verbatim {
namespace {

// How far below the measure a line may fall and still be a full, justified line.
constexpr int kSlack = 3;

class Reflow {
 public:
  Reflow(const std::vector<SourceLine>& lines, const Grammar& grammar, Audit& audit)
      : lines_(lines), grammar_(grammar), audit_(audit), measure_(columnMeasure(lines)) {}

  std::vector<RawParagraph> run() {
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      const SourceLine& line = lines_[i];
      if (line.blank()) {
        if (open_) ++blanks_;
        continue;
      }
      index_ = i;
      step(i, lookahead(i));
      blanks_ = 0;
    }
    close();
    return std::move(paragraphs_);
  }

 private:
  // The line with the next non-blank line appended: labels can wrap. Not a
  // short line over a label of its own ("一般性辩论" / "卢拉·达席尔瓦总统
  // （…）：…"): a label that wraps fills its first line.
  std::string lookahead(std::size_t i) const {
    std::string text = lines_[i].text;
    for (std::size_t j = i + 1; j < lines_.size() && j <= i + 1; ++j)
      if (!lines_[j].blank() && (full(lines_[i]) || !grammar_.label(lines_[j].text)))
        text += std::string(grammar_.joiner(text, lines_[j].text)) + lines_[j].text;
    return text;
  }

  // Up to three lines that end no sentence, then a speaker's label: a
  // heading with no number (an item's title, a document's) over a turn.
  bool headsTheNextTurn(std::size_t i) const {
    constexpr std::size_t kHeadingLines = 3;
    std::size_t seen = 0;
    for (std::size_t j = i; j < lines_.size(); ++j) {
      if (lines_[j].blank()) continue;
      if (seen > 0 && grammar_.label(lookahead(j))) return true;
      const std::string& text = lines_[j].text;
      if (seen == kHeadingLines || grammar_.endsSentence(text) || text::endsWithColon(text) ||
          grammar_.voteLabel(text) || grammar_.isWholeLineUnit(text) ||
          grammar_.label(lookahead(j)))
        return false;
      ++seen;
    }
    return false;
  }

  bool endsWithListSeparator(std::string_view text) const {
    const std::string_view separator = grammar_.profile().vote.separator;
    return !separator.empty() && text::trimEnd(text).ends_with(separator);
  }

  bool full(const SourceLine& line) const {
    return text::displayWidth(line.text) >= measure_ - kSlack;
  }

  // Does a procedural sentence begin at line i? It may wrap over a few lines.
  bool proceduralAhead(std::size_t i) const {
    constexpr std::size_t kLinesOfAProceduralSentence = 5;  // the first and four more
    std::vector<std::string_view> ahead;
    for (std::size_t j = i; j < lines_.size() && ahead.size() < kLinesOfAProceduralSentence; ++j)
      if (!lines_[j].blank()) ahead.push_back(lines_[j].text);
    return grammar_.beginsProcedural(ahead);
  }

  // Does the line end the procedural sentence the open paragraph began, even
  // where the line alone would pass for one ("En ausencia del Presidente, el
  // Sr. Rai (Papua Nueva" / "Guinea), Vicepresidente, ocupa la Presidencia.")?
  bool completesProcedural(const std::string& text) const {
    if (current_.text.size() > kLongestProcedural || grammar_.endsSentence(current_.text))
      return false;
    std::string sentence = current_.text;
    sentence += grammar_.joiner(sentence, text);
    sentence += text;
    return grammar_.probeProcedural(sentence).match.has_value();
  }

  void step(std::size_t i, const std::string& withNext) {
    const SourceLine& line = lines_[i];
    if (!open_) return start(line, withNext);
    const SourceLine& prev = *prev_;
    const bool prevEnds = grammar_.endsSentence(prev.text);
    // A speech's sentence that goes on in words a procedural line would be
    // alone (Grammar::sentenceGoesOnInto).
    if (!outside_ && !inVoteList_ && grammar_.sentenceGoesOnInto(prev.text, line.text, withNext))
      return join(line, {});
    // A procedural sentence that matched at an abbreviation's stop goes on
    // in lower case (Grammar::procedureGoesOnInLowerCase).
    if (outside_ && current_.text.size() <= kLongestProcedural &&
        grammar_.procedureGoesOnInLowerCase(current_.text, line.text))
      return join(line, {});
    // A vote's label begins its list, whatever the width of the line before;
    // an agenda item's heading after a sentence's end begins the item.
    if (grammar_.startsBlock(line.text, withNext) || grammar_.voteLabel(line.text) ||
        (prevEnds && grammar_.isAgendaItemHeading(line.text))) {
      if (completesProcedural(line.text)) return join(line, {});
      return start(line, withNext);
    }
    if (wholeLineUnit_) return start(line, withNext);
    if (outside_) {
      // A procedural sentence wrapped, whatever the width of its first line
      // ("主席缺席，副主席马图西先生（博茨瓦纳）主持" / "会议。"), also over a
      // column break ("决议草案以150票赞成、…获得" / "" / "通过（第80/30号决议）。").
      if (!prevEnds && completesProcedural(line.text)) {
        if (blanks_ > 0)
          audit_.repaired("column-break", prev.number, line.number, {},
                          "blank line in a procedural sentence: a column break; lines joined");
        return join(line, {});
      }
      // A vote's list wrapped over lines, narrower than the column's measure
      // where it is set indented ("…、瑞士、阿拉" / "伯联合酋长国、…"), or broken by
      // a column break inside a State's name ("…、尼" / "" / "日利亚、…"): a
      // line that ends no sentence goes on, unless what follows is the vote's
      // result.
      if (inVoteList_ && !prevEnds && !grammar_.startsHeading(line.text) &&
          !grammar_.voteResult(line.text) && !proceduralAhead(i) &&
          !grammar_.endsListBefore(prev.text, line.text)) {
        if (blanks_ > 0)
          audit_.repaired("column-break", prev.number, line.number, {},
                          "blank line in a vote's list: a column break; lines joined");
        return join(line, {});
      }
      // Outside speeches a line is a unit (a heading line) unless it was wrapped,
      // or a list of States goes on after its separator across a column break.
      // A procedural sentence after a full line is no part of it ("古巴、…" /
      // "决议草案一以2票赞成…获得通过（第78/215号决议）。").
      // A line that begins a heading of its own ("(a) …", "决议草案…") is none either.
      if (blanks_ == 0 && full(prev) && !prevEnds && !grammar_.startsHeading(line.text) &&
          !proceduralAhead(i))
        return join(line, "heading-unwrap");
      if (blanks_ > 0 && endsWithListSeparator(prev.text)) {
        audit_.repaired("column-break", prev.number, line.number, {},
                        "blank line after a list's separator: a column break; lines joined");
        return join(line, {});
      }
      return start(line, withNext);
    }
    if (blanks_ > 0) {
      if (prevEnds) return start(line, withNext);
      // "…主席代表安理会发表以下声明：" / "" / "“安全理事会重申…": a short line
      // that ends on a colon, and a quotation after it, are two paragraphs.
      if (text::endsWithColon(prev.text) && !full(prev) && text::opensQuotation(line.text))
        return start(line, withNext);
      audit_.repaired("column-break", prev.number, line.number, {},
                      "blank line in mid-sentence: a column break; lines joined");
      return join(line, {});
    }
    if (line.pageStart) {
      if (prevEnds && (!full(prev) || !full(line))) {
        audit_.inferred("paragraph-at-page-start", line.number, line.number,
                        "a page begins with a new paragraph (the last line before it ends a "
                        "sentence and is short, or this line is indented)");
        return start(line, withNext);
      }
      if (prevEnds && proceduralAhead(i)) return start(line, withNext);
      audit_.inferred("page-join", prev.number, line.number,
                      "a page begins in mid-paragraph; lines joined");
      return join(line, {});
    }
    if (prevEnds && text::displayWidth(prev.text) < measure_ - 2 * kSlack) {
      audit_.inferred("paragraph-end", prev.number, line.number,
                      "a short line ending a sentence ends its paragraph");
      return start(line, withNext);
    }
    // A procedural sentence after a sentence's end is a paragraph of its own,
    // however it wraps ("En ausencia del Presidente, el Sr. Rai (Papua Nueva" /
    // "Guinea), Vicepresidente, ocupa la Presidencia."), after a full line too.
    if (prevEnds && proceduralAhead(i)) return start(line, withNext);
    join(line, {});
  }

  void start(const SourceLine& line, const std::string& withNext) {
    const bool pageEndsBefore = line.pageStart && (open_ || !paragraphs_.empty());
    // The paragraph after a vote's label is its list.
    inVoteList_ = open_ && grammar_.voteLabel(current_.text).has_value();
    // "维护国际和平与安全" / "加强安全理事会与非洲联盟之间的伙伴关系" after the
    // chair's last sentence and over a label: the next item's heading.
    if (!outside_ && open_ && grammar_.endsSentence(current_.text) && headsTheNextTurn(index_))
      outside_ = true;
    close();
    if (pageEndsBefore && !paragraphs_.empty()) {
      paragraphs_.back().pageEnds.push_back(paragraphs_.back().text.size());
      paragraphs_.back().pageNumbers.push_back(0);
    }
    // A label may wrap onto the next line, but an address's heading over a
    // label ("…先生阁下讲话" / "恩迪亚耶总统（以法语发言）：") begins none.
    if (grammar_.label(withNext) && !grammar_.beginsAddressHeading(line.text)) outside_ = false;
    current_ = RawParagraph{};
    current_.text = line.text;
    current_.firstLine = current_.lastLine = line.number;
    current_.lineStarts = {{0, line.number}};
    current_.outsideSpeech = outside_;
    open_ = true;
    prev_ = &line;
    // "议程项目 27（续）" is a heading of its own, whatever follows.
    const bool itemHeading = grammar_.isAgendaItemHeading(line.text);
    wholeLineUnit_ = grammar_.isWholeLineUnit(line.text) || itemHeading;
    if (wholeLineUnit_ &&
        (grammar_.procedural(line.text) || grammar_.isAgendaHeading(line.text) || itemHeading))
      outside_ = true;
  }

  void join(const SourceLine& line, std::string_view kind) {
    if (line.pageStart) {
      current_.pageEnds.push_back(current_.text.size());
      current_.pageNumbers.push_back(0);
    }
    current_.text += grammar_.joiner(current_.text, line.text);
    current_.lineStarts.emplace_back(current_.text.size(), line.number);
    current_.text += line.text;
    current_.lastLine = line.number;
    if (!kind.empty())
      audit_.repaired(std::string(kind), prev_->number, line.number, {}, "wrapped line joined");
    prev_ = &line;
    wholeLineUnit_ = false;
  }

  void close() {
    if (!open_) return;
    closeParagraph(std::exchange(current_, RawParagraph{}), paragraphs_, audit_);
    open_ = false;
  }

  const std::vector<SourceLine>& lines_;
  const Grammar& grammar_;
  Audit& audit_;
  const int measure_;
  std::vector<RawParagraph> paragraphs_;
  RawParagraph current_;
  const SourceLine* prev_ = nullptr;
  bool open_ = false;
  bool outside_ = true;
  bool wholeLineUnit_ = false;
  bool inVoteList_ = false;  // the open paragraph follows a vote's label
  std::size_t index_ = 0;    // the line being read
  int blanks_ = 0;
};

}  // namespace

int columnMeasure(const std::vector<SourceLine>& lines) {
  std::map<int, int> histogram;
  for (const auto& line : lines)
    if (!line.blank()) ++histogram[text::displayWidth(line.text)];
  int measure = 0, best = 0;
  for (auto [width, count] : histogram)
    if (width >= 20 && count > best) best = count, measure = width;
  return measure;
}

void closeParagraph(RawParagraph&& paragraph, std::vector<RawParagraph>& paragraphs, Audit& audit) {
  if (paragraph.lastLine > paragraph.firstLine)
    audit.repaired("unwrap", paragraph.firstLine, paragraph.lastLine, {},
                   "hard-wrapped lines joined into one paragraph");
  paragraphs.push_back(std::move(paragraph));
}

std::vector<RawParagraph> reflowColumns(const std::vector<SourceLine>& lines,
                                        const Grammar& grammar, Audit& audit) {
  auto paragraphs = Reflow(lines, grammar, audit).run();
  // The last printed page ends where the text ends.
  if (!paragraphs.empty()) {
    paragraphs.back().pageEnds.push_back(paragraphs.back().text.size());
    paragraphs.back().pageNumbers.push_back(0);
  }
  return paragraphs;
}

}  // namespace verbatim
