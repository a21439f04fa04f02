#include "akn/consistency.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "akn/tokens.hpp"
#include "core/countries.hpp"
#include "core/dates.hpp"
#include "core/place_ids.hpp"
#include "core/text.hpp"

namespace verbatim {
namespace {

std::optional<int> number(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

class Checker {
 public:
  Checker(std::string_view xml, const Metadata& identified, Audit& audit)
      : xml_(xml),
        audit_(audit),
        symbol_(identified.symbol),
        date_(identified.date),
        language_(identified.language) {}

  void run(const pugi::xml_document& document) {
    const auto debate = document.child("akomaNtoso").child("debate");
    const auto meta = debate.child("meta");
    readCounts(meta);
    readReferences(meta);
    checkPreface(debate.child("preface"));
    checkIds(debate.child("debateBody"));
    walk(debate.child("debateBody"));
  }

 private:
  struct Count {
    std::string id;  // "voting_1__inFavour"
    int value = 0;
    pugi::xml_node node;
  };

  int lineOf(pugi::xml_node node) const {
    const std::ptrdiff_t offset = node.offset_debug();
    if (offset < 0) return 0;
    const auto end = xml_.begin() + std::min<std::ptrdiff_t>(offset, std::ssize(xml_));
    return 1 + static_cast<int>(std::count(xml_.begin(), end, '\n'));
  }

  void readCounts(pugi::xml_node meta) {
    for (auto voting : meta.child("analysis").child("parliamentary").children("voting"))
      for (auto count : voting.children("count"))
        if (auto value = number(count.attribute("value").value()))
          votings_[std::string(idOf(voting.attribute("href")))]
                  [std::string(idOf(count.attribute("refersTo")))] = {
                      std::string(idOf(count.attribute("eId"))), *value, count};
  }

  void checkPreface(pugi::xml_node preface) {
    for (auto p : preface.children("p")) {
      if (auto number = p.child("docNumber"); number && number.text().get() != symbol_)
        audit_.warn(lineOf(number), std::string("the preface's docNumber says ") +
                                        number.text().get() + " and meta/identification " +
                                        symbol_ +
                                        ": the record is named by the identification, and the "
                                        "preface is written from it (a correction belongs there)");
      if (auto date = p.child("docDate"); date && date.attribute("date").value() != date_)
        audit_.warn(lineOf(date), std::string("the preface's docDate is dated ") +
                                      date.attribute("date").value() +
                                      " and meta/identification's meeting date is " + date_ +
                                      ": the identification's is the record's date");
    }
    // The cover's President and members are written from the references: a
    // name corrected in the preface only would be undone (round AX).
    for (auto container : preface.children("container"))
      for (auto p : container.children("p"))
        for (auto named : p.children()) {
          const std::string_view tag = named.name();
          if (tag != "person" && tag != "organization") continue;
          const std::string id(idOf(named.attribute("refersTo")));
          const auto shown = shown_.find(id);
          const std::string printed = text::collapseSpaces(named.text().get());
          if (shown == shown_.end() || printed == text::collapseSpaces(shown->second)) continue;
          audit_.warn(lineOf(named), "the preface prints '" + printed + "' for #" + id +
                                         ", whom the references call '" + shown->second +
                                         "': the cover is written from the references' showAs "
                                         "(a correction belongs there)");
        }
  }

  // The body in document order: each vote's list and choice; each result
  // sentence's numbers against the lists of the vote before it.
  void walk(pugi::xml_node node) {
    for (auto child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      const std::string_view tag = child.name();
      if (tag == "other" &&
          child.find_node([](pugi::xml_node n) { return std::string_view(n.name()) == "vote"; })) {
        readVote(child);
        for (auto eop : child.select_nodes(".//eop")) checkPageEnd(eop.node());
        continue;
      }
      if (tag == "speech" || tag == "narrative") ++blocksAfterVote_;
      if (tag == "quantity") checkQuantity(child);
      if (tag == "recordedTime") checkTime(child);
      if (tag == "from") checkLabel(child);
      if (tag == "eop") checkPageEnd(child);
      walk(child);
    }
  }

  // The eIds of sections and blocks are their places ("dbsect_3__speech_5"):
  // every output made from this file numbers them so, the AKN written again
  // included. One hand-made ("speech_4a") is said once, with how many differ.
  void checkIds(pugi::xml_node body) {
    int sections = 0;
    differing_ = 0;
    for (auto section : body.children("debateSection")) {
      PlaceIds ids(++sections);
      checkSectionIds(section, ids);
    }
    if (differing_)
      audit_.warn(lineOf(firstDiffering_),
                  std::string("the eId ") + firstDiffering_.attribute("eId").value() +
                      " is not the one its place gives (" + expectedFirst_ + "), " +
                      std::to_string(differing_) +
                      " in all: the EPUB, the TEI and the AKN written again from "
                      "this file number them by their places");
  }

  // A section's eId and its blocks', and those of the parts written in it
  // ("dbsect_3__dbsect_1", an address).
  void checkSectionIds(pugi::xml_node section, PlaceIds& ids) {
    expectId(section, ids.section());
    int parts = 0;
    for (auto block : section.children()) {
      if (std::string_view(block.name()) == "debateSection") {
        PlaceIds part(ids, ++parts);
        checkSectionIds(block, part);
      } else if (std::string expected = ids.next(block.name()); !expected.empty()) {
        expectId(block, expected);
      }
    }
  }

  void expectId(pugi::xml_node node, const std::string& expected) {
    if (node.attribute("eId").value() == expected) return;
    if (!differing_++) firstDiffering_ = node, expectedFirst_ = expected;
  }

  // A vote's lists, each after its label; the counts of meta's analysis for it.
  void readVote(pugi::xml_node block) {
    listed_.clear();
    blocksAfterVote_ = 0;
    std::map<std::string, std::string> voted;  // State → the side it is listed on
    std::vector<std::string> twice;            // States listed again, as said
    pugi::xml_node twiceNode;
    const auto voting = votings_.find(std::string(idOf(block.attribute("eId"))));
    std::string side;  // the list's, from the label before it
    for (auto p : block.children("p")) {
      if (auto label = idOf(p.attribute("refersTo")); !label.empty()) {
        side = std::string(label);
        listed_[side];  // a list of none is a list
        continue;
      }
      for (auto vote : p.children("vote")) {
        ++listed_[side];
        const std::string state(idOf(vote.attribute("by")));
        // The State printed and the State referred to: the EPUB prints the
        // one, the TEI and the counts go by the other.
        if (const auto code = stateCodes_.find(state); code != stateCodes_.end()) {
          const std::string printed = text::collapseSpaces(vote.text().get());
          const std::string_view printedCode = countryCode(printed, language_);
          if (!printedCode.empty() && !text::equalsIgnoringCase(printedCode, code->second))
            audit_.warn(lineOf(vote), "the vote prints '" + printed + "' and is by #" + state +
                                          " ('" + shown_[state] +
                                          "'): the EPUB prints the one, the TEI and the counts "
                                          "go by the other");
        }
        if (auto [earlier, fresh] = voted.emplace(state, side); !fresh) {
          if (twice.empty()) twiceNode = vote;
          twice.push_back(std::string(vote.text().get()) + " (" + earlier->second + " and " + side +
                          ")");
        }
        if (voting == votings_.end()) continue;
        const auto count = voting->second.find(side);
        const std::string_view choice = idOf(vote.attribute("choice"));
        if (count != voting->second.end() && choice != count->second.id)
          audit_.warn(lineOf(vote), std::string("the vote of ") + vote.text().get() +
                                        " stands in the list of " + side +
                                        " and its choice names " + std::string(choice) +
                                        ": the list it stands in is what the record says");
      }
    }
    if (!twice.empty()) {
      constexpr std::size_t kNamed = 5;
      std::string named;
      for (std::size_t k = 0; k < std::min(twice.size(), kNamed); ++k)
        named += (k ? ", " : "") + twice[k];
      if (twice.size() > kNamed) named += ", …";
      audit_.warn(lineOf(twiceNode), std::to_string(twice.size()) +
                                         " State(s) listed twice in one vote: " + named +
                                         "; a State votes once");
    }
    if (voting == votings_.end()) return;
    for (const auto& [countSide, count] : voting->second) {
      const int listed = listed_[countSide];
      if (listed != count.value)
        audit_.warn(lineOf(count.node),
                    "the count " + count.id + " says " + std::to_string(count.value) +
                        " and the list of " + countSide + " names " + std::to_string(listed) +
                        " State(s): the record states the list's number, and the count is "
                        "written from it (a correction belongs in the list)");
    }
  }

  void checkQuantity(pugi::xml_node quantity) {
    const std::string side(idOf(quantity.attribute("refersTo")));
    const auto stated = number(quantity.attribute("normalized").value());
    // The result is said right after the lists, by a narrative or the
    // chair's next words; numbers further on are of other votes ("the Third
    // Committee adopted it by 111 votes to 19").
    if (blocksAfterVote_ > kResultWithin) return;
    const auto list = listed_.find(side);
    if (!stated || list == listed_.end() || *stated == list->second) return;
    audit_.warn(lineOf(quantity), "the result says " + std::to_string(*stated) + " (" + side +
                                      ") and the vote's list before it names " +
                                      std::to_string(list->second) + " State(s)");
  }

  void checkTime(pugi::xml_node time) {
    const std::string_view when = time.attribute("time").value();
    if (date_.empty() || when.size() < 10) return;
    const std::string_view day = when.substr(0, 10);
    if (day == date_ || day == laterDate(date_, 1)) return;
    audit_.warn(lineOf(time), "the time " + std::string(when) + " is not on the meeting's date (" +
                                  date_ + ") or the day after it");
  }

  // The people, States and languages the references name: eId → showAs (and
  // a State's code from its href, "…/member.swe").
  void readReferences(pugi::xml_node meta) {
    for (auto tlc : meta.child("references").children()) {
      const std::string id = tlc.attribute("eId").value();
      shown_[id] = tlc.attribute("showAs").value();
      const std::string_view href = tlc.attribute("href").value();
      if (const auto at = href.rfind("/member."); at != std::string_view::npos)
        stateCodes_[id] = std::string(href.substr(at + std::string_view("/member.").size()));
    }
  }

  // A label corrected in one place and not the other: the name printed and
  // the person it refers to, the State printed and the State referred to,
  // the language note and the language referred to.
  void checkLabel(pugi::xml_node from) {
    // The speech's speaker and the person its label refers to: one correction
    // made to one of them only (the EPUB prints the label, the TEI and the
    // corpus go by the speech's `by`).
    if (const auto speech = from.parent(); std::string_view(speech.name()) == "speech") {
      const std::string_view by = idOf(speech.attribute("by"));
      for (auto person : from.children("person"))
        if (const std::string_view named = idOf(person.attribute("refersTo"));
            !by.empty() && !named.empty() && named != by)
          audit_.warn(lineOf(person), "the speech is by #" + std::string(by) +
                                          " and its label names #" + std::string(named) + " ('" +
                                          text::collapseSpaces(person.text().get()) +
                                          "'): the EPUB prints the label, the TEI goes by the "
                                          "speech's by; one of them is to be corrected");
    }
    for (auto child : from.children()) {
      const std::string_view tag = child.name();
      const std::string id(idOf(child.attribute("refersTo")));
      const std::string printed = text::collapseSpaces(child.text().get());
      const auto shown = shown_.find(id);
      if (id.empty() || shown == shown_.end() || printed.empty()) continue;
      // The surname printed and the full name referred to (or the other way
      // round) are one person: "涅边贾先生" and "瓦西里·阿列克谢耶维奇·涅边贾先生".
      auto lastName = [](std::string_view name) {
        const std::size_t space = name.rfind(' ');
        const std::size_t dot = name.rfind("·");
        std::size_t from = 0;
        if (space != std::string_view::npos) from = space + 1;
        if (dot != std::string_view::npos)
          from = std::max(from, dot + std::string_view("·").size());
        return name.substr(from);
      };
      if (tag == "person" && !text::equalsIgnoringCase(printed, shown->second) &&
          !text::equalsIgnoringCase(lastName(printed), lastName(shown->second)))
        audit_.warn(lineOf(child), "the label prints '" + printed + "' and refers to #" + id +
                                       ", whom the references call '" + shown->second +
                                       "': the reference says who speaks");
      if (tag == "organization") {
        const auto code = stateCodes_.find(id);
        const std::string_view printedCode = countryCode(printed, language_);
        if (code != stateCodes_.end() && !printedCode.empty() &&
            !text::equalsIgnoringCase(printedCode, code->second))
          audit_.warn(lineOf(child), "the label prints the State '" + printed +
                                         "' and refers to #" + id + " ('" + shown->second +
                                         "'): the reference says for whom the speaker speaks");
      }
      if (tag == "inline" &&
          std::string_view(child.attribute("name").value()) == "originalLanguage") {
        const std::string& name = shown->second;
        if (!name.empty() && !containsIgnoringCase(printed, name))
          audit_.warn(lineOf(child), "the language note '" + printed + "' refers to #" + id +
                                         " ('" + name + "'): the reference says the language");
      }
    }
  }

  static bool containsIgnoringCase(std::string_view text, std::string_view part) {
    for (std::size_t at = 0; at + part.size() <= text.size(); ++at)
      if (text::equalsIgnoringCase(text.substr(at, part.size()), part)) return true;
    return false;
  }

  // The printed pages end in order, one after the other: a marker deleted or
  // renumbered by hand moves every page label after it.
  void checkPageEnd(pugi::xml_node eop) {
    const auto page = number(eop.attribute("number").value());
    if (!page) {  // a page whose number was not printed: one more all the same
      if (lastPage_) ++*lastPage_;
      return;
    }
    // The text begins on page 1, or on page 2 after a cover page.
    if (!lastPage_ && *page > 2)
      audit_.warn(lineOf(eop), "the first page end is page " + std::to_string(*page) +
                                   "'s: the end of a page before it is missing");
    if (lastPage_ && *page != *lastPage_ + 1)
      audit_.warn(lineOf(eop),
                  "page " + std::to_string(*page) + " ends after page " +
                      std::to_string(*lastPage_) +
                      (*page > *lastPage_ + 1 ? ": the end of a page between is missing"
                                              : ": the pages are out of order"));
    lastPage_ = page;
  }

  std::string_view xml_;
  Audit& audit_;
  const std::string& symbol_;
  const std::string& date_;
  const std::string& language_;
  std::map<std::string, std::string> shown_, stateCodes_;
  std::optional<int> lastPage_;
  // The counts of each vote: by the eId of its block, then by side
  // ("inFavour", "against", "abstaining").
  std::map<std::string, std::map<std::string, Count>> votings_;
  std::map<std::string, int> listed_;  // the last vote's lists: States by side
  int blocksAfterVote_ = 0;            // speeches and narratives since the last vote's lists
  static constexpr int kResultWithin = 1;
  // eIds that are not their places': how many, and the first.
  int differing_ = 0;
  pugi::xml_node firstDiffering_;
  std::string expectedFirst_;
};

}  // namespace

void checkConsistency(const pugi::xml_document& document, std::string_view xml,
                      const Metadata& identified, Audit& audit) {
  Checker(xml, identified, audit).run(document);
}

}  // namespace verbatim
