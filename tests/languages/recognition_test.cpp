// Stage 1's reading of turns, the chair and votes on small records in each
// language: the places where records written apart from the profiles (French,
// Spanish, Russian, Arabic and Chinese, in the UN layout) showed a gap.
#include <gtest/gtest.h>

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/countries.hpp"
#include "core/text.hpp"
#include "grammar_of.hpp"
#include "raw/grammar.hpp"
#include "raw/profile.hpp"
#include "raw/read_raw.hpp"
#include "raw/registry.hpp"
#include "reading.hpp"
#include "support/support.hpp"

namespace verbatim {
namespace {

using testing::audited;
using testing::blocksOf;
using testing::expectLabel;
using testing::expectProcedural;
using testing::grammarOf;
using testing::readColumnText;
using testing::readIn;

// --- the President's role ---------------------------------------------------------------

std::string presidentsRole(const Meeting& meeting) {
  for (const auto& role : meeting.roles)
    if (role.id == "president") return role.name;
  return {};
}

std::string replaced(std::string text, std::string_view from, std::string_view to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

// The preface names the President's office as the record does: as the
// President's labels say it, else as the cover does ("Presidenta:"), else by
// the unmarked title.
TEST(People, ThePresidentsRoleIsNamedAsTheRecordNamesIt) {
  const std::string record = testing::readText(testing::sourceDir() / "fixtures/es/S_PV.99991.txt");
  EXPECT_EQ(presidentsRole(readIn("es", record).meeting), "Presidenta");
  const std::string silent =
      replaced(record, "La Presidenta (habla en inglés):", "Sr. Benali (Argelia):");
  EXPECT_EQ(presidentsRole(readIn("es", silent).meeting), "Presidenta");
  const std::string unnamed = replaced(silent, "Presidenta:\n", "Presidencia:\n");
  EXPECT_EQ(presidentsRole(readIn("es", unnamed).meeting), "Presidente");
}

// --- votes --------------------------------------------------------------------------

// The Assembly's result sentence ("Par 154 voix contre 3, avec 10 abstentions,
// le projet de résolution A/79/L.33 est adopté …") is not one more State of the
// last list: it ends the list, and its totals are checked against the lists.
TEST(RecordedVotes, TheResultSentenceEndsTheLastList) {
  struct Case {
    const char* language;
    const char* text;
  };
  const Case cases[] = {
      {"fr",
       "Il est procédé au vote enregistré.\nVotent pour :\nAndorre, Bénin, France\n"
       "Votent contre :\nIsraël\nS’abstiennent :\nInde, Myanmar\n"
       "Par 3 voix contre 1, avec 2 abstentions, le projet\nde résolution A/79/L.33 est adopté "
       "(résolution\n79/155).\n"},
      {"fr",
       "Il est procédé au vote enregistré.\nVotent pour :\nAndorre, Bénin, France\n"
       "Votent contre :\nIsraël\nS’abstiennent :\nInde, Myanmar\n"
       "Le projet de résolution A/79/L.33 est adopté par 3 voix\ncontre 1, avec 2 abstentions "
       "(résolution 79/155).\n"},
      {"es",
       "Se procede a votación registrada.\nVotos a favor:\nAndorra, Benin, Francia\n"
       "Votos en contra:\nIsrael\nAbstenciones:\nIndia, Viet Nam\n"
       "Por 3 votos contra 1 y 2 abstenciones, queda aprobado el\nproyecto de resolución "
       "A/79/L.41 (resolución 79/160).\n"},
      // Each language's other wording of the vote taken.
      {"fr",
       "Il est procédé à un vote enregistré.\nVotent pour :\nAndorre, Bénin, France\n"
       "Votent contre :\nIsraël\nS’abstiennent :\nInde, Myanmar\n"
       "Le projet de résolution A/79/L.33 est adopté par 3 voix\ncontre 1, avec 2 abstentions "
       "(résolution 79/155).\n"},
      // Blind round N: lists headed "Pour :", "Contre :", "Abstentions :".
      {"fr",
       "Il est procédé à un vote enregistré.\nPour :\nAndorre, Bénin, France\n"
       "Contre :\nIsraël\nAbstentions :\nInde, Myanmar\n"
       "Par 3 voix contre 1, avec 2 abstentions, le projet\nde résolution A/79/L.33 est adopté "
       "(résolution\n79/155).\n"},
      {"es",
       "Se procede a una votación registrada.\nVotos a favor:\nAndorra, Benin, Francia\n"
       "Votos en contra:\nIsrael\nAbstenciones:\nIndia, Viet Nam\n"
       "Por 3 votos contra 1 y 2 abstenciones, queda aprobado el\nproyecto de resolución "
       "A/79/L.41 (resolución 79/160).\n"},
      {"ru",
       "Проводится заносимое в отчет о заседании голосование.\nГолосовали за:\nАндорра, Бенин, "
       "Франция\nГолосовали против:\nИзраиль\nВоздержались:\nИндия, Мьянма\n"
       "Проект резолюции A/79/L.33 принимается 3 голосами\nпротив 1 при 2 воздержавшихся "
       "(резолюция 79/155).\n"},
      {"ar",
       "أُجري تصويت مسجل.\nالمؤيدون:\nأندورا، بنن، فرنسا\nالمعارضون:\nإسرائيل\nالممتنعون:\n"
       "الهند، ميانمار\nاعتُمد مشروع القرار A/79/L.33 بأغلبية 3 صوتا مقابل 1، مع امتناع\n"
       "2 عن التصويت (القرار 79/155).\n"},
      // Chinese text in columns: the decision after a full last line of States
      // is not one of them; a draft's decision is told by its resolution.
      {"zh",
       "进行记录表决。\n赞成：\n安道尔、贝宁、法国\n反对：\n以色列\n弃权：\n印度、委内瑞拉玻利瓦尔"
       "共和国\n"
       "决议草案一以3票赞成、1票反对、2票弃权获得通过（第78\n/215号决议）。\n"},
  };
  for (const auto& c : cases) {
    const RawReading reading = readIn(c.language, c.text);
    const auto votes = blocksOf(reading.meeting, BlockKind::Vote);
    ASSERT_EQ(votes.size(), 1u) << c.text;
    ASSERT_EQ(votes[0]->vote.lists.size(), 3u) << c.text;
    EXPECT_EQ(votes[0]->vote.lists[2].count(), 2) << c.text;
    const auto narratives = blocksOf(reading.meeting, BlockKind::Narrative);
    ASSERT_FALSE(narratives.empty());
    EXPECT_EQ(narratives.back()->narrative.kind, NarrativeKind::Decision) << c.text;
    EXPECT_TRUE(audited(reading, "vote-totals")) << c.text;
  }
}

// A list set one State to a line, with no commas between, is those States;
// a State's name wrapped over two lines stays one (round BI).
TEST(RecordedVotes, AListOfOneStateToALineIsItsStates) {
  const RawReading reading =
      readIn("es",
             "El PRESIDENTE: Someteré a votación el proyecto de resolución.\n"
             "Se procede a votación ordinaria.\nVotos a favor:\nBrasil\nCabo Verde\n"
             "República Popular\nDemocrática de Corea\nVenezuela\nVotos en contra: Ninguno\n"
             "Abstenciones: China\n"
             "El PRESIDENTE: El resultado de la votación es el siguiente: 4 votos a favor, "
             "ninguno en contra y 1 abstención.\n");
  const auto votes = blocksOf(reading.meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 1u);
  ASSERT_FALSE(votes[0]->vote.lists.empty());
  std::vector<std::string> states;
  for (const auto& run : votes[0]->vote.lists[0].members.content)
    if (run.kind == InlineKind::Organization) states.push_back(run.ref);
  EXPECT_EQ(states, (std::vector<std::string>{"bra", "cpv", "prk", "ven"}));
}

// Each language's result sentences give the three totals; a count the
// sentence leaves out ("при 2 воздержавшихся", no one against) is none.
TEST(RecordedVotes, EachLanguagesResultSentenceGivesItsTotals) {
  struct Case {
    const char* language;
    const char* sentence;
    std::array<int, 3> totals;
  };
  const Case cases[] = {
      {"fr",
       "Le projet de résolution a recueilli 13 voix pour, zéro voix contre et 2 abstentions.",
       {13, 0, 2}},
      {"fr",
       "Par 154 voix contre 3, avec 10 abstentions, le projet de résolution est adopté.",
       {154, 3, 10}},
      {"es",
       "El proyecto de resolución ha obtenido 13 votos a favor, ninguno en contra y 2 "
       "abstenciones.",
       {13, 0, 2}},
      {"es", "Por 115 votos contra 4 y 12 abstenciones, queda aprobado el proyecto.", {115, 4, 12}},
      {"ru", "За проект резолюции было подано 13 голосов при 2 воздержавшихся.", {13, 0, 2}},
      {"ru",
       "Проект резолюции принимается 154 голосами против 3 при 10 воздержавшихся.",
       {154, 3, 10}},
      {"ar",
       "حصل مشروع القرار على 13 صوتا مؤيدا، مقابل لا شيء، مع امتناع عضوين عن التصويت.",
       {13, 0, 2}},
      // Blind round H: a Russian veto's counts, an Arabic unanimous vote.
      {"ru",
       "За проект резолюции было подано 13 голосов при 1 голосе против и 1 воздержавшемся.",
       {13, 1, 1}},
      {"ru",
       "За проект резолюции было подано 13 голосов, против — 1, воздержался — 1.",
       {13, 1, 1}},
      {"ru", "За проект резолюции подано 13 голосов, против — 1, воздержавшихся — 1.", {13, 1, 1}},
      {"ar", "حصل مشروع القرار على 15 صوتا مؤيدا.", {15, 0, 0}},
      // Blind round K: French and Spanish unanimous votes, a Russian veto.
      {"fr", "Le projet de résolution a recueilli 15 voix pour.", {15, 0, 0}},
      {"es", "El proyecto de resolución ha obtenido 15 votos a favor.", {15, 0, 0}},
      {"es", "El proyecto de resolución ha recibido 15 votos a favor.", {15, 0, 0}},
      {"ru",
       "Проект резолюции получил 12 голосов «за» при 2 голосах «против» и 1 воздержавшемся.",
       {12, 2, 1}},
      // Blind round M: the Arabic counts joined by "و" where "مقابل" stood.
      {"ar",
       "حصل مشروع القرار على 12 صوتا مؤيدا وصوت واحد معارض وامتناع عضوين عن التصويت.",
       {12, 1, 2}},
      // Blind round L: the result "as follows", unanimous.
      {"es", "El resultado de la votación es el siguiente: 15 votos a favor.", {15, 0, 0}},
      {"fr", "Le résultat du vote est le suivant\u00A0: 15 voix pour.", {15, 0, 0}},
      {"en", "The result of the voting is as follows: 15 votes in favour.", {15, 0, 0}},
      {"en",
       "The result of the voting is as follows: 13 votes in favour, one against and one "
       "abstaining.",
       {13, 1, 1}},
      // Blind round O: the Russian result "as follows" with dashes.
      {"ru",
       "Результаты голосования следующие: 13 голосов — за, 1 — против, 1 — воздержался.",
       {13, 1, 1}},
      // Round AU: the Council's unanimous show of hands, "There were …".
      {"fr", "Il y a 15 voix pour. Le projet de résolution est adopté.", {15, 0, 0}},
      {"fr", "Il y a 13 voix pour, 1 voix contre et 1 abstention.", {13, 1, 1}},
      {"en", "There were 15 votes in favour.", {15, 0, 0}},
      {"en", "There were 12 votes in favour, 3 against and no abstentions.", {12, 3, 0}},
      {"es", "Hay 15 votos a favor.", {15, 0, 0}},
      // Round BI: the Chinese count in favour "against" the count against.
      {"zh", "决议草案A/74/L.25以120票对3票、10票弃权获得通过（第74/18号决议）。", {120, 3, 10}},
      {"zh", "决议草案以120票对3票获得通过。", {120, 3, 0}},
      // Round AX: Russian results with no one against.
      {"ru",
       "Результаты голосования следующие: 13 голосов за, ни одного голоса против и 2 "
       "воздержавшихся.",
       {13, 0, 2}},
      {"ru",
       "За проект резолюции было подано 13 голосов, против — нет, воздержались 2 члена "
       "Совета.",
       {13, 0, 2}},
      // Round AW: the Chinese Council's result, each side before its count.
      {"zh", "表决结果如下：赞成13票，反对1票，弃权1票。", {13, 1, 1}},
      {"zh", "表决结果如下：赞成15票。", {15, 0, 0}},
      {"zh", "表决结果如下：赞成13票，无反对票，弃权2票。", {13, 0, 2}},
  };
  // More than any body has members is no count (it overflowed an int).
  EXPECT_FALSE(
      grammarOf("es").voteResult("ha obtenido 77777777777 votos a favor, ninguno en "
                                 "contra y 2 abstenciones"));
  for (const auto& c : cases) {
    const auto totals = grammarOf(c.language).voteResult(c.sentence);
    ASSERT_TRUE(totals.has_value()) << c.sentence;
    EXPECT_EQ(totals->counts, c.totals) << c.sentence;
  }
}

// What a result or a decision says was decided, and where: a wording that
// holds another ("has not been adopted" holds "been adopted") is the longer.
TEST(RecordedVotes, EachLanguageSaysWhatWasDecided) {
  struct Case {
    const char* language;
    const char* text;
    const char* marked;
    VoteOutcome outcome;
  };
  const Case cases[] = {
      {"en", "The draft resolution has been adopted as resolution 2448 (2018).", "has been adopted",
       VoteOutcome::Adopted},
      {"en",
       "The draft resolution has not been adopted, owing to the negative vote of a permanent "
       "member of the Council.",
       "has not been adopted", VoteOutcome::Rejected},
      {"en", "Draft resolution I was adopted by 123 votes to 1, with 55 abstentions.",
       "was adopted", VoteOutcome::Adopted},
      {"en", "The amendment was rejected by 40 votes to 70.", "was rejected",
       VoteOutcome::Rejected},
      {"fr", "Le projet de résolution a été adopté en tant que résolution 2811 (2026).",
       "a été adopté", VoteOutcome::Adopted},
      {"fr", "Le projet de résolution n’a pas été adopté, en raison du vote négatif.",
       "n’a pas été adopté", VoteOutcome::Rejected},
      {"fr", "Le projet de résolution A/79/L.33 est adopté (résolution 79/155).", "est adopté",
       VoteOutcome::Adopted},
      {"es", "El proyecto de resolución no ha sido aprobado debido al voto negativo.",
       "no ha sido aprobado", VoteOutcome::Rejected},
      {"es", "Queda aprobado el proyecto de resolución A/79/L.41 (resolución 79/160).",
       "Queda aprobado", VoteOutcome::Adopted},
      {"ru", "Проект резолюции не принят, поскольку против проголосовал постоянный член.",
       "не принят", VoteOutcome::Rejected},
      {"ru", "Проект резолюции A/79/L.33 принимается (резолюция 79/155).", "принимается",
       VoteOutcome::Adopted},
      {"ar", "وقد اتخذ مشروع القرار بوصفه القرار 2820 (2026).", "اتخذ", VoteOutcome::Adopted},
      {"ar", "لم يعتمد مشروع القرار نظرا للتصويت السلبي لعضو دائم.", "لم يعتمد",
       VoteOutcome::Rejected},
      {"zh", "决议草案获得通过，成为第2448（2018）号决议。", "获得通过", VoteOutcome::Adopted},
      {"zh", "决议草案因一个常任理事国投反对票而未获通过。", "未获通过", VoteOutcome::Rejected},
      // Blind round H: the present tense of a veto, a unanimous adoption, a
      // paragraph kept.
      {"ru", "Проект резолюции не принимается, поскольку против проголосовал постоянный член.",
       "не принимается", VoteOutcome::Rejected},
      {"zh", "决议草案获得一致通过，成为第2719(2023)号决议。", "获得一致通过",
       VoteOutcome::Adopted},
      {"fr", "Par 142 voix contre 6, avec 24 abstentions, le paragraphe 5 est maintenu.",
       "est maintenu", VoteOutcome::Adopted},
      // Blind round O: a procedural vote on the agenda, in the present tense.
      {"ru",
       "Предварительная повестка дня утверждается, поскольку она получила необходимое число "
       "голосов.",
       "утверждается", VoteOutcome::Adopted},
      {"ru",
       "Предварительная повестка дня не утверждается, поскольку она не получила "
       "необходимого числа голосов.",
       "не утверждается", VoteOutcome::Rejected},
      {"en",
       "The provisional agenda is not adopted, having failed to obtain the required "
       "number of votes.",
       "is not adopted", VoteOutcome::Rejected},
      {"fr",
       "L’ordre du jour provisoire n’est pas adopté, faute d’avoir obtenu le nombre de "
       "voix requis.",
       "n’est pas adopté", VoteOutcome::Rejected},
      {"es",
       "El orden del día provisional no queda aprobado por no haber obtenido el número "
       "de votos necesario.",
       "no queda aprobado", VoteOutcome::Rejected},
  };
  for (const auto& c : cases) {
    const auto found = grammarOf(c.language).outcomes(c.text);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].where.in(c.text), c.marked) << c.text;
    EXPECT_EQ(found[0].outcome, c.outcome) << c.text;
  }
}

std::vector<Inline> runsOf(const Meeting& meeting, InlineKind kind) {
  std::vector<Inline> found;
  auto collect = [&](const Paragraph& paragraph) {
    for (const auto& run : paragraph.content)
      if (run.kind == kind) found.push_back(run);
  };
  for (const auto& section : meeting.sections)
    for (const auto& block : section.blocks) {
      if (block.kind == BlockKind::Narrative) collect(block.narrative.text);
      if (block.kind == BlockKind::Speech)
        for (const auto& item : block.speech.items) collect(item.paragraph);
    }
  return found;
}

// The chair's result sentence marks each count it states (as a number, "none"
// as 0) and what was decided; the same words in a speech that states no
// result are the speaker's, and stay text.
TEST(RecordedVotes, TheResultMarksItsCountsAndOutcome) {
  const RawReading reading = readIn(
      "en",
      "The President: I shall now put the draft resolution to the vote.\n"
      "A vote was taken by show of hands.\nIn favour:\nChina, France, Ghana\nAgainst:\nNone.\n"
      "Abstaining:\nGuyana\n"
      "The President: The draft resolution received three votes in favour, none against\n"
      "and one abstention. The draft resolution has been adopted as resolution 2448 (2018).\n"
      "Mr. Ma Zhaoxu (China): The Declaration has finally been adopted, and it was adopted by\n"
      "consensus in the Committee.\n");
  const auto quantities = runsOf(reading.meeting, InlineKind::Quantity);
  ASSERT_EQ(quantities.size(), 3u);
  EXPECT_EQ(quantities[0].text, "three");
  EXPECT_EQ(quantities[0].ref, "inFavour");
  EXPECT_EQ(quantities[0].normalized, "3");
  EXPECT_EQ(quantities[1].text, "none");
  EXPECT_EQ(quantities[1].ref, "against");
  EXPECT_EQ(quantities[1].normalized, "0");
  EXPECT_EQ(quantities[2].ref, "abstaining");
  EXPECT_EQ(quantities[2].normalized, "1");
  const auto outcomes = runsOf(reading.meeting, InlineKind::Outcome);
  ASSERT_EQ(outcomes.size(), 1u);
  EXPECT_EQ(outcomes[0].text, "has been adopted");
  EXPECT_EQ(outcomes[0].ref, "adopted");
  const auto votes = blocksOf(reading.meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 1u);
  EXPECT_EQ(votes[0]->vote.outcome, VoteOutcome::Adopted) << "the vote is told what it decided";
}

// A veto: the vote's outcome is that the draft was not adopted.
TEST(RecordedVotes, AVetoedDraftIsRejected) {
  const RawReading reading = readIn(
      "en",
      "A vote was taken by show of hands.\nIn favour:\nChina, France, Ghana\nAgainst:\n"
      "Russian Federation\nAbstaining:\nGuyana\n"
      "The President: The draft resolution received 3 votes in favour, 1 against and 1\n"
      "abstention. The draft resolution has not been adopted, owing to the negative vote of a\n"
      "permanent member of the Council.\n");
  const auto votes = blocksOf(reading.meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 1u);
  EXPECT_EQ(votes[0]->vote.outcome, VoteOutcome::Rejected);
  EXPECT_TRUE(audited(reading, "vote-totals"));
}

// The 1990s printed each list after its label, on the label's line, and a
// paragraph voted on separately was "retained". The lists may stand where
// out-of-order columns put them, after a speech rather than after "A recorded
// vote was taken."; the result sentence ends the last list.
TEST(RecordedVotes, ListsPrintedAfterTheirLabelsOnTheSameLine) {
  const std::string lists =
      "In favour: Afghanistan, Albania,\nAndorra\nAgainst: Iraq, Sudan\n"
      "Abstentions: Algeria, Angola\n"
      "The eighth preambular paragraph was retained by 3\nvotes to 2, with 2 abstentions.\n";
  for (const std::string& before :
       {std::string("A recorded vote was taken.\n"),
        std::string("Mr. KIM (Democratic People's Republic of Korea): We reject it.\n\n")}) {
    const RawReading reading = readIn("en", before + lists);
    const auto votes = blocksOf(reading.meeting, BlockKind::Vote);
    ASSERT_EQ(votes.size(), 1u) << before;
    const Vote& vote = votes[0]->vote;
    ASSERT_EQ(vote.lists.size(), 3u) << before;
    EXPECT_EQ(vote.lists[0].count(), 3) << before;
    EXPECT_EQ(vote.lists[1].count(), 2) << before;
    EXPECT_EQ(vote.lists[2].choice, VoteChoice::Abstaining) << before;
    EXPECT_EQ(vote.lists[2].count(), 2) << before;
    EXPECT_EQ(plainText(vote.lists[1].label.content), "Against:") << before;
    EXPECT_EQ(vote.outcome, VoteOutcome::Adopted) << "a paragraph retained stands";
    EXPECT_TRUE(audited(reading, "vote-totals")) << "the lists match the result: " << before;
    const auto narratives = blocksOf(reading.meeting, BlockKind::Narrative);
    ASSERT_FALSE(narratives.empty());
    EXPECT_EQ(narratives.back()->narrative.kind, NarrativeKind::Decision) << before;
  }
}

// A paragraph the vote did not keep: the sentence ends the last list, and the
// vote's outcome is rejected (round BD: "was not retained" had been read as
// names of States in the list of abstentions, and the vote had no outcome).
TEST(RecordedVotes, AParagraphNotRetainedIsRejected) {
  const RawReading reading =
      readIn("en",
             "A recorded vote was taken.\nIn favour:\nAlbania, Algeria, Andorra\nAgainst:\n"
             "Iraq, Sudan\nAbstaining:\nCôte d’Ivoire, Venezuela (Bolivarian Republic of)\n"
             "Operative paragraph 5 was not retained by 3 votes to 2,\nwith 2 abstentions.\n");
  const auto votes = blocksOf(reading.meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 1u);
  ASSERT_EQ(votes[0]->vote.lists.size(), 3u);
  EXPECT_EQ(votes[0]->vote.lists[2].count(), 2);
  EXPECT_EQ(votes[0]->vote.outcome, VoteOutcome::Rejected);
  const auto narratives = blocksOf(reading.meeting, BlockKind::Narrative);
  ASSERT_FALSE(narratives.empty());
  EXPECT_EQ(narratives.back()->narrative.kind, NarrativeKind::Decision);
  expectProcedural("fr",
                   "Par 3 voix contre 2, avec 2 abstentions, le paragraphe 5 du dispositif "
                   "n’est pas maintenu.",
                   NarrativeKind::Decision);
  // Spanish, kept and not (round BE: "queda mantenido" had been a narrative of
  // no kind, the vote with no outcome).
  expectProcedural("es",
                   "Por 98 votos contra 30 y 40 abstenciones, queda mantenido el párrafo 12 de la "
                   "parte dispositiva del proyecto de resolución III.",
                   NarrativeKind::Decision);
  expectProcedural("es", "Por 30 votos contra 98 y 40 abstenciones, no se mantiene el párrafo 12.",
                   NarrativeKind::Decision);
}

// Every language's labels may carry their lists on the same line, as the 1950s
// printed them ("Votent pour: Inde, Norvège").
TEST(RecordedVotes, EachLanguagesLabelMayCarryItsList) {
  struct Case {
    const char* language;
    const char* text;
  };
  const Case cases[] = {
      {"fr",
       "Votent pour : Inde, Norvège\nVotent contre : Chine\nS’abstiennent : Égypte, France\n"},
      {"es",
       "Votos a favor: India, Noruega\nVotos en contra: China\nAbstenciones: Egipto, Francia\n"},
      {"ru",
       "Голосовали за: Индия, Норвегия\nГолосовали против: Китай\nВоздержались: Египет, "
       "Франция\n"},
      {"ar", "المؤيدون: الهند، النرويج\nالمعارضون: الصين\nالممتنعون: مصر، فرنسا\n"},
      {"zh", "赞成：印度、挪威\n反对：中国\n弃权：埃及、法国\n"},
  };
  for (const auto& c : cases) {
    const RawReading reading = readIn(c.language, c.text);
    const auto votes = blocksOf(reading.meeting, BlockKind::Vote);
    ASSERT_EQ(votes.size(), 1u) << c.text;
    const Vote& vote = votes[0]->vote;
    ASSERT_EQ(vote.lists.size(), 3u) << c.text;
    EXPECT_EQ(vote.lists[0].count(), 2) << c.text;
    EXPECT_EQ(vote.lists[1].count(), 1) << c.text;
    EXPECT_EQ(vote.lists[2].count(), 2) << c.text;
  }
}

// A list that ends a sentence has ended: what follows it is not a State
// (the 1950 record: "… Northern Ireland." / "The result of the vote was …").
TEST(RecordedVotes, AListEndsWithTheSentenceItEnds) {
  const RawReading reading =
      readIn("en",
             "A vote was taken by show of hands, as follows:\nIn favour: China, Cuba, Ecuador.\n"
             "Abstaining: Egypt, France, United Kingdom\nof Great Britain and Northern Ireland.\n"
             "The President's ruling was upheld, the challenge\nfailing to secure seven votes.\n");
  const auto votes = blocksOf(reading.meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 1u);
  ASSERT_EQ(votes[0]->vote.lists.size(), 2u);
  EXPECT_EQ(votes[0]->vote.lists[0].count(), 3);
  EXPECT_EQ(votes[0]->vote.lists[1].count(), 3);
}

// Two lists of one choice are two votes' (columns out of order can print them
// one after the other): the second begins a vote of its own, never a vote
// with two lists of those against.
TEST(RecordedVotes, ASecondListOfTheSameChoiceBeginsAnotherVote) {
  const RawReading reading =
      readIn("en",
             "A recorded vote was taken.\nIn favour: Chile, China\nAgainst: Iraq\n"
             "Against: Sudan\nAbstaining: Cuba\n"
             "Draft resolution A/48/L.13 was adopted by 2 votes to 1, with 1 abstention.\n");
  const auto votes = blocksOf(reading.meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 2u);
  EXPECT_EQ(votes[0]->vote.lists.size(), 2u);
  EXPECT_EQ(votes[1]->vote.lists.size(), 2u);
  EXPECT_EQ(votes[1]->vote.lists[0].choice, VoteChoice::Against);
}

// The Council's result in the 1990s: "The result of the voting is as follows:
// 13 votes in favour, one against and one abstaining."
TEST(RecordedVotes, TheNinetiesCouncilResultGivesItsTotals) {
  const RawReading reading = readIn(
      "en",
      "A vote was taken by show of hands.\nIn favour:\nChile, China, Egypt\nAgainst:\n"
      "United States of America\nAbstaining:\nCosta Rica\n\n"
      "The President: The result of the voting is as follows:\n3 votes in favour, one against "
      "and one abstaining. The\ndraft resolution has not been adopted, owing to the negative\n"
      "vote of a permanent member of the Council.\n");
  const auto quantities = runsOf(reading.meeting, InlineKind::Quantity);
  ASSERT_EQ(quantities.size(), 3u);
  EXPECT_EQ(quantities[1].text, "one");
  EXPECT_EQ(quantities[2].ref, "abstaining");
  const auto votes = blocksOf(reading.meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 1u);
  EXPECT_EQ(votes[0]->vote.outcome, VoteOutcome::Rejected);
  EXPECT_TRUE(audited(reading, "vote-totals"));
}

// A draft's decision without a count is told by its resolution's number.
TEST(RecordedVotes, AChineseDecisionIsToldByItsResolution) {
  const RawReading reading = readIn("zh",
                                    "主席（以英语发言）：我是否可以认为大会希望照样做？\n决议草案二"
                                    "获得通过（第78/216号决议）。\n");
  const auto narratives = blocksOf(reading.meeting, BlockKind::Narrative);
  ASSERT_EQ(narratives.size(), 1u);
  EXPECT_EQ(narratives[0]->narrative.kind, NarrativeKind::Decision);
  EXPECT_EQ(runsOf(reading.meeting, InlineKind::Outcome).size(), 1u);
}

// A count the result does not state is none: "received 15 votes in favour.";
// "received six votes in favour and two against." The lists agree.
TEST(RecordedVotes, ACountTheResultDoesNotStateIsNone) {
  struct Case {
    const char* language;
    const char* text;
    int quantities;
  };
  const Case cases[] = {
      {"en",
       "A vote was taken by show of hands.\nIn favour:\nChile, China, Egypt\n\n"
       "The President: The draft resolution received 3 votes in\nfavour. The draft resolution "
       "has been adopted unanimously.\n",
       1},
      {"en",
       "A vote was taken by show of hands.\nIn favour:\nChile, China\nAgainst:\nEgypt\n\n"
       "The President: The draft resolution received two votes in\nfavour and one against. "
       "The draft resolution has not been\nadopted, having failed to obtain the required number "
       "of\nvotes.\n",
       2},
      {"ru",
       "Голосовали за:\nЧили, Китай\nГолосовали против:\nЕгипет\nВоздержались:\nФранция\n"
       "Председатель: Итоги голосования: 2 голоса «за», 1 голос\n«против» и 1 воздержавшийся. "
       "Проект резолюции не\nпринят.\n",
       3},
      {"ar",
       "المؤيدون:\nشيلي، الصين\nالمعارضون:\nمصر\n"
       "الرئيس: حصل مشروع القرار على 2 أصوات مؤيدة مقابل صوت واحد\nمعارض. ولم يُعتمد مشروع "
       "القرار.\n",
       2},
  };
  for (const auto& c : cases) {
    const RawReading reading = readIn(c.language, c.text);
    EXPECT_EQ(runsOf(reading.meeting, InlineKind::Quantity).size(),
              static_cast<std::size_t>(c.quantities))
        << c.text;
    EXPECT_TRUE(audited(reading, "vote-totals")) << c.text;
    for (const auto& warning : testing::warningsBeyondTheChair(reading.audit))
      ADD_FAILURE() << warning.message;
  }
}

// The chair's first paragraph after the lists says what was decided, with
// counts or without: "Проект резолюции не принят, поскольку …".
TEST(RecordedVotes, TheChairsParagraphAfterTheListsSaysWhatWasDecided) {
  const RawReading reading =
      readIn("ru",
             "Проводится голосование поднятием рук.\nГолосовали за:\nЧили, Китай\n"
             "Голосовали против:\nЕгипет\nПредседатель: Проект резолюции не принят, поскольку "
             "против\nнего проголосовал "
             "постоянный член Совета.\n"
             "Председатель: Я даю слово представителю Египта. Он принят.\n");
  const auto votes = blocksOf(reading.meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 1u);
  EXPECT_EQ(votes[0]->vote.outcome, VoteOutcome::Rejected);
  EXPECT_EQ(runsOf(reading.meeting, InlineKind::Outcome).size(), 1u)
      << "only the paragraph right after the lists announces a decision";
}

// A decision says what was decided without a count; a narrative of another
// kind ("The agenda was adopted.") is not a decision.
TEST(RecordedVotes, ADecisionMarksItsOutcome) {
  const RawReading reading = readIn(
      "en",
      "The agenda was adopted.\nThe President: May I take it that the Assembly wishes to adopt "
      "draft resolution A/76/L.86?\nDraft resolution A/76/L.86 was adopted (resolution 76/305).\n");
  const auto outcomes = runsOf(reading.meeting, InlineKind::Outcome);
  ASSERT_EQ(outcomes.size(), 1u);
  EXPECT_EQ(outcomes[0].text, "was adopted");
  EXPECT_EQ(runsOf(reading.meeting, InlineKind::DocumentRef).size(), 3u)
      << "the decision keeps its links to the draft and to the resolution";
}

// --- the chair ------------------------------------------------------------------------

// "The Acting President" is the Vice-President who took the chair, until the
// President returns to it; the President the cover names is the President.
TEST(Chair, TheActingPresidentIsWhoeverTookTheChair) {
  struct Case {
    const char* language;
    const char* text;
  };
  const Case cases[] = {
      {"en",
       "In the absence of the President, Mr. Agyeman (Ghana), Vice-President,\ntook the "
       "Chair.\nThe meeting was called to order at 3 p.m.\nThe Acting President: I give the floor "
       "to the representative of Kenya.\nMr. Kiboino (Kenya): Thank you.\nThe President returned "
       "to the Chair.\nThe President: I thank the representative.\n"},
      {"es",
       "En ausencia del Presidente, la Sra. Rodrigues Birkett (Guyana), Vicepresidenta,\nocupa la "
       "Presidencia.\nSe abre la sesión a las 15.10 horas.\nLa Presidenta interina (habla en "
       "inglés): Tiene la palabra el representante de Kenya.\nSr. Kiboino (Kenya): Gracias.\nEl "
       "Presidente ocupa la Presidencia.\nEl Presidente: Doy las gracias al representante.\n"},
      {"ru",
       "В отсутствие Председателя место Председателя занимает\nзаместитель Председателя г-жа "
       "Хвидт (Дания).\nИсполняющий обязанности Председателя (говорит по-английски): Я "
       "предоставляю слово представителю Кении.\nГ-н Кибоино (Кения): Спасибо.\n"},
  };
  for (const auto& c : cases) {
    const RawReading reading = readIn(c.language, c.text);
    const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
    ASSERT_GE(speeches.size(), 2u) << c.text;
    const std::string& acting = speeches[0]->speech.by;
    const auto chairs = blocksOf(reading.meeting, BlockKind::Narrative);
    bool named = false;  // the narrative marks the person who took the chair
    for (const auto* block : chairs)
      if (block->narrative.kind == NarrativeKind::ChairChange)
        for (const auto& run : block->narrative.text.content)
          named = named || (run.kind == InlineKind::Person && run.ref == acting);
    EXPECT_TRUE(named) << c.text << " by=" << acting;
    if (speeches.size() >= 3) {
      EXPECT_NE(speeches[2]->speech.by, acting) << c.text;
    }
  }
}

// A pdftotext join that lost the compound's hyphen ("VicePresident") does not
// make the change of chair after the cover a part of the cover.
// A change of chair wrapped where its State wraps is one procedural line,
// though its last line alone would pass for one; the Vice-President is the
// person it names, without the article before the honorific ("El Sr. Rai").
TEST(Chair, AChangeOfChairWrappedOverTwoLinesIsOneLine) {
  const std::string text =
      "Se abre la sesión a las 10.05 horas.\n"
      "El Presidente (habla en inglés): Doy la palabra al\nrepresentante de Cuba.\n"
      "En ausencia del Presidente, el Sr. Rai (Papua Nueva\n"
      "Guinea), Vicepresidente, ocupa la Presidencia.\n"
      "El Presidente interino (habla en inglés): Gracias.\n"
      "El Sr. Pérez (Chile), Vicepresidente, ocupa la Presidencia.\n"
      "El Presidente interino: Gracias.\n";
  RawOptions options;
  options.meta.language = "es";
  options.meta.symbol = "A/78/PV.9";
  options.meta.date = "2024-04-29";
  for (const std::string& record : {text, text + "\f"}) {  // column text, pdftotext
    auto read = readRawRecord(record, "A_78_PV.9.txt", options);
    ASSERT_TRUE(read.ok());
    const Meeting& meeting = read.value().meeting;
    std::vector<std::string> chairs;
    for (const auto* block : blocksOf(meeting, BlockKind::Narrative))
      if (block->narrative.kind == NarrativeKind::ChairChange)
        chairs.push_back(plainText(block->narrative.text.content));
    ASSERT_EQ(chairs.size(), 2u) << read.value().dialect;
    EXPECT_EQ(chairs[0],
              "En ausencia del Presidente, el Sr. Rai (Papua Nueva Guinea), Vicepresidente, "
              "ocupa la Presidencia.");
    std::vector<std::string> people;
    for (const auto& person : meeting.people) people.push_back(person.name);
    EXPECT_NE(std::find(people.begin(), people.end(), "Sr. Pérez"), people.end());
  }
}

TEST(Chair, AChangeOfChairAfterTheCoverStaysWhenItsHyphenWasLost) {
  const RawReading reading = readIn(
      "en",
      "A/79/PV.29\n\nUnited Nations\n\nGeneral Assembly\n\nOfficial Records\n\nSeventy-ninth "
      "session\n\n29th plenary meeting\n\nTuesday, 29 October 2024, 3 p.m.\nNew York\n\n"
      "President:\n\nMr. Yang ........................................(Cameroon)\n"
      "In the absence of the President, Mr. Agyeman (Ghana), VicePresident,\ntook the Chair.\n"
      "The meeting was called to order at 3 p.m.\n"
      "The Acting President: I give the floor to the representative of Kenya.\n");
  const auto narratives = blocksOf(reading.meeting, BlockKind::Narrative);
  ASSERT_FALSE(narratives.empty());
  EXPECT_EQ(narratives[0]->narrative.kind, NarrativeKind::ChairChange);
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 1u);
  EXPECT_EQ(speeches[0]->speech.by, "agyeman");
}

// A person the cover names in lower case ("г-жа Шелби") is the one the label
// names in upper case ("Г-жа Шелби"): one person, one id.
TEST(People, TheCaseOfAnHonorificDoesNotMakeTwoPeople) {
  Meeting meeting;
  Registry registry(meeting, *findProfile("ru"));
  const std::string usa = registry.state("Соединенные Штаты Америки");
  EXPECT_EQ(registry.person("г-жа Шелби", "Шелби", usa),
            registry.person("Г-жа Шелби", "Шелби", usa));
  EXPECT_EQ(meeting.people.size(), 1u);
  EXPECT_EQ(meeting.people[0].id, "шелби");  // ids are lower case in every script
}

// A hyphen pdftotext dropped at a line's end on a cover's column of names
// ("Sra. ThomasGreenfield"), which the body's label prints whole, makes no
// second person of one State's delegate; the name goes by its hyphen.
TEST(People, ANameThatLostItsHyphenIsThePersonWhoseLabelKeptIt) {
  Meeting meeting;
  Registry registry(meeting, *findProfile("es"));
  const std::string usa = registry.state("Estados Unidos de América");
  EXPECT_EQ(registry.person("Sra. ThomasGreenfield", "ThomasGreenfield", usa),
            registry.person("Sra. Thomas-Greenfield", "Thomas-Greenfield", usa));
  ASSERT_EQ(meeting.people.size(), 1u);
  EXPECT_EQ(meeting.people[0].name, "Sra. Thomas-Greenfield");
  // Not across States.
  registry.person("Sr. Thomas-Greenfield", "Thomas-Greenfield", registry.state("Canadá"));
  EXPECT_EQ(meeting.people.size(), 2u);
}

// A name in Latin script gives an ASCII id (and IRI): its letters' diacritics
// go; a name in another script keeps its letters.
TEST(People, LatinNamesGiveAsciiIds) {
  EXPECT_EQ(nameId("Ortega Ríos", "person"), "ortegarios");
  EXPECT_EQ(nameId("Pavļuta-Deslandes", "person"), "pavlutadeslandes");
  EXPECT_EQ(nameId("Yıldız", "person"), "yildiz");
  EXPECT_EQ(nameId("Løvald", "person"), "lovald");
  EXPECT_EQ(nameId("Иванов", "person"), "иванов");
  EXPECT_EQ(nameId("张军", "person"), "张军");
  // A long name is cut at 48 characters (not bytes: two offices of one
  // beginning stay two), to whole parts of it, never after a joining dot.
  EXPECT_EQ(nameId("谢赫·穆罕默德·本·阿卜杜拉·本·哈马德·阿勒萨尼", "person"),
            "谢赫·穆罕默德·本·阿卜杜拉·本·哈马德·阿勒萨尼");
  EXPECT_NE(nameId("Премьер-министр Республики Фиджи", "role"),
            nameId("Премьер-министр Республики Вануату", "role"));
  const std::string name =
      "谢赫·穆罕默德·本·阿卜杜拉·本·哈马德·阿勒萨尼·谢赫·穆罕默德·本·阿卜杜拉·本·哈马德·阿勒萨尼";
  const std::string id = nameId(name, "person");
  EXPECT_LE(text::countCodePoints(id), 48u);
  EXPECT_TRUE(name.starts_with(id + "·")) << id;
}

// Observers are no Member States: the Holy See, the State of Palestine, the
// European Union and the African Union are "observer.*" organisations, the
// States "member.*".
TEST(People, ObserversAreNoMemberStates) {
  Meeting meeting;
  Registry registry(meeting, *findProfile("es"));
  for (const char* name :
       {"Santa Sede", "Estado de Palestina", "Unión Europea", "Unión Africana", "Francia"})
    registry.state(name);
  ASSERT_EQ(meeting.organizations.size(), 5u);
  EXPECT_EQ(meeting.organizations[0].href, "/akn/ontology/organization/un/observer.vat");
  EXPECT_EQ(meeting.organizations[1].href, "/akn/ontology/organization/un/observer.pse");
  EXPECT_EQ(meeting.organizations[2].href, "/akn/ontology/organization/un/observer.eue");
  EXPECT_EQ(meeting.organizations[3].href, "/akn/ontology/organization/un/observer.afu");
  EXPECT_EQ(meeting.organizations[4].href, "/akn/ontology/organization/un/member.fra");
}

// --- labels and notes -------------------------------------------------------------------

// Where a speaker goes on in another language the note says "continues"
// ("(continúa en inglés)"): it is a language switch as "(habla en inglés)" is.
TEST(LanguageSwitches, ANoteThatTheSpeakerContinuesInALanguageIsASwitch) {
  struct Case {
    const char* language;
    const char* note;
  };
  const Case cases[] = {{"es", "(continúa en inglés)"},
                        {"es", "(el orador continúa en inglés)"},
                        {"fr", "(poursuit en anglais)"},
                        {"fr", "(l’orateur poursuit en anglais)"},
                        {"fr", "(l'oratrice poursuit en espagnol)"},
                        {"ru", "(продолжает по-английски)"},
                        {"ar", "(تابع بالإنكليزية)"}};
  for (const auto& c : cases) EXPECT_TRUE(grammarOf(c.language).languageSwitch(c.note)) << c.note;
}

// "en mi carácter de representante" says what "en mi calidad de" does.
// The chair's statement in its national capacity, announced right after its
// label, is a paragraph of its own: what follows is said for its State.
TEST(NationalCapacity, AnnouncedRightAfterTheLabelItIsAParagraphOfItsOwn) {
  const RawReading reading =
      readIn("fr",
             "La séance est ouverte à 10 h 5.\nLe Président : Je vais maintenant faire une\n"
             "déclaration en ma qualité de représentant de la France.\n"
             "La France a voté pour ce texte, qui répond à l’urgence\nsur le terrain.\n"
             "Je reprends à présent mes fonctions de Président\ndu Conseil.\n"
             "La séance est levée à 10 h 50.\n");
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 1u);
  const auto& items = speeches[0]->speech.items;
  ASSERT_EQ(items.size(), 3u);
  EXPECT_FALSE(items[0].nationalCapacity);
  EXPECT_TRUE(items[1].nationalCapacity);
  EXPECT_FALSE(items[2].nationalCapacity);
}

// Giving the floor is the chair's, never its State's: where the record
// prints no "I now resume my functions" before it, the chair has resumed
// them, and the floor's paragraph is no statement of its State (round BH).
TEST(NationalCapacity, GivingTheFloorEndsIt) {
  const RawReading reading =
      readIn("zh",
             "上午10时5分开会。\n主席（以英语发言）：我现在以大不列颠及北爱尔兰联合王国代表的身份"
             "发言。\n今天的否决是可耻的。\n我现在请苏丹代表发言。\n"
             "伊德里斯先生（苏丹）（以阿拉伯语发言）：我国代表团感谢安理会成员。\n"
             "上午10时50分散会。\n");
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 2u);
  const auto& items = speeches[0]->speech.items;
  ASSERT_EQ(items.size(), 3u);
  EXPECT_TRUE(items[1].nationalCapacity);
  EXPECT_FALSE(items[2].nationalCapacity);
}

// Without a cover page the presiding State is the one the chair speaks for,
// also where it says so right after its label: the chair's turns are by it.
TEST(NationalCapacity, RightAfterTheLabelItNamesThePresidingState) {
  const RawReading reading =
      readIn("zh",
             "上午10时5分开会。\n主席（以英语发言）：我现在以圭亚那代表的身份发言。\n"
             "圭亚那是一个低洼沿海国家。\n我现在恢复履行安理会主席的职责。\n"
             "上午10时50分散会。\n");
  EXPECT_EQ(reading.meeting.meta.presidency, "guy");
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 1u);
  EXPECT_EQ(speeches[0]->speech.by, "guy");
}

TEST(NationalCapacity, TheSpanishChairMaySpeakInItsCharacterOfRepresentative) {
  const std::string text =
      "Formularé ahora una declaración en mi carácter de representante del Ecuador.";
  const auto country = grammarOf("es").nationalCapacity(text);
  ASSERT_TRUE(country.has_value());
  EXPECT_EQ(country->in(text), "Ecuador");
  // In the present tense too.
  const std::string now = "Formulo ahora una declaración en mi calidad de representante de Malta.";
  const auto malta = grammarOf("es").nationalCapacity(now);
  ASSERT_TRUE(malta.has_value());
  EXPECT_EQ(malta->in(now), "Malta");
}

// --- headings and page furniture -------------------------------------------------------

// French and Spanish mark sub-items "b)", without the opening parenthesis.
TEST(Headings, ASubItemMarkedWithALetterAndAParenthesisIsAHeadingOfItsOwn) {
  const RawReading reading =
      readIn("es",
             "Se abre la sesión a las 15.10 horas.\nTema 72 del programa (continuación)\n"
             "Promoción y protección de los derechos humanos\nb) Cuestiones de derechos humanos, "
             "incluidos otros medios de\nmejorar el goce efectivo de los derechos humanos\n"
             "El Presidente: Tiene la palabra el representante de México.\n");
  std::vector<std::string> headings;
  for (const auto* block : blocksOf(reading.meeting, BlockKind::Heading))
    headings.push_back(plainText(block->heading.text.content));
  ASSERT_EQ(headings.size(), 3u);
  EXPECT_EQ(headings[1], "Promoción y protección de los derechos humanos");
  EXPECT_EQ(headings[2].substr(0, 3), "b) ");
}

// A record of two pages prints its running head once: the agenda's title
// heading the second page is furniture, not the section of a phantom item.
TEST(Furniture, TheAgendaTitleHeadingTheSecondPageOfAShortRecordIsItsHead) {
  const RawReading reading = readIn(
      "en",
      "S/PV.8422\n\nUnited Nations\n\nSecurity Council\n\nSeventy-third year\n\n8422nd meeting\n"
      "Thursday, 13 December 2018, 3 p.m.\nNew York\n\nPresident:\n\nMr. Adom "
      ".................................(Côte d’Ivoire)\n\nAgenda\n"
      "The situation in the Central African Republic\n\n18-43649 (E)\n"
      "\fS/PV.8422\n\nThe situation in the Central African Republic\n\n"
      "The meeting was called to order at 3.10 p.m.\nAdoption of the agenda\n"
      "The agenda was adopted.\nThe situation in the Central African Republic\n"
      "The President (spoke in French): I thank the Council.\nThe meeting rose at 3.20 p.m.\n");
  int titles = 0;
  for (const auto* block : blocksOf(reading.meeting, BlockKind::Heading))
    titles +=
        plainText(block->heading.text.content) == "The situation in the Central African Republic";
  EXPECT_EQ(titles, 1);
  EXPECT_EQ(reading.meeting.sections.front().kind, SectionKind::Opening);
}

// A list of States that a column break cut after its separator goes on
// (Chinese column text sets a blank line there).
TEST(Votes, AListGoesOnAfterItsSeparatorAcrossAColumnBreak) {
  const RawReading reading = readColumnText(
      "zh",
      " 上午10时05分开会。\n\n主席（以英语发言）：我现在将决议草案付诸表决。\n\n进行举手表决。\n\n"
      "赞成：\n阿尔及利亚、丹麦、法国、希腊、圭亚那、巴基斯\n坦、巴拿马、大韩民国、塞拉利昂、"
      "斯洛文尼亚、\n\n索马里、大不列颠及北爱尔兰联合王国、美利坚合\n众国\n\n反对：\n俄罗斯联邦\n\n"
      "弃权：\n中国\n\n主席（以英语发言）：决议草案获得13票赞成、1票反对、1票弃权。\n",
      "S/PV.9985", "2025-10-08");
  const auto votes = blocksOf(reading.meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 1u);
  ASSERT_EQ(votes[0]->vote.lists.size(), 3u);
  EXPECT_EQ(votes[0]->vote.lists[0].count(), 13);
}

// In column text a vote's label begins its list whatever the width of the
// State's line before it; a list of none ("None") is the list, not a heading.
TEST(Votes, InColumnTextALabelAfterAFullLineBeginsItsList) {
  const RawReading reading = readColumnText(
      "en",
      "The meeting was called to order at 10.05 a.m.\n"
      "The President: I shall put the draft resolution to the vote now.\n"
      "A vote was taken by show of hands.\nIn favour:\nAlgeria, China\nAgainst:\n"
      "United States of America\nAbstaining:\nNone\nThe meeting rose at 11.30 a.m.\n",
      "S/PV.9610", "2024-04-29");
  EXPECT_EQ(reading.dialect, "column-text");
  const auto votes = blocksOf(reading.meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 1u);
  ASSERT_EQ(votes[0]->vote.lists.size(), 3u);
  EXPECT_EQ(votes[0]->vote.lists[1].count(), 1);
  EXPECT_EQ(votes[0]->vote.lists[2].count(), 0);
  EXPECT_TRUE(blocksOf(reading.meeting, BlockKind::Heading).empty());
}

// Arabic prints a passive's vowel mark or leaves it out ("رُفعت", "رفعت"): the
// procedural lines, the results and the chair's formulas match either way.
TEST(Procedure, ArabicVowelMarksMayBePrintedOrNot) {
  const RawReading reading =
      readIn("ar",
             "افتُتحت الجلسة الساعة 10/05.\nالرئيسة (تكلمت بالإنكليزية): شكرا.\n"
             "عُلقت الجلسة الساعة 10/40 واستُؤنفت الساعة 11/10.\n"
             "الرئيسة (تكلمت بالإنكليزية): شكرا.\nرُفعت الجلسة الساعة 11/30.\n");
  std::vector<NarrativeKind> kinds;
  for (const auto* block : blocksOf(reading.meeting, BlockKind::Narrative))
    kinds.push_back(block->narrative.kind);
  EXPECT_EQ(kinds, (std::vector<NarrativeKind>{NarrativeKind::Opening, NarrativeKind::Suspension,
                                               NarrativeKind::Closing}));
  const RawReading result =
      readIn("ar",
             "أُجري تصويت برفع الأيدي.\nالمؤيدون:\nالجزائر، الصين\nالمعارضون:\n"
             "الولايات المتحدة الأمريكية\nالرئيسة: حصل مشروع القرار على صوتين مؤيدين مقابل "
             "صوت واحد معارض. ولم يُعتمد مشروع القرار.\n");
  const auto quantities = runsOf(result.meeting, InlineKind::Quantity);
  ASSERT_EQ(quantities.size(), 2u);
  EXPECT_EQ(quantities[0].ref, "inFavour");
  EXPECT_TRUE(audited(result, "vote-totals"));
}

// "Я возобновляю выполнение функций Председателя Совета.": the chair's
// national capacity ends with either word for the functions' exercise.
TEST(NationalCapacity, TheRussianChairResumesInEitherWording) {
  for (const char* text : {"Я возобновляю выполнение функций Председателя Совета.",
                           "Я возобновляю исполнение функций Председателя Совета."})
    EXPECT_TRUE(grammarOf("ru").resumesPresidency(text)) << text;
}

// --- references ----------------------------------------------------------------------

// A resolution cited by its number is a link to it: the Council's by number
// and year, the Assembly's by session and number; the word stays outside.
TEST(References, AResolutionCitedByNumberIsLinked) {
  struct Case {
    const char* language;
    const char* text;
    const char* linked;
    const char* symbol;
  };
  const Case cases[] = {
      {"en", "France welcomes the adoption of resolution 2448 (2018), which", "2448 (2018)",
       "S/RES/2448(2018)"},
      {"en", "Draft resolution I was adopted (resolution 65/182).", "65/182", "A/RES/65/182"},
      {"fr", "est adopté en tant que résolution 2811 (2026).", "2811 (2026)", "S/RES/2811(2026)"},
      {"es", "queda aprobado (resolución 79/160).", "79/160", "A/RES/79/160"},
      {"ru", "в качестве резолюции 2818 (2026).", "2818 (2026)", "S/RES/2818(2026)"},
      {"ar", "بوصفه القرار 2820 (2026).", "2820 (2026)", "S/RES/2820(2026)"},
      {"ar", "وفقا لقرار مجلس الأمن 2334 (2016) بشأن", "2334 (2016)", "S/RES/2334(2016)"},
      {"ar", "قرار الجمعية العامة 75/1 المؤرخ", "75/1", "A/RES/75/1"},
      {"zh", "厄瓜多尔联署了第2518（2020）号决议，", "2518（2020）", "S/RES/2518(2020)"},
      {"en", "under General Assembly resolution 2758 (XXVI), the", "2758 (XXVI)",
       "A/RES/2758(XXVI)"},
      {"en", "as the Assembly demanded in resolution ES-11/1.", "ES-11/1", "A/RES/ES-11/1"},
      {"fr", "la résolution 1514 (XV) de l’Assemblée", "1514 (XV)", "A/RES/1514(XV)"},
      {"zh", "大会第2758（XXVI）号决议", "2758（XXVI）", "A/RES/2758(XXVI)"},
      // A lettered resolution ("Uniting for peace"), and Arabic's session number.
      {"en", "under resolution 377 A (V), the", "377 A (V)", "A/RES/377(V)"},
      {"fr", "de la résolution 377 A (V) de", "377 A (V)", "A/RES/377(V)"},
      {"ru", "резолюции 377 A (V) Генеральной", "377 A (V)", "A/RES/377(V)"},
      {"ar", "القرار 1991 ألف (د-18)", "1991 ألف (د-18)", "A/RES/1991(XVIII)"},
      {"ar", "قرار الجمعية العامة 377 ألف (د-5)", "377 ألف (د-5)", "A/RES/377(V)"},
      {"zh", "大会第377 A(V)号决议", "377 A(V)", "A/RES/377(V)"},
      // An emergency special session's resolution in Arabic letters, "its
      // resolution" ("قرارها").
      {"ar", "أكدت الجمعية العامة في قرارها دإط-11/1 أن", "دإط-11/1", "A/RES/ES-11/1"},
  };
  for (const auto& c : cases) {
    const auto found = grammarOf(c.language).resolutions(c.text);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].where.in(c.text), c.linked);
    EXPECT_EQ(found[0].symbol, c.symbol);
  }
  EXPECT_TRUE(grammarOf("en").resolutions("in paragraph 12 (2018) of the report").empty());
}

// "resolutions 80/112 and 80/113": every number of the list cites one.
TEST(References, EachResolutionOfAListIsCited) {
  struct Case {
    const char* language;
    const char* text;
    std::vector<std::string> symbols;
  };
  const Case cases[] = {
      {"en",
       "under resolutions 2413 (2018) and 2558 (2020), the",
       {"S/RES/2413(2018)", "S/RES/2558(2020)"}},
      {"en",
       "resolutions ES-11/1, ES-11/2 and ES-11/4 demand",
       {"A/RES/ES-11/1", "A/RES/ES-11/2", "A/RES/ES-11/4"}},
      {"es", "las resoluciones 80/112 y 80/113.", {"A/RES/80/112", "A/RES/80/113"}},
      {"fr",
       "les résolutions 2231 (2015) et 2334 (2016)",
       {"S/RES/2231(2015)", "S/RES/2334(2016)"}},
      {"ru", "резолюции 76/305 и 76/306", {"A/RES/76/305", "A/RES/76/306"}},
      // A number after "and" that is no resolution's is left alone.
      {"en", "resolution 76/305 and 12 other texts", {"A/RES/76/305"}},
      // Arabic-Indic digits as printed; the link's symbol in ASCII.
      {"ar", "(القرار ٨٠/١٢١)", {"A/RES/80/121"}},
  };
  for (const auto& c : cases) {
    std::vector<std::string> symbols;
    for (const auto& found : grammarOf(c.language).resolutions(c.text))
      symbols.push_back(found.symbol);
    EXPECT_EQ(symbols, c.symbols) << c.text;
  }
}

// --- States -------------------------------------------------------------------------------

// Labels print a State's full name in reading order ("(République islamique
// d’Iran)") where lists print it inverted ("Iran (République islamique d’)").
TEST(States, AFullNameInReadingOrderIsTheState) {
  EXPECT_EQ(countryCode("Islamic Republic of Iran", "en"), "IRN");
  EXPECT_EQ(countryCode("République islamique d’Iran", "fr"), "IRN");
  EXPECT_EQ(countryCode("República Islámica del Irán", "es"), "IRN");
  EXPECT_EQ(countryCode("República Bolivariana de Venezuela", "es"), "VEN");
  EXPECT_EQ(countryCode("Исламская Республика Иран", "ru"), "IRN");
  EXPECT_EQ(countryCode("Federated States of Micronesia", "en"), "FSM");
  EXPECT_EQ(countryCode("Estado Plurinacional de Bolivia", "es"), "BOL");
  EXPECT_EQ(countryCode("Republic of Iran", "en"), "");
}

// A State printed two ways in one record ("Venezuela (Bolivarian Republic of)"
// in a vote's list, "(Bolivarian Republic of Venezuela)" in a label) is one
// organisation, which both refer to.
TEST(States, TwoPrintingsOfOneStateAreOneOrganisation) {
  const RawReading reading =
      readIn("en",
             "A recorded vote was taken.\nIn favour:\nChile, Venezuela (Bolivarian Republic of)\n"
             "Against:\nIran (Islamic Republic of)\n\nThe President: The draft resolution was "
             "adopted.\nMr. Rincón (Bolivarian Republic of Venezuela): We voted in favour.\n"
             "Mr. Iravani (Islamic Republic of Iran): We voted against.\n");
  std::vector<std::string> ids;
  for (const auto& org : reading.meeting.organizations) ids.push_back(org.id);
  EXPECT_EQ(std::count(ids.begin(), ids.end(), "ven"), 1);
  EXPECT_EQ(std::count(ids.begin(), ids.end(), "irn"), 1);
  for (const auto& id : ids) EXPECT_EQ(id.find("_2"), std::string::npos) << id;
}

// A record with no cover that gives its symbol (a 1990s Assembly record sets
// it only in the heads of its pages) is named by its heads, and says so.
TEST(Metadata, ARecordWithoutACoverSymbolIsNamedByItsPageHeads) {
  RawOptions options;
  options.meta.language = "en";
  options.meta.date = "1993-11-04";
  auto read = readRawRecord(
      "GENERAL\nASSEMBLY\nFORTY-EIGHTH SESSION\nOfficial Records\n48th PLENARY MEETING\n"
      "Thursday, 4 November 1993, at 10 a.m.\nNEW YORK\nPresident: Mr. INSANALLY (Guyana)\n"
      "The meeting was called to order at 10.20 a.m.\n"
      "The PRESIDENT: I call on the representative of Peru.\n\fA/48/PV.48\n2\n"
      "Mr. POSADA (Peru) (interpretation from Spanish): Thank you, Sir.\n\fA/48/PV. 48\n3\n"
      "The meeting rose at 1 p.m.\n",
      "record.txt", options);
  ASSERT_TRUE(read.ok()) << describe(read.error());
  EXPECT_EQ(read.value().meeting.meta.symbol, "A/48/PV.48");
  EXPECT_TRUE(audited(read.value(), "symbol"));
}

// "Mr. Garayev (Azerbaijan), Rapporteur of the Third Committee:": the office a
// label prints after the State is a role of its own, marked in the label; the
// speaker still speaks as its State's representative.
TEST(People, AnOfficeAfterTheStateIsMarkedAsARole) {
  const RawReading reading =
      readIn("en",
             "Mr. Garayev (Azerbaijan), Rapporteur of the Third Committee: I present the report.\n"
             "Mr. Ka (Senegal), Rapporteur of the Third Committee: I present another.\n");
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 2u);
  EXPECT_EQ(speeches[0]->speech.as, "representative");
  std::vector<std::string> roles;
  for (const auto& role : reading.meeting.roles)
    if (role.name == "Rapporteur of the Third Committee") roles.push_back(role.id);
  ASSERT_EQ(roles.size(), 1u) << "one office, one role";
  int marked = 0;
  for (const auto* speech : speeches)
    for (const auto& run : speech->speech.from)
      marked += run.kind == InlineKind::Role && run.ref == roles[0];
  EXPECT_EQ(marked, 2);
}

// A Rapporteur's office in the label's brackets, where a State would be
// ("布斯塔曼特女士（第三委员会报告员）："), is the office spoken in: a role,
// no organisation (it had been warned as a State no table names).
TEST(People, ARapporteursOfficeInTheBracketsIsARole) {
  struct Case {
    const char* language;
    const char* label;
    const char* office;
  };
  const Case cases[] = {
      {"zh", "布斯塔曼特女士（第三委员会报告员）（以西班牙语发言）：我介绍报告。\n",
       "第三委员会报告员"},
      {"en",
       "Ms. Bustamante (Rapporteur of the Third Committee) (spoke in Spanish): I present it.\n",
       "Rapporteur of the Third Committee"},
      {"es", "La Sra. Bustamante (Relatora de la Tercera Comisión): Presento el informe.\n",
       "Relatora de la Tercera Comisión"},
      {"ru",
       "Г-жа Бустаманте (Докладчик Третьего комитета) (говорит по-испански): Представляю доклад.\n",
       "Докладчик Третьего комитета"},
  };
  for (const auto& c : cases) {
    const RawReading reading = readIn(c.language, c.label);
    const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
    ASSERT_EQ(speeches.size(), 1u) << c.label;
    std::string office;
    for (const auto& role : reading.meeting.roles)
      if (role.id == speeches[0]->speech.as) office = role.name;
    EXPECT_EQ(office, c.office) << c.label;
    EXPECT_TRUE(reading.meeting.organizations.empty() ||
                std::none_of(reading.meeting.organizations.begin(),
                             reading.meeting.organizations.end(),
                             [&](const Organization& org) { return org.name == c.office; }))
        << c.label;
  }
}

// --- procedure ---------------------------------------------------------------------

// "The meeting resumed at 5.15 p.m.", "Члены Совета соблюдают минуту молчания.":
// wordings of procedure printed as lines of their own.
TEST(Procedure, OtherWordingsOfProcedure) {
  struct Case {
    const char* language;
    const char* line;
    NarrativeKind kind;
  };
  const Case cases[] = {
      {"en", "The meeting resumed at 5.15 p.m.", NarrativeKind::Opening},
      {"en", "At the invitation of the President, the tellers took their places.",
       NarrativeKind::Tellers},
      // A person elected, by a majority or by acclamation (blind round AR).
      {"en",
       "Having obtained the required majority, Ms. Annalena Baerbock (Germany) was elected "
       "President of the General Assembly at its eightieth session.",
       NarrativeKind::Election},
      {"en",
       "Ms. Annalena Baerbock (Germany) was elected President of the General Assembly at its "
       "eightieth session by acclamation.",
       NarrativeKind::Election},
      {"en",
       "Having obtained an absolute majority of votes in both the General Assembly and the "
       "Security Council, Mr. Juan Pérez (Mexico) was elected a member of the International "
       "Court of Justice for a term of office beginning on 6 February 2027.",
       NarrativeKind::Election},
      // "Vice -" / "President" joined without its hyphen by the default extraction.
      {"en",
       "In the absence of the President, Mr. Muhith (Bangladesh), Vice President, took the Chair.",
       NarrativeKind::ChairChange},
      // A resumed meeting's record of the 1990s dates it.
      {"en", "The meeting resumed at 10.20 a.m. on Tuesday, 28 February 1995.",
       NarrativeKind::Opening},
      {"ru", "Члены Совета соблюдают минуту молчания.", NarrativeKind::Silence},
      {"ru",
       "Члены Генеральной Ассамблеи соблюдают минуту молчания, посвященную молитве или "
       "размышлению.",
       NarrativeKind::Silence},
      {"zh", "会议于上午11时20分暂停。", NarrativeKind::Suspension},
      {"zh", "会议于中午12时05分复会。", NarrativeKind::Opening},
      {"zh", "安理会成员起立默哀一分钟。", NarrativeKind::Silence},
      {"zh", "进行无记名投票表决。", NarrativeKind::VoteTaken},
      {"zh", "主席重新主持会议。", NarrativeKind::ChairChange},
      {"ar", "نظرا لغياب الرئيس، تولى الرئاسة نائب الرئيس، السيد كامارا (سيراليون).",
       NarrativeKind::ChairChange},
      {"ar", "في غياب الرئيسة، تولت الرئاسة نائبة الرئيس، السيدة حسن (مصر).",
       NarrativeKind::ChairChange},
      {"ar", "استأنف الرئيس رئاسة الجلسة.", NarrativeKind::ChairChange},
      {"ar", "وقد تقرر ذلك.", NarrativeKind::Decision},
  };
  for (const auto& c : cases) expectProcedural(c.language, c.line, c.kind);
}

// The Vice-President who took the chair speaks as the chair until the
// President returns to it ("主席重新主持会议。"): the President's turns after that
// are the President's again.
TEST(Chair, TheChairReturnsToThePresident) {
  const RawReading reading =
      readIn("zh",
             "主席缺席，副主席卡马拉先生（塞拉利昂）主持会议。\n上午10时05分开会。\n"
             "代理主席（以英语发言）：我请中国代表发言。\n傅聪先生（中国）：谢谢。\n"
             "主席重新主持会议。\n主席（以英语发言）：我们听取了最后一位发言者的发言。\n");
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 3u);
  EXPECT_NE(speeches[0]->speech.by, speeches[2]->speech.by)
      << "the President, not the Vice-President, speaks after the return";
}

// Column text: a line that begins a heading of its own ("(a) …", "决议草案…")
// is never the rest of the heading line before it, however full that was.
TEST(Headings, InColumnTextASubItemBeginsAHeadingOfItsOwn) {
  const RawReading reading = readColumnText(
      "zh",
      "上午10时05分开会。\n议程项目68（续）\n促进和保护儿童权利\n(a) 促进和保护儿童权利\n"
      "决议草案（A/80/"
      "L.21）\n主席（以英语发言）：大会现在就决议草案作出决定。\n下午1时10分散会。\n",
      "A/80/PV.46", "2025-06-12");
  EXPECT_EQ(reading.dialect, "column-text");
  EXPECT_EQ(blocksOf(reading.meeting, BlockKind::Heading).size(), 4u);
}

// Column text of an Assembly record: a procedural sentence wrapped at the
// column's width, or broken by a column break; a vote's list broken inside a
// State's name by a column break ("…、尼" / "" / "日利亚、…"); an item's heading
// right after a speech. Each is what it is, not a heading or a speech's text.
TEST(Headings, InColumnTextWrappedProcedureListsAndItemsAfterSpeeches) {
  const RawReading reading = readColumnText(
      "zh",
      " 主席缺席，副主席马图西先生（博茨瓦纳）主持\n会议。\n\n上午10时05分开会。\n"
      "议程项目73（续）\n促进和保护人权\n"
      "代理主席（以英语发言）：大会现在就决议草案作出决\n定。已要求进行记录表决。\n"
      "进行了记录表决。\n赞成：\n阿尔巴尼亚、安道尔、奥地利、比利时、尼\n\n日利亚、挪威\n"
      "反对：\n以色列\n弃权：\n日本\n"
      "决议草案以6票赞成、1票反对、1票弃权获得\n\n通过（第80/30号决议）。\n"
      "代理主席（以英语发言）：大会就此结束对议程项目\n73的审议阶段。\n\n"
      "议程项目 27（续）\n社会发展\n"
      "代理主席（以英语发言）：大会面前有一项决议草案。\n下午1时散会。\n",
      "A/80/PV.40", "2025-12-15");
  const Meeting& meeting = reading.meeting;
  EXPECT_EQ(reading.dialect, "column-text");
  std::vector<NarrativeKind> kinds;
  for (const auto* block : blocksOf(meeting, BlockKind::Narrative))
    kinds.push_back(block->narrative.kind);
  EXPECT_EQ(kinds, (std::vector<NarrativeKind>{NarrativeKind::ChairChange, NarrativeKind::Opening,
                                               NarrativeKind::VoteTaken, NarrativeKind::Decision,
                                               NarrativeKind::Closing}));
  const auto votes = blocksOf(meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 1u);
  ASSERT_EQ(votes[0]->vote.lists.size(), 3u);
  EXPECT_EQ(votes[0]->vote.lists[0].count(), 6);
  std::vector<std::string> headings;
  for (const auto* block : blocksOf(meeting, BlockKind::Heading))
    headings.push_back(plainText(block->heading.text.content));
  // "议程项目 27（续）" as printed, its space beside the number taken out as
  // the text's other digits have none.
  EXPECT_EQ(headings, (std::vector<std::string>{"议程项目73（续）", "促进和保护人权",
                                                "议程项目27（续）", "社会发展"}));
}

// Column text of a Council vote: the list in favour wraps over four lines,
// set narrower than the column, a State's name broken at a line's end
// ("…、阿拉" / "伯联合酋长国、…"). One list of 13 (round AW: its first line
// only, the rest an agenda item's heading).
TEST(Headings, InColumnTextAWrappedVoteListIsOneList) {
  const RawReading reading = readColumnText(
      "zh",
      "上午10时05分开会。\n\n马里局势\n\n"
      "德里维埃先生（法国）（以法语发言）：制裁制度\n是支持执行《马里和平与和解协议》的重要工具。\n"
      "它不针对马里人民，也不针对马里国家，而是针对\n阻碍和平进程、侵犯人权和阻挠人道主义援助的个\n"
      "人。专家小组提供的独立信息对安理会至关重要。\n在马里稳定团撤离之际，放弃这一工具将向那些企\n"
      "图破坏和平进程的人发出错误信号。\n\n"
      "主席（以英语发言）：安理会准备就其面前的决\n议草案进行表决。我现在将决议草案S/2023/638付\n"
      "诸表决。\n\n进行举手表决。\n\n赞成：\n"
      "阿尔巴尼亚、巴西、厄瓜多尔、法国、加蓬、\n加纳、日本、马耳他、莫桑比克、瑞士、阿拉\n"
      "伯联合酋长国、大不列颠及北爱尔兰联合王\n国、美利坚合众国\n\n反对：\n俄罗斯联邦\n\n"
      "弃权：\n中国\n\n主席（以英语发言）：表决结果如下：赞成13\n票，反对1票，弃权1票。由于"
      "安理会一个常任理事\n国投了反对票，该决议草案未获通过。\n\n下午1时散会。\n",
      "S/PV.9411", "2023-08-30");
  const Meeting& meeting = reading.meeting;
  EXPECT_EQ(reading.dialect, "column-text");
  const auto votes = blocksOf(meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 1u);
  ASSERT_EQ(votes[0]->vote.lists.size(), 3u);
  EXPECT_EQ(votes[0]->vote.lists[0].count(), 13);
  EXPECT_EQ(blocksOf(meeting, BlockKind::Heading).size(), 1u);  // "马里局势" alone
}

// Column text of a Council record: the next item's title, with no number,
// after the chair's last sentence and over a label, heads the item; the
// chair's words that end on a colon, and the statement quoted after them,
// are two paragraphs, a column's blank line between them or not.
TEST(Headings, InColumnTextAnItemsTitleOverALabelHeadsTheItem) {
  const RawReading reading = readColumnText(
      "zh",
      "上午10时05分开会。\n南苏丹局势\n主席（以英语发言）：安全理事会现在开始审议。\n"
      "主席（以英语发言）：安全理事会就此结束了本\n阶段对其议程上项目的审议。\n\n"
      "维护国际和平与安全\n加强安全理事会与非洲联盟之间的伙伴关系\n\n"
      "主席（以英语发言）：安全理事会现在开始审议\n其议程上的项目。\n\n"
      "在与安理会成员协商后，安全理事会主席代表安\n理会发表以下声明：\n\n"
      "“安全理事会重申其根据《联合国宪章》负有维\n护国际和平与安全的首要责任。”\n"
      "下午1时10分散会。\n",
      "S/PV.9998", "2025-09-24");
  std::vector<std::string> headings;
  for (const auto* block : blocksOf(reading.meeting, BlockKind::Heading))
    headings.push_back(plainText(block->heading.text.content));
  EXPECT_EQ(headings, (std::vector<std::string>{"南苏丹局势", "维护国际和平与安全",
                                                "加强安全理事会与非洲联盟之间的伙伴关系"}));
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_FALSE(speeches.empty());
  EXPECT_EQ(speeches.back()->speech.items.size(), 3u)
      << "the item's opening, the colon's paragraph and the statement";
}

// French sets a space before its closing guillemet: the sentence it closes
// has ended ("… sans justice. »").
TEST(Procedure, ASentenceEndsBeforeASpacedClosingGuillemet) {
  EXPECT_TRUE(grammarOf("fr").endsSentence("« Aucune paix n’est possible sans justice. »"));
  EXPECT_TRUE(grammarOf("fr").endsSentence("« Aucune paix n’est possible sans justice.\u00A0»"));
  EXPECT_FALSE(grammarOf("fr").endsSentence("« Aucune paix n’est possible sans »"));
  // A style of several words before a name, at a line's end, ends no
  // sentence (round BE: "…, S. E." / "M. Tomás …" had split a paragraph).
  EXPECT_FALSE(grammarOf("fr").endsSentence("au Président de la République du Paraguay, S. E."));
  EXPECT_FALSE(grammarOf("en").endsSentence("to the President of Paraguay, H.E."));
  EXPECT_TRUE(grammarOf("fr").endsSentence("Elle a été adoptée par la S.E.C."));
  // Arabic closes a quotation with the mark turned: "…النزاعات.“".
  EXPECT_TRUE(grammarOf("ar").endsSentence("”ويطلب المجلس منع نشوب النزاعات.“"));
  EXPECT_FALSE(grammarOf("ar").endsSentence("”ويطلب المجلس منع نشوب“"));
}

// A change of chair that opens the record, wrapped over three lines with the
// Vice-President's name broken, is one procedural line naming the whole name.
TEST(Chair, AChangeOfChairOverThreeLinesBeforeTheOpeningNamesTheWholeName) {
  const RawReading reading =
      readIn("es",
             "En ausencia del Presidente, la Sra. Rodríguez\n"
             "Abreu (República Dominicana), Vicepresidenta, ocupa\nla Presidencia.\n"
             "Se abre la sesión a las 10.05 horas.\n"
             "La Presidenta interina: La Asamblea General examinará ahora el tema 74.\n");
  const auto narratives = blocksOf(reading.meeting, BlockKind::Narrative);
  ASSERT_GE(narratives.size(), 2u);
  EXPECT_EQ(narratives[0]->narrative.kind, NarrativeKind::ChairChange);
  EXPECT_TRUE(blocksOf(reading.meeting, BlockKind::Heading).empty());
  std::vector<std::string> people;
  for (const auto& person : reading.meeting.people) people.push_back(person.name);
  EXPECT_NE(std::find(people.begin(), people.end(), "Sra. Rodríguez Abreu"), people.end());
}

// "At the invitation of the President, Mr. Peleg (Israel) took a seat at the
// Council table; …": who takes a seat, said by the record, not by a speaker,
// in a turn or before one, wrapped or not.
TEST(Procedure, ASeatTakenAtTheInvitationOfTheChairIsProcedure) {
  const RawReading reading =
      readIn("en",
             "The President: There being no objection, it is so decided.\n"
             "At the invitation of the President, Mr. Peleg (Israel)\n"
             "took a seat at the Council table; Mr. Al-Khalifa\n"
             "(Qatar) took the seat reserved for him at the side of\nthe Council Chamber.\n"
             "The President: I give the floor to the representative of Qatar.\n");
  const auto narratives = blocksOf(reading.meeting, BlockKind::Narrative);
  ASSERT_EQ(narratives.size(), 1u);
  EXPECT_EQ(narratives[0]->narrative.kind, NarrativeKind::Seating);
  EXPECT_EQ(blocksOf(reading.meeting, BlockKind::Speech).size(), 2u);
  struct Case {
    const char* language;
    const char* line;
  };
  const Case cases[] = {
      {"en",
       "At the invitation of the President, Mr. Jones (Liberia) took a place at the "
       "Council table."},
      {"fr",
       "Sur l’invitation du Président, M. Peleg (Israël) prend place à la table du "
       "Conseil."},
      {"es",
       "Por invitación del Presidente, el Sr. Peleg (Israel) ocupa un asiento a la mesa "
       "del Consejo."},
      {"ru", "По приглашению Председателя г-н Пелег (Израиль) занимает место за столом Совета."},
      {"ar", "بناء على دعوة من الرئيس، شغل السيد بيليغ (إسرائيل) مقعدا إلى طاولة المجلس."},
      {"zh", "应主席邀请，佩莱格先生（以色列）在安理会议席就座。"},
  };
  for (const auto& c : cases) expectProcedural(c.language, c.line, NarrativeKind::Seating);
  EXPECT_FALSE(grammarOf("en")
                   .probeProcedural("At the invitation of the President, we met in Geneva.")
                   .match);
}

// "Abstenciones:" / "Ninguna": Spanish says "none" in the gender of the list's
// noun, and either is an empty list.
TEST(Votes, ASpanishEmptyListSaysNoneInEitherGender) {
  const RawReading reading =
      readIn("es",
             "Se procede a votación a mano alzada.\nVotos a favor:\nArgelia, China\n"
             "Votos en contra:\nNinguno\nAbstenciones:\nNinguna\n"
             "La Presidenta: El proyecto de resolución ha recibido 2 votos a favor. El proyecto "
             "de resolución ha sido aprobado.\n");
  const auto votes = blocksOf(reading.meeting, BlockKind::Vote);
  ASSERT_EQ(votes.size(), 1u);
  ASSERT_EQ(votes[0]->vote.lists.size(), 3u);
  EXPECT_EQ(votes[0]->vote.lists[0].count(), 2);
  EXPECT_EQ(votes[0]->vote.lists[1].count(), 0);
  EXPECT_EQ(votes[0]->vote.lists[2].count(), 0);
}

// "Г-н де Ривьер (Франция):", "Дама Барбара Вудворд (Соединенное Королевство):":
// a Russian name may begin with a particle, and a title may be British.
TEST(Labels, RussianNamesWithAParticleOrATitle) {
  for (const char* text :
       {"Г-н де Ривьер (Франция) (говорит по-французски): Франция сожалеет.",
        "Дама Барбара Вудворд (Соединенное Королевство) (говорит по-английски): Спасибо."}) {
    const auto label = grammarOf("ru").label(text);
    ASSERT_TRUE(label.has_value()) << text;
    EXPECT_TRUE(label->country.found()) << text;
  }
  EXPECT_TRUE(
      grammarOf("ru").resumesPresidency("Сейчас я вновь выполняю функции Председателя "
                                        "Совета."));
}

// "THE SITUATION IN LIBERIA" / "FOURTH PROGRESS REPORT OF THE SECRETARY-GENERAL
// …": the 1990s set headings in capitals, and they read as the mixed case does;
// "TRANSMITTING THE REPORT OF …" goes on the line before it.
TEST(Headings, TheNinetiesCapitalsReadAsMixedCase) {
  const Grammar& english = grammarOf("en");
  EXPECT_TRUE(english.isAgendaHeading("ADOPTION OF THE AGENDA"));
  EXPECT_TRUE(english.startsHeading("FOURTH PROGRESS REPORT OF THE SECRETARY-GENERAL ON THE"));
  EXPECT_TRUE(english.startsHeading("Fourth progress report of the Secretary-General on the"));
  EXPECT_TRUE(english.startsHeading("LETTER DATED 3 JUNE 1994 FROM THE PERMANENT"));
  EXPECT_FALSE(english.startsHeading("TRANSMITTING THE REPORT OF THE AGENCY"));
  // Round AY: in every language, the agenda's adoption and the cover's items
  // in capitals ("ПОЛОЖЕНИЕ НА ОККУПИРОВАННЫХ АРАБСКИХ ТЕРРИТОРИЯХ" under a
  // cover that sets it in mixed case).
  EXPECT_TRUE(grammarOf("ru").isAgendaHeading("УТВЕРЖДЕНИЕ ПОВЕСТКИ ДНЯ"));
  EXPECT_TRUE(grammarOf("fr").isAgendaHeading("ADOPTION DE L’ORDRE DU JOUR"));
  EXPECT_TRUE(grammarOf("es").isAgendaHeading("APROBACIÓN DEL ORDEN DEL DÍA"));
  const std::vector<std::string> agenda = {"Положение на оккупированных арабских территориях",
                                           "Положение в Таджикистане"};
  const Grammar& russian = grammarOf("ru");
  EXPECT_TRUE(russian.beginsTitle(agenda, "ПОЛОЖЕНИЕ НА ОККУПИРОВАННЫХ АРАБСКИХ ТЕРРИТОРИЯХ"));
  EXPECT_TRUE(russian.beginsTitle(agenda, "ПОЛОЖЕНИЕ В ТАДЖИКИСТАНЕ"));
  EXPECT_TRUE(russian.beginsTitle(agenda, "ПОЛОЖЕНИЕ НА ОККУПИРОВАННЫХ"));
  EXPECT_FALSE(russian.beginsTitle(agenda, "ПОЛОЖЕНИЕ НА ОККУПИРОВАННЫХ АРАБСКИХ ТЕРРИТОРИЯХ И"));
  EXPECT_FALSE(russian.beginsTitle(agenda, "ПОЛОЖЕНИЕ НА ОККУПИРОВАННЫХ АРАБ"));
}

// "(c) Election of five members of the International Court of Justice" /
// "Memorandum by the Secretary-General (A/81/311)": a memorandum under its
// item is a heading of its own, as a report or a note is, in every language.
TEST(Headings, AMemorandumUnderItsItemIsAHeadingOfItsOwn) {
  EXPECT_TRUE(grammarOf("en").startsHeading("Memorandum by the Secretary-General (A/81/311)"));
  EXPECT_TRUE(grammarOf("fr").startsHeading("Mémorandum du Secrétaire général (A/81/311)"));
  EXPECT_TRUE(grammarOf("es").startsHeading("Memorando del Secretario General (A/81/311)"));
  EXPECT_TRUE(grammarOf("ru").startsHeading("Меморандум Генерального секретаря (A/81/311)"));
  EXPECT_TRUE(grammarOf("zh").startsHeading("秘书长的备忘录（A/81/311）"));
  EXPECT_FALSE(grammarOf("en").startsHeading("memorandum by the Secretary-General, which"));
}

// The 1990s set headings in capitals: one that ends in a colon, where the
// line happened to break, is a heading still, not a narrative that cut its item.
TEST(Headings, AHeadingInCapitalsEndingInAColonIsAHeading) {
  const RawReading reading =
      readIn("en",
             "AGENDA ITEM 17 (continued)\n"
             "APPOINTMENTS TO FILL VACANCIES IN\n"
             "SUBSIDIARY ORGANS AND OTHER APPOINTMENTS\n"
             "(f) CONFIRMATION OF THE APPOINTMENT OF\n"
             "MEMBERS OF THE INVESTMENTS COMMITTEE:\n"
             "NOTE BY THE SECRETARY-GENERAL\n"
             "(A/48/103/Add.1)\n"
             "The PRESIDENT: The Fifth Committee recommends the appointment.\n",
             "A/48/PV.110");
  ASSERT_EQ(reading.meeting.sections.size(), 1u);
  EXPECT_TRUE(blocksOf(reading.meeting, BlockKind::Narrative).empty());
  EXPECT_EQ(blocksOf(reading.meeting, BlockKind::Heading).size(), 4u);
}

// Items taken together, in every language: one heading.
TEST(Headings, AgendaItemsTakenTogetherAreOneItemsHeading) {
  const std::pair<const char*, const char*> headings[] = {
      {"en", "Agenda items 68 and 69 (continued)"},
      {"fr", "Points 68 et 69 de l’ordre du jour (suite)"},
      {"es", "Temas 68 y 69 del programa (continuación)"},
      {"ru", "Пункты 68 и 69 повестки дня (продолжение)"},
      {"ar", "البندان 68 و 69 من جدول الأعمال (تابع)"},
      {"zh", "议程项目68和69（续）"},
      {"zh", "议程项目12、13和14"},
  };
  for (const auto& [language, heading] : headings)
    EXPECT_TRUE(grammarOf(language).isAgendaItemHeading(heading)) << heading;
}

// "البند 38 من جدول الأعمال" / "الحالة في الشرق الأوسط": one agenda item ("البند")
// or several ("البنود"), its number a heading of its own over its title.
TEST(Headings, AnArabicAgendaItemIsAHeadingOverItsTitle) {
  const Grammar& arabic = grammarOf("ar");
  EXPECT_TRUE(arabic.isAgendaItemHeading("البند 38 من جدول الأعمال"));
  EXPECT_TRUE(arabic.isAgendaItemHeading("البنود 38 و 39 من جدول الأعمال (تابع)"));
  const RawReading reading =
      readIn("ar",
             "افتتحت الجلسة الساعة 15/10.\nالبند 38 من جدول الأعمال\nالحالة في الشرق الأوسط\n"
             "الرئيس (تكلم بالإنكليزية): أعطي الكلمة الآن للأمين العام.\n");
  const auto headings = blocksOf(reading.meeting, BlockKind::Heading);
  ASSERT_EQ(headings.size(), 2u);
  EXPECT_FALSE(headings[0]->heading.sub);
  EXPECT_TRUE(headings[1]->heading.sub);
}

// A record in a language with labels where not one label was read (its
// lines reversed, say) converts with its text kept, and a warning.
TEST(Labels, ARecordWithoutOneSpeakerIsWarnedOf) {
  const RawReading reversed = readIn("ar", ".01/51 ةعاسلا ةسلجلا تحتتفا\n.ةصرفلا هذه ةحاتإ ىلع\n");
  ASSERT_FALSE(reversed.audit.warnings().empty());
  EXPECT_NE(reversed.audit.warnings().back().message.find("no speaker"), std::string::npos);
  const RawReading spoken = readIn("ar", "الرئيس (تكلم بالإنكليزية): أعطي الكلمة الآن.\n");
  for (const auto& warning : spoken.audit.warnings())
    EXPECT_EQ(warning.message.find("no speaker"), std::string::npos);
}

// "President Kibaki:", "Prime Minister Modi:": Heads of State and Government
// are labelled by their office; "President." ending a line is no label.
TEST(Labels, AHeadOfStateIsLabelledByOffice) {
  const Grammar& english = grammarOf("en");
  for (const char* text : {"President Kibaki: It is a great honour for Kenya.",
                           "Prime Minister Modi: I thank the President."}) {
    const auto label = english.label(text);
    ASSERT_TRUE(label.has_value()) << text;
    EXPECT_FALSE(label->country.found());
  }
  EXPECT_FALSE(english.label("President. Mr. Mansour (Palestine): Palestine thanks").has_value());
  EXPECT_TRUE(english.label("Mr. Mansour (Palestine): Palestine thanks").has_value());
}

// A meeting that runs past midnight: "12.20 a.m." is twenty past midnight, and
// a time long before the last one falls on the next day.
TEST(Procedure, AMeetingThatRunsPastMidnightGoesOnTheNextDay) {
  const RawReading reading =
      readIn("en",
             "The meeting was called to order at 10.10 p.m.\nThe President: I thank him.\n"
             "The meeting was suspended at 11.50 p.m. and resumed at 12.20 a.m.\n"
             "The President: I thank her.\nThe meeting rose at 1.15 a.m.\n");
  std::vector<std::string> times;
  for (const auto& run : runsOf(reading.meeting, InlineKind::Time)) times.push_back(run.ref);
  EXPECT_EQ(times, (std::vector<std::string>{"2024-12-05T22:10:00", "2024-12-05T23:50:00",
                                             "2024-12-06T00:20:00", "2024-12-06T01:15:00"}));
  const auto noon = grammarOf("en").times("rose at 12.15 p.m.");
  ASSERT_EQ(noon.size(), 1u);
  EXPECT_EQ(noon[0].hour, 12);
  // Chinese "中午" (noon) straddles 12: its 11 is the morning's, its 1 the afternoon's.
  std::vector<int> hours;
  for (const char* text : {"中午11时40分", "中午12时05分", "中午1时", "下午3时", "上午12时10分"})
    for (const auto& time : grammarOf("zh").times(text)) hours.push_back(time.hour);
  EXPECT_EQ(hours, (std::vector<int>{11, 12, 13, 15, 0}));
}

// "There were 12 votes in favour, 3 against and no abstentions." (a vote on a
// procedural matter), and the Russian result with no one against.
TEST(RecordedVotes, OtherWordingsOfTheResult) {
  const RawReading english = readIn(
      "en",
      "A vote was taken by show of hands.\nIn favour:\nAlgeria, China\nAgainst:\nFrance\n"
      "The President: There were 2 votes in favour, 1 against and no abstentions. The "
      "provisional agenda has been adopted, having received the required number of votes.\n");
  std::vector<std::string> counts;
  for (const auto& run : runsOf(english.meeting, InlineKind::Quantity))
    counts.push_back(run.ref + "=" + run.text);
  EXPECT_EQ(counts, (std::vector<std::string>{"inFavour=2", "against=1", "abstaining=no"}));
  const RawReading russian =
      readIn("ru",
             "Проводится заносимое в отчет о заседании голосование.\nГолосовали за:\n"
             "Алжир, Китай\nВоздержались:\nФранция\nПредседатель (говорит по-английски): "
             "Проект резолюции принимается 3 голосами при 1 воздержавшемся (резолюция 79/200).\n");
  bool warned = false;
  for (const auto& warning : russian.audit.warnings())
    warned = warned || warning.message.find("differs from its lists") != std::string::npos;
  EXPECT_TRUE(warned) << "3 announced, 2 listed";
}

// The general debate: a Head of State is escorted into the Hall and from it,
// said by the record between the President's words and the Head of State's.
TEST(Procedure, AHeadOfStateEscortedInAndOutIsProcedure) {
  const RawReading reading =
      readIn("en",
             "Address by Mr. Mwai Kibaki, President of the Republic of Kenya\n"
             "The President: The Assembly will now hear an address by the President of Kenya.\n"
             "Mr. Mwai Kibaki, President of the Republic of Kenya, was escorted into the General\n"
             "Assembly Hall.\nThe President: I invite him to address the Assembly.\n"
             "President Kibaki: It is an honour to address the Assembly.\n"
             "The President: I thank the President of the Republic of Kenya.\n"
             "Mr. Mwai Kibaki, President of the Republic of Kenya, was escorted from the General\n"
             "Assembly Hall.\n");
  std::vector<NarrativeKind> kinds;
  for (const auto* block : blocksOf(reading.meeting, BlockKind::Narrative))
    kinds.push_back(block->narrative.kind);
  EXPECT_EQ(kinds, (std::vector<NarrativeKind>{NarrativeKind::Escort, NarrativeKind::Escort}));
  EXPECT_EQ(blocksOf(reading.meeting, BlockKind::Speech).size(), 4u);
  struct Case {
    const char* language;
    const char* line;
  };
  const Case cases[] = {
      {"fr",
       "M. Mwai Kibaki, Président de la République du Kenya, est escorté dans la salle de "
       "l’Assemblée générale."},
      {"es",
       "El Sr. Mwai Kibaki, Presidente de la República de Kenya, es acompañado al Salón de "
       "la Asamblea General."},
      {"ru",
       "Президента Республики Кения г-на Мваи Кибаки сопровождают в зал Генеральной "
       "Ассамблеи."},
      // A head of government by another name.
      {"ru",
       "Председателя Совета министров Итальянской Республики г-жу Джорджу Мелони "
       "сопровождают на трибуну."},
      {"ar", "اصطُحب السيد مواي كيباكي، رئيس جمهورية كينيا، إلى قاعة الجمعية العامة."},
      {"zh", "肯尼亚共和国总统姆瓦伊·齐贝吉先生在陪同下进入大会堂。"},
  };
  for (const auto& c : cases) expectProcedural(c.language, c.line, NarrativeKind::Escort);
}

// The general debate in every language: Heads of State and Government by
// their office, with the article French and Spanish set before it; Spanish
// labels with their article; prelates; a State printed with its own brackets.
TEST(Labels, HeadsOfStateArticlesPrelatesAndBracketedStates) {
  struct Case {
    const char* language;
    const char* text;
    const char* speaker;
    const char* country;  // empty: none
  };
  const Case cases[] = {
      {"fr", "Le Président Ruto (parle en anglais) : Je salue l’Assemblée.", "Président Ruto", ""},
      {"fr", "Le Roi Abdallah II (parle en arabe) : Je salue l’Assemblée.", "Roi Abdallah II", ""},
      {"es", "El Presidente Ruto (habla en inglés): Saludo a la Asamblea.", "Presidente Ruto", ""},
      {"es", "El Sr. Lavrov (Federación de Rusia) (habla en ruso): Gracias.", "Sr. Lavrov",
       "Federación de Rusia"},
      {"es", "Arzobispo Caccia (Santa Sede) (habla en inglés): Gracias.", "Arzobispo Caccia",
       "Santa Sede"},
      {"ru", "Президент Руто (говорит по-английски): Приветствую Ассамблею.", "Президент Руто", ""},
      {"ar", "الرئيس روتو (تكلم بالإنكليزية): أحيي الجمعية.", "الرئيس روتو", ""},
      {"zh", "鲁托总统（以英语发言）：我向大会致意。", "鲁托总统", ""},
      {"zh", "卡奇亚大主教（罗马教廷）（以英语发言）：谢谢。", "卡奇亚大主教", "罗马教廷"},
      // Beyond the six, with the interpretation the delegation provided.
      {"zh", "黄浚局先生（大韩民国）（以韩语发言；英文口译由代表团提供）：大韩民国投票赞成。",
       "黄浚局先生", "大韩民国"},
      {"fr", "M. Moncada (Venezuela (République bolivarienne du)) : Merci.", "M. Moncada",
       "Venezuela (République bolivarienne du)"},
      {"en", "Mr. Ravanchi (Iran (Islamic Republic of)) (spoke in Farsi): Thank you.",
       "Mr. Ravanchi", "Iran (Islamic Republic of)"},
      // Round AX: a surname that is a title ("Ms. Inga Rhonda King", 2020–2021).
      {"en", "Ms. King (Saint Vincent and the Grenadines): I thank the presidency.", "Ms. King",
       "Saint Vincent and the Grenadines"},
      {"en", "Ms. Bishop (Australia): I thank you, Madam President.", "Ms. Bishop", "Australia"},
      // Round AW: the Chinese State's own bracket, full width.
      {"zh", "略伦蒂·索利斯先生（玻利维亚（多民族国））（以西班牙语发言）：谢谢。",
       "略伦蒂·索利斯先生", "玻利维亚（多民族国）"},
      {"zh", "蒙卡达先生（委内瑞拉（玻利瓦尔共和国））：谢谢主席。", "蒙卡达先生",
       "委内瑞拉（玻利瓦尔共和国）"},
  };
  for (const auto& c : cases) expectLabel(c.language, c.text, c.speaker, c.country);
  EXPECT_EQ(countryCode("罗马教廷", "zh"), "VAT");
  const auto acting = grammarOf("es").label("El Presidente Interino (habla en inglés): Gracias.");
  ASSERT_TRUE(acting.has_value());
  ASSERT_NE(acting->title, nullptr);
  EXPECT_EQ(acting->title->roleId, "actingPresident");
}

// "Address by Mr. X, President of …" after a speech: a subheading of the item,
// which goes on; the heading and the escort line after it stay apart.
TEST(Headings, AnAddressInTheGeneralDebateIsASubheadingOfTheItem) {
  const RawReading reading =
      readIn("en",
             "Agenda item 8 (continued)\nGeneral debate\n"
             "Address by Mr. William Samoei Ruto, President of the Republic of Kenya\n"
             "Mr. William Samoei Ruto, President of the Republic of Kenya, was escorted into the\n"
             "General Assembly Hall.\nPresident Ruto: I greet the Assembly.\n"
             "Mr. Lavrov (Russian Federation) (spoke in Russian): We have heard much.\n"
             "Address by Mr. Ismail Omar Guelleh, President of the Republic of Djibouti\n"
             "The President: I welcome President Guelleh.\n");
  std::vector<std::pair<std::string, bool>> headings;
  for (const auto* block : blocksOf(reading.meeting, BlockKind::Heading))
    headings.emplace_back(plainText(block->heading.text.content), block->heading.sub);
  ASSERT_EQ(headings.size(), 4u);
  EXPECT_EQ(headings[2],
            std::pair(std::string("Address by Mr. William Samoei Ruto, President of the Republic "
                                  "of Kenya"),
                      true));
  EXPECT_TRUE(headings[3].second) << headings[3].first;
  for (const auto& section : reading.meeting.sections) EXPECT_NE(section.kind, SectionKind::Other);
  const auto narratives = blocksOf(reading.meeting, BlockKind::Narrative);
  ASSERT_EQ(narratives.size(), 1u);
  EXPECT_EQ(narratives[0]->narrative.kind, NarrativeKind::Escort);
  // "President Ruto:" speaks in the office the address's heading names, for
  // the State it names.
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_GE(speeches.size(), 1u);
  EXPECT_EQ(speeches[0]->speech.by, "ruto");
  EXPECT_EQ(speeches[0]->speech.as, "presidentoftherepublicofkenya");
  const auto office =
      std::find_if(reading.meeting.roles.begin(), reading.meeting.roles.end(),
                   [](const Role& role) { return role.id == "presidentoftherepublicofkenya"; });
  ASSERT_NE(office, reading.meeting.roles.end());
  EXPECT_EQ(office->name, "President of the Republic of Kenya");
  EXPECT_NE(std::find_if(reading.meeting.organizations.begin(), reading.meeting.organizations.end(),
                         [](const auto& org) { return org.id == "ken"; }),
            reading.meeting.organizations.end());
  for (const auto& [language, line] :
       {std::pair<const char*, const char*>{"fr",
                                            "Allocution de M. William Samoei Ruto, Président"},
        {"es", "Discurso del Sr. William Samoei Ruto, Presidente de la República de Kenya"},
        {"ru", "Выступление Президента Республики Кения г-на Уильяма Самоэя Руто"},
        {"ar", "كلمة السيد ويليام ساموي روتو، رئيس جمهورية كينيا"},
        {"zh", "肯尼亚共和国总统威廉·萨莫伊·鲁托先生讲话"},
        // With the honorific and the possessive (round BD).
        {"zh", "智利共和国总统安德烈斯·卡斯特罗先生阁下的讲话"}})
    EXPECT_TRUE(grammarOf(language).beginsAddressHeading(line)) << line;
  EXPECT_FALSE(grammarOf("en").beginsAddressHeading("Address by Mr. Ruto was well received."));
  for (const auto& [language, line] :
       {std::pair<const char*, const char*>{"es",
                                            "El Sr. Ruto, Presidente de la República de Kenya, es "
                                            "acompañado al retirarse del Salón de la Asamblea "
                                            "General."},
        {"ar",
         "اصطُحب السيد روتو، رئيس جمهورية كينيا، إلى خارج "
         "قاعة الجمعية العامة."},
        {"ar",
         "اصطُحب السيد روتو، رئيس جمهورية كينيا، إلى داخل "
         "قاعة الجمعية العامة."}}) {
    expectProcedural(language, line, NarrativeKind::Escort);
  }
}

// Chinese and Russian headings name the office before the name, Russian's
// declined ("Выступление Президента Республики Гана … г-на Джона Драмани
// Махамы" over "Президент Махама:"): the Head of State speaks in that office,
// for the State it names, not as a representative.
TEST(Labels, AHeadOfStateSpeaksInTheOfficeAHeadingNamesBeforeTheName) {
  struct Case {
    const char* language;
    const char* record;
    const char* office;
    const char* state;
    const char* person;  // as the heading names them
  };
  const Case cases[] = {
      {"ru",
       "Пункт 8 повестки дня (продолжение)\nОбщие прения\n"
       "Выступление Президента Республики Гана Его Превосходительства г-на Джона Драмани "
       "Махамы\n"
       "Президент Махама (говорит по-английски): Приветствую Ассамблею.\n",
       "Президент Республики Гана", "gha", "г-на Джона Драмани Махамы"},
      {"ru",
       "Пункт 8 повестки дня (продолжение)\nОбщие прения\n"
       "Выступление Премьер-министра Республики Фиджи Его Превосходительства г-на "
       "Ситивени Рабуки\n"
       "Премьер-министр Рабука (говорит по-английски): Приветствую Ассамблею.\n",
       "Премьер-министр Республики Фиджи", "fji", "г-на Ситивени Рабуки"},
      // A short surname declined ("Фая" of "Фай"); the office after the name, declined.
      {"ru",
       "Пункт 8 повестки дня (продолжение)\nОбщие прения\n"
       "Выступление Президента Республики Сенегал Его Превосходительства г-на Бассиру Диомая "
       "Фая\n"
       "Президент Фай (говорит по-французски): Приветствую Ассамблею.\n",
       "Президент Республики Сенегал", "sen", "г-на Бассиру Диомая Фая"},
      {"ru",
       "Пункт 8 повестки дня (продолжение)\nОбщие прения\n"
       "Выступление Его Величества Короля Мсвати III, Короля Королевства Эсватини\n"
       "Король Мсвати III (говорит по-английски): Приветствую Ассамблею.\n",
       "Король Королевства Эсватини", "swz", "Мсвати III"},
      {"zh",
       "议程项目8（续）\n一般性辩论\n塞内加尔共和国总统马马杜·恩迪亚耶先生阁下讲话\n"
       "恩迪亚耶总统（以法语发言）：我向大会致意。\n",
       "塞内加尔共和国总统", "sen", "马马杜·恩迪亚耶"},
      // "…阁下的讲话", with the possessive (round BD: no address, no office).
      {"zh",
       "议程项目8（续）\n一般性辩论\n智利共和国总统安德烈斯·卡斯特罗先生阁下的讲话\n"
       "卡斯特罗总统（以西班牙语发言）：我首先祝贺你当选主席。\n",
       "智利共和国总统", "chl", "安德烈斯·卡斯特罗"},
      {"zh",
       "议程项目8（续）\n一般性辩论\n斐济共和国副总理维利阿梅·图伊瓦加先生阁下讲话\n"
       "图伊瓦加副总理（以英语发言）：我向大会致意。\n",
       "斐济共和国副总理", "fji", "维利阿梅·图伊瓦加"},
      // The State by its formal name.
      {"fr",
       "Point 8 de l’ordre du jour (suite)\nDébat général\n"
       "Allocution de M. Emmanuel Macron, Président de la République française\n"
       "Le Président Macron : Je salue l’Assemblée.\n",
       "Président de la République française", "fra", "M. Emmanuel Macron"},
      {"es",
       "Tema 8 del programa (continuación)\nDebate general\n"
       "Discurso del Sr. Gustavo Petro Urrego, Presidente de la República de Colombia\n"
       "El Presidente Petro Urrego: Saludo a la Asamblea.\n",
       "Presidente de la República de Colombia", "col", "Sr. Gustavo Petro Urrego"},
      {"ar",
       "البند 8 من جدول الأعمال (تابع)\nالمناقشة العامة\n"
       "كلمة السيد ويليام ساموي روتو، رئيس جمهورية كينيا\n"
       "الرئيس روتو (تكلم بالإنكليزية): أحيي الجمعية.\n",
       "رئيس جمهورية كينيا", "ken", "السيد ويليام ساموي روتو"},
      // A State by its formal name, not the start of another's ("Estados Unidos").
      {"es",
       "Tema 8 del programa (continuación)\nDebate general\n"
       "Discurso del Sr. Ernesto Villaseñor Ortega, Presidente de los Estados Unidos Mexicanos\n"
       "El Presidente Villaseñor Ortega: Saludo a la Asamblea.\n",
       "Presidente de los Estados Unidos Mexicanos", "mex", "Sr. Ernesto Villaseñor Ortega"},
      {"fr",
       "Point 8 de l’ordre du jour (suite)\nDébat général\n"
       "Allocution de Mme Claudia Sheinbaum Pardo, Présidente des États-Unis du Mexique\n"
       "La Présidente Sheinbaum Pardo (parle en espagnol) : Je salue l’Assemblée.\n",
       "Présidente des États-Unis du Mexique", "mex", "Mme Claudia Sheinbaum Pardo"},
      {"ar",
       "البند 8 من جدول الأعمال (تابع)\nالمناقشة العامة\n"
       "كلمة السيد محمد ولد الشيخ، رئيس الجمهورية الإسلامية الموريتانية\n"
       "الرئيس ولد الشيخ: أحيي الجمعية.\n",
       "رئيس الجمهورية الإسلامية الموريتانية", "mrt", "السيد محمد ولد الشيخ"},
      // A Head of Government whose label names the State speaks in the office too.
      {"en",
       "Agenda item 8 (continued)\nGeneral debate\n"
       "Address by Mr. Sitiveni Rabuka, Prime Minister of the Republic of Fiji\n"
       "Mr. Rabuka (Fiji): I greet the Assembly.\n",
       "Prime Minister of the Republic of Fiji", "fji", "Mr. Sitiveni Rabuka"},
  };
  for (const auto& c : cases) {
    const RawReading reading = readIn(c.language, c.record, "A/80/PV.7");
    const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
    ASSERT_EQ(speeches.size(), 1u) << c.record;
    std::string office;
    for (const auto& role : reading.meeting.roles)
      if (role.id == speeches[0]->speech.as) office = role.name;
    EXPECT_EQ(office, c.office) << c.record;
    bool linked = false;
    for (const auto& org : reading.meeting.organizations) linked = linked || org.id == c.state;
    EXPECT_TRUE(linked) << c.record;
    // The heading marks the speaker's name and the State, which ties the
    // one to the other.
    const auto headings = blocksOf(reading.meeting, BlockKind::Heading);
    ASSERT_FALSE(headings.empty());
    const Inlines& address = headings.back()->heading.text.content;
    std::string person, state;
    for (const auto& run : address) {
      if (run.kind == InlineKind::Person && run.ref == speeches[0]->speech.by) person = run.text;
      if (run.kind == InlineKind::Organization && run.ref == c.state) state = run.text;
    }
    EXPECT_EQ(person, c.person) << c.record;
    EXPECT_FALSE(state.empty()) << c.record;
  }
  // A heading that names no State the table knows is said.
  const RawReading unknown = readIn("es",
                                    "Tema 8 del programa (continuación)\nDebate general\n"
                                    "Discurso del Sr. Juan Pérez, Presidente de la República de "
                                    "Ruritania\nEl Presidente Pérez: Saludo a la Asamblea.\n",
                                    "A/80/PV.7");
  EXPECT_TRUE(std::any_of(
      unknown.audit.warnings().begin(), unknown.audit.warnings().end(),
      [](const Warning& w) { return w.message.find("names no State") != std::string::npos; }));
}

// A record of two pages with no cover: the title its heads print under the
// symbol and the date is theirs, though no cover names it and it recurs too
// seldom to count; it cut a British label in two ("卡里乌基女士（大不列颠及北爱
// 尔兰联合王国）" / head / "（以英语发言）：…"), whose turn went to the President.
TEST(Headings, AHeadsTitleOnTwoPagesWithoutACoverIsTheHeads) {
  const std::string text =
      "S/PV.9479\n\n中东局势\n\n下午3时05分开会。\n通过议程\n议程通过。\n中东局势\n"
      "主席（以英语发言）：我现在请希望发言的安理会成员发言。\n"
      "卡里乌基女士（大不列颠及北爱尔兰联合王国）\n23-38811\n\n\f"
      "08/12/2023\n\n中东局势\n\n"
      "（以英语发言）：联合王国投了弃权票。\n23-38811\n";
  const RawReading reading = readIn("zh", text, "S/PV.9479");
  std::vector<std::string> headings;
  for (const auto* block : blocksOf(reading.meeting, BlockKind::Heading))
    headings.push_back(plainText(block->heading.text.content));
  EXPECT_EQ(headings, (std::vector<std::string>{"通过议程", "中东局势"}));
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 2u);
  EXPECT_EQ(speeches[1]->speech.by, "卡里乌基");
  EXPECT_EQ(plainText(speeches[1]->speech.items[0].paragraph.content), "联合王国投了弃权票。");
}

// The hyphen a typesetter keeps from breaking ("г‑н", "по‑английски":
// U+2011) is the hyphen it shows: the labels are read (one turn in thirty
// had been), and the text keeps a hyphen, the change recorded.
TEST(People, NonBreakingHyphensAreHyphens) {
  const RawReading reading =
      readIn("ru",
             "Председатель (говорит по\u2011английски): Слово имеет г\u2011н Лавров.\n"
             "Г\u2011н Лавров (Российская Федерация): Благодарю.\n");
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 2u);
  EXPECT_EQ(speeches[1]->speech.by, "лавров");
  EXPECT_EQ(plainText(speeches[0]->speech.items[0].paragraph.content), "Слово имеет г-н Лавров.");
  bool recorded = false;
  for (const auto& entry : reading.audit.entries())
    recorded = recorded || (entry.kind == "hyphen" && entry.text == "\u2011");
  EXPECT_TRUE(recorded);
}

// Soft hyphens (U+00AD, where a word may break; some PDFs carry one in every
// word) are no text inside a line; at its end the word broke there. The
// labels and words read as printed, the change recorded.
TEST(People, SoftHyphensAreWhereWordsMayBreak) {
  const RawReading reading =
      readIn("ru",
             "Пред\u00ADсе\u00ADда\u00ADтель (го\u00ADво\u00ADрит по-ан\u00ADглий\u00ADски): "
             "Мы встре\u00ADти\u00ADлись с пра\u00AD\n"
             "ви\u00ADтель\u00ADством Судана.\n"
             "Г-н Лав\u00ADров (Рос\u00ADсий\u00ADская Фе\u00ADде\u00ADра\u00ADция): "
             "Бла\u00ADго\u00ADда\u00ADрю.\n");
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 2u);
  EXPECT_EQ(speeches[1]->speech.by, "лавров");
  EXPECT_EQ(plainText(speeches[0]->speech.items[0].paragraph.content),
            "Мы встретились с правительством Судана.");
  bool recorded = false;
  for (const auto& entry : reading.audit.entries())
    recorded = recorded || entry.kind == "soft-hyphen";
  EXPECT_TRUE(recorded);
}

// A cover that names two Presidents ("г-н Кабба/г-н Керома"): the chair
// changed hands and the record does not say where, so the President's turns
// are the presiding State's, not the first one's.
TEST(People, TwoPresidentsOnTheCoverLeaveTheTurnsToThePresidingState) {
  const RawReading reading =
      readIn("ru",
             "S/PV.9999\n\nСовет Безопасности\n\nПредварительный отчет\n\n"
             "Четверг, 22 августа 2024 года, 10 ч 00 м\nНью-Йорк\n\n"
             "Председатель:\nг-н Кабба/г-н Керома . . . . . . . (Сьерра-Леоне)\n"
             "\fЗаседание открывается в 10 ч 05 м.\n"
             "Председатель: Я приветствую членов Совета.\n",
             "S/PV.9999");
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 1u);
  EXPECT_EQ(speeches[0]->speech.by, "sle");
  EXPECT_EQ(speeches[0]->speech.as, "president");
}

// A Chinese address's heading wrapped over two lines ("哥伦比亚共和国总统古斯
// 塔沃·佩特罗·乌雷戈" / "先生阁下讲话"): one heading, of a part of the item,
// its office before the name the last office word's ("总理兼财政……部长").
TEST(Headings, AChineseAddressHeadingOverTwoLinesIsOne) {
  const RawReading reading =
      readIn("zh",
             "议程项目8（续）\n一般性辩论\n哥伦比亚共和国总统古斯塔沃·佩特罗·乌雷戈\n先生阁下讲话\n"
             "佩特罗·乌雷戈总统（以西班牙语发言）：我向大会致意。\n"
             "巴巴多斯总理兼财政、经济事务和投资部长米\n娅·阿莫尔·莫特利女士阁下讲话\n"
             "莫特利女士（巴巴多斯）：我向大会致意。\n",
             "A/78/PV.8");
  EXPECT_EQ(outlineOf(reading.meeting.sections),
            (std::vector<Nesting>{Nesting::Own, Nesting::Part, Nesting::Part}));
  const auto headings = blocksOf(reading.meeting, BlockKind::Heading);
  ASSERT_EQ(headings.size(), 4u);
  EXPECT_EQ(plainText(headings[2]->heading.text.content),
            "哥伦比亚共和国总统古斯塔沃·佩特罗·乌雷戈先生阁下讲话");
  std::string person;
  for (const auto& run : headings[3]->heading.text.content)
    if (run.kind == InlineKind::Person) person = run.text;
  EXPECT_EQ(person, "米娅·阿莫尔·莫特利");
  const auto speeches = blocksOf(reading.meeting, BlockKind::Speech);
  ASSERT_EQ(speeches.size(), 2u);
  std::string office;
  for (const auto& role : reading.meeting.roles)
    if (role.id == speeches[1]->speech.as) office = role.name;
  EXPECT_EQ(office, "巴巴多斯总理兼财政、经济事务和投资部长");
}

// The next item's title and its document over two lines more ("La situación
// en Libia" / "Informe del Secretario General sobre la Misión de Apoyo de las
// Naciones Unidas" / "en Libia (S/2024/260)"), after the chair's last
// sentence and over a label, head the next turns, where no cover names the
// item (they had been a paragraph of the President's).
TEST(Headings, AnItemsTitleAndItsDocumentOverThreeLinesHeadTheNextTurn) {
  const RawReading reading = readIn(
      "es",
      "La Presidenta (habla en inglés): El Consejo ha concluido así la presente etapa del examen\n"
      "del tema que figura en el orden del día.\n"
      "La situación en Libia\n"
      "Informe del Secretario General sobre la Misión de Apoyo de las Naciones Unidas\n"
      "en Libia (S/2024/260)\n"
      "La Presidenta (habla en inglés): Doy la palabra al Sr. Bathily.\n",
      "S/PV.9598");
  std::vector<std::string> headings;
  for (const auto* block : blocksOf(reading.meeting, BlockKind::Heading))
    headings.push_back(plainText(block->heading.text.content));
  EXPECT_EQ(headings,
            (std::vector<std::string>{"La situación en Libia",
                                      "Informe del Secretario General sobre la Misión de Apoyo de "
                                      "las Naciones Unidas en Libia (S/2024/260)"}));
  for (const auto* speech : blocksOf(reading.meeting, BlockKind::Speech))
    EXPECT_EQ(speech->speech.items.size(), 1u);
}

// A sub-item taken up right after the last one's speeches, its title over two
// lines and its report's on a third, heads the turns after it: it is no
// paragraph of the President's.
TEST(Headings, ASubItemOverThreeLinesAfterASpeechHeadsTheNextTurn) {
  const RawReading reading =
      readIn("en",
             "Agenda item 71 (continued)\nPromotion and protection of human rights\n"
             "The President: The Assembly has thus concluded this stage of its consideration of\n"
             "sub-item (b) of agenda item 71.\n"
             "(c) Human rights situations and reports of\n"
             "special rapporteurs and representatives\n"
             "Report of the Third Committee (A/80/479/Add.3)\n"
             "The President: The Assembly has before it three draft resolutions.\n");
  std::vector<std::string> headings;
  for (const auto* block : blocksOf(reading.meeting, BlockKind::Heading))
    headings.push_back(plainText(block->heading.text.content));
  EXPECT_EQ(
      headings,
      (std::vector<std::string>{
          "Agenda item 71 (continued)", "Promotion and protection of human rights",
          "(c) Human rights situations and reports of special rapporteurs and representatives",
          "Report of the Third Committee (A/80/479/Add.3)"}));
  for (const auto* speech : blocksOf(reading.meeting, BlockKind::Speech))
    EXPECT_EQ(speech->speech.items.size(), 1u);
}

// Where items are numbered, a part of an item (a sub-item, a committee's
// report) taken up after the item's headings is the item's: its heading is a
// subheading.
TEST(Headings, APartOfANumberedItemIsHeadedBySubheadings) {
  const RawReading reading =
      readIn("en",
             "Agenda item 68 (continued)\nPromotion and protection of human rights\n"
             "The President: The Assembly will take up the reports.\n"
             "(a) Implementation of human rights instruments\n"
             "Report of the Third Committee (A/80/479/Add.1)\n"
             "The President: We turn to draft resolution I.\n");
  ASSERT_EQ(reading.meeting.sections.size(), 2u);
  const Section& part = reading.meeting.sections[1];
  ASSERT_GE(part.blocks.size(), 2u);
  EXPECT_TRUE(part.blocks[0].heading.sub);
  EXPECT_TRUE(part.blocks[1].heading.sub);
}

// A sub-item ("(a) …", "а) …", "（a）") is a part of its item, as an address
// is; the report under it heads the same part. A report's heading after a
// speech heads the item going on, no part.
TEST(Headings, ASubItemIsAPartOfItsItem) {
  const char* records[][2] = {
      {"en",
       "Agenda item 68 (continued)\nPromotion and protection of human rights\n"
       "The President: The Assembly will take up the reports.\n"
       "(a) Implementation of human rights instruments\n"
       "Report of the Third Committee (A/80/479/Add.1)\n"
       "The President: We turn to draft resolution I.\n"
       "(b) Human rights questions\n"
       "Report of the Third Committee (A/80/479/Add.2)\n"
       "The President: We turn to draft resolution II.\n"},
      {"fr",
       "Point 68 de l’ordre du jour (suite)\nPromotion et protection des droits de l’homme\n"
       "Le Président : L’Assemblée va examiner les rapports.\n"
       "a) Application des instruments relatifs aux droits de l’homme\n"
       "Rapport de la Troisième Commission (A/80/479/Add.1)\n"
       "Le Président : Nous passons au projet de résolution I.\n"
       "b) Questions relatives aux droits de l’homme\n"
       "Rapport de la Troisième Commission (A/80/479/Add.2)\n"
       "Le Président : Nous passons au projet de résolution II.\n"},
      {"ru",
       "Пункт 68 повестки дня (продолжение)\nПоощрение и защита прав человека\n"
       "Председатель: Ассамблея рассмотрит доклады.\n"
       "а) Осуществление договоров по правам человека\n"
       "Доклад Третьего комитета (A/80/479/Add.1)\n"
       "Председатель: Переходим к проекту резолюции I.\n"
       "b) Вопросы прав человека\n"
       "Доклад Третьего комитета (A/80/479/Add.2)\n"
       "Председатель: Переходим к проекту резолюции II.\n"},
      {"zh",
       "议程项目68（续）\n促进和保护人权\n"
       "主席：大会将审议各项报告。\n"
       "(a) 人权文书的执行情况\n"
       "第三委员会的报告（A/80/479/Add.1）\n"
       "主席：我们现在审议决议草案一。\n"
       "(b) 人权问题\n"
       "第三委员会的报告（A/80/479/Add.2）\n"
       "主席：我们现在审议决议草案二。\n"},
      {"ar",
       "البند 68 من جدول الأعمال (تابع)\nتعزيز حقوق الإنسان وحمايتها\n"
       "الرئيس: ستنظر الجمعية في التقارير.\n"
       "(أ) تنفيذ صكوك حقوق الإنسان\n"
       "تقرير اللجنة الثالثة (A/80/479/Add.1)\n"
       "الرئيس: ننتقل إلى مشروع القرار الأول.\n"
       "(ب) مسائل حقوق الإنسان\n"
       "تقرير اللجنة الثالثة (A/80/479/Add.2)\n"
       "الرئيس: ننتقل إلى مشروع القرار الثاني.\n"},
  };
  for (const auto& [language, text] : records) {
    const RawReading reading = readIn(language, text);
    ASSERT_EQ(reading.meeting.sections.size(), 3u) << language;
    EXPECT_EQ(reading.meeting.sections[0].kind, SectionKind::AgendaItem) << language;
    for (std::size_t s : {1u, 2u}) {
      const Section& part = reading.meeting.sections[s];
      EXPECT_EQ(part.kind, SectionKind::SubItem) << language;
      ASSERT_EQ(part.blocks.size(), 3u) << language;
      EXPECT_TRUE(part.blocks[1].heading.sub) << language;
      EXPECT_EQ(part.blocks[2].kind, BlockKind::Speech) << language;
    }
    EXPECT_EQ(outlineOf(reading.meeting.sections),
              (std::vector<Nesting>{Nesting::Own, Nesting::Part, Nesting::Part}))
        << language;
  }
  const RawReading report =
      readIn("en",
             "Agenda item 68 (continued)\nPromotion and protection of human rights\n"
             "The President: The Assembly will take up the report.\n"
             "Report of the Third Committee (A/80/479)\n"
             "The President: We turn to draft resolution I.\n");
  ASSERT_EQ(report.meeting.sections.size(), 2u);
  EXPECT_EQ(report.meeting.sections[1].kind, SectionKind::AgendaItem);
}

// An address is a part of its item, also right under the item's headings
// (the contents name it); it ends when its speaker is escorted out: the
// speakers after the last address are the item's going on, not the address's.
TEST(Headings, SpeakersAfterTheLastAddressAreNotInIt) {
  const RawReading reading =
      readIn("en",
             "Agenda item 8 (continued)\nGeneral debate\n"
             "Address by Mr. William Samoei Ruto, President of the Republic of Kenya\n"
             "Mr. William Samoei Ruto, President of the Republic of Kenya, was escorted into the\n"
             "General Assembly Hall.\nPresident Ruto: I greet the Assembly.\n"
             "The President: I thank the President of the Republic of Kenya.\n"
             "Mr. William Samoei Ruto, President of the Republic of Kenya, was escorted from the\n"
             "General Assembly Hall.\n"
             "Mr. Lavrov (Russian Federation) (spoke in Russian): We have heard much.\n");
  ASSERT_EQ(reading.meeting.sections.size(), 3u);
  const Section& item = reading.meeting.sections[0];
  ASSERT_EQ(item.blocks.size(), 2u);
  EXPECT_EQ(plainText(item.blocks[0].heading.text.content), "Agenda item 8 (continued)");
  const Section& address = reading.meeting.sections[1];
  EXPECT_EQ(address.kind, SectionKind::Address);
  EXPECT_EQ(outlineOf(reading.meeting.sections),
            (std::vector<Nesting>{Nesting::Own, Nesting::Part, Nesting::GoesOn}));
  EXPECT_TRUE(plainText(address.blocks[0].heading.text.content).starts_with("Address by"));
  const Section& after = reading.meeting.sections[2];
  EXPECT_EQ(after.kind, SectionKind::AgendaItem);
  ASSERT_EQ(after.blocks.size(), 1u);
  EXPECT_EQ(after.blocks[0].speech.by, "lavrov");
  EXPECT_EQ(address.blocks.back().narrative.kind, NarrativeKind::Escort);
  // Escorted in only: the address goes on.
  const RawReading open =
      readIn("en",
             "Address by Mr. William Samoei Ruto, President of the Republic of Kenya\n"
             "Mr. William Samoei Ruto, President of the Republic of Kenya, was escorted into the\n"
             "General Assembly Hall.\nPresident Ruto: I greet the Assembly.\n");
  EXPECT_EQ(open.meeting.sections.size(), 1u);
  // After the opening, an address is the general debate's, never the opening's.
  const RawReading opened =
      readIn("en",
             "The meeting was called to order at 9 a.m.\n"
             "Address by Mr. William Samoei Ruto, President of the Republic of Kenya\n"
             "President Ruto: I greet the Assembly.\n");
  ASSERT_EQ(opened.meeting.sections.size(), 2u);
  EXPECT_EQ(opened.meeting.sections[1].kind, SectionKind::Address);
  // With no item before it, it is a section of its own.
  EXPECT_EQ(outlineOf(opened.meeting.sections), (std::vector<Nesting>{Nesting::Own, Nesting::Own}));
}

// A resumed meeting's record goes on from "The meeting resumed at …" with its
// item, whose heading it does not print again: no one speaks in the opening.
TEST(Headings, AResumedMeetingsSpeakersAreItsItemsNotTheOpenings) {
  const RawReading reading = readIn("en",
                                    "The meeting resumed at 3.10 p.m.\n"
                                    "The President: I give the floor to Peru.\n"
                                    "Mr. Rivas (Peru): Thank you.\n",
                                    "S/PV.5432 (Resumption 1)");
  ASSERT_EQ(reading.meeting.sections.size(), 2u);
  EXPECT_EQ(reading.meeting.sections[0].kind, SectionKind::Opening);
  EXPECT_EQ(reading.meeting.sections[1].kind, SectionKind::AgendaItem);
  EXPECT_EQ(reading.meeting.sections[1].blocks.size(), 2u);
}

// A minister who chairs the Council speaks for the State by office: "… en ma
// qualité de Ministre de l’Europe et des affaires étrangères de la France."
TEST(NationalCapacity, TheChairMaySpeakByOffice) {
  struct Case {
    const char* language;
    const char* text;
    const char* country;
  };
  const Case cases[] = {
      {"fr",
       "Je vais maintenant faire une déclaration en ma qualité de Ministre de l’Europe et des "
       "affaires étrangères de la France.",
       "France"},
      {"fr",
       "Je vais à présent faire une déclaration en ma qualité de représentante des États-Unis "
       "d’Amérique.",
       "États-Unis d’Amérique"},
      {"ru", "Сейчас я сделаю заявление в моем качестве представителя Соединенных Штатов Америки.",
       "Соединенных Штатов Америки"},
      {"zh", "我现在以莫桑比克代表身份发言。", "莫桑比克"},
      {"es",
       "Formularé ahora una declaración en mi calidad de Secretario de Relaciones Exteriores de "
       "México.",
       "México"},
      {"en",
       "I shall now make a statement in my capacity as Minister for Foreign Affairs of Mexico, "
       "and on behalf of the Group of Friends.",
       "Mexico"},
      {"en", "I shall now make a statement in my capacity as the representative of Malta.",
       "Malta"},
      // A minister in Chinese; and the formula in a paragraph that goes on.
      {"zh", "我现在以塞拉利昂外交和国际合作部长的身份发言。", "塞拉利昂"},
      {"en",
       "I shall now make a statement in my capacity as the representative of Malta. Malta "
       "supports the resolution.",
       "Malta"},
      {"es",
       "Formularé ahora una declaración en mi calidad de representante de Malta. Malta apoya la "
       "resolución.",
       "Malta"},
  };
  for (const auto& c : cases) {
    const auto country = grammarOf(c.language).nationalCapacity(c.text);
    ASSERT_TRUE(country.has_value()) << c.text;
    EXPECT_EQ(country->in(c.text), c.country) << c.text;
  }
}

}  // namespace
}  // namespace verbatim
