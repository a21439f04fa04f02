// Spanish. No real Spanish record is in the corpus; the synthetic record
// fixtures/es/S_PV.99991.txt exercises these patterns. Verified in public
// material (the search tool, see the report of issue 3): the cover page of
// S/PV.5565 as extracted text ("Consejo de Seguridad", "Provisional",
// "Sexagésimo primer año", "5565ª sesión", "Sábado 11 de noviembre de 2006, a las
// 12.00 horas", "Nueva York", "Presidente:", "Miembros:", "Orden del día", the
// correction notice "La presente acta contiene la versión literal de los
// discursos pronunciados en español…", honorifics "Sr."/"Sra."); "Queda aprobado
// el orden del día." and "Se guarda un minuto de silencio" (UN Web TV summaries);
// "Aprobación del orden del día" (Repertoire of the Practice of the Security
// Council). Everything else is unverified.
#include "raw/profiles/profiles.hpp"

namespace verbatim::profiles {
namespace {

constexpr TitleSpec kTitles[] = {
    {"El Presidente interino", "actingPresident", "Presidente interino", true, {}},
    {"La Presidenta interina", "actingPresident", "Presidenta interina", true, {}},
    // The General Assembly's President-elect, speaking at the meeting that elected them.
    {"El Presidente electo", "presidentElect", "Presidente electo", false, {}},
    {"La Presidenta electa", "presidentElect", "Presidenta electa", false, {}},
    {"El Presidente", "president", "Presidente", true, {}},
    {"La Presidenta", "president", "Presidenta", true, {}},
    {"El Vicesecretario General", "deputySecretaryGeneral", "Vicesecretario General", false,
     "Secretariat"},
    {"La Vicesecretaria General", "deputySecretaryGeneral", "Vicesecretaria General", false,
     "Secretariat"},
    {"El Secretario General", "secretaryGeneral", "Secretario General", false, "Secretariat"},
    {"La Secretaria General", "secretaryGeneral", "Secretaria General", false, "Secretariat"},
    // A Main Committee's Secretary, a member of the Secretariat.
    {"El Secretario de la Comisión", "committeeSecretary", "Secretario de la Comisión", false,
     "Secretariat"},
    {"La Secretaria de la Comisión", "committeeSecretary", "Secretaria de la Comisión", false,
     "Secretariat"},
    {"El Secretario", "committeeSecretary", "Secretario", false, "Secretariat"},
    {"La Secretaria", "committeeSecretary", "Secretaria", false, "Secretariat"},
};

// Openers of a paragraph (Flow weighs them where widths leave it open).
constexpr std::string_view kParagraphOpeners[] = {
    "En primer lugar,", "En segundo lugar,", "En tercer lugar,", "En cuarto lugar,",
    "Por último,",      "Finalmente,",       "Para concluir,",   "Para terminar,",
    "En conclusión,",   "Primero,",          "Segundo,",         "Tercero,"};

constexpr std::string_view kHonorifics[] = {
    "Sra.", "Srta.", "Sr.", "Dra.", "Dr.", "Sir", "Dame", "Lord", "Jeque", "Jequesa", "Arzobispo",
    "Monseñor", "Cardenal", "Obispo",
    // Heads of State and Government by their office: "El Presidente Ruto (habla en inglés):".
    "Presidente", "Presidenta", "Vicepresidente", "Vicepresidenta", "Primer Ministro",
    "Primera Ministra", "Rey", "Reina", "Emir", "Príncipe Heredero", "Príncipe", "Princesa",
    // Styles before the honorific ("…, Excmo." / "Sr. António Guterres."): their
    // full stop ends no sentence.
    "Excmo.", "Excma.", "Ilmo.", "Ilma.",
    // Force Commanders, Police Commissioners and others by their rank or calling.
    "Teniente General", "General de División", "General de Brigada", "General", "Coronel",
    "Almirante", "Comisionada de Policía", "Comisionado de Policía", "Profesora", "Profesor",
    "Jueza", "Juez", "Magistrada", "Magistrado"};

constexpr LanguageName kLanguages[] = {
    {"inglés", "eng"},
    {"árabe", "ara"},
    {"chino", "zho"},
    {"español", "spa"},
    {"francés", "fra"},
    {"ruso", "rus"},
    // Beyond the six, with interpretation or a text from the delegation.
    {"portugués", "por"},
    {"alemán", "deu"},
    {"japonés", "jpn"},
    {"coreano", "kor"},
    {"italiano", "ita"},
    {"turco", "tur"},
    {"persa", "fas"},
    {"ucraniano", "ukr"},
    {"indonesio", "ind"},
    {"swahili", "swa"},
    {"hindi", "hin"},
    {"griego", "ell"},
    {"neerlandés", "nld"},
    {"polaco", "pol"},
    {"hebreo", "heb"},
    // More of the General Assembly's languages (unverified names).
    {"kirguís", "kir"},
    {"kazajo", "kaz"},
    {"uzbeko", "uzb"},
    {"tayiko", "tgk"},
    {"turcomano", "tuk"},
    {"mongol", "mon"},
    {"georgiano", "kat"},
    {"armenio", "hye"},
    {"azerbaiyano", "aze"},
    {"dari", "prs"},
    {"pastún", "pus"},
    {"amárico", "amh"},
    {"somalí", "som"},
    {"serbio", "srp"},
    {"croata", "hrv"},
    {"bosnio", "bos"},
    {"albanés", "sqi"},
    {"rumano", "ron"},
    {"húngaro", "hun"},
    {"checo", "ces"},
    {"eslovaco", "slk"},
    {"búlgaro", "bul"},
    {"vietnamita", "vie"},
    {"tailandés", "tha"},
    {"malayo", "msa"},
    {"bengalí", "ben"},
    {"nepalí", "nep"},
    {"cingalés", "sin"},
    {"lao", "lao"},
    {"jemer", "khm"},
    {"maltés", "mlt"},
    {"letón", "lav"},
    {"lituano", "lit"},
    {"estonio", "est"},
    {"finlandés", "fin"},
    {"sueco", "swe"},
    {"danés", "dan"},
    {"noruego", "nor"},
    {"belaruso", "bel"},
    {"macedonio", "mkd"},
    {"esloveno", "slv"},
    {"criollo haitiano", "hat"},
    {"malgache", "mlg"},
    {"tetun", "tet"},
    {"urdu", "urd"},
    {"islandés", "isl"},
    {"filipino", "fil"},
    {"tamil", "tam"},
    {"birmano", "mya"},
};

constexpr ProceduralSpec kProcedural[] = {
    {"Se (?:abre|reanuda) la sesión a las {time}\\.?", NarrativeKind::Opening},
    {"Se levanta la sesión a las {time}\\.?", NarrativeKind::Closing},
    {"Se suspende la sesión a las {time}(?:,? y se reanuda a las {time2})?\\.?",
     NarrativeKind::Suspension},
    {"(?:Queda aprobado|Se aprueba) el orden del día(?: provisional)?\\.?",
     NarrativeKind::AgendaAdopted},
    {"No (?:queda aprobado|se aprueba) el orden del día(?: provisional)?\\.?",
     NarrativeKind::Decision},
    // "Se procede a votación secreta restringida." (a restricted ballot).
    {"Se procede a (?:una )?(?:votación (?:ordinaria|registrada|secreta(?: restringida)?|nominal)|"
     "votación a mano alzada)\\.?",
     NarrativeKind::VoteTaken},
    {"Así queda acordado(?: \\((?:decisión|resolución) [^)]{1,30}\\))?\\.?",
     NarrativeKind::Decision},
    // The President's "Queda aprobado el proyecto de resolución como resolución …" says the
    // same in a speech: the narrative is told by its bracketed symbol.
    // A full stop inside a symbol ("A/79/L.33") does not end the sentence.
    // "Queda aprobado, en su forma enmendada, el proyecto …": a phrase may stand between.
    {"Queda(?:n)? (?:aprobad|rechazad|suprimid)[oa]s?(?:, [^,.]{2,60},)? (?:el|la|los|las) "
     "(?:proyectos? de "
     "(?:resolución|decisión)|enmiendas?|párrafos?)(?:[^.]|\\.(?=\\S)){0,160}?\\((?:resolución|"
     "decisión) [^)]{1,30}\\)\\.?",
     NarrativeKind::Decision},
    // Without a number to give, the whole line: "Queda aprobado el proyecto de decisión."
    // (unverified)
    {"Queda(?:n)? (?:aprobad|rechazad)[oa]s?(?:, [^,.]{2,60},)? (?:el|la|los|las) "
     "(?:proyectos? de (?:resolución|decisión)|enmiendas?|recomendaci(?:ón|ones)|decisi(?:ón|ones)"
     "(?: oral(?:es)?)?|propuestas?|mociones?|moción)(?: (?:[^.]|\\.(?=\\S)){1,40}?)?\\.",
     NarrativeKind::Decision},
    // A recorded vote's result: "Por 115 votos contra 4 y 12 abstenciones, queda aprobado el
    // proyecto de resolución A/79/L.41 (resolución 79/160)."
    // "… y ninguna abstención, …"; "…, se mantiene el párrafo 5 de la parte dispositiva.";
    // "…, queda mantenido el párrafo 12 …" (round BE, unverified).
    {"Por \\d+ votos? contra (?:\\d+|ninguno)(?: y (?:\\d+|ninguna) abstenci(?:ón|ones))?, "
     "(?:(?:no )?queda(?:n)? (?:aprobad|rechazad|suprimid|mantenid|retenid)[oa]s?|(?:no )?se "
     "mantienen?|se suprimen?),? "
     "(?:[^.]|\\.(?=\\S)){2,200}?\\.",
     NarrativeKind::Decision},
    {"(?:En ausencia (?:del Presidente|de la Presidenta), )?(?:(?:[Ee]l |[Ll]a "
     ")?(?<chair>[^(),]{2,80}?) "
     "\\((?<country>[^()]{2,80})\\)|.{2,120}?), Vicepresident[ea], ocupa la Presidencia\\.?",
     NarrativeKind::ChairChange},
    // The office before the name, and the verb first: "El Vicepresidente, Sr. X
    // (Kenya), ocupa la Presidencia.", "Ocupa la Presidencia el Vicepresidente, Sr. X (Kenya)."
    {"(?:En ausencia (?:del Presidente|de la Presidenta), )?(?:[Ee]l Vicepresidente|[Ll]a "
     "Vicepresidenta),? (?<chair>[^(),]{2,80}?) \\((?<country>[^()]{2,80})\\),? ocupa la "
     "Presidencia\\.?",
     NarrativeKind::ChairChange},
    {"(?:En ausencia (?:del Presidente|de la Presidenta), )?[Oo]cupa la Presidencia (?:el "
     "Vicepresidente|la Vicepresidenta),? (?<chair>[^(),]{2,80}?) "
     "\\((?<country>[^()]{2,80})\\)\\.?",
     NarrativeKind::ChairChange},
    // No office: a member the Council's President leaves the chair to
    // (unverified): "Ocupa la Presidencia la Sra. X (Panamá).", "El Presidente
    // cede la Presidencia a la Sra. X (Panamá)."
    {"(?:En ausencia (?:del Presidente|de la Presidenta), )?(?:[Oo]cupa la Presidencia (?:el|la) |"
     "(?:El Presidente|La Presidenta) cede la Presidencia a(?:l| la) )(?<chair>(?:Sr|Sra|Srta|Dr|"
     "Dra)\\. [^(),]{2,80}?) \\((?<country>[^()]{2,80})\\)\\.?",
     NarrativeKind::ChairChange},
    {"(?:El Presidente|La Presidenta) (?:vuelve a ocupar|ocupa) la Presidencia\\.?",
     NarrativeKind::ChairChange},
    {"Se guarda un minuto de (?:silencio|oración o meditación)[^.]{0,160}\\.?",
     NarrativeKind::Silence},
    // "Se proyecta un video." / "Tiene lugar una actuación musical." (unverified)
    {"(?:Se proyecta(?:n)? (?:un |una )?(?:video|vídeo|película|mensaje grabado)s?|Tiene lugar "
     "una (?:actuación|interpretación) musical)\\.",
     NarrativeKind::Event},
    // "Los miembros de la Asamblea General guardan un minuto de silencio."
    {"(?:Los|Las|La|El) .{2,120}? guarda(?:n|ron)? un minuto de (?:silencio|oración o "
     "meditación)[^.]{0,160}\\.",
     NarrativeKind::Silence},
    // Elecciones: "Por invitación de la Presidenta, la Sra. X (Kenya) y el Sr. Y
    // (Bhután) actúan como escrutadores."; "Habiendo obtenido la mayoría
    // requerida de dos tercios, Argelia y Ghana quedan elegidos miembros …".
    {"(?:Por|A) invitación de(?:l| la) President[ea](?: interin[oa])?, .{2,600}? "
     "(?:actúan?|actuaron|"
     "actuó) como escrutador(?:es|as|a)?\\.",
     NarrativeKind::Tellers},
    {"Habiendo obtenido (?:la|una) mayoría (?:requerida|absoluta)[^,]{0,80}, (?:[^.]|\\.(?=\\S)){2,"
     "1500}? (?:queda|quedan|es|son|resulta|resultan|fue|fueron) (?:elegid|elect|nombrad)[oa]s?\\b"
     "(?:[^.]|\\.(?=\\S)){0,600}?\\.",
     NarrativeKind::Election},
    {"\\[[^\\]]{2,600}\\]\\.?", NarrativeKind::Note},
    // "Por invitación del Presidente, el Sr. X (Israel) ocupa un asiento a la
    // mesa del Consejo." (unverified)
    {"(?:Por|A) invitación de(?:l| la) President[ea](?: interin[oa])?, .{2,1500}? "
     "(?:toma|toman|ocupa|ocupan) (?:asiento|asientos|un asiento|el asiento|los asientos|"
     "lugar|un lugar)\\b.{0,600}?\\.",
     NarrativeKind::Seating},
    // "El Sr. X, Presidente de la República de Y, es acompañado al Salón de la
    // Asamblea General." / "… es acompañado fuera del Salón …" (unverified).
    {"(?:El|La|Los|Las|Su|Sus) .{2,600}? (?:es|son|fue|fueron) acompañad[oa]s? (?:al|a la|hasta "
     "el|fuera del|desde el|al retirarse del|al retirarse de la) "
     "(?:Salón|salón|estrado|tribuna)\\b.{0,120}?\\.",
     NarrativeKind::Escort},
};

// "El proyecto de resolución ha obtenido 13 votos a favor, ninguno en contra y 2 abstenciones."
// (the Council); "Por 115 votos contra 4 y 12 abstenciones, queda aprobado …" (the Assembly).
constexpr std::string_view kVoteResults[] = {
    R"((?<inFavour>\w+) votos? a favor, (?<against>\w+)(?: votos?)? en contra,? y (?<abstaining>\w+) abstenci(?:ón|ones))",
    // "14 votos a favor y 1 en contra": no abstention said, none.
    R"((?<inFavour>\w+) votos? a favor y (?<against>\w+)(?: votos?)? en contra\b)",
    R"([Pp]or (?<inFavour>\d+) votos? contra (?<against>\w+)(?: y (?<abstaining>\w+) abstenci(?:ón|ones))?)",
    // Unanimous: "El proyecto de resolución ha obtenido 15 votos a favor.", "El
    // resultado de la votación es el siguiente: 15 votos a favor." (unverified)
    // Also "… ha recibido 15 votos a favor.", "Hay 15 votos a favor." (unverified).
    R"((?:obtenido|recibido|[Hh]ay|resultado de la votación es el siguiente:) (?<inFavour>\w+) votos? a favor\b(?!,))",
};

// What a result or a decision says was decided: "El proyecto de resolución ha
// sido aprobado como resolución …", "… no ha sido aprobado debido al voto
// negativo de un miembro permanente", "Queda aprobado el proyecto de resolución
// A/79/L.41 (resolución 79/160)." Unverified: no real Spanish record here.
constexpr OutcomeWording kOutcomes[] = {
    {R"(\b[Nn]o se (?:aprueban?|mantienen?)\b|\b[Nn]o (?:(?:ha|han) sido|[Qq]ueda|[Qq]uedan|fue|fueron) (?:aprobad|mantenid|retenid)[oa]s?\b|\b(?:(?:ha|han) sido|fue|fueron|[Qq]ueda|[Qq]uedan) rechazad[oa]s?\b)",
     VoteOutcome::Rejected},
    // A paragraph put to a separate vote and kept ("se mantiene") stands in the text.
    {R"(\b(?:(?:ha|han) sido|fue|fueron|[Qq]ueda|[Qq]uedan) (?:aprobad|mantenid|retenid)[oa]s?\b|\bse mantienen?\b)",
     VoteOutcome::Adopted},
};

constexpr std::pair<std::string_view, int> kNumberWords[] = {
    {"ninguno", 0}, {"ninguna", 0}, {"cero", 0},   {"uno", 1},      {"una", 1},
    {"un", 1},      {"dos", 2},     {"tres", 3},   {"cuatro", 4},   {"cinco", 5},
    {"seis", 6},    {"siete", 7},   {"ocho", 8},   {"nueve", 9},    {"diez", 10},
    {"once", 11},   {"doce", 12},   {"trece", 13}, {"catorce", 14}, {"quince", 15},
};

constexpr std::pair<std::string_view, std::string_view> kBodies[] = {
    {"SC", "Consejo de Seguridad"},
    {"GA", "Asamblea General"},
    {"ECOSOC", "Consejo Económico y Social"},
    {"TC", "Consejo de Administración Fiduciaria"},
    {"Secretariat", "Secretaría"},
};

constexpr std::string_view kMonths[] = {"enero",      "febrero", "marzo",     "abril",
                                        "mayo",       "junio",   "julio",     "agosto",
                                        "septiembre", "octubre", "noviembre", "diciembre"};

constexpr std::string_view kContinuingWords[] = {
    "de", "del", "la", "el", "los", "las", "y", "e", "en", "a", "al", "sobre", "para", "por", "con",
    "entre", "contra", "relativo",
    // "… dirigida al Secretario" / "General por …": a title of two words.
    "Secretario", "Secretaria",
    // A title before the name it goes with ("… de Su Excelencia" / "el Sr. …").
    "Excelencia", "Majestad", "Alteza"};

constexpr std::string_view kSuspendedHyphenConjunctions[] = {"y", "e", "o", "u"};

// Spanish hyphenates little; names of States and a few titles.
constexpr std::string_view kCompounds[] = {"Guinea-Bissau", "Timor-Leste", "Bosnia-Herzegovina",
                                           "Alto-Comisionado", "socio-económico"};

// An honorific, then capitalised words; particles ("de", "del", "y") allowed.
#define ES_NAME                                                                                                  \
  R"((?:Sra\.|Srta\.|Sr\.|Dra\.|Dr\.|Sir|Dame|Lord|Jequesa|Jeque|Arzobispo|Monseñor|Cardenal|)"                 \
  R"(Obispo|Príncipe Heredero|Príncipe|Princesa|Presidenta|Presidente|Vicepresidenta|)"                        \
  R"(Vicepresidente|Primera Ministra|Primer Ministro|Reina|Rey|Emir|)"                                           \
  R"((?:Teniente )?General(?: de (?:División|Brigada))?|Coronel|Almirante|)"                                    \
  R"(Comisionad[oa](?: de Policía)?|Profesor[a]?|Juez[a]?|Magistrad[oa]|Sor)\s+)"                               \
  R"((?:(?:de|del|la|los|da|das|do|dos|du|van|von|der|den|al|el|bin|ibn|le|di)\s+){0,2})"                        \
  R"((?:(?:al|el|as|ad|an|ar|ash)-)?)" PROFILE_NAME_WORD                                                         \
  R"((?:\s+(?:-\s+)?(?:(?:de|del|de la|de los|da|dos|van|von|der|al|)"                                           \
  R"(el|bin|ibn|la|y|e|zu|af|ter|ould|ag|bint)\s+){0,2}(?:(?:al|el|as|ad|an|ar|ash)-)?)" PROFILE_LATER_NAME_WORD \
  R"(){0,5}?)"
// "(habla en inglés)"; older records: "(interpretación del inglés)".
// Also "(habla en inglés por videoconferencia)", "(habla por videoconferencia)".
#define ES_NOTE                                                                                 \
  R"((?<note>\((?:(?:habla en |(?:el orador |la oradora )?continúa en |interpretación del |)" \
  R"(traducción del )(?<language>\p{Ll}+)(?: por videoconferencia)?(?:[;,] [^()]{1,80})?|)"    \
  R"(habla por videoconferencia)\)))"
#define ES_COUNTRY \
  R"(\((?<country>(?!habla en |habla por |continúa en |interpretación del |traducción del )(?:[^()]|\([^()]{1,40}\)){2,160})\))"

constexpr std::string_view kCommonWords[] = {
    "el", "y", "los", "las", "del", "por", "para", "una", "es", "con", "al", "se",
    // The words of any record of the United Nations, its cover page included.
    "consejo", "asamblea", "presidente", "presidenta", "unidas", "seguridad", "general"};

}  // namespace

// What each ballot row counts.
// The ballots are "cédulas" in the Assembly's records; "papeletas" and
// "votos nulos" are other printings of the same rows.
constexpr BallotRowKind kBallotRowKinds[] = {
    // Also without "Número de": "Cédulas nulas:" (unverified).
    {"Número de (?:cédulas|papeletas) (?:depositadas|de votación)", "ballotPapers"},
    {"(?:Número de (?:cédulas|papeletas|votos)|Cédulas|Papeletas) nul[ao]s", "invalidBallots"},
    {"(?:Número de (?:cédulas|papeletas|votos)|Cédulas|Papeletas) válid[ao]s", "validBallots"},
    {"Número de (?:miembros|Estados(?: Miembros)?) presentes y votantes", "presentAndVoting"},
    {"Abstenciones", "abstentions"},
    {"Mayoría (?:requerida|absoluta)", "requiredMajority"},
    {"Número de votos obtenidos", "votesObtained"},
};

const LanguageProfile kSpanish = {
    .code = "es",
    .code3 = "spa",
    .name = "español",
    .commonWords = kCommonWords,
    .script = "Latn",
    .spacesBetweenWords = true,
    .sentenceEnd = ".?!:;…",
    .closers = "»”’\")]",
    // Sra. Zalabata Torres (Colombia) (habla en inglés):
    .personLabel = "^(?:(?:El|La) )?(?<name>" ES_NAME ")\\s*(?:" ES_COUNTRY
                   ")?(?:,\\s*(?<role>[^:().]{3,120}?))?\\s*" ES_NOTE "?\\s*(?<colon>:)",
    // El Presidente (habla en inglés):
    // "El Presidente Interino": the case of a title varies.
    .titleLabel = "^(?<title>(?i:{titles}))\\s*(?:" ES_COUNTRY ")?\\s*" ES_NOTE "?\\s*(?<colon>:)",
    .labelDelimiter = ":",
    .languageSwitch = "^" ES_NOTE "$",
    .titles = kTitles,
    .labelRole = "role",
    .honorifics = kHonorifics,
    .stylesEndingInAStop = {},
    .paragraphOpeners = kParagraphOpeners,
    .languages = kLanguages,
    .procedural = kProcedural,
    .agendaHeading = "^(?i:Aprobación del orden del día)$",
    .agendaItemHeading = "^Temas? \\d+[^.:]{0,30} del programa(?: \\(continuación\\))?$",
    // (unverified but for English)
    .nonItemHeading =
        "^(?:Expresión de (?:agradecimiento|condolencias|solidaridad)|Homenaje a|Minuto de "
        "silencio|Declaración de(?:l| la) President)",
    .headingStart =
        "^(?:Proyectos? de (?:resolución|decisión)\\b|Informes? (?:del|de la|de los)\\b|"
        "Cartas? (?:de fecha|idénticas)\\b|Notas? (?:del|de la)\\b|Memorandos? (?:del|de "
        "la)\\b)",
    .subItemHeading = "^\\(?[a-z]{1,4}\\) ",
    // "Discurso del Sr. William Samoei Ruto, Presidente de la República de Kenya" (unverified).
    .addressHeading =
        "^Discurso (?:del|de la|de) (?:Sr\\.|Sra\\.|Su |Excelentísim|Presidente|Presidenta|Primer|"
        "Primera|Rey|Reina|Jeque|Príncipe|Princesa)",
    // The office first, the name after it: "Discurso del Presidente de la
    // República de Colombia, Sr. Iván Duque Márquez" (unverified).
    .addressOffice =
        "^Discurso (?:del|de la) (?<office>(?:Presidente|Presidenta|Vicepresidente|"
        "Vicepresidenta|Primer Ministro|Primera Ministra|Rey|Reina|Emir|Príncipe Heredero|Jefe|"
        "Jefa)(?=\\s)[^,]{0,160}?),\\s*(?:(?:Excmo|Excma)\\.\\s*)?(?:Sr|Sra)\\.\\s",
    .officeNominatives = {},
    .namesInflect = false,
    // El resultado de una elección: "Número de cédulas depositadas: 190",
    // "Mayoría requerida de dos tercios: 126", "Número de votos obtenidos:".
    .ballotRow =
        "^(?:Número de (?:(?:cédulas|papeletas) (?:depositadas|de votación)|(?:cédulas|papeletas|"
        "votos) (?:nul[ao]s|válid[ao]s)|(?:miembros|Estados(?: Miembros)?) presentes y votantes|"
        "votos obtenidos)|(?:Cédulas|Papeletas) (?:nul[ao]s|válid[ao]s)|Abstenciones|Mayoría "
        "(?:requerida(?: de (?:los )?dos tercios)?|absoluta"
        "(?: requerida)?))\\s*:?(?:\\s*\\d[\\d.]*)?$",
    .ballotRowKinds = kBallotRowKinds,
    .invitesUnderRule39 = "\\bartículo 39\\b",
    .inviteeOfficeFirst = {},
    .continuingWords = kContinuingWords,
    .nationalCapacity =
        "^(?:Ahora )?(?:[Ff]ormularé|[Ff]ormulo|[Hh]aré|[Hh]ago|[Dd]eseo formular|[Qq]uisiera "
        "formular) (?:ahora )?"
        // A minister who chairs says so by office: "… en mi calidad de Secretario de
        // Relaciones Exteriores de México."
        "una declaración en (?:mi )?(?:calidad|carácter) de (?:representante|(?:Primer |Primera "
        "|Vice)?"
        "(?:Ministr[oa]|Secretari[oa]|President[ea]|Canciller)[^.,]{0,120}) (?:de la |del |de los "
        "|de )"
        "(?<country>.+?)\\.(?=\\s|$)",
    .resumesPresidency =
        "(?i)^(?:Ahora )?(?:[Rr]eanudo|[Rr]easumo|[Vv]uelvo a asumir) (?:ahora )?(?:mis|las) "
        "funciones (?:como|de) President[ea](?: interin[oa])?(?: (?:del Consejo(?: de "
        "Seguridad)?|de la Asamblea"
        "(?: General)?))?\\.$",
    // "Doy ahora la palabra al representante del Perú." (unverified)
    .givesFloor =
        "^(?:(?:Doy|Daré|Cedo|Concedo) (?:ahora )?la palabra (?:a|al|a los|a las) |"
        "Tiene (?:ahora )?la palabra ).{2,300}[.?]$",
    // (unverified)
    .decidedWithoutObjection =
        "(?:Al no haber objeciones, |Como no hay objeciones, )?[Aa]sí queda acordado\\.",
    .beginsConsideration =
        "El Consejo de Seguridad (?:iniciará|comenzará) ahora (?:el examen|su examen) del tema "
        "(?:que figura en (?:el|su) orden del día|\\d+ del orden del día)\\.",
    .floorToNamed =
        "(?:Doy|Cedo) (?:ahora )?la palabra (?:al|a la) (?<title>(?:Vice)?Secretari[oa] "
        "General)(?: de las Naciones Unidas)?,? (?:(?:Excmo|Excma)\\. )?(?<name>(?:Sr\\.|Sra\\.) "
        "[^,.]{2,60})[,.]",
    .resolution =
        R"([Rr]esoluci(?:ón|ones) (?<ref>(?<number>\d{1,4})(?: ?[A-H](?= ?\())? ?\((?:(?<year>\d{4})|(?<roman>[IVXL]{1,7}))\)|(?<session>(?:E?S-)?\d{1,3})/(?<item>\d{1,4})(?![\d/])))",
    // 10.05 horas, 12 horas
    .time = {R"((?<hour>\d{1,2})(?:[.:](?<minute>\d{2}))?\s?horas)", {}},
    .cover =
        {
            .bodyLine = "^(?:Consejo de Seguridad|Asamblea General|Consejo Económico y Social|"
                        "Consejo de Administración Fiduciaria)$",
            .status = "^(?i:Provisional|Documentos Oficiales)$",
            // "Undécimo período extraordinario de sesiones de emergencia".
            .session = "^[\\p{Lu}][\\p{L}]+(?: [\\p{L}]+){0,2} (?:año|período de sesiones|período "
                       "extraordinario de sesiones(?: de emergencia)?)$",
            // "5565ª sesión", "107ª sesión plenaria"; the number apart: "5565" / "ª sesión".
            .meeting = "^(?<number>\\d+)[ªa]?\\s?sesión(?: plenaria)?"
                       "(?: \\((?:Resumption|Resumed)(?: \\d+)?\\))?$",
            // Sábado 11 de noviembre de 2006, a las 12.00 horas
            .date = "^(?:(?:[Ll]unes|[Mm]artes|[Mm]iércoles|[Jj]ueves|[Vv]iernes|[Ss]ábado|"
                    "[Dd]omingo)\\s+)?(?<day>\\d{1,2}) de (?<month>\\p{Ll}+) de "
                    "(?<year>\\d{4})(?:,?\\s*(?:a las )?(?<time>(?=.*\\d).+))?$",
            .months = kMonths,
            .place = "^(?:Nueva York|Ginebra|París|Londres|Nairobi|Viena|Addis Abeba)$",
            .president = "^(?<title>Presidente|Presidenta|Presidencia):\\s*(?<rest>.*)$",
            .members = "^Miembros:\\s*(?<rest>.*)$",
            .agenda = "^Orden del día$",
            // "La presente acta contiene …", also "Esta acta contiene …".
            .correctionNotice = "^(?:La presente|Esta) acta contiene.*",
            .committee =
                "^(?:(?:Primera|Segunda|Tercera|Cuarta|Quinta|Sexta) Comisión|Comisión Política "
                "Especial y de Descolonización(?: \\(Cuarta Comisión\\))?|Comisión de "
                "Desarme|Comité (?:Especial|Preparatorio)\\b.{0,120})$",
        },
    .vote = {.inFavour = "^(?:Votos a favor|A favor)\\s?:(?:\\s+(?<rest>\\S.*))?$",
             .against = "^(?:Votos en contra|En contra)\\s?:(?:\\s+(?<rest>\\S.*))?$",
             .abstaining = "^Abstenciones\\s?:(?:\\s+(?<rest>\\S.*))?$",
             .none = "Ninguno|Ninguna",
             .separator = ",",
             .lastSeparator = "y",
             .results = kVoteResults,
             .numberWords = kNumberWords,
             .outcomes = kOutcomes},
    .jobLetter = "(S)",
    .compounds = kCompounds,
    .hyphenatedPrefixes = {},
    .suspendedHyphenConjunctions = kSuspendedHyphenConjunctions,
    .breaksWordsAtLineEnds = true,
    .representativeRole = "Representante",
    .bodies = kBodies,
    .officeInLabel =
        "^(?:Departamento|Oficina|Secretaría|División|Naciones Unidas|Programa de las "
        "Naciones Unidas)",
    .titleInLabel =
        "^(?:Secretari[oa]|Subsecretari[oa]|Director|Directora|Jef[ea]|Representante "
        "Especial|Relator[a]?|Enviad[oa] Especial|Alt[oa] Comisionad[oa])",
};

}  // namespace verbatim::profiles
