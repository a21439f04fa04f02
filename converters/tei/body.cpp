#include "tei/body.hpp"

#include <map>

#include "tei/forms.hpp"
#include "tei/pages.hpp"
#include "tei/temporal.hpp"
#include "tei/xml.hpp"

namespace verbatim::tei {
namespace {

std::string hash(std::string_view id) { return "#" + std::string(id); }

class BodyWriter {
 public:
  BodyWriter(const Meeting& meeting, const Cast& cast, IdRegistry& ids, std::string documentId)
      : meeting_(meeting),
        cast_(cast),
        ids_(ids),
        documentId_(std::move(documentId)),
        pages_(meeting) {}

  void write(pugi::xml_node body) {
    body_ = body;
    for (const auto& section : meeting_.sections) {
      openDiv();
      for (const auto& block : section.blocks) writeBlock(block);
      closeDiv();
    }
    markFirstPage();
  }

 private:
  void writeBlock(const Block& block) {
    switch (block.kind) {
      case BlockKind::Heading: writeHeading(block.heading); return;
      case BlockKind::Narrative: writeNarrative(block.narrative); return;
      case BlockKind::Speech: writeSpeech(block.speech); return;
      case BlockKind::Vote: writeVote(block.vote); return;
    }
  }

  // --- divisions

  void openDiv() {
    div_ = element(body_, "div");
    attribute(div_, "type", "commentSection");
    attribute(div_, "xml:id", nextId("div"));
    divHasContent_ = divHasUtterance_ = false;
  }

  // ParlaMint: a debateSection holds at least one u, a commentSection at
  // least one note or pb after its heads. A division left with headings only
  // keeps them as notes.
  void closeDiv() {
    if (!div_) return;
    if (divHasUtterance_) div_.attribute("type").set_value("debateSection");
    if (!divHasContent_)
      for (auto head : div_.children("head")) {
        const bool sub = std::string_view(head.attribute("type").value()) == "sub";
        head.set_name("note");
        if (!head.attribute("type")) head.append_attribute("type");
        head.attribute("type").set_value(sub ? "subheading" : "heading");
        head.append_attribute("xml:id") = nextId("note").c_str();
      }
    if (!div_.first_child()) body_.remove_child(div_);
    div_ = pugi::xml_node();
  }

  // Content other than heads: from here on, a heading starts a new division.
  pugi::xml_node content(const char* name) {
    divHasContent_ = true;
    return element(div_, name);
  }

  pugi::xml_node note(const char* type) {
    auto node = content("note");
    attribute(node, "type", type);
    attribute(node, "xml:id", nextId("note"));
    return node;
  }

  // --- blocks

  void writeHeading(const Heading& heading) {
    if (divHasContent_) {
      closeDiv();
      openDiv();
    }
    auto head = element(div_, "head");
    if (heading.sub) attribute(head, "type", "sub");
    inlines(head, heading.text.content, Holder::Head);
  }

  void writeNarrative(const Narrative& narrative) {
    closeUtterance();
    switch (narrativeForm(narrative.kind)) {
      case NarrativeForm::Action:
        if (auto plain = plainWithTrailingPageEnds(narrative.text.content)) {
          auto incident = content("incident");
          attribute(incident, "type", "action");
          textElement(incident, "desc", plain->text);
          for (int i = 0; i < plain->trailingPageEnds; ++i) pageBreak(div_);
          return;
        }
        inlines(note("comment"), narrative.text.content, Holder::Note);
        return;
      case NarrativeForm::TimeNote:
        inlines(note("time"), narrative.text.content, Holder::Note);
        return;
      case NarrativeForm::CommentNote:
        inlines(note("comment"), narrative.text.content, Holder::Note);
        return;
    }
  }

  void writeSpeech(const Speech& speech) {
    closeUtterance();
    if (!speech.continued) {
      inlines(note("speaker"), speech.from, Holder::Note);
      turnEnd_ = pugi::xml_node();
    } else {
      // Stage 1 repeats the label of an interrupted turn (recorded as
      // inserted): not printed, so no speaker note. Any page end in it still
      // gets its pb.
      for (const auto& run : speech.from)
        if (run.kind == InlineKind::PageEnd) pageBreak(div_);
    }
    const std::string& who = cast_.speakerOf(speech);
    const bool goesOn = speech.continued && turnSpeaker_ == who;
    // A continuation goes on from the last utterance of the turn it continues,
    // in the language the speaker was using when the turn was interrupted.
    std::string origin = goesOn ? turnOrigin_ : cast_.origin(originalLanguageOf(speech.from));
    if (!goesOn) {
      turnEnd_ = pugi::xml_node();
      turnStart_ = &speech;  // what the speaker is (chair, regular, guest) the turn's label says
    }
    turnSpeaker_ = who;
    for (const auto& item : speech.items) {
      if (item.isLanguageSwitch()) {
        closeUtterance();
        origin = cast_.origin(item.paragraph.content.front().ref);
        inlines(note("language"), item.paragraph.content, Holder::Note);
        continue;
      }
      const std::string ana =
          hash(speakerTypeId(cast_.typeOf(*turnStart_, item.nationalCapacity))) + " " +
          hash(origin);
      if (!utterance_ || utteranceAna_ != ana) openUtterance(who, ana);
      auto seg = element(utterance_, "seg");
      attribute(seg, "xml:id", nextId("seg"));
      inlines(seg, item.paragraph.content, Holder::Seg);
    }
    turnOrigin_ = origin;
    closeUtterance();
  }

  void openUtterance(const std::string& who, const std::string& ana) {
    auto u = content("u");
    divHasUtterance_ = true;
    attribute(u, "who", hash(who));
    attribute(u, "ana", ana);
    const std::string id = nextId("u");
    attribute(u, "xml:id", id);
    if (turnEnd_) {
      attribute(u, "prev", hash(turnEnd_.attribute("xml:id").value()));
      attribute(turnEnd_, "next", hash(id));
    }
    utterance_ = u;
    utteranceAna_ = ana;
    turnEnd_ = u;
  }

  // The next paragraph opens a new utterance; the turn stays open for its continuation.
  void closeUtterance() { utterance_ = pugi::xml_node(); }

  void writeVote(const Vote& vote) {
    closeUtterance();
    for (const auto& list : vote.lists) {
      auto node = note(voteNoteType(list.choice));
      attribute(node, "n", std::to_string(list.count()));
      std::string states;
      for (const auto& run : list.members.content) {
        if (run.kind != InlineKind::Organization) continue;
        const std::string id = cast_.organization(run.ref);
        const std::string ref = hash(id);
        if (id.empty() || (" " + states + " ").find(" " + ref + " ") != std::string::npos) continue;
        states += (states.empty() ? "" : " ") + ref;
      }
      if (!states.empty()) attribute(node, "corresp", states);
      inlines(node, list.label.content, Holder::Note);
      appendText(node, separator(list.label.content, list.members.content));
      inlines(node, list.members.content, Holder::Note);
    }
  }

  // --- inline content

  void inlines(pugi::xml_node parent, const Inlines& content, Holder holder) {
    for (std::size_t i = 0; i < content.size(); ++i) {
      const Inline& run = content[i];
      switch (run.kind) {
        case InlineKind::Text:
        case InlineKind::Person:
        case InlineKind::Organization:
        case InlineKind::Role:
        case InlineKind::Language:
        case InlineKind::DocumentRef:
        case InlineKind::Quantity:
        case InlineKind::Outcome: appendText(parent, run.text); break;
        case InlineKind::Time:
          if (holder == Holder::Note && isW3cTemporal(run.ref)) {
            auto time = element(parent, "time");
            attribute(time, "when", run.ref);
            appendText(time, run.text);
          } else {
            appendText(parent, run.text);
          }
          break;
        case InlineKind::PageEnd:
          if (auto pb = pageBreak(parent); pb && wordBytesBeforePageEnd(content, i) > 0)
            attribute(pb, "break", "no");  // the page ended inside a word
          break;
      }
    }
  }

  // The page break written, or none where no page begins.
  pugi::xml_node pageBreak(pugi::xml_node parent) {
    const PagePlan::Beginning beginning = pages_.next();
    if (!beginning.begins) return {};
    if (parent == div_) divHasContent_ = true;
    auto pb = element(parent, "pb");
    if (!beginning.number.empty()) attribute(pb, "n", beginning.number);
    return pb;
  }

  // The page the text begins on begins with the body: before the first
  // content of the first division (inside its first head, which must stay first).
  void markFirstPage() {
    if (!pages_.hasPages()) return;
    auto div = body_.child("div");
    if (!div) return;
    auto first = div.first_child();
    auto target = std::string_view(first.name()) == "head" ? first : div;
    auto pb = target.prepend_child("pb");
    if (!pages_.firstPage().empty()) pb.append_attribute("n") = pages_.firstPage().c_str();
  }

  std::string nextId(std::string_view kind) {
    int& counter = counters_[std::string(kind)];
    return ids_.claim(documentId_ + "." + std::string(kind) + std::to_string(++counter));
  }

  const Meeting& meeting_;
  const Cast& cast_;
  IdRegistry& ids_;
  const std::string documentId_;
  PagePlan pages_;
  std::map<std::string, int> counters_;
  pugi::xml_node body_, div_, utterance_, turnEnd_;
  std::string utteranceAna_, turnSpeaker_, turnOrigin_;
  const Speech* turnStart_ = nullptr;
  bool divHasContent_ = false, divHasUtterance_ = false;
};

}  // namespace

void writeText(pugi::xml_node tei, const Meeting& meeting, const Cast& cast, IdRegistry& ids,
               const std::string& documentId, const std::string& textAna) {
  auto text = element(tei, "text");
  attribute(text, "ana", textAna);
  BodyWriter(meeting, cast, ids, documentId).write(element(text, "body"));
}

}  // namespace verbatim::tei
