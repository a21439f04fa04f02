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

}  // namespace
}  // namespace verbatim
