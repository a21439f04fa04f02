#include "akn/consistency.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <string>

#include "akn/tokens.hpp"
#include "core/dates.hpp"

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
      : xml_(xml), audit_(audit), symbol_(identified.symbol), date_(identified.date) {}

  void run(const pugi::xml_document& document) {
    const auto debate = document.child("akomaNtoso").child("debate");
    const auto meta = debate.child("meta");
    readCounts(meta);
    checkPreface(debate.child("preface"));
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
        continue;
      }
      if (tag == "quantity") checkQuantity(child);
      if (tag == "recordedTime") checkTime(child);
      walk(child);
    }
  }

  // A vote's lists, each after its label; the counts of meta's analysis for it.
  void readVote(pugi::xml_node block) {
    listed_.clear();
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

  std::string_view xml_;
  Audit& audit_;
  const std::string& symbol_;
  const std::string& date_;
  // The counts of each vote: by the eId of its block, then by side
  // ("inFavour", "against", "abstaining").
  std::map<std::string, std::map<std::string, Count>> votings_;
  std::map<std::string, int> listed_;  // the last vote's lists: States by side
};

}  // namespace

void checkConsistency(const pugi::xml_document& document, std::string_view xml,
                      const Metadata& identified, Audit& audit) {
  Checker(xml, identified, audit).run(document);
}

}  // namespace verbatim
