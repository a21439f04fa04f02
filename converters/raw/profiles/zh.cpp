// Chinese (zh-Hans). Seen in S/PV.9381 (fixtures/zh): labels, language notes,
// opening, closing, the agenda, the President's national capacity. Patterns not
// seen in a real record are marked "unverified".
#include "raw/profiles/profiles.hpp"

namespace verbatim::profiles {
namespace {

constexpr TitleSpec kTitles[] = {
    {"代理主席", "actingPresident", "代理主席", true, {}},  // unverified
    // The General Assembly's President-elect, speaking at the meeting that elected them.
    {"当选主席", "presidentElect", "当选主席", false, {}},  // unverified
    {"主席", "president", "主席", true, {}},
    {"秘书长", "secretaryGeneral", "秘书长", false, "Secretariat"},
    {"常务副秘书长", "deputySecretaryGeneral", "常务副秘书长", false, "Secretariat"},  // unverified
    // A Main Committee's Secretary, a member of the Secretariat (unverified).
    {"委员会秘书", "committeeSecretary", "委员会秘书", false, "Secretariat"},
};

// Openers of a paragraph (Flow weighs them where widths leave it open).
constexpr std::string_view kParagraphOpeners[] = {"第一，", "第二，", "第三，", "第四，",
                                                  "首先，", "其次，", "最后，", "总之，"};

constexpr std::string_view kHonorifics[] = {
    "先生", "女士", "夫人", "小姐", "阁下", "陛下", "殿下", "女爵士", "爵士",
    // Heads of State and Government by their office,
    // and prelates: "鲁托总统（以英语发言）：".
    "总统", "副总统", "总理", "副总理", "首相", "国王", "女王", "埃米尔", "王储", "亲王", "大主教",
    // Briefers by rank or calling: "拉萨罗·萨恩斯中将（以英语发言）：".
    "上将", "中将", "少将", "准将", "上校", "大校", "博士", "教授", "修女", "法官"};

constexpr LanguageName kLanguages[] = {
    {"阿拉伯语", "ara"},
    {"中文", "zho"},
    {"汉语", "zho"},
    {"英语", "eng"},
    {"法语", "fra"},
    {"俄语", "rus"},
    {"西班牙语", "spa"},
    // Beyond the six, with interpretation or a text from the delegation.
    {"葡萄牙语", "por"},
    {"德语", "deu"},
    {"日语", "jpn"},
    {"朝鲜语", "kor"},
    {"韩语", "kor"},
    {"意大利语", "ita"},
    {"土耳其语", "tur"},
    {"波斯语", "fas"},
    {"乌克兰语", "ukr"},
    {"印度尼西亚语", "ind"},
    {"斯瓦希里语", "swa"},
    {"印地语", "hin"},
    {"希腊语", "ell"},
    {"荷兰语", "nld"},
    {"波兰语", "pol"},
    {"希伯来语", "heb"},
    // More of the General Assembly's languages (unverified names).
    {"吉尔吉斯语", "kir"},
    {"哈萨克语", "kaz"},
    {"乌兹别克语", "uzb"},
    {"塔吉克语", "tgk"},
    {"土库曼语", "tuk"},
    {"蒙古语", "mon"},
    {"格鲁吉亚语", "kat"},
    {"亚美尼亚语", "hye"},
    {"阿塞拜疆语", "aze"},
    {"达里语", "prs"},
    {"普什图语", "pus"},
    {"阿姆哈拉语", "amh"},
    {"索马里语", "som"},
    {"塞尔维亚语", "srp"},
    {"克罗地亚语", "hrv"},
    {"波斯尼亚语", "bos"},
    {"阿尔巴尼亚语", "sqi"},
    {"罗马尼亚语", "ron"},
    {"匈牙利语", "hun"},
    {"捷克语", "ces"},
    {"斯洛伐克语", "slk"},
    {"保加利亚语", "bul"},
    {"越南语", "vie"},
    {"泰语", "tha"},
    {"马来语", "msa"},
    {"孟加拉语", "ben"},
    {"尼泊尔语", "nep"},
    {"僧伽罗语", "sin"},
    {"老挝语", "lao"},
    {"高棉语", "khm"},
    {"马耳他语", "mlt"},
    {"拉脱维亚语", "lav"},
    {"立陶宛语", "lit"},
    {"爱沙尼亚语", "est"},
    {"芬兰语", "fin"},
    {"瑞典语", "swe"},
    {"丹麦语", "dan"},
    {"挪威语", "nor"},
    {"白俄罗斯语", "bel"},
    {"马其顿语", "mkd"},
    {"斯洛文尼亚语", "slv"},
    {"海地克里奥尔语", "hat"},
    {"马达加斯加语", "mlg"},
    {"德顿语", "tet"},
    {"乌尔都语", "urd"},
    {"冰岛语", "isl"},
    {"菲律宾语", "fil"},
    {"泰米尔语", "tam"},
    {"缅甸语", "mya"},
};

constexpr ProceduralSpec kProcedural[] = {
    {"{time}开会。", NarrativeKind::Opening},
    {"{time}散会。", NarrativeKind::Closing},
    {"(?:临时)?议程(?:获得)?通过。", NarrativeKind::AgendaAdopted},
    {"(?:临时)?议程未(?:获)?通过。", NarrativeKind::Decision},  // unverified
    // "休会" is also written for a suspension that resumes the same day (unverified).
    {"(?:会议于)?{time}(?:会议)?(?:暂停|休会)，(?:于)?{time2}复会。",
     NarrativeKind::Suspension},  // unverified
    // Each on its own line: "会议于上午11时20分暂停。", "会议于中午12时05分复会。" (unverified).
    {"(?:会议于)?{time}(?:会议)?(?:暂停|休会)。", NarrativeKind::Suspension},
    {"(?:会议于)?{time}(?:会议)?复会。", NarrativeKind::Opening},
    // "安理会成员起立默哀一分钟。" (unverified).
    {"[^。]{0,30}默哀[^。]{0,20}。", NarrativeKind::Silence},
    // "大会成员静默祈祷或沉思一分钟。": the members' act, not the chair's
    // invitation ("我请各位代表起立，静默祈祷或沉思一分钟。") (unverified).
    {"(?!我)[^。，]{0,30}静默祈祷或沉思[^。，]{0,20}。", NarrativeKind::Silence},
    {"进行(?:了)?(?:(?:举手|记录|无记名投票)?表决|无记名投票)。",
     NarrativeKind::VoteTaken},  // unverified
    // 选举："应主席邀请，X女士（肯尼亚）和Y先生（不丹）担任计票员。"；"蒙古和菲律宾获得所需三分之二多数，
    // 当选为经济及社会理事会理事国……。" (unverified)
    {"应(?:代理)?主席(?:的)?邀请，[^。]{2,600}?担任计票员。", NarrativeKind::Tellers},
    {"[^。]{2,600}?获得(?:了)?所需(?:的)?(?:三分之二|绝对)?多数(?:票)?，[^。]{0,600}?当选[^。]{0,"
     "600}?。",
     NarrativeKind::Election},
    // With its number as the other languages give it: "就这样决定（第76/412号决定）。"
    {"就这样决定(?:[（(]第[^）)。]{1,30}号(?:决定|决议)[）)])?。",
     NarrativeKind::Decision},  // unverified
    // "决议草案二获得通过（第78/216号决议）。", "决议草案一以2票赞成、1票反对、2票弃权
    // 获得通过（第78/215号决议）。" (unverified): a draft's decision, with its
    // resolution's number or its count.
    {"(?:(?:决议|决定)草案|修正案|第[^。]{1,10}段)[^。]{0,80}?(?:获得通过|未获通过|被否决|予以保留|"
     "被删除)[^。]{0,40}?（第[^）]{1,30}号(?:决议|决定)）。",
     NarrativeKind::Decision},
    // Without a number to give, the whole line: "决定草案获得通过。" (unverified)
    {"(?:(?:决议|决定)草案|修正案)[^。]{0,20}?(?:获得通过|未获通过|被否决)。",
     NarrativeKind::Decision},
    // The count in favour as earlier records give it too: "以5票对1票、2票弃权" (round BI).
    {"(?:(?:决议|决定)草案|修正案|(?:执行部分|序言部分)?第[^。]{1,10}段)[^。]{0,80}?以\\d+票(?:"
     "赞成|对)[^"
     "。]{0,80}?"
     "(?:获得通过|未获通过|被否决|予以保留|获得保留|被保留|被删除)[^。]{0,80}?。",
     NarrativeKind::Decision},
    // "[随后，刚果民主共和国代表团通知秘书处，它原本打算投赞成票。]" (unverified).
    {"[\\[［][^\\]］]{2,600}[\\]］]。?", NarrativeKind::Note},
    // "因主席缺席，…代行主席职务。", "…担任主席。": other wordings of the same (unverified).
    {"(?:因?主席缺席(?:时)?，)?副主席(?<chair>[^（），]{1,40}?)(?:（(?<country>[^（）]{1,40})）)?"
     "(?:主持会议|代行主席职务|担任主席)。",
     NarrativeKind::ChairChange},  // unverified
    // The Vice-President named first: "吴宏涛先生（中国）副主席主持会议。" (unverified).
    {"(?<chair>[^（），。]{1,40}?)（(?<country>[^（）]{1,40})）副主席(?:主持会议|代行主席职务|"
     "担任主席)。",
     NarrativeKind::ChairChange},
    // No office: a member the Council's President leaves the chair to (unverified).
    // No name holds "副主席": over a heading's line ("社会发展" / "副主席卡布拉尔先生（葡萄
    // 牙）主持会议。") the office begins the sentence (round BI).
    {"(?<chair>(?:(?!副主席)[^（），。：]){1,40}?(?:先生|女士|夫人|阁下))（(?<country>[^（）]{1,40}"
     ")）"
     "(?:(?:重新)?主持会议|担任主席)。",
     NarrativeKind::ChairChange},
    // The President returns to the chair (unverified).
    {"主席(?:重新|恢复)主持会议。", NarrativeKind::ChairChange},
    {"主席回到主席(?:座位|席位)(?:上)?。", NarrativeKind::ChairChange},  // unverified
    // "应主席邀请，X先生（以色列）在安理会议席就座。" (unverified)
    {"应主席(?:的)?邀请，[^。]{2,600}?就座[^。]{0,200}?。", NarrativeKind::Seating},
    // "肯尼亚共和国总统姆瓦伊·齐贝吉先生在陪同下进入大会堂。" (unverified)
    {"(?:(?!讲话)[^。]){2,300}?在陪同下(?:进入|离开|走出|退出|步出|走上|走下)(?:大会堂|讲台)。",
     NarrativeKind::Escort},
};

constexpr std::pair<std::string_view, std::string_view> kBodies[] = {
    {"SC", "安全理事会"},      {"GA", "大会"}, {"ECOSOC", "经济及社会理事会"}, {"TC", "托管理事会"},
    {"Secretariat", "秘书处"},
};

// "决议草案获得13票赞成、0票反对、2票弃权": unverified.
constexpr std::string_view kVoteResults[] = {
    // A count the sentence does not state is none ("以154票赞成、3票反对").
    // The last count may follow "和" ("13票赞成、1票反对和1票弃权").
    R"((?<inFavour>\d+)票赞成(?:(?:[，、]|和)(?<against>\d+)票反对)?(?:(?:[，、]|和)(?<abstaining>\d+)票弃权)?)",
    // Earlier records' wording, in favour against against: "以5票对1票、2票弃权获得通过"
    // (unverified; round BI).
    R"(以(?<inFavour>\d+)票对(?<against>\d+)票(?:(?:[，、]|和)(?<abstaining>\d+)票弃权)?)",
    // The Council's show of hands, each side before its count: "表决结果如下：
    // 赞成13票，反对1票，弃权1票。", "赞成13票，无反对票，弃权2票。" (unverified).
    R"(赞成(?<inFavour>\d+)票(?:(?:[，、；]|和)(?:反对(?<against>\d+)票|无反对票))?(?:(?:[，、；]|和)(?:弃权(?<abstaining>\d+)票|无弃权票))?)",
};

// What a result or a decision says was decided: "决议草案获得通过，成为第…号决议",
// "决议草案因一个常任理事国投反对票而未获通过", "决议草案A/79/L.33以154票赞成、
// 3票反对、10票弃权获得通过". Unverified: the Chinese record here has no vote.
constexpr OutcomeWording kOutcomes[] = {
    {"未(?:能)?(?:获(?:得)?)?通过|没有获得通过|被否决|遭到否决", VoteOutcome::Rejected},
    // A paragraph put to a separate vote and kept ("获得保留") stands in the text.
    {"获(?:得)?(?:一致)?通过|一致通过|获得保留|予以保留|被保留", VoteOutcome::Adopted},
};

constexpr std::pair<std::string_view, int> kPeriods[] = {
    {"上午", 0},
    {"中午", 11},  // noon straddles 12: "中午11时40分" is 11.40, "中午1时" 13.00
    {"下午", 12},
    {"晚上", 12},
};

// A name: Han characters, the name middle dot, and Latin letters for names
// printed in Latin script; at most 14 characters so that a sentence ending in a
// colon is never taken for a label.
// Double-barrelled names keep their hyphen ("托马斯-格林菲尔德女士").
#define ZH_NAME R"([\p{Han}·\p{Latin}][\p{Han}·\p{Latin}\-－]{0,29}?)"
// "（以韩语发言；英文口译由代表团提供）": beyond the six, with what the delegation provided.
#define ZH_NOTE R"((?<note>（以(?<language>\p{Han}{1,6}?)发言(?:[；;，,][^（）：]{1,40})?）))"
// A State's bracket, not a language note's: "（以色列）" is Israel. Its name may
// hold a bracket of its own: "（玻利维亚（多民族国））", "（委内瑞拉（玻利瓦尔共和国））".
#define ZH_NOT_NOTE R"((?!以\p{Han}{1,6}?发言[）；;，,]))"
#define ZH_COUNTRY \
  R"(（(?<country>)" ZH_NOT_NOTE R"([^（）：。]{1,40}?(?:（[^（）：。]{1,20}）)?)）)"

constexpr std::string_view kCommonWords[] = {
    "的", "是", "在", "和", "我们", "发言", "国际",
    // The words of any record of the United Nations, its cover page included.
    "安全理事会", "大会", "主席", "联合国", "会议", "纽约"};

}  // namespace

// What each ballot row counts.
constexpr BallotRowKind kBallotRowKinds[] = {
    {"(?:收回|发出|投票箱中的)?选票|投票数", "ballotPapers"},
    {"无效", "invalidBallots"},
    {"有效", "validBallots"},
    {"出席并", "presentAndVoting"},
    {"弃权", "abstentions"},
    {"所需", "requiredMajority"},
    {"得票", "votesObtained"},
};

const LanguageProfile kChinese = {
    .code = "zh",
    .code3 = "zho",
    .name = "中文",
    .commonWords = kCommonWords,
    .script = "Hani",
    .spacesBetweenWords = false,
    .lettersHaveCase = false,
    .sentenceEnd = "。！？…；",
    .closers = "”’」』）》",
    // 克拉克先生（以英语发言）： / 张军先生（中国）： / 曾毅先生（以英语发言）：
    .personLabel =
        "^(?<name>" ZH_NAME
        "(?:先生|女士|夫人|小姐|阁下|女爵士|爵士|副总统|总统|总理|首相|国王|女王|埃米尔|王储|亲王|"
        "上将|中将|"
        "少将|准将|"
        "上校|大校|博士|教授|修女|法官|"
        "大主教)|" ZH_NAME "(?=（" ZH_NOT_NOTE
        "))"
        // "X先生（巴林），大会第八十一届会议当选主席（以阿拉伯语发言）：", "…，第三委员会报告员："
        "(?:" ZH_COUNTRY "(?:，(?<role>[^：（）。，]{2,60}?))?)?" ZH_NOTE "?(?<colon>：)",
    // 主席（以英语发言）：
    // Not the cover's "主席：张军先生 . . . . (中国)": dot leaders follow there, close by.
    .titleLabel = "^(?!.{0,40}?(?: \\. \\. \\.|\\.{4}|…{2}))(?<title>{titles})(?:" ZH_COUNTRY
                  ")?" ZH_NOTE "?(?<colon>：)",
    .labelDelimiter = "：",
    .languageSwitch = "^" ZH_NOTE "$",
    .titles = kTitles,
    .labelRole = {},
    .honorifics = kHonorifics,
    .stylesEndingInAStop = {},
    .paragraphOpeners = kParagraphOpeners,
    .honorificsFollowName = true,
    .languages = kLanguages,
    .procedural = kProcedural,
    .agendaHeading = "^通过议程$",
    // Items taken together: "议程项目68和69（续）", "议程项目12、13和14" (unverified).
    .agendaItemHeading = "^议程项目 ?\\d+(?: ?[和、及] ?\\d+)* ?(?:（续）)?$",
    // A draft, a sub-item, a dated letter ("2025年3月3日秘书长给安全理事会主席的信"),
    // a report ("秘书长关于苏丹的报告") (unverified).
    // (unverified but for English)
    .nonItemHeading = "^(?:向.{1,30}(?:致谢|表示感谢)|悼念|默哀|主席的声明$)",
    .headingStart =
        "^(?:决议草案|决定草案|\\d{4}年\\d{1,2}月\\d{1,2}日|"
        "秘书长关于|"
        // A document under its item: "秘书长的报告（A/80/289）", "第三委员会的报告",
        // "秘书长的说明". (A letter's begins with its date: "…给安全理事" / "会主席的
        // 信（S/2025/705）" is one heading wrapped.)
        "[^。，：；]{2,30}的(?:报告|说明|备忘录)(?:（|$))",
    .subItemHeading = "^(?:（[a-z]{1,4}）|\\([a-z]{1,4}\\))",
    // "肯尼亚共和国总统威廉·萨莫伊·鲁托先生讲话", "…先生阁下的讲话" (unverified).
    .addressHeading = "^[^。，：]{2,80}(?:先生|女士|阁下|陛下|殿下)的?讲话$",
    // The office before the name: "肯尼亚共和国总统" (unverified).
    .addressOffice =
        // The last office word before the name: "巴巴多斯总理兼财政、经济事务和投资部长",
        // "日本国内阁总理大臣".
    "^(?<office>[^。，：·]{2,60}(?:副总统|总统|副总理|总理|首相|国王|女王|"
    "埃米尔|王储|亲王|国家元首|主席|总督|大公|苏丹|部长|大臣))"
    "(?=[^。，：]{1,40}(?:先生|女士|阁下|陛下|殿下)的?讲话$)",
    .officeNominatives = {},
    .namesInflect = false,
    // 选举结果："收回选票数：191"、"所需三分之二多数：126"、"得票数：" (unverified).
    .ballotRow =
        "^(?:(?:收回|发出|投票箱中的)?选票(?:数)?|投票数|无效(?:选)?票(?:数)?|有效(?:选)?票(?:数)?|"
        "弃权(?:票)?"
        "(?:数)?|"
        "出席并(?:参加表决|参加投票|投票)的(?:会员国|成员)(?:数目|数)?|所需(?:的)?(?:三分之二|绝对)"
        "?多数|"
        "得票(?:数|情况)?)\\s*[：:]?\\s*(?:\\d+)?$",
    .ballotRowKinds = kBallotRowKinds,
    // Chinese names the office before the person: "…联合创始人杰克·克拉克先生".
    // "根据安理会暂行议事规则第39条，我邀请…" (unverified).
    .invitesUnderRule39 = "第39条",
    // "…我邀请联合国人道主义事务副秘书长兼紧急救济协调员汤姆·弗莱彻先生参加": the
    // office runs to its last office word, the name after it to the honorific;
    // no office holds an honorific: "…副秘书长让-皮埃尔·拉克鲁瓦先生和非洲联盟和平与
    // 安全专员斯迈尔·谢尔吉先生" names two invitees.
    .inviteeOfficeFirst =
        "(?:邀请|[：；，、]|和)(?<office>(?:(?!邀请|先生|女士|博士)[^，、；：。（）]){2,80}(?:员|"
        "长|官|使|主任|"
        "主席|顾问|专家|"
        "代表|特使|专员|干事|法官|大使|总裁|主管|负责人|教授|创始人|成员))"
        "(?<name>[^，、；：。（）\\s]{1,20}?)(?:先生|女士|博士)",
    .continuingWords = {},
    // "我现在以塞拉利昂外交和国际合作部长的身份发言。": a minister who chairs
    // says so by office.
    .nationalCapacity =
        "^我现在以(?<country>[^，。：]{1,40}?)(?:代表|(?:外交|国防|司法|内政|财政|副?总统|副?总理|"
        "首相|国务)[^，。：]{0,30}?)的?身份发言。",
    .resumesPresidency =
        "^我现在(?:恢复|重新)(?:履行|行使|担任)?(?:安理会|安全理事会|大会)?(?:代理)?主席(?:的)?(?:"
        "职责|职务|职能)?。$",
    // "我现在请秘书长发言。": the chair gives the floor.
    .givesFloor = "^我现在请.{1,120}发言。$",
    .decidedWithoutObjection = {},
    .beginsConsideration = "安全理事会现在开始审议其议程上的项目。",
    .floorToNamed = "我现在请(?<title>(?:常务副)?秘书长)(?<name>[^，。：、]{2,30}?)发言。",
    .resolution =
        R"(第(?<ref>(?<number>\d{1,4})(?: ?[A-H])? ?[(（](?:(?<year>\d{4})|(?<roman>[IVXL]{1,7}))[)）]|(?<session>(?:E?S-)?\d{1,3})/(?<item>\d{1,4}))号决议)",
    // Documents made with Word may set a space each side of the digits ("上午 10 时").
    .time = {R"((?<period>上午|中午|下午|晚上) ?(?<hour>\d{1,2}) ?时(?: ?(?<minute>\d{1,2}) ?分)?)",
             kPeriods},
    // Cover words, vote labels and job letter: unverified (no Chinese record
    // with a cover page was available); from the UN's Chinese documents' usage.
    .cover =
        {
            .bodyLine = "^(?:安全理事会|大会|经济及社会理事会|托管理事会)$",
            .status = "^(?:临时|正式记录)$",
            // "第十一届紧急特别会议".
            .session = "^第[\\p{Han}]{1,6}(?:年|届会议|届紧急特别会议|届特别会议)$",
            .meeting = "^第 ?(?<number>\\d+) ?次(?:全体)?会议"
                       "(?: \\((?:Resumption|Resumed)(?: \\d+)?\\))?$",
            .date =
                "^(?<year>\\d{4}) ?年 ?(?<month>\\d{1,2}) ?月 ?(?<day>\\d{1,2}) ?日(?:，?星期.)?"
                "(?:，?(?<time>(?=.*[\\d〇零一二三四五六七八九十]).+))?$",
            .months = {},
            .place = "^(?:纽约|日内瓦)$",
            .president = "^(?<title>主席)：\\s*(?<rest>.*)$",
            .members = "^成员：\\s*(?<rest>.*)$",
            .agenda = "^议程$",
            .correctionNotice = "^本记录包括.*",
            // (unverified)
            .committee = "^(?:第[一二三四五六]委员会|特别政治和非殖民化委员会(?:（第四委员会）)?|"
                         "裁军审议委员会|"
                         "(?:特设|筹备)委员会.{0,120})$",
        },
    .vote = {.inFavour = "^赞成：(?:\\s*(?<rest>\\S.*))?$",
             .against = "^反对：(?:\\s*(?<rest>\\S.*))?$",
             .abstaining = "^弃权：(?:\\s*(?<rest>\\S.*))?$",
             .none = "无",
             .separator = "、",
             .lastSeparator = "和",
             .results = kVoteResults,
             .numberWords = {},
             .outcomes = kOutcomes},
    .jobLetter = "(C)",
    .compounds = {},
    .hyphenatedPrefixes = {},
    .suspendedHyphenConjunctions = {},
    .breaksWordsAtLineEnds = false,
    .representativeRole = "代表",
    .bodies = kBodies,
    // "大会和会议管理部", "委员会秘书" (unverified).
    .officeInLabel = "(?:部|办公室|秘书处|司)$|^联合国",
    .titleInLabel = "(?:秘书|报告员|特别代表|特使|高级专员|副秘书长|助理秘书长|主任)$",
};

}  // namespace verbatim::profiles
