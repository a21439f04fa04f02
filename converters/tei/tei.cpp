#include "tei/tei.hpp"

#include "core/bodies.hpp"
#include "tei/body.hpp"
#include "tei/cast.hpp"
#include "tei/corpus.hpp"
#include "tei/header.hpp"
#include "tei/names.hpp"
#include "tei/taxonomy.hpp"
#include "tei/validate.hpp"
#include "tei/xml.hpp"

namespace verbatim {

std::string teiFileName(const Metadata& meta) {
  return symbolForFileName(meta.symbol) + "." + meta.language + std::string(kTeiExtension);
}

Result<TeiEdition> writeTei(const Meeting& meeting, const TeiOptions& options) {
  using namespace tei;
  IdRegistry ids;
  const std::string documentId = ids.claim(tei::documentId(meeting.meta));
  const std::string corpusId = ids.claim(documentId + ".corpus");
  claimTaxonomyIds(ids);
  const Cast cast(meeting, ids);
  // ParlaMint's corpus root lists the speakers, at least one: a record in
  // which no speech was recognised (no speaker label, or a language without
  // a profile) has no TEI edition. Said before anything is rendered, in
  // words, rather than as the schema's "listPerson: expecting an element".
  if (cast.people().empty())
    return Error{ErrorKind::InputRejected,
                 "no speaker was recognised in the record, and TEI in ParlaMint's encoding "
                 "needs at least one (its listPerson); convert it to akn or epub only, or pass "
                 "--lang if the language was not recognised",
                 {},
                 0,
                 {}};
  const std::string records = "#" + std::string(kRecordsCategory);

  pugi::xml_document record;
  auto root = record.append_child("TEI");
  attribute(root, "xmlns", kTeiNamespace);
  attribute(root, "xml:id", documentId);
  attribute(root, "xml:lang", cast.recordLanguage());
  attribute(root, "ana", "#" + std::string(kMeetingCategory) + " " + records);
  auto header = element(root, "teiHeader");
  // The body first: the header counts its elements.
  writeText(root, meeting, cast, ids, documentId, records);
  const TagCounts tags = countTags(root.child("text"));
  RecordFacts facts = recordFacts(meeting, cast, documentId, options.date);
  if (!options.recordFileName.empty()) facts.fileName = options.recordFileName;
  writeRecordHeader(header, facts, tags);

  pugi::xml_document corpus;
  writeCorpusRoot(corpus, facts, tags, cast, corpusId);

  TeiEdition edition{serialize(record), serialize(corpus)};
  // For messages: the corpus root is named after the record.
  std::string corpusName = facts.fileName;
  if (corpusName.ends_with(kTeiExtension))
    corpusName.resize(corpusName.size() - kTeiExtension.size());
  corpusName += kTeiCorpusExtension;
  if (auto checked = checkTei({facts.fileName, edition.record, &record},
                              {corpusName, edition.corpus, &corpus}, options.extraSchema);
      !checked)
    return checked.error();
  return edition;
}

}  // namespace verbatim
