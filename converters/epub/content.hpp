// The XHTML content documents of an edition: the title page, then the
// record's sections, split into documents at agenda items (see layout.hpp).
#pragma once

#include <string>
#include <vector>

#include "core/model.hpp"
#include "core/result.hpp"
#include "epub/layout.hpp"
#include "epub/locale.hpp"

namespace verbatim::epub {

struct XhtmlFile {
  std::string file;  // inside the package directory: "part-1.xhtml"
  std::string xml;
};

// What the title page and the package say about the meeting, in the
// edition's language.
// Empty strings and lists for what the record does not say.
struct RecordFacts {
  std::string title;  // "安全理事会第9381次会议"
  // dc:title: the title, and the session where meeting numbers start again
  // each session (the Assembly's): "General Assembly, 29th meeting (Seventy-ninth session)".
  std::string catalogueTitle;
  std::string body;         // "安全理事会"
  std::string session;      // as the cover page prints it: "Seventy-third year"
  std::string status;       // as the cover page prints it: "Provisional"
  std::string date;         // the cover's date line, else "2023年7月18日星期二"
  std::string openingTime;  // as printed: "上午10时05分"; empty when the date line has it
  // The title the record gives its presiding officer ("الرئيسة", "Présidente"),
  // else the locale's word for the office.
  std::string presidentTitle;
  std::string president;   // "Mr. Adom (Côte d’Ivoire)"
  std::string presidency;  // the presiding State, when the President's name is unknown
  struct Member {
    std::string state, person;
  };
  std::vector<Member> members;
  std::vector<std::string> agenda;  // the cover's agenda, when the record has no agenda items
};

RecordFacts recordFacts(const Meeting& meeting, const EditionLocale& locale);

// The title page (kTitleFile): symbol, title, date, time, place, presidency, agenda.
XhtmlFile renderTitlePage(const Meeting& meeting, const RecordFacts& facts,
                          const BookLayout& layout, const EditionLocale& locale);

// One document per entry of layout.parts. Fails only on a bug: when the
// content and the layout disagree on the page ends.
Result<std::vector<XhtmlFile>> renderParts(const Meeting& meeting, const RecordFacts& facts,
                                           const BookLayout& layout, const EditionLocale& locale);

}  // namespace verbatim::epub
