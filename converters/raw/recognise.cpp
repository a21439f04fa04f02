#include "raw/recognise.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdio>

#include "core/bodies.hpp"
#include "core/countries.hpp"
#include "core/dates.hpp"
#include "core/text.hpp"
#include "raw/inline_runs.hpp"
#include "raw/registry.hpp"
#include "raw/vote_lists.hpp"

namespace verbatim {
namespace {

// The commas an address's heading sets between its name and the office.
constexpr std::string_view kCommas[] = {",", "،", "，"};

struct Speaker {
  std::string by;
  std::string as;
  Inlines from;  // the label as printed, page ends left out: repeated by continuations
};

class Recogniser {
 public:
  Recogniser(const Grammar& grammar, const Metadata& meta, std::optional<int> firstPage,
             Audit& audit)
      : grammar_(grammar),
        profile_(grammar.profile()),
        registry_(meeting_, grammar.profile()),
        audit_(audit),
        firstPage_(firstPage) {
    meeting_.meta = meta;
    if (const BodyInfo* body = findBody(meta.body)) bodyId_ = registry_.body(*body);
  }

  // The cover's President and members: people and States of the record.
  void takeCover(const CoverFacts& cover) {
    auto& meta = meeting_.meta;
    if (!cover.presidentName.empty()) {
      const std::string state =
          cover.presidentCountry.empty() ? std::string() : registry_.state(cover.presidentCountry);
      meta.president =
          registry_.person(cover.presidentName, withoutHonorific(cover.presidentName), state);
      coverTitle_ = cover.presidentTitle;
      if (meta.presidency.empty()) meta.presidency = state;
      presidentsShared_ = !cover.otherPresident.empty() && !state.empty();
    }
    for (const auto& [state, name] : cover.members) {
      // A row with no State's name (what the cover's layout left) names no member.
      if (text::trim(state).empty()) continue;
      Member member;
      member.state = registry_.state(state);
      if (!name.empty())
        member.person = registry_.person(name, withoutHonorific(name), member.state);
      meta.members.push_back(member);
    }
    meta.agenda = cover.agenda;
    if (!cover.time.empty())
      if (auto times = grammar_.times(cover.time); !times.empty()) {
        char clock[32];
        std::snprintf(clock, sizeof clock, "T%02d:%02d:00", times[0].hour, times[0].minute);
        meta.startTime = meta.date + clock;
      }
  }

  Meeting run(const std::vector<RawParagraph>& paragraphs) {
    findPresidency(paragraphs);
    for (const auto& paragraph : paragraphs) take(paragraph);
    dropEmptySpeeches();
    checkVoteTotals();
    nameThePresidentsRole();
    warnIfNoOneSpoke(paragraphs);
    return std::move(meeting_);
  }

  // A record in a language with speaker labels where not one label was read
  // is not a record as the profile knows them (reversed lines, another
  // language): its text is all kept, but the reader should know.
  void warnIfNoOneSpoke(const std::vector<RawParagraph>& paragraphs) {
    if (!readsSpeeches_ || paragraphs.empty()) return;
    for (const auto& section : meeting_.sections)
      for (const auto& block : section.blocks)
        if (block.kind == BlockKind::Speech) return;
    audit_.warn(paragraphs.front().firstLine,
                "no speaker's label was recognised in the whole record; its text is kept as "
                "headings and narratives (is it in the language given, and in reading order?)");
  }

  // The preface names the President's role. The President's own label says
  // it as the record does ("الرئيسة", "La Présidente"); where the President
  // never speaks, the cover's word for the office ("Presidenta:", "Chair:":
  // the presiding title of that name, not an acting one's), else the
  // President's unmarked title (the shortest).
  void nameThePresidentsRole() {
    if (meeting_.meta.president.empty()) return;
    const TitleSpec* named = nullptr;
    for (const auto& title : profile_.titles)
      if (title.presiding && title.roleName == coverTitle_ && !title.roleId.starts_with("acting") &&
          !title.roleId.starts_with("temporary")) {
        named = &title;
        break;
      }
    if (!named)
      for (const auto& title : profile_.titles)
        if (title.roleId == "president" &&
            (!named || title.roleName.size() < named->roleName.size()))
          named = &title;
    if (!named) return;
    const std::string roleId = presidingRoleId(named->roleId);
    registry_.role(roleId, named->roleName);
    meeting_.meta.presidentRole = roleId;
  }

  // A committee is chaired: its "Président", "Presidente", "Председатель"
  // hold the office English calls the Chair, one id in every language.
  std::string presidingRoleId(std::string_view roleId) const {
    if (meeting_.meta.committee.empty()) return std::string(roleId);
    if (roleId == "president") return "chair";
    if (roleId == "actingPresident") return "actingChair";
    return std::string(roleId);
  }

 private:
  // The day of a time the record states in order: a meeting that runs past
  // midnight ("resumed at 12.20 a.m.", "rose at 1.15 a.m." after a start at
  // 10.10 p.m.) goes on into the next day. A time more than twelve hours
  // before the last one is taken for the next day's.
  std::string dayOf(const ClockTime& time) {
    const int minutes = time.hour * 60 + time.minute;
    if (lastMinutes_ >= 0 && lastMinutes_ - minutes > 12 * 60) ++daysLater_;
    lastMinutes_ = minutes;
    return daysLater_ == 0 ? meeting_.meta.date : laterDate(meeting_.meta.date, daysLater_);
  }

  // The chair's State is named where the chair speaks in national capacity.
  void findPresidency(const std::vector<RawParagraph>& paragraphs) {
    if (!meeting_.meta.presidency.empty()) return;  // the cover page said
    for (const auto& paragraph : paragraphs) {
      // The sentence may open the chair's turn, after its label ("主席（以英语
      // 发言）：我现在以圭亚那代表的身份发言。").
      std::string_view text = paragraph.text;
      if (auto label = grammar_.label(text)) {
        if (!label->title || !label->title->presiding) continue;
        text = text::trimStart(text.substr(label->length));
      }
      // "بصفتي الوطنية", "in my national capacity": the formula need not name the State.
      if (auto country = grammar_.nationalCapacity(text); country && country->found()) {
        meeting_.meta.presidency = registry_.state(country->in(text));
        audit_.inferred("presidency", paragraph.firstLine, paragraph.lastLine,
                        "the presiding State is the one the chair speaks for in national "
                        "capacity: " +
                            std::string(country->in(text)));
        return;
      }
    }
  }

  void take(const RawParagraph& paragraph) {
    const std::string_view text = paragraph.text;
    if (auto label = grammar_.voteLabel(text); label && !paragraph.ballotRow)
      return addVoteList(paragraph, *label);
    if (awaitingVoters_) return addVoters(paragraph);
    if (auto label = grammar_.label(text)) return startSpeech(paragraph, *label);
    if (auto procedural = grammar_.procedural(text)) return addProcedural(paragraph, *procedural);
    if (grammar_.isAgendaHeading(text)) {
      openSection(SectionKind::AdoptionOfAgenda);
      return addHeading(paragraph, false);
    }
    if (auto note = grammar_.languageSwitch(text)) {
      if (!speaking_ && lastSpeaker_) continueSpeech(*lastSpeaker_, paragraph);
      if (speaking_) return addLanguageSwitch(paragraph, *note);
      audit_.warn(paragraph.firstLine, "a language note outside any speech; kept as a narrative");
      return addNarrative(paragraph, NarrativeKind::Other);
    }
    if (grammar_.isAgendaItemHeading(text)) {
      openSection(SectionKind::AgendaItem);
      return addHeading(paragraph, false);
    }
    if (paragraph.outsideSpeech && grammar_.beginsAddressHeading(text) &&
        !meeting_.sections.empty()) {
      // A speaker's heading is a subheading of the item, which goes on: it
      // opens the item's next part (a section begins with its headings), also
      // right under the item's own headings ("Agenda item 8 (continued)
      // General debate"), so that each address is a part the contents name.
      // An address is a part of an item (the general debate), also where no
      // item's heading came before it: never of the opening.
      if (meeting_.sections.back().blocks.empty())
        meeting_.sections.back().kind = SectionKind::Address;
      else
        openSection(SectionKind::Address);
      speaking_ = false;
      address_ = text;
      addHeading(paragraph, true);
      addressHeading_ = {meeting_.sections.size() - 1, section().blocks.size() - 1};
      addressLine_ = paragraph.firstLine;
      return;
    }
    if (paragraph.outsideSpeech) {
      // "(f) CONFIRMATION OF THE APPOINTMENT OF MEMBERS OF THE INVESTMENTS
      // COMMITTEE:": set in capitals, as the 1990s set headings, it is one,
      // whatever ends it.
      if (grammar_.endsSentence(text) && !setInCapitals(withoutSubItemMark(text))) {
        if (resumesTurnAfterSpokenDecision(paragraph)) return addParagraph(paragraph);
        if (readsSpeeches_)
          audit_.warn(paragraph.firstLine,
                      "a line outside any speech that is not a known "
                      "procedural phrase; kept as a narrative");
        return addNarrative(paragraph, NarrativeKind::Other);
      }
      return addAgendaHeading(paragraph);
    }
    if (!speaking_) {
      if (!lastSpeaker_) {
        if (readsSpeeches_)
          audit_.warn(paragraph.firstLine,
                      "text before the first speaker label; kept as a narrative");
        return addNarrative(paragraph, NarrativeKind::Other);
      }
      continueSpeech(*lastSpeaker_, paragraph);
    }
    addParagraph(paragraph);
  }

  // "Il en est ainsi décidé." / "Le Conseil de sécurité va maintenant …":
  // the bare formula of a decision (no number, no document, no count), right
  // after a turn and followed by the turn's own words, was said by the
  // speaker (French prints the chair's spoken "It is so decided" in the
  // words of the italic line). The record's own lines say what was decided
  // (a document, a count, an outcome: "It was so decided (decision
  // 76/581).", "The proposal was rejected by 4 votes to 4"): those stay,
  // whatever follows them.
  bool resumesTurnAfterSpokenDecision(const RawParagraph& paragraph) {
    if (!readsSpeeches_ || meeting_.sections.empty()) return false;
    // The turn's later paragraphs, up to its next label, go on with it.
    if (resumedTurn_ && speaking_) return true;
    auto& blocks = section().blocks;
    if (blocks.size() < 2 || blocks.back().kind != BlockKind::Narrative ||
        blocks.back().narrative.kind != NarrativeKind::Decision ||
        blocks[blocks.size() - 2].kind != BlockKind::Speech)
      return false;
    const auto& said = blocks.back().narrative.text.content;
    if (!std::all_of(said.begin(), said.end(), [](const Inline& run) {
          return run.kind == InlineKind::Text && !text::hasDigit(run.text);
        }))
      return false;
    Paragraph decided = std::move(blocks.back().narrative.text);
    blocks.pop_back();
    audit_.inferred("spoken-decision", paragraph.firstLine, paragraph.lastLine,
                    "the decision's line is the speaker's: the turn goes on after it without "
                    "a label");
    speech().items.push_back({std::move(decided)});
    speaking_ = true;
    resumedTurn_ = true;
    return true;
  }

  // "(f) CONFIRMATION …" without its sub-item's letter.
  std::string_view withoutSubItemMark(std::string_view text) const {
    if (!grammar_.isSubItemHeading(text)) return text;
    const auto close = text.find_first_of(")）");
    return close == std::string_view::npos ? text : text.substr(close + 1);
  }

  // Every letter a capital, and letters enough to be words.
  static bool setInCapitals(std::string_view text) {
    constexpr int kFewestLetters = 8;
    int capitals = 0;
    for (std::size_t i = 0; i < text.size();) {
      const auto c = static_cast<UChar32>(text::next(text, i));
      if (u_islower(c)) return false;
      capitals += u_isupper(c) != 0;
    }
    return capitals >= kFewestLetters;
  }

  // The totals a vote's result announces must be those its lists give: a
  // mismatch is reported, never mended.
  void checkVoteTotals() {
    for (auto& section : meeting_.sections) {
      auto& blocks = section.blocks;
      for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (blocks[i].kind != BlockKind::Vote) continue;
        Vote& vote = blocks[i].vote;
        vote.outcome = outcomeAfter(blocks, i);
        std::array<int, 3> listed{};
        for (const auto& list : vote.lists) listed[static_cast<int>(list.choice)] += list.count();
        for (std::size_t j = i + 1; j < blocks.size() && j <= i + 3; ++j) {
          const auto result = grammar_.voteResult(blockText(blocks[j]));
          if (!result) continue;
          const auto& announced = result->counts;
          if (announced != listed)
            audit_.warn(vote.source.first, "the vote's result as announced (" + tally(announced) +
                                               ") differs from its lists (" + tally(listed) + ")");
          else
            audit_.inferred("vote-totals", vote.source.first, vote.source.last,
                            "the lists match the result announced (" + tally(listed) + ")");
          break;
        }
      }
    }
  }

  // The outcome the blocks after a vote announce, before another vote.
  static std::optional<VoteOutcome> outcomeAfter(const std::vector<Block>& blocks, std::size_t i) {
    for (std::size_t j = i + 1; j < blocks.size() && j <= i + 3; ++j) {
      if (blocks[j].kind == BlockKind::Vote) break;
      auto outcomeIn = [](const Paragraph& paragraph) -> std::optional<VoteOutcome> {
        for (const auto& run : paragraph.content)
          if (run.kind == InlineKind::Outcome)
            return run.ref == voteOutcomeName(VoteOutcome::Rejected) ? VoteOutcome::Rejected
                                                                     : VoteOutcome::Adopted;
        return std::nullopt;
      };
      if (blocks[j].kind == BlockKind::Narrative)
        if (auto found = outcomeIn(blocks[j].narrative.text)) return found;
      if (blocks[j].kind == BlockKind::Speech)
        for (const auto& item : blocks[j].speech.items)
          if (auto found = outcomeIn(item.paragraph)) return found;
    }
    return std::nullopt;
  }

  static std::string tally(const std::array<int, 3>& counts) {
    return std::to_string(counts[0]) + " in favour, " + std::to_string(counts[1]) + " against, " +
           std::to_string(counts[2]) + " abstaining";
  }

  static std::string blockText(const Block& block) {
    switch (block.kind) {
      case BlockKind::Narrative: return plainText(block.narrative.text.content);
      case BlockKind::Speech: {
        std::string text;
        for (const auto& item : block.speech.items) text += plainText(item.paragraph.content) + " ";
        return text;
      }
      case BlockKind::Heading:
      case BlockKind::Vote: return {};
    }
    return {};
  }

  // A continuation opened by a change of capacity that the turn then never
  // used; or a label with nothing after it (a record cut off after it,
  // found by fuzzing): its text goes into the report, never silently.
  void dropEmptySpeeches() {
    for (auto& section : meeting_.sections)
      std::erase_if(section.blocks, [this](const Block& block) {
        if (block.kind != BlockKind::Speech || !block.speech.items.empty()) return false;
        if (const std::string label = plainText(block.speech.from); !label.empty())
          audit_.removed("empty-speech", block.speech.source.first, block.speech.source.last, label,
                         "a speaker label with no speech after it");
        return true;
      });
  }

  // --- sections and blocks -------------------------------------------------

  Section& openSection(SectionKind kind) {
    meeting_.sections.push_back(Section{kind, {}});
    speaking_ = false;
    address_.clear();
    addressHeading_.reset();
    addressEnded_ = false;
    return meeting_.sections.back();
  }

  Section& section() {
    if (meeting_.sections.empty()) openSection(SectionKind::Other);
    return meeting_.sections.back();
  }

  // The section a new block goes in: after an address has ended, its item
  // going on (a section with no heading: model.hpp's outline).
  Section& sectionForNewBlock() {
    resumedTurn_ = false;
    if (addressEnded_) openSection(SectionKind::AgendaItem);
    return section();
  }

  Speech& speech() { return section().blocks.back().speech; }

  void addAgendaHeading(const RawParagraph& paragraph) {
    const Section* current = meeting_.sections.empty() ? nullptr : &meeting_.sections.back();
    const bool onlyHeadings =
        current &&
        (current->kind == SectionKind::AgendaItem || current->kind == SectionKind::SubItem ||
         current->kind == SectionKind::Address) &&
        std::all_of(current->blocks.begin(), current->blocks.end(),
                    [](const Block& b) { return b.kind == BlockKind::Heading; });
    if (!onlyHeadings) {
      // Where items are numbered, a heading without a number is no item's
      // ("Minute of silent prayer or meditation", "Tribute to …"), unless it
      // heads a part of one: a sub-item, a report, a draft ("(a) …",
      // "Report of the Third Committee (A/65/453)").
      const BodyInfo* body = findBody(meeting_.meta.body);
      const bool numbered = body && body->numbersItems;
      const bool noItem = (numbered && !grammar_.startsHeading(paragraph.text)) ||
                          grammar_.isNonItemHeading(paragraph.text);
      // Where items are numbered, the part of one ("(a) …", a report) a
      // heading opens is the item's, once an item has begun: its heading is
      // a subheading, as an address's is.
      const bool part =
          numbered && !noItem &&
          std::any_of(meeting_.sections.begin(), meeting_.sections.end(),
                      [](const Section& s) { return s.kind == SectionKind::AgendaItem; });
      // A sub-item ("(a) …") is a part of its item in the outline, as an
      // address is; a report or a draft heads the item going on.
      const SectionKind kind = noItem ? SectionKind::Other
                               : part && grammar_.isSubItemHeading(paragraph.text)
                                   ? SectionKind::SubItem
                                   : SectionKind::AgendaItem;
      openSection(kind);
      return addHeading(paragraph, part);
    }
    addHeading(paragraph, onlyHeadings);
  }

  void addHeading(const RawParagraph& paragraph, bool sub) {
    Block block;
    block.kind = BlockKind::Heading;
    block.heading.sub = sub;
    block.heading.text = paragraphOf(paragraph, 0, {});
    sectionForNewBlock().blocks.push_back(std::move(block));
  }

  // A change of chair that names who takes it ("Mr. X (Guyana), Vice-President,
  // took the Chair.") says who "The Acting President" is until the next change;
  // one that names no one ("The President returned to the Chair.") gives the
  // chair back to the President.
  void addProcedural(const RawParagraph& paragraph, const ProceduralMatch& match) {
    std::vector<Span> spans;
    if (match.kind == NarrativeKind::ChairChange) {
      chair_.clear();
      chairActing_ = false;
      if (match.chair.found()) {
        const std::string_view text = paragraph.text;
        std::string stateId;
        if (match.chairCountry.found()) {
          stateId = registry_.state(match.chairCountry.in(text));
          spans.push_back(
              {match.chairCountry, InlineKind::Organization, stateId, TimeEvent::None, {}});
        }
        const std::string_view name = match.chair.in(text);
        chair_ = registry_.person(name, withoutHonorific(name), stateId);
        spans.push_back({match.chair, InlineKind::Person, chair_, TimeEvent::None, {}});
        audit_.inferred("chair", paragraph.firstLine, paragraph.lastLine,
                        "the chair is taken by " + std::string(name) +
                            ": the presiding speaker's turns are theirs until the chair changes");
      }
    }
    // "[Subsequently, the delegation of Malawi informed the Secretariat …]":
    // the States a note names, for who reads the votes by State; "… the
    // representatives of Argentina, Brazil and Chile took the seats reserved
    // for them …": the States that took part without speaking.
    if (match.kind == NarrativeKind::Note || match.kind == NarrativeKind::Seating)
      for (auto [begin, end] : statesNamedIn(paragraph.text, profile_.code))
        spans.push_back(
            {Piece{begin, end},
             InlineKind::Organization,
             registry_.state(std::string_view(paragraph.text).substr(begin, end - begin)),
             TimeEvent::None,
             {}});
    addNarrative(paragraph, match.kind, std::move(spans));
  }

  // Who speaks as the chair: who took it, else the President the cover names
  // (the presiding State where it names two), else the presiding State, else
  // the body.
  std::string presidingSpeaker() const {
    if (!chair_.empty()) return chair_;
    if (!meeting_.meta.president.empty() && !presidentsShared_) return meeting_.meta.president;
    if (!meeting_.meta.presidency.empty()) return meeting_.meta.presidency;
    return bodyId_;
  }

  void addNarrative(const RawParagraph& paragraph, NarrativeKind kind,
                    std::vector<Span> spans = {}) {
    afterVote_ = false;
    outcomeAwaited_ = false;
    // "The meeting resumed at 11.45 a.m." after the meeting opened: the end of
    // a suspension, not a second start.
    if (kind == NarrativeKind::Opening && opened_) kind = NarrativeKind::Resumption;
    // The record of a meeting's resumption ("S/PV.9488 (Resumption 1)") begins
    // "The meeting resumed at 10.05 a.m.": the record's start, and the
    // meeting's resumption, not its opening (counted twice).
    const bool starts = kind == NarrativeKind::Opening;
    if (starts && meeting_.meta.symbol.find('(') != std::string::npos)
      kind = NarrativeKind::Resumption;
    if (starts) opened_ = true;
    if (kind == NarrativeKind::VoteTaken) voteTakenLine_ = paragraph.firstLine;
    if (starts && meeting_.sections.empty()) openSection(SectionKind::Opening);
    Block block;
    block.kind = BlockKind::Narrative;
    block.narrative.kind = kind;
    const TimeEvent event = starts                           ? TimeEvent::Start
                            : kind == NarrativeKind::Closing ? TimeEvent::End
                                                             : TimeEvent::None;
    for (const auto& time : grammar_.times(paragraph.text)) {
      char clock[32];
      std::snprintf(clock, sizeof clock, "T%02d:%02d:00", time.hour, time.minute);
      spans.push_back({time.where, InlineKind::Time, dayOf(time) + clock, event, {}});
    }
    if (kind == NarrativeKind::Decision) {
      auto symbols = symbolSpans(paragraph.text, 0);
      auto decided = resultSpans(paragraph.text, 0, true);
      spans.insert(spans.end(), symbols.begin(), symbols.end());
      spans.insert(spans.end(), decided.begin(), decided.end());
    }
    block.narrative.text = paragraphOf(paragraph, 0, std::move(spans));
    Section& current = sectionForNewBlock();
    // Escorted in, then out: the second escort ends the address.
    const auto escorts =
        std::count_if(current.blocks.begin(), current.blocks.end(), [](const Block& b) {
          return b.kind == BlockKind::Narrative && b.narrative.kind == NarrativeKind::Escort;
        });
    current.blocks.push_back(std::move(block));
    if (kind == NarrativeKind::Escort && !address_.empty() && escorts >= 1) addressEnded_ = true;
    speaking_ = false;
  }

  // --- votes ----------------------------------------------------------------

  // `label.rest`: the States on the label's own line ("Against: Iraq, Sudan"), if any.
  void addVoteList(const RawParagraph& paragraph, const Grammar::VoteLabel& label) {
    Section& current = sectionForNewBlock();
    // A second list of the same choice is another vote's, whatever came
    // between (pages whose columns came out of order put two votes' lists
    // one after the other).
    auto listed = [&](const Vote& vote) {
      return std::any_of(vote.lists.begin(), vote.lists.end(),
                         [&](const VoteList& list) { return list.choice == label.choice; });
    };
    if (current.blocks.empty() || current.blocks.back().kind != BlockKind::Vote ||
        listed(current.blocks.back().vote)) {
      Block block;
      block.kind = BlockKind::Vote;
      block.vote.source = {paragraph.firstLine, paragraph.lastLine};
      current.blocks.push_back(std::move(block));
    }
    VoteList list;
    list.choice = label.choice;
    list.label = label.rest.found() ? paragraphOf(prefixOf(paragraph, label.rest.begin), 0, {})
                                    : paragraphOf(paragraph, 0, {});
    current.blocks.back().vote.lists.push_back(std::move(list));
    awaitingVoters_ = true;
    speaking_ = false;
    afterVote_ = true;
    voteTakenLine_ = 0;
    if (label.rest.found()) addVoters(paragraph, label.rest.begin);
  }

  // The paragraph's text up to `end` (spaces before it trimmed), with the page
  // ends that fall inside it.
  static RawParagraph prefixOf(const RawParagraph& paragraph, std::size_t end) {
    RawParagraph head = paragraph;
    head.text = std::string(text::trim(std::string_view(paragraph.text).substr(0, end)));
    head.pageEnds.clear();
    head.pageNumbers.clear();
    for (std::size_t i = 0; i < paragraph.pageEnds.size(); ++i) {
      if (paragraph.pageEnds[i] > head.text.size()) continue;
      head.pageEnds.push_back(paragraph.pageEnds[i]);
      if (i < paragraph.pageNumbers.size()) head.pageNumbers.push_back(paragraph.pageNumbers[i]);
    }
    return head;
  }

  // "In favour:" / "Brazil" / "Cape Verde" / "Djibouti": a list set one State
  // to a line, with no commas between (round BI). A name no State has whose
  // lines make States, each of one line or of lines running on ("República
  // Popular" / "Democrática de Corea"), is those States; otherwise it stays
  // as read (and is warned of). `pieces`: the names splitStates read in
  // paragraph.text from `from`, offsets from there.
  std::vector<Piece> statesOneToALine(const RawParagraph& paragraph, std::size_t from,
                                      std::vector<Piece> pieces) const {
    const std::string_view text = std::string_view(paragraph.text).substr(from);
    auto isState = [&](Piece piece) { return !countryCode(piece.in(text), profile_.code).empty(); };
    std::vector<Piece> parted;
    for (const Piece& piece : pieces) {
      if (isState(piece)) {
        parted.push_back(piece);
        continue;
      }
      // The piece's lines, the spaces that joined them left out.
      std::vector<Piece> lines;
      std::size_t begin = piece.begin;
      auto addLine = [&](std::size_t end) {
        while (end > begin && text[end - 1] == ' ') --end;
        lines.push_back({begin, end});
      };
      for (const auto& [start, number] : paragraph.lineStarts) {
        if (start < from || start - from <= piece.begin || start - from >= piece.end) continue;
        addLine(start - from);
        begin = start - from;
      }
      addLine(piece.end);
      // Each State as soon as its lines name one.
      std::vector<Piece> states;
      std::size_t nameBegin = lines.front().begin;
      bool open = false;
      for (std::size_t k = 0; k < lines.size(); ++k) {
        open = !isState({nameBegin, lines[k].end});
        if (open) continue;
        states.push_back({nameBegin, lines[k].end});
        if (k + 1 < lines.size()) nameBegin = lines[k + 1].begin;
      }
      if (!open && states.size() > 1)
        parted.insert(parted.end(), states.begin(), states.end());
      else
        parted.push_back(piece);
    }
    return parted;
  }

  // The list's States, each an Organization inline; they begin at `from` in
  // the paragraph.
  // "None" (in Spanish "Ninguno" or "Ninguna", as the list's noun takes it) is
  // an empty list.
  void addVoters(const RawParagraph& paragraph, std::size_t from = 0) {
    awaitingVoters_ = false;
    const std::string_view text = std::string_view(paragraph.text).substr(from);
    std::vector<Span> spans;
    std::string_view list = text::trim(text);
    if (list.ends_with('.')) list.remove_suffix(1);  // "Contre : Néant."
    if (!text::anyAlternative(profile_.vote.none,
                              [&](std::string_view none) { return none == list; })) {
      std::vector<std::string> unknown;
      for (const Piece& piece : statesOneToALine(paragraph, from, splitStates(text, profile_))) {
        const std::string_view name = piece.in(text);
        if (countryCode(name, profile_.code).empty()) unknown.emplace_back(name);
        spans.push_back({{piece.begin + from, piece.end + from},
                         InlineKind::Organization,
                         registry_.state(name),
                         TimeEvent::None,
                         {}});
      }
      // A name no State has is a misprint, a name the table lacks, or text
      // that is no list's (a sentence read into it): said, never dropped.
      if (!unknown.empty()) {
        std::string names;
        for (const auto& name : unknown) names += (names.empty() ? "'" : ", '") + name + "'";
        audit_.warn(paragraph.firstLine, "a vote's list names " + std::to_string(unknown.size()) +
                                             " that no State of the country table is called: " +
                                             names + " (each kept as an organization of its own)");
      }
    }
    auto& vote = section().blocks.back().vote;
    vote.source.last = paragraph.lastLine;
    vote.lists.back().members = paragraphOf(paragraph, from, std::move(spans));
  }

  // --- speeches -------------------------------------------------------------

  void startSpeech(const RawParagraph& paragraph, const LabelMatch& label) {
    outcomeAwaited_ = false;
    const std::string_view text = paragraph.text;
    // The holder the chair named giving the floor, for this turn only.
    const std::optional<NamedHolder> named = std::exchange(namedHolder_, std::nullopt);
    Speaker speaker;
    std::vector<Span> from;
    if (label.title) {
      const TitleSpec& title = *label.title;
      speaker.as = registry_.role(presidingRoleId(title.roleId), title.roleName);
      if (title.presiding) {
        // Where the one who took the chair speaks as "The Acting President",
        // "The President" is the President again, though no line said the
        // chair was given back (records of the 1990s call the one who took
        // it "The President": there, they remain the speaker).
        const bool acting = title.roleId.starts_with("acting");
        // No line said who took the chair (a wording the profile does not
        // know): the acting chair is someone, unnamed, never the President.
        if (chair_.empty() && acting) {
          const std::string_view printed = label.speaker.in(text);
          chair_ = unnamedHolder(printed, title);
          audit_.warn(paragraph.firstLine,
                      "'" + std::string(printed) +
                          "' speaks, but no line before says who took the chair: their turns "
                          "are given to an unnamed person, not to the President");
        }
        if (!chair_.empty() && acting) chairActing_ = true;
        if (!chair_.empty() && !acting && chairActing_) {
          audit_.inferred("chair", paragraph.firstLine, paragraph.firstLine,
                          "'" + std::string(label.speaker.in(text)) +
                              "' after 'acting' labels: the President has the chair again");
          chair_.clear();
          chairActing_ = false;
        }
        speaker.by = presidingSpeaker();
        if (speaker.by == bodyId_ && !chairUnnamedWarned_) {
          chairUnnamedWarned_ = true;
          audit_.warn(paragraph.firstLine,
                      "'" + std::string(label.speaker.in(text)) +
                          "': no cover page or chair change names who presides, so the chair's "
                          "turns are given to the body; pass the text with its cover page");
        }
      } else if (named && label.speaker.in(text).ends_with(named->title)) {
        // "I now give the floor to the Secretary-General, Mr. António
        // Guterres." / "The Secretary-General:": the record says who it is.
        // (The office's body stays among the organisations: the holder's.)
        if (const BodyInfo* body = findBody(title.body)) registry_.body(*body);
        speaker.by = registry_.person(named->name, withoutHonorific(named->name), {});
        audit_.inferred("speaker", paragraph.firstLine, paragraph.firstLine,
                        "'" + std::string(label.speaker.in(text)) + "' is " + named->name +
                            ", whom the chair named giving the floor");
      } else if (const InvitedOffice* invitee = invitedByOffice(label.speaker.in(text))) {
        // "The Deputy Secretary-General:", whom the chair invited as "Ms.
        // Amina Mohammed, Deputy Secretary-General": the record says who it is.
        if (const BodyInfo* body = findBody(title.body)) registry_.body(*body);
        speaker.by = registry_.person(invitee->name, invitee->name, {});
        audit_.inferred("speaker", paragraph.firstLine, paragraph.firstLine,
                        "'" + std::string(label.speaker.in(text)) + "' is " + invitee->name +
                            ", whom the chair invited in that office");
      } else if (const BodyInfo* body = findBody(title.body)) {
        speaker.by = registry_.body(*body);
      } else {
        // An office held by a person the label does not name ("The
        // President-elect:"): that person, unnamed, not the body.
        speaker.by = unnamedHolder(label.speaker.in(text), title);
      }
      from.push_back({label.speaker, InlineKind::Role, speaker.as, TimeEvent::None, {}});
    }
    std::string stateId, titleId;
    if (label.country.found()) {
      // "(Department for General Assembly and Conference Management)": an
      // office, for which the speaker speaks; no State. "(Under-Secretary-General
      // for …)": the speaker's own title, the role spoken in.
      const std::string_view bracket = label.country.in(text);
      const bool state = !countryCode(bracket, profile_.code).empty();
      if (!state && grammar_.namesATitle(bracket)) {
        titleId = registry_.printedRole(bracket);
        from.push_back({label.country, InlineKind::Role, titleId, TimeEvent::None, {}});
      } else {
        const bool office = !state && grammar_.namesAnOffice(bracket);
        // "(United States of Arnerica)": a name no State has, a misprint or a
        // body the table lacks, is said, and kept as an organisation of its own.
        if (!state && !office)
          audit_.warn(paragraph.firstLine, "a speaker's label names '" + std::string(bracket) +
                                               "', which no State of the country table is "
                                               "called (kept as an organization of its own)");
        const std::string orgId = office ? registry_.office(bracket) : registry_.state(bracket);
        if (!office) stateId = orgId;
        from.push_back({label.country, InlineKind::Organization, orgId, TimeEvent::None, {}});
      }
    }
    if (!label.title) {
      std::string_view name = label.speaker.in(text);
      // "President Ruto:" under "Address by Mr. William Samoei Ruto, President of
      // the Republic of Kenya": the heading names the State the speaker heads,
      // and the office the speaker speaks in.
      std::string addressOffice;
      // "Mr. Rabuka (Fiji):" under "Address by Mr. Sitiveni Rabuka, Prime
      // Minister of the Republic of Fiji" speaks in that office too.
      const std::string_view surname = withoutHonorific(name);
      const std::size_t named = surname.size() >= 3 ? nameInAddress(surname) : std::string::npos;
      if (named != std::string::npos) {
        if (const auto state = stateInAddress(); stateId.empty() && state)
          stateId = registry_.state(
              std::string_view(address_).substr(state->begin, state->end - state->begin));
        addressOffice = officeInAddress(surname, named);
      }
      speaker.by = registry_.person(name, withoutHonorific(name), stateId);
      if (named != std::string::npos) markAddressee(surname, named, speaker.by);
      // A body in the brackets that is no State ("(Comité international de la
      // Croix-Rouge)"), or an observer that is no Member ("(African Union)"),
      // gives way to the office the invitation names.
      const std::string_view code = countryCode(label.country.in(text), profile_.code);
      const bool ofAState = !stateId.empty() && !code.empty() && isMemberState(code);
      const auto* invited = ofAState ? nullptr : invitedAs(withoutHonorific(name));
      if (!addressOffice.empty())
        speaker.as = registry_.printedRole(addressOffice);
      else if (!stateId.empty() && !invited)
        speaker.as = registry_.role("representative", profile_.representativeRole);
      else if (!titleId.empty())
        speaker.as = titleId;
      // "Ms. DiCarlo:", whom the chair invited under rule 39 as "Ms. Rosemary
      // DiCarlo, Under-Secretary-General for …": she speaks in that office.
      else if (invited) {
        speaker.as = registry_.printedRole(invited->office);
        audit_.inferred("speaker", paragraph.firstLine, paragraph.firstLine,
                        "'" + std::string(name) + "' is " + invited->name + ", " + invited->office +
                            ", whom the chair invited under rule 39");
      }
      from.push_back({label.speaker, InlineKind::Person, speaker.by, TimeEvent::None, {}});
    }
    // "Mr. Garayev (Azerbaijan), Rapporteur of the Third Committee:": the
    // office is marked; the speaker still speaks as its State's representative.
    if (!label.title && label.role.found())
      from.push_back({label.role,
                      InlineKind::Role,
                      registry_.printedRole(label.role.in(text)),
                      TimeEvent::None,
                      {}});
    if (auto span = languageSpan(paragraph, label)) from.push_back(*span);
    std::sort(from.begin(), from.end(),
              [](const Span& a, const Span& b) { return a.where.begin < b.where.begin; });

    Block block;
    block.kind = BlockKind::Speech;
    block.speech.by = speaker.by;
    block.speech.as = speaker.as;
    block.speech.source = {paragraph.firstLine, paragraph.lastLine};
    // The label without its final delimiter; page ends up to the text after it stay with it.
    std::size_t labelEnd = label.colon.begin;
    while (labelEnd > 0 && text[labelEnd - 1] == ' ') --labelEnd;  // "Mr. Tsiang (China) :"
    std::size_t rest = label.length;
    while (rest < text.size() && text[rest] == ' ') ++rest;
    std::vector<PageMark> labelPageEnds;
    for (const auto& mark : pageMarks(paragraph, 0))
      if (mark.offset < rest || (rest == text.size() && mark.offset == rest))
        labelPageEnds.push_back({std::min(mark.offset, labelEnd), mark.number});
    block.speech.from = inlinesOf(text.substr(0, labelEnd), labelPageEnds, std::move(from),
                                  [this](int printed) { return pageNumber(printed); });
    const int colonLine = paragraph.lineAt(label.colon.begin);
    audit_.removed("label-delimiter", colonLine, colonLine, std::string(label.colon.in(text)),
                   "the colon that ends a speaker label is markup, not text");
    // No one speaks in the opening: a resumed meeting's record goes on from
    // "The meeting resumed at …" with its item, whose heading it does not
    // print again (its part has none).
    if (!meeting_.sections.empty() && section().kind == SectionKind::Opening)
      openSection(SectionKind::AgendaItem);
    sectionForNewBlock().blocks.push_back(std::move(block));
    speaking_ = true;
    presiding_ = label.title && label.title->presiding;
    nationalCapacity_ = false;
    for (const auto& run : section().blocks.back().speech.from)
      if (run.kind != InlineKind::PageEnd) speaker.from.push_back(run);
    lastSpeaker_ = speaker;
    if (rest < text.size()) addParagraphFrom(paragraph, rest);
  }

  std::optional<Span> languageSpan(const RawParagraph& paragraph, const LabelMatch& note) {
    // "(spoke via video-teleconference)": a note that names no language says
    // nothing of one; it stays text of the label (round BI: it had become a
    // language with no name, and the record failed the AKN profile).
    if (!note.note.found() || !note.language.found()) return std::nullopt;
    const std::string_view name = note.language.in(paragraph.text);
    const std::string_view code = grammar_.languageCode(name);
    // A language the profile does not name is no language of the record's:
    // it is marked undetermined ("und"), never taken for the record's own.
    if (code.empty())
      audit_.warn(paragraph.firstLine, "unknown language name '" + std::string(name) +
                                           "' in a language note; marked as an undetermined "
                                           "language (und)");
    return Span{note.note,
                InlineKind::Language,
                registry_.language(code.empty() ? "und" : code, name),
                TimeEvent::None,
                {}};
  }

  // A turn interrupted by a procedural line (a change of chair, say) goes on
  // in a new speech that repeats the turn's label, so that every speech says
  // who speaks; the repeated text is recorded as inserted.
  void continueSpeech(const Speaker& speaker, const RawParagraph& paragraph) {
    Block block;
    block.kind = BlockKind::Speech;
    block.speech.by = speaker.by;
    block.speech.as = speaker.as;
    block.speech.from = speaker.from;
    block.speech.continued = true;
    audit_.inserted("continued-label", paragraph.firstLine, paragraph.firstLine,
                    plainText(speaker.from),
                    "the label of an interrupted turn, repeated where the turn goes on");
    block.speech.source = {paragraph.firstLine, paragraph.lastLine};
    sectionForNewBlock().blocks.push_back(std::move(block));
    speaking_ = true;
  }

  void addLanguageSwitch(const RawParagraph& paragraph, const LabelMatch& note) {
    std::vector<Span> spans;
    if (auto span = languageSpan(paragraph, note)) spans.push_back(*span);
    speech().items.push_back({paragraphOf(paragraph, 0, std::move(spans))});
  }

  void addParagraph(const RawParagraph& paragraph) { addParagraphFrom(paragraph, 0); }

  // The chair's paragraphs between "I shall now make a statement in my capacity
  // as the representative of X" and "I now resume my functions as President"
  // are said for its State: they stay in the turn, marked.
  void addParagraphFrom(const RawParagraph& paragraph, std::size_t offset) {
    const std::string_view text = std::string_view(paragraph.text).substr(offset);
    // Giving the floor is the chair's, never its State's: where the record
    // printed no "I now resume my functions as President" before it (round
    // BH), the chair has resumed them.
    const bool resumes = presiding_ && nationalCapacity_ && grammar_.resumesPresidency(text);
    const bool givesFloor =
        presiding_ && nationalCapacity_ && !resumes && grammar_.givesFloor(text);
    if (resumes || givesFloor) {
      audit_.inferred("resumes-presidency", paragraph.firstLine, paragraph.lastLine,
                      resumes ? "the chair resumes the presidency"
                              : "the chair gives the floor: it has resumed the presidency");
      nationalCapacity_ = false;
    }
    auto spans = symbolSpans(text, offset);
    // The chair's first paragraph after a vote's lists announces what was
    // decided, with counts or without ("Проект резолюции не принят …"); where
    // it gave the counts only, the next paragraph of the same turn says what
    // was decided.
    auto result = resultSpans(text, offset, afterVote_ || outcomeAwaited_);
    const auto has = [&](InlineKind kind) {
      return std::any_of(result.begin(), result.end(),
                         [&](const Span& span) { return span.kind == kind; });
    };
    // A vote was taken and its result is announced, and no list of it was
    // read: the lists' labels are in a wording the profile does not know, and
    // the lists are text of the turn they fell in (an election's rows have
    // no lists, and their counts are no vote's result).
    if (voteTakenLine_ > 0 && has(InlineKind::Quantity)) {
      audit_.warn(paragraph.firstLine,
                  "a vote was taken (line " + std::to_string(voteTakenLine_) +
                      ") and its result is announced here, but no list of the vote was "
                      "read: if the record prints them, their labels are in a wording this "
                      "language's profile does not know");
      voteTakenLine_ = 0;
    }
    outcomeAwaited_ = afterVote_ && has(InlineKind::Quantity) && !has(InlineKind::Outcome);
    afterVote_ = false;
    spans.insert(spans.end(), result.begin(), result.end());
    if (result.empty()) {
      auto ballot = ballotSpans(text, offset, paragraph.ballotRow);
      spans.insert(spans.end(), ballot.begin(), ballot.end());
    }
    if (presiding_)
      for (const auto& invitee : grammar_.invitees(text))
        invitedOffices_.push_back({std::string(invitee.name.in(text)),
                                   grammar_.nominative(text::trim(invitee.office.in(text)))});
    SpeechItem item{paragraphOf(paragraph, offset, std::move(spans))};
    item.nationalCapacity = nationalCapacity_;
    speech().items.push_back(std::move(item));
    if (presiding_)
      if (const auto holder = grammar_.floorToNamed(text))
        namedHolder_ =
            NamedHolder{std::string(holder->title.in(text)), std::string(holder->name.in(text))};
    if (presiding_ && !nationalCapacity_ && !resumes) {
      if (auto country = grammar_.nationalCapacity(text)) {
        audit_.inferred("national-capacity", paragraph.firstLine, paragraph.lastLine,
                        "the chair speaks as the representative of " +
                            (country->found() ? std::string(country->in(text)) : "its State") +
                            " until it resumes the presidency");
        nationalCapacity_ = true;
      }
    }
  }

  // --- inline content -------------------------------------------------------

  // Document symbols ("S/2018/1016") and resolutions cited by number
  // ("resolution 2448 (2018)"), linked to the document.
  std::vector<Span> symbolSpans(std::string_view text, std::size_t offset) const {
    std::vector<Span> spans;
    const std::string base = "https://undocs.org/" + std::string(profile_.code) + "/";
    for (auto piece : grammar_.documentSymbols(text))
      spans.push_back({{piece.begin + offset, piece.end + offset},
                       InlineKind::DocumentRef,
                       base + std::string(piece.in(text)),
                       TimeEvent::None,
                       {}});
    for (const auto& resolution : grammar_.resolutions(text)) {
      const Piece at{resolution.where.begin + offset, resolution.where.end + offset};
      const bool apart = std::none_of(spans.begin(), spans.end(), [&](const Span& span) {
        return span.where.begin < at.end && at.begin < span.where.end;
      });
      if (apart)
        spans.push_back(
            {at, InlineKind::DocumentRef, base + resolution.symbol, TimeEvent::None, {}});
    }
    return spans;
  }

  // A vote's result as the chair announces it ("received 13 votes in favour,
  // none against and two abstentions. The draft resolution has been adopted
  // …"): its counts, and what it says was decided. A decision says what was
  // decided without a count ("Draft resolution A/76/L.86 was adopted").
  std::vector<Span> resultSpans(std::string_view text, std::size_t offset, bool decision) const {
    std::vector<Span> spans;
    const auto result = grammar_.voteResult(text);
    if (!result && !decision) return spans;
    if (result)
      for (int k = 0; k < 3; ++k) {
        const Piece where = result->where[k];
        if (!where.found()) continue;
        spans.push_back({{where.begin + offset, where.end + offset},
                         InlineKind::Quantity,
                         std::string(voteChoiceName(static_cast<VoteChoice>(k))),
                         TimeEvent::None,
                         std::to_string(result->counts[k])});
      }
    for (const auto& outcome : grammar_.outcomes(text))
      spans.push_back({{outcome.where.begin + offset, outcome.where.end + offset},
                       InlineKind::Outcome,
                       std::string(voteOutcomeName(outcome.outcome)),
                       TimeEvent::None,
                       {}});
    return spans;
  }

  // The person who holds an office a label names without them ("The Acting
  // President", "The President-elect"): printed as the label, one per office.
  std::string unnamedHolder(std::string_view printed, const TitleSpec& title) {
    return registry_.person(printed, "unnamed " + std::string(title.roleId), {});
  }

  // The address's heading names its speaker and the State they head: marked
  // up there ("Address by <person>Mr. William Samoei Ruto</person>, President
  // of the Republic of <organization>Kenya</organization>"), which ties the
  // one to the other where the label ("President Ruto:") names no State.
  // The name runs from its honorific, after any office before it, to the
  // surname's end (its word's, where names decline). Once, at the address's
  // first turn of its speaker.
  void markAddressee(std::string_view surname, std::size_t at, const std::string& personId) {
    if (!addressHeading_) return;
    Inlines& heading = meeting_.sections[addressHeading_->first]
                           .blocks[addressHeading_->second]
                           .heading.text.content;
    if (std::any_of(heading.begin(), heading.end(),
                    [](const Inline& run) { return run.kind == InlineKind::Person; }))
      return;
    const std::string_view address = address_;
    // "His Majesty King Abdullah II ibn Al Hussein, King of …": to the comma.
    std::size_t end = commaInAddress(at + surname.size());
    // "约旦哈希姆王国国王阿卜杜拉二世·伊本·侯赛因陛下讲话": to the honorific after
    // the name, where honorifics follow names.
    if (end == std::string_view::npos && profile_.honorificsFollowName)
      for (std::string_view honorific : profile_.honorifics)
        end = std::min(end, address.find(honorific, at + surname.size()));
    if (end == std::string_view::npos)
      end = profile_.namesInflect ? std::min(address.find(' ', at), address.size())
                                  : at + surname.size();
    while (end > at && address[end - 1] == ' ') --end;
    std::size_t from = 0;  // where the name may begin
    if (auto before = grammar_.officeBeforeName(address);
        !before.office.empty() && before.end <= at)
      from = before.end;
    for (std::string_view mark : kCommas)
      if (const std::size_t comma = address.substr(0, at).rfind(mark); comma != std::string::npos)
        from = std::max(from, comma + mark.size());
    std::size_t begin = at;
    for (auto honorific : profile_.honorifics) {
      const std::size_t found = address.substr(0, at).find(honorific, from);
      const bool word = found != std::string::npos && (found == 0 || address[found - 1] == ' ');
      if (word && found < begin) begin = found;
    }
    if (begin == at && from > 0) begin = address.find_first_not_of(" ", from);
    markWithin(heading, {begin, end}, InlineKind::Person, personId);
    if (const auto state = stateInAddress(); state && (state->begin >= end || state->end <= begin))
      markWithin(heading, *state, InlineKind::Organization,
                 registry_.state(address.substr(state->begin, state->end - state->begin)));
    else if (!state)
      audit_.warn(addressLine_, "the address's heading names no State the country table knows ('" +
                                    address_ +
                                    "'): its speaker is tied to none (a State's formal name "
                                    "the table lacks?)");
  }

  // The first comma of the address's heading from `from`, in any script's
  // comma ("…, President of", "…، رئيس", "…，"); npos where none.
  std::size_t commaInAddress(std::size_t from) const {
    std::size_t comma = std::string::npos;
    for (std::string_view mark : kCommas) comma = std::min(comma, address_.find(mark, from));
    return comma;
  }

  // Where the address's heading names the State its speaker heads: the
  // longest whole name, not the start of a longer one the table lacks
  // ("Estados Unidos" of "Estados Unidos Mexicanos", where a capitalised word
  // goes on with it; where the office comes first, the name follows it).
  std::optional<Piece> stateInAddress() const {
    const std::string_view address = address_;
    const bool officeFirst = !grammar_.officeBeforeName(address).office.empty();
    std::optional<Piece> best;
    for (const auto& [begin, end] : statesNamedIn(address, profile_.code)) {
      const std::string_view after = address.substr(end);
      const char32_t next = after.starts_with(' ') ? text::first(after.substr(1)) : text::kInvalid;
      if (!officeFirst && next != text::kInvalid && u_isupper(static_cast<UChar32>(next))) continue;
      if (!best || end - begin > best->end - best->begin) best = Piece{begin, end};
    }
    return best;
  }

  // Where the address's heading names the speaker: the surname, or, where
  // names decline, a word that begins with its stem ("Махама" in "г-на Джона
  // Драмани Махамы").
  std::size_t nameInAddress(std::string_view surname) const {
    if (const std::size_t at = address_.find(surname); at != std::string::npos) return at;
    if (!profile_.namesInflect) return std::string::npos;
    const std::string_view address = address_;
    for (std::size_t begin = 0; begin < address.size();) {
      const std::size_t end = std::min(address.find(' ', begin), address.size());
      if (declinedForm(address.substr(begin, end - begin), surname)) return begin;
      begin = end + 1;
    }
    return std::string::npos;
  }

  // Is `word` the surname declined ("Махамы", "Хейсома", "Фая" of "Махама",
  // "Хейсом", "Фай")? It begins with the surname less its last letter, and
  // is as long, give or take an ending's two letters.
  static bool declinedForm(std::string_view word, std::string_view surname) {
    constexpr std::size_t kShortestStem = 2;  // letters
    const std::size_t letters = text::countCodePoints(surname);
    if (letters <= kShortestStem) return false;
    const std::string_view stem = surname.substr(0, surname.size() - text::lastLength(surname));
    const std::size_t wordLetters = text::countCodePoints(word);
    return word.starts_with(stem) && wordLetters + 1 >= letters && wordLetters <= letters + 2;
  }

  // The office the address's heading names for the speaker: after the name,
  // up to the heading's end ("President of the Republic of Kenya" of
  // "Address by Mr. William Samoei Ruto, President of the Republic of
  // Kenya"), or before it where the language's headings put it first.
  // `at`: where the heading names the speaker (nameInAddress).
  std::string officeInAddress(std::string_view surname, std::size_t at) const {
    if (auto before = grammar_.officeBeforeName(address_);
        !before.office.empty() && before.end <= at)
      return before.office;
    const std::size_t comma = commaInAddress(at + surname.size());
    if (comma == std::string::npos) return {};
    const std::size_t after = address_.find_first_not_of(" ,", comma);
    std::string_view office = text::trim(
        std::string_view(address_).substr(after == std::string::npos ? address_.size() : after));
    for (std::string_view mark : {"،", "，"})
      if (office.starts_with(mark)) office = text::trim(office.substr(mark.size()));
    while (!office.empty() && (office.back() == '.' || office.back() == ':'))
      office = text::trimEnd(office.substr(0, office.size() - 1));
    constexpr std::size_t kLongestOffice = 200;  // characters
    // "…Мсвати III, Короля Королевства Эсватини": as the office is named alone.
    return text::countCodePoints(office) > kLongestOffice ? std::string()
                                                          : grammar_.nominative(office);
  }

  struct InvitedOffice {
    std::string name;    // as the invitation prints it, without the honorific
    std::string office;  // as printed
  };

  // The invitee whose office the label names ("The Deputy Secretary-General"
  // of "Amina Mohammed, Deputy Secretary-General"), the last invited.
  const InvitedOffice* invitedByOffice(std::string_view title) const {
    constexpr std::size_t kShortestOffice = 4;  // bytes: no office is shorter
    title = text::trim(title);
    for (auto it = invitedOffices_.rbegin(); it != invitedOffices_.rend(); ++it) {
      const std::string_view office = it->office;
      if (office.size() < kShortestOffice || title.size() < office.size()) continue;
      const std::string_view before = title.substr(0, title.size() - office.size());
      if ((before.empty() || before.ends_with(' ')) &&
          text::equalsIgnoringCase(title.substr(before.size()), office))
        return &*it;
    }
    return nullptr;
  }

  // The invitee whose name the label's ends ("DiCarlo" of "Rosemary DiCarlo"),
  // the last invited where two share it. Where names decline, the
  // invitation's last word begins with the surname's stem ("Хейсом" of
  // "г-на Николаса Хейсома").
  const InvitedOffice* invitedAs(std::string_view surname) const {
    surname = text::trim(surname);
    if (surname.size() < 2) return nullptr;
    for (auto it = invitedOffices_.rbegin(); it != invitedOffices_.rend(); ++it) {
      const std::string_view name = it->name;
      if (name.size() >= surname.size()) {
        const std::string_view tail = name.substr(name.size() - surname.size());
        // After a space, or the middle dot of a name in Chinese ("汤姆·弗莱彻").
        const std::string_view before = name.substr(0, name.size() - surname.size());
        const bool wordStart = before.empty() || before.ends_with(' ') || before.ends_with("·");
        if (wordStart && text::equalsIgnoringCase(tail, surname)) return &*it;
        // The family name first ("M. Huang Lei", "Mme Kim Soo-yeon"): the
        // label names it alone ("M. Huang :").
        if (name.size() > surname.size() && name[surname.size()] == ' ' &&
            text::equalsIgnoringCase(name.substr(0, surname.size()), surname))
          return &*it;
      }
      const std::size_t space = name.rfind(' ');
      const std::string_view last = name.substr(space == std::string_view::npos ? 0 : space + 1);
      if (profile_.namesInflect && declinedForm(last, surname)) return &*it;
    }
    return nullptr;
  }

  // An election's result as the chair reads it out, a row to a paragraph:
  // each row's count, as what it counts ("Number of ballot papers: 192"), and
  // under "Number of votes obtained:" each candidate's votes, with the State
  // the candidate is ("Portugal 131"). `tableRow`: the paragraph is a row of
  // the table as the lines were read, a group's caption between candidates
  // ("Latin American and Caribbean States") among them.
  std::vector<Span> ballotSpans(std::string_view text, std::size_t offset, bool tableRow) {
    std::vector<Span> spans;
    if (const auto row = grammar_.ballotCount(text)) {
      voteTakenLine_ = 0;  // a secret ballot: rows, no lists
      candidatesFollow_ = row->kind == "votesObtained" && !row->number.found();
      if (row->number.found())
        spans.push_back({{row->number.begin + offset, row->number.end + offset},
                         InlineKind::Quantity,
                         std::string(row->kind),
                         TimeEvent::None,
                         std::to_string(row->value)});
      return spans;
    }
    if (!candidatesFollow_) return spans;
    const auto candidate = grammar_.ballotCandidate(text);
    if (!candidate) {
      candidatesFollow_ = tableRow;
      return spans;
    }
    const std::string_view name = candidate->name.in(text);
    if (!countryCode(name, profile_.code).empty())
      spans.push_back({{candidate->name.begin + offset, candidate->name.end + offset},
                       InlineKind::Organization,
                       registry_.state(name),
                       TimeEvent::None,
                       {}});
    spans.push_back({{candidate->number.begin + offset, candidate->number.end + offset},
                     InlineKind::Quantity,
                     "votesObtained",
                     TimeEvent::None,
                     std::to_string(candidate->value)});
    return spans;
  }

  Paragraph paragraphOf(const RawParagraph& paragraph, std::size_t offset,
                        std::vector<Span> spans) {
    if (spans.empty() && offset == 0) spans = symbolSpans(paragraph.text, 0);
    for (auto& span : spans) span.where.begin -= offset, span.where.end -= offset;
    Paragraph out;
    out.source = {paragraph.firstLine, paragraph.lastLine};
    std::string_view text = std::string_view(paragraph.text).substr(offset);
    out.content = inlinesOf(text, pageMarks(paragraph, offset), std::move(spans),
                            [this](int printed) { return pageNumber(printed); });
    return out;
  }

  // The printed number the text gave, else the first page's number plus the
  // pages seen so far, else nothing.
  std::string pageNumber(int printed) {
    const int index = pagesSeen_++;
    if (printed > 0) return std::to_string(printed);
    return firstPage_ ? std::to_string(*firstPage_ + index) : std::string();
  }

  // The name without its honorific: after it in Chinese, else before it and
  // a word of its own ("Princess X" is no "Prince"'s, "Umarov" no "U"'s).
  std::string_view withoutHonorific(std::string_view name) const {
    if (profile_.honorificsFollowName) {
      // The longest that ends the name: "图伊瓦加副总理" less "副总理", not "总理".
      std::size_t longest = 0;
      for (auto honorific : profile_.honorifics)
        if (name.size() > honorific.size() && name.ends_with(honorific))
          longest = std::max(longest, honorific.size());
      return name.substr(0, name.size() - longest);
    }
    for (auto honorific : profile_.honorifics) {
      if (name.size() <= honorific.size()) continue;
      if (name.starts_with(honorific) &&
          (honorific.ends_with('.') || name[honorific.size()] == ' ')) {
        return text::trim(name.substr(honorific.size()));
      }
    }
    return name;
  }

  const Grammar& grammar_;
  const LanguageProfile& profile_;
  // A profile with no titles and no procedural phrases (a language with no
  // profile) recognises no speech: every paragraph is outside one, and stage 1
  // has said so once for the record (readsSpeeches), not once a paragraph.
  const bool readsSpeeches_ = readsSpeeches(profile_);
  bool presidentsShared_ = false;    // the cover names two Presidents ("Mr. Kabba/Mr. Keroma")
  bool chairUnnamedWarned_ = false;  // once a record: the chair's turns are the body's
  std::string address_;  // the last address's heading ("Address by Mr. X, President of …")
  // Where that heading is: its section and block.
  std::optional<std::pair<std::size_t, std::size_t>> addressHeading_;
  int addressLine_ = 0;
  // The speaker of the address was escorted out: what follows is the item's
  // again, not the address's.
  bool addressEnded_ = false;
  int lastMinutes_ = -1;  // the last time stated, in minutes after midnight
  int daysLater_ = 0;     // days after the meeting's date that time fell on
  Meeting meeting_;
  Registry registry_;
  Audit& audit_;
  std::optional<int> firstPage_;
  std::string bodyId_;
  std::string chair_;         // a person who took the chair, while they hold it
  bool chairActing_ = false;  // and has spoken as the acting one
  std::string coverTitle_;    // the cover's word for the President's office
  int pagesSeen_ = 0;
  bool speaking_ = false;
  bool resumedTurn_ = false;  // a spoken decision went back into the turn, which goes on
  bool awaitingVoters_ = false;
  bool afterVote_ = false;       // no paragraph of a speech since a vote's list
  bool outcomeAwaited_ = false;  // the chair gave a vote's counts, not yet what was decided
  // A ballot's "Number of votes obtained:" heads the rows after it.
  bool candidatesFollow_ = false;
  int voteTakenLine_ = 0;                      // "A vote was taken …" with no list read since
  std::vector<InvitedOffice> invitedOffices_;  // the chair's rule 39 invitations so far
  bool opened_ = false;                        // the meeting's opening line has been read
  bool presiding_ = false;
  bool nationalCapacity_ = false;
  // The office and its holder the chair named giving the floor ("the
  // Secretary-General, Mr. António Guterres"), until the next label.
  struct NamedHolder {
    std::string title, name;
  };
  std::optional<NamedHolder> namedHolder_;
  std::optional<Speaker> lastSpeaker_;
};

}  // namespace

bool readsSpeeches(const LanguageProfile& profile) {
  return !profile.titles.empty() || !profile.procedural.empty();
}

Meeting recognise(const std::vector<RawParagraph>& paragraphs, const Grammar& grammar,
                  const Metadata& meta, std::optional<int> firstPage, const CoverFacts* cover,
                  Audit& audit) {
  Recogniser recogniser(grammar, meta, firstPage, audit);
  if (cover) recogniser.takeCover(*cover);
  return recogniser.run(paragraphs);
}

}  // namespace verbatim
