// Russian. No real Russian record is in the corpus: every pattern here is
// written from the UN's Russian usage and tested on the synthetic record
// fixtures/ru/S_PV.99992.txt only; all of it is unverified.
//
// The cover page prints the presidency as "Председатель:", the very word that
// opens the President's labels ("Председатель (говорит по-английски):"). The
// cover's line runs into dot leaders ("Председатель: г-н Небензя . . . .");
// a label never does, and the title label says so, or the cover would be read
// as the start of the debate.
#include "raw/profiles/profiles.hpp"

namespace verbatim::profiles {
namespace {

constexpr TitleSpec kTitles[] = {
    {"Исполняющий обязанности Председателя",
     "actingPresident",
     "Исполняющий обязанности Председателя",
     true,
     {}},
    {"Исполняющая обязанности Председателя",
     "actingPresident",
     "Исполняющая обязанности Председателя",
     true,
     {}},
    {"Председатель", "president", "Председатель", true, {}},
    {"Первый заместитель Генерального секретаря", "deputySecretaryGeneral",
     "Первый заместитель Генерального секретаря", false, "Secretariat"},
    {"Генеральный секретарь", "secretaryGeneral", "Генеральный секретарь", false, "Secretariat"},
};

// Labels start a sentence ("Г-н"); the cover page writes them in running
// text ("г-н"): both, so that the cover's names are told from its States.
constexpr std::string_view kHonorifics[] = {
    "Г-жа", "Г-н", "г-жа", "г-н", "Д-р", "д-р", "Сэр", "Дама", "Лорд", "Леди", "Шейх", "Шейха",
    "Принц", "Принцесса", "Баронесса", "Архиепископ",
    // Heads of State and Government by their office: "Президент Руто (говорит по-английски):".
    "Президент", "Вице-президент", "Премьер-министр", "Король", "Королева", "Эмир",
    "Наследный принц"};

// The note's adverb: "(говорит по-английски)", the name it gives the language.
constexpr LanguageName kLanguages[] = {
    {"по-английски", "eng"}, {"по-арабски", "ara"},    {"по-китайски", "zho"},
    {"по-испански", "spa"},  {"по-французски", "fra"}, {"по-русски", "rus"},
};

constexpr ProceduralSpec kProcedural[] = {
    {"Заседание (?:открывается|возобновляется) в {time}\\.?", NarrativeKind::Opening},
    {"Заседание закрывается в {time}\\.?", NarrativeKind::Closing},
    {"Заседание прерывается в {time}(?:,? и возобновляется в {time2})?\\.?",
     NarrativeKind::Suspension},
    {"Повестка дня утверждается\\.?", NarrativeKind::AgendaAdopted},
    {"Проводится (?:заносимое в отчет (?:о заседании )?|тайное |поименное )?голосование(?: "
     "поднятием рук)?\\.?",
     NarrativeKind::VoteTaken},
    {"Решение принимается(?: \\((?:решение|резолюция) [^)]{1,30}\\))?\\.?",
     NarrativeKind::Decision},
    // The President's "Проект резолюции принимается в качестве резолюции …" is
    // speech: the narrative is told by its bracketed symbol.
    // A full stop inside a symbol ("A/79/L.33") does not end the sentence.
    {"(?:Проекты? (?:резолюции|решения)|Поправк[аи]|Пункт)(?:[^.]|\\.(?=\\S)){0,160}? "
     "(?:принимается|принимаются|отклоняется|отклоняются|сохраняется|исключается)"
     "(?:[^.]|\\.(?=\\S)){0,160}?\\((?:резолюция|решение) [^)]{1,30}\\)\\.?",
     NarrativeKind::Decision},
    {"(?:(?<chair>[^(),]{2,80}?) \\((?<country>[^()]{2,80})\\)|.{2,120}?), заместитель "
     "Председателя, занимает место Председателя\\.?",
     NarrativeKind::ChairChange},
    {"(?:В отсутствие Председателя )?[Мм]есто Председателя занимает заместитель Председателя "
     "(?:(?<chair>[^(),]{2,80}?) \\((?<country>[^()]{2,80})\\)|.{2,120}?)\\.",
     NarrativeKind::ChairChange},
    {"Председатель (?:вновь )?занимает место Председателя\\.?", NarrativeKind::ChairChange},
    {".{2,120}? (?:почтили|чтят) память .{2,160}? минутой молчания\\.?", NarrativeKind::Silence},
    {".{2,120}? соблюда(?:ют|ли) минуту молчания\\.?", NarrativeKind::Silence},
    {"\\[[^\\]]{2,600}\\]\\.?", NarrativeKind::Note},
    // "По приглашению Председателя г-н X (Израиль) занимает место за столом
    // Совета." (unverified)
    {"По приглашению Председателя,? .{2,1500}? (?:занимает|занимают|занял|заняла|заняли) "
     "(?:место|места)\\b.{0,600}?\\.",
     NarrativeKind::Seating},
    // "Президента Республики Y г-на X сопровождают в зал Генеральной
    // Ассамблеи." / "… сопровождают из зала …" (unverified).
    {"(?:Президента|Премьер-министра|Вице-президента|Короля|Королеву|Эмира|Наследного|Принца|"
     "Принцессу|Его|Ее|Её|Г-на|Г-жу|Главу) .{2,600}? (?:сопровождают|сопроводили) (?:в зал|из "
     "зала|на трибуну|с трибуны)\\b"
     ".{0,120}?\\.",
     NarrativeKind::Escort},
};

// "За проект резолюции было подано 13 голосов при 2 воздержавшихся" (the Council; "против 1"
// where some voted against); "… принимается 154 голосами против 3 при 10 воздержавшихся" (the
// Assembly). A count not said is none.
constexpr std::string_view kVoteResults[] = {
    R"(подан[оы] (?<inFavour>\d+) голос(?:а|ов)?(?: против (?<against>\d+))?(?: при (?<abstaining>\d+) воздержавш(?:ихся|емся))?)",
    // The Council: "Итоги голосования: 13 голосов «за», 1 голос «против» и 1
    // воздержавшийся."
    R"((?<inFavour>\d+) голос(?:а|ов)? «за»(?:,? (?<against>\d+) голос(?:а|ов)? «против»)?(?:,? (?:и|при) (?<abstaining>\d+) воздержавш(?:ийся|ихся|емся))?)",
    R"((?<inFavour>\d+) голос(?:ами|ом) против (?<against>\d+)(?: при (?<abstaining>\d+) воздержавш(?:ихся|емся))?)",
    // No one against (unverified): "принимается 151 голосом при 22 воздержавшихся".
    R"((?<inFavour>\d+) голос(?:ами|ом) при (?<abstaining>\d+) воздержавш(?:ихся|емся))",
};

// What a result or a decision says was decided: "Проект резолюции принят в
// качестве резолюции …", "… не принят, поскольку против проголосовал постоянный
// член Совета", "Проект резолюции A/79/L.33 принимается (резолюция 79/155)."
// Unverified: no real Russian record here.
constexpr OutcomeWording kOutcomes[] = {
    {R"(\b[Нн]е (?:был[аио]? )?принят[аоы]?\b|\b(?:был[аио]? )?отклон(?:ен|ена|ено|ены|яется|яются)\b)",
     VoteOutcome::Rejected},
    {R"(\b(?:был[аио]? )?принят[аоы]?\b|\bпринима(?:ется|ются)\b)", VoteOutcome::Adopted},
};

constexpr std::pair<std::string_view, std::string_view> kBodies[] = {
    {"SC", "Совет Безопасности"},
    {"GA", "Генеральная Ассамблея"},
    {"ECOSOC", "Экономический и Социальный Совет"},
    {"TC", "Совет по Опеке"},
    {"Secretariat", "Секретариат"},
};

// Dates print the month in the genitive: "12 марта 2026 года".
constexpr std::string_view kMonths[] = {"января",   "февраля", "марта",  "апреля",
                                        "мая",      "июня",    "июля",   "августа",
                                        "сентября", "октября", "ноября", "декабря"};

constexpr std::string_view kContinuingWords[] = {"и",      "в",   "во", "на",  "по", "о",
                                                 "об",     "для", "с",  "со",  "к",  "между",
                                                 "против", "из",  "от", "при", "или"};

// Compounds the extraction may print without their hyphen at a line end,
// the language notes' adverbs among them ("по-" / "английски").
constexpr std::string_view kHyphenatedPrefixes[] = {"вице", "экс"};

constexpr std::string_view kCompounds[] = {"по-английски",
                                           "по-арабски",
                                           "по-китайски",
                                           "по-испански",
                                           "по-французски",
                                           "по-русски",
                                           "Нью-Йорк",
                                           "Гвинея-Бисау",
                                           "Тимор-Лешти",
                                           "Сьерра-Леоне",
                                           "Бруней-Даруссалам",
                                           "военно-морской",
                                           "социально-экономического",
                                           "социально-экономическое",
                                           "кто-либо",
                                           "в-третьих",
                                           "во-первых",
                                           "во-вторых"};

// An honorific, then capitalised words (names may be hyphenated: "Абу-Салех").
#define RU_NAME                                                                                                                                                     \
  R"((?:Г-жа|Г-н|Д-р|Сэр|Дама|Лорд|Леди|Шейха|Шейх|Принцесса|Наследный принц|Принц|Баронесса|)" \
  R"(Архиепископ|Президент|Вице-президент|Премьер-министр|Королева|Король|Эмир)\s+)"               \
  R"((?:(?:де|ди|да|дос|дель|ван|фон|аль|эль|бен|бин|ле|ла)\s+)?)"                                                               \
  R"([\p{Lu}][\p{L}\p{M}’'.\-]*(?:\s+(?:-\s+)?(?:(?:де|ди|ван|фон|аль|эль|бен|бин)\s+)?)"                                                   \
  R"([\p{Lu}][\p{L}\p{M}’'.\-]*){0,5}?)"
#define RU_NOTE \
  R"((?<note>\((?:говорит|говорила|говорят|продолжает|продолжила) (?<language>по-\p{Ll}+)\)))"
#define RU_COUNTRY \
  R"(\((?<country>(?!говорит |говорила |говорят |продолжает |продолжила )(?:[^()]|\([^()]{1,40}\)){2,80})\))"
// The cover's "Председатель: г-н … . . . . (…)": dot leaders follow, close by.
#define RU_NOT_COVER R"((?!.{0,40}?(?: \. \. \.|\.{4}|…{2})))"

constexpr std::string_view kCommonWords[] = {
    "и", "в", "не", "на", "что", "мы", "с", "по", "для", "это",
    // The words of any record of the United Nations, its cover page included.
    "совет", "совета", "ассамблея", "ассамблеи", "председатель", "объединенных", "наций",
    "безопасности"};

}  // namespace

const LanguageProfile kRussian = {
    .code = "ru",
    .code3 = "rus",
    .name = "русский",
    .commonWords = kCommonWords,
    .script = "Cyrl",
    .spacesBetweenWords = true,
    .sentenceEnd = ".?!:;…",
    .closers = "»”’\")]",
    // Г-н Небензя (Российская Федерация) (говорит по-английски):
    .personLabel = "^(?<name>" RU_NAME ")\\s*(?:" RU_COUNTRY
                   ")?(?:,\\s*(?<role>[^:().]{3,120}?))?\\s*" RU_NOTE "?\\s*(?<colon>:)",
    // Председатель (говорит по-английски):
    .titleLabel =
        "^" RU_NOT_COVER "(?<title>{titles})\\s*(?:" RU_COUNTRY ")?\\s*" RU_NOTE "?\\s*(?<colon>:)",
    .labelDelimiter = ":",
    .languageSwitch = "^" RU_NOTE "$",
    .titles = kTitles,
    .labelRole = "role",
    .honorifics = kHonorifics,
    .languages = kLanguages,
    .procedural = kProcedural,
    .agendaHeading = "^Утверждение повестки дня$",
    .agendaItemHeading = "^Пункты? \\d+[^.:]{0,30} повестки дня(?: \\(продолжение\\))?$",
    .headingStart =
        "^(?:Проекты? (?:резолюции|решения)|Доклады? |Письмо |Идентичные письма|Записка |"
        "\\([a-z\\p{Ll}]{1,4}\\) )",
    // "Выступление Президента Республики Кения г-на Уильяма Самоэя Руто" (unverified).
    .addressHeading =
        "^Выступление (?:Президента|Премьер-министра|Вице-президента|Короля|Королевы|Эмира|"
        "Наследного|Принца|Принцессы|Его|Ее|Её|г-на|г-жи|Председателя|Главы)",
    .continuingWords = kContinuingWords,
    .nationalCapacity =
        "^(?:Сейчас |Теперь )?[Яя] (?:хотел[аи]? бы )?(?:сейчас )?(?:сделаю|сделать|выступлю|"
        "выступить)(?: с)? заявлени[ея]м? в (?:своем )?(?:национальном )?качестве "
        "(?:представителя|представительницы) (?<country>.+?)\\.$",
    .resumesPresidency =
        "^(?:Сейчас |Теперь )?[Яя] (?:вновь )?(?:возобновляю|возвращаюсь к|выполняю|исполняю) "
        "(?:(?:исполнени|выполнени)[ею] )?"
        "(?:своих |моих )?(?:функци[йи]|обязанност(?:и|ей)) Председателя(?: Совета(?: "
        "Безопасности)?| Генеральной Ассамблеи)?\\.$",
    // "Сейчас я предоставляю слово представителю Перу." (unverified)
    .givesFloor =
        "^(?:(?:Сейчас|Теперь) )?[Яя] (?:сейчас |теперь )?(?:предоставляю|предоставлю|даю) "
        "слово .{2,300}[.?]$",
    .resolution =
        R"([Рр]езолюци(?:я|и|ю|ей|ям|ями|ях) (?<ref>(?<number>\d{1,4}) ?\((?:(?<year>\d{4})|(?<roman>[IVXL]{1,7}))\)|(?<session>(?:E?S-)?\d{1,3})/(?<item>\d{1,4})(?![\d/])))",
    // 10 ч. 05 м., 12 ч. 00 м., 15 ч.
    .time = {R"((?<hour>\d{1,2})\s?ч\.(?:\s?(?<minute>\d{1,2})\s?м\.)?)", {}},
    .cover =
        {
            .bodyLine = "^(?:Совет Безопасности|Генеральная Ассамблея|Экономический и "
                        "Социальный Совет|Совет по Опеке)$",
            .status = "^(?:Предварительный отчет|Предварительный|Официальные отчеты)$",
            // "Одиннадцатая чрезвычайная специальная сессия" (the adjectives are words too).
            .session = "^[\\p{Lu}][\\p{L}\\-]+(?: [\\p{L}\\-]+){0,3} (?:год|сессия)$",
            // "99992-е заседание", "107-е пленарное заседание"; the number apart: "99992" / "-е
            // заседание".
            .meeting = "^(?<number>\\d+)(?:-е)?\\s?(?:пленарное )?заседание$",
            // Четверг, 12 марта 2026 года, 10 ч. 00 м.
            .date = "^(?:(?:Понедельник|Вторник|Среда|Четверг|Пятница|Суббота|Воскресенье),"
                    "\\s*)?(?<day>\\d{1,2}) (?<month>\\p{Ll}+) (?<year>\\d{4})(?: года)?"
                    "(?:,?\\s*(?<time>.+))?$",
            .months = kMonths,
            .place = "^(?:Нью-Йорк|Женева|Париж|Лондон|Найроби|Вена|Аддис-Абеба)$",
            .president = "^(?<title>Председатель):\\s*(?<rest>.*)$",
            .members = "^Члены:$",
            .agenda = "^Повестка дня$",
            .correctionNotice = "^В настоящем отчете содержатся.*",
        },
    .vote = {.inFavour = "^Голосовали за:(?:\\s+(?<rest>\\S.*))?$",
             .against = "^Голосовали против:(?:\\s+(?<rest>\\S.*))?$",
             .abstaining = "^Воздержались:(?:\\s+(?<rest>\\S.*))?$",
             .none = "Нет",
             .separator = ",",
             .lastSeparator = "и",
             .results = kVoteResults,
             .numberWords = {},
             .outcomes = kOutcomes},
    .jobLetter = "(R)",
    .compounds = kCompounds,
    .hyphenatedPrefixes = kHyphenatedPrefixes,
    .representativeRole = "Представитель",
    .bodies = kBodies,
};

}  // namespace verbatim::profiles
