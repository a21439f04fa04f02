// English. Seen in the ten English records of ../shared/corpus/en (1950–2026):
// labels of every era, procedural lines, votes, cover pages and running heads.
#include "raw/profiles/profiles.hpp"

namespace verbatim::profiles {
namespace {

constexpr TitleSpec kTitles[] = {
    {"The Acting President", "actingPresident", "Acting President", true, {}},
    {"The Temporary President", "temporaryPresident", "Temporary President", true, {}},
    // A Main Committee's Vice-Chair in the chair.
    {"The Acting Chair", "actingChair", "Acting Chair", true, {}},
    {"The Acting Chairman", "actingChair", "Acting Chair", true, {}},
    {"The Acting Chairperson", "actingChair", "Acting Chair", true, {}},
    // The General Assembly's President-elect, speaking at the meeting that elected them.
    {"The President-elect", "presidentElect", "President-elect", false, {}},
    {"The President", "president", "President", true, {}},
    {"The Chair", "chair", "Chair", true, {}},
    {"The Chairman", "chair", "Chair", true, {}},
    {"The Chairperson", "chair", "Chair", true, {}},
    {"The Deputy Secretary-General", "deputySecretaryGeneral", "Deputy Secretary-General", false,
     "Secretariat"},
    {"The Secretary-General", "secretaryGeneral", "Secretary-General", false, "Secretariat"},
    // A Main Committee's Secretary, a member of the Secretariat.
    {"The Secretary of the Committee", "committeeSecretary", "Secretary of the Committee", false,
     "Secretariat"},
    {"The Secretary", "committeeSecretary", "Secretary", false, "Secretariat"},
};

// "H.E." (His or Her Excellency) ending a line before the name.
constexpr std::string_view kStylesEndingInAStop[] = {"H.E."};

// Openers of a paragraph (Flow weighs them where widths leave it open).
constexpr std::string_view kParagraphOpeners[] = {"First,",
                                                  "Firstly,",
                                                  "First of all,",
                                                  "Secondly,",
                                                  "Thirdly,",
                                                  "Fourthly,",
                                                  "Fifthly,",
                                                  "Lastly,",
                                                  "Finally,",
                                                  "In conclusion,",
                                                  "Last but not least,",
                                                  "To conclude,",
                                                  "In closing,"};

constexpr std::string_view kHonorifics[] = {
    "Mr.", "Mrs.", "Ms.", "Miss", "Mme", "Dr.", "Sir", "Dame", "Lord", "Lady", "Baroness", "Prince",
    "Princess", "Sheikh", "Sheikha", "Archbishop", "Monsignor", "Cardinal", "Father", "Bishop",
    "Judge", "Professor", "Count", "Countess", "Baron", "Msgr.",
    // Burmese: "U KYAW MIN (Burma):", "Daw Aung San Suu Kyi".
    "U", "Daw",
    // Heads of State and Government are named by their office: "President Kibaki:".
    "President", "Vice-President", "Prime Minister", "Deputy Prime Minister", "King", "Queen",
    "Emir", "Crown Prince", "Grand Duke", "Chancellor",
    // Force Commanders and Police Commissioners brief by their rank:
    // "Lieutenant General Sangaré (spoke in French):".
    "Lieutenant General", "Lieutenant-General", "Major General", "Major-General",
    "Brigadier General", "Brigadier", "General", "Colonel", "Rear Admiral", "Vice-Admiral",
    "Admiral", "Police Commissioner", "Commissioner"};

constexpr LanguageName kLanguages[] = {
    {"Arabic", "ara"},
    {"Chinese", "zho"},
    {"English", "eng"},
    {"French", "fra"},
    {"Russian", "rus"},
    {"Spanish", "spa"},
    // Beyond the six, with interpretation or a text from the delegation.
    {"Portuguese", "por"},
    {"German", "deu"},
    {"Japanese", "jpn"},
    {"Korean", "kor"},
    {"Italian", "ita"},
    {"Turkish", "tur"},
    {"Persian", "fas"},
    {"Farsi", "fas"},
    {"Ukrainian", "ukr"},
    {"Indonesian", "ind"},
    {"Swahili", "swa"},
    {"Kiswahili", "swa"},
    {"Hindi", "hin"},
    {"Greek", "ell"},
    {"Dutch", "nld"},
    {"Polish", "pol"},
    {"Hebrew", "heb"},
    // More of the General Assembly's languages (unverified names).
    {"Kyrgyz", "kir"},
    {"Kazakh", "kaz"},
    {"Uzbek", "uzb"},
    {"Tajik", "tgk"},
    {"Turkmen", "tuk"},
    {"Mongolian", "mon"},
    {"Georgian", "kat"},
    {"Armenian", "hye"},
    {"Azerbaijani", "aze"},
    {"Dari", "prs"},
    {"Pashto", "pus"},
    {"Amharic", "amh"},
    {"Somali", "som"},
    {"Serbian", "srp"},
    {"Croatian", "hrv"},
    {"Bosnian", "bos"},
    {"Albanian", "sqi"},
    {"Romanian", "ron"},
    {"Hungarian", "hun"},
    {"Czech", "ces"},
    {"Slovak", "slk"},
    {"Bulgarian", "bul"},
    {"Vietnamese", "vie"},
    {"Thai", "tha"},
    {"Malay", "msa"},
    {"Bengali", "ben"},
    {"Nepali", "nep"},
    {"Sinhala", "sin"},
    {"Lao", "lao"},
    {"Khmer", "khm"},
    {"Maltese", "mlt"},
    {"Latvian", "lav"},
    {"Lithuanian", "lit"},
    {"Estonian", "est"},
    {"Finnish", "fin"},
    {"Swedish", "swe"},
    {"Danish", "dan"},
    {"Norwegian", "nor"},
    {"Belarusian", "bel"},
    {"Macedonian", "mkd"},
    {"Slovenian", "slv"},
    {"Haitian Creole", "hat"},
    {"Malagasy", "mlg"},
    {"Tetum", "tet"},
    {"Urdu", "urd"},
    {"Icelandic", "isl"},
    {"Filipino", "fil"},
    {"Tamil", "tam"},
    {"Burmese", "mya"},
};

constexpr ProceduralSpec kProcedural[] = {
    // A resumed meeting's record of the 1990s dates it: "The meeting resumed at
    // 10.20 a.m. on Tuesday, 28 February 1995."
    {"The meeting (?:was (?:called to order|resumed|opened)|resumed) at {time}(?: on "
     "[A-Z][a-z]+day, \\d{1,2} [A-Z][a-z]+ \\d{4})?\\.?",
     NarrativeKind::Opening},
    {"The meeting rose at {time}\\.?", NarrativeKind::Closing},
    {"The meeting was suspended at {time}(?:,? and resumed at {time2})?\\.?",
     NarrativeKind::Suspension},
    {"The (?:provisional )?agenda was adopted\\.?", NarrativeKind::AgendaAdopted},
    // After a procedural vote on it: a decision, its outcome rejected.
    {"The (?:provisional )?agenda was not adopted\\.?", NarrativeKind::Decision},
    {"A (?:recorded |procedural )?vote was taken(?: by (?:show of hands|secret "
     "ballot|roll-call))?\\.?",
     NarrativeKind::VoteTaken},
    {"It was so decided(?: \\((?:decision|resolution) [^)]{1,30}\\))?\\.?",
     NarrativeKind::Decision},
    // "The eighth preambular paragraph was retained by 105 votes to 2, …";
    // "Operative paragraph 5 was not retained by 3 votes to 2, …".
    {"(?:The )?(?:[Dd]raft (?:resolution|decision|amendment)s?|(?:[Pp]roposed |[Oo]ral )?"
     "[Aa]mendments?|[Oo]ral revisions?|[Rr]ecommendations?|[Pp]roposals?|(?:[Oo]ral )?"
     "[Dd]ecisions?|[Mm]otions?|(?:Section|Part) [IVXLC]+|"
     "(?:[a-z]+(?:-[a-z]+)?(?:st|nd|rd|th) )?(?:[Oo]perative |[Pp]reambular )?"
     "[Pp]aragraph).{0,120}? (?:was|were) (?:not )?"
     "(?:adopted|retained|rejected|deleted).{0,200}?\\.",
     NarrativeKind::Decision},
    // Who took the chair, where the line says it plainly: "Mr. X (Guyana)".
    // ("Vice President": where Word broke "Vice -" at a line end, the default
    // extraction joined the lines without the hyphen.)
    {"(?:In the absence of the (?:President|Chair(?:man|person)?), )?(?:(?<chair>[^(),]{2,80}?) "
     "\\((?<country>[^()]{2,80})\\)|.{2,120}?), (?:Vice[- ]President|Vice[- "
     "]Chair(?:man|person)?), "
     "took the Chair\\.",
     NarrativeKind::ChairChange},
    // The office before the name: "The Vice-President, Mr. X (Kenya), took the Chair."
    {"(?:In the absence of the (?:President|Chair(?:man|person)?), )?The Vice[- ]President,? "
     "(?<chair>[^(),]{2,80}?) "
     "\\((?<country>[^()]{2,80})\\),? took the Chair\\.",
     NarrativeKind::ChairChange},
    // No office: a member the Council's President left the chair to, or the
    // Assembly's cover ("In the absence of the President, Mr. X (Mali) took
    // the Chair.").
    {"(?:In the absence of the (?:President|Chair(?:man|person)?), )?(?<chair>(?:Mr|Mrs|Ms|Miss|Dr)"
     "\\. [^(),]{2,80}?) \\((?<country>[^()]{2,80})\\) took the Chair\\.",
     NarrativeKind::ChairChange},
    {"The (?:Acting )?(?:President|Chair(?:man|person)?) (?:returned to|took|resumed) the "
     "Chair\\.?",
     NarrativeKind::ChairChange},
    {".{2,120}? observed a (?:minute|moment) of (?:silence|silent (?:prayer or meditation|"
     "reflection))[^.]{0,120}\\.",
     NarrativeKind::Silence},
    // What happened in the Hall, said by no one (commemorative meetings).
    {"(?:A|The) (?:video(?: message| presentation)?|film|short film|recorded message) (?:was "
     "(?:shown|played|screened))\\.|(?:A|The) (?:musical|cultural|dance) (?:performance|"
     "presentation|interlude) (?:took place|was (?:given|presented|held))\\.",
     NarrativeKind::Event},
    {"\\[[^\\]]{2,600}\\]\\.?", NarrativeKind::Note},
    // Elections: "At the invitation of the President, Mr. X (Peru) and Ms. Y
    // (Fiji) acted as tellers."; "Having obtained the required two-thirds
    // majority, Algeria and Guyana were elected non-permanent members of …".
    {"At the invitation of the (?:Acting )?(?:President|Chair(?:man|person)?), (?:.{2,600}? "
     "(?:again )?acted (?:again )?as tellers|the tellers took their places)\\.",
     NarrativeKind::Tellers},
    // A person elected: "…, Ms. Annalena Baerbock (Germany) was elected …"; an
    // absolute majority "of votes in both the General Assembly and the
    // Security Council" (the Court's judges).
    {"Having obtained (?:the required|an absolute|the required absolute|the required two-thirds) "
     "majority(?: of [^,]{1,120})?, (?:[^.]|\\.(?=\\S)|(?<=Mr|Ms|Mrs|Dr)\\.\\s){2,1500}? "
     "(?:was|were|has been|have been) "
     "(?:elected|appointed)\\b(?:[^.]|\\.(?=\\S)){0,600}?\\.",
     NarrativeKind::Election},
    // By acclamation: "Ms. X (Germany) was elected President of the General
    // Assembly at its eightieth session by acclamation."; "Bahrain, Colombia and
    // Latvia were elected Vice-Presidents … by acclamation."
    {"(?:[^.]|\\.(?=\\S)|(?<=Mr|Ms|Mrs|Dr)\\.\\s){2,1500}? (?:was|were) (?:elected|appointed) "
     "(?:[^.]|\\.(?=\\S)){0,600}?by acclamation\\.",
     NarrativeKind::Election},
    // The 1990s Council: "At the invitation of the President, Mr. Peleg (Israel)
    // took a seat at the Council table; Mr. Al-Khalifa (Qatar) took the seat
    // reserved for him at the side of the Council Chamber."
    {"At the invitation of the (?:Acting )?(?:President|Chair(?:man|person)?), .{2,1500}? "
     "(?:took|take) (?:a |the |their |his |her )?(?:seats?|places?)\\b.{0,600}?"
     // Not the full stop of a name's honorific ("… at the Council table; Mr." / "Fonseca …").
     "(?<!\\bMr|\\bMrs|\\bMs|\\bDr)\\.",
     NarrativeKind::Seating},
    // A petitioner heard by the Trusteeship Council or the Fourth Committee
    // leaves the table: "Ms. Sumang withdrew."
    {"(?:Mr|Mrs|Ms|Miss|Dr)\\. [\\p{Lu}][^.:()]{1,80} withdrew\\.", NarrativeKind::Seating},
    // The general debate: "Mr. Mwai Kibaki, President of the Republic of Kenya,
    // was escorted into the General Assembly Hall." / "… from the rostrum."
    {"(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.|Sir|Dame|Lord|Lady|His|Her|Their|The|King|Queen|Prince|Princess|"
     "Crown Prince|Emir|Sheikh|Sheikha|President|Prime Minister|Vice-President|Archbishop|"
     "Cardinal|Monsignor|Judge) .{2,600}? (?:was|were) escorted (?:into|to|from) the (?:General "
     "Assembly Hall|rostrum|"
     "podium)\\.",
     NarrativeKind::Escort},
};

constexpr std::pair<std::string_view, int> kPeriods[] = {{"a.m.", 0}, {"p.m.", 12}};

constexpr std::pair<std::string_view, std::string_view> kBodies[] = {
    {"SC", "Security Council"},
    {"GA", "General Assembly"},
    {"ECOSOC", "Economic and Social Council"},
    {"TC", "Trusteeship Council"},
    {"Secretariat", "Secretariat"},
};

constexpr std::string_view kMonths[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};

constexpr std::string_view kVoteResults[] = {
    // A count the sentence does not state is none: "received 15 votes in
    // favour.", "received six votes in favour and two against."
    R"(received (?<inFavour>\w+) votes? in favour(?:,? (?:and )?(?<against>\w+) (?:votes? )?against)?(?:,? and (?<abstaining>\w+) abstentions?)?)",
    // A paragraph voted on separately is "retained by 105 votes to 2, …".
    R"((?:adopted|retained) by (?<inFavour>\w+) votes? to (?<against>\w+|none),? with (?<abstaining>\w+) abstentions?)",
    // The Council in the 1990s: "The result of the voting is as follows: 13
    // votes in favour, one against and one abstaining." ("… 15 votes in
    // favour.": unanimous.)
    R"(result of the voting is as follows: (?<inFavour>\w+) votes? in favour(?:, (?<against>\w+) (?:votes? )?against,? (?:and|with) (?<abstaining>\w+) (?:abstaining|abstentions?))?)",
    // A vote on a procedural matter: "There were 12 votes in favour, 3 against
    // and no abstentions."; unanimous: "There were 15 votes in favour."
    R"(There (?:were|was) (?<inFavour>\w+) votes? in favour(?:,? (?<against>\w+) (?:votes? )?against,? and (?<abstaining>\w+) abstentions?)?)",
};

// What a result or a decision says was decided: "The draft resolution has been
// adopted as resolution 2448 (2018)."; "… has not been adopted, owing to the
// negative vote of a permanent member"; "Draft resolution I was adopted by 123
// votes to 1, …".
constexpr OutcomeWording kOutcomes[] = {
    // A procedural vote: "The provisional agenda is not adopted, having failed to
    // obtain the required number of votes."
    // "… has therefore been adopted" (the 1980s Council).
    {R"(\b(?:(?:has|have) not(?: therefore| thus)? been|(?:was|were|is|are) not) (?:adopted|retained)\b|\b(?:was|were|(?:has|have)(?: therefore| thus)? been) rejected\b)",
     VoteOutcome::Rejected},
    // A paragraph put to a separate vote and "retained" stands in the text.
    {R"(\b(?:(?:has|have)(?: therefore| thus)? been|was|were|is|are) (?:adopted|retained)\b)",
     VoteOutcome::Adopted},
};

constexpr std::pair<std::string_view, int> kNumberWords[] = {
    {"none", 0},      {"no", 0},        {"zero", 0},     {"one", 1},     {"two", 2},
    {"three", 3},     {"four", 4},      {"five", 5},     {"six", 6},     {"seven", 7},
    {"eight", 8},     {"nine", 9},      {"ten", 10},     {"eleven", 11}, {"twelve", 12},
    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
};

constexpr std::string_view kContinuingWords[] = {
    "of", "and", "the", "to", "in", "on", "for", "with", "by", "from", "at", "a", "an", "its",
    "their", "or", "into", "between", "concerning", "including", "against", "as", "under",
    // A title before the name it goes with: "Tribute to the memory of His
    // Excellency" / "Mr. Hage Geingob, President of …".
    "Excellency", "Majesty", "Highness"};

// Not "co", "inter", "ex", "ever": "cooperation", "international",
// "explain" and "everything" are closed words made of a prefix and a word.
// The tens before a unit ("twenty-fourth", "seventy-ninth") too.
constexpr std::string_view kHyphenatedPrefixes[] = {"non",   "post",    "well",   "self",  "vice",
                                                    "anti",  "twenty",  "thirty", "forty", "fifty",
                                                    "sixty", "seventy", "eighty", "ninety"};

constexpr std::string_view kSuspendedHyphenConjunctions[] = {"and", "or"};

constexpr std::string_view kCompounds[] = {
    "Secretary-General", "Under-Secretary-General", "Assistant Secretary-General",
    "Deputy Secretary-General", "Vice-President", "Vice-Chair", "Vice-Chairman", "Vice-Chairperson",
    "Non-Self-Governing", "Director-General", "Rapporteur-General", "Attorney-General",
    "Governor-General", "Commander-in-Chief", "High-level", "Timor-Leste", "Guinea-Bissau",
    "Bosnia-Herzegovina", "co-sponsors", "co-sponsor", "Ad Hoc Open-ended", "open-ended",
    "follow-up", "South-South", "North-South", "long-term", "short-term", "medium-term",
    "well-being", "decision-making",
    // Round AX: compounds pdftotext printed without their
    // line-end hyphen ("survivorcentred").
    "gender-based", "large-scale", "full-scale", "survivor-centred", "people-centred",
    "evidence-based", "rights-based", "community-based", "conflict-related", "cross-border",
    "counter-terrorism", "self-determination", "peacebuilding", "peacekeeping"};

// A name as labels print it: an honorific, then words that start with a
// capital (particles such as "de" or "al" allowed), at most six of them.
#define EN_NAME                                                                                                                     \
  R"((?:(?:Mr|Mrs|Ms|Miss|Mme|Dr|Sir|Dame|Lord|Lady|Baroness|Prince|Princess|Sheikh|Sheikha|)"                                      \
  R"(Archbishop|Monsignor|Msgr|Cardinal|Father|Bishop|Judge|Professor|Count|Countess|Baron|U|Daw)\.?|(?:President|Vice-President|)" \
  R"(Prime Minister|Deputy Prime Minister|King|Queen|Emir|Crown Prince|Grand Duke|Chancellor|)"                                     \
  R"((?:Lieutenant|Major|Brigadier)[ -]General|Brigadier|General|Colonel|Rear Admiral|Vice-Admiral|)"                               \
  R"(Admiral|(?:Police )?Commissioner))\s+)"                                                                                        \
  R"((?:(?:de|da|dos|das|del|van|von|der|den|al|el|bin|ibn|la|le|di|du)\s+){0,2}(?:(?:al|el|as|ad|an|ar|ash)-)?)" PROFILE_NAME_WORD \
  R"((?:\s+(?:-\s+)?(?:(?:de|da|dos|das|del|van|von|der|den|al|el|bin|)"                                                            \
  R"(ibn|la|le|di|du|y|e|zu|af|ter|ould|ag|bint)\s+){0,2}(?:(?:al|el|as|ad|an|ar|ash)-)?)" PROFILE_LATER_NAME_WORD                  \
  R"(){0,5}?)"
// "(spoke in Ukrainian; English interpretation provided by the delegation)",
// "(spoke in Arabic via video-teleconference)", "(spoke via video-teleconference)".
#define EN_NOTE                                                                                            \
  R"((?<note>\((?:(?:spoke in|interpretation from|translated from|continued in) (?<language>[A-Z][a-z]+))" \
  R"((?: via video-?teleconference)?(?:[;,] [^()]{1,80})?|spoke via video-?teleconference)\)))"
#define EN_COUNTRY \
  R"(\((?<country>(?!spoke in|spoke via|interpretation from|translated from|continued in)(?:[^()]|\([^()]{1,40}\)){2,160})\))"
// Labels now and then print the note before the State: "Mr. Hilale (spoke in French) (Morocco):".
#define EN_NOTE_FIRST \
  R"((?<noteFirst>\((?:spoke in|interpretation from|translated from) (?<languageFirst>[A-Z][a-z]+)\)))"

// Not "in": German and Dutch write it as often.
constexpr std::string_view kCommonWords[] = {
    "the", "of", "and", "to", "that", "is", "for", "we", "on",
    // The words of any record of the United Nations, its cover page included.
    "council", "assembly", "president", "united", "nations", "security", "general"};

}  // namespace

// What each ballot row counts.
constexpr BallotRowKind kBallotRowKinds[] = {
    // "Invalid ballots:", "Members present and voting:": the rows' short wordings.
    {"(?:Number of b|B)allot papers", "ballotPapers"},
    {"(?:Number of i|I)nvalid ballots", "invalidBallots"},
    {"(?:Number of v|V)alid ballots", "validBallots"},
    {"(?:Number of m|M)embers (?:present and )?voting", "presentAndVoting"},
    {"Abstentions", "abstentions"},
    {"Required (?:two-thirds |absolute |simple )?majority|Absolute majority", "requiredMajority"},
    {"Number of votes obtained", "votesObtained"},
};

const LanguageProfile kEnglish = {
    .code = "en",
    .code3 = "eng",
    .name = "English",
    .commonWords = kCommonWords,
    .script = "Latn",
    .spacesBetweenWords = true,
    .sentenceEnd = ".?!:;",
    .closers = "”’\")]",
    // Mr. Delattre (France) (spoke in French): / Ms. Pierce (United Kingdom):
    // Mr. Garayev (Azerbaijan), Rapporteur of the Third Committee:
    .personLabel =
        "^(?<name>" EN_NAME ")\\s*(?::(?=\\s*\\())?\\s*(?:" EN_NOTE_FIRST "\\s*)?(?:" EN_COUNTRY
        ")?(?:,\\s*(?<role>[^:().]{3,120}?))?\\s*" EN_NOTE "?\\s*(?<colon>:)",
    // The President (spoke in French):
    .titleLabel = "^(?<title>(?i:{titles}))\\s*(?:" EN_COUNTRY ")?\\s*" EN_NOTE "?\\s*(?<colon>:)",
    .labelDelimiter = ":",
    .languageSwitch = "^" EN_NOTE "$",
    .titles = kTitles,
    .labelRole = "role",
    .honorifics = kHonorifics,
    .stylesEndingInAStop = kStylesEndingInAStop,
    .paragraphOpeners = kParagraphOpeners,
    .languages = kLanguages,
    .procedural = kProcedural,
    // The 1990s set headings in capitals: "ADOPTION OF THE AGENDA".
    .agendaHeading = "^(?i:Adoption of the agenda)$",
    .agendaItemHeading = "^(?:Agenda items?|AGENDA ITEMS?) \\d+[^.:]{0,60}$",
    .nonItemHeading =
        "^(?:Expression of (?:thanks|sympathy|condolences)|Tributes? to|Minute of silen(?:ce|t "
        "prayer)|Statement by the President\\b)",
    .headingStart =
        "^(?:(?:Draft|DRAFT) "
        "(?:resolution|decision|amendment|RESOLUTION|DECISION)s?\\b|Amendments? \\(|"
        "(?:[A-Z][a-z]+ (?:[a-z]+ )?)?[Rr]eports? (?:of|by|on)\\b|Letters? (?:dated|from)\\b|"
        "Identical letters\\b|Notes? by\\b|Memorand(?:um|a) by\\b|"
        // "FOURTH PROGRESS REPORT OF THE SECRETARY-GENERAL …", the 1990s' capitals.
        "(?:(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ANNUAL|SPECIAL|"
        "INTERIM|FINAL|FURTHER|PROGRESS) ){0,2}REPORTS? (?:OF|BY|ON)\\b|LETTERS? "
        "(?:DATED|FROM)\\b|IDENTICAL LETTERS\\b|"
        "NOTES? BY\\b"
        ")",
    .subItemHeading = "^\\([a-z]{1,4}\\) ",
    // The general debate: "Address by Mr. William Samoei Ruto, President of …".
    .addressHeading =
        "^Address by (?:Mr\\.|Mrs\\.|Ms\\.|Dr\\.|His |Her |Their |Sir |Dame |Lord |Lady |Sheikh |"
        "Prince |Princess |King |Queen |the |The )",
    .addressOffice = {},
    .officeNominatives = {},
    .namesInflect = false,
    // An election's result: "Number of ballot papers: 192", "Required
    // two-thirds majority: 128", "Number of votes obtained:".
    .ballotRow =
        "^(?:(?:Number of )?(?:[Bb]allot papers|[Ii]nvalid ballots|[Vv]alid ballots|[Mm]embers "
        "(?:present and )?voting)|Number of votes obtained|Abstentions|Required (?:two-thirds "
        "|absolute |simple )?majority|"
        "Absolute majority(?: required)?)\\s*:?(?:\\s*\\d[\\d,]*)?$",
    .ballotRowKinds = kBallotRowKinds,
    .invitesUnderRule39 = "\\brule 39\\b",
    .inviteeOfficeFirst = {},
    .continuingWords = kContinuingWords,
    .nationalCapacity =
        "^I (?:shall|will|should like to|would like to|now wish to) (?:now )?(?:make a statement|"
        "speak) in my (?:national capacity|(?:national )?capacity as (?:the )?(?:representative|"
        "(?:Deputy |Vice-)?(?:Prime )?(?:Minister|Secretary|President)[^.,]{0,120}) of (?:the )?"
        "(?<country>.+?)(?:,?\\s+(?:and )?on behalf of [^.]*)?)\\.(?=\\s|$)",
    .resumesPresidency =
        "(?i)^I (?:now )?resume my functions as (?:Acting )?(?:President|Chair(?:man|person)?)(?: "
        "of the "
        "[^.]+)?\\.$",
    // "I now give the floor to the representative of Peru.", "I call on the
    // Minister for Foreign Affairs of Chile."
    .givesFloor =
        "^I (?:(?:now|shall|will|shall now|will now|should like to|would like to|"
        "should now like to) )?(?:give the floor|call (?:up)?on) .{2,300}[.?]$",
    .decidedWithoutObjection = "(?:There being (?:no|on) objection, )?[Ii]t is so decided\\.",
    .beginsConsideration =
        "The Security Council will now begin its consideration of (?:the item|item \\d+) (?:on|of) "
        "(?:its|the) agenda\\.",
    .floorToNamed =
        // Or welcomes them: "I warmly welcome the Secretary-General, His Excellency
        // Mr. António Guterres, and I give him the floor."
    "I (?:now )?(?:give the floor to|call (?:up)?on|invite|(?:warmly |wish to )?welcome) "
    "(?:the )?(?<title>(?:Deputy "
    ")?Secretary-General)(?: of the United Nations)?,? (?:(?:His|Her) Excellency,? "
    ")?(?<name>(?:Mr\\.|Ms\\.|Mrs\\.|Dr\\.) [^,.]{2,60})[,.]",
    .resolution =
        R"([Rr]esolutions? (?<ref>(?<number>\d{1,4})(?: ?[A-H](?= ?\())? ?\((?:(?<year>\d{4})|(?<roman>[IVXL]{1,7}))\)|(?<session>(?:E?S-)?\d{1,3})/(?<item>\d{1,4})(?![\d/])))",
    .time = {R"((?<hour>\d{1,2})(?:[.:](?<minute>\d{2}))?\s*(?<period>a\.m\.|p\.m\.))", kPeriods},
    .cover =
        {
            .bodyLine = "^(?i:Security Council|General Assembly|Economic and Social Council|"
                        "Trusteeship Council)$",
            .status = "^(?i:Provisional|Official Records)$",
            // "Eleventh emergency special session", "Twenty-seventh special session".
            .session = "^(?i:[a-z]+(?:-[a-z]+)? (?:emergency special |special )?(?:year|session))$",
            .meeting = "^(?<number>\\d+)(?:st|nd|rd|th)?(?i: (?:plenary )?meeting)"
                       "(?: \\((?:Resumption|Resumed)(?: \\d+)?\\))?$",
            .date = "^(?:.{0,60}? on "
                    ")?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s*)?"
                    "(?<day>\\d{1,2}) (?<month>[A-Z][a-z]+) (?<year>\\d{4})(?:,?\\s*(?:at )?"
                    "(?<time>(?=.*\\d).+|noon|midnight))?$",
            .months = kMonths,
            .place = "^(?:New York|Geneva|Paris|London|Nairobi|Vienna|Addis Ababa|Panama City)$",
            .president = "^(?<title>President|Chair(?:man|person)?):\\s*(?<rest>.*)$",
            .members = "^Members:\\s*(?<rest>.*)$",
            // Typed records of the 1970s: "Provisional agenda (S/Agenda/1768)".
            .agenda = "^(?:Provisional agenda|Agenda)(?: \\(S/Agenda/\\d+(?:/Rev\\.\\d+)?\\))?$",
            // The 1990s wording, and the distribution lines beside it.
            .correctionNotice =
                "^(?:This record contains (?:the )?(?:original )?text|This record "
                "is subject to correction|Corrections will be issued after|Distr\\. "
                "GENERAL|ENGLISH$).*",
            // "First Committee", "Special Political and Decolonization Committee
            // (Fourth Committee)", "Disarmament Commission".
            .committee =
                "^(?i:(?:First|Second|Third|Fourth|Fifth|Sixth) Committee|Special Political "
                "and Decolonization Committee(?: \\(Fourth Committee\\))?|Disarmament "
                "Commission|(?:Ad Hoc|Special|Preparatory) Committee\\b.{0,120})$",
        },
    // "In favour:" on a line of its own; in the 1990s the States follow on the
    // label's line ("Against: Iraq, Sudan"; "Abstentions: Algeria, …").
    .vote = {.inFavour = "^In favour(?:\\s?:\\s+(?<rest>\\S.*)|\\s?:)?$",
             .against = "^Against(?:\\s?:\\s+(?<rest>\\S.*)|\\s?:)?$",
             .abstaining = "^(?:Abstain(?:ing|ed)|Abstentions)(?:\\s?:\\s+(?<rest>\\S.*)|\\s?:)?$",
             .none = "None",
             .separator = ",",
             .lastSeparator = "and",
             .results = kVoteResults,
             .numberWords = kNumberWords,
             .outcomes = kOutcomes},
    .jobLetter = "(E)",
    .compounds = kCompounds,
    .hyphenatedPrefixes = kHyphenatedPrefixes,
    .suspendedHyphenConjunctions = kSuspendedHyphenConjunctions,
    .breaksWordsAtLineEnds = false,
    .representativeRole = "Representative",
    .bodies = kBodies,
    .officeInLabel = "^(?:Department|Office|Secretariat|Division|United Nations |UN-)",
    .titleInLabel =
        "^(?:Secretary|Under-Secretary|Assistant Secretary|Deputy Secretary|Director|Chief|"
        "Executive Director|Special (?:Rapporteur|Representative|Envoy|Adviser|Coordinator)|"
        "High Commissioner|Rapporteur)",
};

}  // namespace verbatim::profiles
