// requiredLiteral: the word the procedural patterns look for before they run.
// It must be in every match, or a pattern would never match again: each case
// checks that against ICU on texts the pattern matches.
#include "raw/pattern.hpp"

#include <gtest/gtest.h>

namespace verbatim {
namespace {

void expectInEveryMatch(const char* pattern, std::initializer_list<const char*> texts) {
  const std::string word = requiredLiteral(pattern);
  const Pattern compiled(pattern);
  for (const char* text : texts) {
    ASSERT_TRUE(compiled.matches(text)) << pattern << " / " << text;
    EXPECT_NE(std::string_view(text).find(word), std::string_view::npos)
        << pattern << " requires '" << word << "', not in: " << text;
  }
}

TEST(RequiredLiteral, TheLongestRunOfLiteralTextOutsideGroups) {
  EXPECT_EQ(requiredLiteral("The meeting rose at (?<time>\\d+)\\.?"), "The meeting rose at ");
  EXPECT_EQ(requiredLiteral(".{2,120}? observed a minute of (?:silence|prayer)[^.]{0,120}\\."),
            " observed a minute of ");
  EXPECT_EQ(requiredLiteral("A (?:recorded )?vote was taken"), "vote was taken");
  expectInEveryMatch("A (?:recorded )?vote was taken(?: by (?:show of hands|secret ballot))?\\.?",
                     {"A vote was taken.", "A recorded vote was taken by secret ballot"});
}

// A case-insensitive group matches text in any case: "FIRST COMMITTEE" has
// no "Committee" (a 1990s cover's committee was not read).
TEST(RequiredLiteral, NothingIsRequiredAsWrittenWhereCaseDoesNotMatter) {
  EXPECT_EQ(requiredLiteral("^(?i:(?:First|Second) Committee|Disarmament Commission)$"), "");
  EXPECT_EQ(requiredLiteral("(?i)The meeting rose"), "");
  EXPECT_EQ(requiredLiteral("^(?i:(?:First|Second) Committee)$"), "");
}

TEST(RequiredLiteral, AQuantifiedCharacterIsNotRequired) {
  EXPECT_EQ(requiredLiteral("colou?r"), "colo");
  EXPECT_EQ(requiredLiteral("abcd*e"), "abc");
  EXPECT_EQ(requiredLiteral("abcd{0,2}e"), "abc");
  EXPECT_EQ(requiredLiteral("abc+d"), "abc");      // one c at least
  EXPECT_EQ(requiredLiteral("Сессия?"), "Сесси");  // all of the letter's bytes go
  expectInEveryMatch("colou?r", {"color", "colour"});
  expectInEveryMatch("Сессия?", {"Сесси", "Сессия"});
  expectInEveryMatch("abc+d", {"abcd", "abcccd"});
}

TEST(RequiredLiteral, EscapedPunctuationIsLiteralAndClassesAreNot) {
  EXPECT_EQ(requiredLiteral("\\(resolution [0-9/]+\\)\\."), "(resolution ");
  EXPECT_EQ(requiredLiteral("[Dd]raft resolution"), "raft resolution");
  EXPECT_EQ(requiredLiteral("\\d+ votes\\b to"), " votes");
  EXPECT_EQ(requiredLiteral("\\p{Lu}\\p{Ll}+ took the Chair\\."), " took the Chair.");
  expectInEveryMatch("\\[[^\\]]{2,600}\\]\\.?", {"[Subsequently, the delegation advised.]"});
}

TEST(RequiredLiteral, NothingWhereThePatternHasAlternativesOrFlags) {
  EXPECT_EQ(requiredLiteral("yes|no"), "");
  EXPECT_EQ(requiredLiteral("(?i)The meeting"), "");
  EXPECT_EQ(requiredLiteral("\\u0041 meeting"), "");  // escapes it does not read
  EXPECT_EQ(requiredLiteral("\\QThe\\E meeting"), "");
  EXPECT_EQ(requiredLiteral("(unclosed"), "");
  EXPECT_EQ(requiredLiteral("(?i:the) meeting"), " meeting");  // flags within a group only
}

// requiredEnding: what every whole match ends with, checked against ICU on
// texts each pattern matches; nothing where a match may end otherwise.
void expectEveryMatchEndsWith(const char* pattern, std::string_view ending,
                              std::initializer_list<const char*> texts) {
  EXPECT_EQ(requiredEnding(pattern), ending) << pattern;
  const Pattern compiled(pattern);
  for (const char* text : texts) {
    ASSERT_TRUE(compiled.matches(text)) << pattern << " / " << text;
    EXPECT_TRUE(std::string_view(text).ends_with(ending)) << pattern << " / " << text;
  }
}

TEST(RequiredEnding, TheRunThatEndsEachAlternative) {
  expectEveryMatchEndsWith("(?:会议于)?(?:暂停|休会)。", "。", {"会议于暂停。", "休会。"});
  expectEveryMatchEndsWith("(?:A|The) film was shown\\.|(?:A|The) dance took place\\.", ".",
                           {"A film was shown.", "The dance took place."});
  // In common, whole characters only: "é" and "ɩ" end in the same byte.
  expectEveryMatchEndsWith("caf\\S*é\\.|ɩ\\.", ".", {"café.", "ɩ."});
  expectEveryMatchEndsWith("会议休会。|散会。", "会。", {"会议休会。", "散会。"});
  // A quantified last character, a group, a class, an anchor, or an
  // alternative ending otherwise: nothing.
  expectEveryMatchEndsWith("The meeting rose\\.?", "", {"The meeting rose"});
  expectEveryMatchEndsWith("It was (?:so decided\\.)", "", {"It was so decided."});
  expectEveryMatchEndsWith("\\[[^\\]]+\\]。?", "", {"[note]"});
  expectEveryMatchEndsWith("adopted\\.$", "", {"adopted."});
  expectEveryMatchEndsWith("adopted\\.|rejected", "", {"rejected"});
  EXPECT_EQ(requiredEnding("(?i)adopted\\."), "");  // flags the scan does not read
}

// literalLetterRuns: the words a pattern prints, for the stray-space repair's
// words of the language. Not a class's letters, an escape's or a group's name;
// a group name left open ends the pattern, not the loop.
TEST(LiteralLetterRuns, WordsOutsideClassesEscapesAndGroupNames) {
  EXPECT_EQ(literalLetterRuns("(?:aprobad|rechazad)[oa]s? (?<chair>\\p{Lu}\\w+) ocupa"),
            (std::vector<std::string>{"aprobad", "rechazad", "s", "ocupa"}));
  EXPECT_EQ(literalLetterRuns("Сессия[^)]{1,3}\\.(?<=x)год"),
            (std::vector<std::string>{"Сессия", "x", "год"}));
  EXPECT_EQ(literalLetterRuns("called (?<open"), (std::vector<std::string>{"called"}));
}

// BytePairs rules a word out only where the text cannot hold it: every
// substring of a text, in any script, is held; a word with a pair the text
// lacks is not.
TEST(BytePairs, NeverRulesOutAWordTheTextHolds) {
  for (std::string_view text :
       {std::string_view("The meeting rose at 1.05 p.m."),
        std::string_view("会议于下午1时05分散会。"), std::string_view("رُفعت الجلسة الساعة 13/05."),
        std::string_view("Заседание закрывается")}) {
    const BytePairs pairs(text);
    for (std::size_t begin = 0; begin < text.size(); ++begin)
      for (std::size_t end = begin; end <= text.size(); ++end)
        ASSERT_TRUE(pairs.mayHold(BytePairs(text.substr(begin, end - begin))))
            << text << " [" << begin << ", " << end << ")";
  }
  const BytePairs line("The draft resolution was adopted.");
  EXPECT_FALSE(line.mayHold(BytePairs("vote was taken")));
  EXPECT_FALSE(line.mayHold(BytePairs("散会")));
  EXPECT_TRUE(line.mayHold(BytePairs("x")));  // one byte has no pair: the word is looked for
}

// A thread keeps one UTF-16 copy per pattern and reuses its buffer: a long
// text, then a short one, then text that is not UTF-8 give the offsets of
// each, in bytes of the text matched.
TEST(TextMatch, OffsetsAreBytesOfEachTextWhateverCameBefore) {
  const Pattern speaker("(?<name>\\p{L}+) \\((?<state>[^)]+)\\):.*");
  const std::string long_text = "Chair (" + std::string(300, 'x') + "): ok";
  auto state = [&](std::string_view text) -> std::string {
    const auto groups = speaker.match(text);
    return groups ? std::string((*groups)[2]) : "(none)";
  };
  EXPECT_EQ(state(long_text), std::string(300, 'x'));
  EXPECT_EQ(state("Mr. Zhang (China): …"), "(none)");  // the stop is no letter
  EXPECT_EQ(state("张军 (中国): 谢谢。"), "中国");
  // ASCII for more than eight bytes, then a letter of two bytes: the offsets
  // after it are bytes, not UTF-16 units.
  EXPECT_EQ(state("Ambassador (Côte d’Ivoire): yes"), "Côte d’Ivoire");
  EXPECT_EQ(state("Delegate (Chile): yes"), "Chile");
  // Not UTF-8 (a Latin-1 "é"): matched as the bytes it is.
  EXPECT_EQ(state("Delegate (Chile\xE9): yes"), "Chile\xE9");
}

}  // namespace
}  // namespace verbatim
