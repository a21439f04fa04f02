// The organs of the United Nations that keep verbatim records, and how a
// record's symbol names them.
#pragma once

#include <string>
#include <string_view>

namespace verbatim {

struct BodyInfo {
  std::string_view key;           // as given with --body: "SC", "GA"
  std::string_view symbolPrefix;  // "S/", "A/"
  std::string_view actor;         // AKN actor in IRIs: "un-sc"
  std::string_view id;            // TLCOrganization id: "unsc"
  std::string_view english;       // "Security Council"
  // Its agenda's items are numbered ("Agenda item 68"): a heading without a
  // number ("Minute of silent prayer or meditation", "Tribute to …") heads
  // no item. The Council's items are their titles.
  bool numbersItems = false;
};

// The href of an office of the Secretariat or of an organ that a label
// names ("Department for General Assembly and Conference Management"), before
// its id: such an organisation is no State.
inline constexpr std::string_view kOfficePrefix = "/akn/ontology/organization/un/office.";

const BodyInfo* findBody(std::string_view key);
// By TLCOrganization id: "unsc" → SC.
const BodyInfo* findBodyById(std::string_view id);
// The body whose records carry this symbol ("S/PV.9381" → SC), or null.
const BodyInfo* bodyOfSymbol(std::string_view symbol);
// The English name of the Assembly's Main Committee whose record the symbol
// names ("A/C.1/79/PV.21" → "First Committee"); empty for any other.
std::string_view committeeOfSymbol(std::string_view symbol);
// The meeting number in a verbatim record's symbol: "S/PV.9381" → "9381",
// "A/79/PV.29" → "29"; empty when the symbol has none.
std::string meetingNumberOfSymbol(std::string_view symbol);
// A symbol as AKN's work number and as a file name: "/" → "-" and "_",
// space → "_", and nothing else but letters, digits, '.', '-', '_' and '(' ')'.
std::string symbolForIri(std::string_view symbol);
std::string symbolForFileName(std::string_view symbol);

}  // namespace verbatim
