#include "epub/epub.hpp"

#include "akn/iri.hpp"
#include "epub/container.hpp"
#include "epub/content.hpp"
#include "epub/identifier.hpp"
#include "epub/layout.hpp"
#include "epub/locale.hpp"
#include "epub/nav.hpp"
#include "epub/package.hpp"
#include "epub/style.hpp"
#include "epub/timestamp.hpp"
#include "epub/validate.hpp"

namespace verbatim {
namespace {

Error refuse(std::string message) {
  return Error{ErrorKind::InputRejected, std::move(message), {}, 0, {}};
}

epub::Resource xhtml(epub::XhtmlFile file, std::string id, bool inSpine) {
  return {std::move(file.file), std::move(id), "application/xhtml+xml", {}, inSpine,
          std::move(file.xml)};
}

}  // namespace

Result<std::string> writeEpub(const Meeting& meeting, const EpubOptions& options) {
  using namespace epub;
  const EditionLocale* locale = findEditionLocale(meeting.meta.language);
  if (!locale)
    return refuse(meeting.meta.language.empty()
                      ? "the record's language is not known: an edition needs one of ar, en, es, "
                        "fr, ru, zh"
                      : "no EPUB edition for the language '" + meeting.meta.language +
                            "': editions are made in ar, en, es, fr, ru, zh");
  if (meeting.sections.empty()) return refuse("the record has no content to make an edition of");
  if (meeting.meta.symbol.empty()) return refuse("the record has no symbol");
  // dcterms:modified and the ZIP entries' time: given, or the meeting day.
  const auto moment =
      options.modified.empty() ? startOfDay(meeting.meta.date) : parseModified(options.modified);
  if (!moment)
    return refuse(options.modified.empty()
                      ? "the meeting date '" + meeting.meta.date + "' is not a date (YYYY-MM-DD)"
                      : "the modification time '" + options.modified +
                            "' is not CCYY-MM-DDThh:mm:ssZ");

  const BookLayout layout = layOut(meeting, *locale);
  const RecordFacts facts = recordFacts(meeting, *locale);
  auto parts = renderParts(meeting, facts, layout, *locale);
  if (!parts) return parts.error();

  // Manifest order is reading order: title page, contents, the record.
  std::vector<Resource> resources;
  resources.push_back(xhtml(renderTitlePage(meeting, facts, layout, *locale), "title-page", true));
  resources.push_back(xhtml(renderNav(facts, layout, *locale), "nav", true));
  resources.back().properties = "nav";
  for (std::size_t i = 0; i < parts.value().size(); ++i)
    resources.push_back(xhtml(std::move(parts.value()[i]), "part-" + std::to_string(i + 1), true));
  resources.push_back(
      {std::string(kStyleFile), "style", "text/css", {}, false, styleSheet(locale->script)});

  PackageFacts package;
  // An edition is of one language version: the expression's IRI names it,
  // so that the French and the Arabic editions of a record are two books.
  package.identifier = "urn:uuid:" + uuid5(kUrlNamespace, recordIris(meeting.meta).expression);
  package.title = facts.catalogueTitle;
  package.language = std::string(locale->tag);
  package.creator = facts.body.empty() ? std::string(locale->publisher) : facts.body;
  package.publisher = std::string(locale->publisher);
  package.date = meeting.meta.date;
  package.source = meeting.meta.symbol;
  package.modified = formatModified(*moment);
  package.rightToLeft = rightToLeft(*locale);
  package.pageMarkers = !layout.pages().empty();
  package.accessibilitySummary = std::string(package.pageMarkers ? locale->accessibilitySummaryPaged
                                                                 : locale->accessibilitySummary);
  const std::string opf = packageDocument(package, resources);

  if (auto checked = checkPublication(resources, opf, locale->tag); !checked)
    return checked.error();

  const std::string container = containerDocument();
  std::vector<ContainerEntry> entries = {{"mimetype", kMimetype, true},
                                         {std::string(kContainerPath), container, false},
                                         {std::string(kPackagePath), opf, false}};
  for (const auto& resource : resources)
    entries.push_back({std::string(kPackageDirectory) + resource.file, resource.bytes, false});
  auto archive = packContainer(entries, dosTime(*moment));
  if (!archive) return archive.error();
  if (auto checked = checkContainer(archive.value()); !checked) return checked.error();
  return archive;
}

}  // namespace verbatim
