// A language with no profile: the record still converts, as paragraphs with no
// speaker structure (stage 1 warns). Every pattern here never matches.
#include "raw/profiles/profiles.hpp"

namespace verbatim::profiles {
namespace {

#define NEVER "(?!)"

}  // namespace

const LanguageProfile kGeneric = {
    .code = "und",
    .code3 = "und",
    .name = "an unknown language",
    .commonWords = {},
    .script = {},
    .spacesBetweenWords = true,
    .sentenceEnd = ".?!:;。！？",
    .closers = "”’\")]」』）",
    .personLabel = NEVER,
    .titleLabel = NEVER,
    .labelDelimiter = "\x01",
    .languageSwitch = NEVER,
    .titles = {},
    .labelRole = {},
    .honorifics = {},
    .stylesEndingInAStop = {},
    .paragraphOpeners = {},
    .languages = {},
    .procedural = {},
    .agendaHeading = NEVER,
    .agendaItemHeading = {},
    .nonItemHeading = {},
    .headingStart = {},
    .subItemHeading = {},
    .addressHeading = {},
    .addressOffice = {},
    .officeNominatives = {},
    .namesInflect = false,
    .ballotRow = {},
    .ballotRowKinds = {},
    .invitesUnderRule39 = {},
    .inviteeOfficeFirst = {},
    .continuingWords = {},
    .nationalCapacity = NEVER,
    .resumesPresidency = NEVER,
    .givesFloor = {},
    .decidedWithoutObjection = {},
    .beginsConsideration = {},
    .floorToNamed = {},
    .resolution = {},
    .time = {NEVER, {}},
    .cover = {},
    .vote = {},
    .jobLetter = {},
    .compounds = {},
    .hyphenatedPrefixes = {},
    .suspendedHyphenConjunctions = {},
    .breaksWordsAtLineEnds = false,
    .representativeRole = "Representative",
    .bodies = {},
    .officeInLabel = {},
    .titleInLabel = {},
};

}  // namespace verbatim::profiles
