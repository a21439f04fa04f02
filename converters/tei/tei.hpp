// AKN → TEI P5 in ParlaMint's encoding (issue 5), rendered from the Meeting
// read back from a validated AKN file.
//
// A language version of a record becomes two files, because ParlaMint keeps
// a meeting's text and the description of who speaks in it apart:
//
//   S_PV.9381.zh.tei.xml        the record: a ParlaMint corpus component (root
//                               TEI). Valid against tei_all.rng and
//                               ParlaMint-TEI.rng. Its header has the title,
//                               the meeting, the source with its undocs.org
//                               address, the publication and licence
//                               statements, the setting and the real element
//                               counts; its body the sections, speaker notes,
//                               utterances, paragraphs, procedural lines,
//                               votes and page beginnings.
//   S_PV.9381.zh.teiCorpus.xml  its corpus root (root teiCorpus), which
//                               XIncludes the record: every person and State
//                               that speaks or votes (particDesc), the
//                               languages (langUsage), the taxonomies of
//                               speaker types and original languages. Valid
//                               against ParlaMint-teiCorpus.rng, and against
//                               tei_all.rng once the XInclude is expanded.
//
// ParlaMint-TEI.rng allows nothing but settingDesc in a component's
// profileDesc, so a single file cannot hold particDesc and stay valid; the
// @who and @ana of the record point into its corpus root, as in every
// ParlaMint corpus. Read the two together, they are one TEI document.
//
// Mapping and decisions: converters/tei/README.md.
#pragma once

#include <string>
#include <string_view>

#include "core/model.hpp"
#include "core/result.hpp"

namespace verbatim {

// The names of the two files after the record's name ("S_PV.9381.zh").
inline constexpr std::string_view kTeiExtension = ".tei.xml";
inline constexpr std::string_view kTeiCorpusExtension = ".teiCorpus.xml";

struct TeiOptions {
  // The date the TEI was made (publicationStmt/date), "CCYY-MM-DD". The
  // command sets it from SOURCE_DATE_EPOCH; empty: the meeting date, so that
  // the same AKN gives the same bytes.
  std::string date;
  // A further schema (.rng, .xsd, .sch) the record must pass, e.g. tei_all.rng
  // (--tei-schema). Compiled once per process, on first use.
  std::string extraSchema;
  // The name the record is written under, which the corpus root XIncludes;
  // empty: teiFileName of the meeting's metadata.
  std::string recordFileName;
};

struct TeiEdition {
  std::string record;  // S_PV.9381.zh.tei.xml
  std::string corpus;  // S_PV.9381.zh.teiCorpus.xml
};

// Both files, validated in-process before they are returned: the project's
// RELAX NG grammar for the profile (schemas/tei-verbatim.rng), the link check
// (every #target of @who, @ana, @corresp, @ref, @prev and @next exists, every
// xml:id is unique across the two files) and the extra schema when given.
// Errors: Usage when the extra schema cannot be compiled, ValidationFailed
// when a check fails.
Result<TeiEdition> writeTei(const Meeting& meeting, const TeiOptions& options);

// "S_PV.9381.zh.tei.xml": the name the corpus root's XInclude points at, the
// name the command writes the record under.
std::string teiFileName(const Metadata& meta);

// Compiles the profile's grammar now rather than at the first record (once
// per process either way): a run with a core to spare does it while stage 1 runs.
void prepareTeiChecks();

}  // namespace verbatim
