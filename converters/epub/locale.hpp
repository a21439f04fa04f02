// The words and conventions of an edition in one language: titles, dates,
// labels of the pages the edition adds, the script its stylesheet is for.
// Every difference between languages lives in this table, not in the code.
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace verbatim::epub {

// The writing system an edition is set in: it picks the stylesheet.
enum class Script { Han, Arabic, Latin, Cyrillic };

// How a meeting number reads as an ordinal in a title.
enum class Ordinal {
  Digits,         // the number as it is: "9381" (the pattern carries the rest)
  EnglishSuffix,  // "9381st", "9382nd", "9383rd", "9311th"
};

struct EditionLocale {
  std::string_view language;  // primary subtag of Metadata::language: "zh"
  std::string_view tag;       // the edition's BCP 47 tag: dc:language, xml:lang, lang
  Script script;
  // "{body}" and "{number}" are replaced; {number} is written as `ordinal` says.
  std::string_view meetingTitle;
  // The same for the General Assembly's plenary meetings, which the cover
  // calls so ("102nd plenary meeting", "第61次全体会议").
  std::string_view plenaryMeetingTitle;
  Ordinal ordinal;
  // After the title in the catalogue, where meeting numbers start again each
  // session: "{session}" is replaced (" (Seventy-ninth session)").
  std::string_view sessionOfTitle;
  // "{weekday}", "{day}", "{month}" and "{year}" are replaced.
  std::string_view datePattern;
  std::array<std::string_view, 12> months;
  std::array<std::string_view, 7> weekdays;  // Sunday first
  // Between a speaker's label and what they said (the label is stored without it).
  std::string_view labelSeparator;
  // Spaces the language's typography sets unbreakable: French keeps a
  // no-break space before ":" and inside « », a narrow one before ; ! ?,
  // where the text has a plain space. Each pair: as written, as set.
  std::span<const std::pair<std::string_view, std::string_view>> spacing;
  // A person with their State, as the cover page writes the President: "{name}" and "{state}".
  std::string_view personOfState;
  std::string_view publisher;
  // Headings and labels of the pages the edition adds.
  std::string_view contents;
  std::string_view landmarks;
  std::string_view pageList;
  std::string_view titlePage;
  std::string_view proceedings;  // a section with no heading of its own
  std::string_view date;
  std::string_view time;
  std::string_view place;
  std::string_view presidency;
  std::string_view president;
  std::string_view members;
  std::string_view agenda;
  std::string_view vote;
  // Between the sides of a vote in its table's caption ("In favour 13, …").
  std::string_view listSeparator = ", ";
  // A side of a vote with its count, "{side}" and "{count}" replaced:
  // "In favour 13"; Chinese counts in 票 with no space ("赞成13票").
  std::string_view sideCount = "{side} {count}";
  // schema:accessibilitySummary, in the edition's language: for an edition
  // that marks the printed pages, and for one that has none to mark.
  std::string_view accessibilitySummaryPaged;
  std::string_view accessibilitySummary;
};

// The title, then the session as `sessionOfTitle` says.
std::string titleWithSession(const EditionLocale& locale, std::string_view title,
                             std::string_view session);

// `text` with the locale's spacing applied.
std::string withSpacing(const EditionLocale& locale, std::string_view text);

// By BCP 47 tag or primary subtag ("zh", "zh-Hans", "ar"), or null.
const EditionLocale* findEditionLocale(std::string_view language);

// Written right to left (from the project's language table).
bool rightToLeft(const EditionLocale& locale);

// "安全理事会第9381次会议", "Security Council, 9381st meeting"; `plenary`:
// "General Assembly, 102nd plenary meeting".
std::string meetingTitle(const EditionLocale& locale, std::string_view body,
                         std::string_view number, bool plenary = false);

// A vote's side and its count as the caption prints them ("In favour 13", "赞成13票").
std::string sideCount(const EditionLocale& locale, std::string_view side, int count);

// "Mr. Adom (Côte d’Ivoire)", "张军先生（中国）"; the name alone without a State.
std::string personOfState(const EditionLocale& locale, std::string_view name,
                          std::string_view state);

// "2023年7月18日星期二", "Tuesday, 18 July 2023"; empty unless `isoDate` is a
// real date written YYYY-MM-DD.
std::string longDate(const EditionLocale& locale, std::string_view isoDate);

}  // namespace verbatim::epub
