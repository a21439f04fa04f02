#include "raw/flow.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_set>
#include <utility>

#include "core/countries.hpp"
#include "core/text.hpp"

namespace verbatim {
namespace {

// A line that left this much of the measure unused, with room for the next
// line's first word, was not a full line: a paragraph's first (indented) line.
constexpr double kRoomForNextWord = 0.02;
// The share of the measure a paragraph's first line has (the rest is its
// indent), where the record's speaker labels do not show it: a line shorter
// than this after a sentence end starts a paragraph even when the next word
// would not have fitted (a long next word).
constexpr double kFirstLineShare = 0.90;
// Label lines that show a larger share: at least this many; the share at most this.
constexpr std::size_t kFewestLabelLines = 10;
constexpr double kFirstLineShareAtMost = 0.94;
// The measure: this percentile of line widths (justified lines fill it).
constexpr double kPercentile = 97;
// A speech's paragraphs run longer than this many lines far more often than
// not: a paragraph no longer than this so far ends only on clear evidence.
constexpr std::size_t kLinesOfAShortParagraph = 3;
// A procedural sentence wraps over at most this many lines after its first.
constexpr std::size_t kLinesOfAProceduralSentence = 4;
// Line-end hyphens known to be compounds' for each known to break a word, in a
// document that breaks lines at compounds and only now and then inside a word.
constexpr int kCompoundsOverWordBreaks = 10;

std::string_view lastWord(std::string_view line) {
  auto space = line.rfind(' ');
  return space == std::string_view::npos ? line : line.substr(space + 1);
}

class Flow {
  static constexpr std::size_t kOutcomeWindow = 1000;  // bytes: a sentence and more

 public:
  Flow(const std::vector<SourceLine>& lines, const Grammar& grammar,
       const std::map<int, int>& printedNumbers, const Vocabulary& vocabulary, Audit& audit,
       std::span<const std::string> agenda)
      : grammar_(grammar),
        agenda_(agenda),
        printedNumbers_(printedNumbers),
        audit_(audit),
        measure_(typesetMeasure(lines)),
        vocabulary_(vocabulary) {
    bool blank = false;  // a blank line since the last line kept, and no furniture
    for (const auto& line : lines) {
      if (line.removed) {
        blank = false;
      } else if (line.blank()) {
        blank = true;
      } else {
        if (blank && !kept_.empty()) afterBlank_.insert(&line);
        kept_.push_back(&line);
        blank = false;
      }
    }
    blankLinesEndParagraphs_ = setsParagraphsApart();
    const std::optional<double> room = calibrateRoom();
    roomLimit_ = room.value_or(1.0 - kRoomForNextWord);
    widthError_ = room ? 1.0 - *room : 0.0;
    firstLineShare_ = calibrateFirstLine();
    hyphenated_.insert(grammar.compounds().begin(), grammar.compounds().end());
    for (const auto* line : kept_) learnHyphenated(line->text);
    breaksAtCompounds_ = breaksLinesAtCompounds();
  }

  // A record typed in one column with a blank line between paragraphs
  // (the 1990s): nearly every sentence that ends a line is followed by a
  // blank line. pdftotext's blank lines otherwise part its blocks (columns,
  // pages, headings), as often in mid-sentence as not, and most sentences
  // end with no blank line after them.
  bool setsParagraphsApart() const {
    constexpr int kEnough = 10;
    int apart = 0, together = 0;
    for (std::size_t i = 1; i < kept_.size(); ++i) {
      if (!grammar_.endsSentence(kept_[i - 1]->text)) continue;
      ++(afterBlank_.count(kept_[i]) ? apart : together);
    }
    return apart >= kEnough && together * 4 <= apart;
  }

  void learnHyphenated(std::string_view text) {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
      if (i < text.size() && text[i] != ' ') continue;
      std::string_view word = text.substr(start, i - start);
      while (!word.empty() &&
             std::string_view(",.;:()“”’\"").find(word.back()) != std::string_view::npos)
        word.remove_suffix(1);
      while (!word.empty() &&
             std::string_view("(“‘\"").find(word.front()) != std::string_view::npos)
        word.remove_prefix(1);
      auto hyphen = word.find('-');
      if (hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < word.size())
        hyphenated_.insert(std::string(word));
      start = i + 1;
    }
  }

  // How much of the measure a line must leave for its next word to have
  // fitted. Estimated widths are only so good, and typesetters squeeze spaces
  // (some more than others): lines in mid-paragraph (a continuation before,
  // a lowercase word after) show this document's margin of error.
  // Unmeasured (too few such lines, or a script without case): nothing.
  std::optional<double> calibrateRoom() const {
    std::vector<double> needs;
    for (std::size_t i = 1; i + 1 < kept_.size(); ++i) {
      const std::string& before = line(i - 1).text;
      const std::string& text = line(i).text;
      const std::string& after = line(i + 1).text;
      if (grammar_.endsSentence(before) || grammar_.endsSentence(text) || text.back() == ',')
        continue;
      const char32_t first = text::first(after);
      if (first == text::kInvalid || !u_islower(static_cast<UChar32>(first))) continue;
      if (share(text) > 1.3) continue;  // two lines merged
      needs.push_back(static_cast<double>(text::typesetWidth(joined(text, firstWord(after)))) /
                      measure_);
    }
    if (needs.size() < 50) return std::nullopt;
    std::sort(needs.begin(), needs.end());
    return std::clamp(needs[needs.size() * 2 / 100], 0.90, 1.0 - kRoomForNextWord);
  }

  // A speaker's label begins a paragraph: the widths of the label lines show
  // how much of the measure a first line has. Word-made records indent less:
  // where nine label lines in ten leave less than the usual indent, the
  // tenth widest of them (and a point) is the first line's share. (Label
  // lines that end short say nothing: a narrower reading would only lose
  // paragraphs.)
  double calibrateFirstLine() const {
    // A label ends with a colon (a full-width one in Chinese), on its line or the next.
    auto hasColon = [](const std::string& text) {
      return text.find(':') != std::string::npos || text.find("\xEF\xBC\x9A") != std::string::npos;
    };
    std::vector<double> shares;
    for (std::size_t i = 0; i + 1 < kept_.size(); ++i) {
      if (!hasColon(line(i).text) && !hasColon(line(i + 1).text)) continue;
      const double width = share(line(i).text);
      if (width > 1.0) continue;  // two printed lines
      if (grammar_.label(labelAt(i))) shares.push_back(width);
    }
    std::sort(shares.begin(), shares.end());
    if (shares.size() < kFewestLabelLines) return kFirstLineShare;
    const double widest = shares[shares.size() * 9 / 10];
    return widest > kFirstLineShare + 0.01 ? std::min(widest + 0.01, kFirstLineShareAtMost)
                                           : kFirstLineShare;
  }

  std::vector<RawParagraph> run() {
    for (std::size_t i = 0; i < kept_.size(); ++i) step(i);
    close();
    if (!paragraphs_.empty() && !kept_.empty()) endPage(paragraphs_.back(), kept_.back()->page);
    return std::move(paragraphs_);
  }

 private:
  const SourceLine& line(std::size_t i) const { return *kept_[i]; }
  bool hasLabelDelimiter(std::string_view text) const {
    return text.find(grammar_.profile().labelDelimiter) != std::string_view::npos;
  }
  std::string withNext(std::size_t i) const {
    return i + 1 < kept_.size() ? joined(line(i).text, line(i + 1).text) : line(i).text;
  }
  // What a label beginning at line i would hold: the line with the next, and
  // one more where the two hold no label's colon (a long office in the
  // brackets: "Mme Okonjo-Mensah (Sous-Secrétaire générale aux" / "affaires
  // politiques et à la consolidation de la paix)" / "(parle en anglais) : …").
  std::string labelAt(std::size_t i) const {
    // A label may wrap onto the next lines, but an address's heading over a
    // label ("…先生阁下讲话" / "恩迪亚耶总统（以法语发言）：") begins none.
    if (!hasLabelDelimiter(line(i).text) && grammar_.beginsAddressHeading(line(i).text))
      return line(i).text;
    // Nor a line that ended short over a label of its own ("一般性辩论" /
    // "卢拉·达席尔瓦总统（…）：…"): a label that wraps fills its first line.
    if (i + 1 < kept_.size() && !hasLabelDelimiter(line(i).text) &&
        hasLabelDelimiter(line(i + 1).text) && grammar_.label(line(i + 1).text) &&
        leftRoomFor(line(i).text, firstWord(line(i + 1).text)))
      return line(i).text;
    std::string out =
        i + 1 < kept_.size() ? labelJoined(line(i).text, line(i + 1).text) : line(i).text;
    // Not over a line that is a label of its own: a heading's last lines
    // ("Mr. Hage Geingob, President of the Republic" / "of Namibia") are no
    // label with the chair's ("The President: Before we …").
    if (i + 2 < kept_.size() && !hasLabelDelimiter(out) && !grammar_.label(line(i + 2).text))
      out = labelJoined(out, line(i + 2).text);
    return out;
  }
  // A label's lines as one. A word its line's end broke at a hyphen goes on
  // with no space, the hyphen kept ("(говорит по-" / "английски):"): the
  // label then reads as the language prints it, where the extraction kept
  // the hyphen (-layout).
  std::string labelJoined(std::string_view left, std::string_view right) const {
    if (text::endsWithLetterHyphen(left) && u_islower(static_cast<UChar32>(text::first(right))))
      return std::string(left) + std::string(right);
    return joined(left, right);
  }
  // Two lines as one, as the language joins them (a space, or none).
  std::string joined(std::string_view left, std::string_view right) const {
    std::string out(left);
    out += grammar_.joiner(left, right);
    out += right;
    return out;
  }

  // What of a line would have had to fit at the end of the line before it for
  // the break to be the typesetter's choice: its first word. Scripts written
  // without spaces break a line after any character: there it is the first
  // character, or the first run of a spaced script's letters and digits.
  static bool hasLetterOrDigit(std::string_view text) {
    for (std::size_t i = 0; i < text.size();)
      if (u_isalnum(static_cast<UChar32>(text::next(text, i)))) return true;
    return false;
  }

  std::string_view firstWord(std::string_view text) const {
    if (grammar_.profile().spacesBetweenWords) {
      // "« encourage": a mark alone before its word (French sets a no-break
      // space there) goes to the next line with it.
      std::size_t end = text.find(' ');
      while (end != std::string_view::npos && !hasLetterOrDigit(text.substr(0, end)))
        end = text.find(' ', end + 1);
      return text.substr(0, end);
    }
    std::size_t end = 0;
    while (end < text.size()) {
      std::size_t next = end;
      const char32_t c = text::next(text, next);
      if (text::isSpace(c)) break;
      if (text::isWide(c)) {
        if (end == 0) end = next;
        break;
      }
      end = next;
    }
    // An opening quote or bracket never ends a line: it goes to the next one
    // with the character after it ("…所提出的" / "“团结一致…").
    if (end < text.size()) {
      std::size_t after = 0;
      const auto type =
          static_cast<UCharCategory>(u_charType(static_cast<UChar32>(text::next(text, after))));
      if (after == end && (type == U_START_PUNCTUATION || type == U_INITIAL_PUNCTUATION))
        text::next(text, end);
    }
    return text.substr(0, end);
  }

  // A speech's sentence that goes on in words a procedural line would be
  // alone (Grammar::sentenceGoesOnInto). Not in a vote's lists, a ballot's
  // table or a heading.
  bool sentenceGoesOnIntoProcedure(std::size_t i) const {
    return speaking_ && !voting_ && !balloting_ && !heading_ &&
           grammar_.sentenceGoesOnInto(last_->text, line(i).text, labelAt(i));
  }

  // Does a procedural sentence begin at line i? It may wrap over a few lines.
  bool proceduralAhead(std::size_t i) const {
    std::vector<std::string_view> ahead;
    for (std::size_t j = i; j < kept_.size() && j <= i + kLinesOfAProceduralSentence; ++j)
      ahead.push_back(line(j).text);
    return grammar_.beginsProcedural(ahead);
  }

  // "“Natural riches and resources are property" / "of the nation and …": a
  // quotation whose lines leave room for the next line's first word, its
  // sentence going on: set in a narrower measure than the column's.
  bool isBlockQuotation(std::size_t i) const {
    if (i + 1 >= kept_.size()) return false;
    const std::string& next = line(i + 1).text;
    const char32_t first = text::first(next);
    return !grammar_.endsSentence(line(i).text) && first != text::kInvalid &&
           u_islower(static_cast<UChar32>(first)) &&
           leftRoomFor(line(i).text, firstWord(next), firstLineShare_);
  }

  // "… and the Commission on Human Rights...”" / "(resolution 48/141, para. 4)":
  // the reference of a quotation, on a line of its own.
  bool isQuotationsReference(std::size_t i) const {
    const std::string& text = line(i).text;
    const char32_t before = text::last(last_->text);
    return text.front() == '(' && text.back() == ')' && text.find('(', 1) == std::string::npos &&
           before != text::kInvalid &&
           (before == U'"' || u_charType(static_cast<UChar32>(before)) == U_FINAL_PUNCTUATION);
  }

  // Does the paragraph's last sentence say what was decided ("… has been
  // adopted as resolution 2316 (2016).")?
  bool endsWithOutcome(std::string_view paragraph) const {
    // Only the paragraph's end can hold its last sentence: asked at every
    // line of a growing paragraph, a search of the whole would be quadratic.
    paragraph = text::tail(paragraph, kOutcomeWindow);
    const auto outcomes = grammar_.outcomes(paragraph);
    if (outcomes.empty()) return false;
    // No sentence ends between the outcome and the paragraph's end but the
    // last ("A/79/L.33" holds a full stop that ends none: no space follows).
    const std::string_view tail = text::trimEnd(paragraph.substr(outcomes.back().where.end));
    const std::string_view ends = grammar_.profile().sentenceEnd;
    const bool spaced = grammar_.profile().spacesBetweenWords;
    for (std::size_t at = 0; at < tail.size();) {
      const std::size_t begin = at;
      text::next(tail, at);
      if (at >= tail.size()) break;
      const bool ended = ends.find(tail.substr(begin, at - begin)) != std::string_view::npos;
      if (ended && (!spaced || text::isSpace(text::first(tail.substr(at))))) return false;
    }
    return true;
  }

  // A paragraph's text after its speaker's label, if it opens with one: "Le
  // Président : Je vais maintenant faire une déclaration en ma qualité de …".
  std::string_view afterLabel(std::string_view paragraph) const {
    if (const auto label = grammar_.label(paragraph))
      return text::trimStart(paragraph.substr(label->length));
    return paragraph;
  }

  // Does a sentence printed as a paragraph of its own ("I now give the floor
  // to …") begin at line i? It may wrap over a few lines.
  bool ownParagraphAhead(std::size_t i) const {
    std::string sentence = line(i).text;
    for (std::size_t j = i;;) {
      if (grammar_.endsSentence(sentence)) return grammar_.isParagraphOfItsOwn(sentence);
      if (++j >= kept_.size() || j > i + 4) return false;
      sentence = joined(sentence, line(j).text);
    }
  }

  double share(std::string_view text) const {
    return measure_ > 0 ? static_cast<double>(text::typesetWidth(text)) / measure_ : 1.0;
  }

  // A line wider than the measure holds two printed lines (pdftotext undid a
  // line-end hyphen and joined them): the widths of the first and of the
  // second, split in the middle of the word that crosses the measure.
  struct Printed {
    int head, tail;
    bool two;
  };
  Printed printed(std::string_view text) const {
    const int total = text::typesetWidth(text);
    if (measure_ <= 0 || total <= measure_ * 11 / 10) return {total, total, false};
    int before = 0;
    for (std::size_t start = 0; start < text.size();) {
      const std::size_t space = std::min(text.find(' ', start), text.size());
      const int upToEnd = text::typesetWidth(text.substr(0, space));
      if (upToEnd > measure_) {
        const int head = (before + upToEnd) / 2;
        return {head, total - head, true};
      }
      before = text::typesetWidth(text.substr(0, space + 1));
      start = space + 1;
    }
    return {total, total, false};
  }

  // Had the line room for `word` and still ended before it?
  // `room`: the share of the measure the line had (less on an indented line).
  bool leftRoomFor(std::string_view text, std::string_view word, double room = 1.0) const {
    if (word.empty()) return true;
    const int needed = text::typesetWidth(joined(text, word));
    return needed <= measure_ * room * roomLimit_;
  }

  // Does the break between two lines fall inside a clock time?
  bool cutsATime(std::string_view previous, std::string_view next) const {
    const std::string both = joined(previous, next);
    const std::size_t cut = previous.size();
    for (const ClockTime& time : grammar_.times(both))
      if (time.where.begin < cut && time.where.end > cut + 1) return true;
    return false;
  }

  // Is line i the first line of a new paragraph, after a line that ended a sentence?
  bool startsParagraph(std::size_t i) const {
    const std::string& text = line(i).text;
    // A line that ended a sentence with room left for this line's first word
    // was a paragraph's last line: no full line ends early. (A paragraph's
    // first line had less room: the indent.)
    const std::string& previous = last_->text;
    // Of two printed lines in one, the second is the one that ended.
    const Printed before = printed(previous);
    const bool previousIsFirst = current_.firstLine == last_->number && !before.two;
    const double room = previousIsFirst ? firstLineShare_ : 1.0;
    // After a colon a line in lower case goes on with its sentence ("… se
    // sont portés coauteurs du projet de résolution :" / "l’Équateur, le
    // Ghana …"), however short the line before: no paragraph begins so.
    if (text::endsWithColon(previous) && u_islower(static_cast<UChar32>(text::first(text))))
      return false;
    // "… в 9 ч." / "00 м. Список ораторов открыт.": a clock time the break
    // cut; its hour's full stop ended no sentence.
    if (cutsATime(previous, text)) return false;
    const int needed =
        text::typesetWidth(joined(previous, firstWord(text))) - (before.two ? before.head : 0);
    if (needed <= measure_ * room * roomLimit_) return true;
    if (i + 1 >= kept_.size()) return false;
    const std::string& next = line(i + 1).text;
    // Of two printed lines in one, the first (hyphenated, so full) is the one
    // that may have been indented; where its width cannot tell, a paragraph
    // opener ("Thirdly, …") does.
    const Printed self = printed(text);
    if (self.two)
      return !startsAnything(i + 1) &&
             (self.head < measure_ * firstLineShare_ || grammar_.opensParagraph(text));
    // A line that ends a sentence and leaves room is a paragraph's last line;
    // after a full line that ended a sentence it is the paragraph's tail more
    // often than a paragraph of its own.
    if (startsAnything(i + 1) ||
        (grammar_.endsSentence(text) && leftRoomFor(text, firstWord(next))))
      return false;
    // A sentence begins with a capital where the script has them: a line in
    // lowercase after a full line goes on with its sentence ("… conflict;" /
    // "it has become …"), whatever its width says.
    const char32_t first = text::first(text);
    if (first != text::kInvalid && u_islower(static_cast<UChar32>(first))) return false;
    // "Secondly, with regard to …": a word that opens paragraphs far more
    // often than not tips a line whose width leaves the question open (no
    // wider than a first line and the margin of error).
    if (grammar_.opensParagraph(text) && share(text) <= firstLineShare_ + widthError_) return true;
    // A line barely short of a first line's width (within the document's
    // margin of error, where measured) is weak evidence: a line broken early
    // by hand, or a long word that did not fit, looks the same. It ends a
    // paragraph of three lines or fewer so far only where nothing else says
    // so: a delegate's paragraphs are rarely that short, but for the first,
    // after the label; the chair's procedural ones often are. (S/PV.8422:
    // "… Central African Republic." / "Russia will continue its active and
    // peaceful work" / "to stabilize …" is one paragraph.)
    if (widthError_ > 0 && !chairSpeaking_ &&
        current_.lineStarts.size() <= kLinesOfAShortParagraph && !grammar_.label(current_.text) &&
        share(text) > firstLineShare_ - widthError_)
      return false;
    return leftRoomFor(text, firstWord(next)) || share(text) < firstLineShare_;
  }

  // Does the line end the procedural sentence the open paragraph began, even
  // where the line alone would pass for one ("En ausencia del Presidente, el
  // Sr. Rai (Papua Nueva" / "Guinea), Vicepresidente, ocupa la Presidencia.")?
  // `ahead`: or with a few lines more ("En ausencia del Presidente, la Sra.
  // Rodríguez" / "Abreu (República Dominicana), Vicepresidenta, ocupa" / "la
  // Presidencia.").
  bool completesProcedural(std::size_t i, std::size_t ahead = 0) const {
    // A row of a ballot's table ("黑山 2") begins no sentence of the chair's,
    // nor does an agenda item's heading ("议程项目27" over "副主席…主持会议。",
    // which a script without spaces would read as one name, round BI).
    if (procedural_.match || !procedural_.longerCouldMatch || current_.ballotRow ||
        current_.text.size() > kLongestProcedural || grammar_.endsSentence(current_.text) ||
        grammar_.isAgendaItemHeading(current_.text))
      return false;
    std::string sentence = current_.text;
    Grammar::ProceduralProbe probe = procedural_;
    for (std::size_t j = i; j < kept_.size() && j <= i + ahead; ++j) {
      sentence = joined(sentence, line(j).text);
      probe = grammar_.probeProcedural(sentence, probe);
      if (probe.match) return true;
      if (!probe.longerCouldMatch || grammar_.endsSentence(sentence)) return false;
    }
    return false;
  }

  // A procedural sentence that matched at an abbreviation's stop goes on in
  // lower case (Grammar::procedureGoesOnInLowerCase).
  bool goesOnInLowerCase(std::size_t i) const {
    return procedural_.match && current_.text.size() <= kLongestProcedural &&
           grammar_.procedureGoesOnInLowerCase(current_.text, line(i).text);
  }

  // A sentence that the line before left on a comma goes on, though its rest
  // reads as a procedural phrase ("…由于一个常任理事国投了反对票，" /
  // "决议草案未获通过。"): the chair's sentence, not a line of the record's.
  bool goesOnAfterComma(std::size_t i) const {
    if (!text::endsWithComma(last_->text)) return false;
    const std::string& text = line(i).text;
    return !voting_ && !balloting_ && grammar_.probeProcedural(text).match &&
           !grammar_.languageSwitch(text) && !grammar_.label(labelAt(i)) && !isVoteLabel(text) &&
           !grammar_.isBallotRow(text);
  }

  // A procedural phrase matched before the line's end, whose sentence goes
  // on: "La séance, suspendue à 10 h 40, est reprise à 11 h" / "55.", "…
  // consacrée à la prière ou à la" / "méditation.". The record ends every
  // procedural sentence: one that did not ends on the next line.
  bool finishesProceduralSentence(std::size_t i, bool ballotRow) const {
    if (!procedural_.match || current_.text.size() > kLongestProcedural ||
        grammar_.endsSentence(current_.text) || ballotRow)
      return false;
    const std::string& text = line(i).text;
    return !startsAnything(i) && !grammar_.isAgendaItemHeading(text) && !startsAgendaTitle(i) &&
           !isVoteLabel(text) && !grammar_.voteResult(text);
  }

  // Line i begins something of its own: a label, a procedural line, a heading.
  bool startsAnything(std::size_t i) const {
    const std::string& text = line(i).text;
    return grammar_.startsBlock(text, labelAt(i)) || grammar_.procedural(withNext(i)) ||
           (grammar_.isAgendaItemHeading(text) && grammar_.endsSentence(line(i - 1).text));
  }

  // "… of agenda item 31." / "Minute of silent prayer or meditation" / "The
  // President: I invite …": a line or two that end no sentence, between a
  // paragraph that ended one and a speaker's label, head what follows: a
  // heading with no number. (Not a vote's or a ballot's last line.)
  bool headsTheNextTurn(std::size_t i) const {
    // A sub-item's heading and its report's may take a line or two more: "(c)
    // Human rights situations and reports of" / "special rapporteurs and
    // representatives" / "Report of the Third Committee (A/80/479/Add.3)".
    // So may an item's title with its document: "La situación en Libia" /
    // "Informe del Secretario General sobre la Misión de Apoyo de las Naciones
    // Unidas" / "en Libia (S/2024/260)".
    auto documentLine = [&](std::size_t j) {
      return j < kept_.size() && grammar_.endsWithDocumentSymbol(line(j).text);
    };
    const std::size_t kHeadingLines =
        grammar_.startsHeading(line(i).text) || documentLine(i + 1) || documentLine(i + 2) ? 4 : 2;
    if (!open_ || voting_ || balloting_ || heading_ || !grammar_.endsSentence(last_->text))
      return false;
    // A heading begins in a capital, or in a sub-item's letter ("a) Application …").
    const char32_t first = text::first(line(i).text);
    if (first == text::kInvalid ||
        (u_islower(static_cast<UChar32>(first)) && !grammar_.isSubItemHeading(line(i).text)))
      return false;
    for (std::size_t j = i; j < kept_.size() && j < i + kHeadingLines; ++j) {
      const std::string& text = line(j).text;
      // A heading ends in a word, a number or a bracket: not in a comma, nor
      // in a hyphen where a word broke.
      const char32_t last = text::last(text);
      const bool punctuated = last != text::kInvalid && last != U')' && last != U'）' &&
                              u_ispunct(static_cast<UChar32>(last));
      if (punctuated || grammar_.endsSentence(text) || text::endsWithColon(text) ||
          grammar_.startsBlock(text, labelAt(j)) || isVoteLabel(text) ||
          grammar_.isBallotRow(text) || listsStates(text))
        return false;
      if (j + 1 < kept_.size() && grammar_.label(labelAt(j + 1))) return true;
    }
    return false;
  }

  // "Китай, Российская Федерация, Сомали": States a vote's list names, which
  // no heading is, even where the vote's label was not read.
  bool listsStates(std::string_view text) const {
    const std::string_view separator = grammar_.profile().vote.separator;
    if (separator.empty() || text.find(separator) == std::string_view::npos) return false;
    for (std::size_t begin = 0; begin <= text.size();) {
      const std::size_t end = std::min(text.find(separator, begin), text.size());
      if (countryCode(text::trim(text.substr(begin, end - begin)), grammar_.profile().code).empty())
        return false;
      begin = end + separator.size();
    }
    return true;
  }

  // Line i goes on with the sentence `previous` left open (no sentence's
  // end, no colon), beginning nothing of its own (a label, a heading, an
  // agenda title): where a page or a column breaks, what the line's measure
  // or indent says of the break is no evidence.
  bool goesOnWithOpenSentence(std::size_t i, const SourceLine& previous) const {
    const SourceLine& current = line(i);
    return !grammar_.endsSentence(previous.text) && !text::endsWithColon(previous.text) &&
           !startsAnything(i) && !startsAgendaTitle(i) &&
           !grammar_.isAgendaItemHeading(current.text) && !grammar_.startsHeading(current.text) &&
           !grammar_.beginsAddressHeading(current.text);
  }

  // Line i heads a page's next column (the reading went back up the page).
  bool headsNextColumn(std::size_t i, const SourceLine& previous) const {
    return line(i).page == previous.page && line(i).number < previous.number;
  }

  // Did line i leave room for the next line's first word?
  bool indented(std::size_t i) const {
    if (i + 1 >= kept_.size()) return true;
    return leftRoomFor(line(i).text, firstWord(line(i + 1).text));
  }

  // Headings are set in their own measure (bold, often narrower): the widest
  // line of the block of headings stands for it.
  bool continuesHeading(const std::string& previous, const SourceLine& nextLine) {
    const std::string& next = nextLine.text;
    // A line that holds two printed lines says nothing of the measure.
    for (const std::string* line : {&previous, &next})
      if (const int width = text::typesetWidth(*line); width <= measure_ * 11 / 10)
        headingMeasure_ = std::max(headingMeasure_, width);
    // "哥伦比亚共和国总统古斯塔沃·佩特罗·乌雷戈" / "先生阁下讲话": an address's
    // heading that only the two lines make.
    if (!next.empty() && !grammar_.beginsAddressHeading(previous) && !wholeAddress(next) &&
        grammar_.beginsAddressHeading(joined(previous, next)))
      return true;
    if (next.empty() || grammar_.startsHeading(next) || grammar_.beginsAddressHeading(next))
      return false;
    // Two lines that together are part of an item of the cover's agenda are
    // one heading, however much room the first seems to leave (a PDF's digits
    // are not as wide as estimated: "…关于第2374（2017）号" / "决议所设…的" /
    // "信（S/2023/578）").
    if (const std::string both = joined(previous, next);
        std::any_of(agenda_.begin(), agenda_.end(),
                    [&](const std::string& item) { return item.find(both) != std::string::npos; }))
      return true;
    const char first = next.front();
    // "(A/64/903)": a heading's document symbol.
    if ((first >= 'a' && first <= 'z') || first == '-' || text::first(next) == U'(' ||
        text::first(next) == U'（')
      return true;
    // "… (Malvinas)" / "The situation of …", "(A/65/456/Add.2 (Part II))" /
    // "Amendment (A/65/L.53)": a heading that closed a parenthesis ended.
    if (const char32_t last = text::last(previous); last == U')' || last == U'）') return false;
    // A line that is a whole item of the cover's agenda ended its heading
    // (what follows in capitals is a sub-item's or another item's title).
    if (std::find(agenda_.begin(), agenda_.end(), previous) != agenda_.end()) return false;
    const auto word = lastWord(previous);
    if (!previous.empty() && previous.back() == '-') return true;
    // "… and Mr. Gaston Thorn," / "President of the thirtieth session …": a
    // heading does not end on a comma.
    if (text::endsWithComma(previous)) return true;
    for (auto continuing : grammar_.profile().continuingWords)
      if (word == continuing) return true;
    if (grammar_.endsSentence(previous)) return false;
    // The extraction sets a blank line between blocks of text: headings side
    // by side, or one under the other with space between, are two headings.
    if (afterBlank_.count(&nextLine)) return false;
    // A heading line that left room for the next word ended its heading.
    const int needed = text::typesetWidth(joined(previous, firstWord(next)));
    return needed > headingMeasure_;
  }

  // "… as was said by" / "Mr. Guterres: international law …": a name and a
  // colon alone (no State, no language note, no title) after a line that
  // ended in mid-sentence go on with the sentence: no label.
  bool bareNameInSentence(std::size_t i) const {
    if (heading_ || voting_ || balloting_ || labelUnfinished_) return false;
    const std::string& previous = last_->text;
    if (grammar_.endsSentence(previous) || text::endsWithColon(previous)) return false;
    // No delimiter on the line or the next, no label: the common case, asked cheaply.
    if (!hasLabelDelimiter(line(i).text) &&
        !(i + 1 < kept_.size() && hasLabelDelimiter(line(i + 1).text)))
      return false;
    const auto label = grammar_.label(labelAt(i));
    return label && !label->title && !label->country.found() && !label->note.found() &&
           !label->role.found();
  }

  // "Address by His Majesty King Abdullah II …, King of the Hashemite Kingdom"
  // / "His Majesty King Abdullah II …, was escorted …": a line under an
  // address's heading that opens with the words naming whom the heading
  // names begins a sentence of its own, however full the heading's line.
  bool repeatsAddressee(std::string_view line) const {
    if (!grammar_.beginsAddressHeading(current_.text)) return false;
    std::size_t end = 0;
    if (grammar_.profile().spacesBetweenWords) {
      for (int words = 0; words < 3 && end != std::string_view::npos; ++words)
        end = line.find(' ', end + 1);
    } else {
      for (int characters = 0; characters < 4 && end < line.size(); ++characters)
        text::next(line, end);
    }
    const std::string_view opening = line.substr(0, end);
    if (opening.size() < 8 || opening.size() == line.size()) return false;
    const std::size_t at = current_.text.find(opening);
    return at != std::string::npos && at > 0;
  }

  // "Agenda item 33 (continued)" begins a heading when it stands where a
  // heading can: not in the middle of a sentence ("… held a joint debate on /
  // agenda items 9 and 119 …").
  bool startsAgendaItem(std::size_t i) const {
    if (!grammar_.isAgendaItemHeading(line(i).text)) return false;
    return !open_ || heading_ || wholeLineUnit_ || grammar_.endsSentence(last_->text);
  }

  // "The result of the voting is as follows:" / "15 votes in favour. …": what
  // a colon announces in lower case, or a count of it, goes on in its
  // paragraph (an item numbered "1." begins a list).
  static bool announcedByColon(std::string_view previous, std::string_view line) {
    if (!text::endsWithColon(previous)) return false;
    const std::size_t digits = std::min(line.find_first_not_of("0123456789"), line.size());
    if (digits > 0 && !line.substr(digits).starts_with(' ')) return false;
    const char32_t opening = text::first(line.substr(digits > 0 ? digits + 1 : 0));
    return opening != text::kInvalid && u_islower(static_cast<UChar32>(opening));
  }

  // An address's heading of its own, its office too where the language
  // prints it before the name ("塞内加尔共和国总统……讲话", not the second
  // line "娅·阿莫尔·莫特利女士阁下讲话" of a wrapped one).
  bool wholeAddress(std::string_view text) const {
    return grammar_.beginsAddressHeading(text) && (grammar_.profile().addressOffice.empty() ||
                                                   !grammar_.officeBeforeName(text).office.empty());
  }

  // The cover's agenda item whose title begins line i, or a speaker's heading
  // ("Address by …", or one only line i and the next make), after a sentence
  // ended.
  bool startsAgendaTitle(std::size_t i) const {
    return (beginsAgendaTitle(line(i).text) || grammar_.beginsAddressHeading(line(i).text) ||
            (!hasLabelDelimiter(line(i).text) && i + 1 < kept_.size() &&
             !wholeAddress(line(i + 1).text) && grammar_.beginsAddressHeading(withNext(i)))) &&
           (!open_ || grammar_.endsSentence(last_->text));
  }

  // "Maintenance of international peace and security": an item of the cover's
  // agenda, its title whole on the line or beginning it, heads its section
  // wherever a sentence has ended (after a vote on the agenda, say).
  bool beginsAgendaTitle(std::string_view text) const {
    return grammar_.beginsTitle(agenda_, text);
  }

  // What a line is that the paragraph before it decides (start() closes that
  // paragraph, so it is asked first): once a line, for step() and start().
  struct Reading {
    bool ballotRow = false;  // ballotRowAt
    bool headsTurn = false;  // headsTheNextTurn
  };

  void step(std::size_t i) {
    const SourceLine& current = line(i);
    const Reading here{ballotRowAt(i), headsTheNextTurn(i)};
    if (!open_) return start(i, here);
    const SourceLine& previous = *last_;
    const std::string& prevText = previous.text;
    if (labelUnfinished_) return join(i);
    // A procedural sentence the line goes on with, complete within three lines
    // ("Par 15 voix contre 3, …, le" / "projet de résolution … est adopté" /
    // "(résolution 80/147).").
    if (completesProcedural(i, 2)) return join(i);
    if (finishesProceduralSentence(i, here.ballotRow)) return join(i);
    if (goesOnInLowerCase(i)) return join(i);
    if (goesOnAfterComma(i)) return join(i);
    if (bareNameInSentence(i)) return join(i);
    if (sentenceGoesOnIntoProcedure(i)) return join(i);
    if (grammar_.startsBlock(current.text, labelAt(i)) ||
        grammar_.isAgendaItemHeading(current.text) || startsAgendaTitle(i))
      return start(i, here);
    if (wholeLineUnit_) return start(i, here);
    // A ballot's rows, each on its own; the first line that is none ends the table.
    if (balloting_ && continuesRow(i)) return join(i);
    if (here.ballotRow || balloting_) return start(i, here);
    if (voting_) {
      // A vote's lists: each label on its own, then its States, however
      // wrapped; or (the 1990s) each label with its States after it on the line.
      if (isVoteLabel(current.text) || isBareVoteLabel(prevText)) return start(i, here);
      if (proceduralAhead(i)) return start(i, here);
      // A line that gives a vote's counts ("Por 120 votos contra 10 y 25
      // abstenciones, queda …") has ended the list, in words no procedural
      // phrase of the profile reads or not.
      if (grammar_.voteResult(current.text)) return start(i, here);
      // No State's name ends a sentence: a list that did has ended.
      if (grammar_.endsSentence(prevText)) return start(i, here);
      if (grammar_.endsListBefore(prevText, current.text)) return start(i, here);
      return join(i);
    }
    if (heading_) {
      if (completesProcedural(i, 3)) return join(i);
      if (continuesHeading(prevText, current) && !repeatsAddressee(current.text)) return join(i);
      // A heading the page's end broke ("كلمة السيد …، رئيس جمهورية فنزويلا" /
      // "البوليفارية"): the line that ended the page says nothing of the
      // measure, and the next page's first line goes on with it unless it
      // begins something of its own.
      if (current.page != previous.page && !here.ballotRow && goesOnWithOpenSentence(i, previous))
        return join(i);
      return start(i, here);
    }
    if (here.headsTurn) return start(i, here);
    if (current.indent >= 0) {
      // The extraction shows indents: a paragraph's first line is indented.
      if (proceduralAhead(i)) return start(i, here);
      // A column's first line after a sentence the column before left open
      // goes on with it, whatever its indent says: right to left, pdftotext sets a
      // line out by its characters' count, and a full line may stand short
      // of the column's edge (round BH, Arabic).
      // (At a page's top the indent decides: pages may come out of order.)
      if (headsNextColumn(i, previous) && goesOnWithOpenSentence(i, previous)) return join(i);
      // In a run of indented lines (a quotation set as a block), a new
      // paragraph begins only after a line that ended short. A speaker's
      // label line is indented as a paragraph's first line is, and no more.
      // Where blank lines set paragraphs apart (a typed record), one after
      // a sentence's end is a paragraph's end, however full its line.
      const bool inBlock =
          previous.indent >= 2 &&
          !(current_.firstLine == previous.number && grammar_.label(current_.text)) &&
          !(blankLinesEndParagraphs_ && afterBlank_.count(&current));
      if (current.indent >= 2 && !isQuotationsReference(i) &&
          (previous.indent < 2 || (grammar_.endsSentence(current_.text) &&
                                   (!inBlock || leftRoomFor(prevText, firstWord(current.text)))))) {
        audit_.inferred("paragraph-start", current.number, current.number,
                        "an indented line: a new paragraph");
        return start(i, here);
      }
      return join(i);
    }
    if (!grammar_.endsSentence(prevText) && text::opensQuotation(current.text) &&
        (leftRoomFor(prevText, firstWord(current.text),
                     current_.firstLine == previous.number ? firstLineShare_ : 1.0) ||
         isBlockQuotation(i))) {
      // "… should now read," / "“the observer of …”": a quotation set as a
      // paragraph of its own after a line that ended short of the measure,
      // or in a narrower measure of its own.
      audit_.inferred("paragraph-start", current.number, current.number,
                      "a quotation after a line that left room for its first word, or set in a "
                      "narrower measure");
      return start(i, here);
    }
    // The paragraph, not only its last line: "(resolution 48/141, para. 4)"
    // ended the sentence it cited on the line before.
    if (grammar_.endsSentence(current_.text) && !isQuotationsReference(i)) {
      if (blankLinesEndParagraphs_ && afterBlank_.count(&current)) {
        audit_.inferred("paragraph-start", current.number, current.number,
                        "a blank line after a sentence's end, in a record that sets its "
                        "paragraphs apart with blank lines: a new paragraph");
        return start(i, here);
      }
      if (proceduralAhead(i)) return start(i, here);
      // Such a sentence stands alone: it begins a paragraph, and the paragraph
      // it made ends with it.
      if (ownParagraphAhead(i) || grammar_.isParagraphOfItsOwn(afterLabel(current_.text))) {
        audit_.inferred("paragraph-start", current.number, current.number,
                        "a sentence that the chair's formulas print as a paragraph of its own");
        return start(i, here);
      }
      // "The draft resolution has been adopted unanimously as resolution
      // 2316 (2016)." The chair's word of what was decided ends its paragraph.
      if (chairSpeaking_ && endsWithOutcome(current_.text)) {
        audit_.inferred("paragraph-start", current.number, current.number,
                        "the chair said what was decided: the paragraph ended there");
        return start(i, here);
      }
      // Where blank lines set paragraphs apart, a line after none goes on.
      if (!blankLinesEndParagraphs_ && !announcedByColon(prevText, current.text) &&
          startsParagraph(i)) {
        audit_.inferred("paragraph-start", current.number, current.number,
                        "a line after a sentence end that was indented (it left room for the "
                        "next word): a new paragraph");
        return start(i, here);
      }
    }
    join(i);
  }

  void start(std::size_t i, const Reading& here) {
    const SourceLine& current = line(i);
    if (open_) close();
    if (!paragraphs_.empty()) endPagesBefore(paragraphs_.back(), current.page);
    current_ = RawParagraph{};
    current_.text = current.text;
    current_.firstLine = current_.lastLine = current.number;
    current_.lineStarts = {{0, current.number}};
    labelUnfinished_ = false;
    const auto speaker = grammar_.label(labelAt(i));
    if (speaker) {
      labelUnfinished_ = !hasLabelDelimiter(current_.text);
      heading_ = false, speaking_ = true, voting_ = false;
      chairSpeaking_ = speaker->title && speaker->title->presiding;
    }
    if (startsAgendaItem(i) || grammar_.isAgendaHeading(current.text) || startsAgendaTitle(i) ||
        here.headsTurn)
      heading_ = true;
    // A ballot's rows are the chair's announcement, also after the line that
    // said who the last group elected ("Group of Eastern European States" /
    // "Number of ballot papers: 187"): never headings.
    if (here.ballotRow) heading_ = false;
    // Headings one under the other share a measure; a report's or a draft's
    // title under an item's title has its own, narrower one.
    if (!heading_ || grammar_.startsHeading(current.text)) headingMeasure_ = 0;
    // "Agenda item 66 (continued)" is a heading of its own, whatever follows.
    wholeLineUnit_ = grammar_.isWholeLineUnit(current.text) || startsAgendaItem(i);
    balloting_ = here.ballotRow;
    current_.ballotRow = here.ballotRow;
    // "Проводится заносимое в отчет о заседании голосова-": a word broken at
    // the line's end may go on into the procedural sentence.
    std::string_view probed = current.text;
    if (text::endsWithLetterHyphen(probed)) probed.remove_suffix(1);
    // A speaker's words are no procedural line, also where they say what one
    // would ("主席：索马里……获得了所需的三分之二多数，当选为……"): the turn goes on.
    procedural_ = speaker ? Grammar::ProceduralProbe{} : grammar_.probeProcedural(probed);
    const auto label = here.ballotRow ? std::nullopt : voteLabel(current.text);
    if (procedural_.match)
      afterProcedural(*procedural_.match);
    else if (label)
      voting_ = true;  // a vote's list, wherever out-of-order columns put it
    else if (voting_ && !lastWasVoteLabel_)
      voting_ = false;
    lastWasVoteLabel_ = label && !label->rest.found();
    current_.outsideSpeech = heading_;
    open_ = true;
    last_ = &current;
    lastPage_ = current.page;
  }

  // After a procedural line: a vote's lists may follow; or no one has the
  // floor any more (headings may follow) unless the line only changed the
  // chair, noted something within a turn, or said who was elected in the
  // chair's announcement of an election's results, which the chair goes on
  // with ("Je félicite les États qui viennent d'être élus").
  void afterProcedural(const ProceduralMatch& match) {
    wholeLineUnit_ = true;
    voting_ = match.kind == NarrativeKind::VoteTaken;
    if (match.kind == NarrativeKind::ChairChange || match.kind == NarrativeKind::Note ||
        match.kind == NarrativeKind::VoteTaken || match.kind == NarrativeKind::Election)
      return;
    heading_ = true;
    speaking_ = false;
  }

  std::optional<Grammar::VoteLabel> voteLabel(std::string_view text) const {
    return grammar_.voteLabel(text);
  }

  bool isVoteLabel(std::string_view text) const { return voteLabel(text).has_value(); }

  // An election's result, row by row: the labelled rows ("Number of ballot
  // papers: 192"), the candidates' rows after them ("Algeria 184", "Mr. X
  // (Austria) . . . 151") and the captions over a group's table ("Group A" /
  // "African and Asia-Pacific States"). Each is a paragraph of its own, so
  // that no count is read into the next row.
  bool ballotRowAt(std::size_t i) const {
    const std::string& text = line(i).text;
    if (balloting_ ? grammar_.isBallotRow(text) || endsWithCount(text) : opensBallot(text))
      return true;
    return captionsBallot(i) || (balloting_ && captionsCandidates(i));
  }

  // Up to two lines that end in a word between candidates' rows, then a
  // candidate's row: a group's caption ("Latin American and Caribbean
  // States" / "Colombia 180"), the Council's seats being filled by group.
  // (As long as a line in Spanish: "Grupo de los Estados de África y de Asia
  // y el Pacífico".)
  // A sentence is none: no group's name holds a comma, and no caption's line
  // or candidate's row begins in lower case ("Habiendo obtenido la mayoría
  // requerida, Hungría queda" / "elegida … por un período que comienza el 1").
  bool captionsCandidates(std::size_t i) const {
    constexpr std::size_t kCaptionLines = 2;
    for (std::size_t j = i; j < kept_.size() && j < i + kCaptionLines + 1; ++j) {
      const std::string& text = line(j).text;
      if (u_islower(static_cast<UChar32>(text::first(text)))) return false;
      if (j > i && endsWithCount(text)) return true;
      const char32_t last = text::last(text);
      if (last == text::kInvalid || u_ispunct(static_cast<UChar32>(last)) ||
          text.find(',') != std::string::npos || grammar_.startsBlock(text, labelAt(j)) ||
          voteLabel(text))
        return false;
    }
    return false;
  }

  // A labelled row that can open a ballot's table: not one that could be a
  // vote's label ("Abstenciones:" heads a recorded vote's list too).
  bool opensBallot(std::string_view text) const {
    return grammar_.isBallotRow(text) && !voteLabel(text);
  }

  // A caption or a candidate's name wrapped over two lines goes on: the line
  // after one with a bracket still open ("Sir Edmund Hargreaves-Lytton (United
  // Kingdom of Great" / "Britain and Northern Ireland) 6"), or one that begins
  // in lower case ("Группа государств Латинской Америки и Карибского" /
  // "бассейна").
  bool continuesRow(std::size_t i) const {
    const std::string& row = current_.text;
    if (!current_.ballotRow || endsWithCount(row) || grammar_.isBallotRow(row) ||
        text::endsWithColon(row) || grammar_.endsSentence(row))
      return false;
    if (text::goesOnInNextLine(row, line(i).text)) return true;
    // "United Kingdom of Great Britain and Northern" / "Ireland 140": a State's
    // name that only the next line completes.
    std::string_view next = line(i).text;
    while (!next.empty() && (std::isdigit(static_cast<unsigned char>(next.back())) ||
                             next.back() == ' ' || next.back() == '.'))
      next.remove_suffix(1);
    const std::string_view code = grammar_.profile().code;
    return countryCode(text::trim(row), code).empty() &&
           !countryCode(joined(text::trim(row), next), code).empty();
  }

  // "Algeria 184": a name, then a count of votes.
  static bool endsWithCount(std::string_view line) {
    constexpr std::size_t kLongestCount = 3;  // no body has a thousand members
    const std::string ascii = text::asciiDigits(text::trimEnd(line));  // "ناميبيا ١٨١" too
    const std::string_view text = ascii;
    std::size_t digits = 0;
    while (digits < text.size() &&
           std::isdigit(static_cast<unsigned char>(text[text.size() - 1 - digits])))
      ++digits;
    if (digits == 0 || digits > kLongestCount || digits == text.size()) return false;
    const std::string_view before = text.substr(0, text.size() - digits);
    const char32_t last = text::last(before);
    return last == U'.' || text::isSpace(last) || text::isWide(last);
  }

  // Up to two short lines that end no sentence, then a ballot's labelled row:
  // the captions of its table, after the announcement or the last group's rows.
  bool captionsBallot(std::size_t i) const {
    constexpr std::size_t kCaptionLines = 2;
    constexpr double kCaptionShare = 0.8;  // a caption is short of the measure
    if (open_ && !balloting_ && !text::endsWithColon(last_->text) &&
        !grammar_.endsSentence(last_->text))
      return false;
    for (std::size_t j = i; j < kept_.size() && j < i + kCaptionLines + 1; ++j) {
      const std::string& text = line(j).text;
      if (j > i && opensBallot(text)) return true;
      if (grammar_.endsSentence(text) || text::endsWithColon(text) || share(text) > kCaptionShare ||
          grammar_.isBallotRow(text) || voteLabel(text))
        return false;
    }
    return false;
  }

  // "Against:" alone on its line: the States follow on the lines after it.
  bool isBareVoteLabel(std::string_view text) const {
    const auto label = voteLabel(text);
    return label && !label->rest.found();
  }

  void join(std::size_t i) {
    const SourceLine& current = line(i);
    endPagesBefore(current_, current.page);
    // A printed line-end hyphen: part of a compound, or only where a word broke.
    // pdftotext's default output has taken out the hyphens of the words it
    // joined: one left there is where a block ended (a column, a page; in a
    // scan, anywhere), and the next line may not hold the word's rest: only
    // the document's own spelling of the word joins the two ("inun-" /
    // "daciones" where it prints "inundaciones").
    // "franco-" / "-británica": Spanish prints a compound's hyphen again at
    // the start of the next line; the compound has one.
    if (current_.text.ends_with('-') && current.text.size() > 1 && current.text.front() == '-' &&
        u_isalpha(static_cast<UChar32>(text::first(std::string_view(current.text).substr(1))))) {
      audit_.removed("line-end-hyphen", current.number, current.number, "-",
                     "a compound's hyphen printed again at the start of the next line");
      append(current, 1);
      return;
    }
    const Hyphen hyphen = endsWithLineBreakHyphen(current_.text, current.text)
                              ? hyphenAt(current_.text, current.text)
                              : Hyphen::None;
    if (hyphen == Hyphen::Suspended) {
      audit_.repaired("line-end-hyphen", last_->number, current.number, "-",
                      "a hyphen that stands for a compound's second part, before a conjunction: "
                      "kept, with the space after it");
      current_.text += ' ';
      append(current);
      return;
    }
    if (hyphen != Hyphen::None && (current.indent >= 0 || hyphen == Hyphen::WordBreak ||
                                   hyphen == Hyphen::Printed || hyphen == Hyphen::Fragments)) {
      if (hyphen == Hyphen::Compound || hyphen == Hyphen::Printed) {
        audit_.repaired("line-end-hyphen", last_->number, current.number, "-",
                        "a compound's hyphen at a line end, kept");
      } else if ((hyphen == Hyphen::Unknown ||
                  // Neither side a word of the document: where the language's
                  // typesetting breaks words at line ends, kept only where the
                  // document shows its lines broken at compounds' hyphens.
                  (hyphen == Hyphen::Fragments && current.indent >= 0 &&
                   (compoundBreaks_ > 0 || !grammar_.profile().breaksWordsAtLineEnds))) &&
                 breaksAtCompounds_) {
        audit_.repaired("line-end-hyphen", last_->number, current.number, "-",
                        wordBreaks_ == 0
                            ? "a line-end hyphen kept: nothing in the document shows a word "
                              "broken at a line end"
                            : "a line-end hyphen kept: the document breaks its lines at "
                              "compounds' hyphens");
      } else {
        current_.text.pop_back();
        // A page that ended after the hyphen ("present-" / page 3 / "ment")
        // ends where the word broke now: never inside the next character.
        for (auto& end : current_.pageEnds) end = std::min(end, current_.text.size());
        audit_.removed("line-end-hyphen", last_->number, last_->number, "-",
                       hyphen == Hyphen::Fragments
                           ? "a hyphen where a word broke at a line end: neither side is a "
                             "word of the document"
                           : "a hyphen where a word broke at a line end");
      }
      append(current);
      reprobeProcedural();
      return;
    }
    if (hyphen == Hyphen::Unknown)
      audit_.repaired("line-end-hyphen", last_->number, current.number, "-",
                      "a line-end hyphen left where a column or page ended, and a space: the "
                      "document does not show whether it broke a word or a compound");
    current_.text += grammar_.joiner(current_.text, current.text);
    append(current);
    reprobeProcedural();
  }

  // A procedural line that wrapped is complete only now. Once no longer text
  // could be one, asking again at every line would be quadratic.
  void reprobeProcedural() {
    if (!procedural_.longerCouldMatch) return;
    procedural_ = grammar_.probeProcedural(current_.text, procedural_);
    if (procedural_.match) afterProcedural(*procedural_.match);
  }

  // The line's text onto the open paragraph (after its hyphen or joiner).
  void append(const SourceLine& current, std::size_t from = 0) {
    current_.lineStarts.emplace_back(current_.text.size(), current.number);
    current_.text += std::string_view(current.text).substr(from);
    current_.lastLine = current.number;
    last_ = &current;
    lastPage_ = current.page;
    labelUnfinished_ = labelUnfinished_ && !hasLabelDelimiter(current_.text);
  }

  static bool endsWithLineBreakHyphen(const std::string& text, const std::string& next) {
    if (text.size() < 2 || text.back() != '-' || next.empty()) return false;
    const char32_t before = text::last(std::string_view(text).substr(0, text.size() - 1));
    const char32_t after = text::first(next);
    return u_isalnum(static_cast<UChar32>(before)) && u_isalnum(static_cast<UChar32>(after));
  }

  // Printed: a compound the document prints with its hyphen elsewhere.
  // Fragments: neither side is a word of the document. Suspended: "troop-" /
  // "and police-contributing", the hyphen of a part shared with a later word.
  enum class Hyphen { None, Printed, Compound, WordBreak, Fragments, Suspended, Unknown };

  // What a printed line-end hyphen was. "Secretary-" / "General’s": a
  // compound's, where the document or the profile spells the compound with
  // one, its second part is capitalised, a digit is next to it ("P5-" /
  // "level", "ES-" / "11/1"), or its parts are two words the document uses
  // ("post-" / "conflict"). "consul-" / "tations": a word broken, where the
  // document prints the word whole.
  Hyphen hyphenAt(const std::string& text, const std::string& next) const {
    std::string_view head = lastWord(std::string_view(text).substr(0, text.size() - 1));
    const std::string_view word = head;
    head =
        head.substr(std::min(head.size(), head.rfind('-') + 1));  // "conflict-affected and post-"
    while (!head.empty() && !u_isalnum(static_cast<UChar32>(text::first(head))))
      head.remove_prefix(1);
    // The next line's word: its letters, and with the hyphens it has
    // ("cessez-" / "le-feu").
    std::string tail, whole;
    for (std::size_t i = 0; i < next.size();) {
      std::size_t at = i;
      const char32_t c = text::next(next, i);
      const bool hyphenBetweenLetters =
          c == U'-' && !whole.empty() && i < next.size() &&
          u_isalpha(static_cast<UChar32>(text::first(next.substr(i))));
      if (!u_isalpha(static_cast<UChar32>(c)) && !hyphenBetweenLetters) break;
      if (!hyphenBetweenLetters && whole.size() == tail.size())
        tail.append(next.substr(at, i - at));
      whole.append(next.substr(at, i - at));
    }
    if (grammar_.beginsAfterSuspendedHyphen(next) &&
        !vocabulary_.printedWhole(std::string(head) + tail))
      return Hyphen::Suspended;
    std::string_view before = word;
    while (!before.empty() && !u_isalnum(static_cast<UChar32>(text::first(before))))
      before.remove_prefix(1);
    if (hyphenated_.count(std::string(head) + "-" + tail) ||
        hyphenated_.count(std::string(before) + "-" + whole))
      return Hyphen::Printed;
    // "Кот-" / "д’Ивуар,": a State's name with its hyphen, as the country
    // table spells it.
    const std::string_view nextWord = std::string_view(next).substr(0, next.find_first_of(" ,;:."));
    if (!before.empty() &&
        !countryCode(std::string(before) + "-" + std::string(nextWord), grammar_.profile().code)
             .empty())
      return Hyphen::Printed;
    const char32_t after = text::first(next);
    if (u_isupper(static_cast<UChar32>(after)) || u_isdigit(static_cast<UChar32>(after)) ||
        u_isdigit(static_cast<UChar32>(text::last(word))))
      return Hyphen::Compound;
    // "twenty-" / "fourth", "non-" / "aligned": a prefix the language prints
    // with its hyphen, as the profile spells it.
    for (auto prefix : grammar_.profile().hyphenatedPrefixes)
      if (text::equalsIgnoringCase(head, prefix) && !tail.empty() &&
          !vocabulary_.printedWhole(std::string(head) + tail))
        return Hyphen::Printed;
    if (vocabulary_.isCompound(head, tail)) return Hyphen::Compound;
    if (vocabulary_.printedWhole(std::string(head) + tail)) return Hyphen::WordBreak;
    // "preo-" / "cupación": neither side a word the document uses.
    if (!head.empty() && !tail.empty() && u_islower(static_cast<UChar32>(after)) &&
        !vocabulary_.knows(head) && !vocabulary_.knows(tail))
      return Hyphen::Fragments;
    // "за-" / "нимаемых": a compound's second part is a word, and where the
    // language breaks words at line ends a part no word of the document is
    // a broken word's, whatever the first part.
    if (grammar_.profile().breaksWordsAtLineEnds && !head.empty() && !tail.empty() &&
        u_islower(static_cast<UChar32>(after)) && !vocabulary_.knows(tail))
      return Hyphen::Fragments;
    return Hyphen::Unknown;
  }

  // Where nothing says what a line-end hyphen was, the document's other
  // line-end hyphens do: UN typesetting breaks lines at a compound's hyphen
  // and seldom inside a word (older records did both). A hyphen is kept
  // unless the document shows words broken more than now and then.
  bool breaksLinesAtCompounds() {
    for (std::size_t i = 0; i + 1 < kept_.size(); ++i) {
      if (line(i).indent < 0 || !endsWithLineBreakHyphen(line(i).text, line(i + 1).text)) continue;
      const Hyphen hyphen = hyphenAt(line(i).text, line(i + 1).text);
      compoundBreaks_ += hyphen == Hyphen::Compound || hyphen == Hyphen::Printed;
      wordBreaks_ += hyphen == Hyphen::WordBreak;
    }
    return wordBreaks_ == 0 || wordBreaks_ * kCompoundsOverWordBreaks <= compoundBreaks_;
  }

  // Pages between the last line taken and a line on `page` ended in between.
  void endPagesBefore(RawParagraph& paragraph, int page) {
    while (lastPage_ > 0 && lastPage_ < page) endPage(paragraph, lastPage_++);
  }

  void endPage(RawParagraph& paragraph, int page) {
    paragraph.pageEnds.push_back(paragraph.text.size());
    auto printed = printedNumbers_.find(page);
    paragraph.pageNumbers.push_back(printed != printedNumbers_.end() ? printed->second : page);
  }

  void close() {
    if (!open_) return;
    closeParagraph(std::exchange(current_, RawParagraph{}), paragraphs_, audit_);
    open_ = false;
  }

  std::vector<const SourceLine*> kept_;
  const Grammar& grammar_;
  std::span<const std::string> agenda_;
  const std::map<int, int>& printedNumbers_;
  Audit& audit_;
  const int measure_;
  const Vocabulary& vocabulary_;
  bool breaksAtCompounds_ = false;  // the document's line-end hyphens are compounds'
  // The line-end hyphens the document's own spellings explain, by what they were.
  int compoundBreaks_ = 0, wordBreaks_ = 0;
  double roomLimit_ = 1.0;
  // How far an estimated width can stray: 1 - roomLimit_ where measured, else 0.
  double widthError_ = 0.0;
  double firstLineShare_ = kFirstLineShare;
  std::unordered_set<std::string>
      hyphenated_;  // compounds the document or profile writes with a hyphen
  std::vector<RawParagraph> paragraphs_;
  RawParagraph current_;
  const SourceLine* last_ = nullptr;
  int lastPage_ = 0;
  bool open_ = false;
  bool heading_ = true;  // no one has the floor: lines are headings until a label
  // The open paragraph begins with a label whose colon is on a line to come:
  // those lines are the label's, whatever they look like ("…阿勒萨尼·先" /
  // "生（卡塔尔）（以阿拉伯语发言）：…").
  bool labelUnfinished_ = false;
  bool speaking_ = false;
  bool chairSpeaking_ = false;  // the turn's label is the chair's
  bool wholeLineUnit_ = false;
  bool balloting_ = false;  // in an election's result table (ballotRowAt)
  // The open paragraph could still become a procedural line as lines join it.
  Grammar::ProceduralProbe procedural_;  // the open paragraph's, so far
  bool voting_ = false;                  // between "A vote was taken" and the end of its lists
  int headingMeasure_ = 0;
  std::unordered_set<const SourceLine*> afterBlank_;  // lines after a blank line
  bool blankLinesEndParagraphs_ = false;              // setsParagraphsApart()
  bool lastWasVoteLabel_ = false;
};

}  // namespace

int typesetMeasure(const std::vector<SourceLine>& lines) {
  std::vector<int> widths;
  for (const auto& line : lines)
    if (!line.removed && line.text.size() >= 30) widths.push_back(text::typesetWidth(line.text));
  if (widths.empty()) return 0;
  std::sort(widths.begin(), widths.end());
  // Where the extraction undid a line-end hyphen it merged the two lines into
  // one: those double-width lines say nothing of the measure.
  const int median = widths[widths.size() / 2];
  std::erase_if(widths, [&](int width) { return width > median * 13 / 10; });
  return widths[static_cast<std::size_t>(widths.size() * kPercentile / 100)];
}

std::vector<RawParagraph> reflowFlow(const std::vector<SourceLine>& lines, const Grammar& grammar,
                                     const std::map<int, int>& printedNumbers,
                                     const Vocabulary& vocabulary, Audit& audit,
                                     std::span<const std::string> agenda) {
  return Flow(lines, grammar, printedNumbers, vocabulary, audit, agenda).run();
}

}  // namespace verbatim
