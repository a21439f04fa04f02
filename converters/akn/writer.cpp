#include "akn/writer.hpp"

#include <algorithm>
#include <map>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "akn/iri.hpp"
#include "core/bodies.hpp"
#include "core/languages.hpp"
#include "core/place_ids.hpp"
#include "core/text.hpp"
#include "core/xml_indent.hpp"

namespace verbatim {
namespace {

constexpr const char* kNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

std::string hash(std::string_view id) { return "#" + std::string(id); }

const char* sectionName(SectionKind kind) {
  switch (kind) {
    case SectionKind::Opening: return "opening";
    case SectionKind::AdoptionOfAgenda: return "adoptionOfAgenda";
    case SectionKind::AgendaItem: return "agendaItem";
    case SectionKind::SubItem: return "subItem";
    case SectionKind::Address: return "address";
    case SectionKind::Other: return "proceedings";
  }
  return "proceedings";
}

// Element-only containers get line breaks and indentation; inline content
// (p, from, heading, narrative) is written exactly as it reads.
void indent(pugi::xml_node node, int depth) {
  static const std::set<std::string_view> containers = {"akomaNtoso",
                                                        "debate",
                                                        "meta",
                                                        "identification",
                                                        "FRBRWork",
                                                        "FRBRExpression",
                                                        "FRBRManifestation",
                                                        "references",
                                                        "proprietary",
                                                        "preface",
                                                        "debateBody",
                                                        "debateSection",
                                                        "speech"};
  indentContainers(node, depth, [](pugi::xml_node n) { return containers.count(n.name()) > 0; });
}

class Writer {
 public:
  Writer(const Meeting& meeting, const AknWriteOptions& options)
      : meeting_(meeting), options_(options), iris_(recordIris(meeting.meta)) {}

  std::string run() {
    auto root = document_.append_child("akomaNtoso");
    root.append_attribute("xmlns") = kNamespace;
    auto debate = root.append_child("debate");
    debate.append_attribute("name") = "verbatimRecord";
    auto meta = debate.append_child("meta");
    if (hasCoverFacts(meeting_.meta)) writePreface(debate.append_child("preface"));
    auto body = debate.append_child("debateBody");
    SectionIds places(meeting_.sections);
    pugi::xml_node own;  // the element of the last section of its own
    for (std::size_t s = 0; s < meeting_.sections.size(); ++s) {
      const Section& section = meeting_.sections[s];
      PlaceIds& ids = places.of(s);
      switch (places.nesting(s)) {
        case Nesting::Own: own = writeSection(body, section, ids); break;
        case Nesting::Part: writeSection(own, section, ids); break;
        case Nesting::GoesOn: writeBlocks(own, section, ids); break;
      }
    }
    writeMeta(meta);  // after the body: it lists what the body used
    indent(root, 0);
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    document_.save(out, "", pugi::format_raw | pugi::format_no_declaration);
    out << "\n";
    return out.str();
  }

 private:
  void writeMeta(pugi::xml_node meta) {
    const auto& m = meeting_.meta;
    const BodyInfo* body = findBody(m.body);
    const std::string author = hash(body ? body->id : kConverterId);

    auto identification = meta.append_child("identification");
    identification.append_attribute("source") = hash(kConverterId).c_str();
    auto work = identification.append_child("FRBRWork");
    frbr(work, iris_.work + "/!main", iris_.work);
    auto alias = work.append_child("FRBRalias");
    alias.append_attribute("value") = m.symbol.c_str();
    alias.append_attribute("name") = "symbol";
    date(work, m.date, "meeting");
    work.append_child("FRBRauthor").append_attribute("href") = author.c_str();
    work.append_child("FRBRcountry").append_attribute("value") = "un";
    work.append_child("FRBRsubtype").append_attribute("value") = "record";
    auto number = work.append_child("FRBRnumber");
    number.append_attribute("value") = symbolForIri(m.symbol).c_str();
    number.append_attribute("showAs") = m.symbol.c_str();
    work.append_child("FRBRname").append_attribute("value") = "verbatimRecord";

    auto expression = identification.append_child("FRBRExpression");
    frbr(expression, iris_.expression + "/!main", iris_.expression);
    date(expression, m.date, "version");
    expression.append_child("FRBRauthor").append_attribute("href") = author.c_str();
    expression.append_child("FRBRlanguage").append_attribute("language") =
        iso639_2Of(m.language).c_str();

    auto manifestation = identification.append_child("FRBRManifestation");
    frbr(manifestation, iris_.manifestation, iris_.expression + ".xml");
    date(manifestation, options_.markupDate.empty() ? m.date : options_.markupDate, "markup");
    manifestation.append_child("FRBRauthor").append_attribute("href") = hash(kConverterId).c_str();
    manifestation.append_child("FRBRformat").append_attribute("value") = "xml";

    if (!votings_.empty()) {
      auto analysis = meta.append_child("analysis");
      analysis.append_attribute("source") = hash(kConverterId).c_str();
      auto parliamentary = analysis.append_child("parliamentary");
      for (const auto& voting : votings_) {
        auto node = parliamentary.append_child("voting");
        node.append_attribute("eId") = voting.id.c_str();
        node.append_attribute("href") = hash(voting.block).c_str();
        if (!voting.outcome.empty())
          node.append_attribute("outcome") = hash(voting.outcome).c_str();
        for (const auto& count : voting.counts) {
          auto c = node.append_child("count");
          c.append_attribute("eId") = count.id.c_str();
          c.append_attribute("value") = std::to_string(count.value).c_str();
          c.append_attribute("refersTo") = hash(count.choice).c_str();
        }
      }
    }

    auto references = meta.append_child("references");
    references.append_attribute("source") = hash(kConverterId).c_str();
    tlc(references, "TLCOrganization", kConverterId, "/akn/ontology/organization/un/verbatim",
        "verbatim");
    for (const auto& org : meeting_.organizations)
      tlc(references, "TLCOrganization", org.id, org.href, org.name);
    for (const auto& person : meeting_.people)
      tlc(references, "TLCPerson", person.id, "/akn/ontology/person/un/" + person.id, person.name);
    for (const auto& role : meeting_.roles)
      tlc(references, "TLCRole", role.id, role.href, role.name);
    for (const auto& language : meeting_.languages)
      tlc(references, "TLCConcept", language.id,
          "/akn/ontology/concept/un/language." + language.code, language.name);
    for (const auto& conceptId : concepts_)
      tlc(references, "TLCConcept", conceptId, "/akn/ontology/concept/un/" + conceptId, conceptId);

    if (!m.presidency.empty() || !m.place.empty() || !m.startTime.empty()) {
      auto proprietary = meta.append_child("proprietary");
      proprietary.append_attribute("source") = hash(kConverterId).c_str();
      auto record = proprietary.append_child("v:record");
      record.append_attribute("xmlns:v") = kProprietaryNamespace;
      if (!m.presidency.empty()) record.append_attribute("presidency") = hash(m.presidency).c_str();
      if (!m.place.empty()) record.append_attribute("place") = m.place.c_str();
      if (!m.startTime.empty()) record.append_attribute("start") = m.startTime.c_str();
    }
  }

  static bool hasCoverFacts(const Metadata& m) {
    return !m.session.empty() || !m.meetingLine.empty() || !m.status.empty() ||
           !m.committee.empty() || !m.dateLine.empty() || !m.president.empty() ||
           !m.members.empty() || !m.agenda.empty();
  }

  // What the cover page said, as AKN's preface: the President, the members and
  // the agenda with references to the people and States they name.
  void writePreface(pugi::xml_node preface) {
    const auto& m = meeting_.meta;
    auto text = [](pugi::xml_node parent, const char* name, const std::string& value) {
      auto node = parent.append_child(name);
      node.append_child(pugi::node_pcdata).set_value(value.c_str());
      return node;
    };
    text(preface.append_child("p"), "docNumber", m.symbol);
    if (const BodyInfo* body = findBody(m.body))
      for (const auto& org : meeting_.organizations)
        if (org.id == body->id)
          text(preface.append_child("p"), "docAuthority", org.name).append_attribute("refersTo") =
              hash(org.id).c_str();
    if (!m.committee.empty()) text(preface.append_child("p"), "docCommittee", m.committee);
    if (!m.status.empty()) text(preface.append_child("p"), "docStatus", m.status);
    if (!m.session.empty()) {
      auto session = text(preface.append_child("p"), "inline", m.session);
      session.prepend_attribute("name") = "session";
    }
    if (!m.meetingLine.empty()) {
      auto meetingLine = text(preface.append_child("p"), "inline", m.meetingLine);
      meetingLine.prepend_attribute("name") = "meeting";
    }
    if (!m.dateLine.empty())
      text(preface.append_child("p"), "docDate", m.dateLine).append_attribute("date") =
          m.date.c_str();
    if (!m.president.empty()) {
      auto container = preface.append_child("container");
      container.append_attribute("name") = "presidency";
      auto p = container.append_child("p");
      auto person = text(p, "person", nameOf(meeting_.people, m.president));
      person.append_attribute("refersTo") = hash(m.president).c_str();
      person.append_attribute("as") =
          hash(m.presidentRole.empty() ? "president" : m.presidentRole).c_str();
      if (!m.presidency.empty()) {
        const LanguageCodes* language = findLanguage(m.language);
        const LanguageCodes plain{};
        if (!language) language = &plain;
        p.append_child(pugi::node_pcdata).set_value(std::string(language->bracketOpen).c_str());
        text(p, "organization", nameOf(meeting_.organizations, m.presidency))
            .append_attribute("refersTo") = hash(m.presidency).c_str();
        p.append_child(pugi::node_pcdata).set_value(std::string(language->bracketClose).c_str());
      }
    }
    if (!m.members.empty()) {
      auto container = preface.append_child("container");
      container.append_attribute("name") = "members";
      for (const auto& member : m.members) {
        auto p = container.append_child("p");
        text(p, "organization", nameOf(meeting_.organizations, member.state))
            .append_attribute("refersTo") = hash(member.state).c_str();
        if (member.person.empty()) continue;
        p.append_child(pugi::node_pcdata).set_value(" ");
        text(p, "person", nameOf(meeting_.people, member.person)).append_attribute("refersTo") =
            hash(member.person).c_str();
      }
    }
    if (!m.agenda.empty()) {
      auto container = preface.append_child("container");
      container.append_attribute("name") = "agenda";
      for (const auto& item : m.agenda)
        container.append_child("p").append_child(pugi::node_pcdata).set_value(item.c_str());
    }
  }

  template <class Items>
  static std::string nameOf(const Items& items, const std::string& id) {
    for (const auto& item : items)
      if (item.id == id) return item.name;
    return id;
  }

  static void frbr(pugi::xml_node node, const std::string& self, const std::string& uri) {
    node.append_child("FRBRthis").append_attribute("value") = self.c_str();
    node.append_child("FRBRuri").append_attribute("value") = uri.c_str();
  }

  static void date(pugi::xml_node node, const std::string& value, const char* name) {
    auto d = node.append_child("FRBRdate");
    d.append_attribute("date") = value.c_str();
    d.append_attribute("name") = name;
  }

  static void tlc(pugi::xml_node references, const char* element, const std::string& id,
                  const std::string& href, const std::string& showAs) {
    auto node = references.append_child(element);
    node.append_attribute("eId") = id.c_str();
    node.append_attribute("href") = href.c_str();
    node.append_attribute("showAs") = showAs.c_str();
  }

  pugi::xml_node writeSection(pugi::xml_node parent, const Section& section, PlaceIds& ids) {
    auto node = parent.append_child("debateSection");
    node.append_attribute("eId") = ids.section().c_str();
    node.append_attribute("name") = sectionName(section.kind);
    writeBlocks(node, section, ids);
    return node;
  }

  void writeBlocks(pugi::xml_node node, const Section& section, PlaceIds& ids) {
    for (std::size_t b = 0; b < section.blocks.size(); ++b) {
      const Block& block = section.blocks[b];
      switch (block.kind) {
        case BlockKind::Heading:
          inlines(node.append_child(block.heading.sub ? "subheading" : "heading"),
                  block.heading.text.content);
          break;
        case BlockKind::Narrative: {
          auto narrative = node.append_child("narrative");
          ownInlines(ids.next(block.kind));
          narrative.append_attribute("eId") = owner_.c_str();
          if (auto conceptId = narrativeKindName(block.narrative.kind); !conceptId.empty()) {
            narrative.append_attribute("refersTo") = hash(conceptId).c_str();
            concepts_.insert(std::string(conceptId));
          }
          inlines(narrative, block.narrative.text.content);
          break;
        }
        case BlockKind::Speech: writeSpeech(node, block.speech, ids.next(block.kind)); break;
        case BlockKind::Vote:
          writeVote(node, block.vote, ids.next(block.kind), statedResult(section, b));
          break;
      }
    }
  }

  void writeSpeech(pugi::xml_node section, const Speech& speech, const std::string& eid) {
    auto node = section.append_child("speech");
    node.append_attribute("eId") = eid.c_str();
    ownInlines(eid);
    node.append_attribute("by") = hash(speech.by).c_str();
    if (!speech.as.empty()) node.append_attribute("as") = hash(speech.as).c_str();
    if (speech.continued) {
      node.append_attribute("refersTo") = hash(kContinuedConcept).c_str();
      concepts_.insert(kContinuedConcept);
    }
    if (!speech.from.empty()) inlines(node.append_child("from"), speech.from);
    for (const auto& item : speech.items) {
      auto p = node.append_child("p");
      if (item.nationalCapacity) {
        p.append_attribute("refersTo") = hash(kNationalCapacityConcept).c_str();
        concepts_.insert(kNationalCapacityConcept);
      }
      inlines(p, item.paragraph.content);
    }
  }

  // The lists of a vote in an <other> block; the counts go to meta/analysis.
  // What the result sentence after the vote in block `b` states, side by
  // side ("inFavour" → "15"); empty where no sentence before the next vote
  // states a count.
  static std::map<std::string, std::string> statedResult(const Section& section, std::size_t b) {
    std::map<std::string, std::string> stated;
    auto take = [&](const Inlines& content) {
      for (const auto& run : content)
        if (run.kind == InlineKind::Quantity &&
            isVoteChoiceName(run.ref))  // not an election's rows
          stated.emplace(run.ref, run.normalized);
    };
    for (std::size_t next = b + 1; next < section.blocks.size() && stated.empty(); ++next) {
      const Block& block = section.blocks[next];
      if (block.kind == BlockKind::Vote) break;
      if (block.kind == BlockKind::Narrative) take(block.narrative.text.content);
      if (block.kind == BlockKind::Speech)
        for (const auto& item : block.speech.items) take(item.paragraph.content);
    }
    return stated;
  }

  // `stated`: the result sentence's counts (statedResult).
  void writeVote(pugi::xml_node section, const Vote& vote, const std::string& eid,
                 const std::map<std::string, std::string>& stated) {
    auto node = section.append_child("other");
    node.append_attribute("eId") = eid.c_str();
    const std::string voting = "voting_" + std::to_string(votings_.size() + 1);
    Voting record{voting, eid, {}, {}};
    if (vote.outcome) {
      record.outcome = std::string(voteOutcomeName(*vote.outcome));
      concepts_.insert(record.outcome);
    }
    for (const auto& list : vote.lists) {
      const std::string choice(voteChoiceName(list.choice));
      concepts_.insert(choice);
      auto label = node.append_child("p");
      label.append_attribute("refersTo") = hash(choice).c_str();
      inlines(label, list.label.content);
      const std::string countId = voting + "__" + choice;
      record.counts.push_back({countId, choice, list.count()});
      inlines(node.append_child("p"), list.members.content, countId);
    }
    // A side with no list, which the result sentence says had no votes ("15
    // votes in favour." after the one list of a unanimous vote, "adopted by
    // 132 votes to 54" after no "Abstaining:"): its count is none, stated, so
    // that the vote gives all three. Where no result follows, or it gives the
    // side votes (its list is elsewhere, columns out of order), nothing.
    const auto has = [&](VoteChoice side) {
      return std::any_of(vote.lists.begin(), vote.lists.end(),
                         [&](const VoteList& list) { return list.choice == side; });
    };
    if (!stated.empty() && has(VoteChoice::InFavour))
      for (const VoteChoice side :
           {VoteChoice::InFavour, VoteChoice::Against, VoteChoice::Abstaining}) {
        const std::string choice(voteChoiceName(side));
        if (has(side)) continue;
        if (auto said = stated.find(choice); said != stated.end() && said->second != "0") continue;
        concepts_.insert(choice);
        record.counts.push_back({voting + "__" + choice, choice, 0});
      }
    votings_.push_back(std::move(record));
  }

  // Organization inlines inside a vote list are the votes themselves.
  void inlines(pugi::xml_node parent, const Inlines& content, const std::string& voteCount) {
    for (const auto& run : content) {
      if (run.kind != InlineKind::Organization) {
        inlines(parent, Inlines{run});
        continue;
      }
      auto vote = parent.append_child("vote");
      vote.append_attribute("by") = hash(run.ref).c_str();
      vote.append_attribute("choice") = hash(voteCount).c_str();
      vote.append_child(pugi::node_pcdata).set_value(run.text.c_str());
    }
  }

  void inlines(pugi::xml_node parent, const Inlines& content) {
    for (std::size_t i = 0; i < content.size(); ++i) {
      const Inline& run = content[i];
      pugi::xml_node element;
      switch (run.kind) {
        case InlineKind::Text:
          if (const std::size_t word = wordBytesBeforePageEnd(content, i + 1); word > 0) {
            // A page that ends inside a word ends, in AKN, before it, saying
            // how many of its characters the page held.
            const std::string_view text = run.text;
            const std::string_view held = text.substr(text.size() - word);
            if (word < text.size())
              parent.append_child(pugi::node_pcdata)
                  .set_value(std::string(text.substr(0, text.size() - word)).c_str());
            pageEnd(parent, content[++i]).append_attribute("breakAt") =
                static_cast<unsigned long long>(text::countCodePoints(held));
            parent.append_child(pugi::node_pcdata).set_value(std::string(held).c_str());
            continue;
          }
          parent.append_child(pugi::node_pcdata).set_value(run.text.c_str());
          continue;
        case InlineKind::Person: element = refersTo(parent, "person", run.ref); break;
        case InlineKind::Organization: element = refersTo(parent, "organization", run.ref); break;
        case InlineKind::Role: element = refersTo(parent, "role", run.ref); break;
        case InlineKind::Language:
          element = parent.append_child("inline");
          element.append_attribute("name") = "originalLanguage";
          element.append_attribute("refersTo") = hash(run.ref).c_str();
          break;
        case InlineKind::DocumentRef:
          element = parent.append_child("ref");
          element.append_attribute("href") = run.ref.c_str();
          break;
        case InlineKind::Time:
          element = parent.append_child("recordedTime");
          element.append_attribute("time") = run.ref.c_str();
          if (run.event != TimeEvent::None)
            element.append_attribute("type") =
                run.event == TimeEvent::Start ? "startEvent" : "endEvent";
          break;
        case InlineKind::Quantity: {
          // AKN requires an eId here: the block's, numbered.
          element = refersTo(parent, "quantity", run.ref);
          concepts_.insert(run.ref);
          const std::string eid = owner_ + "__quantity_" + std::to_string(++quantities_);
          element.prepend_attribute("eId") = eid.c_str();
          if (!run.normalized.empty())
            element.append_attribute("normalized") = run.normalized.c_str();
          break;
        }
        case InlineKind::Outcome:
          element = refersTo(parent, "outcome", run.ref);
          concepts_.insert(run.ref);
          break;
        case InlineKind::PageEnd: pageEnd(parent, run); continue;
      }
      element.append_child(pugi::node_pcdata).set_value(run.text.c_str());
    }
  }

  static pugi::xml_node pageEnd(pugi::xml_node parent, const Inline& run) {
    auto eop = parent.append_child("eop");
    if (!run.ref.empty()) eop.append_attribute("number") = run.ref.c_str();
    return eop;
  }

  // The block whose inlines are written next: their eIds are numbered in it.
  void ownInlines(std::string eid) {
    owner_ = std::move(eid);
    quantities_ = 0;
  }

  static pugi::xml_node refersTo(pugi::xml_node parent, const char* name, const std::string& id) {
    auto node = parent.append_child(name);
    node.append_attribute("refersTo") = hash(id).c_str();
    return node;
  }

  const Meeting& meeting_;
  const AknWriteOptions& options_;
  RecordIris iris_;
  struct Count {
    std::string id, choice;
    int value = 0;
  };
  struct Voting {
    std::string id, block;
    std::vector<Count> counts;
    std::string outcome;  // a concept id, or empty
  };

  pugi::xml_document document_;
  std::string owner_ = "body";
  int quantities_ = 0;
  std::set<std::string> concepts_;
  std::vector<Voting> votings_;
};

}  // namespace

std::string writeAkn(const Meeting& meeting, const AknWriteOptions& options) {
  return Writer(meeting, options).run();
}

}  // namespace verbatim
