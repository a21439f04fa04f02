// Stage 1 on meetings of kinds the first records did not show, each written in
// the UN layout apart from the profiles: elections by secret ballot, Main
// Committee meetings, and procedure in every language.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/bodies.hpp"
#include "core/conservation.hpp"
#include "core/countries.hpp"
#include "grammar_of.hpp"
#include "raw/grammar.hpp"
#include "raw/vote_lists.hpp"
#include "reading.hpp"
#include "support/support.hpp"

namespace verbatim {
namespace {

using testing::audited;
using testing::blocksOf;
using testing::expectLabel;
using testing::expectProcedural;
using testing::grammarOf;
using testing::readIn;

// `line` changes the chair to Kamau of Kenya, named in the line's language.
void expectKamauTakesTheChair(std::string_view language, std::string_view line) {
  const auto probe = grammarOf(std::string(language).c_str()).probeProcedural(line);
  ASSERT_TRUE(probe.match.has_value()) << line;
  EXPECT_EQ(probe.match->kind, NarrativeKind::ChairChange) << line;
  ASSERT_TRUE(probe.match->chair.found()) << line;
  const bool zh = language == "zh", ru = language == "ru";
  EXPECT_NE(probe.match->chair.in(line).find(zh   ? "卡马乌"
                                             : ru ? "Камау"
                                                  : "Kamau"),
            std::string_view::npos)
      << line;
  EXPECT_EQ(probe.match->chairCountry.in(line), zh ? "肯尼亚" : ru ? "Кения" : "Kenya") << line;
}

std::vector<NarrativeKind> narrativeKinds(const Meeting& meeting) {
  std::vector<NarrativeKind> kinds;
  for (const auto* block : blocksOf(meeting, BlockKind::Narrative))
    kinds.push_back(block->narrative.kind);
  return kinds;
}

// The name of the role a turn is spoken in ("Representative", an office).
std::string officeOf(const Meeting& meeting, const Block& turn) {
  for (const auto& role : meeting.roles)
    if (role.id == turn.speech.as) return role.name;
  return {};
}

bool warned(const RawReading& reading, std::string_view part) {
  for (const auto& warning : reading.audit.warnings())
    if (warning.message.find(part) != std::string::npos) return true;
  return false;
}

// The paragraphs of the speech that holds `first` as a paragraph.
std::vector<std::string> paragraphsWith(const Meeting& meeting, std::string_view first) {
  for (const auto* block : blocksOf(meeting, BlockKind::Speech)) {
    std::vector<std::string> paragraphs;
    for (const auto& item : block->speech.items)
      paragraphs.push_back(plainText(item.paragraph.content));
    for (const auto& paragraph : paragraphs)
      if (paragraph == first) return paragraphs;
  }
  return {};
}

// --- elections by secret ballot -------------------------------------------------------

// An election's result is printed as a table: each labelled row, each group's
// captions and each candidate's row stay a paragraph of their own (no count
// is read into the next row, and "Abstentions: 1" is no vote's list); the
// tellers and the election are procedure.
TEST(Elections, TheBallotsResultStaysATableAndTheElectionIsProcedure) {
  const RawReading reading =
      readIn("en",
             "The President: The ballot papers will now be distributed.\n"
             "At the invitation of the President, Ms. Wanjiru (Kenya) and Mr. Tshering\n"
             "(Bhutan) acted as tellers.\n"
             "A vote was taken by secret ballot.\n"
             "The meeting was suspended at 10.50 a.m. and resumed at 12.05 p.m.\n"
             "The President: The result of the voting is as\n"
             "follows:\n"
             "Group C\n"
             "Western European and other States\n"
             "Number of ballot papers: 192\n"
             "Number of invalid ballots: 0\n"
             "Abstentions: 1\n"
             "Required two-thirds majority: 128\n"
             "Number of votes obtained:\n"
             "Portugal 131\n"
             "Mr. Viktor Sokolov (Russian Federation) . . . . . . 64\n"
             "Malta 2\n"
             "Having obtained the required two-thirds majority,\n"
             "Portugal was elected a non-permanent member of the\n"
             "Security Council for a two-year term beginning on\n"
             "1 January 2027.\n"
             "The President: I congratulate Portugal.\n");
  EXPECT_EQ(narrativeKinds(reading.meeting),
            (std::vector<NarrativeKind>{NarrativeKind::Tellers, NarrativeKind::VoteTaken,
                                        NarrativeKind::Suspension, NarrativeKind::Election}));
  EXPECT_TRUE(blocksOf(reading.meeting, BlockKind::Vote).empty());
  EXPECT_EQ(
      paragraphsWith(reading.meeting, "Group C"),
      (std::vector<std::string>{
          "The result of the voting is as follows:", "Group C", "Western European and other States",
          "Number of ballot papers: 192", "Number of invalid ballots: 0", "Abstentions: 1",
          "Required two-thirds majority: 128", "Number of votes obtained:", "Portugal 131",
          "Mr. Viktor Sokolov (Russian Federation) . . . . . . 64", "Malta 2"}));
  // Each row's count is marked as what it counts, each candidate's votes too,
  // and a candidate that is a State refers to it.
  std::vector<std::string> counts;
  for (const auto* block : blocksOf(reading.meeting, BlockKind::Speech))
    for (const auto& item : block->speech.items)
      for (const auto& run : item.paragraph.content) {
        if (run.kind == InlineKind::Quantity) counts.push_back(run.ref + "=" + run.normalized);
        if (run.kind == InlineKind::Organization && run.text == "Portugal")
          counts.push_back("state " + run.ref);
      }
  EXPECT_EQ(counts,
            (std::vector<std::string>{"ballotPapers=192", "invalidBallots=0", "abstentions=1",
                                      "requiredMajority=128", "state prt", "votesObtained=131",
                                      "votesObtained=64", "votesObtained=2"}));
}

// "The result of the voting is as follows:" / "15 votes in favour. The draft
// resolution has therefore been adopted unanimously …" (the Council of the
// 1990s): the count a colon announces goes on in its paragraph, and the
// result is read (it had been a paragraph of its own, no count, no outcome).
TEST(Votes, ACountAColonAnnouncesOnTheNextLineIsTheResults) {
  const RawReading reading =
      readIn("en",
             "The PRESIDENT: I shall put the draft resolution to the vote.\n"
             "A vote was taken by show of hands.\n"
             "In favour: Argentina, Brazil, China, Czech Republic, Djibouti, France, New Zealand,\n"
             "Nigeria, Oman, Pakistan, Russian Federation, Rwanda, Spain, United Kingdom of\n"
             "Great Britain and Northern Ireland, United States of America\n"
             "The PRESIDENT: The result of the voting is as follows:\n"
             "15 votes in favour. The draft resolution has therefore\n"
             "been adopted unanimously as resolution 923 (1994).\n",
             "S/PV.3377");
  const auto votes = blocksOf(reading.meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 1u);
  ASSERT_TRUE(votes[0]->vote.outcome);
  EXPECT_EQ(*votes[0]->vote.outcome, VoteOutcome::Adopted);
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_FALSE(speeches.empty());
  EXPECT_EQ(speeches.back()->speech.items.size(), 1u);
  EXPECT_FALSE(warned(reading, "differs"));
}

// Arabic wordings of an election's procedure: the tellers "بمهمة فارزي
// الأصوات", "تولى … فرز الأصوات"; the ballot "أجري تصويت بالاقتراع السري."
// (they had been paragraphs of the President's speech).
TEST(Elections, ArabicTellersAndSecretBallotAreProcedure) {
  for (const char* line :
       {"بدعوة من الرئيس، قام السيد الهاشمي (تونس) والسيدة لونغ (نيوزيلندا) بمهمة فارزي الأصوات.",
        "بناء على دعوة من الرئيس، تولى السيد الهاشمي (تونس) والسيدة لونغ (نيوزيلندا) فرز "
        "الأصوات."})
    expectProcedural("ar", line, NarrativeKind::Tellers);
  for (const char* line :
       {"أجري تصويت بالاقتراع السري.", "أُجري التصويت بالاقتراع السري.", "أجري الاقتراع السري."})
    expectProcedural("ar", line, NarrativeKind::VoteTaken);
}

// The chair announcing who was elected, in its own words after its label
// ("主席：索马里……获得了所需的三分之二多数，当选为……"), says what the
// procedural line would: the turn goes on, its next sentence the chair's.
// The record says who was elected in the course of the chair's
// announcement of the results: what follows with no label is the chair's,
// going on, not words said by no one.
TEST(Elections, TheChairGoesOnAfterTheRecordSaysWhoWasElected) {
  const RawReading reading =
      readIn("fr",
             "Le Président (parle en anglais) : Voici le résultat du scrutin.\n"
             "Ayant obtenu la majorité requise des deux tiers, la Lettonie est élue membre non "
             "permanent du Conseil de sécurité pour un mandat de deux ans commençant le 1er "
             "janvier 2026.\n"
             "Je félicite la Lettonie de son élection.\n"
             "M. Vukić (Croatie) : Je vous remercie, Monsieur le Président.\n");
  EXPECT_EQ(narrativeKinds(reading.meeting), (std::vector<NarrativeKind>{NarrativeKind::Election}));
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 3u);
  EXPECT_EQ(speeches[1]->speech.as, "president");
  EXPECT_TRUE(speeches[1]->speech.continued);
  EXPECT_EQ(plainText(speeches[1]->speech.items.at(0).paragraph.content),
            "Je félicite la Lettonie de son élection.");
}

// French prints the chair's spoken "It is so decided" in the words of the
// record's decision line. Followed by the turn's own words with no label, the
// bare formula was said: it stays in the turn, which goes on (round BH). A
// decision line that cites its decision stays the record's, whatever follows.
TEST(Decisions, TheBareFormulaFollowedByTheTurnsWordsWasSpoken) {
  const std::string opening =
      "Le Président (parle en anglais) : Conformément à l’article 37 du Règlement intérieur "
      "provisoire du Conseil, j’invite le représentant du Mali à participer à la présente "
      "séance.\n";
  const std::string after =
      "Le Conseil de sécurité va maintenant aborder l’examen de la question inscrite à son "
      "ordre du jour.\n"
      "Je donne maintenant la parole à M. Smith.\n"
      "M. Smith (parle en anglais) : Je vous remercie.\n";
  const RawReading spoken = readIn("fr", opening + "Il en est ainsi décidé.\n" + after);
  EXPECT_TRUE(blocksOf(spoken.meeting, BlockKind::Narrative).empty());
  const auto speeches = blocksOf(spoken.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 2u);
  ASSERT_EQ(speeches[0]->speech.items.size(), 4u);
  EXPECT_EQ(plainText(speeches[0]->speech.items[1].paragraph.content), "Il en est ainsi décidé.");
  EXPECT_EQ(plainText(speeches[0]->speech.items[3].paragraph.content),
            "Je donne maintenant la parole à M. Smith.");

  const RawReading cited =
      readIn("fr", opening + "Il en est ainsi décidé (décision 65/501).\n" + after);
  EXPECT_EQ(narrativeKinds(cited.meeting).front(), NarrativeKind::Decision);
  EXPECT_EQ(blocksOf(cited.meeting, BlockKind::Speech).front()->speech.items.size(), 1u);
}

TEST(Elections, TheChairAnnouncingTheElectedSpeaksOn) {
  const std::string record =
      "主席（以英语发言）：索马里、巴基斯坦和巴拿马获得了所需的三分之二多数，当选为\n"
      "安全理事会非常任理事国，任期自2025年1月1日开始。\n"
      "我祝贺当选的国家。\n"
      "张军先生（中国）：中方祝贺当选的国家。\n";
  for (const RawReading& reading :
       {readIn("zh", record, "A/78/PV.89"), testing::readColumnText("zh", record, "A/78/PV.89")}) {
    EXPECT_TRUE(blocksOf(reading.meeting, BlockKind::Narrative).empty());
    const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
    ASSERT_EQ(speeches.size(), 2u);
    EXPECT_TRUE(
        plainText(speeches[0]->speech.items.back().paragraph.content)
            .ends_with("当选为安全理事会非常任理事国，任期自2025年1月1日开始。我祝贺当选的国家。"));
  }
}

// The counts a reading's speeches mark, as "kind=number", in order.
std::vector<std::string> ballotCounts(const RawReading& reading) {
  std::vector<std::string> out;
  for (const auto* block : blocksOf(reading.meeting, BlockKind::Speech))
    for (const auto& item : block->speech.items)
      for (const auto& run : item.paragraph.content)
        if (run.kind == InlineKind::Quantity) out.push_back(run.ref + "=" + run.normalized);
  return out;
}

// The rows' short wordings count as the long ones do: "Invalid ballots:",
// "Valid ballots:", "Members present and voting:" (round BH).
TEST(Elections, TheRowsShortWordingsKeepTheirCounts) {
  const RawReading english = readIn("en",
                                    "The President: The result of the voting is as follows:\n"
                                    "Ballot papers: 190\nInvalid ballots: 1\nValid ballots: 189\n"
                                    "Abstentions: 3\nMembers present and voting: 186\n"
                                    "Required majority: 124\nNumber of votes obtained:\n"
                                    "Ghana 179\nTogo 7\n"
                                    "The President: I congratulate Ghana.\n");
  EXPECT_EQ(
      ballotCounts(english),
      (std::vector<std::string>{"ballotPapers=190", "invalidBallots=1", "validBallots=189",
                                "abstentions=3", "presentAndVoting=186", "requiredMajority=124",
                                "votesObtained=179", "votesObtained=7"}));
}

// A table typeset without colons: each caption, then its count on the next
// line, as pdftotext reads two cells (round BC: the six counts had run into
// one paragraph with none marked).
TEST(Elections, RowsPrintedWithoutAColonKeepTheirCounts) {
  const RawReading english = readIn("en",
                                    "The President: The result of the voting is as follows:\n"
                                    "Number of ballot papers\n190\nNumber of invalid ballots\n2\n"
                                    "Abstentions\n3\nRequired majority\n93\n"
                                    "Number of votes obtained:\nChile\n144\n"
                                    "The President: I congratulate Chile.\n");
  EXPECT_EQ(ballotCounts(english),
            (std::vector<std::string>{"ballotPapers=190", "invalidBallots=2", "abstentions=3",
                                      "requiredMajority=93", "votesObtained=144"}));
  const RawReading french = readIn("fr",
                                   "Le Président : Voici le résultat du scrutin :\n"
                                   "Nombre de bulletins déposés 190\nNombre de bulletins nuls\n2\n"
                                   "Majorité requise\n93\nNombre de voix obtenues :\nChili\n144\n"
                                   "Le Président : Je félicite le Chili.\n");
  EXPECT_EQ(ballotCounts(french),
            (std::vector<std::string>{"ballotPapers=190", "invalidBallots=2", "requiredMajority=93",
                                      "votesObtained=144"}));
}

// A table the extraction read a column at a time: the labels, "Number of
// votes obtained:", then their numbers; the candidates, then theirs (or the
// candidates right under the header and all the numbers after them). Each
// number goes back to its row.
TEST(Elections, ATableReadAColumnAtATimeIsPairedRowByRow) {
  const RawReading english = readIn("en",
                                    "The President: The result of the voting is as follows:\n"
                                    "Number of ballot papers:\nNumber of invalid ballots:\n"
                                    "Abstentions:\nRequired two-thirds majority:\n"
                                    "Number of votes obtained:\n\n191\n0\n3\n126\n\n"
                                    "Kenya\nZambia\n\n183\n181\n"
                                    "The President: I congratulate the States elected.\n");
  EXPECT_EQ(
      ballotCounts(english),
      (std::vector<std::string>{"ballotPapers=191", "invalidBallots=0", "abstentions=3",
                                "requiredMajority=126", "votesObtained=183", "votesObtained=181"}));
  const RawReading chinese = readIn(
      "zh",
      "主席（以英语发言）：投票结果如下：\n投票数：\n无效票：\n弃权：\n所需多数：\n得票数：\n"
      "北马其顿\n格鲁吉亚\n191\n0\n2\n97\n170\n168\n主席（以英语发言）：我祝贺当选的国家。\n");
  // A group's caption among the names counts nothing.
  const RawReading spanish = readIn("es",
                                    "El Presidente: El resultado de la votación es el siguiente:\n"
                                    "Número de votos obtenidos:\n"
                                    "Grupo de los Estados de África\nArgelia\nBotswana\n"
                                    "Grupo de los Estados de Asia y el Pacífico\nJapón\n"
                                    "180\n178\n179\n"
                                    "El Presidente: Felicito a los Estados elegidos.\n");
  EXPECT_EQ(
      ballotCounts(spanish),
      (std::vector<std::string>{"votesObtained=180", "votesObtained=178", "votesObtained=179"}));
  EXPECT_EQ(
      ballotCounts(chinese),
      (std::vector<std::string>{"ballotPapers=191", "invalidBallots=0", "abstentions=2",
                                "requiredMajority=97", "votesObtained=170", "votesObtained=168"}));
  // A group's table on a page of its own, "投票箱中的选票数：" first, its last
  // count the page's number ("2" on page 2, whose footer comes later): each
  // count its row's, none taken for the page's number, none run into another.
  const RawReading group = readIn(
      "zh",
      "主席（以西班牙语发言）：选举安全理事会一个非常任理事国的投票结果如下：\n\f"
      "A/73/PV.91\n\nB组——东欧国家\n投票箱中的选票数：\n无效票：\n有效票：\n弃权：\n"
      "出席并参加投票的会员国数目：\n所需三分之二多数：\n得票数：\n爱沙尼亚\n罗马尼亚\n格鲁吉亚\n"
      "\n193\n1\n192\n0\n192\n128\n132\n58\n2\n\n"
      "主席（以西班牙语发言）：获得所需三分之二多数的爱沙尼亚当选。\n2/4\n",
      "A/73/PV.91");
  EXPECT_EQ(
      ballotCounts(group),
      (std::vector<std::string>{"ballotPapers=193", "invalidBallots=1", "validBallots=192",
                                "abstentions=0", "presentAndVoting=192", "requiredMajority=128",
                                "votesObtained=132", "votesObtained=58", "votesObtained=2"}));
}

// A candidate's name wrapped over two rows of the table ("United Kingdom of
// Great Britain and Northern" / "Ireland 140") is one State with its votes,
// not Ireland's.
TEST(Elections, AStatesNameWrappedOverTwoRowsIsOneCandidate) {
  const RawReading reading = readIn("en",
                                    "The President: The result of the voting is as follows:\n"
                                    "Number of ballot papers: 192\n"
                                    "Number of invalid ballots: 0\n"
                                    "Required majority: 97\n"
                                    "Number of votes obtained:\n"
                                    "United Kingdom of Great Britain and Northern\n"
                                    "Ireland 140\n"
                                    "Democratic Republic of the\n"
                                    "Congo 170\n"
                                    "Malta 2\n"
                                    "The President: I congratulate the States elected.\n");
  std::vector<std::string> candidates;
  for (const auto* block : blocksOf(reading.meeting, BlockKind::Speech))
    for (const auto& item : block->speech.items)
      for (const auto& run : item.paragraph.content)
        if (run.kind == InlineKind::Organization) candidates.push_back(run.ref);
  EXPECT_EQ(candidates, (std::vector<std::string>{"gbr", "cod", "mlt"}));
}

// The Security Council's seats are filled by group: each group's caption
// stands between the candidates' rows, a paragraph of its own, and the rows
// after it are still the table's (each candidate a State with its votes).
TEST(Elections, AGroupsCaptionBetweenCandidatesKeepsTheTable) {
  for (const auto& [language, text] : std::vector<std::pair<std::string, std::string>>{
           {"en",
            "The President: I recall that, in accordance with rule 92\n"
            "of the rules of procedure, all elections shall be held by\n"
            "secret ballot and there shall be no nominations. The\n"
            "ballot papers will now be distributed, and the tellers\n"
            "will count them at the end of the voting, as in the past.\n"
            "A vote was taken by secret ballot.\n"
            "The President: The result of the voting is as follows:\n"
            "Number of ballot papers: 188\n"
            "Required two-thirds majority: 124\n"
            "Number of votes obtained:\n"
            "African and Asia-Pacific States\n"
            "Bahrain 186\n"
            "Liberia 181\n"
            "Latin American and Caribbean States\n"
            "Colombia 180\n"
            "Eastern European States\n"
            "Latvia 120\n"
            "Montenegro 64\n"
            "Having obtained the required two-thirds majority, Bahrain,\n"
            "Colombia and Liberia were elected.\n"},
           {"es",
            "El Presidente (habla en francés): Recuerdo a los miembros\n"
            "que, de conformidad con el artículo 92 del reglamento,\n"
            "todas las elecciones se efectuarán por votación secreta y\n"
            "no habrá presentación de candidaturas. Se distribuirán\n"
            "ahora las cédulas de votación a los representantes.\n"
            "Se procede a votación secreta.\n"
            "El Presidente (habla en francés): El resultado de la votación es el siguiente:\n"
            "Número de cédulas depositadas: 188\n"
            "Mayoría requerida de dos tercios: 124\n"
            "Número de votos obtenidos:\n"
            "Grupo de los Estados de África y de Asia y el Pacífico\n"
            "Bahrein 186\n"
            "Liberia 181\n"
            "Grupo de los Estados de América Latina y el Caribe\n"
            "Colombia 180\n"
            "Grupo de los Estados de Europa Oriental\n"
            "Letonia 120\n"
            "Montenegro 64\n"
            "Habiendo obtenido la mayoría requerida de dos tercios, Bahrein,\n"
            "Colombia y Liberia quedan elegidos.\n"}}) {
    SCOPED_TRACE(language);
    const RawReading reading = readIn(language.c_str(), text);
    EXPECT_TRUE(blocksOf(reading.meeting, BlockKind::Vote).empty());
    const auto rows = paragraphsWith(reading.meeting, "Montenegro 64");
    ASSERT_EQ(rows.size(), 12u);
    EXPECT_EQ(rows[7], language == "en" ? "Latin American and Caribbean States"
                                        : "Grupo de los Estados de América Latina y el Caribe");
    EXPECT_EQ(rows[11], "Montenegro 64");
    std::vector<std::string> states;
    for (const auto* block : blocksOf(reading.meeting, BlockKind::Speech))
      for (const auto& item : block->speech.items)
        for (const auto& run : item.paragraph.content)
          if (run.kind == InlineKind::Organization) states.push_back(run.ref);
    EXPECT_EQ(states, (std::vector<std::string>{"bhr", "lbr", "col", "lva", "mne"}));
  }
}

// The chair's sentence after the table, wrapped where a line ends in a
// number ("… por un período que comienza el 1" / "de enero de 2017."), is no
// group's caption over a candidate's row: it is the election's result.
TEST(Elections, AResultSentenceWrappedAtANumberIsNoCandidatesRow) {
  const RawReading reading =
      readIn("es",
             "El Presidente (habla en inglés): El resultado de la votación es el siguiente:\n"
             "Mayoría requerida: 126\n"
             "Número de votos obtenidos:\n"
             "Hungría 131\n"
             "\n"
             "Habiendo obtenido la mayoría requerida, Hungría queda\n"
             "elegida miembro del Consejo por un período que comienza el 1\n"
             "de enero de 2017.\n"
             "El Presidente (habla en inglés): Felicito a Hungría.\n");
  EXPECT_EQ(narrativeKinds(reading.meeting), (std::vector<NarrativeKind>{NarrativeKind::Election}));
  EXPECT_EQ(ballotCounts(reading),
            (std::vector<std::string>{"requiredMajority=126", "votesObtained=131"}));
}

// The chair names the office's holder giving the floor: the office's turn is
// by that person (the record lets one know who it is); where the chair
// names no one, by the office's body, as before.
TEST(Speakers, TheHolderTheChairNamesGivingTheFloorSpeaks) {
  const RawReading english =
      readIn("en",
             "The President: I now give the floor to the Secretary-General, Mr. António "
             "Guterres.\nThe Secretary-General: I thank the Council.\n"
             "The President: I thank the Secretary-General.\n"
             "The Secretary-General: Once more, thank you.\n");
  const auto turns = blocksOf(english.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 4u);
  EXPECT_EQ(turns[1]->speech.as, "secretaryGeneral");
  EXPECT_NE(turns[1]->speech.by, "unSecretariat");
  bool named = false;
  for (const auto& person : english.meeting.people)
    named = named || (person.id == turns[1]->speech.by && person.name == "Mr. António Guterres");
  EXPECT_TRUE(named) << turns[1]->speech.by;
  EXPECT_EQ(turns[3]->speech.by, "unSecretariat");  // named for one turn only
  const RawReading chinese =
      readIn("zh",
             "主席（以英语发言）：我现在请秘书长安东尼奥·古特雷斯阁下发言。\n"
             "秘书长（以英语发言）：我感谢安理会。\n");
  const auto theirs = blocksOf(chinese.meeting, BlockKind::Speech);
  ASSERT_EQ(theirs.size(), 2u);
  EXPECT_EQ(theirs[1]->speech.by, "安东尼奥·古特雷斯");
}

// The chair invited the office's holder by name under rule 39 ("…: Ms. Amina
// Mohammed, Deputy Secretary-General."): "The Deputy Secretary-General:" is
// that person.
TEST(Speakers, TheHolderTheChairInvitedInAnOfficeSpeaksInIt) {
  const RawReading reading =
      readIn("en",
             "The President: In accordance with rule 39 of the Council's provisional rules of "
             "procedure, I invite the following briefer to participate in this meeting: Ms. Amina "
             "Mohammed, Deputy Secretary-General.\n"
             "I now give the floor to Ms. Mohammed.\n"
             "The Deputy Secretary-General: I thank the Council.\n");
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 2u);
  EXPECT_EQ(turns[1]->speech.as, "deputySecretaryGeneral");
  EXPECT_NE(turns[1]->speech.by, "unSecretariat");
  bool named = false;
  for (const auto& person : reading.meeting.people)
    named = named || (person.id == turns[1]->speech.by && person.name == "Amina Mohammed");
  EXPECT_TRUE(named) << turns[1]->speech.by;
}

// A Spanish address's heading may name the office first, the name after it:
// the head of State speaks in that office (round BB: "El Presidente Duque
// Márquez:" spoke as a representative of no State).
TEST(Speakers, AHeadOfStateSpeaksInTheOfficeHisAddressNamesFirst) {
  const RawReading reading = readIn(
      "es",
      "Tema 8 del programa (continuación)\nDebate general\n"
      "Discurso del Presidente de la República de Colombia, Sr. Iván Duque Márquez\n"
      "El Presidente (habla en inglés): La Asamblea escuchará ahora un discurso del Presidente "
      "de la República de Colombia.\n"
      "El Presidente de la República de Colombia, Sr. Iván Duque Márquez, es acompañado al Salón "
      "de la Asamblea General.\n"
      "El Presidente Duque Márquez: Señor Presidente: Quiero comenzar felicitándolo.\n",
      "A/76/PV.5");
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 2u);
  EXPECT_EQ(officeOf(reading.meeting, *turns[1]), "Presidente de la República de Colombia");
}

// An observer that is no Member State, invited under rule 39 in an office,
// speaks in that office, its body in the label's brackets ("Ms. Adeyemi
// (African Union):"), as a body that is no State does.
TEST(Speakers, AnInvitedObserverSpeaksInTheOfficeTheInvitationNames) {
  const RawReading reading =
      readIn("en",
             "The President: In accordance with rule 39 of the Council's provisional rules of "
             "procedure, I invite Mr. Erik Lindqvist, Head of the Delegation of the European "
             "Union to the United Nations, and Ms. Folake Adeyemi, Permanent Observer of the "
             "African Union to the United Nations, to participate in this meeting.\n"
             "Mr. Lindqvist (European Union): I thank the Council.\n"
             "Ms. Adeyemi (African Union): I thank the Council.\n"
             "Mr. Ruiz (Spain): I thank the Council.\n");
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 4u);
  EXPECT_EQ(officeOf(reading.meeting, *turns[1]),
            "Head of the Delegation of the European Union to the United Nations");
  EXPECT_EQ(officeOf(reading.meeting, *turns[2]),
            "Permanent Observer of the African Union to the United Nations");
  EXPECT_EQ(turns[3]->speech.as, "representative");
}

// Arabic invites "وفقا للمادة 39" (the article with its preposition): the
// briefer speaks in the office the invitation names.
TEST(Speakers, AnArabicBriefersOfficeFromTheInvitation) {
  const RawReading reading =
      readIn("ar",
             "الرئيس (تكلم بالإنكليزية): ووفقا للمادة 39 من النظام الداخلي المؤقت للمجلس، أدعو "
             "مقدمي الإحاطات التاليين إلى المشاركة في هذه الجلسة: السيد جوناثان ميلر، وكيل الأمين "
             "العام للشؤون الإنسانية ومنسق الإغاثة في حالات الطوارئ.\n"
             "السيد ميلر (تكلم بالإنكليزية): أشكركم، سيدي الرئيس.\n"
             "الرئيس (تكلم بالإنكليزية): ووفقا للمادة 39، أدعو السيدة روزماري ديكارلو، وكيلة "
             "الأمين العام للشؤون السياسية وشؤون بناء السلام، إلى المشاركة في هذه الجلسة.\n"
             "السيدة ديكارلو (تكلمت بالإنكليزية): أشكركم.\n",
             "S/PV.10112");
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 4u);
  EXPECT_EQ(officeOf(reading.meeting, *turns[1]),
            "وكيل الأمين العام للشؤون الإنسانية ومنسق الإغاثة في حالات الطوارئ");
  // The office ends before "to participate" ("، إلى المشاركة في هذه الجلسة").
  EXPECT_EQ(officeOf(reading.meeting, *turns[3]),
            "وكيلة الأمين العام للشؤون السياسية وشؤون بناء السلام");
}

// The Assembly numbers its agenda's items: a heading without a number
// ("Minute of silent prayer or meditation") heads proceedings, not an item;
// the Council's items are their titles, but for the headings of the meeting's
// own business ("Minute of …", "Expression of thanks to …").
TEST(Headings, AnUnnumberedHeadingOfTheAssemblyHeadsNoItem) {
  const std::string text =
      "The meeting was called to order at 10 a.m.\n"
      "Minute of silent prayer or meditation\n"
      "The President: I invite representatives to stand and observe one minute of silent "
      "prayer or meditation.\n"
      "The members of the General Assembly observed a minute of silent prayer or meditation.\n"
      "Agenda item 8\nGeneral debate\n"
      "The President: I give the floor to the first speaker.\n";
  const RawReading assembly = readIn("en", text, "A/80/PV.5");
  ASSERT_EQ(assembly.meeting.sections.size(), 3u);
  EXPECT_EQ(assembly.meeting.sections[1].kind, SectionKind::Other);
  EXPECT_EQ(assembly.meeting.sections[2].kind, SectionKind::AgendaItem);
  const RawReading council = readIn("en", text, "S/PV.9999");
  ASSERT_EQ(council.meeting.sections.size(), 3u);
  EXPECT_EQ(council.meeting.sections[1].kind, SectionKind::Other);
  const RawReading thanks =
      readIn("en",
             "The meeting was called to order at 10 a.m.\n"
             "Expression of thanks to the outgoing President\n"
             "The President: I should like to pay tribute to my predecessor.\n"
             "The situation in the Middle East\n"
             "The President: The Council will now begin its consideration of the item.\n",
             "S/PV.9999");
  ASSERT_EQ(thanks.meeting.sections.size(), 3u);
  EXPECT_EQ(thanks.meeting.sections[1].kind, SectionKind::Other);
  EXPECT_EQ(thanks.meeting.sections[2].kind, SectionKind::AgendaItem);
}

// The chair announces group after group: after the line that says whom the
// first group elected, the next group's table is the chair's still, never a
// heading of its own.
TEST(Elections, TheNextGroupsTableAfterAnElectionIsTheChairsStill) {
  const RawReading reading =
      readIn("en",
             "The President: The result of the voting is as follows:\n"
             "Group of African States\nNumber of ballot papers: 187\n"
             "Required two-thirds majority: 124\nNumber of votes obtained:\n"
             "Morocco 176\nSenegal 171\n"
             "Having obtained the required two-thirds majority, Morocco and Senegal were elected\n"
             "members of the Economic and Social Council.\n"
             "Group of Eastern European States\nNumber of ballot papers: 187\n"
             "Required two-thirds majority: 122\nNumber of votes obtained:\n"
             "Latvia 125\nMontenegro 57\n"
             "Having obtained the required two-thirds majority, Latvia was elected a member.\n"
             "The President: I congratulate the States elected.\n");
  EXPECT_TRUE(blocksOf(reading.meeting, BlockKind::Heading).empty());
  EXPECT_EQ(
      paragraphsWith(reading.meeting, "Latvia 125"),
      (std::vector<std::string>{"Group of Eastern European States", "Number of ballot papers: 187",
                                "Required two-thirds majority: 122",
                                "Number of votes obtained:", "Latvia 125", "Montenegro 57"}));
}

// The same in Spanish and Chinese, whose "Abstenciones:" heads a recorded
// vote's list too: under a ballot's rows it is a row.
TEST(Elections, BallotTablesInSpanishAndChinese) {
  const RawReading spanish = readIn("es",
                                    "La Presidenta (habla en inglés): El resultado de\n"
                                    "la votación es el siguiente:\n"
                                    "Estados de África\n"
                                    "Número de cédulas depositadas: 190\n"
                                    "Abstenciones: 2\n"
                                    "Mayoría requerida de dos tercios: 126\n"
                                    "Número de votos obtenidos:\n"
                                    "Argelia 184\n"
                                    "Togo 3\n"
                                    "Habiendo obtenido la mayoría requerida de dos\n"
                                    "tercios, Argelia queda elegida miembro del Consejo\n"
                                    "Económico y Social por un período de tres años.\n");
  EXPECT_TRUE(blocksOf(spanish.meeting, BlockKind::Vote).empty());
  EXPECT_EQ(paragraphsWith(spanish.meeting, "Abstenciones: 2").size(), 8u);
  EXPECT_EQ(narrativeKinds(spanish.meeting), (std::vector<NarrativeKind>{NarrativeKind::Election}));
  const RawReading chinese = readIn("zh",
                                    "主席（以英语发言）：投票结果如下：\n"
                                    "亚洲－太平洋国家\n"
                                    "收回选票数：191\n"
                                    "弃权：2\n"
                                    "所需三分之二多数：126\n"
                                    "得票数：\n"
                                    "蒙古 183\n"
                                    "泰国 2\n"
                                    "蒙古获得所需三分之二多数，当选为经\n"
                                    "济及社会理事会理事国。\n");
  EXPECT_TRUE(blocksOf(chinese.meeting, BlockKind::Vote).empty());
  EXPECT_EQ(
      paragraphsWith(chinese.meeting, "弃权：2"),
      (std::vector<std::string>{"投票结果如下：", "亚洲－太平洋国家", "收回选票数：191", "弃权：2",
                                "所需三分之二多数：126", "得票数：", "蒙古 183", "泰国 2"}));
  EXPECT_EQ(narrativeKinds(chinese.meeting), (std::vector<NarrativeKind>{NarrativeKind::Election}));
}

TEST(Elections, TellersAndElectionsInEveryLanguage) {
  struct Case {
    const char* language;
    const char* line;
    NarrativeKind kind;
  };
  const Case cases[] = {
      {"fr",
       "Sur l’invitation du Président, M. Mensah (Ghana) et Mme Albuquerque (Portugal) "
       "remplissent les fonctions de scrutateurs.",
       NarrativeKind::Tellers},
      {"fr",
       "Sur l’invitation de la Présidente, M. Leblanc (Canada) et Mme Osei (Ghana) assurent "
       "les fonctions de scrutateurs.",
       NarrativeKind::Tellers},
      {"fr",
       "Ayant obtenu la majorité requise des deux tiers, l’Algérie et le Guyana sont élus "
       "membres non permanents du Conseil de sécurité.",
       NarrativeKind::Election},
      {"es",
       "Por invitación de la Presidenta, la Sra. Wanjiru (Kenya) y el Sr. Tshering (Bhután) "
       "actúan como escrutadores.",
       NarrativeKind::Tellers},
      {"ru",
       "По приглашению Председателя г-н Менса (Гана) и г-жа Альбукерке (Португалия) "
       "выполняют функции счетчиков.",
       NarrativeKind::Tellers},
      {"ru",
       "Получив требуемое большинство в две трети голосов, Алжир и Гайана избираются "
       "непостоянными членами Совета Безопасности.",
       NarrativeKind::Election},
      {"ar", "بدعوة من الرئيس، قام السيد منسه (غانا) والسيدة ألبوكيركي (البرتغال) بفرز الأصوات.",
       NarrativeKind::Tellers},
      {"ar",
       "بعد أن حصلت الجزائر وغيانا على أغلبية الثلثين المطلوبة، انتُخبتا عضوين غير دائمين في "
       "مجلس الأمن.",
       NarrativeKind::Election},
      {"zh", "应主席邀请，瓦吉鲁女士（肯尼亚）和策林先生（不丹）担任计票员。",
       NarrativeKind::Tellers},
      {"zh", "进行无记名投票。", NarrativeKind::VoteTaken},
  };
  for (const auto& c : cases) expectProcedural(c.language, c.line, c.kind);
}

// Round I: a paragraph kept by a separate vote, a note after a vote, a chair
// taken in the absence of a woman President, in Arabic and Chinese.
TEST(Votes, SeparateVotesNotesAndChairChangesInArabicAndChinese) {
  struct Case {
    const char* language;
    const char* line;
    NarrativeKind kind;
  };
  const Case cases[] = {
      {"zh", "执行部分第7段以21票赞成、5票反对、4票弃权获得保留。", NarrativeKind::Decision},
      {"zh", "[随后，刚果民主共和国代表团通知秘书处，它原本打算投赞成票。]", NarrativeKind::Note},
      // Round BF: the decision's number, as English gives it ("It was so
      // decided (decision 76/412).").
      {"zh", "就这样决定（第76/412号决定）。", NarrativeKind::Decision},
      {"zh", "就这样决定。", NarrativeKind::Decision},
      {"ar",
       "أُبقي على الفقرة 7 من المنطوق بأغلبية 21 صوتا مقابل 5 أصوات، مع امتناع 4 أعضاء عن التصويت.",
       NarrativeKind::Decision},
  };
  for (const auto& c : cases) expectProcedural(c.language, c.line, c.kind);
  const std::string_view line =
      "في غياب الرئيسة، تولى الرئاسة نائب الرئيسة، السيد العتيبي (الكويت).";
  const auto chair = grammarOf("ar").probeProcedural(line);
  ASSERT_TRUE(chair.match.has_value());
  EXPECT_EQ(chair.match->kind, NarrativeKind::ChairChange);
  EXPECT_EQ(chair.match->chair.in(line), "السيد العتيبي");
  EXPECT_EQ(countryCode("هولندا (مملكة -)", "ar"), "NLD");
  // Kept by the vote: adopted, in Russian as in English ("retained").
  const auto kept = grammarOf("ru").outcomes(
      "Пункт 5 постановляющей части сохраняется 109 голосами против 17 при 35 воздержавшихся.");
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].outcome, VoteOutcome::Adopted);
  const auto dropped = grammarOf("ru").outcomes("Пункт 5 не сохраняется.");
  ASSERT_EQ(dropped.size(), 1u);
  EXPECT_EQ(dropped[0].outcome, VoteOutcome::Rejected);
  // Chinese "被否决": rejected.
  const auto rejected =
      grammarOf("zh").outcomes("修正案A/80/L.12以6票赞成、8票反对、4票弃权被否决。");
  ASSERT_EQ(rejected.size(), 1u);
  EXPECT_EQ(rejected[0].outcome, VoteOutcome::Rejected);
}

// Arabic Council wordings: the name before "الرئاسة"; resuming "بصفتي رئيس
// المجلس"; "بصفتي الوطنية"; counts in words and the verb "وامتنع"; the
// provisional agenda "أُقر" by a vote.
TEST(Votes, ArabicCouncilWordings) {
  const auto& arabic = grammarOf("ar");
  const std::string_view chair = "تولت السيدة رودريغز - بيركيت (غيانا) الرئاسة.";
  const auto change = arabic.probeProcedural(chair).match;
  ASSERT_TRUE(change.has_value());
  EXPECT_EQ(change->kind, NarrativeKind::ChairChange);
  EXPECT_EQ(change->chairCountry.in(chair), "غيانا");
  expectProcedural("ar", "في غياب الرئيس، تولت السيدة رودريغز (غيانا)، نائبة الرئيس، الرئاسة.",
                   NarrativeKind::ChairChange);
  EXPECT_TRUE(arabic.resumesPresidency("أستأنف الآن مهامي بصفتي رئيس المجلس."));
  EXPECT_TRUE(arabic.resumesPresidency("أستأنف الآن مهام رئاسة المجلس."));
  EXPECT_TRUE(arabic.resumesPresidency("أعود الآن إلى ممارسة مهامي بصفتي رئيسا للمجلس."));
  EXPECT_TRUE(arabic.nationalCapacity("أدلي الآن ببيان بصفتي الوطنية.").has_value());
  const std::pair<std::string_view, std::array<int, 3>> results[] = {
      {"حصل مشروع القرار على 13 صوتا مؤيدا، ولم يصوت أحد ضده، وامتنع عضوان عن التصويت.",
       {13, 0, 2}},
      {"حصل مشروع القرار على ثلاثة أصوات مؤيدة، مقابل عشرة أصوات معارضة، وامتناع عضوين عن "
       "التصويت.",
       {3, 10, 2}},
      {"اعتمد مشروع القرار بأغلبية 13 صوتا مقابل صوتين.", {13, 2, 0}},
      {"رُفض مشروع التعديل الوارد في الوثيقة A/80/L.26 بـ 4 أصوات مقابل 4 أصوات، مع امتناع 3 "
       "أعضاء عن التصويت.",
       {4, 4, 3}},
      {"حصل مشروع القرار على 14 صوتا مؤيدا، ولم يحصل على أي صوت معارض، مع امتناع عضو واحد "
       "عن التصويت.",
       {14, 0, 1}},
      {"حصل مشروع القرار على أربعة عشر صوتا مؤيدا، مقابل لا شيء، وامتنع عضو واحد عن التصويت.",
       {14, 0, 1}},
  };
  for (const auto& [sentence, counts] : results) {
    const auto read = arabic.voteResult(sentence);
    ASSERT_TRUE(read.has_value()) << sentence;
    EXPECT_EQ(read->counts, counts) << sentence;
  }
  expectProcedural("ar",
                   "رُفض مشروع التعديل الوارد في الوثيقة A/80/L.26 بـ 4 أصوات مقابل 4 أصوات، مع "
                   "امتناع 3 أعضاء عن التصويت.",
                   NarrativeKind::Decision);
  const auto adopted = arabic.outcomes("وقد أُقر جدول الأعمال المؤقت، بعد حصوله على العدد المطلوب.");
  ASSERT_EQ(adopted.size(), 1u);
  EXPECT_EQ(adopted[0].outcome, VoteOutcome::Adopted);
  const auto rejected = arabic.outcomes("ولم يقر جدول الأعمال المؤقت.");
  ASSERT_EQ(rejected.size(), 1u);
  EXPECT_EQ(rejected[0].outcome, VoteOutcome::Rejected);
}

// Chinese joins the list's last State with "和" and no spaces ("法国、日本和瑞
// 士"); a State whose name holds "和" stays whole.
TEST(Votes, AChineseListsLastStateAfterHe) {
  auto names = [](std::string_view list) {
    std::vector<std::string> out;
    for (const auto& piece : splitStates(list, grammarOf("zh").profile()))
      out.emplace_back(piece.in(list));
    return out;
  };
  EXPECT_EQ(names("法国、日本和瑞士"), (std::vector<std::string>{"法国", "日本", "瑞士"}));
  EXPECT_EQ(names("日本、波斯尼亚和黑塞哥维那"),
            (std::vector<std::string>{"日本", "波斯尼亚和黑塞哥维那"}));
  EXPECT_EQ(names("法国和波斯尼亚和黑塞哥维那"),
            (std::vector<std::string>{"法国", "波斯尼亚和黑塞哥维那"}));
}

// A procedural vote on the provisional agenda: "A procedural vote was taken
// …"; the agenda adopted is the agenda's adoption, not adopted a decision
// whose outcome is rejected.
TEST(Votes, AProceduralVoteOnTheProvisionalAgenda) {
  expectProcedural("en", "A procedural vote was taken by show of hands.", NarrativeKind::VoteTaken);
  expectProcedural("en", "The provisional agenda was adopted.", NarrativeKind::AgendaAdopted);
  expectProcedural("fr", "L’ordre du jour provisoire est adopté.", NarrativeKind::AgendaAdopted);
  expectProcedural("es", "Queda aprobado el orden del día provisional.",
                   NarrativeKind::AgendaAdopted);
  expectProcedural("ru", "Предварительная повестка дня утверждается.",
                   NarrativeKind::AgendaAdopted);
  expectProcedural("zh", "临时议程通过。", NarrativeKind::AgendaAdopted);
  const std::pair<const char*, std::string_view> rejected[] = {
      {"en", "The provisional agenda was not adopted."},
      {"fr", "L’ordre du jour provisoire n’est pas adopté."},
      {"es", "No se aprueba el orden del día provisional."},
      {"ru", "Предварительная повестка дня не утверждается."},
      {"zh", "临时议程未通过。"},
  };
  for (const auto& [language, line] : rejected) {
    expectProcedural(language, line, NarrativeKind::Decision);
    const auto outcomes = grammarOf(language).outcomes(line);
    ASSERT_EQ(outcomes.size(), 1u) << line;
    EXPECT_EQ(outcomes[0].outcome, VoteOutcome::Rejected) << line;
  }
}

// Decisions on what is no draft ("Queda aprobada la recomendación.", "The
// proposal was adopted."), and Spanish results "y ninguna abstención" and
// "se mantiene el párrafo 5" (kept: adopted).
TEST(Votes, DecisionsOnRecommendationsAndKeptParagraphs) {
  expectProcedural("es", "Queda aprobada la recomendación.", NarrativeKind::Decision);
  expectProcedural("es", "Queda aprobada la decisión oral.", NarrativeKind::Decision);
  expectProcedural("en", "The recommendation was adopted.", NarrativeKind::Decision);
  expectProcedural("en", "The proposal was adopted.", NarrativeKind::Decision);
  expectProcedural("en",
                   "Section XIII of draft resolution II was retained by 126 votes to 3, with 50 "
                   "abstentions.",
                   NarrativeKind::Decision);
  expectProcedural("en", "The oral amendment was rejected by 60 votes to 70, with 30 abstentions.",
                   NarrativeKind::Decision);
  const std::string_view none =
      "Por 7 votos contra 1 y ninguna abstención, queda aprobado el proyecto de resolución II "
      "(resolución 80/121).";
  expectProcedural("es", none, NarrativeKind::Decision);
  const auto counts = grammarOf("es").voteResult(none);
  ASSERT_TRUE(counts.has_value());
  EXPECT_EQ(counts->counts, (std::array<int, 3>{7, 1, 0}));
  const auto veto = grammarOf("es").voteResult(
      "El resultado de la votación es el siguiente: 14 votos a favor y 1 en contra.");
  ASSERT_TRUE(veto.has_value());
  EXPECT_EQ(veto->counts, (std::array<int, 3>{14, 1, 0}));
  const std::string_view kept =
      "Por 4 votos contra 1 y 1 abstención, se mantiene el párrafo 5 de la parte dispositiva.";
  expectProcedural("es", kept, NarrativeKind::Decision);
  const auto outcomes = grammarOf("es").outcomes(kept);
  ASSERT_EQ(outcomes.size(), 1u);
  EXPECT_EQ(outcomes[0].outcome, VoteOutcome::Adopted);
}

// Russian Council wordings: times without full stops ("10 ч 05 м"), the
// chair taken with the name first, and a minister's national capacity.
TEST(Procedure, RussianCouncilWordings) {
  const auto times = grammarOf("ru").times("Заседание открывается в 10 ч 05 м.");
  ASSERT_EQ(times.size(), 1u);
  EXPECT_EQ(times[0].hour, 10);
  EXPECT_EQ(times[0].minute, 5);
  expectProcedural("ru", "Заседание прерывается в 11 ч 10 м.", NarrativeKind::Suspension);
  // Round BD: another verb for the suspension; the tellers again, invited by
  // the Acting President (each had been read into the chair's speech).
  expectProcedural("ru",
                   "Заседание приостанавливается в 10 ч. 40 м. и возобновляется в 12 ч. 10 м.",
                   NarrativeKind::Suspension);
  expectProcedural("ru",
                   "По приглашению Исполняющего обязанности Председателя функции счетчиков вновь "
                   "выполняют г-жа Ортис (Перу) и г-н Ахмед (Пакистан).",
                   NarrativeKind::Tellers);
  expectProcedural("ru",
                   "По приглашению Председателя г-жа Ортис (Перу) и г-н Ахмед (Пакистан) вновь "
                   "выполняют функции счетчиков.",
                   NarrativeKind::Tellers);
  expectProcedural("ru", "Ходатайство принимается 89 голосами против 39 при 37 воздержавшихся.",
                   NarrativeKind::Decision);
  EXPECT_TRUE(grammarOf("ru").resumesPresidency(
      "Я вновь приступаю к выполнению функций Председателя Совета."));
  const auto counts = grammarOf("ru").voteResult(
      "Проект резолюции получил 13 голосов за при 1 голосе против и 1 воздержавшемся.");
  ASSERT_TRUE(counts.has_value());
  EXPECT_EQ(counts->counts, (std::array<int, 3>{13, 1, 1}));
  const std::string_view chair = "Г-н Керома (Сьерра-Леоне) занимает место Председателя.";
  const auto change = grammarOf("ru").probeProcedural(chair).match;
  ASSERT_TRUE(change.has_value());
  EXPECT_EQ(change->kind, NarrativeKind::ChairChange);
  EXPECT_EQ(change->chair.in(chair), "Г-н Керома");
  EXPECT_TRUE(grammarOf("ru")
                  .nationalCapacity("Сейчас я сделаю заявление в своем качестве министра "
                                    "иностранных дел Сьерра-Леоне.")
                  .has_value());
}

// A list whose last line ended on a whole State's name, and a sentence after
// it that names none: the list had ended ("Slovénie, Suisse" / "Je remercie
// M. Koroma …"); a name that goes on in lower case does not end it.
TEST(Votes, AListEndsBeforeASentenceThatNamesNoState) {
  const RawReading french =
      readIn("fr",
             "Il est procédé au vote à main levée.\n"
             "Votent pour :\n"
             "Algérie, Chine, Slovénie, Suisse\n"
             "\n"
             "Je remercie M. Koroma de son exposé.\n"
             "La Présidente : Le projet de résolution a recueilli 4 voix pour.\n");
  const auto votes = blocksOf(french.meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 1u);
  ASSERT_EQ(votes[0]->vote.lists.size(), 1u);
  EXPECT_EQ(votes[0]->vote.lists[0].count(), 4);
  EXPECT_NE(meetingText(french.meeting).find("Je remercie M. Koroma de son exposé."),
            std::string::npos);
  // The same in column text, where a blank line is a column's break.
  const RawReading columns = testing::readColumnText(
      "fr",
      "Il est procédé au vote à main levée.\nVotent pour :\n"
      "Algérie, Chine, Équateur, États-Unis d’Amérique,\n"
      "Fédération de Russie, France, Guyana, Japon, Malte,\nSlovénie, Suisse\n\n"
      "Je remercie M. Koroma de son exposé.\n\n"
      "La Présidente (parle en anglais) : Le projet de résolution a recueilli 11 "
      "voix pour.\n",
      "S/PV.9999", "2024-11-06");
  const auto columnVotes = blocksOf(columns.meeting, BlockKind::Vote);
  ASSERT_EQ(columnVotes.size(), 1u);
  EXPECT_EQ(columnVotes[0]->vote.lists[0].count(), 11);
  const RawReading english = readIn("en",
                                    "A recorded vote was taken.\n"
                                    "In favour:\n"
                                    "Algeria, China, United States\n"
                                    "of America.\n"
                                    "The President: The draft resolution received 3 votes.\n");
  const auto theirs = blocksOf(english.meeting, BlockKind::Vote);
  ASSERT_EQ(theirs.size(), 1u);
  EXPECT_EQ(theirs[0]->vote.lists[0].count(), 3);
}

// "Проект поправки …" is the current Russian form of a draft amendment: its
// result is a narrative after the vote, not a State of the list nor the
// chair's words, also after a list with no full stop.
TEST(Votes, ARussianDraftAmendmentsResultIsANarrative) {
  const RawReading reading =
      readIn("ru",
             "Председатель (говорит по-английски): Ставлю на голосование проект поправки.\n"
             "Проводится заносимое в отчет о заседании голосование.\n"
             "Голосовали за:\n"
             "Алжир, Китай, Куба\n"
             "Голосовали против:\n"
             "Австралия, Канада\n"
             "Воздержались:\n"
             "Бразилия, Эсватини, Южная Африка\n"
             "Проект поправки, содержащийся в документе A/79/L.31, отклоняется 3 голосами против\n"
             "2 при 3 воздержавшихся.\n"
             "Председатель (говорит по-английски): Переходим к проекту резолюции.\n");
  const auto votes = blocksOf(reading.meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 1u);
  ASSERT_EQ(votes[0]->vote.lists.size(), 3u);
  EXPECT_EQ(votes[0]->vote.lists[2].count(), 3);
  const auto kinds = narrativeKinds(reading.meeting);
  EXPECT_NE(std::find(kinds.begin(), kinds.end(), NarrativeKind::Decision), kinds.end());
  EXPECT_EQ(blocksOf(reading.meeting, BlockKind::Speech).size(), 2u);
  EXPECT_TRUE(testing::warningsBeyondTheChair(reading.audit).empty());
}

// A note after a vote names the States whose vote it corrects: they are
// marked, whole names only, the longest at each place.
TEST(Votes, ANoteAfterAVoteNamesItsStates) {
  struct Case {
    const char* language;
    const char* text;
    std::vector<std::string> states;
  };
  const Case cases[] = {
      {"en",
       "[Subsequently, the delegations of Niger and Papua New Guinea informed the Secretariat "
       "that they had intended to vote in favour.]",
       {"ner", "png"}},
      {"fr",
       "[La délégation du Malawi a ensuite informé le Secrétariat qu’elle avait eu l’intention "
       "de voter pour.]",
       {"mwi"}},
      {"zh", "[随后，刚果民主共和国代表团通知秘书处，它原本打算投赞成票。]", {"cod"}},
      // Russian declines the names: "делегации Ганы, Сенегала и Кении" (Гана,
      // Сенегал, Кения), "Малави" does not decline.
      {"ru",
       "[Впоследствии делегации Ганы, Сенегала, Кении, Гвинеи-Бисау и Малави сообщили "
       "Секретариату, что они намеревались голосовать «за».]",
       {"gha", "sen", "ken", "gnb", "mwi"}},
  };
  for (const auto& c : cases) {
    const RawReading reading = readIn(c.language, c.text + std::string("\n"));
    const auto notes = blocksOf(reading.meeting, BlockKind::Narrative);
    ASSERT_EQ(notes.size(), 1u) << c.text;
    EXPECT_EQ(notes[0]->narrative.kind, NarrativeKind::Note);
    std::vector<std::string> states;
    for (const auto& run : notes[0]->narrative.text.content)
      if (run.kind == InlineKind::Organization) states.push_back(run.ref);
    EXPECT_EQ(states, c.states) << c.text;
  }
  EXPECT_TRUE(statesNamedIn("the Nigerian delegation", "en").empty());
  // Arabic joins "و" (and) to the next word: "وجنوب السودان" is South Sudan.
  const std::string_view arabic = "وفود مالي وجنوب السودان وملاوي";
  std::vector<std::string_view> named;
  for (auto [begin, end] : statesNamedIn(arabic, "ar"))
    named.push_back(arabic.substr(begin, end - begin));
  EXPECT_EQ(named, (std::vector<std::string_view>{"مالي", "جنوب السودان", "ملاوي"}));
}

// Labels that wrap far: an office of 80 letters and more in the brackets,
// the label over three lines; a Chinese name of twenty characters; a
// Chinese label broken inside "先生" at the end of a full line, its second
// line a label of its own to look at.
TEST(Labels, LongOfficesNamesAndLabelsBrokenAnywhere) {
  const RawReading french =
      readIn("fr",
             "Le Président : Je donne maintenant la parole à Mme Okonjo-Mensah.\n"
             "Mme Okonjo-Mensah (Sous-Secrétaire générale aux\n"
             "affaires politiques et à la consolidation de la paix)\n"
             "(parle en anglais) : Je vous remercie, Monsieur le\n"
             "Président, de me donner la parole.\n");
  auto speeches = blocksOf(french.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 2u);
  EXPECT_EQ(speeches[1]->speech.by, "okonjomensah");
  EXPECT_EQ(speeches[1]->speech.items.size(), 1u);
  // The audit says the line the label's colon was on.
  std::vector<int> colons;
  for (const auto& entry : french.audit.entries())
    if (entry.kind == "label-delimiter") colons.push_back(entry.firstLine);
  EXPECT_EQ(colons, (std::vector<int>{1, 4}));
  const RawReading chinese = readIn("zh",
                                    "代理主席（以英语发言）：我现在请卡塔尔代\n"
                                    "表发言。\n"
                                    "阿卜杜勒·拉赫曼·本·哈马德·本·贾西姆·阿勒萨尼·先\n"
                                    "生（卡塔尔）（以阿拉伯语发言）：我国代表团\n"
                                    "感谢主席召开这次会议。\n");
  speeches = blocksOf(chinese.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 2u);
  ASSERT_FALSE(speeches[1]->speech.from.empty());
  EXPECT_EQ(speeches[1]->speech.from[0].text, "阿卜杜勒·拉赫曼·本·哈马德·本·贾西姆·阿勒萨尼·先生");
  EXPECT_EQ(plainText(speeches[1]->speech.items[0].paragraph.content),
            "我国代表团感谢主席召开这次会议。");
}

// A Main Committee's Secretary speaks under a title of the Secretariat's; a
// Vice-Chair takes the chair in the Chair's absence, and is the Acting Chair.
TEST(Committees, TheSecretaryAndTheViceChairInTheChair) {
  const RawReading reading =
      readIn("en",
             "The Chair: I give the floor to the Secretary of the Committee.\n"
             "The Secretary of the Committee: This statement is made under rule 153.\n"
             "In the absence of the Chair, Mr. Haddad (Lebanon), Vice-Chair, took the Chair.\n"
             "The Acting Chair: I thank the Secretary.\n");
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 3u);
  EXPECT_EQ(speeches[1]->speech.as, "committeeSecretary");
  EXPECT_EQ(speeches[2]->speech.by, "haddad");
  for (const auto& [language, label] :
       {std::pair<const char*, const char*>{"fr", "Le Secrétaire de la Commission : Merci."},
        {"es", "La Secretaria de la Comisión: Gracias."},
        {"ru", "Секретарь Комитета: Спасибо."},
        {"ar", "أمين اللجنة: شكرا."},
        {"zh", "委员会秘书：谢谢。"}}) {
    const auto title = grammarOf(language).label(label);
    ASSERT_TRUE(title.has_value()) << label;
    ASSERT_NE(title->title, nullptr) << label;
    EXPECT_EQ(title->title->roleId, "committeeSecretary") << label;
  }
}

// A count after a vote's label is a ballot's row, never a State.
TEST(Elections, ACountAfterAVoteLabelIsNoList) {
  EXPECT_FALSE(grammarOf("en").voteLabel("Abstentions: 2").has_value());
  EXPECT_FALSE(grammarOf("es").voteLabel("Abstenciones: 0").has_value());
  EXPECT_TRUE(grammarOf("en").voteLabel("Abstentions: Algeria, Iraq").has_value());
  EXPECT_TRUE(grammarOf("es").voteLabel("Abstenciones:").has_value());
}

// --- Main Committees -------------------------------------------------------------------

// A committee's cover names the committee under the organ: it is the record's.
TEST(Committees, TheCoverNamesTheCommittee) {
  struct Case {
    const char* language;
    const char* organ;
    const char* committee;
    const char* date;
    const char* chair;
    const char* opening;
    const char* role;
  };
  const Case cases[] = {
      {"en", "General Assembly", "First Committee", "Tuesday, 29 October 2024, 3 p.m.",
       "Chair:", "The meeting was called to order at 3.05 p.m.", "chair"},
      {"fr", "Assemblée générale", "Première Commission", "Mercredi 30 octobre 2024, à 10 heures",
       "Président :", "La séance est ouverte à 10 h 5.", "chair"},
  };
  for (const auto& c : cases) {
    const std::string text =
        std::string("A/C.1/79/PV.21\n\n") + c.organ + "\n\nSeventy-ninth session\n\n" +
        c.committee + "\n\n21st meeting\n\n" + c.date + "\nNew York\n\n" + c.chair +
        "\n\nMr. Massari . . . . . . . . . . . . (Italy)\n\n" + c.opening + "\n\f";
    RawOptions options;
    options.meta.language = c.language;
    auto read = readRawText(text, "committee.txt", options);
    ASSERT_TRUE(read.ok()) << describe(read.error());
    EXPECT_EQ(read.value().meta.committee, c.committee) << c.language;
    EXPECT_EQ(read.value().meta.body, "GA") << c.language;
    // A committee is chaired: its "Président" is the office English calls
    // the Chair, one role id in every language version.
    const RawReading reading = recogniseRecord(std::move(read.value()));
    EXPECT_EQ(reading.meeting.meta.presidentRole, c.role) << c.language;
  }
}

// --- headings ---------------------------------------------------------------------------

std::vector<std::string> headingsOf(const Meeting& meeting) {
  std::vector<std::string> headings;
  for (const auto* block : blocksOf(meeting, BlockKind::Heading))
    headings.push_back(plainText(block->heading.text.content));
  return headings;
}

// A script without spaces joins lines where a sentence goes on: an agenda
// item's heading and its title over the Vice-President's short chair line
// ("副主席卡布拉尔先生（葡萄牙）主持会议。") had become one procedural sentence
// whose chair was "议程项目27社会发展副主席卡布拉尔先生" (round BI). An item's
// heading begins no procedural sentence, and no name holds the office.
TEST(Headings, AnItemsHeadingAndTitleStayOverAShortChairLine) {
  const RawReading reading =
      readIn("zh",
             "勒布朗先生（法国）（以法语发言）：法国投了赞成票。\n议程项目27\n社会发展\n"
             "副主席卡布拉尔先生（葡萄牙）主持会议。\n"
             "代理主席（以西班牙语发言）：大会就此结束了对议程项目27的审议。\n");
  EXPECT_EQ(headingsOf(reading.meeting), (std::vector<std::string>{"议程项目27", "社会发展"}));
  EXPECT_EQ(narrativeKinds(reading.meeting),
            (std::vector<NarrativeKind>{NarrativeKind::ChairChange}));
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 2u);
  EXPECT_EQ(speeches[1]->speech.by, "卡布拉尔");
}

// A tribute's heading wraps at the title before the name ("… of His
// Excellency" / "Mr. Hage Geingob, President of the Republic" / "of
// Namibia"): one heading, and the chair's label under it is the chair's, not
// a label of the late Head of State's that runs into it.
TEST(Headings, ATributesHeadingWrappedAtTheTitleBeforeTheName) {
  const RawReading reading = readIn("en",
                                    "The meeting was called to order at 10.05 a.m.\n"
                                    "Tribute to the memory of His Excellency\n"
                                    "Mr. Hage Geingob, President of the Republic\n"
                                    "of Namibia\n"
                                    "The President: Before we take up the items on our\n"
                                    "agenda, it is my sad duty to pay tribute.\n");
  EXPECT_EQ(headingsOf(reading.meeting),
            (std::vector<std::string>{"Tribute to the memory of His Excellency Mr. Hage Geingob, "
                                      "President of the Republic of Namibia"}));
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 1u);
  EXPECT_EQ(turns[0]->speech.as, "president");
}

// An address's heading that the page's end broke ("… رئيس جمهورية فنزويلا" /
// "البوليفارية" on the next page) is one heading: the page's last line says
// nothing of the measure. A sub-item's heading on the next page is its own.
TEST(Headings, AHeadingThePagesEndBrokeGoesOnOnTheNextPage) {
  const RawReading arabic =
      readIn("ar",
             "الرئيس (تكلم بالإنكليزية): باسم الجمعية العامة، أود أن أشكر\n"
             "رئيسة جمهورية جزر مارشال على البيان الذي أدلت به للتو أمام\n"
             "الجمعية العامة، وأن أعرب لها عن خالص التقدير لمشاركتها في\n"
             "أعمال هذه الدورة وفي المناقشة العامة التي نجريها اليوم هنا.\n"
             "كلمة السيد نيكولاس مادورو موروس، رئيس جمهورية فنزويلا\n\n\f\n"
             "البوليفارية\n"
             "الرئيس (تكلم بالإنكليزية): تستمع الجمعية العامة الآن إلى كلمة رئيس الجمهورية.\n");
  const auto headings = headingsOf(arabic.meeting);
  ASSERT_EQ(headings.size(), 1u);
  EXPECT_TRUE(headings[0].ends_with("فنزويلا البوليفارية")) << headings[0];
  const RawReading english =
      readIn("en",
             "The President: We turn to the sub-items.\n"
             "(a) Implementation of the outcome of the World Summit\n\f"
             "(b) Social development, including questions relating to\n"
             "the world social situation\n"
             "The President: I give the floor to the representative of Chile.\n");
  EXPECT_EQ(headingsOf(english.meeting).size(), 2u);
}

// An address's heading that fills its line, and the escort line right under
// it that names the same person: a heading and an escort, not one narrative.
TEST(Headings, AnAddressHeadingOverItsEscortLine) {
  const RawReading english = readIn(
      "en",
      "The President: We shall now hear an address by the King of the Hashemite Kingdom of\n"
      "Jordan, and I ask representatives to remain in their seats for the address that follows.\n"
      "Address by His Majesty King Abdullah II ibn Al Hussein, King of the Hashemite Kingdom\n"
      "His Majesty King Abdullah II ibn Al Hussein, King of the Hashemite Kingdom, was\n"
      "escorted into the General Assembly Hall.\n"
      "King Abdullah II (spoke in Arabic): Madam President, I congratulate you on your "
      "election.\n");
  EXPECT_EQ(headingsOf(english.meeting),
            (std::vector<std::string>{
                "Address by His Majesty King Abdullah II ibn Al Hussein, King of the Hashemite "
                "Kingdom"}));
  EXPECT_EQ(narrativeKinds(english.meeting), std::vector<NarrativeKind>{NarrativeKind::Escort});
}

// "… I fully agree with what was said by" / "Mr. Guterres: international
// law …": a name and a colon alone after a line that ended in mid-sentence
// are the sentence going on, not a new speaker's label.
TEST(Labels, ABareNameInMidSentenceIsNoLabel) {
  const RawReading english =
      readIn("en",
             "Mr. Attaf (Algeria): What is happening in Gaza is an unprecedented humanitarian\n"
             "catastrophe. In that regard, I fully agree with what was said this morning by\n"
             "Mr. Guterres: international law must be respected by all, without exception.\n"
             "The President: I thank the representative of Algeria for his statement today.\n");
  const auto turns = blocksOf(english.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 2u);
  EXPECT_EQ(turns[0]->speech.by, "attaf");
  // "Sr. Presidente: Permítame …": honorifics alone address the chair.
  EXPECT_FALSE(grammarOf("es").label("Sr. Presidente: termino con una reflexión.").has_value());
  EXPECT_FALSE(grammarOf("en").label("Mr. President: allow me to conclude.").has_value());
  EXPECT_TRUE(grammarOf("es").label("El Presidente Ruto (habla en inglés): Gracias.").has_value());
  // Arabic "تولت الرئاسة الدورية …" in a speech is no change of chair.
  EXPECT_FALSE(grammarOf("ar")
                   .probeProcedural("تولت الرئاسة الدورية لمجلس الأمن في الشهر الماضي.")
                   .match.has_value());
}

// A short line over a label of its own is a heading, not the label's first
// line: a label that wraps fills its first line ("一般性辩论" / "卢拉·达席尔
// 瓦总统（…）：…" had made one speaker called "一般性辩论卢拉·达席尔瓦").
TEST(Headings, AShortLineOverALabelOfItsOwnBeginsNoLabel) {
  const RawReading chinese =
      readIn("zh",
             "主席（以英语发言）：我谨代表大会感谢约旦哈希姆王国国王刚才所作的讲话。大会现在\n"
             "请各位代表注意，今天上午的会议将听取多位国家元首和政府首脑的发言，每位发言者\n"
             "的发言时间应限制在十五分钟以内，以便大会能够按照既定的安排完成今天的工作，我\n"
             "们感谢各位代表团在这方面给予的合作与理解，也感谢秘书处工作人员的辛勤努力。大\n"
             "会现在将听取巴西联邦共和国总统的讲话，并请各位代表保持肃静。\n"
             "议程项目8（续）\n"
             "一般性辩论\n"
             "卢拉·达席尔瓦总统（以葡萄牙语发言；英文口译由代表团提供）：我谨代表巴西人\n"
             "民致以问候。首先，我要祝贺贝尔伯克女士当选大会第八十届会议主席，并祝愿她\n"
             "在任期内一切顺利。\n"
             "主席（以英语发言）：大会现在将听取约旦哈希姆王国国王阿卜杜拉二世·伊本·侯赛\n"
             "因陛下讲话。\n"
             "阿卜杜拉二世·伊本·侯赛因国王（约旦哈希姆王国）（以阿拉伯语发言；英文口译由代\n"
             "表团提供）：我谨代表约旦人民致以问候。\n");
  EXPECT_EQ(headingsOf(chinese.meeting),
            (std::vector<std::string>{"议程项目8（续）", "一般性辩论"}));
  const auto turns = blocksOf(chinese.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 4u);
  EXPECT_EQ(turns[1]->speech.by, "卢拉·达席尔瓦");
  // A label that wraps from a full line is still one label.
  EXPECT_EQ(plainText(turns[3]->speech.from).find("阿卜杜拉二世"), 0u)
      << plainText(turns[3]->speech.from);
  // The same in pdftotext's pages.
  const RawReading pages =
      readIn("zh",
             "A/80/PV.11\n\n主席：贝尔伯克女士（德国）\n\n上午9时开会。\n"
             "议程项目8（续）\n"
             "一般性辩论\n"
             "卢拉·达席尔瓦总统（以葡萄牙语发言；英文口译由代表团提供）：我谨代表巴西人\n"
             "民致以问候。首先，我要祝贺贝尔伯克女士当选大会第八十届会议主席，并祝愿她\n"
             "在任期内一切顺利。\n\f");
  EXPECT_EQ(pages.dialect, "pdftotext");
  EXPECT_EQ(headingsOf(pages.meeting), (std::vector<std::string>{"议程项目8（续）", "一般性辩论"}));
}

// A line or two that end no sentence, after a sentence's end and right before
// a speaker's label, are a heading with no number; not a sentence that goes
// on into a name, nor a vote's last line of States.
TEST(Headings, AnUnnumberedHeadingBeforeALabel) {
  const RawReading english =
      readIn("en",
             "The President: The Assembly has thus concluded its consideration of agenda item\n"
             "31.\n"
             "Minute of silent prayer or meditation\n"
             "The President: I invite representatives to stand and observe a minute of silent\n"
             "prayer or meditation.\n");
  EXPECT_EQ(headingsOf(english.meeting),
            (std::vector<std::string>{"Minute of silent prayer or meditation"}));
  const RawReading spanish =
      readIn("es",
             "El Sr. Moncada (Venezuela): Las medidas coercitivas son contrarias a la Carta.\n"
             "Clausura del septuagésimo noveno período de\n"
             "sesiones de la Asamblea General\n"
             "El Presidente (habla en inglés): Hemos llegado al final del período de sesiones.\n");
  EXPECT_EQ(headingsOf(spanish.meeting),
            (std::vector<std::string>{
                "Clausura del septuagésimo noveno período de sesiones de la Asamblea General"}));
  const RawReading french =
      readIn("fr",
             "Le Président : Je remercie la délégation de son exposé.\n"
             "Je donne maintenant la parole au Secrétaire général,\n"
             "M. António Guterres.\n"
             "Le Secrétaire général (parle en anglais) : Je remercie la présidence.\n");
  EXPECT_TRUE(headingsOf(french.meeting).empty());
  const RawReading vote = readIn("en",
                                 "A recorded vote was taken.\nIn favour:\nAlgeria, China\n"
                                 "Against:\nFrance, United Kingdom of Great Britain and\n"
                                 "Northern Ireland\n"
                                 "The President: The draft resolution was adopted.\n");
  EXPECT_TRUE(headingsOf(vote.meeting).empty());
}

// The chair welcoming the Secretary-General by name, then giving the floor
// ("Je souhaite chaleureusement la bienvenue au Secrétaire général, S. E. M.
// António Guterres, à qui je donne la parole."; "I warmly welcome the
// Secretary-General, His Excellency Mr. António Guterres, and I give him the
// floor."): the turn is his, not the Secretariat's.
TEST(People, TheSecretaryGeneralWelcomedByNameSpeaks) {
  const RawReading french = readIn(
      "fr",
      "La Présidente : Je souhaite chaleureusement la bienvenue au Secrétaire général, S. E. M.\n"
      "António Guterres, à qui je donne maintenant la parole.\n"
      "Le Secrétaire général (parle en anglais) : Je remercie la présidence.\n",
      "S/PV.9751");
  const RawReading english =
      readIn("en",
             "The President: I warmly welcome the Secretary-General, His Excellency Mr. António\n"
             "Guterres, and I give him the floor.\n"
             "The Secretary-General: I thank the President.\n",
             "S/PV.9751");
  for (const RawReading* reading : {&french, &english}) {
    const auto speeches = blocksOf(reading->meeting, BlockKind::Speech);
    ASSERT_EQ(speeches.size(), 2u);
    EXPECT_EQ(speeches[1]->speech.by, "antonioguterres");
  }
}

// A sentence that names someone and says what they said, before a colon
// ("Mme Mottley a raison : …", "Le Président Zelensky a dit : …") is no label:
// a name's words after the first are capitalised, or particles ("de la").
TEST(Labels, ANameAndAVerbBeforeAColonIsNoLabel) {
  EXPECT_FALSE(grammarOf("fr").label("Mme Mottley a raison : la dette étrangle les États."));
  EXPECT_FALSE(grammarOf("fr").label("Le Président Zelensky a dit : « Nous résisterons. »"));
  EXPECT_FALSE(grammarOf("en").label("Mr. Guterres was right: debt strangles small States."));
  EXPECT_FALSE(grammarOf("es").label("La Sra. Mottley tiene razón: la deuda ahoga a los Estados."));
  expectLabel("en", "President Arriaga de la Cruz (spoke in Spanish): It is an honour.",
              "President Arriaga de la Cruz", "", true);
  expectLabel("fr", "M. Abdullah al-Mouallimi (Arabie saoudite) : Je vous remercie.",
              "M. Abdullah al-Mouallimi", "Arabie saoudite", false);
  // A name the label quotes ("Mbinda"), as the Council's 1990s labels printed it.
  expectLabel("en", "Mr. Van-Dúnem “Mbinda” (Angola): On behalf of the Government of Angola.",
              "Mr. Van-Dúnem “Mbinda”", "Angola", false);
  expectLabel("fr", "M. Van-Dúnem « Mbinda » (Angola) : Au nom du Gouvernement angolais.",
              "M. Van-Dúnem « Mbinda »", "Angola", false);
  // A hereditary prince, a regent.
  expectLabel("fr", "Le Prince héréditaire Alois (parle en allemand) : Je remercie le Président.",
              "Prince héréditaire Alois", "", true);
}

// The chair's decision where no one objects is a paragraph of its own, also
// after a line that filled the measure (S/PV.10100 prints it indented).
// A record typed in one column with a blank line between its paragraphs
// (round AY's 1995 record): a blank line after a sentence ends a paragraph,
// however full the line before it; a line after none goes on, however much
// room the sentence before it left.
TEST(Paragraphs, BlankLinesSetTheParagraphsOfATypedRecordApart) {
  std::string text =
      "The PRESIDENT: I thank the Secretary-General for his statement to the\n"
      "Council this morning, which was most thorough and most interesting.\n\n";
  for (int k = 0; k < 11; ++k)
    text +=
        "Members of the Council have before them the report, which contains the\n"
        "text of a draft resolution submitted in the course of consultations " +
        std::to_string(k) + ".\n\n";
  text +=
      "We shall proceed accordingly.\n"
      "Unless I hear any objection, I shall put the draft resolution to the vote.\n\n"
      "Mr. MERIMEE (France): I thank you.\n";
  const RawReading reading = readIn("en", text, "S/PV.3327");
  const auto paragraphs = paragraphsWith(
      reading.meeting,
      "I thank the Secretary-General for his statement to the Council this morning, which was "
      "most thorough and most interesting.");
  ASSERT_EQ(paragraphs.size(), 13u);
  EXPECT_EQ(paragraphs.back(),
            "We shall proceed accordingly. Unless I hear any objection, I shall put the draft "
            "resolution to the vote.");
}

TEST(Paragraphs, TheChairsDecisionWithoutObjectionStandsAlone) {
  struct Case {
    const char* language;
    const char* record;
    const char* decision;
  };
  const Case cases[] = {
      {"en",
       "The President: It is my understanding that the Council is ready to proceed to the\n"
       "vote on the draft resolution before it. If I hear no objection, I shall put the draft\n"
       "resolution to the vote now, in accordance with the previous practice in this regard.\n"
       "There being no objection, it is so decided.\n",
       "There being no objection, it is so decided."},
      {"fr",
       "Le Président : Je crois comprendre que le Conseil est prêt à voter sur le projet de\n"
       "résolution dont il est saisi. S’il n’y a pas d’objection, je mettrai aux voix le projet\n"
       "de résolution, conformément à la pratique antérieure du Conseil en la matière.\n"
       "En l’absence d’objection, il en est ainsi décidé.\n",
       "En l’absence d’objection, il en est ainsi décidé."},
      {"es",
       "El Presidente: Entiendo que el Consejo está dispuesto a proceder a la votación del\n"
       "proyecto de resolución que tiene ante sí. Si no hay objeciones, someteré a votación el\n"
       "proyecto de resolución, de conformidad con la práctica anterior del Consejo al respecto.\n"
       "Al no haber objeciones, así queda acordado.\n",
       "Al no haber objeciones, así queda acordado."},
      // Printed with a shadda, which the profile's sentence leaves out.
      {"ar",
       "الرئيس: أفهم أن المجلس مستعد للشروع في التصويت على مشروع القرار المعروض عليه. وإذا\n"
       "لم أسمع أي اعتراض، سأطرح مشروع القرار للتصويت الآن، وفقا للممارسة السابقة للمجلس في\n"
       "هذا الشأن، كما جرت العادة في المجلس عند النظر في مشاريع القرارات المعروضة عليه.\n"
       "لعدم وجود اعتراض، تقرَّر ذلك.\n",
       "لعدم وجود اعتراض، تقرَّر ذلك."},
  };
  for (const auto& c : cases) {
    const RawReading reading = readIn(c.language, c.record, "S/PV.10100");
    const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
    ASSERT_EQ(speeches.size(), 1u) << c.record;
    ASSERT_EQ(speeches[0]->speech.items.size(), 2u) << c.record;
    EXPECT_EQ(plainText(speeches[0]->speech.items[1].paragraph.content), c.decision);
  }
}

// "The Security Council will now begin its consideration of the item on its
// agenda." stands alone in every language, however full its last line (S/PV.8422's
// reading; round AY's Word record joined it to the next sentence).
TEST(Paragraphs, TheCouncilBeginningItsConsiderationStandsAlone) {
  const std::pair<const char*, std::string> cases[] = {
      {"en", "The Security Council will now begin its consideration of the item on its agenda."},
      {"fr",
       "Le Conseil de sécurité va maintenant aborder l’examen de la question inscrite à "
       "son ordre du jour."},
      {"es",
       "El Consejo de Seguridad iniciará ahora el examen del tema que figura en el orden del "
       "día."},
      {"ru", "Совет Безопасности приступает к рассмотрению пункта повестки дня."},
      {"ar", "يبدأ مجلس الأمن الآن نظره في البند المدرج في جدول أعماله."},
      {"zh", "安全理事会现在开始审议其议程上的项目。"},
  };
  for (const auto& [language, formula] : cases) {
    EXPECT_TRUE(grammarOf(language).isParagraphOfItsOwn(formula)) << formula;
    EXPECT_FALSE(grammarOf(language).isParagraphOfItsOwn(formula.substr(0, formula.size() / 2)))
        << formula;
  }
  const RawReading reading = readIn(
      "en",
      "The President: The Security Council will now begin its consideration of the item on its\n"
      "agenda. I wish to draw the attention of Council members to document S/2025/640, which\n"
      "contains the report of the Secretary-General on the United Nations Office in Haiti.\n",
      "S/PV.9987");
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 1u);
  EXPECT_EQ(speeches[0]->speech.items.size(), 1u) << "a sentence after it on its line goes on";
  const RawReading alone = readIn(
      "en",
      "The President: In accordance with rule 39 of the Council’s provisional rules of\n"
      "procedure, I invite Ms. Carla Mendoza to participate in this meeting.\n"
      "The Security Council will now begin its consideration of the item on its agenda.\n"
      "I wish to draw the attention of Council members to document S/2025/640, which contains\n"
      "the report of the Secretary-General on the United Nations Integrated Office in Haiti.\n",
      "S/PV.9987");
  const auto turns = blocksOf(alone.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 1u);
  ASSERT_EQ(turns[0]->speech.items.size(), 3u);
  EXPECT_EQ(plainText(turns[0]->speech.items[1].paragraph.content), std::get<1>(cases[0]));
}

// Chinese keeps an opening quote off a line's end: the line before it ends
// one character short, and no paragraph ends there (round AZ).
TEST(Paragraphs, AChineseLineShortOfAnOpeningQuoteGoesOn) {
  const RawReading reading = readIn("zh",
                                    "呼日勒苏赫总统（以蒙古语发言）：主席先生，\n"
                                    "我谨代表蒙古国人民向你致以热烈的祝贺。我们\n"
                                    "蒙古国人民向你致以热烈的祝贺。我们全力支持\n"
                                    "你致以热烈的祝贺。蒙古国全力支持你所提出的\n"
                                    "“团结一致，不让任何人掉队”的本届会议主题。\n"
                                    "作为一个内陆发展中国家，蒙古国深切感受到\n"
                                    "气候变化带来的影响。我国百分之七十七的国土正\n"
                                    "面临荒漠化和土地退化的威胁。2022年，我们发起\n"
                                    "了“种植十亿棵树”全国运动，迄今已种植了超过\n"
                                    "五千万棵树。我们邀请各会员国加入这一努力。\n"
                                    "2026年，蒙古国将主办《联合国防治荒漠化公\n"
                                    "约》缔约方大会第十七届会议。我们相信，这次会\n"
                                    "议将成为加速落实土地恢复承诺的一个转折点。\n"
                                    "蒙古国一贯奉行和平、开放、独立和多支点的\n"
                                    "外交政策。我们宣布本国为无核武器区，已经三十\n"
                                    "多年了。我们再次呼吁所有核武器国家就对蒙古国\n"
                                    "的安全保证作出具有法律约束力的承诺。\n",
                                    "A/79/PV.12");
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 1u);
  ASSERT_GE(speeches[0]->speech.items.size(), 1u);
  EXPECT_NE(plainText(speeches[0]->speech.items[0].paragraph.content)
                .find("你所提出的“团结一致，不让任何人掉队”的本届会议主题。"),
            std::string::npos)
      << plainText(speeches[0]->speech.items[0].paragraph.content);
  for (const auto& item : speeches[0]->speech.items)
    EXPECT_FALSE(plainText(item.paragraph.content).starts_with("“"));
}

// "… в 9 ч." / "00 м. Список ораторов открыт.": the hour's full stop at a
// line's end ends no sentence where the minutes follow on the next line.
TEST(Paragraphs, AClockTimeTheLineBreakCutsStaysInItsParagraph) {
  const RawReading reading = readIn("ru",
                                    "развития и содействия общему процветанию.\n"
                                    "Г-жа Вудворд (Соединенное Королевство Великобритании\n"
                                    "и Северной Ирландии) (говорит по-английски):\n"
                                    "Соединенное Королевство с удовлетворением\n"
                                    "присоединилось к консенсусу. Пользуясь случаем, я\n"
                                    "хотела бы поблагодарить Председателя и все делегации\n"
                                    "за слова соболезнования в связи с кончиной Ее\n"
                                    "Величества королевы Елизаветы II.\n"
                                    "Председатель (говорит по-английски): Мы заслушали\n"
                                    "последнего оратора, выступившего с объяснением\n"
                                    "позиции.\n"
                                    "Могу ли я считать, что Генеральная Ассамблея желает\n"
                                    "завершить на данном этапе рассмотрение пункта 123\n"
                                    "повестки дня?\n"
                                    "Решение принимается.\n"
                                    "Председатель (говорит по-английски): Хотел бы\n"
                                    "напомнить членам, что общие прения Генеральной\n"
                                    "Ассамблеи начнутся во вторник, 20 сентября, в 9 ч.\n"
                                    "00 м. Список ораторов открыт.\n"
                                    "Заседание закрывается в 16 ч. 25 м.\n");
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 3u);
  ASSERT_EQ(speeches[2]->speech.items.size(), 1u);
  EXPECT_EQ(plainText(speeches[2]->speech.items[0].paragraph.content),
            "Хотел бы напомнить членам, что общие прения Генеральной Ассамблеи начнутся во "
            "вторник, 20 сентября, в 9 ч. 00 м. Список ораторов открыт.");
}

// A Chinese line breaks anywhere: "已要求" / "进行记录表决。" is the chair's
// sentence going on, not the procedural line those words would be alone
// (the line after it is).
TEST(Paragraphs, AChineseSentenceGoesOnInWordsAProceduralLineWouldBe) {
  const RawReading reading =
      readIn("zh",
             "主席（以英语发言）：大会首先就载于文件A/79/L.41的修正案作出决定。已要求\n"
             "进行记录表决。\n"
             "进行记录表决。\n"
             "赞成：\n阿尔及利亚、中国、古巴\n反对：\n澳大利亚\n弃权：\n巴西\n");
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 1u);
  EXPECT_EQ(plainText(speeches[0]->speech.items.back().paragraph.content),
            "大会首先就载于文件A/79/L.41的修正案作出决定。已要求进行记录表决。");
  EXPECT_EQ(narrativeKinds(reading.meeting),
            (std::vector<NarrativeKind>{NarrativeKind::VoteTaken}));
}

// Arabic has no capitals either: "… 15 صوتا مؤيدا. وقد" / "اتُخذ مشروع القرار
// بالإجماع …" is the chair's sentence going on over the line's end, not the
// decision those words would be alone, and her next paragraph is hers (round
// BA). In English the decision would begin with a capital. In column text,
// the same; a language's switch stands alone all the same.
TEST(Paragraphs, AnArabicSentenceGoesOnInWordsAProceduralLineWouldBe) {
  const std::string record =
      "الرئيسة: حصل مشروع القرار على 15 صوتا مؤيدا. وقد\n"
      "اتُخذ مشروع القرار بالإجماع بوصفه القرار 2626 (2022).\n"
      "أعطي الكلمة الآن لأعضاء المجلس الذين يرغبون في الإدلاء ببيانات بعد التصويت.\n"
      "السيدة يول (النرويج) (تكلمت بالإنكليزية): بصفتنا حاملة القلم نرحب باتخاذ القرار.\n";
  for (const RawReading& reading :
       {readIn("ar", record, "S/PV.8997"), testing::readColumnText("ar", record, "S/PV.8997")}) {
    const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
    ASSERT_EQ(speeches.size(), 2u);
    // (Four lines of column text say too little of the measure to end the
    // paragraph after it: the sentence is what is asked.)
    EXPECT_NE(plainText(speeches[0]->speech.items.front().paragraph.content)
                  .find("مؤيدا. وقد اتُخذ مشروع القرار بالإجماع بوصفه القرار 2626 (2022)."),
              std::string::npos);
    EXPECT_TRUE(narrativeKinds(reading.meeting).empty());
  }
  const RawReading chinese = testing::readColumnText(
      "zh",
      "主席（以英语发言）：大会首先就载于文件A/79/L.41的修正案作出决定。已要求\n"
      "进行记录表决。\n"
      "第二，人工智能必须以人为中心，或者如曾先生先前所说，\n"
      "（以英语发言）\n"
      "“人工智能永远不应该假装是人”。\n",
      "A/79/PV.55");
  const auto speeches = blocksOf(chinese.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 1u);
  EXPECT_TRUE(plainText(speeches[0]->speech.items.front().paragraph.content)
                  .ends_with("已要求进行记录表决。"));
  EXPECT_TRUE(narrativeKinds(chinese.meeting).empty());
  EXPECT_GE(speeches[0]->speech.items.size(), 3u);  // the switch on its own
}

// A turn that ends in mid-sentence is the trace pdftotext's reading leaves
// where it set a page's blocks out of order: said in a warning, with the
// turn's end (rounds BA and BB: turns given to the wrong speaker, unsaid). A
// vote's list ends with no full stop, and a speaker cut short with a dash:
// no warning.
TEST(Paragraphs, ATurnThatEndsInMidSentenceIsWarned) {
  const RawReading scrambled =
      readIn("en",
             "Mr. Smith (Canada): We have always supported the work of the Committee and\n"
             "Mr. Dupont (France) (spoke in French): France welcomes the report.\n");
  EXPECT_TRUE(warned(scrambled, "a turn ends in mid-sentence ('…"));
  EXPECT_TRUE(warned(scrambled, "the work of the Committee and')"));
  const RawReading whole =
      readIn("en",
             "The President: The result of the voting is as follows:\n"
             "In favour:\nFrance, Ghana\nAgainst:\nNone\nAbstaining:\n"
             "China and Russian Federation\n"
             "Mr. Smith (Canada): This proposal has nothing to do with human rights —\n"
             "The President: I give the floor to the representative of France on a point of "
             "order.\n");
  EXPECT_FALSE(warned(whole, "mid-sentence"));
}

// --- labels -----------------------------------------------------------------------------

// "（以色列）" is Israel, though a language note opens "（以" too.
TEST(Labels, AChineseStateMayBeginAsALanguageNoteDoes) {
  const char* text = "达农先生（以色列）（以英语发言）：我行使答辩权。";
  const auto label = grammarOf("zh").label(text);
  ASSERT_TRUE(label.has_value());
  EXPECT_EQ(label->speaker.in(text), "达农先生");
  EXPECT_EQ(label->country.in(text), "以色列");
  EXPECT_EQ(label->language.in(text), "英语");
  const char* unnamed = "达农（以色列）：我行使答辩权。";
  const auto bare = grammarOf("zh").label(unnamed);
  ASSERT_TRUE(bare.has_value());
  EXPECT_EQ(bare->country.in(unnamed), "以色列");
}

// Typed records print titles in capitals, without their accents.
// Force Commanders and Police Commissioners brief by their rank, as Heads
// of State speak by their office.
TEST(Labels, ARankNamesTheSpeaker) {
  expectLabel("en", "Lieutenant General Sangaré (spoke in French): It is an honour.",
              "Lieutenant General Sangaré", "", true);
  expectLabel("en", "Major General Lund: Thank you, Madam President.", "Major General Lund", "");
  expectLabel("en", "Police Commissioner Ndiaye: The police component has grown.",
              "Police Commissioner Ndiaye", "");
  expectLabel("en", "General Kagame: I thank the Council.", "General Kagame", "");
  expectLabel("fr", "Le général de corps d’armée Sow (parle en anglais) : Je remercie le Conseil.",
              "général de corps d’armée Sow", "", true);
  expectLabel("fr", "La commissaire de police Marsaud-Koné : Je remercie le Conseil.",
              "commissaire de police Marsaud-Koné", "");
  expectLabel("es", "El Teniente General Sow (habla en inglés): Gracias.", "Teniente General Sow",
              "", true);
  {
    const auto noon = grammarOf("fr").times("La séance est levée à midi.");
    ASSERT_EQ(noon.size(), 1u);
    EXPECT_EQ(noon[0].hour, 12);
    expectProcedural("fr", "La séance est levée à midi.", NarrativeKind::Closing);
  }
  expectLabel("fr", "Le cheikh Tamim bin Hamad Al-Thani (parle en arabe) : Au nom de Dieu.",
              "cheikh Tamim bin Hamad Al-Thani", "", true);
  expectProcedural("fr",
                   "M. Mark Carney, Premier Ministre du Canada, est escorté jusqu’à la tribune.",
                   NarrativeKind::Escort);
  expectLabel("ru", "Генерал-лейтенант Бангура (говорит по-английски): Благодарю.",
              "Генерал-лейтенант Бангура", "", true);
  expectLabel("zh", "拉萨罗·萨恩斯中将（以英语发言）：我感谢安理会。", "拉萨罗·萨恩斯中将", "",
              true);
  // Particles in lower case before the surname, one or two.
  expectLabel("en", "Mr. van der Merwe (South Africa): We support the text.", "Mr. van der Merwe",
              "South Africa");
  expectLabel("es", "El Sr. dos Santos (Angola) (habla en portugués): Gracias.", "Sr. dos Santos",
              "Angola", true);
  expectLabel("fr", "M. van der Merwe (Afrique du Sud) : Merci.", "M. van der Merwe",
              "Afrique du Sud");
  // The Arabic article joined by a hyphen, in lower case.
  expectLabel("en", "Mr. al-Kahtani (Saudi Arabia): We support the text.", "Mr. al-Kahtani",
              "Saudi Arabia");
  expectLabel("fr", "M. al-Kahtani (Arabie saoudite) : Nous appuyons ce texte.", "M. al-Kahtani",
              "Arabie saoudite");
  expectLabel("es", "El Sr. al-Kahtani (Arabia Saudita): Apoyamos este texto.", "Sr. al-Kahtani",
              "Arabia Saudita");
  // A sentence that opens with the organ's name is no label.
  EXPECT_FALSE(grammarOf("en").label("General Assembly resolution 77/1 says so: it holds."));
}

// "(говорит покитайски)": a language note whose line-break hyphen the
// extraction took out is still the note, of the same language.
TEST(Labels, ALanguageNoteWithoutItsLineBreakHyphen) {
  const std::string_view text =
      "Г-н Чжан Цзюнь (Китай) (говорит покитайски): Китай голосовал за проект резолюции.";
  expectLabel("ru", text, "Г-н Чжан Цзюнь", "Китай", true);
  const auto label = grammarOf("ru").label(text);
  ASSERT_TRUE(label.has_value());
  EXPECT_EQ(grammarOf("ru").languageCode(label->language.in(text)), "zho");
}

// The general debate's languages beyond the six are named in each
// profile ("以吉尔吉斯语发言", "(spoke in Kyrgyz)"); one no profile names is
// undetermined, never the record's own language.
TEST(Labels, ALanguageNoteNamesAnyLanguage) {
  const RawReading chinese =
      readIn("zh",
             "扎帕罗夫总统（以吉尔吉斯语发言；英文口译由代表团提供）：我谨代表吉"
             "尔吉斯斯坦人民致以问候。\n"
             "托卡耶夫总统（以图瓦卢语发言）：我谨致以问候。\n");
  std::vector<std::string> codes;
  for (const auto& language : chinese.meeting.languages) codes.push_back(language.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"kir", "und"}));
  for (const char* language : {"en", "fr", "es", "ru", "ar"})
    EXPECT_EQ(grammarOf(language).languageCode(language == std::string_view("en")   ? "Kyrgyz"
                                               : language == std::string_view("fr") ? "kirghize"
                                               : language == std::string_view("es") ? "kirguís"
                                               : language == std::string_view("ru") ? "по-киргизски"
                                                                                    : "القيرغيزية"),
              "kir")
        << language;
}

// Russian names with their particles in lower case: "де ла", "да", "ибн",
// and the article joined by a hyphen ("аль-Кахтани").
TEST(Labels, RussianNamesKeepTheirParticles) {
  expectLabel("ru", "Г-жа Перес де ла Фуэнте (Мексика) (говорит по-испански): Мексика …",
              "Г-жа Перес де ла Фуэнте", "Мексика", true);
  expectLabel("ru", "Г-н аль-Кахтани (Саудовская Аравия) (говорит по-арабски): Мы …",
              "Г-н аль-Кахтани", "Саудовская Аравия", true);
  expectLabel("ru", "Президент Лула да Силва (говорит по-португальски): Бразилия …",
              "Президент Лула да Силва", "", true);
  expectLabel("ru", "Г-н Мухаммед ибн Салман ас-Сабах (Кувейт): Кувейт …",
              "Г-н Мухаммед ибн Салман ас-Сабах", "Кувейт");
}

// A State in a label that no State of the table is called ("United States
// of Arnerica", a scan's misreading) is said; it is kept as an organisation.
TEST(Labels, AnUnknownStateInALabelIsWarned) {
  const RawReading reading =
      readIn("en",
             "The President: I call on the representative of the United States.\n"
             "Mr. Walters (United States of Arnerica): I thank the President.\n"
             "Mr. Dupont (France): I thank the President too.\n");
  EXPECT_TRUE(warned(reading, "'United States of Arnerica', which no State"));
  EXPECT_FALSE(warned(reading, "'France'"));
}

TEST(Labels, TitlesInCapitalsWithoutAccents) {
  const std::pair<const char*, const char*> cases[] = {
      {"fr", "Le PRESIDENT : Je donne la parole au représentant de la France."},
      {"fr", "Le PRÉSIDENT (interprétation de l'anglais) : Je remercie le représentant."},
      {"ru", "ПРЕДСЕДАТЕЛЬ (говорит по-английски): Я благодарю представителя."},
      {"es", "El PRESIDENTE (interpretación del inglés): Doy la palabra al representante."},
  };
  for (const auto& [language, text] : cases) {
    const auto label = grammarOf(language).label(text);
    ASSERT_TRUE(label.has_value()) << text;
    ASSERT_NE(label->title, nullptr) << text;
    EXPECT_EQ(label->title->roleId, "president") << text;
  }
}

// A label's note of how the speaker spoke: a language with the delegation's
// interpretation, a language not the UN's, a video link. The note is no State.
TEST(Labels, NotesOfInterpretationAndVideoLinks) {
  struct Case {
    const char* language;
    const char* text;
    const char* speaker;
    const char* country;  // empty: none
  };
  const Case cases[] = {
      {"en",
       "President Zelenskyy (spoke in Ukrainian; English interpretation provided by the "
       "delegation): Thank you.",
       "President Zelenskyy", ""},
      {"en", "Ms. Haddad (spoke via video-teleconference): Thank you.", "Ms. Haddad", ""},
      {"en", "Mr. Aziz (Jordan) (spoke in Arabic via video-teleconference): Thank you.", "Mr. Aziz",
       "Jordan"},
      {"es", "La Sra. Yatacué Ipia (habla por videoconferencia): Gracias.", "Sra. Yatacué Ipia",
       ""},
      {"es", "El Sr. Pérez (habla en inglés por videoconferencia): Gracias.", "Sr. Pérez", ""},
      {"fr", "Mme Diallo (parle par visioconférence) : Merci.", "Mme Diallo", ""},
      {"ru", "Г-жа Хашими (говорит на дари): Спасибо.", "Г-жа Хашими", ""},
      {"ru", "Г-н Рахимов (говорит по видеосвязи): Спасибо.", "Г-н Рахимов", ""},
  };
  for (const auto& c : cases) expectLabel(c.language, c.text, c.speaker, c.country, true);
}

// A Main Committee's Vice-Chair in the chair speaks as the Acting Chair.
TEST(Labels, TheActingChairPresides) {
  for (const char* text : {"The Acting Chair: I now give the floor to the representative of Peru.",
                           "The Acting Chairman (spoke in Spanish): I thank the representative."}) {
    const auto label = grammarOf("en").label(text);
    ASSERT_TRUE(label.has_value()) << text;
    ASSERT_NE(label->title, nullptr) << text;
    EXPECT_TRUE(label->title->presiding) << text;
    EXPECT_EQ(label->title->roleId, "actingChair") << text;
  }
}

// A label's brackets that name an office of the Secretariat or of an organ:
// the speaker speaks for it, and for no State.
TEST(Labels, AnOfficeInALabelIsNoState) {
  struct Case {
    const char* language;
    const char* text;
    const char* office;
  };
  const Case cases[] = {
      {"en",
       "Ms. Sharma (Department for General Assembly and Conference Management): The present "
       "statement is made in the context of rule 153.\n",
       "Department for General Assembly and Conference Management"},
      {"zh", "埃梅利纳-萨尔特女士（大会和会议管理部）：本发言是根据议事规则第153条作出的。\n",
       "大会和会议管理部"},
  };
  for (const auto& c : cases) {
    const RawReading reading = readIn(c.language, c.text);
    const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
    ASSERT_EQ(speeches.size(), 1u) << c.text;
    EXPECT_EQ(speeches[0]->speech.as, "") << c.text;
    bool office = false;
    for (const auto& org : reading.meeting.organizations)
      office = office || (org.name == c.office && org.href.starts_with(kOfficePrefix));
    EXPECT_TRUE(office) << c.text;
  }
  // A State is one still, with its representative.
  const RawReading state = readIn("en", "Mr. Danon (Israel): I speak in exercise of the right.\n");
  EXPECT_EQ(blocksOf(state.meeting, BlockKind::Speech).at(0)->speech.as, "representative");
  // The speaker's own title is the role spoken in: no State, no organisation.
  const Case titles[] = {
      {"en",
       "Mr. Ahmed (Secretary of the Committee): The following countries have become "
       "sponsors.\n",
       "Secretary of the Committee"},
      {"fr",
       "M. Ahmed (Secrétaire de la Commission) : Les pays suivants se sont portés "
       "coauteurs.\n",
       "Secrétaire de la Commission"},
      {"fr", "Mme Okonjo (Sous-Secrétaire générale aux affaires politiques) : Je vous remercie.\n",
       "Sous-Secrétaire générale aux affaires politiques"},
  };
  for (const auto& c : titles) {
    const RawReading reading = readIn(c.language, c.text);
    const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
    ASSERT_EQ(speeches.size(), 1u) << c.text;
    const auto role = std::find_if(reading.meeting.roles.begin(), reading.meeting.roles.end(),
                                   [&](const Role& r) { return r.id == speeches[0]->speech.as; });
    ASSERT_NE(role, reading.meeting.roles.end()) << c.text;
    EXPECT_EQ(role->name, c.office);
    for (const auto& org : reading.meeting.organizations) EXPECT_NE(org.name, c.office);
  }
}

// --- votes ------------------------------------------------------------------------------

// The chair's counts in one paragraph, what was decided in the next: the
// outcome is the vote's still.
TEST(Votes, TheOutcomeInTheChairsNextParagraphIsTheVotes) {
  const RawReading reading =
      readIn("en",
             "A vote was taken by show of hands.\nIn favour:\nAlgeria, China\nAgainst:\nFrance\n"
             "The President: The draft resolution received 2\n"
             "votes in favour, 1 against and no abstentions.\n"
             "The draft resolution has been adopted as resolution\n"
             "2719 (2023).\n"
             "Mr. Fu Cong (China): We voted in favour, though the\n"
             "draft resolution has not been adopted in full.\n");
  ASSERT_EQ(blocksOf(reading.meeting, BlockKind::Speech).at(0)->speech.items.size(), 2u);
  std::vector<std::string> outcomes;
  for (const auto* block : blocksOf(reading.meeting, BlockKind::Speech))
    for (const auto& item : block->speech.items)
      for (const auto& run : item.paragraph.content)
        if (run.kind == InlineKind::Outcome) outcomes.push_back(run.ref);
  EXPECT_EQ(outcomes, (std::vector<std::string>{"adopted"}));
}

// The chair's sentence that a line left on a comma goes on, though its rest
// reads as a procedural line ("…投了反对票，" / "决议草案未获通过。"): the
// outcome stays in the chair's paragraph, and the chair's next sentence in
// the turn. The counts may end "…1票反对和1票弃权".
TEST(Votes, TheChairsSentenceGoesOnAfterAComma) {
  const RawReading reading =
      readIn("zh",
             "进行了举手表决。\n赞成：\n阿尔及利亚、法国\n反对：\n俄罗斯联邦\n弃权：\n中国\n"
             "主席（以英语发言）：决议草案获得2票赞成、\n"
             "1票反对和1票弃权。由于一个常任理事国投了反对票，\n"
             "决议草案未获通过。\n"
             "我现在请希望在表决后发言解释投票的安理会成\n"
             "员发言。\n",
             "S/PV.9917");
  EXPECT_EQ(narrativeKinds(reading.meeting), std::vector<NarrativeKind>{NarrativeKind::VoteTaken});
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 1u);
  ASSERT_EQ(turns[0]->speech.items.size(), 2u);
  std::vector<std::string> outcomes;
  for (const auto& run : turns[0]->speech.items[0].paragraph.content)
    if (run.kind == InlineKind::Outcome) outcomes.push_back(run.ref);
  EXPECT_EQ(outcomes, (std::vector<std::string>{"rejected"}));
  // The last count after "和" is read: the result agrees with the lists.
  EXPECT_FALSE(warned(reading, "differs from its lists"));
}

// --- procedure --------------------------------------------------------------------------

// The members' minute of silence (or of silent prayer or meditation) in each
// language; the chair's invitation to it is speech.
TEST(Procedure, TheMembersMinuteOfSilenceInEveryLanguage) {
  const std::pair<const char*, const char*> silences[] = {
      {"es", "Los miembros de la Asamblea General guardan un minuto de silencio."},
      {"es",
       "Los miembros de la Asamblea General guardan un minuto de oración o meditación en "
       "silencio."},
      {"fr",
       "Les membres de l’Assemblée générale observent une minute de prière ou de "
       "méditation silencieuse."},
      {"ru", "Члены Генеральной Ассамблеи почтили минутой молчания память г-на Ахмеда."},
      {"zh", "大会成员静默祈祷或沉思一分钟。"},
  };
  for (const auto& [language, line] : silences)
    expectProcedural(language, line, NarrativeKind::Silence);
  const std::pair<const char*, const char*> invitations[] = {
      {"ru", "Я предлагаю представителям встать и почтить минутой молчания память г-на Ахмеда."},
      {"zh", "我请各位代表起立，静默祈祷或沉思一分钟。"},
  };
  for (const auto& [language, line] : invitations)
    EXPECT_FALSE(grammarOf(language).probeProcedural(line).match.has_value()) << line;
}

// "The meeting resumed at …" after the meeting opened ends a suspension: one
// start time only.
// A procedural phrase complete before the line's end ("… est reprise à
// 11 h") whose sentence goes on onto the next line ("55."): the record ends
// its procedural sentences, so the next line is its end, and the time the
// whole sentence gives is read.
TEST(Procedure, AProceduralSentenceGoesOnPastAPhraseCompleteAtALinesEnd) {
  const RawReading reading =
      readIn("fr",
             "Les membres de l’Assemblée générale observent une minute de silence consacrée à "
             "la prière ou à la\n"
             "méditation.\n"
             "Le Président : Je suspends la séance.\n"
             "La séance, suspendue à 10 h 40, est reprise à 11 h\n"
             "55.\n"
             "Le Président : Nous reprenons nos travaux.\n");
  EXPECT_EQ(narrativeKinds(reading.meeting),
            (std::vector<NarrativeKind>{NarrativeKind::Silence, NarrativeKind::Suspension}));
  const auto narratives = blocksOf(reading.meeting, BlockKind::Narrative);
  ASSERT_EQ(narratives.size(), 2u);
  EXPECT_TRUE(plainText(narratives[0]->narrative.text.content).ends_with("à la méditation."));
  std::vector<std::string> times;
  for (const auto& run : narratives[1]->narrative.text.content)
    if (run.kind == InlineKind::Time) times.push_back(run.ref);
  EXPECT_EQ(times, (std::vector<std::string>{"2024-12-05T10:40:00", "2024-12-05T11:55:00"}));
}

// A phrase complete at an abbreviation's stop ("… at 11.50 a.m.") goes on
// where the next line begins in lower case and the longer phrase reads on,
// in the flow and in column text (round BC: "and resumed at 12.35 p.m." had
// been a narrative of its own, of no kind).
TEST(Procedure, ASuspensionWrappedAfterItsFirstTimeIsOneSentence) {
  const std::string record =
      "The President: I shall suspend the meeting.\n"
      "The meeting was suspended at 11.50 a.m.\n"
      "and resumed at 12.35 p.m.\n"
      "The President: We resume our work.\n";
  for (const RawReading& reading :
       {readIn("en", record, "S/PV.3712"), testing::readColumnText("en", record, "S/PV.3712")}) {
    EXPECT_EQ(narrativeKinds(reading.meeting),
              (std::vector<NarrativeKind>{NarrativeKind::Suspension}));
    const auto narratives = blocksOf(reading.meeting, BlockKind::Narrative);
    ASSERT_EQ(narratives.size(), 1u);
    EXPECT_TRUE(plainText(narratives[0]->narrative.text.content).ends_with("12.35 p.m."));
  }
}

// Text with no cover page and no chair change: no one is known to preside,
// and the chair's turns, given to the body, are warned of once (round BC: a
// Chinese page cut from a record gave them to the Council with no word).
TEST(Procedure, AChairNoOneNamesIsWarnedOf) {
  const std::string record =
      "主席（以英语发言）：我现在请法国代表发言。\n德里维埃先生（法国）（以法语发言）：我感谢主席。"
      "\n"
      "主席（以英语发言）：我感谢法国代表的发言。\n";
  const RawReading reading = testing::readColumnText("zh", record, "S/PV.7540");
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 3u);
  EXPECT_EQ(turns[0]->speech.by, "unsc");
  EXPECT_TRUE(warned(reading, "no cover page or chair change names who presides"));
  int warnings = 0;
  for (const auto& warning : reading.audit.warnings())
    warnings += warning.message.find("who presides") != std::string::npos;
  EXPECT_EQ(warnings, 1);
  // Named on the cover, the President is warned of no more.
  const RawReading covered = readIn("en",
                                    "United Nations\nS/PV.9999\nSecurity Council\n"
                                    "Seventy-ninth year\n9999th meeting\n"
                                    "Monday, 2 December 2024, 10 a.m.\nNew York\n\n"
                                    "President: Mr. Smith . . . . . . . . . . (Guyana)\n\n"
                                    "The President: I give the floor to the representative of "
                                    "France.\n",
                                    "S/PV.9999");
  ASSERT_FALSE(blocksOf(covered.meeting, BlockKind::Speech).empty());
  EXPECT_FALSE(warned(covered, "who presides"));
}

TEST(Procedure, AResumptionAfterTheOpeningIsNoSecondStart) {
  const RawReading reading = readIn("en",
                                    "The meeting was called to order at 10 a.m.\n"
                                    "The President: I now suspend the meeting.\n"
                                    "The meeting was suspended at 11.20 a.m.\n"
                                    "The meeting resumed at 11.45 a.m.\n"
                                    "The President: We resume our work.\n");
  EXPECT_EQ(narrativeKinds(reading.meeting),
            (std::vector<NarrativeKind>{NarrativeKind::Opening, NarrativeKind::Suspension,
                                        NarrativeKind::Resumption}));
  int starts = 0;
  for (const auto* block : blocksOf(reading.meeting, BlockKind::Narrative))
    for (const auto& run : block->narrative.text.content)
      starts += run.kind == InlineKind::Time && run.event == TimeEvent::Start;
  EXPECT_EQ(starts, 1);
  // The record of the meeting's resumption begins with it: its start, and
  // no second opening of the meeting.
  const RawReading resumed = readIn("en",
                                    "The meeting resumed at 10.05 a.m.\n"
                                    "The President: We resume our work.\n",
                                    "S/PV.9488 (Resumption 1)");
  EXPECT_EQ(narrativeKinds(resumed.meeting),
            (std::vector<NarrativeKind>{NarrativeKind::Resumption}));
  const auto opening = blocksOf(resumed.meeting, BlockKind::Narrative);
  ASSERT_EQ(opening.size(), 1u);
  EXPECT_TRUE(std::any_of(opening[0]->narrative.text.content.begin(),
                          opening[0]->narrative.text.content.end(), [](const auto& run) {
                            return run.kind == InlineKind::Time && run.event == TimeEvent::Start;
                          }));
}

// --- files -----------------------------------------------------------------------------

// Two records in one file: refused, naming the line where the second's cover
// begins, in each language whose fixture has a cover page.
TEST(Files, TwoRecordsInOneFileAreRefusedWhereTheSecondBegins) {
  for (const char* path :
       {"fixtures/fr/S_PV.99990.txt", "fixtures/es/S_PV.99991.txt", "fixtures/ru/S_PV.99992.txt",
        "fixtures/ar/S_PV.99993.txt", "fixtures/zh/S_PV.99994.txt"}) {
    const std::string record = testing::readText(testing::sourceDir() / path);
    RawOptions options;
    ASSERT_TRUE(readRawRecord(record, "one.txt", options).ok()) << path;
    const std::string two = record + (record.ends_with('\f') ? "" : "\f") + record;
    auto result = readRawRecord(two, "two.txt", options);
    ASSERT_FALSE(result.ok()) << path;
    EXPECT_NE(result.error().message.find("second record"), std::string::npos) << path;
    EXPECT_GT(result.error().line, 1) << path;
  }
}

// The pages of a pdftotext extraction, each with its form feed.
std::vector<std::string> pagesOf(const std::string& text) {
  std::vector<std::string> pages;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find('\f', start), text.size());
    pages.push_back(text.substr(start, end - start) + "\f");
    start = end + 1;
  }
  return pages;
}

// A record cut short: the footers' "N/M" say how many pages it has. A record
// whose first page is lost: the heads print its date ("12/03/2026", the day
// first). The French fixture's footers glue the job number to the page's
// ("26-042113/5": job 26-04211, page 3 of 5).
TEST(Files, ACutRecordIsWarnedOfAndTheHeadsGiveALostCoversDate) {
  const std::string record = testing::readText(testing::sourceDir() / "fixtures/fr/S_PV.99990.txt");
  RawOptions options;
  auto whole = readRawText(record, "whole.txt", options);
  ASSERT_TRUE(whole.ok());
  EXPECT_FALSE(warned(whole.value().reading, "pages are missing"));
  const auto pages = pagesOf(record);
  ASSERT_GE(pages.size(), 4u);
  auto cut =
      recogniseRecord(readRawText(pages[0] + pages[1] + pages[2], "cut.txt", options).value());
  EXPECT_TRUE(warned(cut, "ends on printed page 3 of 5")) << "26-042113/5 is page 3";
  std::string coverless;
  for (std::size_t i = 1; i < pages.size(); ++i) coverless += pages[i];
  auto lost = readRawText(coverless, "lost.txt", options);
  ASSERT_TRUE(lost.ok()) << describe(lost.error());
  EXPECT_EQ(lost.value().meta.date, "2026-03-12");
  EXPECT_TRUE(warned(lost.value().reading, "no date line"));
}

// The other wordings of a suspension in Chinese, of the chair taken in
// Russian and of seats taken in French.
// Round AX: a Russian word broken at a page's end after a short word's
// letters ("за-" / "нимаемых"): the second part no word of the document, it
// is a word's, joined (had been "за- нимаемых").
TEST(Hyphens, AWordBrokenAtAPagesEndAfterAShortWordsLetters) {
  const RawReading reading =
      readIn("ru",
             "Г-н Небензя (Российская Федерация): Мы призываем стороны немедленно прекратить\n"
             "боевые действия и отойти с за-\n\fнимаемых позиций. Это важно для всех сторон.\n"
             "Мы будем голосовать за этот проект резолюции. Мы выступаем за мир и за диалог.\n");
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 1u);
  const std::string text = plainText(turns[0]->speech.items[0].paragraph.content);
  EXPECT_NE(text.find("отойти с занимаемых позиций"), std::string::npos) << text;
}

// Round AX: several drafts adopted at once, an amendment rejected, the
// Council's election by two thirds.
TEST(Procedure, DecisionsOnSeveralDraftsElectionsAndBallots) {
  expectProcedural("fr",
                   "Les projets de résolution I, II et III sont adoptés (résolutions 79/170 à "
                   "79/172).",
                   NarrativeKind::Decision);
  expectProcedural("fr", "Les projets de décision I et II sont adoptés.", NarrativeKind::Decision);
  expectProcedural("fr", "Le projet d’amendement est rejeté.", NarrativeKind::Decision);
  // Round AW: the Spanish restricted ballot.
  expectProcedural("es", "Se procede a votación secreta restringida.", NarrativeKind::VoteTaken);
  expectProcedural("fr",
                   "Ayant obtenu la majorité des deux tiers requise, le Niger et la Tunisie sont "
                   "élus membres non permanents du Conseil de sécurité pour un mandat de deux "
                   "ans commençant le 1er janvier 2020.",
                   NarrativeKind::Election);
}

TEST(Procedure, OtherWordingsOfSuspensionsChairsAndSeats) {
  expectProcedural("zh", "会议于下午1时10分休会。", NarrativeKind::Suspension);
  expectProcedural("zh", "下午1时10分休会，下午3时5分复会。", NarrativeKind::Suspension);
  expectProcedural("fr",
                   "Sur l'invitation du Président, M. Cesar (Tchécoslovaquie) et M. Golob "
                   "(Yougoslavie) occupent les sièges qui leur sont réservés sur le côté de la "
                   "salle du Conseil.",
                   NarrativeKind::Seating);
  expectProcedural("es",
                   "A invitación de la Presidenta, los representantes de Bhután, Fiji, Honduras, "
                   "Mauricio y Polonia actúan como escrutadores.",
                   NarrativeKind::Tellers);
  expectProcedural("ru", "Председатель вновь занимает председательское место.",
                   NarrativeKind::ChairChange);
  // What happened in the Hall, said by no one; a moment of silent reflection.
  expectProcedural("en", "A video was shown.", NarrativeKind::Event);
  expectProcedural("en", "A musical performance took place.", NarrativeKind::Event);
  expectProcedural("fr", "Une vidéo est projetée.", NarrativeKind::Event);
  expectProcedural("es", "Se proyecta un video.", NarrativeKind::Event);
  expectProcedural("en",
                   "The members of the General Assembly observed a moment of silent reflection.",
                   NarrativeKind::Silence);
  // A recorded vote's result with one against in words ("contre une").
  expectProcedural("fr",
                   "Par 150 voix contre une, avec 10 abstentions, le projet de résolution "
                   "A/80/L.5 est adopté (résolution 80/251).",
                   NarrativeKind::Decision);
  // The tellers again; a suspension "et reprise à".
  expectProcedural("fr",
                   "Sur l’invitation du Président, M. Dlamini (Eswatini) et Mme Varga (Hongrie) "
                   "assument de nouveau les fonctions de scrutateurs.",
                   NarrativeKind::Tellers);
  expectProcedural("en",
                   "At the invitation of the President, Mr. Dlamini (Eswatini) and Ms. Varga "
                   "(Hungary) again acted as tellers.",
                   NarrativeKind::Tellers);
  expectProcedural("fr", "La séance est suspendue à 10 h 25 et reprise à 12 h 10.",
                   NarrativeKind::Suspension);
  expectProcedural("fr", "La séance, suspendue à 16 h 40, est reprise à 17 h 5.",
                   NarrativeKind::Suspension);
  // A name's honorific at a line's end ends no seating sentence.
  const RawReading seats = readIn(
      "en",
      "At the invitation of the President, Mr. Van-Dúnem “Mbinda” (Angola) took a seat at the\n"
      "Council table; Mr.\n"
      "Fonseca (Brazil) and Mr. Andjaba (Namibia) took the seats reserved for them at the side\n"
      "of the Council Chamber.\n"
      "The President: The Security Council will now resume its consideration of the item.\n",
      "S/PV.3761");
  EXPECT_EQ(narrativeKinds(seats.meeting), (std::vector<NarrativeKind>{NarrativeKind::Seating}));
  const std::string_view line =
      "Председательское место занимает заместитель Председателя г-н Ахмед (Пакистан).";
  const auto chair = grammarOf("ru").probeProcedural(line);
  ASSERT_TRUE(chair.match.has_value());
  EXPECT_EQ(chair.match->kind, NarrativeKind::ChairChange);
  EXPECT_EQ(chair.match->chair.in(line), "г-н Ахмед");
  // The office before the name, the verb after it.
  const std::string_view office =
      "Заместитель Председателя г-н Мохаммед (Нигерия) занимает место Председателя.";
  const auto taken = grammarOf("ru").probeProcedural(office);
  ASSERT_TRUE(taken.match.has_value());
  EXPECT_EQ(taken.match->kind, NarrativeKind::ChairChange);
  EXPECT_EQ(taken.match->chair.in(office), "г-н Мохаммед");
  EXPECT_EQ(taken.match->chairCountry.in(office), "Нигерия");
}

// A record whose form feeds were lost is not read as pdftotext's: the
// refusal says why its cover page was not looked for.
TEST(Files, ARecordWithoutFormFeedsIsToldWhyItsCoverIsNotRead) {
  std::string record = testing::readText(testing::sourceDir() / "fixtures/fr/S_PV.99990.txt");
  std::erase(record, '\f');
  auto result = readRawRecord(record, "flat.txt", RawOptions{});
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("no form feed"), std::string::npos)
      << result.error().message;
}

// Typed records set the State and the office in capitals, and the Russian
// ones leave out "с заявлением" and "Я".
TEST(Procedure, TypedRecordsNationalCapacityAndResumption) {
  const std::string_view russian = "Сейчас я выступлю в качестве представителя ЮГОСЛАВИИ.";
  const auto capacity = grammarOf("ru").nationalCapacity(russian);
  ASSERT_TRUE(capacity.has_value());
  EXPECT_EQ(capacity->in(russian), "ЮГОСЛАВИИ");
  // Round AY: the article is no part of the State's name, which then finds
  // the State in the table ("the Russian Federation" made a second one).
  const std::string_view english =
      "I shall now make a statement in my capacity as the representative of the Russian "
      "Federation.";
  const auto named = grammarOf("en").nationalCapacity(english);
  ASSERT_TRUE(named.has_value() && named->found());
  EXPECT_EQ(named->in(english), "Russian Federation");
  // Round AY: the formula without the State ("in my national capacity.",
  // "в своем национальном качестве.") is national capacity all the same.
  for (const auto& [language, unnamed] : std::vector<std::pair<const char*, std::string>>{
           {"en", "I shall now make a statement in my national capacity."},
           {"ru", "Теперь я хотел бы выступить в своем национальном качестве."}}) {
    const auto capacity = grammarOf(language).nationalCapacity(unnamed);
    ASSERT_TRUE(capacity.has_value()) << unnamed;
    EXPECT_FALSE(capacity->found()) << unnamed;
  }
  EXPECT_TRUE(grammarOf("ru").resumesPresidency(
      "Возобновляю свои функции ПРЕДСЕДАТЕЛЯ Совета Безопасности."));
  EXPECT_TRUE(grammarOf("en").resumesPresidency(
      "I now resume my functions as PRESIDENT of the Security Council."));
  EXPECT_TRUE(grammarOf("fr").resumesPresidency(
      "Je reprends mes fonctions de PRESIDENT du Conseil de sécurité."));
  EXPECT_FALSE(grammarOf("en").resumesPresidency("I now resume my statement."));
  // Chinese wordings of the return (round BC: only "…的职责。" had ended the
  // national capacity, and a presidential statement after it was the State's).
  for (const char* chinese : {"我现在恢复履行安理会主席的职责。", "我现在恢复履行安理会主席职务。",
                              "我现在恢复行使安理会主席的职能。"})
    EXPECT_TRUE(grammarOf("zh").resumesPresidency(chinese)) << chinese;
  EXPECT_FALSE(grammarOf("zh").resumesPresidency("我现在恢复发言。"));
  // The State in capitals is the State as the record sets it elsewhere.
  const RawReading record =
      readIn("en",
             "The PRESIDENT (interpretation from Arabic): I shall now make a statement in my "
             "capacity as the representative of IRAQ.\n"
             "Mr. AL-SHAIKHLY (Iraq): My delegation will vote for the draft.\n",
             "S/PV.1803");
  bool iraq = false;
  for (const auto& org : record.meeting.organizations)
    if (org.id == "irq") iraq = org.name == "Iraq";
  EXPECT_TRUE(iraq);
}

// Arabic says "in my capacity as" two ways, بصفتي and بوصفي, in the
// national statement and in the resumption of the presidency alike.
TEST(Procedure, ArabicCapacityInBothWordings) {
  const Grammar& arabic = grammarOf("ar");
  for (std::string_view as : {"بصفتي", "بوصفي"}) {
    const std::string resumption = "أستأنف الآن مهامي " + std::string(as) + " رئيسا لمجلس الأمن.";
    EXPECT_TRUE(arabic.resumesPresidency(resumption)) << resumption;
    const std::string statement = "أدلي الآن ببيان " + std::string(as) + " ممثلا لفرنسا.";
    const auto capacity = arabic.nationalCapacity(statement);
    ASSERT_TRUE(capacity.has_value()) << statement;
    EXPECT_EQ(capacity->in(statement), "فرنسا");
  }
}

// The acting chair invites the tellers too.
TEST(Procedure, TellersAtTheActingChairsInvitation) {
  expectProcedural("ar",
                   "بدعوة من الرئيس بالنيابة، قام السيد نغويين (فييت نام) والسيدة أوكونكوو "
                   "(نيجيريا) بفرز الأصوات.",
                   NarrativeKind::Tellers);
  expectProcedural("ru",
                   "По приглашению исполняющего обязанности Председателя г-н Нгуен (Вьетнам) и "
                   "г-жа Оконкво (Нигерия) выполняют функции счетчиков.",
                   NarrativeKind::Tellers);
  // Round AY: "À l'invitation" for "Sur l'invitation".
  expectProcedural("fr",
                   "À l’invitation du Président, Mme Tăbăcaru (République de Moldova) et "
                   "M. Ndiaye (Sénégal) assument les fonctions de scrutateurs.",
                   NarrativeKind::Tellers);
}

// The agenda's adoption in Spanish, in either wording.
TEST(Procedure, TheAgendaIsAdoptedInEitherSpanishWording) {
  expectProcedural("es", "Queda aprobado el orden del día.", NarrativeKind::AgendaAdopted);
  expectProcedural("es", "Se aprueba el orden del día.", NarrativeKind::AgendaAdopted);
}

// The Russian President leaving the chair and the Vice-President taking it,
// in one paragraph: a change of chair that names who took it.
TEST(Procedure, TheRussianPresidentLeavesAndTheViceTakesTheChair) {
  const RawReading reading =
      readIn("ru",
             "Председатель покидает место Председателя. Место Председателя занимает заместитель "
             "Председателя г-н Фернандес (Парагвай).\n"
             "Исполняющий обязанности Председателя (говорит по-испански): Слово предоставляется "
             "представителю Чили.\n");
  EXPECT_EQ(narrativeKinds(reading.meeting),
            std::vector<NarrativeKind>{NarrativeKind::ChairChange});
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 1u);
  EXPECT_EQ(turns[0]->speech.by, "фернандес");
}

// A draft adopted that gets no number is a decision as much as one that does.
TEST(Procedure, ADraftAdoptedWithoutANumberIsADecision) {
  expectProcedural("ru", "Проект решения принимается.", NarrativeKind::Decision);
  expectProcedural("ru", "Проект решения A/80/L.5 принимается.", NarrativeKind::Decision);
  expectProcedural("en", "The draft decision was adopted.", NarrativeKind::Decision);
  expectProcedural("fr", "Le projet de décision est adopté.", NarrativeKind::Decision);
  expectProcedural("es", "Queda aprobado el proyecto de decisión.", NarrativeKind::Decision);
  expectProcedural("zh", "决定草案获得通过。", NarrativeKind::Decision);
  expectProcedural("ar", "اعتُمد مشروع المقرر.", NarrativeKind::Decision);
  // The first line of a longer one ("… A/80/L.42" / "(resolución 80/124).") is not yet one.
  EXPECT_FALSE(
      grammarOf("es").probeProcedural("Queda aprobado el proyecto de resolución A/80/L.42").match);
}

// An acting chair who spoke for its State resumes as the acting chair.
TEST(Procedure, AnActingChairResumesItsFunctions) {
  const std::pair<const char*, std::string_view> lines[] = {
      {"zh", "我现在恢复履行代理主席的职责。"},
      {"zh", "我现在恢复履行大会主席的职责。"},
      {"en", "I now resume my functions as Acting President."},
      {"fr", "Je reprends mes fonctions de Président par intérim."},
      {"fr", "Je reprends mes fonctions de Présidente de l’Assemblée générale."},
      {"es", "Reanudo mis funciones como Presidente interino."},
      {"es", "Reanudo ahora mis funciones como Presidenta de la Asamblea General."},
  };
  for (const auto& [language, line] : lines)
    EXPECT_TRUE(grammarOf(language).resumesPresidency(line)) << line;
  EXPECT_FALSE(grammarOf("fr").resumesPresidency("Je reprends mes fonctions de Président du."));
}

// The Russian Council's vote "путем поднятия рук", its bare "За:" and
// "Против:", and its result "против — 1 при 3 воздержавшихся".
TEST(Votes, RussianShowOfHandsInItsOtherWordings) {
  const RawReading reading = readIn("ru",
                                    "Председатель (говорит по-испански): Сейчас я поставлю проект\n"
                                    "резолюции на голосование.\n"
                                    "Проводится голосование путем поднятия рук.\n"
                                    "За:\n"
                                    "Бахрейн, Греция, Дания, Колумбия, Латвия, Либерия, Панама,\n"
                                    "Соединенные Штаты Америки, Франция, Гайана, Алжир\n"
                                    "Против:\n"
                                    "Пакистан\n"
                                    "Воздержались:\n"
                                    "Китай, Российская Федерация, Сомали\n"
                                    "Председатель (говорит по-испански): За проект\n"
                                    "резолюции было подано 11 голосов, против — 1 при 3\n"
                                    "воздержавшихся. Проект резолюции принимается.\n");
  const auto votes = blocksOf(reading.meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 1u);
  EXPECT_EQ(votes[0]->vote.lists.size(), 3u);
  EXPECT_TRUE(blocksOf(reading.meeting, BlockKind::Heading).empty());
  EXPECT_FALSE(warned(reading, "differs from its lists"));
  // The lists' labels in the present tense: "Голосуют за:", "Голосуют против:".
  const RawReading present = readIn("ru",
                                    "Проводится голосование путем поднятия рук.\n"
                                    "Голосуют за:\n"
                                    "Бахрейн, Греция, Дания\n"
                                    "Голосуют против:\n"
                                    "Нет\n"
                                    "Воздерживаются:\n"
                                    "Китай\n"
                                    "Председатель (говорит по-испански): Спасибо.\n");
  const auto presentVotes = blocksOf(present.meeting, BlockKind::Vote);
  ASSERT_EQ(presentVotes.size(), 1u);
  ASSERT_EQ(presentVotes[0]->vote.lists.size(), 3u);
  EXPECT_EQ(presentVotes[0]->vote.lists[0].count(), 3);
}

// An amendment's result after a list with no full stop (as lists end since
// 2024): a decision with its counts, not States of the list.
TEST(Votes, AnAmendmentsResultAfterAListWithoutAFullStop) {
  const RawReading reading = readIn("ru",
                                    "Проводится заносимое в отчет о заседании голосование.\n"
                                    "Голосовали за:\n"
                                    "Австралия, Австрия\n"
                                    "Голосовали против:\n"
                                    "Беларусь\n"
                                    "Воздержались:\n"
                                    "Саудовская Аравия, Южная Африка\n"
                                    "Поправка, содержащаяся в документе A/ES-11/L.11,\n"
                                    "принимается 2 голосами против 1 при 2\n"
                                    "воздержавшихся.\n");
  const auto votes = blocksOf(reading.meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 1u);
  ASSERT_EQ(votes[0]->vote.lists.size(), 3u);
  EXPECT_EQ(votes[0]->vote.lists[2].count(), 2);
  const auto narratives = blocksOf(reading.meeting, BlockKind::Narrative);
  ASSERT_EQ(narratives.size(), 2u);
  EXPECT_EQ(narratives[1]->narrative.kind, NarrativeKind::Decision);
  EXPECT_FALSE(warned(reading, "differs from its lists"));
  expectProcedural("ar", "رُفضت التعديلات.", NarrativeKind::Decision);
  expectProcedural("ar",
                   "اعتُمد التعديل الوارد في الوثيقة A/ES-11/L.11 بأغلبية 53 صوتا مقابل 9 أصوات، "
                   "مع امتناع 18 عضوا عن التصويت.",
                   NarrativeKind::Decision);
}

// The Spanish Council's lists as "A favor:" and "En contra:", without "Votos".
TEST(Votes, SpanishListsWithoutTheWordVotos) {
  const RawReading reading = readIn("es",
                                    "El Presidente (habla en inglés): Someteré a votación el "
                                    "proyecto de resolución.\n"
                                    "Se procede a votación a mano alzada.\n"
                                    "A favor:\n"
                                    "Bahrein, Dinamarca, Francia, Grecia, Panamá\n"
                                    "En contra:\n"
                                    "Federación de Rusia\n"
                                    "Abstenciones:\n"
                                    "China, Somalia\n"
                                    "El Presidente (habla en inglés): El proyecto de resolución ha "
                                    "obtenido 5 votos a favor, 1 en contra y 2 abstenciones.\n");
  const auto votes = blocksOf(reading.meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 1u);
  ASSERT_EQ(votes[0]->vote.lists.size(), 3u);
  EXPECT_EQ(votes[0]->vote.lists[0].count(), 5);
  EXPECT_EQ(votes[0]->vote.lists[1].count(), 1);
  EXPECT_EQ(votes[0]->vote.lists[2].count(), 2);
}

// Lists whose labels are in a wording the profile does not know are no
// vote: the result announced after the vote was taken then says so.
TEST(Votes, AResultAfterAVoteWithNoListReadIsAWarning) {
  const RawReading reading = readIn("en",
                                    "A vote was taken by show of hands.\n"
                                    "Ayes:\n"
                                    "Brazil, Ghana, Norway\n"
                                    "Noes:\n"
                                    "None\n"
                                    "The President: The draft resolution received 3 votes in "
                                    "favour. The draft resolution has been adopted.\n");
  EXPECT_TRUE(blocksOf(reading.meeting, BlockKind::Vote).empty());
  EXPECT_TRUE(warned(reading, "no list of the vote was read"));
  const RawReading listed = readIn("en",
                                   "A vote was taken by show of hands.\n"
                                   "In favour:\n"
                                   "Brazil, Ghana, Norway\n"
                                   "The President: The draft resolution received 3 votes in "
                                   "favour. The draft resolution has been adopted.\n");
  EXPECT_FALSE(warned(listed, "no list of the vote was read"));
}

// A list of States is no heading, even where no vote's label was read.
TEST(Votes, AListOfStatesIsNoHeading) {
  const RawReading reading = readIn("ru",
                                    "Председатель (говорит по-испански): Голосование.\n"
                                    "Воздержание было таким.\n"
                                    "Китай, Российская Федерация, Сомали\n"
                                    "Председатель (говорит по-испански): Спасибо.\n");
  EXPECT_TRUE(blocksOf(reading.meeting, BlockKind::Heading).empty());
}

// The office may come before the name, and the verb first; Chinese says
// the Vice-President "代行主席职务" as well as "主持会议".
TEST(Procedure, AChairChangeNamesTheVicePresidentInEitherOrder) {
  const std::pair<const char*, std::string_view> lines[] = {
      {"es", "El Vicepresidente, Sr. Kamau (Kenya), ocupa la Presidencia."},
      {"es", "Ocupa la Presidencia la Vicepresidenta, Sra. Kamau (Kenya)."},
      {"es",
       "En ausencia de la Presidenta, el Vicepresidente, Sr. Kamau (Kenya), ocupa la "
       "Presidencia."},
      {"fr", "Le Vice-Président, M. Kamau (Kenya), assume la présidence."},
      {"en", "The Vice-President, Mr. Kamau (Kenya), took the Chair."},
      {"zh", "主席缺席，副主席卡马乌先生（肯尼亚）代行主席职务。"},
  };
  for (const auto& [language, line] : lines) expectKamauTakesTheChair(language, line);
}

// The President-elect speaks at the meeting that elected them: a turn of
// their own, not words of the chair's.
TEST(Labels, ThePresidentElectSpeaksInTheirOwnTurn) {
  const RawReading reading = readIn("en",
                                    "The President: I congratulate Ms. Vollmer.\n"
                                    "The President-elect: I am deeply honoured.\n"
                                    "The President: I thank the President-elect.\n");
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 3u);
  EXPECT_EQ(turns[1]->speech.as, "presidentElect");
  EXPECT_NE(turns[1]->speech.by, turns[0]->speech.by);
  const std::pair<const char*, std::string_view> labels[] = {
      {"fr", "La Présidente élue : Je suis profondément honorée."},
      {"es", "El Presidente electo (habla en inglés): Es un honor."},
      {"ru", "Избранный Председатель (говорит по-английски): Для меня это честь."},
      {"zh", "当选主席（以英语发言）：我深感荣幸。"},
      {"ar", "الرئيس المنتخب (تكلم بالإنكليزية): إنه لشرف لي."},
  };
  for (const auto& [language, text] : labels) {
    const auto label = grammarOf(language).label(text);
    ASSERT_TRUE(label.has_value()) << text;
    ASSERT_NE(label->title, nullptr) << text;
    EXPECT_EQ(label->title->roleId, "presidentElect") << text;
  }
}

// A speaker may use a language beyond the six ("spoke in Korean"): the note
// names it, as it names the six, in every language.
TEST(Labels, ALanguageBeyondTheSixIsNamedByTheNote) {
  const std::pair<const char*, std::string_view> labels[] = {
      {"en", "Mr. Kim (Republic of Korea) (spoke in Korean): Thank you."},
      {"zh", "金先生（大韩民国）（以朝鲜语发言）：谢谢。"},
      {"fr", "M. Kim (République de Corée) (parle en coréen) : Merci."},
      {"es", "El Sr. Kim (República de Corea) (habla en coreano): Gracias."},
      {"ru", "Г-н Ким (Республика Корея) (говорит по-корейски): Спасибо."},
      {"ar", "السيد كيم (جمهورية كوريا) (تكلم بالكورية): شكرا."},
  };
  for (const auto& [language, line] : labels) {
    const RawReading reading = readIn(language, std::string(line) + "\n");
    ASSERT_EQ(reading.meeting.languages.size(), 1u) << line;
    EXPECT_EQ(reading.meeting.languages[0].code, "kor") << line;
  }
}

// A briefer's label names only the person ("Ms. DiCarlo:"); the chair's
// invitation under rule 39 named the office too, which the turn is spoken in.
TEST(Labels, ABrieferSpeaksInTheOfficeTheRule39InvitationNames) {
  const RawReading reading =
      readIn("en",
             "The President: In accordance with rule 39 of the Council’s provisional rules of "
             "procedure, I invite the following briefers to participate in this meeting: Ms. "
             "Rosemary DiCarlo, Under-Secretary-General for Political and Peacebuilding Affairs; "
             "Mr. Martin Griffiths, Under-Secretary-General for Humanitarian Affairs and Emergency "
             "Relief Coordinator; and Ms. Catherine Russell, Executive Director of the United "
             "Nations Children’s Fund.\n"
             "Ms. DiCarlo: Thank you, Mr. President.\n"
             "Mr. Griffiths: Thank you.\n"
             "Ms. Russell: Thank you.\n"
             "Mr. Rivas (Peru): Thank you.\n",
             "S/PV.9290");
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 5u);
  std::vector<std::string> offices;
  for (const auto* turn : turns) offices.push_back(officeOf(reading.meeting, *turn));
  EXPECT_EQ(offices,
            (std::vector<std::string>{
                "President", "Under-Secretary-General for Political and Peacebuilding Affairs",
                "Under-Secretary-General for Humanitarian Affairs and Emergency Relief "
                "Coordinator",
                "Executive Director of the United Nations Children’s Fund", "Representative"}));
  // French puts a space before its semicolon, and invites one at a time too.
  const RawReading french = readIn(
      "fr",
      "Le Président : Conformément à l’article 39 du Règlement intérieur provisoire du Conseil, "
      "j’invite Mme Rosemary DiCarlo, Secrétaire générale adjointe aux affaires politiques, à "
      "participer à la présente séance.\n"
      "Mme DiCarlo (parle en anglais) : Je vous remercie.\n",
      "S/PV.9290");
  const auto frenchTurns = blocksOf(french.meeting, BlockKind::Speech);
  ASSERT_EQ(frenchTurns.size(), 2u);
  EXPECT_EQ(officeOf(french.meeting, *frenchTurns[1]),
            "Secrétaire générale adjointe aux affaires politiques");
  // A body in the brackets that is no State: the invitation's office, not a
  // State's representative.
  const RawReading icrc = readIn(
      "fr",
      "La Présidente : Conformément à l’article 39 du Règlement intérieur provisoire du "
      "Conseil, j’invite M. Pierre Lemaire, Directeur régional du Comité international de la "
      "Croix-Rouge pour l’Afrique, à participer à la séance.\n"
      "M. Lemaire (Comité international de la Croix-Rouge) : Je vous remercie.\n",
      "S/PV.9900");
  const auto icrcTurns = blocksOf(icrc.meeting, BlockKind::Speech);
  ASSERT_EQ(icrcTurns.size(), 2u);
  EXPECT_EQ(officeOf(icrc.meeting, *icrcTurns[1]),
            "Directeur régional du Comité international de la Croix-Rouge pour l’Afrique");
}

// An acting chair whom no line names (a wording no profile knows) is
// someone unnamed, and said so; never the President of the cover page.
TEST(Procedure, AnActingChairNoLineNamesIsNotThePresident) {
  const RawReading reading = readIn("en",
                                    "The President: I give the floor to Peru.\n"
                                    "Mr. Rivas (Peru): Thank you.\n"
                                    "Mr. Kamau, of Kenya, is now in the Chair.\n"
                                    "The Acting President: I give the floor to Chile.\n"
                                    "Mr. Soto (Chile): Thank you.\n"
                                    "The Acting President: We have heard the last speaker.\n");
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_GE(turns.size(), 4u);
  const std::string& acting = turns[turns.size() - 1]->speech.by;
  EXPECT_NE(acting, turns[0]->speech.by);
  EXPECT_EQ(turns[turns.size() - 3]->speech.by, acting) << "both acting turns are one person's";
  bool warned = false;
  for (const auto& warning : reading.audit.warnings())
    warned = warned ||
             warning.message.find("no line before says who took the chair") != std::string::npos;
  EXPECT_TRUE(warned);
}

// A Council's chair handed to another member, named with the State and no
// office ("In the absence of the President, Mr. Diarra (Mali) took the
// Chair."; a Council President leaving the chair to a colleague): a chair
// change, naming the one who presides now.
TEST(Procedure, AChairTakenByAMemberWithoutAnOfficeIsAChairChange) {
  const std::pair<const char*, std::string_view> lines[] = {
      {"en", "Mr. Kamau (Kenya) took the Chair."},
      {"en", "In the absence of the President, Mr. Kamau (Kenya) took the Chair."},
      {"es", "Ocupa la Presidencia el Sr. Kamau (Kenya)."},
      {"es", "El Presidente cede la Presidencia al Sr. Kamau (Kenya)."},
      {"es", "La Presidenta cede la Presidencia a la Sra. Kamau (Kenya)."},
      {"fr", "M. Kamau (Kenya) assume la présidence."},
      {"ru", "Место Председателя занимает г-н Камау (Кения)."},
      {"zh", "卡马乌先生（肯尼亚）主持会议。"},
  };
  for (const auto& [language, line] : lines) expectKamauTakesTheChair(language, line);
  // The chair's turns after it are the new chair's.
  const RawReading reading = readIn("es",
                                    "El Presidente cede la Presidencia a la Sra. Kamau (Kenya).\n"
                                    "La Presidenta: Tiene la palabra el representante del Perú.\n"
                                    "Sr. Rivas (Perú): Gracias.\n");
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 2u);
  EXPECT_EQ(turns[0]->speech.by, "kamau");
}

// Where the one who took the chair speaks as "The Acting President", "The
// President" is the President again; where they speak as "The President"
// (the 1990s), the turn is theirs.
TEST(Procedure, ThePresidentAfterActingLabelsHasTheChairAgain) {
  const std::string opening =
      "Mr. Nyakyi (United Republic of Tanzania), Vice-President, took the Chair.\n";
  const RawReading acting = readIn("en", opening +
                                             "The Acting President: I give the floor to Peru.\n"
                                             "Mr. Rivas (Peru): Thank you.\n"
                                             "The President: We have heard the last speaker.\n");
  const auto turns = blocksOf(acting.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 3u);
  EXPECT_NE(turns[0]->speech.by, turns[2]->speech.by);
  const RawReading nineties = readIn("en", opening +
                                               "The President: I give the floor to Peru.\n"
                                               "Mr. Rivas (Peru): Thank you.\n"
                                               "The President: We have heard the last speaker.\n");
  const auto theirs = blocksOf(nineties.meeting, BlockKind::Speech);
  ASSERT_EQ(theirs.size(), 3u);
  EXPECT_EQ(theirs[0]->speech.by, theirs[2]->speech.by);
  EXPECT_EQ(theirs[0]->speech.by, "nyakyi");
  expectProcedural("ar", "عادت الرئيسة إلى مقعد الرئاسة.", NarrativeKind::ChairChange);
  expectProcedural("ar", "التزم أعضاء الجمعية العامة دقيقة صمت للصلاة أو التأمل.",
                   NarrativeKind::Silence);
  expectProcedural("zh", "主席回到主席座位。", NarrativeKind::ChairChange);
  expectProcedural("zh", "法永女士（斯洛文尼亚）重新主持会议。", NarrativeKind::ChairChange);
  expectProcedural("zh", "莫桑比克共和国总统丹尼尔·查波先生在陪同下退出大会堂。",
                   NarrativeKind::Escort);
  // A function after the State: "…（巴林），大会第八十一届会议当选主席（以阿拉伯语发言）：".
  expectLabel("zh",
              "哈利法先生（巴林），大会第八十一届会议当选主席（以阿拉伯语发言）：我感谢各位。",
              "哈利法先生", "巴林", true);
  expectLabel("zh", "王先生（中国），第三委员会报告员：我荣幸地介绍报告。", "王先生", "中国");
}

// One word repeated without end (a line that lost its breaks) does not drown
// the language's common words; a file of white space is told it has no text.
TEST(Files, ARepeatedWordDoesNotHideTheLanguageAndABlankFileHasNoText) {
  std::string record = testing::readText(testing::sourceDir() / "fixtures/ar/S_PV.99993.txt");
  std::string flood = "\n";
  for (int i = 0; i < 10000; ++i) flood += " كلام";
  record.insert(record.rfind("\f"), flood + "\n");
  const LanguageProfile* guessed = guessLanguage(record);
  ASSERT_NE(guessed, nullptr);
  EXPECT_EQ(guessed->code, "ar");
  auto blank = readRawRecord("\n\n  \n\f\n", "blank.txt", RawOptions{});
  ASSERT_FALSE(blank.ok());
  EXPECT_NE(blank.error().message.find("no text"), std::string::npos) << blank.error().message;
}

// "… we thank you, / Mr. President." before the next speaker's label: the
// last line ends its paragraph; with the label after it, it is no name.
TEST(Labels, ASentencesEndBeforeALabelIsNoName) {
  const RawReading reading = readIn("en",
                                    "Mr. Delattre (France): I thank the briefers.\n"
                                    "Let me add that France fully supports the work of the\n"
                                    "Office of Counter-Terrorism, and we thank you,\n"
                                    "Mr. President.\n"
                                    "Ms. Haley (United States of America): The United\n"
                                    "States thanks the briefers.\n");
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 2u);
  ASSERT_EQ(turns[0]->speech.items.size(), 2u);
  EXPECT_NE(
      plainText(turns[0]->speech.items[1].paragraph.content).find("thank you, Mr. President."),
      std::string::npos);
  EXPECT_FALSE(grammarOf("en").label("Mr. President. Ms. Haley (United States of America): The"));
  // A name that begins as an honorific does ("Sir…") is a name.
  expectLabel("en", "Mr. Siringoringo (Indonesia): Allow me", "Mr. Siringoringo", "Indonesia");
}

// The chair's word of what was decided ends its paragraph, however full its
// last line (S/PV.10100); a delegate's does not.
TEST(Votes, TheChairsWordOfWhatWasDecidedEndsItsParagraph) {
  const std::string result =
      "The draft resolution received 13 votes in favour, none against\n"
      "and 2 abstentions. The draft resolution has been adopted as resolution 2815 (2026).\n"
      "There are no more names inscribed on the list of speakers.\n";
  const RawReading chair = readIn("en", "The President: " + result);
  const auto turns = blocksOf(chair.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 1u);
  EXPECT_EQ(turns[0]->speech.items.size(), 2u);
  const RawReading delegate = readIn("en", "Mr. Rivas (Peru): " + result);
  const auto theirs = blocksOf(delegate.meeting, BlockKind::Speech);
  ASSERT_EQ(theirs.size(), 1u);
  EXPECT_EQ(theirs[0]->speech.items.size(), 1u);
}

// A result in a wording of its own ("queda aprobado, en su forma enmendada,
// el proyecto …") is the decision; a result no phrase reads still ends the
// list before it: it is no State.
TEST(Votes, AResultInAnyWordingEndsTheListBeforeIt) {
  const std::string lists =
      "Se procede a votación registrada.\n"
      "Votos a favor:\n"
      "Andorra, Argentina, Chile\n"
      "Votos en contra:\n"
      "Benin\n"
      "Abstenciones:\n"
      "Japón, Túnez,\n"
      "Vanuatu\n";
  const RawReading amended = readIn("es", lists +
                                              "Por 3 votos contra 1 y 3 abstenciones, queda\n"
                                              "aprobado, en su forma enmendada, el proyecto de\n"
                                              "resolución A/80/L.31 (resolución 80/113).\n");
  const auto votes = blocksOf(amended.meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 1u);
  ASSERT_EQ(votes[0]->vote.lists.size(), 3u);
  EXPECT_EQ(votes[0]->vote.lists[2].count(), 3);
  EXPECT_EQ(narrativeKinds(amended.meeting),
            (std::vector<NarrativeKind>{NarrativeKind::VoteTaken, NarrativeKind::Decision}));
  EXPECT_FALSE(warned(amended, "no State of the country table"));
  const RawReading unread =
      readIn("es", lists +
                       "Por 3 votos contra 1 y 3 abstenciones, la Asamblea hace\n"
                       "suyo el proyecto de resolución A/80/L.31.\n");
  const auto theirs = blocksOf(unread.meeting, BlockKind::Vote);
  ASSERT_EQ(theirs.size(), 1u);
  EXPECT_EQ(theirs[0]->vote.lists[2].count(), 3);
  EXPECT_FALSE(warned(unread, "no State of the country table"));
}

// A name in a list that no State has is said, and kept; a name inverted at a
// comma ("Germany, Federal Republic of") is one State.
TEST(Votes, AListsNameThatNoStateHasIsAWarning) {
  const RawReading reading = readIn("en",
                                    "A vote was taken by show of hands.\n"
                                    "In favour: Algeria, Atlantis, Brazil\n"
                                    "Abstaining: France, Germany, Federal Republic of, Japan\n");
  const auto votes = blocksOf(reading.meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 1u);
  ASSERT_EQ(votes[0]->vote.lists.size(), 2u);
  EXPECT_EQ(votes[0]->vote.lists[0].count(), 3);
  EXPECT_EQ(votes[0]->vote.lists[1].count(), 3);
  EXPECT_TRUE(warned(reading,
                     "a vote's list names 1 that no State of the country table is "
                     "called: 'Atlantis'"));
}

// The 1980s Council: "has therefore been adopted"; "…, with 3 abstentions".
TEST(Votes, TheEightiesCouncilsResultAndOutcome) {
  const auto& english = grammarOf("en");
  const std::string text =
      "The result of the voting is as follows: 11 votes in favour, 1 against, with 3 "
      "abstentions. The draft resolution has therefore been adopted as resolution 600 (1987).";
  const auto result = english.voteResult(text);
  ASSERT_TRUE(result.has_value());
  EXPECT_EQ(result->counts, (std::array<int, 3>{11, 1, 3}));
  const auto outcomes = english.outcomes(text);
  ASSERT_EQ(outcomes.size(), 1u);
  EXPECT_EQ(outcomes[0].outcome, VoteOutcome::Adopted);
  // Arabic-Indic digits count as any digits.
  const auto arabic = grammarOf("ar").voteResult(
      "اعتُمد مشروع القرار بأغلبية ١٥٠ صوتا مقابل ٣ أصوات، مع امتناع ١٢ عضوا عن التصويت.");
  ASSERT_TRUE(arabic.has_value());
  EXPECT_EQ(arabic->counts, (std::array<int, 3>{150, 3, 12}));
  // None against said as "no one voted against it"; two members in the dual.
  const auto none = grammarOf("ar").voteResult(
      "حصل مشروع القرار على 13 صوتا مؤيدا، ولم يصوت أحد ضده، مع امتناع عضوين عن التصويت.");
  ASSERT_TRUE(none.has_value());
  EXPECT_EQ(none->counts, (std::array<int, 3>{13, 0, 2}));
  EXPECT_TRUE(none->where[2].found());
  // The Assembly's counts in words: two and one against in the dual and
  // singular, one member abstaining, and no one abstaining.
  const std::pair<std::string_view, std::array<int, 3>> assembly[] = {
      {"اعتُمد مشروع القرار بأغلبية 12 صوتا مقابل صوتين، مع امتناع 3 أعضاء عن التصويت.", {12, 2, 3}},
      {"اعتُمد مشروع القرار بأغلبية 12 صوتا مقابل صوت واحد، مع امتناع عضو واحد عن التصويت.",
       {12, 1, 1}},
      {"اعتُمد مشروع القرار بأغلبية 12 صوتا مقابل 3 أصوات، دون امتناع أحد عن التصويت.", {12, 3, 0}},
  };
  for (const auto& [sentence, counts] : assembly) {
    const auto read = grammarOf("ar").voteResult(sentence);
    ASSERT_TRUE(read.has_value()) << sentence;
    EXPECT_EQ(read->counts, counts) << sentence;
  }
  // The Russian Council's "Голосовали за 13 членов Совета, против — 1, воздержался — 1."
  const auto russian =
      grammarOf("ru").voteResult("Голосовали за 13 членов Совета, против — 1, воздержался — 1.");
  ASSERT_TRUE(russian.has_value());
  EXPECT_EQ(russian->counts, (std::array<int, 3>{13, 1, 1}));
}

// Honorifics of older records: a count, a baron, a monsignor, the Burmese
// "U"; "(continued in English)" switches the language within a speech.
TEST(Labels, OlderHonorificsAndTheContinuedNote) {
  expectLabel("en", "Count YORK VON WARTENBURG (Germany, Federal Republic of): My",
              "Count YORK VON WARTENBURG", "Germany, Federal Republic of");
  expectLabel("en", "Baron VON WECHMAR (Germany): I", "Baron VON WECHMAR", "Germany");
  expectLabel("en", "Msgr. MARTINO (Holy See): The", "Msgr. MARTINO", "Holy See");
  expectLabel("en", "U KYAW MIN (Burma): My", "U KYAW MIN", "Burma");
  const RawReading reading = readIn("en",
                                    "Mr. Al-Kidwa (Palestine) (interpretation from Arabic): I "
                                    "thank you.\n"
                                    "(continued in English)\n"
                                    "The situation is grave.\n"
                                    "Countess Ahlefeldt (Denmark): Denmark agrees.\n");
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 2u);
  EXPECT_EQ(turns[0]->speech.items.size(), 3u);
  ASSERT_EQ(reading.meeting.people.size(), 2u);
  // "Countess", not "Count" and "ess": the person is named without it.
  EXPECT_EQ(reading.meeting.people[1].id, "ahlefeldt");
}

// A result table whose columns pdftotext read one after the other: the rows,
// then their numbers one to a line. Each number goes back beside its row;
// where the numbers are not as many as the rows, nothing moves and it is said.
TEST(Elections, ATablesColumnOfNumbersGoesBackBesideItsRows) {
  const std::string rows =
      "The President: The result of the voting is as follows:\n"
      "Number of ballot papers:\n"
      "Number of invalid ballots:\n"
      "Required two-thirds majority:\n"
      "\n";
  const std::string candidates =
      "Number of votes obtained:\n"
      "Bahrain\n"
      "Democratic Republic of the Congo\n"
      "\n"
      "186\n"
      "183\n"
      "Having obtained the required two-thirds majority, Bahrain and the Democratic\n"
      "Republic of the Congo were elected.\n";
  const RawReading reading = readIn("en", rows + "192\n0\n128\n\n" + candidates);
  const auto paragraphs = paragraphsWith(reading.meeting, "Number of ballot papers: 192");
  EXPECT_EQ(
      paragraphs,
      (std::vector<std::string>{
          "The result of the voting is as follows:", "Number of ballot papers: 192",
          "Number of invalid ballots: 0", "Required two-thirds majority: 128",
          "Number of votes obtained:", "Bahrain 186", "Democratic Republic of the Congo 183"}));
  EXPECT_TRUE(audited(reading, "table-column"));
  const RawReading uneven = readIn("en", rows + "192\n0\n\n" + candidates);
  EXPECT_TRUE(warned(uneven, "2 numbers one to a line after 3 rows"));
  EXPECT_FALSE(audited(uneven, "table-column") &&
               paragraphsWith(uneven.meeting, "Number of ballot papers: 192").size() > 0);
}

// Chinese sets a candidate's votes against the name ("斯洛文尼亚185"); a row
// over its count, the next line ("弃权：" / "2"), is one row, and "2" on page 2
// whose footer numbers it is no page number.
TEST(Elections, ChineseRowsOverTheirCountsAndVotesAgainstTheName) {
  const RawReading reading = readIn("zh",
                                    "主席：选举结果如下：\n"
                                    "选票数：\n"
                                    "193\n"
                                    "\n25-12345 1/2\n\f"
                                    "弃权：\n"
                                    "2\n"
                                    "得票数：\n"
                                    "斯洛文尼亚185\n"
                                    "黑山\n"
                                    "2\n"
                                    "斯洛文尼亚获得所需的三分之二多数，当选。\n"
                                    "\n2/2 25-12345\n",
                                    "A/80/PV.30");
  const auto rows = paragraphsWith(reading.meeting, "弃权：2");
  EXPECT_EQ(rows, (std::vector<std::string>{"选举结果如下：", "选票数：193", "弃权：2", "得票数：",
                                            "斯洛文尼亚185", "黑山 2"}));
  int quantities = 0;
  for (const auto* block : blocksOf(reading.meeting, BlockKind::Speech))
    for (const auto& item : block->speech.items)
      for (const auto& run : item.paragraph.content) quantities += run.kind == InlineKind::Quantity;
  EXPECT_EQ(quantities, 4);
}

// The tellers in Russian with the office first.
TEST(Elections, RussianTellersWithTheOfficeFirst) {
  expectProcedural("ru",
                   "По приглашению Председателя обязанности счетчиков выполняют г-н Окафор "
                   "(Нигерия) и г-жа Линдквист (Швеция).",
                   NarrativeKind::Tellers);
}

// Round Y: a note with the interpretation provided ("(parle en portugais ;
// interprétation …)", French spacing), "reprend en français", a briefer by
// video in Arabic, a vote's label with a space before its colon, the
// escort to the rostrum, an office that ends at the sentence's end, and the
// States a seating names.
TEST(Labels, NotesVideoLabelsEscortsAndSeatsOfRoundY) {
  expectLabel("fr",
              "Mme Ferreira (Mozambique) (parle en portugais ; interprétation en anglais fournie "
              "par la délégation) : Le Mozambique",
              "Mme Ferreira", "Mozambique", true);
  EXPECT_TRUE(grammarOf("fr").isWholeLineUnit("(l’orateur reprend en français)"));
  expectLabel("ar", "السيدة ديكارلو (تكلمت بالإنكليزية عبر التداول بالفيديو): أشكركم",
              "السيدة ديكارلو", "", true);
  // Beyond the six, with what the delegation provided (the label was missed
  // and the minister's speech left in the President's turn).
  expectLabel("ar",
              "السيد عراقجي (جمهورية إيران الإسلامية) (تكلم بالفارسية؛ النص الإنكليزي مقدم من "
              "الوفد): أود",
              "السيد عراقجي", "جمهورية إيران الإسلامية", true);
  EXPECT_TRUE(grammarOf("ar").voteLabel("المؤيدون :").has_value());
  EXPECT_TRUE(grammarOf("en").voteLabel("Against : Brazil").has_value());
  expectProcedural("fr",
                   "M. Rodrigo Alvear Quintana, Président de la République de l’Équateur, est "
                   "escorté à la tribune.",
                   NarrativeKind::Escort);
  expectProcedural("fr",
                   "M. Emmanuel Macron, Président de la République française, est escorté de la "
                   "tribune.",
                   NarrativeKind::Escort);
  const auto invitees = grammarOf("en").invitees(
      "In accordance with rule 39 of the Council's provisional rules of procedure, I invite Mr. "
      "Edmond Mulet, Special Representative of the Secretary-General and Head of the United "
      "Nations Stabilization Mission in Haiti. If I hear no objection, it is so decided.");
  ASSERT_EQ(invitees.size(), 1u);
  const std::string text =
      "In accordance with rule 39 of the Council's provisional rules of procedure, I invite Mr. "
      "Edmond Mulet, Special Representative of the Secretary-General and Head of the United "
      "Nations Stabilization Mission in Haiti. If I hear no objection, it is so decided.";
  EXPECT_EQ(grammarOf("en").invitees(text)[0].office.in(text),
            "Special Representative of the Secretary-General and Head of the United Nations "
            "Stabilization Mission in Haiti");
  // Two in one sentence, the second after "and to".
  const std::string two =
      "I shall take it that the Security Council agrees to extend invitations under rule 39 of "
      "its provisional rules of procedure to Mr. Hans Blix, Executive Chairman of the United "
      "Nations Monitoring, Verification and Inspection Commission, and to Mr. Mohamed "
      "ElBaradei, Director General of the International Atomic Energy Agency.";
  const auto both = grammarOf("en").invitees(two);
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[0].office.in(two),
            "Executive Chairman of the United Nations Monitoring, Verification and Inspection "
            "Commission");
  EXPECT_EQ(both[1].office.in(two), "Director General of the International Atomic Energy Agency");
  const RawReading seated =
      readIn("en",
             "At the invitation of the President, the representatives of Argentina, Brazil and "
             "Chile took the seats reserved for them at the side of the Council Chamber.\n");
  const auto narratives = blocksOf(seated.meeting, BlockKind::Narrative);
  ASSERT_EQ(narratives.size(), 1u);
  int states = 0;
  for (const auto& run : narratives[0]->narrative.text.content)
    states += run.kind == InlineKind::Organization;
  EXPECT_EQ(states, 3);
}

// Round Z: the Chinese chair change with the Vice-President named first; the
// Russian result with none against; a Russian invitation's accusative
// honorific; a petitioner who withdrew before the next label; a 1990s
// committee in capitals; a masthead's issue date under the meeting's.
TEST(Procedure, WordingsOfRoundZ) {
  expectProcedural("zh", "吴宏涛先生（中国）副主席主持会议。", NarrativeKind::ChairChange);
  const auto russian = grammarOf("ru").voteResult(
      "Итоги голосования: 13 голосов «за», ни одного «против» и 2 воздержавшихся.");
  ASSERT_TRUE(russian.has_value());
  EXPECT_EQ(russian->counts, (std::array<int, 3>{13, 0, 2}));
  const std::string invitation =
      "Председатель: В соответствии с правилом 39 временных правил процедуры Совета я "
      "приглашаю г-жу Амину Окафор, заместителя Генерального секретаря по политическим "
      "вопросам, принять участие в этом заседании.";
  const auto invitees = grammarOf("ru").invitees(invitation);
  ASSERT_EQ(invitees.size(), 1u);
  EXPECT_EQ(invitees[0].name.in(invitation), "Амину Окафор");
  const RawReading withdrew = readIn("en",
                                     "Ms. Sumang withdrew.\n"
                                     "The PRESIDENT (interpretation from French): I thank her.\n",
                                     "T/PV.1700");
  const auto turns = blocksOf(withdrew.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 1u);
  EXPECT_EQ(turns[0]->speech.as, "president");
  EXPECT_EQ(narrativeKinds(withdrew.meeting), std::vector<NarrativeKind>{NarrativeKind::Seating});
  EXPECT_TRUE(grammarOf("en").cover(CoverField::Committee, "FIRST COMMITTEE").has_value());
}

// A Russian invitation declines its invitees' names and offices ("г-на
// Николаса Хейсома, Специального представителя …", "г-жу …, директора …"):
// each briefer speaks in the office as it is named alone.
TEST(Labels, ARussianBrieferSpeaksInTheOfficeTheInvitationDeclines) {
  const RawReading reading = readIn(
      "ru",
      "Председатель (говорит по-английски): В соответствии с правилом 39 временных правил "
      "процедуры Совета я приглашаю следующих брифинг-докладчиков принять участие в этом "
      "заседании: г-на Николаса Хейсома, Специального представителя Генерального секретаря по "
      "Южному Судану; и г-жу Эдем Восорну, директора Оперативного отдела Управления по "
      "координации гуманитарных вопросов.\n"
      "Г-н Хейсом (говорит по-английски): Благодарю Вас.\n"
      "Г-жа Восорну (говорит по-английски): Благодарю Вас.\n",
      "S/PV.9995");
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 3u);
  EXPECT_EQ(officeOf(reading.meeting, *turns[1]),
            "Специальный представитель Генерального секретаря по Южному Судану");
  EXPECT_EQ(officeOf(reading.meeting, *turns[2]),
            "директор Оперативного отдела Управления по координации гуманитарных вопросов");
}

// Russian may name the office first, the name then followed by what the
// invitee does here ("Специального посланника … г-на Мартина Гриффитса, который
// участвует … по видеосвязи"): that clause is no office, and the briefer
// speaks in the office named before the name (round BI).
TEST(Labels, ARussianClauseAfterTheNameIsNoOffice) {
  const RawReading reading =
      readIn("ru",
             "Председатель (говорит по-испански): В соответствии с правилом 39 временных правил "
             "процедуры Совета я приглашаю следующих брифинг-докладчиков принять участие в этом "
             "заседании: Специального посланника Генерального секретаря по Йемену г-на Мартина "
             "Гриффитса, который участвует в сегодняшнем заседании по видеосвязи из Аммана.\n"
             "Г-н Гриффитс (говорит по-английски): Благодарю Вас.\n",
             "S/PV.8597");
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 2u);
  EXPECT_EQ(officeOf(reading.meeting, *turns[1]),
            "Специальный посланник Генерального секретаря по Йемену");
}

// What an invitee does at this meeting is no part of the office ("…, quien
// participa en la sesión por videoconferencia").
TEST(Labels, AnInviteesOfficeEndsBeforeWhatTheyDoHere) {
  const std::string invitation =
      "De conformidad con el artículo 39 del reglamento provisional del Consejo, invito al Sr. "
      "Jean-Pierre Lacroix, Secretario General Adjunto de Operaciones de Paz, quien participa en "
      "la sesión por videoconferencia.";
  const auto invitees = grammarOf("es").invitees(invitation);
  ASSERT_EQ(invitees.size(), 1u);
  EXPECT_EQ(invitees[0].office.in(invitation), "Secretario General Adjunto de Operaciones de Paz");
}

// Invitees styled "His Excellency" / "Su Excelencia" before the honorific:
// each office ends before the next invitee's style.
TEST(Labels, InviteesStyledExcellencyEachHaveTheirOffice) {
  const std::string english =
      "In accordance with rule 39 of the Council's provisional rules of procedure, I invite His "
      "Excellency Mr. Anders Lindqvist, Head of the Delegation of the European Union to the "
      "United Nations, and Her Excellency Ms. Halima Bello, Permanent Observer of the African "
      "Union to the United Nations, to participate in this meeting.";
  const auto invitees = grammarOf("en").invitees(english);
  ASSERT_EQ(invitees.size(), 2u);
  EXPECT_EQ(invitees[0].office.in(english),
            "Head of the Delegation of the European Union to the United Nations");
  EXPECT_EQ(invitees[1].name.in(english), "Halima Bello");
  EXPECT_EQ(invitees[1].office.in(english),
            "Permanent Observer of the African Union to the United Nations");
  const std::string spanish =
      "De conformidad con el artículo 39 del reglamento provisional del Consejo, invito a Su "
      "Excelencia el Sr. Anders Lindqvist, Jefe de la Delegación de la Unión Europea ante las "
      "Naciones Unidas; y a Su Excelencia la Sra. Halima Bello, Observadora Permanente de la "
      "Unión Africana ante las Naciones Unidas, a participar en esta sesión.";
  const std::string french =
      "Conformément à l’article 39 du règlement intérieur provisoire du Conseil, j’invite S. E. "
      "M. Anders Lindqvist, Chef de la délégation de l’Union européenne auprès de "
      "l’Organisation des Nations Unies, et S. E. Mme Halima Bello, Observatrice permanente de "
      "l’Union africaine auprès de l’Organisation des Nations Unies, à participer à la séance.";
  const auto frenchInvitees = grammarOf("fr").invitees(french);
  ASSERT_EQ(frenchInvitees.size(), 2u);
  EXPECT_EQ(frenchInvitees[0].office.in(french),
            "Chef de la délégation de l’Union européenne auprès de l’Organisation des Nations "
            "Unies");
  const auto spanishInvitees = grammarOf("es").invitees(spanish);
  ASSERT_EQ(spanishInvitees.size(), 2u);
  EXPECT_EQ(spanishInvitees[0].office.in(spanish),
            "Jefe de la Delegación de la Unión Europea ante las Naciones Unidas");
}

// The family name first ("M. Huang Lei"): the label names it alone
// ("M. Huang :"), and the briefer speaks in the office invited.
TEST(Labels, ABrieferNamedFamilyNameFirstHasTheInvitedOffice) {
  const RawReading reading = readIn(
      "fr",
      "Le Président : Conformément à l’article 39 du règlement intérieur provisoire du Conseil, "
      "j’invite M. Huang Lei, Envoyé spécial du Secrétaire général pour la région des Grands "
      "Lacs, à participer à la présente séance.\n"
      "Je donne la parole à M. Huang.\n"
      "M. Huang (parle en chinois) : Je remercie le Conseil.\n",
      "S/PV.9712");
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 2u);
  EXPECT_EQ(officeOf(reading.meeting, *turns[1]),
            "Envoyé spécial du Secrétaire général pour la région des Grands Lacs");
}

// Chinese names the office before the name ("…紧急救济协调员汤姆·弗莱彻先生"):
// the briefer speaks in it, found by the label's surname after the name's dot.
TEST(Labels, AChineseBrieferSpeaksInTheOfficeNamedBeforeTheName) {
  const RawReading reading =
      readIn("zh",
             "主席（以英语发言）：根据安理会暂行议事规则第39条，我邀请联合国人道主义事务副秘书长"
             "兼紧急救济协调员汤姆·弗莱彻先生参加本次会议。\n"
             "弗莱彻先生（以英语发言）：我感谢主席。\n"
             "张军先生（中国）：谢谢主席。\n",
             "S/PV.9997");
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 3u);
  EXPECT_EQ(officeOf(reading.meeting, *turns[1]), "联合国人道主义事务副秘书长兼紧急救济协调员");
  EXPECT_EQ(turns[2]->speech.as, "representative");
}

// Two briefers joined by "和", as the seed record joins them: each speaks in
// the office before its own name (round AW: the second's office had run
// from the first's).
TEST(Labels, TwoChineseBriefersJoinedByAnd) {
  const RawReading reading =
      readIn("zh",
             "主席：根据安理会暂行议事规则第39条，我邀请下列通报人参加本次会议：主管维持和平行动"
             "副秘书长让-皮埃尔·拉克鲁瓦先生和非洲联盟和平与安全专员斯迈尔·谢尔吉先生。\n"
             "拉克鲁瓦先生（以法语发言）：我感谢主席。\n"
             "谢尔吉先生（以英语发言）：谢谢主席。\n",
             "S/PV.9997");
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 3u);
  EXPECT_EQ(officeOf(reading.meeting, *turns[1]), "主管维持和平行动副秘书长");
  EXPECT_EQ(officeOf(reading.meeting, *turns[2]), "非洲联盟和平与安全专员");
}

// Russian invitations name the office first, declined, then the briefer
// ("…: Специального представителя … г-жу Прамилу Паттен; и главу делегации
// … г-на Ставроса Ламбринидиса и Постоянного наблюдателя … г-жу Фатиму
// Кьяри Мохаммед принять участие …"): each speaks in that office, named.
TEST(Labels, RussianInviteesWithTheirOfficeFirst) {
  const RawReading reading = readIn(
      "ru",
      "Председатель: В соответствии с правилом 39 временных правил процедуры Совета я "
      "приглашаю следующих докладчиков принять участие в этом заседании: Специального "
      "представителя Генерального секретаря по вопросу о сексуальном насилии в условиях "
      "конфликта г-жу Прамилу Паттен; и представителя организации гражданского общества "
      "«Женская сеть за мир» г-жу Амиру Хасан.\n"
      "В соответствии с правилом 39 временных правил процедуры Совета я также приглашаю "
      "главу делегации Европейского союза при Организации Объединенных Наций г-на Ставроса "
      "Ламбринидиса и Постоянного наблюдателя Африканского союза при Организации Объединенных "
      "Наций г-жу Фатиму Кьяри Мохаммед принять участие в этом заседании.\n"
      "Г-жа Паттен (говорит по-английски): Благодарю Вас.\n"
      "Г-н Ламбринидис: Благодарю Вас.\n"
      "Г-жа Мохаммед (говорит по-английски): Благодарю Вас.\n",
      "S/PV.9744");
  const auto turns = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(turns.size(), 4u);
  EXPECT_EQ(officeOf(reading.meeting, *turns[1]),
            "Специальный представитель Генерального секретаря по вопросу о сексуальном насилии в "
            "условиях конфликта");
  EXPECT_EQ(officeOf(reading.meeting, *turns[2]),
            "глава делегации Европейского союза при Организации Объединенных Наций");
  EXPECT_EQ(officeOf(reading.meeting, *turns[3]),
            "Постоянный наблюдатель Африканского союза при Организации Объединенных Наций");
}

// The ballot papers in the other wordings of French and Spanish.
TEST(Elections, BallotPapersInOtherWordings) {
  const auto french = grammarOf("fr").ballotCount("Nombre de bulletins de vote : 192");
  ASSERT_TRUE(french.has_value());
  EXPECT_EQ(french->kind, "ballotPapers");
  EXPECT_EQ(french->value, 192);
  const auto spanish = grammarOf("es").ballotCount("Número de cédulas de votación: 190");
  ASSERT_TRUE(spanish.has_value());
  EXPECT_EQ(spanish->kind, "ballotPapers");
  // "papeletas" for "cédulas", "votos nulos", States for members.
  for (const auto& [row, kind] : std::vector<std::pair<std::string, std::string>>{
           {"Número de papeletas depositadas: 188", "ballotPapers"},
           {"Número de votos nulos: 0", "invalidBallots"},
           {"Número de papeletas válidas: 188", "validBallots"},
           {"Número de Estados presentes y votantes: 186", "presentAndVoting"},
           {"Cédulas nulas: 1", "invalidBallots"}}) {
    const auto count = grammarOf("es").ballotCount(row);
    ASSERT_TRUE(count.has_value()) << row;
    EXPECT_EQ(count->kind, kind) << row;
  }
  // Round AX: the rows without "Nombre de", the Council's two-thirds majority.
  for (const auto& [row, kind] : std::vector<std::pair<std::string, std::string>>{
           {"Bulletins déposés : 191", "ballotPapers"},
           {"Bulletins nuls : 1", "invalidBallots"},
           {"Bulletins valables : 190", "validBallots"},
           {"Majorité des deux tiers requise : 126", "requiredMajority"},
           // Round AY: the members voting, without "présents et".
           {"Nombre de membres votants : 188", "presentAndVoting"}}) {
    const auto count = grammarOf("fr").ballotCount(row);
    ASSERT_TRUE(count.has_value()) << row;
    EXPECT_EQ(count->kind, kind) << row;
  }
}

// Round AX: a table after the chair's words that followed the last table's
// candidates (no blank line between, as pdftotext writes them): its rows
// take their numbers, none taken for a page's; a row's label wrapped in its
// column ("Número de miembros presentes y" / "votantes:") is one row.
TEST(Elections, ATableAfterTheChairsWordsAndAWrappedRow) {
  const RawReading french = readIn(
      "fr",
      "La Présidente : Voici le résultat du premier tour de scrutin :\nNombre de voix obtenues :\n"
      "Estonie\n111\nRoumanie\n74\nJe remercie les scrutateurs de leur aide. Nous allons "
      "maintenant\nprocéder au deuxième tour de scrutin.\nLa Présidente (parle en espagnol) : "
      "Voici le résultat du\ndeuxième tour de scrutin :\nBulletins déposés :\n189\n"
      "Bulletins nuls :\n0\nMajorité des deux tiers requise :\n126\n");
  const RawReading spanish =
      readIn("es",
             "El Presidente: Este es el resultado de la votación:\nNúmero de cédulas depositadas:\n"
             "Número de miembros presentes y\nvotantes:\nMayoría requerida:\n\n192\n190\n127\n");
  EXPECT_EQ(ballotCounts(french),
            (std::vector<std::string>{"votesObtained=111", "votesObtained=74", "ballotPapers=189",
                                      "invalidBallots=0", "requiredMajority=126"}));
  EXPECT_EQ(ballotCounts(spanish),
            (std::vector<std::string>{"ballotPapers=192", "presentAndVoting=190",
                                      "requiredMajority=127"}));
}

// Arabic rows as records word them with "أوراق" or "بطاقات", abstentions
// "عن التصويت", in Western or Arabic-Indic digits; a candidate's row too.
TEST(Elections, ArabicRowsInEitherWordingAndEitherDigits) {
  const Grammar& arabic = grammarOf("ar");
  const std::pair<const char*, const char*> rows[] = {
      {"عدد أوراق الاقتراع: 191", "ballotPapers"},  {"عدد بطاقات الاقتراع: ١٩١", "ballotPapers"},
      {"عدد الأوراق الباطلة: 0", "invalidBallots"}, {"عدد الأوراق الصحيحة: ١٩١", "validBallots"},
      {"الممتنعون عن التصويت: 4", "abstentions"},
  };
  for (const auto& [row, kind] : rows) {
    const auto count = arabic.ballotCount(row);
    ASSERT_TRUE(count.has_value()) << row;
    EXPECT_EQ(count->kind, kind) << row;
  }
  EXPECT_EQ(arabic.ballotCount("عدد بطاقات الاقتراع: ١٩١")->value, 191);
  const auto candidate = arabic.ballotCandidate("ناميبيا ١٨١");
  ASSERT_TRUE(candidate.has_value());
  EXPECT_EQ(candidate->value, 181);
}

}  // namespace
}  // namespace verbatim
