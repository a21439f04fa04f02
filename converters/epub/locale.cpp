#include "epub/locale.hpp"

#include <charconv>
#include <chrono>

#include "core/languages.hpp"

namespace verbatim::epub {
namespace {

constexpr std::pair<std::string_view, std::string_view> kFrenchSpacing[] = {
    {" :", "\u00A0:"}, {" ;", "\u202F;"}, {" !", "\u202F!"},
    {" ?", "\u202F?"}, {"« ", "«\u00A0"}, {" »", "\u00A0»"},
};

// The six official languages of the United Nations. Month names and title
// patterns follow the records' cover pages in each language.
constexpr EditionLocale kLocales[] = {
    {.language = "zh",
     .tag = "zh-Hans",
     .script = Script::Han,
     .meetingTitle = "{body}第{number}次会议",
     .plenaryMeetingTitle = "{body}第{number}次全体会议",
     .ordinal = Ordinal::Digits,
     .sessionOfTitle = "（{session}）",
     .datePattern = "{year}年{month}月{day}日{weekday}",
     .months = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"},
     .weekdays = {"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"},
     .labelSeparator = "：",
     .spacing = {},
     .personOfState = "{name}（{state}）",
     .publisher = "联合国",
     .contents = "目录",
     .landmarks = "导航",
     .pageList = "印刷本页码",
     .titlePage = "标题页",
     .proceedings = "会议记录",
     .date = "日期",
     .time = "时间",
     .place = "地点",
     .presidency = "主席国",
     .president = "主席",
     .members = "成员",
     .agenda = "议程",
     .vote = "表决结果",
     .listSeparator = "，",
     .sideCount = "{side}{count}票",
     .accessibilitySummaryPaged =
         "联合国逐字记录的文本，附有议程项目标题、细化到每位发言者的目录和导航标志；分页标记和页码"
         "列表标明印刷本的页码。不含图像、音频或视频。符合WCAG 2.1 AA级。",
     .accessibilitySummary = "联合国逐字记录的文本，附有议程项目标题、细化到每位发言者的目录和导航"
                             "标志。不含图像、音频或视频。符合WCAG 2.1 AA级。"},
    {.language = "ar",
     .tag = "ar",
     .script = Script::Arabic,
     .meetingTitle = "{body}، الجلسة {number}",
     .plenaryMeetingTitle = "{body}، الجلسة العامة {number}",
     .ordinal = Ordinal::Digits,
     .sessionOfTitle = " ({session})",
     .datePattern = "{weekday}، {day} {month} {year}",
     .months = {"كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
                "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
                "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"},
     .weekdays = {"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"},
     .labelSeparator = ": ",
     .spacing = {},
     .personOfState = "{name} ({state})",
     .publisher = "الأمم المتحدة",
     .contents = "المحتويات",
     .landmarks = "معالم الكتاب",
     .pageList = "صفحات النسخة المطبوعة",
     .titlePage = "صفحة العنوان",
     .proceedings = "المحضر",
     .date = "التاريخ",
     .time = "الوقت",
     .place = "المكان",
     .presidency = "الرئاسة",
     .president = "الرئيس",
     .members = "الأعضاء",
     .agenda = "جدول الأعمال",
     .vote = "نتيجة التصويت",
     .listSeparator = "، ",
     .accessibilitySummaryPaged =
         "نص محضر حرفي للأمم المتحدة، مع عناوين لبنود جدول الأعمال، وجدول محتويات يصل إلى كل "
         "متكلم، ومعالم للتنقل؛ وتبيّن علامات فواصل الصفحات وقائمة الصفحات أرقام صفحات النسخة "
         "المطبوعة. لا يتضمن صورا ولا صوتا ولا فيديو. يستوفي المبادئ التوجيهية WCAG 2.1، المستوى "
         "AA.",
     .accessibilitySummary = "نص محضر حرفي للأمم المتحدة، مع عناوين لبنود جدول الأعمال، وجدول "
                             "محتويات يصل إلى كل متكلم، ومعالم للتنقل. لا يتضمن صورا ولا صوتا ولا "
                             "فيديو. يستوفي المبادئ التوجيهية WCAG 2.1، المستوى AA."},
    {.language = "en",
     .tag = "en",
     .script = Script::Latin,
     .meetingTitle = "{body}, {number} meeting",
     .plenaryMeetingTitle = "{body}, {number} plenary meeting",
     .ordinal = Ordinal::EnglishSuffix,
     .sessionOfTitle = " ({session})",
     .datePattern = "{weekday}, {day} {month} {year}",
     .months = {"January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"},
     .weekdays = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
     .labelSeparator = ": ",
     .spacing = {},
     .personOfState = "{name} ({state})",
     .publisher = "United Nations",
     .contents = "Contents",
     .landmarks = "Landmarks",
     .pageList = "Pages of the printed record",
     .titlePage = "Title page",
     .proceedings = "Proceedings",
     .date = "Date",
     .time = "Time",
     .place = "Place",
     .presidency = "Presidency",
     .president = "President",
     .members = "Members",
     .agenda = "Agenda",
     .vote = "Result of the vote",
     .accessibilitySummaryPaged =
         "The text of a United Nations verbatim record, with headings for the agenda items, a "
         "table of contents down to each speaker, and landmarks; page break markers and a page "
         "list give the page numbers of the printed record. No images, audio or video. Meets WCAG "
         "2.1 Level AA.",
     .accessibilitySummary = "The text of a United Nations verbatim record, with headings for the "
                             "agenda items, a table of contents down to each speaker, and "
                             "landmarks. No images, audio or video. Meets WCAG 2.1 Level AA."},
    {.language = "fr",
     .tag = "fr",
     .script = Script::Latin,
     .meetingTitle = "{body}, {number}e séance",
     .plenaryMeetingTitle = "{body}, {number}e séance plénière",
     .ordinal = Ordinal::Digits,
     .sessionOfTitle = " ({session})",
     .datePattern = "{weekday} {day} {month} {year}",
     .months = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre"},
     .weekdays = {"Dimanche", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi"},
     .labelSeparator = "\u00A0: ",
     .spacing = kFrenchSpacing,
     .personOfState = "{name} ({state})",
     .publisher = "Nations Unies",
     .contents = "Table des matières",
     .landmarks = "Repères",
     .pageList = "Pages de l’édition imprimée",
     .titlePage = "Page de titre",
     .proceedings = "Débats",
     .date = "Date",
     .time = "Heure",
     .place = "Lieu",
     .presidency = "Présidence",
     .president = "Présidence",
     .members = "Membres",
     .agenda = "Ordre du jour",
     .vote = "Résultat du vote",
     .accessibilitySummaryPaged =
         "Le texte d’un procès-verbal de séance de l’Organisation des Nations Unies, avec des "
         "titres pour les points de l’ordre du jour, une table des matières qui descend jusqu’à "
         "chaque orateur et des repères\u202F; des marqueurs de saut de page et une liste des "
         "pages donnent la pagination de l’édition imprimée. Ni images, ni audio, ni vidéo. "
         "Conforme aux WCAG 2.1, niveau AA.",
     .accessibilitySummary = "Le texte d’un procès-verbal de séance de l’Organisation des Nations "
                             "Unies, avec des titres pour les points de l’ordre du jour, une table "
                             "des matières qui descend jusqu’à chaque orateur et des repères. Ni "
                             "images, ni audio, ni vidéo. Conforme aux WCAG 2.1, niveau AA."},
    {.language = "es",
     .tag = "es",
     .script = Script::Latin,
     .meetingTitle = "{body}, {number}ª sesión",
     .plenaryMeetingTitle = "{body}, {number}ª sesión plenaria",
     .ordinal = Ordinal::Digits,
     .sessionOfTitle = " ({session})",
     .datePattern = "{weekday} {day} de {month} de {year}",
     .months = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                "septiembre", "octubre", "noviembre", "diciembre"},
     .weekdays = {"Domingo", "Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado"},
     .labelSeparator = ": ",
     .spacing = {},
     .personOfState = "{name} ({state})",
     .publisher = "Naciones Unidas",
     .contents = "Índice",
     .landmarks = "Puntos de referencia",
     .pageList = "Páginas de la edición impresa",
     .titlePage = "Portada",
     .proceedings = "Debates",
     .date = "Fecha",
     .time = "Hora",
     .place = "Lugar",
     .presidency = "Presidencia",
     .president = "Presidencia",
     .members = "Miembros",
     .agenda = "Orden del día",
     .vote = "Resultado de la votación",
     .accessibilitySummaryPaged =
         "El texto de un acta literal de las Naciones Unidas, con encabezamientos para los temas "
         "del programa, un índice que llega hasta cada orador y puntos de referencia; los "
         "marcadores de salto de página y una lista de páginas indican la paginación de la edición "
         "impresa. Sin imágenes, audio ni vídeo. Cumple las WCAG 2.1, nivel AA.",
     .accessibilitySummary =
         "El texto de un acta literal de las Naciones Unidas, con encabezamientos para los temas "
         "del programa, un índice que llega hasta cada orador y puntos de referencia. Sin "
         "imágenes, audio ni vídeo. Cumple las WCAG 2.1, nivel AA."},
    {.language = "ru",
     .tag = "ru",
     .script = Script::Cyrillic,
     .meetingTitle = "{body}, {number}-е заседание",
     .plenaryMeetingTitle = "{body}, {number}-е пленарное заседание",
     .ordinal = Ordinal::Digits,
     .sessionOfTitle = " ({session})",
     .datePattern = "{weekday}, {day} {month} {year} года",
     .months = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                "сентября", "октября", "ноября", "декабря"},
     .weekdays = {"Воскресенье", "Понедельник", "Вторник", "Среда", "Четверг", "Пятница",
                  "Суббота"},
     .labelSeparator = ": ",
     .spacing = {},
     .personOfState = "{name} ({state})",
     .publisher = "Организация Объединенных Наций",
     .contents = "Содержание",
     .landmarks = "Ориентиры",
     .pageList = "Страницы печатного издания",
     .titlePage = "Титульная страница",
     .proceedings = "Заседание",
     .date = "Дата",
     .time = "Время",
     .place = "Место",
     .presidency = "Председательство",
     .president = "Председатель",
     .members = "Члены",
     .agenda = "Повестка дня",
     .vote = "Результаты голосования",
     .accessibilitySummaryPaged =
         "Текст стенографического отчета Организации Объединенных Наций с заголовками пунктов "
         "повестки дня, оглавлением, доходящим до каждого оратора, и ориентирами; маркеры разрывов "
         "страниц и список страниц указывают нумерацию страниц печатного издания. Без изображений, "
         "аудио и видео. Соответствует WCAG 2.1, уровень AA.",
     .accessibilitySummary =
         "Текст стенографического отчета Организации Объединенных Наций с заголовками пунктов "
         "повестки дня, оглавлением, доходящим до каждого оратора, и ориентирами. Без изображений, "
         "аудио и видео. Соответствует WCAG 2.1, уровень AA."},
};

void replaceAll(std::string& text, std::string_view field, std::string_view value) {
  for (auto at = text.find(field); at != std::string::npos;
       at = text.find(field, at + value.size()))
    text.replace(at, field.size(), value);
}

std::string englishOrdinal(std::string_view number) {
  std::string out(number);
  if (number.empty()) return out;
  const int last = number.back() - '0';
  const int tens = number.size() > 1 ? number[number.size() - 2] - '0' : 0;
  if (tens == 1 || last < 1 || last > 3) return out + "th";
  constexpr std::string_view suffixes[] = {"", "st", "nd", "rd"};
  return out + std::string(suffixes[last]);
}

bool parseNumber(std::string_view text, int& value) {
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

std::string withSpacing(const EditionLocale& locale, std::string_view text) {
  std::string out(text);
  for (const auto& [written, set] : locale.spacing)
    for (auto at = out.find(written); at != std::string::npos; at = out.find(written, at))
      out.replace(at, written.size(), set), at += set.size();
  return out;
}

const EditionLocale* findEditionLocale(std::string_view language) {
  const LanguageCodes* codes = findLanguage(language);
  if (!codes) return nullptr;
  for (const auto& locale : kLocales)
    if (locale.language == codes->bcp47) return &locale;
  return nullptr;
}

bool rightToLeft(const EditionLocale& locale) {
  const LanguageCodes* codes = findLanguage(locale.language);
  return codes && codes->rightToLeft;
}

std::string titleWithSession(const EditionLocale& locale, std::string_view title,
                             std::string_view session) {
  std::string suffix(locale.sessionOfTitle);
  replaceAll(suffix, "{session}", session);
  return std::string(title) + suffix;
}

std::string meetingTitle(const EditionLocale& locale, std::string_view body,
                         std::string_view number, bool plenary) {
  std::string title(plenary ? locale.plenaryMeetingTitle : locale.meetingTitle);
  replaceAll(title, "{body}", body);
  switch (locale.ordinal) {
    case Ordinal::Digits: replaceAll(title, "{number}", number); break;
    case Ordinal::EnglishSuffix: replaceAll(title, "{number}", englishOrdinal(number)); break;
  }
  return title;
}

std::string sideCount(const EditionLocale& locale, std::string_view side, int count) {
  std::string text(locale.sideCount);
  replaceAll(text, "{side}", side);
  replaceAll(text, "{count}", std::to_string(count));
  return text;
}

std::string personOfState(const EditionLocale& locale, std::string_view name,
                          std::string_view state) {
  if (state.empty()) return std::string(name);
  std::string text(locale.personOfState);
  replaceAll(text, "{name}", name);
  replaceAll(text, "{state}", state);
  return text;
}

std::string longDate(const EditionLocale& locale, std::string_view isoDate) {
  int year = 0, month = 0, day = 0;
  if (isoDate.size() != 10 || isoDate[4] != '-' || isoDate[7] != '-' ||
      !parseNumber(isoDate.substr(0, 4), year) || !parseNumber(isoDate.substr(5, 2), month) ||
      !parseNumber(isoDate.substr(8, 2), day))
    return {};
  const std::chrono::year_month_day date{std::chrono::year(year),
                                         std::chrono::month(static_cast<unsigned>(month)),
                                         std::chrono::day(static_cast<unsigned>(day))};
  if (!date.ok()) return {};
  const auto weekday = std::chrono::weekday(std::chrono::sys_days(date)).c_encoding();
  std::string text(locale.datePattern);
  replaceAll(text, "{weekday}", locale.weekdays[weekday]);
  replaceAll(text, "{day}", std::to_string(day));
  replaceAll(text, "{month}", locale.months[static_cast<std::size_t>(month - 1)]);
  replaceAll(text, "{year}", std::to_string(year));
  return text;
}

}  // namespace verbatim::epub
