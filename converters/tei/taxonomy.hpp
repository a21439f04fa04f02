// The taxonomies the record's @ana values point at, kept in the corpus root's
// classDecl: speaker types (ParlaMint's chair, regular, guest), original
// languages (orig.fr, …), the meeting and session categories of
// titleStmt/meeting, and the subcorpus the record's text belongs to.
#pragma once

#include <pugixml.hpp>
#include <string_view>

#include "tei/cast.hpp"
#include "tei/names.hpp"

namespace verbatim::tei {

inline constexpr std::string_view kMeetingCategory = "parla.meeting";
inline constexpr std::string_view kSessionCategory = "parla.session";
inline constexpr std::string_view kRecordsCategory = "verbatimRecords";

// Reserves the fixed xml:ids of the taxonomies and their categories, before
// anything else claims an id.
void claimTaxonomyIds(IdRegistry& ids);

// Appends <classDecl> with every taxonomy.
void writeClassDecl(pugi::xml_node encodingDesc, const Cast& cast);

}  // namespace verbatim::tei
