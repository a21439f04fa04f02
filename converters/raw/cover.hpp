// The cover page of a PDF extraction (page 1): the symbol, the organ, the
// session, the meeting's number, date, time and place, the President, the
// members and the agenda become metadata; the cover's lines and the correction
// notice come out of the text, into the audit.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/audit.hpp"
#include "raw/grammar.hpp"
#include "raw/lines.hpp"

namespace verbatim {

struct CoverFacts {
  bool found = false;
  std::string symbol;
  std::string body;  // BodyInfo key
  std::string session, status, meetingNumber, dateLine, place;
  std::string meetingLine;  // the meeting as printed: "107th plenary meeting"
  std::string date;         // ISO 8601
  std::string time;         // the time as printed, when the date line gives one
  std::string presidentName, presidentCountry;
  // The second of two Presidents a cover names ("Mr. Kabba/Mr. Keroma"): the
  // chair changed hands, and the record does not say where.
  std::string otherPresident;
  std::string presidentTitle;  // the cover's word for the office: "Presidenta"
  std::string committee;       // the organ's committee, as printed: "First Committee"
  std::vector<std::pair<std::string, std::string>> members;  // State, representative
  std::vector<std::string> agenda;
  int lastLine = 0;  // the last source line of the cover
};

CoverFacts readCover(std::vector<SourceLine>& lines, const Grammar& grammar, Audit& audit);

// The first line of a later page that is a cover page of its own (the organ,
// the date line and the presiding officer, as page 1 prints them): a second
// record in the same file. 0 when there is none.
int laterCoverLine(const std::vector<SourceLine>& lines, const Grammar& grammar);

}  // namespace verbatim
