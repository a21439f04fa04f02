#include "raw/cover.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <optional>

#include "core/countries.hpp"
#include "core/text.hpp"
#include "raw/furniture.hpp"
#include "raw/pattern.hpp"

namespace verbatim {
namespace {

// Dot leaders between a State and its representative: "France . . . . ." or
// "France.......", or two only where a long State leaves room for no more
// ("Royaume-Uni de Grande-Bretagne et d’Irlande du Nord . . Dame Barbara Woodward").
const Pattern& leaders() {
  static const Pattern compiled(R"(\s*\.(?:\s*\.){2,}\s*|\s+\. \.\s+|(?:\s*\.){2,}\s*$)");
  return compiled;
}

// "Mr. Adom (Côte d’Ivoire)": the name, and the State in brackets.
const Pattern& parenthesised() {
  static const Pattern compiled(R"((.*?)\s*\(([^()]+)\)?\s*)");
  return compiled;
}

std::string withoutLeaders(const std::string& text) {
  return std::string(text::trim(leaders().replaceAll(text, " ")));
}

// Dot leaders set apart from their name by a wide gap are a piece of their
// own in a layout extraction: nothing to read.
bool onlyLeaders(const std::string& text) { return withoutLeaders(text).empty(); }

// A row of the cover's table: dot leaders between its two sides.
bool hasLeaders(const std::string& text) {
  return leaders().replaceAll(text, "\x1F").find('\x1F') != std::string::npos;
}

// Brackets as ASCII: scripts set in full width print "（中国）".
std::string asciiBrackets(std::string text) {
  for (auto [wide, ascii] : {std::pair{"（", "("}, std::pair{"）", ")"}})
    for (auto at = text.find(wide); at != std::string::npos; at = text.find(wide, at))
      text.replace(at, std::string_view(wide).size(), ascii);
  return text;
}

class CoverReader {
 public:
  CoverReader(std::vector<SourceLine>& lines, const Grammar& grammar, Audit& audit)
      : lines_(lines), grammar_(grammar), audit_(audit) {
    for (std::size_t i = 0; i < lines.size() && lines[i].page <= 1; ++i)
      if (!lines[i].blank()) page_.push_back(i);
  }

  CoverFacts run() {
    if (!looksLikeCover()) {
      // No masthead to read (a scanned record, say): its symbol and date may
      // still be there, on the first pages.
      page_.clear();
      for (std::size_t i = 0; i < lines_.size() && lines_[i].page <= 2; ++i)
        if (!lines_[i].blank()) page_.push_back(i);
      findSymbolAnywhere();
      for (std::size_t k = 0; k < page_.size() && facts_.date.empty(); ++k)
        if (auto date = dateOn(text(k))) setDate(*date);
      return facts_;
    }
    facts_.found = true;
    std::size_t k = 0;
    // A cover line first, then the text proper: the cover's "President:"
    // may be the very word that opens the President's labels.
    bool afterPresident = false;  // the line before was the President's
    for (; k < page_.size(); ++k) {
      const bool presidentKnown = !facts_.presidentName.empty();
      if (auto last = take(k)) {
        k = *last;
        afterPresident = !presidentKnown && !facts_.presidentName.empty();
        continue;
      }
      if (startsBody(k) || (afterPresident && beginsProse(k))) break;
      afterPresident = false;
    }
    // The symbol may be among the distribution lines the notice removal takes.
    if (facts_.symbol.empty()) findSymbolAnywhere();
    if (!facts_.presidentName.empty() && facts_.presidentCountry.empty()) presidentsStateApart(k);
    removeCorrectionNotice();
    for (std::size_t j = 0; j < k && j < page_.size(); ++j) {
      facts_.lastLine = std::max(facts_.lastLine, lines_[page_[j]].number);
      removeLine(lines_[page_[j]], "cover-page",
                 "the cover page: its facts are the record's metadata", audit_);
    }
    // A masthead set beside the symbol ("الوثائق الرسمية" left of "الجمعية
    // العامة"): where columns were read apart, its status comes after the
    // text of the first column. A line of page 1 that is the status alone is
    // the cover's.
    if (facts_.status.empty())
      for (std::size_t j = k; j < page_.size(); ++j)
        if (!lines_[page_[j]].removed && grammar_.cover(CoverField::Status, text(j))) {
          facts_.status = text(j);
          removeLine(lines_[page_[j]], "cover-page",
                     "the cover page's status, set beside its masthead", audit_);
          break;
        }
    return facts_;
  }

 private:
  const std::string& text(std::size_t k) const { return lines_[page_[k]].text; }
  std::string joined(std::size_t k, const char* glue = " ") const {
    return k + 1 < page_.size() ? text(k) + glue + text(k + 1) : text(k);
  }

  // A known State in brackets and nothing else on the line ("(Maldives)",
  // "（德国）"). (A label's State has its label's words around it.)
  std::optional<std::string> bracketedState(std::string_view printed) const {
    const std::string line = asciiBrackets(std::string(text::trim(printed)));
    if (line.size() < 3 || line.front() != '(' || line.back() != ')' ||
        line.find('(', 1) != std::string::npos)
      return std::nullopt;
    std::string state(text::trim(std::string_view(line).substr(1, line.size() - 2)));
    if (countryCode(state, grammar_.profile().code).empty()) return std::nullopt;
    return state;
  }

  // The President's State that the default extraction set apart from the
  // cover, after the first column's text ("M. Shahid . . . . ." / … /
  // "(Maldives)"): the first line of page 1 from `from` on that is one.
  void presidentsStateApart(std::size_t from) {
    for (std::size_t j = from; j < page_.size(); ++j) {
      const auto state = bracketedState(text(j));
      if (!state) continue;
      facts_.presidentCountry = *state;
      removeLine(lines_[page_[j]], "cover-page",
                 "the President's State, set apart from the cover by the extraction", audit_);
      return;
    }
  }

  // Some covers print the symbol apart from the masthead (at the foot, or
  // after the first lines of text): any line of page 1 that is the symbol.
  void findSymbolAnywhere() {
    for (std::size_t k = 0; k < page_.size(); ++k) {
      auto [symbol, last] = symbolAt(k);
      if (symbol.empty()) continue;
      facts_.symbol = std::move(symbol);
      for (std::size_t j = k; j <= last; ++j)
        removeLine(lines_[page_[j]], "cover-page", "the record's symbol on the first page", audit_);
      return;
    }
  }

  // The record's symbol at line k ("A /76/PV.102": extraction puts spaces in
  // symbols), and the last line it takes: "S/PV.5432" / "(Resumption 1)", a
  // resumed meeting's over two lines.
  std::pair<std::string, std::size_t> symbolAt(std::size_t k) const {
    if (k + 1 < page_.size() && text(k + 1).starts_with('('))
      if (std::string symbol = recordSymbolOf(joined(k)); !symbol.empty()) return {symbol, k + 1};
    return {recordSymbolOf(text(k)), k};
  }

  bool looksLikeCover() const {
    int markers = 0;
    for (std::size_t k = 0; k < page_.size() && k < 120; ++k) {
      markers +=
          grammar_.cover(CoverField::Body, text(k)) || grammar_.cover(CoverField::Body, joined(k))
              ? 1
              : 0;
      markers += grammar_.cover(CoverField::Date, text(k)) ? 1 : 0;
      markers += grammar_.cover(CoverField::President, text(k)) ? 1 : 0;
    }
    return markers >= 2;
  }

  // The text proper begins: a procedural line, a speaker label, a heading.
  // The compounds' hyphens are not repaired yet ("…, VicePresident, took the
  // Chair."): the procedural patterns are tried on the line with them back.
  // Lines are joined as the script joins them: "主席缺席，副主席贝拉先生（多米尼加
  // 共和国）" / "主持会议。" with no space between.
  static constexpr std::size_t kLinesOfAProceduralSentence = 4;

  bool startsBody(std::size_t k) const {
    const std::string& line = text(k);
    const char* glue = grammar_.profile().spacesBetweenWords ? " " : "";
    if (grammar_.startsBlock(line, joined(k, glue)) || grammar_.isAgendaHeading(line) ||
        grammar_.isAgendaItemHeading(line))
      return true;
    // A procedural sentence over up to four lines, its words broken at line
    // ends put back together ("… занимает замести-" / "тель Председателя г-н
    // Ариф (Бангла-" / "деш).").
    std::string sentence = text(k);
    for (std::size_t n = 1; n < kLinesOfAProceduralSentence && k + n < page_.size(); ++n) {
      const std::string& next = text(k + n);
      if (text::endsWithLetterHyphen(sentence) &&
          u_islower(static_cast<UChar32>(text::first(next))))
        sentence.pop_back();
      else
        sentence += glue;
      sentence += next;
      if (grammar_.procedural(withCompounds(sentence))) return true;
    }
    return false;
  }

  // "主席：弗朗西斯先生 ……（特立尼达和多巴哥）" / "因主席缺席，副主席马尔科维奇先生（黑山）"
  // / "代行主席职务。": a sentence right under the President's line, of words
  // no cover field has, is the text's first (a procedural line the profile
  // does not know), not the cover's: kept, not removed with the cover.
  bool beginsProse(std::size_t k) const {
    constexpr std::size_t kShortestSentence = 12;  // characters
    if (hasLeaders(text(k)) || grammar_.cover(CoverField::CorrectionNotice, text(k))) return false;
    const char* glue = grammar_.profile().spacesBetweenWords ? " " : "";
    std::string sentence;
    for (std::size_t n = 0; n < kLinesOfAProceduralSentence && k + n < page_.size(); ++n) {
      sentence += (n == 0 ? "" : glue) + text(k + n);
      if (grammar_.endsSentence(sentence))
        return text::countCodePoints(sentence) >= kShortestSentence && !dateOn(sentence);
    }
    return false;
  }

  std::string withCompounds(std::string text) const {
    for (std::string_view compound : grammar_.profile().compounds) {
      std::string closed;
      for (char c : compound)
        if (c != '-') closed += c;
      if (closed.size() == compound.size()) continue;
      for (auto at = text.find(closed); at != std::string::npos; at = text.find(closed, at))
        text.replace(at, closed.size(), compound);
    }
    return text;
  }

  // Reads the cover line at k (and the lines that go with it); returns the
  // last index used, or nothing when the line is none of the cover's.
  std::optional<std::size_t> take(std::size_t k) {
    const std::string& line = text(k);
    if (facts_.symbol.empty())
      if (auto [symbol, last] = symbolAt(k); !symbol.empty()) {
        facts_.symbol = std::move(symbol);
        return last;
      }
    for (const char* glue : {"", " "}) {
      const std::string pair = joined(k, glue);
      if (k + 1 < page_.size() && facts_.meetingNumber.empty())
        if (auto m = grammar_.cover(CoverField::Meeting, pair)) {
          facts_.meetingNumber = std::string(m->number.in(pair));
          facts_.meetingLine = pair;
          return k + 1;
        }
    }
    if (auto m = grammar_.cover(CoverField::Meeting, line)) {
      facts_.meetingNumber = std::string(m->number.in(line));
      facts_.meetingLine = line;
      return k;
    }
    if (facts_.body.empty()) {
      if (grammar_.cover(CoverField::Body, line)) return setBody(line), k;
      if (k + 1 < page_.size() && grammar_.cover(CoverField::Body, joined(k)))
        return setBody(joined(k)), k + 1;
    }
    if (grammar_.cover(CoverField::Status, line)) return facts_.status = line, k;
    if (facts_.committee.empty() && grammar_.cover(CoverField::Committee, line))
      return facts_.committee = line, k;
    if (grammar_.cover(CoverField::Session, line)) return facts_.session = line, k;
    // "Undécimo período extraordinario" / "de sesiones de emergencia".
    if (k + 1 < page_.size() && facts_.session.empty() &&
        grammar_.cover(CoverField::Session, joined(k)))
      return facts_.session = joined(k), k + 1;
    if (grammar_.cover(CoverField::Place, line)) return facts_.place = line, k;
    if (facts_.date.empty() || facts_.time.empty()) {
      // The time may be on the date's line or on the next ("at 3 p.m."). A
      // date with its time is the meeting's, also after one without: a
      // 1990s masthead prints the day the record was issued ("T/PV.1700 /
      // 31 May 1994") above "on Tuesday, 17 May 1994, at 3 p.m.".
      auto timed = [](const std::optional<CoverDate>& date) { return date && !date->time.empty(); };
      if (auto date = dateOn(line); timed(date)) return setDate(*date), k;
      // Not a time the text's first line gives: "8 November 1996" / "The
      // meeting was called to order at 10.45 a.m." (a page with no cover).
      if (k + 1 < page_.size() && !startsBody(k + 1))
        if (auto date = dateOn(joined(k)); timed(date)) return setDate(*date), k + 1;
      if (facts_.date.empty())
        if (auto date = dateOn(line)) return setDate(*date), k;
    }
    // Each once: the President's first label may look like the cover's line.
    if (facts_.presidentName.empty())
      if (auto m = grammar_.cover(CoverField::President, line)) {
        facts_.presidentTitle = std::string(m->title.in(line));
        return president(k, std::string(m->rest.in(line)));
      }
    if (!readMembers_)
      if (auto m = grammar_.cover(CoverField::Members, line)) {
        readMembers_ = true;
        // "成员：  阿尔巴尼亚 . . . . 霍查先生": the first member on the label's line.
        return members(k + 1, std::string(m->rest.in(line)));
      }
    if (facts_.agenda.empty() && grammar_.cover(CoverField::Agenda, line)) return agenda(k + 1);
    return std::nullopt;
  }

  void setBody(const std::string& printed) {
    for (const auto& [key, name] : grammar_.profile().bodies) {
      std::string a(name), b = printed;
      for (auto* s : {&a, &b})
        for (auto& c : *s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (a == b) facts_.body = std::string(key);
    }
  }

  // The meeting's date as a cover line prints it, with its time if given.
  struct CoverDate {
    std::string iso, line, time;
  };
  std::optional<CoverDate> dateOn(const std::string& line) const {
    auto m = grammar_.cover(CoverField::Date, line);
    if (!m) return std::nullopt;
    const int month = grammar_.month(m->month.in(line));
    if (month == 0) return std::nullopt;
    char iso[16];
    // The cover's \\d is any script's digit ("٣ حزيران/يونيه ٢٠٢٦").
    const std::string year = text::asciiDigits(m->year.in(line));
    const std::string day = text::asciiDigits(m->day.in(line));
    if (year.size() != 4 || day.empty() || day.size() > 2 ||
        year.find_first_not_of("0123456789") != std::string::npos ||
        day.find_first_not_of("0123456789") != std::string::npos)
      return std::nullopt;
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", std::stoi(year), month, std::stoi(day));
    return CoverDate{iso, line, std::string(m->time.in(line))};
  }

  void setDate(CoverDate date) {
    facts_.date = std::move(date.iso);
    facts_.dateLine = std::move(date.line);
    facts_.time = std::move(date.time);
  }

  // "President: Mr. Adom . . . . . (Côte d’Ivoire)", over one to three lines.
  std::size_t president(std::size_t k, std::string rest) {
    std::size_t last = k;
    auto skipLeaders = [&] {
      while (last + 1 < page_.size() && last < k + 4 && onlyLeaders(text(last + 1))) ++last;
    };
    skipLeaders();
    if (text::trim(rest).empty() && last + 1 < page_.size()) {
      // "主席：" / "成员：" / "议程": the labels of a cover set as a table,
      // its rows after them (agenda() reads them): no name.
      if (grammar_.cover(CoverField::Members, text(last + 1)) ||
          grammar_.cover(CoverField::Agenda, text(last + 1)))
        return k;
      // The masthead's status set between the label and the name, where the
      // extraction put it ("Presidente:" / "Documentos oficiales" / "Sr.
      // Bozkır …… (Turquía)"): the cover's status, not the President.
      if (last + 2 < page_.size() && grammar_.cover(CoverField::Status, text(last + 1))) {
        if (facts_.status.empty()) facts_.status = text(last + 1);
        ++last;
      }
      rest = text(++last);
    }
    skipLeaders();
    rest = asciiBrackets(withoutLeaders(rest));
    // "Presidenta:" / "(Ecuador)" / "Sra. Espinosa Garcés . . . .": a cover
    // set as a table, read with the State before the name.
    if (const std::string_view bracket = text::trim(rest);
        bracket.starts_with('(') && bracket.ends_with(')') && last + 1 < page_.size() &&
        isName(text(last + 1))) {
      facts_.presidentCountry = std::string(text::trim(bracket.substr(1, bracket.size() - 2)));
      facts_.presidentName = std::string(text::trim(withoutLeaders(text(++last))));
      skipLeaders();
      return last;
    }
    // "Mr. Lammy …… (United Kingdom of Great Britain" / "and Northern Ireland)".
    while (rest.find('(') != std::string::npos && rest.find(')') == std::string::npos &&
           last + 1 < page_.size() && last < k + 4)
      rest += " " + asciiBrackets(text(++last));
    if (auto m = parenthesised().match(rest)) {
      facts_.presidentName = (*m)[1];
      facts_.presidentCountry = (*m)[2];
    } else {
      facts_.presidentName = rest;
      if (last + 1 < page_.size() && asciiBrackets(text(last + 1)).front() == '(') {
        ++last;
        std::string country = asciiBrackets(text(last));
        // "(United Kingdom of Great Britain" / "and Northern Ireland)": a long
        // State wraps; its bracket closes on a later line.
        while (country.find(')') == std::string::npos && last + 1 < page_.size() && last < k + 4)
          country += " " + asciiBrackets(text(++last));
        facts_.presidentCountry = std::string(text::trim(std::string_view(country).substr(1)));
        if (!facts_.presidentCountry.empty() && facts_.presidentCountry.back() == ')')
          facts_.presidentCountry.pop_back();
      }
    }
    // "Mr. Kabba/Mr. Keroma": a minister who presided part of the meeting, and
    // the representative after; the first opened it.
    if (const auto slash = facts_.presidentName.find('/'); slash != std::string::npos) {
      facts_.otherPresident =
          std::string(text::trim(std::string_view(facts_.presidentName).substr(slash + 1)));
      facts_.presidentName = std::string(text::trim(facts_.presidentName.substr(0, slash)));
      audit_.inferred("president", lines_[page_[k]].number, lines_[page_[last]].number,
                      "the cover names two Presidents, '" + facts_.presidentName + "' and '" +
                          facts_.otherPresident +
                          "': the first opened the meeting; the President's turns are the "
                          "presiding State's, as the record does not say which of the two spoke");
    }
    return last;
  }

  // A representative's name, told from a State by its honorific.
  bool isName(const std::string& line) const {
    return !honorificOf(grammar_.profile(), withoutLeaders(line)).empty();
  }

  // "Argentina . . . . . . Mr. Mayoral": a State, its dot leaders and its
  // representative on one line.
  std::optional<std::pair<std::string, std::string>> stateAndName(const std::string& line) const {
    const std::string marked = leaders().replaceAll(line, "\x1F");
    const std::size_t at = marked.find('\x1F');
    if (at == std::string::npos || marked.find('\x1F', at + 1) != std::string::npos)
      return std::nullopt;
    std::string state(text::trim(std::string_view(marked).substr(0, at)));
    std::string name(text::trim(std::string_view(marked).substr(at + 1)));
    if (state.empty() || name.empty() || !isName(name) || isName(state)) return std::nullopt;
    return std::pair{std::move(state), std::move(name)};
  }

  // States with dot leaders, and their representatives, listed apart or
  // interleaved: paired by position.
  std::size_t members(std::size_t k, const std::string& onLabelLine) {
    std::vector<std::string> states, names;
    std::size_t last = k - 1;
    const std::size_t first = k - 1;  // the "Members:" line
    // What the last lines taken were: a name alone, a State alone.
    bool lastWasName = false, lastWasState = false, nameBeforeState = false;
    bool lastWasPair = false;  // a State and its representative on one line
    // A bracket opened and not closed on its line, which the next closes:
    // the President's State wrapped ("(Russian" / "Federation)").
    std::string opened;
    auto take = [&](const std::string& printed) {
      std::string line = printed;
      if (!opened.empty()) {
        line = std::exchange(opened, std::string()) + " " + printed;
      } else if (text::trim(printed).starts_with('(') && printed.find(')') == std::string::npos) {
        opened = printed;
        return;
      }
      // Dot leaders alone, a rule under the list ("_____"): no member.
      if (onlyLeaders(line) || isMarkOnly(line)) return;
      // The President's State, which the extraction set among the members
      // ("主席： 维特克先生 . . . ." / "成员： 阿塞拜疆 . . . ." / "（德国）"): no member.
      if (facts_.presidentCountry.empty() && !facts_.presidentName.empty())
        if (auto state = bracketedState(line)) {
          facts_.presidentCountry = *state;
          return;
        }
      // -layout sets a State's line between the two lines of its
      // representative's name ("Dame Barbara" / "Reino Unido … . . ." / "Woodward").
      const bool wasName = std::exchange(lastWasName, false) ||
                           (std::exchange(lastWasState, false) && nameBeforeState);
      const bool wasPair = std::exchange(lastWasPair, false);
      nameBeforeState = false;
      if (auto pair = stateAndName(line)) {
        // "Argentina . . . . . Mr. Mayoral": the two on one line; or the rest
        // of a State begun on the line before ("Соединенное Королевство
        // Великобритании" / "и Северной Ирландии . . . . г-н Кариуки").
        if (states.size() > names.size() && continuesState(states.back(), pair->first))
          states.back() += " " + pair->first;
        else
          states.push_back(pair->first);
        names.push_back(pair->second);
        lastWasPair = true;
      } else if (isName(line)) {
        names.push_back(withoutLeaders(line));
        lastWasName = true;
      } else if (!states.empty() && continuesState(states.back(), line)) {
        // "Соединенное Королевство Великобритании и Северной" / "Ирландии . . .":
        // a State too long for its line.
        states.back() += " " + withoutLeaders(line);
      } else if (!names.empty() && (wasName || wasPair || names.back().ends_with('-')) &&
                 continuesName(line)) {
        // "Dame Barbara" / "Woodward": a name too long for its column, which
        // no State's leaders follow; or, -layout, "Sra. Thomas-" / "Estados
        // Unidos de América . . ." / "Greenfield"; or after its State on one
        // line ("Colombia . . . . Sr. Fernández de Soto" / "Valderrama").
        names.back() += (names.back().ends_with('-') ? "" : " ") + withoutLeaders(line);
        lastWasName = true;
      } else {
        states.push_back(withoutLeaders(line));
        nameBeforeState = wasName;
        lastWasState = true;
      }
    };
    if (!text::trim(onLabelLine).empty()) take(onLabelLine);
    // "الرئيسة:" / "الأعضاء:" / "السيدة نسيبة . . . (الإمارات العربية المتحدة)":
    // the labels stacked, the President's row is the table's first.
    if (k < page_.size() && hasLeaders(text(k)) && presidentsRow(text(k))) last = k++;
    for (; k < page_.size(); ++k) {
      const std::string& line = text(k);
      if (grammar_.cover(CoverField::Agenda, line) || startsBody(k) ||
          grammar_.cover(CoverField::CorrectionNotice, line))
        break;
      take(line);
      last = k;
    }
    if (!opened.empty()) states.push_back(withoutLeaders(opened));  // never closed
    // A title the profile does not know ("Дама Барбара Вудворд") makes a
    // representative pass for a State, and every pair after it wrong.
    if (!names.empty() && names.size() != states.size())
      audit_.warn(lines_[page_[first]].number,
                  "the cover page lists " + std::to_string(states.size()) + " members and " +
                      std::to_string(names.size()) +
                      " representatives; paired by position, they may be wrong");
    for (std::size_t i = 0; i < states.size(); ++i)
      facts_.members.emplace_back(states[i], i < names.size() ? names[i] : std::string());
    return last;
  }

  // Could `line` be the rest of a name: a word or two (more is a line of its
  // own, a title the profile does not know before a name), no leaders, no digit,
  // and no State's name.
  bool continuesName(const std::string& line) const {
    constexpr long kWordsOfANameEnd = 2;
    if (hasLeaders(line) || std::any_of(line.begin(), line.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c)) != 0;
        }))
      return false;
    const std::string name(text::trim(line));
    if (name.empty() || std::count(name.begin(), name.end(), ' ') >= kWordsOfANameEnd) return false;
    return countryCode(name, grammar_.profile().code).empty();
  }

  // Is `line` the rest of the State begun on the line before? Only where the
  // first alone names no State and the two together name one, or begin one
  // that a third line ends ("United Kingdom of Great" / "Britain" / "and
  // Northern Ireland").
  bool continuesState(const std::string& previous, const std::string& line) const {
    const auto language = grammar_.profile().code;
    if (!countryCode(previous, language).empty()) return false;
    const std::string joined = previous + " " + withoutLeaders(line);
    return !countryCode(joined, language).empty() || beginsCountryName(joined, language);
  }

  // A line of marks alone, no letter or digit (S/PV.8422's cover prints "."
  // above the notice).
  static bool isMarkOnly(std::string_view line) {
    return std::none_of(line.begin(), line.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) != 0 || (c & 0x80) != 0;
    });
  }

  // The agenda's items, each possibly wrapped over several lines.
  std::size_t agenda(std::size_t k) {
    std::size_t last = k - 1;
    for (; k < page_.size(); ++k) {
      const SourceLine& line = lines_[page_[k]];
      if (startsBody(k) || grammar_.cover(CoverField::CorrectionNotice, line.text)) break;
      if (isMarkOnly(line.text)) {
        last = k;
        continue;
      }
      // A blank line ends the agenda, unless a document of the item follows
      // it, set apart ("Rapport du Secrétaire général … (S/2025/18)").
      if (page_[k] > 0 && lines_[page_[k] - 1].blank() && !facts_.agenda.empty() &&
          !grammar_.startsHeading(line.text) && !itemsUpToNotice(k))
        break;
      // A row with dot leaders is the cover's table read after its labels
      // ("主席：" / "成员：" / "议程" / "托马斯-格林菲尔德女士 . . . .（美利坚合众国）" /
      // "阿尔巴尼亚 . . . . 霍查先生"): the President's or a member's, no item.
      if (hasLeaders(line.text)) {
        tableRow(line.text);
        last = k;
        continue;
      }
      const bool continues =
          !facts_.agenda.empty() && continuesHeading(facts_.agenda.back(), line.text);
      if (continues)
        facts_.agenda.back() += std::string(glue(facts_.agenda.back(), line.text)) + line.text;
      else
        facts_.agenda.push_back(line.text);
      last = k;
    }
    return last;
  }

  void tableRow(const std::string& line) {
    if (auto pair = stateAndName(line)) {
      facts_.members.emplace_back(std::move(pair->first), std::move(pair->second));
      return;
    }
    presidentsRow(line);
  }

  // "托马斯-格林菲尔德女士 . . . .（美利坚合众国）": the President's row of a cover
  // set as a table after its labels, a name and its State in brackets (no
  // member's row brackets its State). Read, if the President is not yet known.
  bool presidentsRow(const std::string& line) {
    if (!facts_.presidentName.empty()) return false;
    const std::string row = asciiBrackets(withoutLeaders(line));
    auto m = parenthesised().match(row);
    if (!m || !isName(std::string((*m)[1]))) return false;
    facts_.presidentName = std::string(text::trim((*m)[1]));
    facts_.presidentCountry = std::string(text::trim((*m)[2]));
    return true;
  }

  // A second item set apart by a blank line ("中东局势，包括巴勒斯坦问题" /
  // "" / "中非共和国局势"): titles, and nothing else, from k to the
  // correction notice under the agenda.
  bool itemsUpToNotice(std::size_t k) const {
    for (; k < page_.size(); ++k) {
      const std::string& line = text(k);
      if (grammar_.cover(CoverField::CorrectionNotice, line)) return true;
      if (lines_[page_[k]].blank()) continue;
      // A mark alone above the notice (S/PV.8422 prints "."): no item, nor an end.
      if (isMarkOnly(line)) continue;
      // A job number ("97-85299 (E)") is no item.
      const bool numeral = std::isdigit(static_cast<unsigned char>(line.front())) != 0;
      if (numeral || startsBody(k) || grammar_.endsSentence(line)) return false;
    }
    return false;
  }

  // An agenda line that ends in a hyphen breaks a compound there ("police-"
  // / "contributing countries"): the cover's titles are typeset to break at
  // compounds, not inside words. The line after a hyphen that stands for a
  // compound's second part ("troop-" / "and police-…") keeps its space.
  std::string_view glue(const std::string& previous, const std::string& next) const {
    if (text::endsWithLetterHyphen(previous) &&
        u_islower(static_cast<UChar32>(text::first(next))) &&
        !grammar_.beginsAfterSuspendedHyphen(next))
      return "";
    return grammar_.joiner(previous, next);
  }

  bool continuesHeading(const std::string& previous, const std::string& next) const {
    if (next.empty()) return false;
    if (u_islower(static_cast<UChar32>(text::first(next))) || next.front() == '(') return true;
    // "Carta de fecha … ante las Naciones" / "Unidas (S/2026/190)": a
    // document's line (a report, a letter) goes on to its symbol.
    if (!grammar_.startsHeading(next) && !grammar_.endsWithDocumentSymbol(previous) &&
        (grammar_.endsWithDocumentSymbol(next) || grammar_.startsHeading(previous)))
      return true;
    auto space = previous.rfind(' ');
    std::string lastWord = previous.substr(space == std::string::npos ? 0 : space + 1);
    for (auto word : grammar_.profile().continuingWords)
      if (lastWord == word) return true;
    // "… the Permanent Representative of the United" / "Kingdom to the United
    // Nations …": a State's name broken by the line.
    if (!grammar_.profile().spacesBetweenWords) return false;
    const std::string firstWord = next.substr(0, next.find(' '));
    return withinStateName(lastWord + " " + firstWord, grammar_.profile().code) &&
           countryCode(lastWord, grammar_.profile().code).empty();
  }

  // Each block of the first page that begins as the notice does (older
  // records set it in pieces, with the distribution lines between).
  void removeCorrectionNotice() {
    for (std::size_t k = 0; k < page_.size(); ++k) {
      if (lines_[page_[k]].removed || !grammar_.cover(CoverField::CorrectionNotice, text(k)))
        continue;
      // To the blank line or the page end that ends the block (a line taken out
      // already is no end). A blank line in mid-sentence is spacing inside the
      // notice (an extraction may space its lines apart): it goes on.
      const int page = lines_[page_[k]].page;
      std::optional<std::string> last;  // the notice's last line so far
      std::vector<std::size_t> notice;
      std::size_t characters = 0;
      for (std::size_t i = page_[k]; i < lines_.size() && lines_[i].page == page; ++i) {
        if (lines_[i].removed) continue;
        if (lines_[i].blank()) {
          if (!last || grammar_.endsSentence(*last)) break;
          last.reset();  // two blank lines end it
          continue;
        }
        last = lines_[i].text;
        notice.push_back(i);
        characters += text::countCodePoints(lines_[i].text);
      }
      // A notice is a few sentences: a block that runs on far longer is text
      // the notice's words begin (a page whose line ends were lost), kept.
      constexpr std::size_t kLongestNotice = 1500;  // characters
      if (characters > kLongestNotice) {
        audit_.warn(lines_[page_[k]].number,
                    "the notice on corrections runs on for " + std::to_string(characters) +
                        " characters without a blank line or a page end: kept as text (are "
                        "the file's line ends lost?)");
        continue;
      }
      for (const std::size_t i : notice)
        removeLine(lines_[i], "correction-notice",
                   "the notice on corrections at the foot of the first page", audit_);
    }
  }

  std::vector<SourceLine>& lines_;
  const Grammar& grammar_;
  Audit& audit_;
  std::vector<std::size_t> page_;  // indexes of page 1's non-blank lines
  CoverFacts facts_;
  bool readMembers_ = false;
};

}  // namespace

CoverFacts readCover(std::vector<SourceLine>& lines, const Grammar& grammar, Audit& audit) {
  return CoverReader(lines, grammar, audit).run();
}

int laterCoverLine(const std::vector<SourceLine>& lines, const Grammar& grammar) {
  // A cover's organ, date and presiding officer come in its first lines (the
  // members and the agenda after them): asking every line of every page
  // took a twentieth of a long record's conversion.
  constexpr std::size_t kCoverLines = 40;
  std::size_t first = 0;
  while (first < lines.size()) {
    const int page = lines[first].page;
    std::size_t end = first;
    while (end < lines.size() && lines[end].page == page) ++end;
    if (page > 1) {
      bool body = false, date = false, president = false;
      std::size_t seen = 0;
      for (std::size_t i = first; i < end && seen < kCoverLines; ++i) {
        if (lines[i].blank() || lines[i].removed) continue;
        ++seen;
        const std::string& text = lines[i].text;
        body = body || grammar.cover(CoverField::Body, text);
        date = date || grammar.cover(CoverField::Date, text);
        president = president || grammar.cover(CoverField::President, text);
      }
      if (body && date && president) return lines[first].number;
    }
    first = end;
  }
  return 0;
}

}  // namespace verbatim
