// The corpus root of a record (teiCorpus): what ParlaMint keeps beside a
// meeting's text. Its header says who speaks (particDesc: every organisation
// and person of the record), in which languages (langUsage), and defines the
// categories the record's @ana values point at (classDecl); then it
// XIncludes the record.
#pragma once

#include <pugixml.hpp>

#include "tei/cast.hpp"
#include "tei/header.hpp"

namespace verbatim::tei {

// Fills `document` with the corpus root, its xml:id `corpusId`.
void writeCorpusRoot(pugi::xml_document& document, const RecordFacts& facts, const TagCounts& tags,
                     const Cast& cast, const std::string& corpusId);

}  // namespace verbatim::tei
