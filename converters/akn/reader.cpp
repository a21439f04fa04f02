#include "akn/reader.hpp"

#include <algorithm>
#include <map>
#include <pugixml.hpp>
#include <vector>

#include "akn/consistency.hpp"
#include "akn/tokens.hpp"
#include "akn/writer.hpp"
#include "core/bodies.hpp"
#include "core/languages.hpp"
#include "core/text.hpp"

namespace verbatim {
namespace {

std::string unhash(const char* ref) {
  std::string_view r = ref ? ref : "";
  if (!r.empty() && r.front() == '#') r.remove_prefix(1);
  return std::string(r);
}

// A person who re-indents a file puts line breaks inside paragraphs. A run of
// white space with a line break in it is one space, or none next to a wide
// (CJK) character, which takes no space; the writer never puts line breaks in
// inline content.
std::string editedSpace(std::string_view raw, char32_t before, char32_t after) {
  std::string out;
  for (std::size_t i = 0; i < raw.size();) {
    std::size_t at = i;
    char32_t c = text::next(raw, i);
    if (!text::isSpace(c)) {
      out.append(raw.substr(at, i - at));
      continue;
    }
    std::size_t end = i;
    bool lineBreak = c == '\n' || c == '\r';
    while (end < raw.size()) {
      std::size_t probe = end;
      char32_t d = text::next(raw, probe);
      if (!text::isSpace(d)) break;
      lineBreak = lineBreak || d == '\n' || d == '\r';
      end = probe;
    }
    if (!lineBreak) {
      out.append(raw.substr(at, end - at));
    } else {
      char32_t left = out.empty() ? before : text::last(out);
      char32_t right = end < raw.size() ? text::first(raw.substr(end)) : after;
      if (!text::isWide(left) && !text::isWide(right) && left != text::kInvalid &&
          right != text::kInvalid)
        out += ' ';
    }
    i = end;
  }
  return out;
}

// "<akn:akomaNtoso xmlns:akn=…>": XML editors and XSLT may write the AKN
// namespace with a prefix. The elements of a prefix bound to it are read by
// their local names, as the writer's unprefixed ones are.
constexpr std::string_view kAknNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

void dropAknPrefixes(pugi::xml_document& document) {
  // pugixml's walk is iterative: a deep file costs no stack. A prefix is taken
  // for the document, not its subtree (rebinding one is no edit a person makes).
  struct Walker : pugi::xml_tree_walker {
    std::vector<std::string> prefixes;
    bool renaming = false;
    bool for_each(pugi::xml_node& node) override {
      if (node.type() != pugi::node_element) return true;
      if (!renaming) {
        for (auto attribute : node.attributes()) {
          const std::string_view name = attribute.name();
          if (name.starts_with("xmlns:") && attribute.value() == kAknNamespace)
            prefixes.emplace_back(name.substr(6));
        }
        return true;
      }
      const std::string_view name = node.name();
      if (const auto colon = name.find(':');
          colon != std::string_view::npos &&
          std::find(prefixes.begin(), prefixes.end(), name.substr(0, colon)) != prefixes.end())
        node.set_name(std::string(name.substr(colon + 1)).c_str());
      return true;
    }
  } walker;
  document.traverse(walker);
  if (walker.prefixes.empty()) return;
  walker.renaming = true;
  document.traverse(walker);
}

class Reader {
 public:
  Reader(std::string_view fileName, Audit* audit) : fileName_(fileName), audit_(audit) {}

  Result<Meeting> run(std::string_view xml) {
    pugi::xml_document document;
    auto parsed = document.load_buffer(
        xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
    if (!parsed)
      return Error{ErrorKind::InputRejected,
                   std::string("not well-formed XML: ") + parsed.description(),
                   std::string(fileName_),
                   0,
                   {}};
    dropAknPrefixes(document);
    auto debate = document.child("akomaNtoso").child("debate");
    if (!debate) return refuse("not an Akoma Ntoso debate record (akomaNtoso/debate missing)");
    readMeta(debate.child("meta"));
    if (audit_) checkConsistency(document, xml, meeting_.meta, *audit_);
    readPreface(debate.child("preface"));
    for (auto section : debate.child("debateBody").children("debateSection")) readSection(section);
    if (meeting_.meta.symbol.empty() || meeting_.meta.date.empty())
      return refuse("the record's symbol or meeting date is missing from meta/identification");
    return std::move(meeting_);
  }

 private:
  Error refuse(std::string message) const {
    return Error{ErrorKind::InputRejected, std::move(message), std::string(fileName_), 0, {}};
  }

  void readMeta(pugi::xml_node meta) {
    auto& m = meeting_.meta;
    auto identification = meta.child("identification");
    auto work = identification.child("FRBRWork");
    for (auto alias : work.children("FRBRalias"))
      if (std::string_view(alias.attribute("name").value()) == "symbol")
        m.symbol = alias.attribute("value").value();
    for (auto date : work.children("FRBRdate"))
      if (std::string_view(date.attribute("name").value()) == "meeting")
        m.date = date.attribute("date").value();
    if (const BodyInfo* body =
            findBodyById(unhash(work.child("FRBRauthor").attribute("href").value())))
      m.body = std::string(body->key);
    m.meetingNumber = meetingNumberOfSymbol(m.symbol);
    auto code = std::string_view(
        identification.child("FRBRExpression").child("FRBRlanguage").attribute("language").value());
    // Any language, not only the six: a record read without a profile
    // ("--lang de") reads back as it was written.
    if (!code.empty()) m.language = bcp47OfIso639_2(code);

    for (auto tlc : meta.child("references").children()) {
      std::string_view kind = tlc.name();
      // An ID is a token in the grammar too: "\r rahman" names "rahman".
      std::string id(token(tlc.attribute("eId")));
      std::string href = tlc.attribute("href").value();
      std::string name = tlc.attribute("showAs").value();
      if (kind == "TLCOrganization" && id != kConverterId) {
        meeting_.organizations.push_back({id, name, href});
      } else if (kind == "TLCPerson") {
        meeting_.people.push_back({id, name});
      } else if (kind == "TLCRole") {
        meeting_.roles.push_back({id, name, href});
      } else if (kind == "TLCConcept") {
        constexpr std::string_view prefix = "/akn/ontology/concept/un/language.";
        if (std::string_view(href).substr(0, prefix.size()) == prefix)
          meeting_.languages.push_back({id, href.substr(prefix.size()), name});
      }
    }
    // What each vote decided, by the eId of its block.
    for (auto voting : meta.child("analysis").child("parliamentary").children("voting")) {
      const std::string outcome = unhash(voting.attribute("outcome").value());
      if (outcome == voteOutcomeName(VoteOutcome::Adopted))
        outcomes_[unhash(voting.attribute("href").value())] = VoteOutcome::Adopted;
      else if (outcome == voteOutcomeName(VoteOutcome::Rejected))
        outcomes_[unhash(voting.attribute("href").value())] = VoteOutcome::Rejected;
    }
    for (auto record : meta.child("proprietary").children()) {
      if (std::string_view(record.name()).ends_with("record")) {
        m.presidency = unhash(record.attribute("presidency").value());
        m.place = record.attribute("place").value();
        m.startTime = record.attribute("start").value();
      }
    }
  }

  void readPreface(pugi::xml_node preface) {
    auto& m = meeting_.meta;
    for (auto child : preface.children()) {
      std::string_view tag = child.name();
      if (tag == "p") {
        if (auto status = child.child("docStatus")) m.status = status.text().get();
        if (auto committee = child.child("docCommittee")) m.committee = committee.text().get();
        if (auto date = child.child("docDate")) m.dateLine = date.text().get();
        for (auto inline_ : child.children("inline")) {
          const std::string_view name = inline_.attribute("name").value();
          if (name == "session") m.session = inline_.text().get();
          if (name == "meeting") m.meetingLine = inline_.text().get();
        }
      } else if (tag == "container") {
        std::string_view name = child.attribute("name").value();
        for (auto p : child.children("p")) {
          if (name == "presidency") {
            m.president = unhash(p.child("person").attribute("refersTo").value());
            m.presidentRole = unhash(p.child("person").attribute("as").value());
          } else if (name == "members") {
            m.members.push_back({unhash(p.child("organization").attribute("refersTo").value()),
                                 unhash(p.child("person").attribute("refersTo").value())});
          } else if (name == "agenda") {
            m.agenda.push_back(plainText(inlines(p)));
          }
        }
      }
    }
  }

  // A section written inside another (an item's address) is read as its own,
  // after what came before it; what follows it in the item is the item going
  // on (model.hpp's outline, which writes it back so).
  void readSection(pugi::xml_node node) {
    Section section;
    std::string_view name = node.attribute("name").value();
    section.kind = name == "opening"            ? SectionKind::Opening
                   : name == "adoptionOfAgenda" ? SectionKind::AdoptionOfAgenda
                   : name == "agendaItem"       ? SectionKind::AgendaItem
                   : name == "subItem"          ? SectionKind::SubItem
                   : name == "address"          ? SectionKind::Address
                                                : SectionKind::Other;
    bool hadPart = false;
    for (auto child : node.children()) {
      std::string_view tag = child.name();
      if (tag == "debateSection") {
        if (!hadPart || !section.blocks.empty()) meeting_.sections.push_back(std::move(section));
        readSection(child);
        section = Section{SectionKind::AgendaItem, {}};
        hadPart = true;
        continue;
      }
      Block block;
      if (tag == "heading" || tag == "subheading") {
        block.kind = BlockKind::Heading;
        block.heading.sub = tag == "subheading";
        block.heading.text.content = inlines(child);
      } else if (tag == "narrative") {
        block.kind = BlockKind::Narrative;
        block.narrative.kind =
            narrativeKindNamed(unhash(std::string(token(child.attribute("refersTo"))).c_str()));
        block.narrative.text.content = inlines(child);
      } else if (tag == "speech") {
        block.kind = BlockKind::Speech;
        auto& speech = block.speech;
        speech.by = unhash(child.attribute("by").value());
        speech.as = unhash(child.attribute("as").value());
        speech.continued = token(child.attribute("refersTo")) == "#continued";
        speech.from = inlines(child.child("from"));
        for (auto p : child.children("p")) {
          SpeechItem item{{inlines(p), {}}};
          item.nationalCapacity =
              token(p.attribute("refersTo")) == std::string("#") + kNationalCapacityConcept;
          speech.items.push_back(std::move(item));
        }
      } else if (tag == "other") {
        block.kind = BlockKind::Vote;
        if (auto found = outcomes_.find(std::string(token(child.attribute("eId"))));
            found != outcomes_.end())
          block.vote.outcome = found->second;
        VoteList* list = nullptr;
        for (auto p : child.children("p")) {
          const std::string_view choice = token(p.attribute("refersTo"));
          if (!choice.empty()) {
            VoteList next;
            next.choice = choice == "#against"      ? VoteChoice::Against
                          : choice == "#abstaining" ? VoteChoice::Abstaining
                                                    : VoteChoice::InFavour;
            next.label.content = inlines(p);
            block.vote.lists.push_back(std::move(next));
            list = &block.vote.lists.back();
          } else if (list) {
            list->members.content = inlines(p);
          }
        }
      } else {
        continue;  // white space between elements
      }
      section.blocks.push_back(std::move(block));
    }
    if (!hadPart || !section.blocks.empty()) meeting_.sections.push_back(std::move(section));
  }

  static Inlines inlines(pugi::xml_node parent) {
    Inlines out;
    std::size_t heldByPage = 0;  // characters of the next word the last page held
    for (auto node : parent.children()) {
      if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
        std::string_view text = node.value();
        if (heldByPage > 0) text = putBackBeforePageEnd(out, text, heldByPage);
        heldByPage = 0;
        appendText(out, text);
        continue;
      }
      heldByPage = 0;
      if (node.type() != pugi::node_element) continue;
      std::string_view tag = node.name();
      Inline run;
      run.text = node.text().get();
      if (tag == "person")
        run.kind = InlineKind::Person, run.ref = unhash(node.attribute("refersTo").value());
      else if (tag == "vote")
        run.kind = InlineKind::Organization, run.ref = unhash(node.attribute("by").value());
      else if (tag == "organization")
        run.kind = InlineKind::Organization, run.ref = unhash(node.attribute("refersTo").value());
      else if (tag == "role")
        run.kind = InlineKind::Role, run.ref = unhash(node.attribute("refersTo").value());
      else if (tag == "inline")
        run.kind = InlineKind::Language, run.ref = unhash(node.attribute("refersTo").value());
      else if (tag == "ref")
        run.kind = InlineKind::DocumentRef, run.ref = node.attribute("href").value();
      else if (tag == "quantity") {
        run.kind = InlineKind::Quantity;
        run.ref = unhash(node.attribute("refersTo").value());
        run.normalized = node.attribute("normalized").value();
      } else if (tag == "outcome")
        run.kind = InlineKind::Outcome, run.ref = unhash(node.attribute("refersTo").value());
      else if (tag == "recordedTime") {
        run.kind = InlineKind::Time;
        run.ref = node.attribute("time").value();
        std::string_view type = node.attribute("type").value();
        run.event = type == "startEvent" ? TimeEvent::Start
                    : type == "endEvent" ? TimeEvent::End
                                         : TimeEvent::None;
      } else if (tag == "eop") {
        run.kind = InlineKind::PageEnd;
        run.ref = node.attribute("number").value();
        run.text.clear();
        heldByPage = node.attribute("breakAt").as_ullong();
      } else {
        appendText(out, node.text().get());
        continue;
      }
      out.push_back(std::move(run));
    }
    tidy(out);
    return out;
  }

  // A page that ended inside a word is marked before it (breakAt): the
  // characters the page held go back before the page's end, where stage 1
  // has them. Returns the rest of `text`. A space ends the word whatever
  // breakAt says (a hand-edited count).
  static std::string_view putBackBeforePageEnd(Inlines& out, std::string_view text,
                                               std::size_t characters) {
    std::size_t end = 0;
    for (std::size_t n = 0; n < characters && end < text.size(); ++n) {
      std::size_t i = end;
      if (text::isSpace(text::next(text, i))) break;
      end = i;
    }
    if (end == 0) return text;
    Inline pageEnd = std::move(out.back());
    out.pop_back();
    appendText(out, text.substr(0, end));
    out.push_back(std::move(pageEnd));
    return text.substr(end);
  }

  static void appendText(Inlines& out, std::string_view text) {
    if (!out.empty() && out.back().kind == InlineKind::Text)
      out.back().text += text;
    else
      out.push_back({InlineKind::Text, std::string(text), {}, TimeEvent::None, {}});
  }

  // Undo a person's re-indentation; drop white space at the ends of a block.
  static void tidy(Inlines& out) {
    for (std::size_t i = 0; i < out.size(); ++i) {
      if (out[i].kind != InlineKind::Text) continue;
      char32_t before = i > 0 ? text::last(out[i - 1].text) : text::kInvalid;
      char32_t after = i + 1 < out.size() ? text::first(out[i + 1].text) : text::kInvalid;
      out[i].text = editedSpace(out[i].text, before, after);
    }
    if (!out.empty() && out.front().kind == InlineKind::Text)
      out.front().text = std::string(text::trimStart(out.front().text));
    if (!out.empty() && out.back().kind == InlineKind::Text)
      out.back().text = std::string(text::trimEnd(out.back().text));
    std::erase_if(
        out, [](const Inline& run) { return run.kind == InlineKind::Text && run.text.empty(); });
  }

  std::string_view fileName_;
  Audit* audit_;
  Meeting meeting_;
  std::map<std::string, VoteOutcome> outcomes_;  // by the eId of a vote's block
};

}  // namespace

Result<Meeting> readAkn(std::string_view xml, std::string_view fileName, Audit* audit) {
  return Reader(fileName, audit).run(xml);
}

}  // namespace verbatim
