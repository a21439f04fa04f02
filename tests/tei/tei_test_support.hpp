// What the TEI tests share: the records they render, the official schemas
// (compiled once per test process), and the check that nothing of the AKN is
// missing from the TEI.
#pragma once

#include <filesystem>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "core/model.hpp"
#include "tei/tei.hpp"
#include "validate/validator.hpp"

namespace verbatim::tei_testing {

// The AKN records rendered in-process: the Chinese golden file and the
// synthetic records in tests/tei/data/.
std::vector<std::filesystem::path> aknFixtures();
Meeting readAknFile(const std::filesystem::path& path);
// writeTei with the default options; throws (failing the test) on error.
TeiEdition render(const Meeting& meeting);

// A meeting made up in code for what no record has: every narrative kind,
// cover-page metadata, a heading after content, a section of headings only,
// an empty section, turns split and continued, a speech without paragraphs,
// unnumbered page ends and text after the last one, awkward ids.
Meeting edgeMeeting();

pugi::xml_document parse(const std::string& xml);
// All text under `node`, markers left out.
std::string textOf(pugi::xml_node node);

// An official schema from ../shared/schemas/tei, compiled once per process.
const Schema& officialSchema(const std::string& relativePath);
// Problems found, "name:line: message", at most 5; empty when valid.
std::vector<std::string> problemsAgainst(const Schema& schema, const std::string& xml,
                                         const std::string& name);
// The corpus root with its XInclude replaced by the record (as xmllint
// --xinclude does), for validation against tei_all.rng.
std::string expandCorpus(const TeiEdition& edition);

// Every heading, procedural line, speaker label, paragraph, language note,
// vote list and page end of `meeting` has its counterpart in the TEI, in
// order, with the same text; every utterance points at the right speaker.
// One line per discrepancy; empty when nothing is dropped.
std::vector<std::string> droppedContent(const Meeting& meeting, const TeiEdition& edition);

// Is java with jing's jar installed (for the cross-check with jing)?
bool jingAvailable();
// Runs jing on `files` against `schema`; exit code and output.
struct JingResult {
  int exitCode = -1;
  std::string output;
};
JingResult runJing(const std::filesystem::path& schema,
                   const std::vector<std::filesystem::path>& files, bool xincludeOff = true);

}  // namespace verbatim::tei_testing
