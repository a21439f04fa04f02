#include "tei_test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>

#include "akn/reader.hpp"
#include "support/support.hpp"

namespace verbatim::tei_testing {
namespace {

Inline text(std::string value) {
  return {InlineKind::Text, std::move(value), {}, TimeEvent::None, {}};
}
Inline run(InlineKind kind, std::string value, std::string ref) {
  return {kind, std::move(value), std::move(ref), TimeEvent::None, {}};
}
Inline pageEnd(std::string number) { return {InlineKind::PageEnd, {}, std::move(number), {}, {}}; }

Block heading(Inlines content, bool sub = false) {
  Block block;
  block.kind = BlockKind::Heading;
  block.heading.sub = sub;
  block.heading.text.content = std::move(content);
  return block;
}

Block narrative(NarrativeKind kind, Inlines content) {
  Block block;
  block.kind = BlockKind::Narrative;
  block.narrative.kind = kind;
  block.narrative.text.content = std::move(content);
  return block;
}

Block speech(std::string by, std::string as, Inlines from, std::vector<Inlines> paragraphs,
             bool continued = false) {
  Block block;
  block.kind = BlockKind::Speech;
  block.speech.by = std::move(by);
  block.speech.as = std::move(as);
  block.speech.from = std::move(from);
  block.speech.continued = continued;
  for (auto& paragraph : paragraphs) block.speech.items.push_back({{std::move(paragraph), {}}});
  return block;
}

VoteList voteList(VoteChoice choice, std::string label, Inlines members) {
  VoteList list;
  list.choice = choice;
  list.label.content = {text(std::move(label))};
  list.members.content = std::move(members);
  return list;
}

}  // namespace

std::vector<std::filesystem::path> aknFixtures() {
  std::vector<std::filesystem::path> paths = {testing::sourceDir() /
                                              "fixtures/zh/expected/S_PV.9381.zh.akn.xml"};
  std::vector<std::filesystem::path> data;
  for (const auto& entry :
       std::filesystem::directory_iterator(testing::sourceDir() / "tests/tei/data"))
    if (entry.path().string().ends_with(".akn.xml")) data.push_back(entry.path());
  std::sort(data.begin(), data.end());
  paths.insert(paths.end(), data.begin(), data.end());
  return paths;
}

Meeting readAknFile(const std::filesystem::path& path) {
  auto meeting = readAkn(testing::readText(path), path.string());
  if (!meeting) throw std::runtime_error(describe(meeting.error()));
  return std::move(meeting.value());
}

TeiEdition render(const Meeting& meeting) {
  auto edition = writeTei(meeting, TeiOptions{});
  if (!edition) throw std::runtime_error(describe(edition.error()));
  return std::move(edition.value());
}

Meeting edgeMeeting() {
  Meeting m;
  m.meta.symbol = "A/98/PV.12 (Resumed)";
  m.meta.date = "2098-02-28";
  m.meta.language = "fr";
  m.meta.body = "GA";
  m.meta.meetingNumber = "12";
  m.meta.place = " New   York ";
  m.meta.session = "Quatre-vingt-dix-huitième session";
  m.meta.status = "Documents officiels";
  m.meta.dateLine = "Lundi 28 février 2098, à 15 heures";
  m.meta.startTime = "2098-02-28T15:00:00";
  m.meta.president = "chair";
  m.meta.presidency = "mex";
  m.meta.members = {{"mex", "chair"}, {"ken", "9kamau"}, {"eue", ""}};
  m.meta.agenda = {"Point 7 de l'ordre du jour", "  Rapport   du Conseil  "};
  m.organizations = {{"unga", "Assemblée générale", "/akn/ontology/organization/un/un-ga"},
                     {"mex", "Mexique", "/akn/ontology/organization/un/member.mex"},
                     {"ken", "Kenya", "/akn/ontology/organization/un/member.ken"},
                     {"eue", "Union européenne", "/akn/ontology/organization/un/observer.eue"},
                     {"atlantis", "Atlantide", "/akn/ontology/organization/un/atlantis"}};
  // "chair" collides with a category id; "9kamau" is no NCName; "" has no name.
  m.people = {{"chair", "M. Ortega"}, {"9kamau", "Mme Kamau"}, {"anonyme", ""}};
  m.roles = {{"president", "Le Président", "/akn/ontology/role/un/president"},
             {"rapporteur", "Le Rapporteur", "/akn/ontology/role/un/rapporteur"}};
  m.languages = {{"lang_eng", "eng", "anglais"}, {"lang_deu", "deu", "allemand"}};

  Section opening;
  opening.kind = SectionKind::Opening;
  Inline start = run(InlineKind::Time, "15 h 5", "2098-02-28T15:05:00");
  start.event = TimeEvent::Start;
  opening.blocks.push_back(
      narrative(NarrativeKind::Opening, {text("La séance est ouverte à "), start, text(".")}));
  m.sections.push_back(opening);

  m.sections.push_back(Section{SectionKind::Other, {}});  // empty: no div

  Section item;
  item.kind = SectionKind::AgendaItem;
  item.blocks.push_back(heading({text("Point 7 de l'ordre du jour")}));
  item.blocks.push_back(
      heading({text("Rapport du Conseil "),
               run(InlineKind::DocumentRef, "(A/98/7)", "https://undocs.org/fr/A/98/7")},
              true));
  item.blocks.push_back(speech("unga", "president",
                               {run(InlineKind::Role, "Le Président", "president")},
                               {{text("Je donne la parole au représentant du Kenya.")}}));
  item.blocks.push_back(speech(
      "9kamau", "rapporteur",
      {run(InlineKind::Person, "Mme Kamau", "9kamau"), text(" ("),
       run(InlineKind::Organization, "Kenya", "ken"), text(") "),
       run(InlineKind::Language, "(parle en anglais)", "lang_eng")},
      {{text("Le rapport est adopté à "), run(InlineKind::Time, "15 h 10", "2098-02-28T15:10:00"),
        text(" selon le Conseil"), pageEnd("2")},
       {run(InlineKind::Language, "(parle en allemand)", "lang_deu")},
       {text("Zweiter Absatz, "), pageEnd(""), text("über zwei Seiten.")},
       {run(InlineKind::Language, "(parle en anglais)", "lang_eng")}}));
  item.blocks.push_back(narrative(NarrativeKind::ChairChange,
                                  {run(InlineKind::Person, "M. Ortega", "chair"),
                                   text(" (Mexique), Vice-Président, assume la présidence.")}));
  item.blocks.push_back(speech("9kamau", "rapporteur",
                               {run(InlineKind::Person, "Mme Kamau", "9kamau")},
                               {{text("Je poursuis.")}}, true));
  item.blocks.push_back(
      speech("atlantis", "", {run(InlineKind::Organization, "Atlantide", "atlantis")}, {}));
  item.blocks.push_back(speech("anonyme", "", {text("Une voix")}, {{text("Merci.")}}, true));
  item.blocks.push_back(narrative(NarrativeKind::VoteTaken,
                                  {text("Il est procédé au vote enregistré."), pageEnd("3")}));
  Block vote;
  vote.kind = BlockKind::Vote;
  vote.vote.lists = {voteList(VoteChoice::InFavour, "Pour :",
                              {run(InlineKind::Organization, "Kenya", "ken"), text(", "),
                               run(InlineKind::Organization, "Mexique", "mex"), text(", "),
                               run(InlineKind::Organization, "Kenya", "ken")}),
                     voteList(VoteChoice::Against, "Contre :", {text("Néant")}),
                     voteList(VoteChoice::Abstaining, "Abstentions :",
                              {run(InlineKind::Organization, "Union européenne", "eue")})};
  item.blocks.push_back(vote);
  item.blocks.push_back(
      narrative(NarrativeKind::Silence,
                {text("L'Assemblée observe une minute de "), pageEnd("4"), text("silence.")}));
  item.blocks.push_back(narrative(NarrativeKind::Decision, {text("Il en est ainsi décidé.")}));
  item.blocks.push_back(
      narrative(NarrativeKind::AgendaAdopted, {text("L'ordre du jour est adopté.")}));
  item.blocks.push_back(narrative(NarrativeKind::Note, {text("[Note du Secrétariat]")}));
  item.blocks.push_back(narrative(NarrativeKind::Other, {text("Autre chose.")}));
  // A heading after content starts a new division.
  item.blocks.push_back(heading({text("Point 8 de l'ordre du jour"), pageEnd("5")}));
  item.blocks.push_back(
      narrative(NarrativeKind::Suspension,
                {text("La séance est suspendue à "),
                 run(InlineKind::Time, "16 heures", "2098-02-28T16:00:00"), text(".")}));
  item.blocks.push_back(
      narrative(NarrativeKind::Closing, {text("La séance est levée à 16 h 30.")}));
  m.sections.push_back(item);

  Section tail;  // headings only
  tail.kind = SectionKind::AgendaItem;
  tail.blocks.push_back(heading({text("Point 9 de l'ordre du jour")}));
  tail.blocks.push_back(heading({text("(suite)")}, true));
  tail.blocks.push_back(
      narrative(NarrativeKind::Other,
                {text("Fin."), pageEnd("6"), text(" Texte après la dernière fin de page.")}));
  m.sections.push_back(tail);

  Section headingsOnly;
  headingsOnly.kind = SectionKind::AgendaItem;
  headingsOnly.blocks.push_back(heading({text("Point 10")}));
  m.sections.push_back(headingsOnly);
  return m;
}

pugi::xml_document parse(const std::string& xml) {
  pugi::xml_document document;
  auto result =
      document.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!result) throw std::runtime_error(std::string("not XML: ") + result.description());
  return document;
}

std::string textOf(pugi::xml_node node) {
  std::string out;
  for (auto child : node.children()) {
    if (child.type() == pugi::node_pcdata) out += child.value();
    if (child.type() == pugi::node_element) out += textOf(child);
  }
  return out;
}

const Schema& officialSchema(const std::string& relativePath) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<Schema>> compiled;
  std::lock_guard lock(mutex);
  auto& slot = compiled[relativePath];
  if (!slot) {
    auto schema = Schema::fromFile((testing::sharedDir() / "schemas/tei" / relativePath).string());
    if (!schema) throw std::runtime_error(describe(schema.error()));
    slot = std::move(schema.value());
  }
  return *slot;
}

std::vector<std::string> problemsAgainst(const Schema& schema, const std::string& xml,
                                         const std::string& name) {
  auto document = parseXml(xml, name);
  if (!document) return {describe(document.error())};
  std::vector<std::string> problems;
  for (const auto& problem : schema.validate(document.value(), 5))
    problems.push_back(formatDiagnostic(name, problem));
  return problems;
}

std::string expandCorpus(const TeiEdition& edition) {
  auto corpus = parse(edition.corpus);
  auto record = parse(edition.record);
  auto root = corpus.document_element();
  auto include = root.child("xi:include");
  if (!include) throw std::runtime_error("the corpus root has no xi:include");
  root.insert_copy_after(record.document_element(), include);
  root.remove_child(include);
  std::ostringstream out;
  corpus.save(out, "", pugi::format_raw);
  return out.str();
}

// --- nothing dropped

namespace {

struct Unit {
  std::string kind;  // head, procedural, speaker, language, paragraph, vote; pages
  std::string text;
  std::string alternative;  // a vote list: label and States with one space between
  int pbs = 0;              // the pb the TEI must have in it (or right after it)
  std::string who;          // the name of the person a paragraph's u must name
  std::string whoPrefix;    // … or the prefix of a title holder's id
};

Unit unitOf(std::string kind, std::string text = {}, std::string alternative = {}) {
  Unit unit;
  unit.kind = std::move(kind);
  unit.text = std::move(text);
  unit.alternative = std::move(alternative);
  return unit;
}

// The units of the AKN in reading order; each page end is a pb in the unit
// that holds it, except the last of the text when no text follows it.
std::vector<Unit> expectedUnits(const Meeting& meeting) {
  std::vector<Unit> units;
  std::map<std::string, std::string> people;  // id → name as printed (the id when none)
  for (const auto& person : meeting.people)
    people[person.id] = person.name.empty() ? person.id : person.name;
  int lastPageEndUnit = -1;
  bool textAfter = false;
  auto add = [&](Unit unit, const Inlines& content, bool printed = true) {
    for (const auto& run : content) {
      if (run.kind == InlineKind::PageEnd) {
        ++unit.pbs;
        lastPageEndUnit = static_cast<int>(units.size());
        textAfter = false;
      } else if (printed && run.text.find_first_not_of(' ') != std::string::npos) {
        textAfter = true;
      }
    }
    units.push_back(std::move(unit));
  };
  for (const auto& section : meeting.sections)
    for (const auto& block : section.blocks) {
      switch (block.kind) {
        case BlockKind::Heading:
          add(unitOf("head", plainText(block.heading.text.content)), block.heading.text.content);
          break;
        case BlockKind::Narrative:
          add(unitOf("procedural", plainText(block.narrative.text.content)),
              block.narrative.text.content);
          break;
        case BlockKind::Speech: {
          const Speech& s = block.speech;
          // A continuation's label is stage 1's repetition, not printed text.
          if (!s.continued)
            add(unitOf("speaker", plainText(s.from)), s.from);
          else
            add(unitOf("pages"), s.from, false);
          for (const auto& item : s.items) {
            const Inlines& content = item.paragraph.content;
            if (item.isLanguageSwitch()) {
              add(unitOf("language", plainText(content)), content);
              continue;
            }
            Unit unit = unitOf("paragraph", plainText(content));
            if (people.count(s.by))
              unit.who = people.at(s.by);
            else
              unit.whoPrefix = s.as.empty() ? s.by : s.as + ".";
            add(unit, content);
          }
          break;
        }
        case BlockKind::Vote:
          for (const auto& list : block.vote.lists) {
            const std::string label = plainText(list.label.content);
            const std::string members = plainText(list.members.content);
            Inlines content = list.label.content;
            content.insert(content.end(), list.members.content.begin(), list.members.content.end());
            add(unitOf("vote", label + members, label + " " + members), content);
          }
          break;
      }
    }
  if (lastPageEndUnit >= 0 && !textAfter) --units[static_cast<std::size_t>(lastPageEndUnit)].pbs;
  // A continuation's page ends come right after the unit before them.
  std::vector<Unit> merged;
  for (auto& unit : units) {
    if (unit.kind == "pages") {
      if (!merged.empty()) merged.back().pbs += unit.pbs;
      continue;
    }
    merged.push_back(std::move(unit));
  }
  return merged;
}

std::string kindOf(pugi::xml_node node) {
  const std::string name = node.name();
  const std::string type = node.attribute("type").value();
  if (name == "head") return "head";
  if (name == "seg") return "paragraph";
  if (name == "incident") return "procedural";
  if (name != "note") return {};
  if (type == "speaker" || type == "language") return type;
  if (type == "heading" || type == "subheading") return "head";
  if (type.starts_with("vote-")) return "vote";
  return "procedural";
}

int pbsIn(pugi::xml_node node) {
  int n = 0;
  for (auto pb : node.select_nodes(".//pb")) n += static_cast<bool>(pb.node());
  return n;
}

}  // namespace

std::vector<std::string> droppedContent(const Meeting& meeting, const TeiEdition& edition) {
  std::vector<std::string> problems;
  const auto wanted = expectedUnits(meeting);
  auto record = parse(edition.record);
  auto corpus = parse(edition.corpus);
  std::map<std::string, std::string> persons;  // xml:id → the name it is given
  for (auto person : corpus.select_nodes("//person"))
    persons["#" + std::string(person.node().attribute("xml:id").value())] =
        textOf(person.node().child("persName").child("term"));

  // The units of the TEI in document order; a pb between units counts for
  // the unit before it (a page end after an incident, or in a continuation's label).
  struct Found {
    std::string kind, text, who;
    int pbs = 0;
  };
  std::vector<Found> found;
  int leadingPbs = 0;
  bool firstPageInHead = false;
  std::function<void(pugi::xml_node)> walk = [&](pugi::xml_node node) {
    for (auto child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      const std::string name = child.name();
      if (name == "pb") {
        (found.empty() ? leadingPbs : found.back().pbs) += 1;
        continue;
      }
      if (const std::string kind = kindOf(child); !kind.empty()) {
        Found unit{kind, name == "incident" ? textOf(child.child("desc")) : textOf(child),
                   name == "seg" ? child.parent().attribute("who").value() : "", pbsIn(child)};
        // The first page begins with the body, inside the first head when there is one.
        if (found.empty() && leadingPbs == 0 && name == "head" &&
            std::string(child.first_child().name()) == "pb") {
          firstPageInHead = true;
          --unit.pbs;
        }
        found.push_back(unit);
        continue;
      }
      walk(child);
    }
  };
  walk(record.child("TEI").child("text").child("body"));

  const int startPbs = leadingPbs + (firstPageInHead ? 1 : 0);
  const bool anyPageEnd = [&] {
    for (const auto& section : meeting.sections)
      for (const auto& block : section.blocks) {
        auto has = [](const Inlines& content) {
          return std::any_of(content.begin(), content.end(),
                             [](const Inline& run) { return run.kind == InlineKind::PageEnd; });
        };
        switch (block.kind) {
          case BlockKind::Heading:
            if (has(block.heading.text.content)) return true;
            break;
          case BlockKind::Narrative:
            if (has(block.narrative.text.content)) return true;
            break;
          case BlockKind::Speech:
            if (has(block.speech.from)) return true;
            for (const auto& item : block.speech.items)
              if (has(item.paragraph.content)) return true;
            break;
          case BlockKind::Vote:
            for (const auto& list : block.vote.lists)
              if (has(list.label.content) || has(list.members.content)) return true;
            break;
        }
      }
    return false;
  }();
  if (startPbs != (anyPageEnd ? 1 : 0))
    problems.push_back(std::to_string(startPbs) + " pb before the first content, expected " +
                       (anyPageEnd ? "1" : "0"));

  if (wanted.size() != found.size())
    problems.push_back("the AKN has " + std::to_string(wanted.size()) + " units, the TEI " +
                       std::to_string(found.size()));
  for (std::size_t i = 0; i < wanted.size() && i < found.size(); ++i) {
    const Unit& want = wanted[i];
    const Found& got = found[i];
    const std::string where = "unit " + std::to_string(i + 1) + " (" + want.kind + ")";
    if (want.kind != got.kind) {
      problems.push_back(where + ": the TEI has a " + got.kind + " here");
      continue;
    }
    if (got.text != want.text && (want.alternative.empty() || got.text != want.alternative))
      problems.push_back(where + ": \"" + got.text + "\" instead of \"" + want.text + "\"");
    if (got.pbs != want.pbs)
      problems.push_back(where + ": " + std::to_string(got.pbs) + " pb, expected " +
                         std::to_string(want.pbs));
    if (want.kind == "paragraph") {
      if (!persons.count(got.who))
        problems.push_back(where + ": u/@who \"" + got.who + "\" names no person");
      else if (!want.who.empty() && persons.at(got.who) != want.who)
        problems.push_back(where + ": u/@who " + got.who + " is " + persons.at(got.who) + ", not " +
                           want.who);
      if (!want.whoPrefix.empty() && got.who.rfind("#" + want.whoPrefix, 0) != 0)
        problems.push_back(where + ": u/@who " + got.who + " is not the holder of " +
                           want.whoPrefix);
    }
  }
  return problems;
}

bool jingAvailable() {
  return std::filesystem::exists("/usr/share/java/jing.jar") &&
         std::system("java -version > /dev/null 2>&1") == 0;
}

JingResult runJing(const std::filesystem::path& schema,
                   const std::vector<std::filesystem::path>& files, bool xincludeOff) {
  auto quote = [](const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
  };
  // Not Debian's /usr/bin/jing: its wrapper expands XIncludes, which fails
  // ParlaMint corpus roots (their schema expects the xi:include elements).
  std::string command = "java ";
  if (xincludeOff)
    command +=
        "-Dorg.apache.xerces.xni.parser.XMLParserConfiguration="
        "org.apache.xerces.parsers.StandardParserConfiguration ";
  command += "-jar /usr/share/java/jing.jar " + quote(schema.string());
  for (const auto& file : files) command += " " + quote(file.string());
  command += " 2>&1";
  JingResult result;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  if (!pipe) return result;
  std::array<char, 4096> buffer;
  while (std::fgets(buffer.data(), buffer.size(), pipe.get())) result.output += buffer.data();
  const int status = pclose(pipe.release());
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace verbatim::tei_testing
