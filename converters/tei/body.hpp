// The text of the record: <text><body> with one div per section, in
// ParlaMint's encoding.
//
//   AKN                                  TEI
//   debateSection                        div[@type=debateSection] when it has a speech,
//                                        div[@type=commentSection] otherwise
//   heading / subheading                 head / head[@type=sub] (a heading after other
//                                        content starts a new div: head only at the top)
//   speech/from                          note[@type=speaker], the label as printed; not
//                                        repeated for a continuation (stage 1 inserted it)
//   speech                               u[@who][@ana="#chair|#regular|#guest #orig.xx"];
//                                        a new u where the capacity or the original
//                                        language changes, linked by @prev/@next, as are
//                                        the parts of a turn split by a procedural line
//   p in a speech                        seg
//   p holding only "(spoke in French)"   note[@type=language] between the two u
//   narrative                            note[@type=time] (opening, closing, suspension,
//                                        with <time when>), incident[@type=action]/desc
//                                        (a vote was taken, a minute of silence),
//                                        note[@type=comment] (the rest)
//   other (vote lists)                   note[@type=vote-ayes|vote-noes|vote-abstentions],
//                                        @n the count, @corresp the States
//   eop                                  pb (see pages.hpp)
//
// Inline markup ParlaMint does not allow in seg, note or head (people, States,
// roles, document references) is kept as its text.
#pragma once

#include <pugixml.hpp>
#include <string>

#include "core/model.hpp"
#include "tei/cast.hpp"
#include "tei/names.hpp"

namespace verbatim::tei {

// Appends <text ana="…"><body>…</body></text> to `tei`.
void writeText(pugi::xml_node tei, const Meeting& meeting, const Cast& cast, IdRegistry& ids,
               const std::string& documentId, const std::string& textAna);

}  // namespace verbatim::tei
