// AKN → EPUB 3 edition (issue 4): one EPUB per language version, rendered
// from the Meeting read back from a validated AKN file.
//
// The edition (EPUB/ in the container):
//   title.xhtml   the title page: symbol, title, date, time, place, President
//                 or presidency, members and agenda, as far as the record says
//   nav.xhtml     contents (record → agenda item → speaker), landmarks, and
//                 the list of printed pages
//   part-N.xhtml  the record: a new document at each agenda item after the
//                 first, so that long records open fast; anchors are the AKN
//                 eIds (dbsect_3__speech_2)
//   style.css     the rules of the edition's script (Han, Arabic, Latin, Cyrillic)
//   package.opf   Dublin Core, EPUB Accessibility 1.1, the manifest and spine
//
// Printed pages: a `doc-pagebreak` marker where each page begins, named by
// the number printed on it (the number its AKN <eop> carries). A page whose
// number was not printed gets no marker and no entry in the page list:
// nothing is counted or guessed.
//
// The same Meeting and options give the same bytes on any machine: fixed
// entry order, every ZIP entry dated `modified` in UTC (DOS time cannot go
// before 1980: earlier moments are written as 1980-01-01), and dc:identifier
// the name-based UUID (v5) of the record's AKN work IRI.
#pragma once

#include <string>

#include "core/model.hpp"
#include "core/result.hpp"

namespace verbatim {

struct EpubOptions {
  // dcterms:modified and the time of every ZIP entry, UTC, "CCYY-MM-DDThh:mm:ssZ".
  // The command sets it from SOURCE_DATE_EPOCH when set; empty: midnight UTC
  // of the meeting date, so that the same AKN gives the same bytes.
  std::string modified;
};

// The EPUB container's bytes, validated in-process before they are returned:
// the project's RELAX NG grammars (schemas/epub-*.rng) for the package,
// navigation and content documents, every link's target, and the container
// (mimetype first and stored, manifest and archive in agreement). Errors:
// InputRejected for a record no edition can be made of (no language edition,
// no content, a malformed `modified`), ValidationFailed when a check fails
// (a bug), Io when the archive cannot be made.
Result<std::string> writeEpub(const Meeting& meeting, const EpubOptions& options);

// Compiles the grammars now rather than at the first edition (once per
// process either way): a run with a core to spare does it while stage 1 runs.
void prepareEpubChecks();

}  // namespace verbatim
