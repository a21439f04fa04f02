// French. No real French record is in the corpus: every pattern here is
// written from the UN's French usage and tested on the synthetic record
// fixtures/fr/S_PV.99990.txt only. Unverified unless a comment says otherwise
// (what the search of public material could confirm is noted where it is used).
//
// French typography puts a space before ":" and ";" (U+00A0 or U+202F in the
// PDF; cleanSpaces makes it an ordinary space before these patterns run), and
// quotes with « ». The title "Le Président" differs from the cover's
// "Président :", so the cover's President line never passes for a label.
#include "raw/profiles/profiles.hpp"

namespace verbatim::profiles {
namespace {

constexpr TitleSpec kTitles[] = {
    {"Le Président par intérim", "actingPresident", "Président par intérim", true, {}},
    {"La Présidente par intérim", "actingPresident", "Présidente par intérim", true, {}},
    // The General Assembly's President-elect, speaking at the meeting that elected them.
    {"Le Président élu", "presidentElect", "Président élu", false, {}},
    {"La Présidente élue", "presidentElect", "Présidente élue", false, {}},
    {"Le Président", "president", "Président", true, {}},
    {"La Présidente", "president", "Présidente", true, {}},
    {"Le Vice-Secrétaire général", "deputySecretaryGeneral", "Vice-Secrétaire général", false,
     "Secretariat"},
    {"La Vice-Secrétaire générale", "deputySecretaryGeneral", "Vice-Secrétaire générale", false,
     "Secretariat"},
    {"Le Secrétaire général", "secretaryGeneral", "Secrétaire général", false, "Secretariat"},
    {"La Secrétaire générale", "secretaryGeneral", "Secrétaire générale", false, "Secretariat"},
    // A Main Committee's Secretary, a member of the Secretariat.
    {"Le Secrétaire de la Commission", "committeeSecretary", "Secrétaire de la Commission", false,
     "Secretariat"},
    {"La Secrétaire de la Commission", "committeeSecretary", "Secrétaire de la Commission", false,
     "Secretariat"},
    {"Le Secrétaire", "committeeSecretary", "Secrétaire", false, "Secretariat"},
    {"La Secrétaire", "committeeSecretary", "Secrétaire", false, "Secretariat"},
};

// "S. E." (Son Excellence) ending a line before the name.
constexpr std::string_view kStylesEndingInAStop[] = {"S. E.", "S.E."};

// "Mme" before "M." would not matter (both are tried), but "MM." must not
// pass for "M.": longest first.
// Openers of a paragraph (Flow weighs them where widths leave it open).
constexpr std::string_view kParagraphOpeners[] = {"Premièrement,",
                                                  "Deuxièmement,",
                                                  "Troisièmement,",
                                                  "Quatrièmement,",
                                                  "Enfin,",
                                                  "En conclusion,",
                                                  "Pour conclure,",
                                                  "Pour terminer,",
                                                  "Tout d’abord,",
                                                  "En premier lieu,",
                                                  "En deuxième lieu,",
                                                  "En second lieu,",
                                                  "En troisième lieu,",
                                                  "En dernier lieu,"};

constexpr std::string_view kHonorifics[] = {
    "Mme", "Mlle", "M.", "Dr", "Sir", "Dame", "Lord", "Lady", "Cheikh", "Cheikha", "Mgr", "Prince",
    "Princesse",
    // Heads of State and Government by their office:
    // "Le Président Ruto (parle en anglais) :".
    "Président", "Présidente", "Vice-Président", "Vice-Présidente", "Premier Ministre",
    "Première Ministre", "Roi", "Reine", "Émir",
    // Force Commanders, Police Commissioners and others by their rank or
    // calling: "Le général de corps d’armée Sow (parle en anglais) :".
    "général de corps d’armée", "général de division", "général de brigade", "général", "générale",
    "colonel", "amiral", "commissaire de police", "commissaire", "professeur", "professeure",
    "cheikh", "cheikha", "sultan", "Sultan", "grand-duc", "Grand-Duc", "juge", "Sœur"};

// The language notes name languages in lower case: "(parle en anglais)".
constexpr std::pair<std::string_view, int> kPeriods[] = {{"midi", 12}, {"minuit", 0}};

constexpr LanguageName kLanguages[] = {
    {"anglais", "eng"},
    {"arabe", "ara"},
    {"chinois", "zho"},
    {"espagnol", "spa"},
    {"français", "fra"},
    {"russe", "rus"},
    // Beyond the six, with interpretation or a text from the delegation.
    {"portugais", "por"},
    {"allemand", "deu"},
    {"japonais", "jpn"},
    {"coréen", "kor"},
    {"italien", "ita"},
    {"turc", "tur"},
    {"persan", "fas"},
    {"ukrainien", "ukr"},
    {"indonésien", "ind"},
    {"swahili", "swa"},
    {"hindi", "hin"},
    {"grec", "ell"},
    {"néerlandais", "nld"},
    {"polonais", "pol"},
    {"hébreu", "heb"},
    // More of the General Assembly's languages (unverified names).
    {"kirghize", "kir"},
    {"kazakh", "kaz"},
    {"ouzbek", "uzb"},
    {"tadjik", "tgk"},
    {"turkmène", "tuk"},
    {"mongol", "mon"},
    {"géorgien", "kat"},
    {"arménien", "hye"},
    {"azerbaïdjanais", "aze"},
    {"dari", "prs"},
    {"pachto", "pus"},
    {"amharique", "amh"},
    {"somali", "som"},
    {"serbe", "srp"},
    {"croate", "hrv"},
    {"bosniaque", "bos"},
    {"albanais", "sqi"},
    {"roumain", "ron"},
    {"hongrois", "hun"},
    {"tchèque", "ces"},
    {"slovaque", "slk"},
    {"bulgare", "bul"},
    {"vietnamien", "vie"},
    {"thaï", "tha"},
    {"malais", "msa"},
    {"bengali", "ben"},
    {"népalais", "nep"},
    {"cinghalais", "sin"},
    {"lao", "lao"},
    {"khmer", "khm"},
    {"maltais", "mlt"},
    {"letton", "lav"},
    {"lituanien", "lit"},
    {"estonien", "est"},
    {"finnois", "fin"},
    {"suédois", "swe"},
    {"danois", "dan"},
    {"norvégien", "nor"},
    {"bélarussien", "bel"},
    {"macédonien", "mkd"},
    {"slovène", "slv"},
    {"créole haïtien", "hat"},
    {"malgache", "mlg"},
    {"tétoum", "tet"},
    {"ourdou", "urd"},
    {"islandais", "isl"},
    {"filipino", "fil"},
    {"tamoul", "tam"},
    {"birman", "mya"},
};

constexpr ProceduralSpec kProcedural[] = {
    {"La séance (?:est ouverte|est reprise|reprend) à {time}\\.?", NarrativeKind::Opening},
    {"La séance est levée à {time}\\.?", NarrativeKind::Closing},
    // "…; elle est reprise à 12 h 10." or "… et reprise à 12 h 10."
    {"La séance est suspendue à {time}(?:(?:\\s?[;,]\\s?elle (?:est reprise|reprend)| et "
     "(?:est )?reprise) à {time2})?\\.?",
     NarrativeKind::Suspension},
    // "La séance, suspendue à 16 h 40, est reprise à 17 h 5." (unverified)
    {"La séance, suspendue à {time}, (?:est reprise|reprend) à {time2}\\.?",
     NarrativeKind::Suspension},
    {"L[’']ordre du jour (?:provisoire )?est adopté\\.?", NarrativeKind::AgendaAdopted},
    {"L[’']ordre du jour (?:provisoire )?n[’']est pas adopté\\.?", NarrativeKind::Decision},
    {"Il est procédé (?:au|à un) vote (?:à main levée|enregistré|au scrutin secret|par appel "
     "nominal)\\.?",
     NarrativeKind::VoteTaken},
    {"Il en est ainsi décidé(?: \\((?:décision|résolution) [^)]{1,30}\\))?\\.?",
     NarrativeKind::Decision},
    // The President's "Le projet de résolution est adopté en tant que résolution …" says
    // the same in a speech: the narrative is told by its bracketed symbol.
    // A full stop inside a symbol ("A/79/L.33") does not end the sentence.
    // Several at once: "Les projets de résolution I, II et III sont adoptés
    // (résolutions 79/170 à 79/172)."
    {"(?:Les? |L[’'])?(?:[Pp]rojets? de (?:résolution|décision)|[Aa]mendements?|[Pp]aragraphes?)"
     "(?:[^.]|\\.(?=\\S)){0,160}? (?:est|sont) (?:adoptée?s?|rejetée?s?|maintenue?s?|"
     "supprimée?s?)(?:[^.]|\\.(?=\\S)){0,160}?\\((?:résolutions?|décisions?) [^)]{1,40}\\)\\.?",
     NarrativeKind::Decision},
    // Without a number to give, the whole line: "Le projet de décision est adopté." (unverified)
    {"(?:Les? |L[’'])?(?:[Pp]rojets? (?:de (?:résolution|décision)|d[’']amendements?)|"
     "[Aa]mendements?)(?: "
     "(?:[^.]|\\.(?=\\S)){1,40}?)? (?:est|sont) (?:adoptée?s?|rejetée?s?)\\.",
     NarrativeKind::Decision},
    // A recorded vote's result: "Par 154 voix contre 3, avec 10 abstentions, le projet de
    // résolution A/79/L.33 est adopté (résolution 79/155)."
    {"Par \\d+ voix contre (?:\\d+|zéro|aucune|une?)(?:, avec (?:\\d+|une) abstentions?)?, "
     "(?:[^.]|\\.(?=\\S)){2,200}? (?:n[’']est pas |ne sont pas |est |sont )(?:adoptée?s?|"
     "rejetée?s?|maintenue?s?|"
     "supprimée?s?)(?:[^.]|\\.(?=\\S)){0,160}?\\.",
     NarrativeKind::Decision},
    {"(?:En l[’']absence (?:du Président|de la Présidente), )?(?:(?<chair>[^(),]{2,80}?) "
     "\\((?<country>[^()]{2,80})\\)|.{2,120}?), Vice-Présidente?, assume la présidence\\.?",
     NarrativeKind::ChairChange},
    // The office before the name: "Le Vice-Président, M. X (Kenya), assume la présidence."
    {"(?:En l[’']absence (?:du Président|de la Présidente), )?L[ae] Vice-Présidente?,? "
     "(?<chair>[^(),]{2,80}?) \\((?<country>[^()]{2,80})\\),? assume la présidence\\.?",
     NarrativeKind::ChairChange},
    // No office: a member the Council's President leaves the chair to (unverified).
    {"(?:En l[’']absence (?:du Président|de la Présidente), )?(?<chair>(?:M|Mme|Mlle)\\.? "
     "[^(),]{2,80}?) \\((?<country>[^()]{2,80})\\) assume la présidence\\.?",
     NarrativeKind::ChairChange},
    {"L[ae] Présidente? (?:reprend|assume) la présidence\\.?", NarrativeKind::ChairChange},
    {".{2,120}? observent une minute de (?:silence|prière ou de méditation)[^.]{0,120}\\.?",
     NarrativeKind::Silence},
    // "Une vidéo est projetée." / "Il est procédé à la projection d’une vidéo." (unverified)
    {"(?:Une vidéo est projetée|Il est procédé à la projection d[’']une vidéo|Un intermède "
     "musical a lieu)\\.",
     NarrativeKind::Event},
    // Élections : « Sur (À) l’invitation du Président, M. X (Pérou) et Mme Y
    // (Fidji) remplissent les fonctions de scrutateurs. » ; « Ayant obtenu la majorité
    // requise des deux tiers, l’Algérie et le Guyana sont élus membres … »
    // (unverified).
    {"(?:Sur|À) l[’']invitation d(?:u|e la) Présidente?(?: par intérim)?, .{2,600}? "
     "(?:remplissen?t|"
     "assument|assume|assurent|assure|exercent|exerce) (?:(?:de|à) nouveau )?(?:les |la )?"
     "fonctions? de "
     "scrutat(?:eur|rice)s?\\.",
     NarrativeKind::Tellers},
    {"Ayant obtenu la majorité (?:des deux tiers )?(?:requise|absolue)[^,]{0,80}, "
     "(?:[^.]|\\.(?=\\S)){2,1500}? "
     "(?:est|sont) (?:élue?s?|nommée?s?)\\b(?:[^.]|\\.(?=\\S)){0,600}?\\.",
     NarrativeKind::Election},
    {"\\[[^\\]]{2,600}\\]\\.?", NarrativeKind::Note},
    // "Sur l’invitation du Président, M. X (Israël) prend place à la table du
    // Conseil." (unverified); the older "… occupent les sièges qui leur sont
    // réservés sur le côté de la salle du Conseil." (unverified)
    {"Sur l[’']invitation d(?:u|e la) Présidente?(?: par intérim)?, .{2,1500}? "
     "(?:(?:prend|prennent) (?:place|la place|les places)|(?:occupe|occupent) (?:le|les|un) "
     "sièges?)\\b.{0,600}?\\.",
     NarrativeKind::Seating},
    // "M. X, Président de la République de Y, est escorté dans la salle de
    // l’Assemblée générale." / "… est escorté hors de la salle", "… à la tribune"
    // (unverified).
    {"(?:M\\.|Mme|Mlle|S\\. ?M\\.|S\\. ?A\\.|Sa|Son|Le|La|Les|L[’']) ?.{2,600}? (?:est|sont) "
     "escorté(?:e|s|es)? (?:dans|hors de|(?:jusqu[’'] ?)?à|de) la (?:salle|tribune)\\b"
     ".{0,120}?\\.",
     NarrativeKind::Escort},
};

// "Le projet de résolution a recueilli 13 voix pour, zéro voix contre et 2 abstentions." (the
// Council); "Par 154 voix contre 3, avec 10 abstentions, …" and "… est adopté par 154 voix
// contre 3, avec 10 abstentions …" (the Assembly).
constexpr std::string_view kVoteResults[] = {
    R"((?<inFavour>\w+) voix pour, (?<against>\w+) voix contre,? et (?<abstaining>\w+) abstentions?)",
    R"([Pp]ar (?<inFavour>\d+) voix contre (?<against>\w+)(?:, avec (?<abstaining>\w+) abstentions?)?)",
    // Unanimous: "Le projet de résolution a recueilli 15 voix pour.", "Le
    // résultat du vote est le suivant : 15 voix pour." (unverified), "Il y a
    // 15 voix pour." (the Council's show of hands).
    R"((?:recueilli|obtenu|[Ii]l y a|résultat du vote est le suivant\s?:) (?<inFavour>\w+) voix pour\b(?!,))",
};

// What a result or a decision says was decided: "Le projet de résolution a été
// adopté en tant que résolution …", "… n’a pas été adopté, en raison du vote
// négatif d’un membre permanent", "Le projet de résolution A/79/L.33 est adopté
// (résolution 79/155)." Unverified: no real French record here.
constexpr OutcomeWording kOutcomes[] = {
    {R"(\bn[’'] ?(?:(?:a|ont) pas été|(?:est|sont) pas) (?:adoptée?s?|maintenue?s?)\b|\b(?:a|ont) été rejetée?s?\b|\b(?:est|sont) rejetée?s?\b)",
     VoteOutcome::Rejected},
    // A paragraph put to a separate vote and "maintenu" stands in the text.
    {R"(\b(?:a|ont) été (?:adoptée?s?|maintenue?s?)\b|\b(?:est|sont) (?:adoptée?s?|maintenue?s?)\b)",
     VoteOutcome::Adopted},
};

constexpr std::pair<std::string_view, int> kNumberWords[] = {
    {"zéro", 0},   {"aucune", 0},  {"aucun", 0},     {"une", 1},     {"un", 1},
    {"deux", 2},   {"trois", 3},   {"quatre", 4},    {"cinq", 5},    {"six", 6},
    {"sept", 7},   {"huit", 8},    {"neuf", 9},      {"dix", 10},    {"onze", 11},
    {"douze", 12}, {"treize", 13}, {"quatorze", 14}, {"quinze", 15},
};

constexpr std::pair<std::string_view, std::string_view> kBodies[] = {
    {"SC", "Conseil de sécurité"},
    {"GA", "Assemblée générale"},
    {"ECOSOC", "Conseil économique et social"},
    {"TC", "Conseil de tutelle"},
    {"Secretariat", "Secrétariat"},
};

constexpr std::string_view kMonths[] = {"janvier",   "février", "mars",     "avril",
                                        "mai",       "juin",    "juillet",  "août",
                                        "septembre", "octobre", "novembre", "décembre"};

constexpr std::string_view kContinuingWords[] = {
    "de", "du", "des", "la", "le", "les", "et", "à", "au", "aux", "en", "sur", "pour", "dans",
    "par", "avec", "entre", "contre", "ou", "d’", "l’", "concernant", "relatif", "relative",
    // A title before the name it goes with ("… de Son Excellence" / "M. …").
    "Excellence", "Majesté", "Altesse"};

// Compounds the extraction may print without their hyphen at a line end
// ("VicePrésident"). French writes "Secrétaire général" with no hyphen.
// The tens before a unit ("vingt-quatrième", "soixante-dix-neuvième") too.
constexpr std::string_view kHyphenatedPrefixes[] = {"non",       "post",     "vice",   "sous",
                                                    "anti",      "vingt",    "trente", "quarante",
                                                    "cinquante", "soixante", "dix"};

constexpr std::string_view kSuspendedHyphenConjunctions[] = {"et", "ou"};

constexpr std::string_view kCompounds[] = {"Vice-Président",
                                           "Vice-Présidente",
                                           "Vice-Secrétaire général",
                                           "Vice-Secrétaire générale",
                                           "Sous-Secrétaire général",
                                           "Sous-Secrétaire générale",
                                           "Haut-Commissaire",
                                           "Haut-Représentant",
                                           "Royaume-Uni",
                                           "États-Unis",
                                           "Grande-Bretagne",
                                           "Timor-Leste",
                                           "Guinée-Bissau",
                                           "Bosnie-Herzégovine",
                                           "Nouvelle-Zélande",
                                           "Pays-Bas",
                                           "Arabie saoudite",
                                           "non-prolifération",
                                           "cessez-le-feu",
                                           "porte-parole",
                                           "au-delà",
                                           "peut-être",
                                           "c’est-à-dire",
                                           "vis-à-vis",
                                           "après-midi"};

// A name as labels print it: an honorific, then capitalised words (particles
// such as "de" or "d’" allowed), at most six of them.
#define FR_NAME                                                                                                                                        \
  R"((?:M\.|Mme|Mlle|Dr|Sir|Dame|Lord|Lady|[Cc]heikha?|Mgr|[Ss]ultan|[Gg]rand-[Dd]uc|Prince héritier|Prince héréditaire|Prince|Princesse|Régent|)" \
  R"(Présidente|Président|Vice-Présidente|Vice-Président|Première Ministre|Premier Ministre|)"                                                    \
  R"(Reine|Roi|Émir|)"                                                                                                                                \
  R"(général(?:e)? de (?:corps d[’']armée|division|brigade)|générale?|colonel(?:le)?|amiral|)"                                                  \
  R"(commissaire(?: de police)?|professeure?|juge|[Ss]œur|[Pp]ère|[Ff]rère)\s+)"                                                                    \
  R"((?:(?:de|du|des|da|dos|das|do|van|von|der|den|al|el|ben|bin|ibn|la|le|di)\s+|d[’']){0,2})"                                                      \
  R"((?:(?:al|el|as|ad|an|ar|ash)-)?)" PROFILE_NAME_WORD                                                                                               \
  R"((?:\s+(?:-\s+)?(?:(?:de|du|des|da|dos|del|van|von|der|al|el|bin|)"                                                                                \
  R"(ibn|la|le|di|y|e|zu|af|ter|ould|ag|bint)\s+|d[’']){0,2}(?:(?:al|el|as|ad|an|ar|ash)-)?)" PROFILE_LATER_NAME_WORD                                  \
  R"(){0,5}?)"
// "(parle en anglais)"; older records: "(traduit du russe)", "(interprétation de l’anglais)".
// Also "(parle en anglais par visioconférence)", "(parle par visioconférence)".
#define FR_NOTE                                                                                                                                        \
  R"((?<note>\((?:(?:parle en |(?:l[’']orat(?:eur|rice) )?(?:poursuit|reprend) en |(?:traduit|interprétation) (?:de l[’']|du |de ))(?<language>)" \
  R"(\p{Ll}+)(?: par visioconférence)?(?: ?[;,] [^()]{1,80})?|parle par visioconférence)\)))"
#define FR_COUNTRY \
  R"(\((?<country>(?!parle en |parle par |poursuit en |reprend en |l[’']orat|traduit |interprétation )(?:[^()]|\([^()]{1,40}\)){2,160})\))"

constexpr std::string_view kCommonWords[] = {
    "le", "et", "les", "des", "du", "est", "une", "nous", "pas", "dans", "qui", "au",
    // The words of any record of the United Nations, its cover page included.
    "conseil", "assemblée", "président", "présidente", "unies", "sécurité", "générale"};

}  // namespace

// What each ballot row counts.
constexpr BallotRowKind kBallotRowKinds[] = {
    // Also without "Nombre de": "Bulletins déposés :" (unverified).
    {"(?:Nombre de b|B)ulletins (?:déposés|de vote)", "ballotPapers"},
    {"(?:Nombre de b|B)ulletins nuls", "invalidBallots"},
    {"(?:Nombre de b|B)ulletins valables", "validBallots"},
    // Also "Nombre de membres votants" (unverified).
    {"Nombre de membres (?:présents et )?votants", "presentAndVoting"},
    {"Abstentions", "abstentions"},
    // "Majorité des deux tiers requise :" (the Council's election, rule 83).
    {"Majorité (?:des deux tiers )?(?:requise|absolue)", "requiredMajority"},
    {"Nombre de voix obtenues", "votesObtained"},
};

const LanguageProfile kFrench = {
    .code = "fr",
    .code3 = "fra",
    .name = "français",
    .commonWords = kCommonWords,
    .script = "Latn",
    .spacesBetweenWords = true,
    .spaceBeforeHighPunctuation = true,
    .sentenceEnd = ".?!:;…",
    .closers = "»”’\")]",
    // M. Dupont (France) (parle en anglais) : / Mme Shea (États-Unis d’Amérique) :
    .personLabel = "^(?:(?:Le|La) |L[’'])?(?<name>" FR_NAME ")\\s*(?:" FR_COUNTRY
                   ")?(?:,\\s*(?<role>[^:().]{3,120}?))?\\s*" FR_NOTE "?\\s*(?<colon>:)",
    // Le Président (parle en anglais) :
    .titleLabel = "^(?<title>(?i:{titles}))\\s*(?:" FR_COUNTRY ")?\\s*" FR_NOTE "?\\s*(?<colon>:)",
    .labelDelimiter = ":",
    .languageSwitch = "^" FR_NOTE "$",
    .titles = kTitles,
    .labelRole = "role",
    .honorifics = kHonorifics,
    .stylesEndingInAStop = kStylesEndingInAStop,
    .paragraphOpeners = kParagraphOpeners,
    .languages = kLanguages,
    .procedural = kProcedural,
    .agendaHeading = "^(?i:Adoption de l[’']ordre du jour)$",
    .agendaItemHeading = "^Points? \\d+[^.:]{0,30} de l[’']ordre du jour(?: \\(suite\\))?$",
    // (unverified but for English)
    .nonItemHeading =
        "^(?:Expression de (?:remerciements|sympathie|condoléances)|Hommage à|Minute de "
        "silence|Déclaration d[ue] (?:la )?Président)",
    .headingStart =
        "^(?:Projets? de (?:résolution|décision)s?\\b|Rapports? (?:du|de la|de l[’']|des)\\b|"
        "Lettres? (?:datée|identiques?)\\b|Notes? (?:du|de la|de l[’'])\\b|Mémorandums? (?:du|de "
        "la)\\b)",
    .subItemHeading = "^\\(?[a-z]{1,4}\\) ",
    // "Allocution de M. William Samoei Ruto, Président de la République du Kenya" (unverified).
    .addressHeading =
        "^Allocution (?:de|du|prononcée par) (?:M\\.|Mme|Mlle|S\\. ?M\\.|S\\. ?A\\.|Sa |Son |la "
        "|le |"
        "l[’'])",
    .addressOffice = {},
    .officeNominatives = {},
    .namesInflect = false,
    // Le résultat d'une élection : « Nombre de bulletins déposés : 192 »,
    // « Majorité requise des deux tiers : 128 », « Nombre de voix obtenues : ».
    .ballotRow =
        "^(?:Nombre de (?:bulletins (?:déposés|de vote|nuls|valables)|membres (?:présents et )?"
        "votants|voix obtenues)|Bulletins (?:déposés|nuls|valables)|Abstentions|Majorité (?:des "
        "deux tiers "
        ")?(?:requise(?: des deux tiers)?|absolue(?: requise)?))"
        "\\s*:?(?:\\s*\\d[\\d\\s]*)?$",
    .ballotRowKinds = kBallotRowKinds,
    .invitesUnderRule39 = "\\barticle 39\\b",
    .inviteeOfficeFirst = {},
    .continuingWords = kContinuingWords,
    .nationalCapacity =
        "^Je (?:vais |voudrais |souhaiterais )?(?:maintenant |à présent )?(?:faire|fais|prononcer) "
        "une "
        // A minister who chairs says so by office: "… en ma qualité de Ministre de l’Europe
        // et des affaires étrangères de la France."
        "déclaration en (?:ma )?qualité de (?:représentante?|(?:Premier |Première |Vice-)?"
        "(?:Ministre|Président|Présidente|Secrétaire)[^.,]{0,120}) (?:de la |du |des |de "
        "l[’']|d[’']|de )"
        "(?<country>.+?)\\.(?=\\s|$)",
    .resumesPresidency =
        "(?i)^Je reprends (?:maintenant |à présent )?(?:mes|les) fonctions de Pr[ée]sidente?(?: "
        "par "
        "intérim)?(?: (?:du Conseil(?: de sécurité)?|de l[’']Assemblée(?: générale)?))?\\.$",
    // "Je donne maintenant la parole au représentant du Pérou." (unverified)
    .givesFloor =
        "^(?:Je (?:donne|vais (?:maintenant )?donner) (?:maintenant |à présent )?la parole "
        "(?:à|au|aux) |La parole est (?:à|au|aux) ).{2,300}[.?]$",
    // (unverified)
    .decidedWithoutObjection =
        "(?:En l[’\']absence d[’\']objection, |Comme il n[’\']y a pas d[’\']objection, )?[Ii]l en "
        "est "
        "ainsi décidé\\.",
    .beginsConsideration =
        "Le Conseil de sécurité va maintenant aborder l[’']examen de la question inscrite à son "
        "ordre du jour\\.",
    .floorToNamed =
        // Or welcomes them: "Je souhaite chaleureusement la bienvenue au Secrétaire
        // général, S. E. M. António Guterres, à qui je donne maintenant la parole."
    "(?:Je donne (?:maintenant |à présent )?la parole|Je souhaite (?:chaleureusement )?la "
    "bienvenue|Je salue la présence parmi nous) (?:au|à la|du|de la) (?<title>(?:Vice-)?"
    "Secrétaire générale?)(?: de l[’']Organisation des Nations Unies)?,? (?:S\\. ?E\\. ?)?"
    "(?<name>(?:M\\.|Mme) [^,.]{2,60})[,.]",
    .resolution =
        R"([Rr]ésolutions? (?<ref>(?<number>\d{1,4})(?: ?[A-H](?= ?\())? ?\((?:(?<year>\d{4})|(?<roman>[IVXL]{1,7}))\)|(?<session>(?:E?S-)?\d{1,3})/(?<item>\d{1,4})(?![\d/])))",
    // 10 h 5, 15 h 10, 12 heures
    // "10 h 5", "15 heures"; "midi", "minuit" (periods with no hour).
    .time =
        {R"((?<hour>\d{1,2})\s?h(?:eures?)?(?:\s?(?<minute>\d{1,2}))?(?![\p{L}\d])|(?<period>midi|minuit)\b)",
         kPeriods},
    .cover =
        {
            .bodyLine = "^(?:Conseil de sécurité|Assemblée générale|Conseil économique et "
                        "social|Conseil de tutelle)$",
            .status = "^(?i:Provisoire|Documents officiels)$",
            // "Onzième session extraordinaire d’urgence".
            .session = "^[\\p{Lu}][\\p{L}\\-]+(?: [\\p{L}\\-]+){0,2} (?:année|session)"
                       "(?: extraordinaire(?: d[’']urgence)?)?$",
            // "99990e séance", "107e séance plénière"; the number apart: "99990" / "e séance".
            .meeting = "^(?<number>\\d+)(?:e|re|ème)?\\s?séance(?: plénière)?"
                       "(?: \\((?:Resumption|Resumed)(?: \\d+)?\\))?$",
            // Jeudi 12 mars 2026, à 10 heures
            .date = "^(?:(?:[Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|[Ss]amedi|"
                    "[Dd]imanche)\\s+)?(?<day>\\d{1,2})(?:er)? (?<month>\\p{Ll}+) "
                    "(?<year>\\d{4})(?:,?\\s*(?:à )?(?<time>(?=.*\\d).+|midi|minuit))?$",
            .months = kMonths,
            .place = "^(?:New York|Genève|Paris|Londres|Nairobi|Vienne|Addis-Abeba)$",
            .president = "^(?<title>Présidente?)\\s?:\\s*(?<rest>.*)$",
            .members = "^Membres\\s?:\\s*(?<rest>.*)$",
            .agenda = "^Ordre du jour$",
            // "Le présent procès-verbal contient …", also "Ce procès-verbal contient …".
            .correctionNotice = "^(?:Le présent|Ce) procès-verbal contient.*",
            .committee = "^(?:(?:Première|Deuxième|Troisième|Quatrième|Cinquième|Sixième) "
                         "Commission|Commission des questions politiques spéciales et de la "
                         "décolonisation(?: \\(Quatrième Commission\\))?|Commission du "
                         "désarmement|Comité (?:spécial|préparatoire)\\b.{0,120})$",
        },
    // "Votent pour :", or as some records head the lists, "Pour :" (unverified).
    .vote = {.inFavour = "^(?:Votent pour|Pour)\\s?:(?:\\s+(?<rest>\\S.*))?$",
             .against = "^(?:Votent contre|Contre)\\s?:(?:\\s+(?<rest>\\S.*))?$",
             .abstaining = "^(?:S[’']abstiennent|Abstentions)\\s?:(?:\\s+(?<rest>\\S.*))?$",
             .none = "Néant",
             .separator = ",",
             .lastSeparator = "et",
             .results = kVoteResults,
             .numberWords = kNumberWords,
             .outcomes = kOutcomes},
    .jobLetter = "(F)",
    .compounds = kCompounds,
    .hyphenatedPrefixes = kHyphenatedPrefixes,
    .suspendedHyphenConjunctions = kSuspendedHyphenConjunctions,
    .breaksWordsAtLineEnds = true,
    .representativeRole = "Représentant",
    .bodies = kBodies,
    .officeInLabel =
        "^(?:Département|Bureau|Secrétariat|Division|Organisation des Nations Unies|Programme "
        "des Nations Unies)",
    .titleInLabel =
        "^(?:Secrétaire|Sous-Secrétaire|Directeur|Directrice|Chef|Représentante? spéciale?|"
        "Rapporteur|Rapporteuse|Envoyée? spéciale?|Haut-Commissaire|Haute-Commissaire)",
};

}  // namespace verbatim::profiles
