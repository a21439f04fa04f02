#include "epub/inlines.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "epub/xhtml.hpp"

namespace verbatim::epub {
namespace {

bool isWebLink(std::string_view href) {
  return href.starts_with("https://") || href.starts_with("http://");
}

}  // namespace

bool hasRightToLeftLetters(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (text::isRightToLeft(text::next(text, i))) return true;
  }
  return false;
}

InlineWriter::InlineWriter(const BookLayout& layout, const EditionLocale& locale)
    : layout_(layout), locale_(locale), rightToLeft_(rightToLeft(locale)) {}

void InlineWriter::write(pugi::xml_node parent, const Inlines& content) {
  for (const auto& run : content) writeRun(parent, run);
}

void InlineWriter::writeBlock(pugi::xml_node element, const Inlines& content) {
  writePageEnds(element.parent(), writeLeavingTrailingPageEnds(element, content));
}

std::size_t InlineWriter::writeLeavingTrailingPageEnds(pugi::xml_node parent,
                                                       const Inlines& content) {
  std::size_t end = content.size();
  while (end > 0 && content[end - 1].kind == InlineKind::PageEnd) --end;
  for (std::size_t i = 0; i < end; ++i) writeRun(parent, content[i]);
  return content.size() - end;
}

void InlineWriter::writePageEnds(pugi::xml_node parent, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) writePageEnd(parent);
}

void InlineWriter::writeLabel(pugi::xml_node paragraph, const Inlines& from, bool editorial) {
  if (editorial) paragraph.append_child(pugi::node_pcdata).set_value("[");
  pugi::xml_node speaker;
  for (const auto& run : from) {
    switch (run.kind) {
      case InlineKind::Language:
      case InlineKind::PageEnd:
        // "الرئيسة " before its language note: the space between them is
        // not the name's, and goes after the bold.
        if (pugi::xml_node last = speaker.last_child(); last.type() == pugi::node_pcdata) {
          const std::string text = last.value();
          const std::size_t kept = text.find_last_not_of(' ') + 1;  // 0: spaces only
          if (kept < text.size()) {
            if (kept == 0)
              speaker.remove_child(last);
            else
              last.set_value(text.substr(0, kept).c_str());
            paragraph.append_child(pugi::node_pcdata).set_value(text.substr(kept).c_str());
          }
        }
        writeRun(paragraph, run);
        speaker = {};
        break;
      case InlineKind::Text:
      case InlineKind::Person:
      case InlineKind::Organization:
      case InlineKind::Role:
      case InlineKind::DocumentRef:
      case InlineKind::Time:
      case InlineKind::Quantity:
      case InlineKind::Outcome:
        if (!speaker) {
          speaker = paragraph.append_child("b");
          speaker.append_attribute("class") = "speaker";
        }
        writeRun(speaker, run);
        break;
    }
  }
  paragraph.append_child(pugi::node_pcdata)
      .set_value(((editorial ? "]" : "") + std::string(locale_.labelSeparator)).c_str());
}

void InlineWriter::writeFirstPage(pugi::xml_node parent) {
  if (layout_.firstPage) writeMarker(parent, *layout_.firstPage);
}

void InlineWriter::writeRun(pugi::xml_node parent, const Inline& run) {
  switch (run.kind) {
    case InlineKind::Text:
    case InlineKind::Person:
    case InlineKind::Organization:
    case InlineKind::Role:
    case InlineKind::Quantity:
    case InlineKind::Outcome:
      parent.append_child(pugi::node_pcdata).set_value(withSpacing(locale_, run.text).c_str());
      return;
    case InlineKind::Language: {
      auto note = parent.append_child("span");
      note.append_attribute("class") = "lang-note";
      note.text().set(run.text.c_str());
      return;
    }
    case InlineKind::Time: {
      auto time = parent.append_child(run.ref.empty() ? "span" : "time");
      if (!run.ref.empty()) time.append_attribute("datetime") = run.ref.c_str();
      time.text().set(run.text.c_str());
      return;
    }
    case InlineKind::DocumentRef: writeDocumentRef(parent, run); return;
    case InlineKind::PageEnd: writePageEnd(parent); return;
  }
}

// A reference to a part of this record ("#dbsect_3__speech_2") links to it;
// one to the web (undocs.org) links there; an AKN IRI, which no reading
// system can open, stays text. In a right-to-left edition a symbol in Latin
// letters is set left to right as a unit, so that "S/2023/528" keeps its order;
// a resolution's number ("2805 (2025)") has no letters to keep in order, and
// isolated left to right it would read with its year first.
void InlineWriter::writeDocumentRef(pugi::xml_node parent, const Inline& run) {
  pugi::xml_node element;
  const std::string_view href = run.ref;
  if (href.starts_with("#")) {
    if (auto found = layout_.fileOfId.find(href.substr(1)); found != layout_.fileOfId.end()) {
      element = parent.append_child("a");
      element.append_attribute("href") = (found->second + run.ref).c_str();
    }
  } else if (isWebLink(href)) {
    element = parent.append_child("a");
    element.append_attribute("href") = run.ref.c_str();
  }
  if (!element) element = parent.append_child("span");
  element.append_attribute("class") = "docref";
  const bool latinLetters = std::any_of(run.text.begin(), run.text.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  });
  if (rightToLeft_ && latinLetters && !hasRightToLeftLetters(run.text)) {
    element.append_attribute("dir") = "ltr";
    setLanguage(element, "en");
  }
  element.text().set(run.text.c_str());
}

void InlineWriter::writePageEnd(pugi::xml_node parent) {
  const std::size_t index = pageEnds_++;
  if (index < layout_.afterPageEnd.size() && layout_.afterPageEnd[index])
    writeMarker(parent, *layout_.afterPageEnd[index]);
}

void InlineWriter::writeMarker(pugi::xml_node parent, const PageMarker& marker) {
  writePageMarker(parent, marker);
}

void writePageMarker(pugi::xml_node parent, const PageMarker& marker) {
  auto span = appendEmpty(parent, "span");
  span.append_attribute("epub:type") = "pagebreak";
  span.append_attribute("role") = "doc-pagebreak";
  span.append_attribute("id") = marker.id.c_str();
  span.append_attribute("aria-label") = marker.number.c_str();
}

}  // namespace verbatim::epub
