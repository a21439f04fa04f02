#include "epub/nav.hpp"

#include "epub/xhtml.hpp"

namespace verbatim::epub {
namespace {

pugi::xml_node link(pugi::xml_node list, const std::string& href, const std::string& label) {
  auto item = list.append_child("li");
  auto a = item.append_child("a");
  a.append_attribute("href") = href.c_str();
  a.text().set(label.c_str());
  return item;
}

// <nav epub:type=… id=… aria-labelledby=…><hN id=…>label</hN><ol/></nav>; returns the list.
pugi::xml_node startNav(pugi::xml_node body, const char* type, const char* id, const char* role,
                        const char* heading, std::string_view label, bool hidden) {
  auto nav = body.append_child("nav");
  nav.append_attribute("epub:type") = type;
  nav.append_attribute("id") = id;
  if (role) nav.append_attribute("role") = role;
  const std::string headingId = std::string(id) + "-title";
  nav.append_attribute("aria-labelledby") = headingId.c_str();
  // Hidden navigation is for reading systems' menus; the contents show.
  if (hidden) nav.append_attribute("hidden") = "hidden";
  auto title = nav.append_child(heading);
  title.append_attribute("id") = headingId.c_str();
  title.text().set(std::string(label).c_str());
  return nav.append_child("ol");
}

}  // namespace

XhtmlFile renderNav(const RecordFacts& facts, const BookLayout& layout,
                    const EditionLocale& locale) {
  pugi::xml_document document;
  auto body = startXhtml(document, locale, locale.contents);

  auto toc = startNav(body, "toc", "toc", "doc-toc", "h1", locale.contents, false);
  auto record = link(toc, std::string(kTitleFile), facts.title);
  if (!layout.toc.empty()) {
    auto sections = record.append_child("ol");
    pugi::xml_node item;  // the entry of the last section of its own
    // An entry's list of speakers and parts, made when first needed.
    auto listOf = [](pugi::xml_node entry) {
      auto list = entry.child("ol");
      return list ? list : entry.append_child("ol");
    };
    for (const auto& entry : layout.toc) {
      pugi::xml_node speakersIn;
      switch (item ? entry.nesting : Nesting::Own) {
        case Nesting::Own:
          speakersIn = item = link(sections, entry.section.href(), entry.section.label);
          break;
        case Nesting::Part:
          speakersIn = link(listOf(item), entry.section.href(), entry.section.label);
          break;
        case Nesting::GoesOn: speakersIn = item; break;
      }
      if (entry.speakers.empty()) continue;
      auto speakers = listOf(speakersIn);
      for (const auto& speaker : entry.speakers) link(speakers, speaker.href(), speaker.label);
    }
  }

  auto landmarks = startNav(body, "landmarks", "landmarks", nullptr, "h2", locale.landmarks, true);
  auto landmark = [&](const char* type, const std::string& href, std::string_view label) {
    link(landmarks, href, std::string(label)).child("a").prepend_attribute("epub:type") = type;
  };
  landmark("titlepage", std::string(kTitleFile), locale.titlePage);
  landmark("toc", "#toc", locale.contents);
  if (!layout.parts.empty()) landmark("bodymatter", layout.parts.front(), locale.proceedings);

  if (const auto pages = layout.pages(); !pages.empty()) {
    auto list =
        startNav(body, "page-list", "page-list", "doc-pagelist", "h2", locale.pageList, true);
    for (const auto& page : pages) link(list, page.file + "#" + page.id, page.number);
  }
  return {std::string(kNavFile), serializeXml(document)};
}

}  // namespace verbatim::epub
