// Names of States in the six official languages, as the United Nations prints them.
//
// Where the names come from: the short names of UNTERM, the UN terminology database, as exported
// in the "UNTERM ... Short" columns of the datasets/country-codes table, and the six-language
// country list of the UN Statistics Division (M49); both were cross-checked against the CLDR
// names that ICU ships. Where CLDR differs the UN form wins: CLDR says 英国 and Великобритания,
// the UN prints 联合王国 and Соединенное Королевство. Names changed after those exports
// (Türkiye, Netherlands (Kingdom of the)) and the spellings of former names were written from
// the UN's usage and are the least certain. Check a language's names against UNTERM when records
// in that language arrive: a printed name missing here does not fail a conversion, it only gives
// the State an id derived from its name instead of its code.
#include "core/countries.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <functional>
#include <iterator>
#include <mutex>
#include <string>
#include <unordered_map>

#include "core/text.hpp"

namespace verbatim {

std::span<const CountryNames> countryTable() {
  // One State per entry, sorted by alpha3. In every field the first spelling is the short name
  // as speaker labels and vote lists print it today, inverted forms such as "Iran (Islamic
  // Republic of)" included; the others are full names, former names and common forms, so that
  // records of any era resolve. Apostrophes are the UN's typographic ’. The table reads best
  // with one State per line or block, which clang-format would undo.
  // clang-format off
  static constexpr CountryNames kCountries[] = {
    {"AFG", "Afghanistan", "Afghanistan", "Afganistán", "Афганистан", "阿富汗", "أفغانستان"},
    // Not ISO 3166: the African Union, an observer that speaks in the Council
    // and the Assembly as the European Union does. "AFU" is this project's
    // choice; no State holds it.
    {"AFU", "African Union", "Union africaine", "Unión Africana", "Африканский союз",
     "非洲联盟|非盟", "الاتحاد الأفريقي"},
    {"AGO", "Angola", "Angola", "Angola", "Ангола", "安哥拉", "أنغولا"},
    {"ALB", "Albania", "Albanie", "Albania", "Албания", "阿尔巴尼亚", "ألبانيا"},
    {"AND", "Andorra", "Andorre", "Andorra", "Андорра", "安道尔", "أندورا"},
    {"ARE",
     "United Arab Emirates",
     "Émirats arabes unis",
     "Emiratos Árabes Unidos",
     "Объединенные Арабские Эмираты",
     "阿拉伯联合酋长国|阿联酋",
     "الإمارات العربية المتحدة"},
    {"ARG", "Argentina", "Argentine|République argentine", "Argentina", "Аргентина", "阿根廷", "الأرجنتين"},
    {"ARM", "Armenia", "Arménie", "Armenia", "Армения", "亚美尼亚", "أرمينيا"},
    {"ATG",
     "Antigua and Barbuda",
     "Antigua-et-Barbuda",
     "Antigua y Barbuda",
     "Антигуа и Барбуда",
     "安提瓜和巴布达",
     "أنتيغوا وبربودا"},
    {"AUS", "Australia", "Australie", "Australia", "Австралия", "澳大利亚", "أستراليا"},
    {"AUT", "Austria", "Autriche", "Austria", "Австрия", "奥地利", "النمسا"},
    {"AZE", "Azerbaijan", "Azerbaïdjan", "Azerbaiyán", "Азербайджан", "阿塞拜疆", "أذربيجان"},
    {"BDI", "Burundi", "Burundi", "Burundi", "Бурунди", "布隆迪", "بوروندي"},
    {"BEL", "Belgium", "Belgique", "Bélgica", "Бельгия", "比利时", "بلجيكا"},
    {"BEN",
     "Benin|Dahomey",
     "Bénin|Dahomey",
     "Benin|Dahomey",
     "Бенин|Дагомея",
     "贝宁|达荷美",
     "بنن|داهومي"},
    {"BFA",
     "Burkina Faso|Upper Volta",
     "Burkina Faso|Haute-Volta",
     "Burkina Faso|Alto Volta",
     "Буркина-Фасо|Верхняя Вольта",
     "布基纳法索|上沃尔特",
     "بوركينا فاسو|فولتا العليا"},
    {"BGD", "Bangladesh", "Bangladesh", "Bangladesh", "Бангладеш", "孟加拉国", "بنغلاديش"},
    {"BGR", "Bulgaria", "Bulgarie", "Bulgaria", "Болгария", "保加利亚", "بلغاريا"},
    {"BHR", "Bahrain", "Bahreïn", "Bahrein", "Бахрейн", "巴林", "البحرين"},
    {"BHS", "Bahamas", "Bahamas", "Bahamas", "Багамские Острова", "巴哈马", "جزر البهاما"},
    {"BIH",
     "Bosnia and Herzegovina",
     "Bosnie-Herzégovine",
     "Bosnia y Herzegovina",
     "Босния и Герцеговина",
     "波斯尼亚和黑塞哥维那",
     "البوسنة والهرسك"},
    // Until 1991 the seat was the Byelorussian SSR's; records of that era print its name.
    {"BLR",
     "Belarus|Byelorussian Soviet Socialist Republic|Byelorussian SSR",
     "Bélarus|République socialiste soviétique de Biélorussie|RSS de Biélorussie",
     "Belarús|República Socialista Soviética de Bielorrusia|RSS de Bielorrusia",
     "Беларусь|Белоруссия|Белорусская Советская Социалистическая Республика|Белорусская ССР",
     "白俄罗斯|白俄罗斯苏维埃社会主义共和国",
     "بيلاروس|جمهورية بيلوروسيا الاشتراكية السوفياتية"},
    {"BLZ", "Belize", "Belize", "Belice", "Белиз", "伯利兹", "بليز"},
    {"BOL",
     "Bolivia (Plurinational State of)|Bolivia",
     "Bolivie (État plurinational de)|Bolivie",
     "Bolivia (Estado Plurinacional de)|Bolivia",
     "Боливия (Многонациональное Государство)|Боливия",
     "多民族玻利维亚国|玻利维亚多民族国|玻利维亚（多民族国）|玻利维亚",
     "بوليفيا (دولة - المتعددة القوميات)|دولة بوليفيا المتعددة القوميات|بوليفيا"},
    {"BRA", "Brazil", "Brésil", "Brasil", "Бразилия", "巴西", "البرازيل"},
    {"BRB", "Barbados", "Barbade", "Barbados", "Барбадос", "巴巴多斯", "بربادوس"},
    {"BRN",
     "Brunei Darussalam",
     "Brunéi Darussalam",
     "Brunei Darussalam",
     "Бруней-Даруссалам",
     "文莱达鲁萨兰国|文莱",
     "بروني دار السلام"},
    {"BTN", "Bhutan", "Bhoutan", "Bhután", "Бутан", "不丹", "بوتان"},
    {"BWA", "Botswana", "Botswana", "Botswana", "Ботсвана", "博茨瓦纳", "بوتسوانا"},
    {"CAF",
     "Central African Republic",
     "République centrafricaine",
     "República Centroafricana",
     "Центральноафриканская Республика",
     "中非共和国",
     "جمهورية أفريقيا الوسطى"},
    {"CAN", "Canada", "Canada", "Canadá", "Канада", "加拿大", "كندا"},
    {"CHE", "Switzerland", "Suisse|Confédération suisse", "Suiza|Confederación Suiza", "Швейцария", "瑞士", "سويسرا|الاتحاد السويسري"},
    {"CHL", "Chile", "Chili", "Chile", "Чили", "智利", "شيلي"},
    // The Republic of China held China's seat until 1971 (resolution 2758 (XXVI)); records print
    // "China" for both, so both eras map here.
    {"CHN",
     "China|People’s Republic of China|Republic of China",
     "Chine|République populaire de Chine|République de Chine",
     "China|República Popular China|República de China",
     "Китай|Китайская Народная Республика|Китайская Республика",
     "中国|中华人民共和国|中华民国",
     "الصين|جمهورية الصين الشعبية|جمهورية الصين"},
    {"CIV",
     "Côte d’Ivoire|Cote d’Ivoire|Ivory Coast",
     "Côte d’Ivoire",
     "Côte d’Ivoire",
     "Кот-д’Ивуар",
     "科特迪瓦",
     "كوت ديفوار"},
    {"CMR", "Cameroon", "Cameroun", "Camerún", "Камерун", "喀麦隆", "الكاميرون"},
    // Zaire from 1971 to 1997.
    {"COD",
     "Democratic Republic of the Congo|Zaire",
     "République démocratique du Congo|Zaïre",
     "República Democrática del Congo|Zaire",
     "Демократическая Республика Конго|Заир",
     "刚果民主共和国|刚果（金）|扎伊尔",
     "جمهورية الكونغو الديمقراطية|زائير"},
    {"COG", "Congo", "Congo", "Congo", "Конго", "刚果|刚果（布）", "الكونغو"},
    {"COL", "Colombia", "Colombie", "Colombia", "Колумбия", "哥伦比亚", "كولومبيا"},
    {"COM", "Comoros", "Comores", "Comoras", "Коморские Острова", "科摩罗", "جزر القمر"},
    {"CPV",
     "Cabo Verde|Cape Verde",
     "Cabo Verde|Cap-Vert",
     "Cabo Verde",
     "Кабо-Верде",
     "佛得角",
     "كابو فيردي|الرأس الأخضر"},
    {"CRI", "Costa Rica", "Costa Rica", "Costa Rica", "Коста-Рика", "哥斯达黎加", "كوستاريكا"},
    // Historical: Czechoslovakia, a Member until 1992 (ISO 3166-3 code).
    {"CSK",
     "Czechoslovakia|Czech and Slovak Federal Republic",
     "Tchécoslovaquie|République fédérative tchèque et slovaque",
     "Checoslovaquia|República Federal Checa y Eslovaca",
     "Чехословакия|Чешская и Словацкая Федеративная Республика",
     "捷克斯洛伐克|捷克和斯洛伐克联邦共和国",
     "تشيكوسلوفاكيا|الجمهورية الاتحادية التشيكية والسلوفاكية"},
    {"CUB", "Cuba", "Cuba", "Cuba", "Куба", "古巴", "كوبا"},
    {"CYP", "Cyprus", "Chypre", "Chipre", "Кипр", "塞浦路斯", "قبرص"},
    {"CZE",
     "Czechia|Czech Republic",
     "Tchéquie|République tchèque",
     "Chequia|República Checa",
     "Чехия|Чешская Республика",
     "捷克|捷克共和国",
     "تشيكيا|الجمهورية التشيكية"},
    // Historical: the German Democratic Republic, a Member from 1973 to 1990 (ISO 3166-3 code).
    {"DDR",
     "German Democratic Republic",
     "République démocratique allemande",
     "República Democrática Alemana",
     "Германская Демократическая Республика",
     "德意志民主共和国",
     "الجمهورية الديمقراطية الألمانية"},
    {"DEU",
     "Germany|Federal Republic of Germany",
     "Allemagne|République fédérale d’Allemagne",
     "Alemania|República Federal de Alemania",
     "Германия|Федеративная Республика Германия",
     "德国|德意志联邦共和国",
     "ألمانيا|جمهورية ألمانيا الاتحادية"},
    {"DJI", "Djibouti", "Djibouti", "Djibouti", "Джибути", "吉布提", "جيبوتي"},
    {"DMA", "Dominica", "Dominique", "Dominica", "Доминика", "多米尼克", "دومينيكا"},
    {"DNK", "Denmark", "Danemark", "Dinamarca", "Дания", "丹麦", "الدانمرك"},
    {"DOM",
     "Dominican Republic",
     "République dominicaine",
     "República Dominicana",
     "Доминиканская Республика",
     "多米尼加|多米尼加共和国",
     "الجمهورية الدومينيكية"},
    {"DZA", "Algeria", "Algérie|République algérienne démocratique et populaire", "Argelia|República Argelina Democrática y Popular", "Алжир", "阿尔及利亚", "الجزائر|الجمهورية الجزائرية الديمقراطية الشعبية"},
    {"ECU", "Ecuador", "Équateur", "Ecuador", "Эквадор", "厄瓜多尔", "إكوادور"},
    // United Arab Republic from 1958 (union with Syria) until 1971.
    {"EGY",
     "Egypt|United Arab Republic",
     "Égypte|République arabe unie",
     "Egipto|República Árabe Unida",
     "Египет|Объединенная Арабская Республика",
     "埃及|阿拉伯联合共和国",
     "مصر|الجمهورية العربية المتحدة"},
    {"ERI", "Eritrea", "Érythrée", "Eritrea", "Эритрея", "厄立特里亚", "إريتريا"},
    {"ESP", "Spain", "Espagne", "España", "Испания", "西班牙", "إسبانيا"},
    {"EST", "Estonia", "Estonie", "Estonia", "Эстония", "爱沙尼亚", "إستونيا"},
    {"ETH", "Ethiopia", "Éthiopie", "Etiopía", "Эфиопия", "埃塞俄比亚", "إثيوبيا"},
    // Not ISO 3166: the European Union has no alpha-3 code (ISO only reserves the alpha-2 "EU").
    // "EUE" is this project's choice; no State holds it.
    {"EUE",
     "European Union",
     "Union européenne",
     "Unión Europea",
     "Европейский союз",
     "欧洲联盟|欧盟",
     "الاتحاد الأوروبي"},
    {"FIN", "Finland", "Finlande", "Finlandia", "Финляндия", "芬兰", "فنلندا"},
    {"FJI", "Fiji", "Fidji", "Fiji", "Фиджи", "斐济", "فيجي"},
    // The formal name, as a Head of State's address names the State
    // ("Président de la République française").
    {"FRA", "France|French Republic", "France|République française", "Francia|República Francesa",
     "Франция|Французская Республика", "法国|法兰西共和国", "فرنسا|الجمهورية الفرنسية"},
    {"FSM",
     "Micronesia (Federated States of)|Micronesia",
     "Micronésie (États fédérés de)",
     "Micronesia (Estados Federados de)|Estados Federados de Micronesia",
     "Микронезия (Федеративные Штаты)",
     "密克罗尼西亚联邦|密克罗尼西亚（联邦）",
     "ميكرونيزيا (ولايات - الموحدة)|ولايات ميكرونيزيا الموحدة"},
    {"GAB", "Gabon", "Gabon|République gabonaise", "Gabón|República Gabonesa", "Габон", "加蓬", "غابون|الجمهورية الغابونية"},
    {"GBR",
     "United Kingdom of Great Britain and Northern Ireland|United Kingdom",
     "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord|Royaume-Uni",
     "Reino Unido de Gran Bretaña e Irlanda del Norte|Reino Unido",
     "Соединенное Королевство Великобритании и Северной Ирландии|Соединенное Королевство",
     "大不列颠及北爱尔兰联合王国|联合王国|英国",
     "المملكة المتحدة لبريطانيا العظمى وآيرلندا الشمالية|المملكة المتحدة"},
    {"GEO", "Georgia", "Géorgie", "Georgia", "Грузия", "格鲁吉亚", "جورجيا"},
    {"GHA", "Ghana", "Ghana", "Ghana", "Гана", "加纳", "غانا"},
    {"GIN", "Guinea", "Guinée", "Guinea", "Гвинея", "几内亚", "غينيا"},
    {"GMB", "Gambia", "Gambie", "Gambia", "Гамбия", "冈比亚", "غامبيا"},
    {"GNB",
     "Guinea-Bissau",
     "Guinée-Bissau",
     "Guinea-Bissau",
     "Гвинея-Бисау",
     "几内亚比绍",
     "غينيا - بيساو"},
    {"GNQ",
     "Equatorial Guinea",
     "Guinée équatoriale",
     "Guinea Ecuatorial",
     "Экваториальная Гвинея",
     "赤道几内亚",
     "غينيا الاستوائية"},
    {"GRC", "Greece", "Grèce|République hellénique", "Grecia|República Helénica", "Греция", "希腊", "اليونان|الجمهورية الهيلينية"},
    {"GRD", "Grenada", "Grenade", "Granada", "Гренада", "格林纳达", "غرينادا"},
    {"GTM", "Guatemala", "Guatemala", "Guatemala", "Гватемала", "危地马拉", "غواتيمالا"},
    {"GUY", "Guyana", "Guyana", "Guyana", "Гайана", "圭亚那", "غيانا"},
    {"HND", "Honduras", "Honduras", "Honduras", "Гондурас", "洪都拉斯", "هندوراس"},
    {"HRV", "Croatia", "Croatie", "Croacia", "Хорватия", "克罗地亚", "كرواتيا"},
    {"HTI", "Haiti", "Haïti", "Haití", "Гаити", "海地", "هايتي"},
    {"HUN", "Hungary", "Hongrie", "Hungría", "Венгрия", "匈牙利", "هنغاريا"},
    {"IDN", "Indonesia", "Indonésie", "Indonesia", "Индонезия", "印度尼西亚", "إندونيسيا"},
    {"IND", "India", "Inde", "India", "Индия", "印度", "الهند"},
    {"IRL", "Ireland", "Irlande", "Irlanda", "Ирландия", "爱尔兰", "آيرلندا"},
    {"IRN",
     "Iran (Islamic Republic of)|Iran",
     "Iran (République islamique d’)|Iran",
     "Irán (República Islámica del)|Irán",
     "Иран (Исламская Республика)|Иран",
     "伊朗伊斯兰共和国|伊朗（伊斯兰共和国）|伊朗",
     "إيران (جمهورية - الإسلامية)|جمهورية إيران الإسلامية|إيران"},
    {"IRQ", "Iraq", "Iraq", "Iraq", "Ирак", "伊拉克", "العراق"},
    {"ISL", "Iceland", "Islande", "Islandia", "Исландия", "冰岛", "آيسلندا"},
    {"ISR", "Israel", "Israël", "Israel", "Израиль", "以色列", "إسرائيل"},
    {"ITA", "Italy", "Italie|République italienne", "Italia", "Италия", "意大利", "إيطاليا"},
    {"JAM", "Jamaica", "Jamaïque", "Jamaica", "Ямайка", "牙买加", "جامايكا"},
    {"JOR", "Jordan", "Jordanie|Royaume hachémite de Jordanie", "Jordania|Reino Hachemita de Jordania", "Иордания", "约旦", "الأردن|المملكة الأردنية الهاشمية"},
    {"JPN", "Japan", "Japon", "Japón", "Япония", "日本", "اليابان"},
    // "Kazakstan" in the records of 1993 to 1997.
    {"KAZ", "Kazakhstan|Kazakstan", "Kazakhstan", "Kazajstán", "Казахстан", "哈萨克斯坦", "كازاخستان"},
    {"KEN", "Kenya", "Kenya", "Kenya", "Кения", "肯尼亚", "كينيا"},
    {"KGZ", "Kyrgyzstan", "Kirghizistan|République kirghize", "Kirguistán|República Kirguisa", "Кыргызстан", "吉尔吉斯斯坦", "قيرغيزستان|جمهورية قيرغيزستان"},
    // The seat was the Khmer Republic's in 1970-1975 and Democratic Kampuchea's in 1976-1990.
    {"KHM",
     "Cambodia|Democratic Kampuchea|Khmer Republic",
     "Cambodge|Kampuchea démocratique|République khmère",
     "Camboya|Kampuchea Democrática|República Khmer",
     "Камбоджа|Демократическая Кампучия|Кхмерская Республика",
     "柬埔寨|民主柬埔寨|高棉共和国",
     "كمبوديا|كمبوتشيا الديمقراطية|جمهورية الخمير"},
    {"KIR", "Kiribati", "Kiribati", "Kiribati", "Кирибати", "基里巴斯", "كيريباس"},
    {"KNA",
     "Saint Kitts and Nevis",
     "Saint-Kitts-et-Nevis",
     "Saint Kitts y Nevis",
     "Сент-Китс и Невис",
     "圣基茨和尼维斯",
     "سانت كيتس ونيفس"},
    {"KOR",
     "Republic of Korea",
     "République de Corée",
     "República de Corea",
     "Республика Корея",
     "大韩民国|韩国",
     "جمهورية كوريا"},
    {"KWT", "Kuwait", "Koweït", "Kuwait", "Кувейт", "科威特", "الكويت"},
    {"LAO",
     "Lao People’s Democratic Republic|Laos",
     "République démocratique populaire lao|Laos",
     "República Democrática Popular Lao|Laos",
     "Лаосская Народно-Демократическая Республика|Лаос",
     "老挝人民民主共和国|老挝",
     "جمهورية لاو الديمقراطية الشعبية|لاوس"},
    {"LBN", "Lebanon", "Liban|République libanaise", "Líbano|República Libanesa", "Ливан", "黎巴嫩", "لبنان|الجمهورية اللبنانية"},
    {"LBR", "Liberia", "Libéria", "Liberia", "Либерия", "利比里亚", "ليبريا"},
    // Libyan Arab Jamahiriya from 1977 until 2011.
    {"LBY",
     "Libya|Libyan Arab Jamahiriya",
     "Libye|Jamahiriya arabe libyenne",
     "Libia|Jamahiriya Árabe Libia",
     "Ливия|Ливийская Арабская Джамахирия",
     "利比亚|阿拉伯利比亚民众国",
     "ليبيا|الجماهيرية العربية الليبية"},
    {"LCA", "Saint Lucia", "Sainte-Lucie", "Santa Lucía", "Сент-Люсия", "圣卢西亚", "سانت لوسيا"},
    {"LIE", "Liechtenstein", "Liechtenstein|Principauté de Liechtenstein", "Liechtenstein|Principado de Liechtenstein", "Лихтенштейн", "列支敦士登", "ليختنشتاين"},
    {"LKA",
     "Sri Lanka|Ceylon",
     "Sri Lanka|Ceylan",
     "Sri Lanka|Ceilán",
     "Шри-Ланка|Цейлон",
     "斯里兰卡|锡兰",
     "سري لانكا|سيلان"},
    {"LSO", "Lesotho", "Lesotho", "Lesotho", "Лесото", "莱索托", "ليسوتو"},
    {"LTU", "Lithuania", "Lituanie", "Lituania", "Литва", "立陶宛", "ليتوانيا"},
    {"LUX", "Luxembourg", "Luxembourg", "Luxemburgo", "Люксембург", "卢森堡", "لكسمبرغ"},
    {"LVA", "Latvia", "Lettonie", "Letonia", "Латвия", "拉脱维亚", "لاتفيا"},
    {"MAR", "Morocco", "Maroc|Royaume du Maroc", "Marruecos|Reino de Marruecos", "Марокко", "摩洛哥", "المغرب|المملكة المغربية"},
    {"MCO", "Monaco", "Monaco", "Mónaco", "Монако", "摩纳哥", "موناكو"},
    {"MDA",
     "Republic of Moldova|Moldova",
     "République de Moldova",
     "República de Moldova",
     "Республика Молдова|Молдова",
     "摩尔多瓦共和国|摩尔多瓦",
     "جمهورية مولدوفا"},
    {"MDG", "Madagascar", "Madagascar", "Madagascar", "Мадагаскар", "马达加斯加", "مدغشقر"},
    {"MDV", "Maldives", "Maldives", "Maldivas", "Мальдивские Острова", "马尔代夫", "ملديف"},
    {"MEX", "Mexico", "Mexique|États-Unis du Mexique", "México|Estados Unidos Mexicanos", "Мексика", "墨西哥", "المكسيك|الولايات المتحدة المكسيكية"},
    {"MHL",
     "Marshall Islands",
     "Îles Marshall",
     "Islas Marshall",
     "Маршалловы Острова",
     "马绍尔群岛",
     "جزر مارشال"},
    // "The former Yugoslav Republic of Macedonia" from 1993 until 2019.
    {"MKD",
     "North Macedonia|The former Yugoslav Republic of Macedonia",
     "Macédoine du Nord|ex-République yougoslave de Macédoine",
     "Macedonia del Norte|ex República Yugoslava de Macedonia",
     "Северная Македония|бывшая югославская Республика Македония",
     "北马其顿|前南斯拉夫的马其顿共和国",
     "مقدونيا الشمالية|جمهورية مقدونيا اليوغوسلافية سابقاً"},
    {"MLI", "Mali", "Mali", "Malí", "Мали", "马里", "مالي"},
    {"MLT", "Malta", "Malte", "Malta", "Мальта", "马耳他", "مالطة"},
    {"MMR",
     "Myanmar|Burma",
     "Myanmar|Birmanie",
     "Myanmar|Birmania",
     "Мьянма|Бирма",
     "缅甸",
     "ميانمار|بورما"},
    {"MNE", "Montenegro", "Monténégro", "Montenegro", "Черногория", "黑山", "الجبل الأسود"},
    {"MNG", "Mongolia", "Mongolie", "Mongolia", "Монголия", "蒙古|蒙古国", "منغوليا"},
    {"MOZ", "Mozambique", "Mozambique", "Mozambique", "Мозамбик", "莫桑比克", "موزامبيق"},
    {"MRT", "Mauritania", "Mauritanie|République islamique de Mauritanie", "Mauritania|República Islámica de Mauritania", "Мавритания", "毛里塔尼亚", "موريتانيا|الجمهورية الإسلامية الموريتانية"},
    {"MUS", "Mauritius", "Maurice", "Mauricio", "Маврикий", "毛里求斯", "موريشيوس"},
    {"MWI", "Malawi", "Malawi", "Malawi", "Малави", "马拉维", "ملاوي"},
    {"MYS", "Malaysia", "Malaisie", "Malasia", "Малайзия", "马来西亚", "ماليزيا"},
    {"NAM", "Namibia", "Namibie", "Namibia", "Намибия", "纳米比亚", "ناميبيا"},
    {"NER", "Niger", "Niger", "Níger", "Нигер", "尼日尔", "النيجر"},
    {"NGA", "Nigeria", "Nigéria", "Nigeria", "Нигерия", "尼日利亚", "نيجيريا"},
    {"NIC", "Nicaragua", "Nicaragua", "Nicaragua", "Никарагуа", "尼加拉瓜", "نيكاراغوا"},
    // Printed "Netherlands (Kingdom of the)" in recent records; earlier ones say "Netherlands".
    {"NLD",
     "Netherlands (Kingdom of the)|Netherlands|Kingdom of the Netherlands",
     "Pays-Bas (Royaume des)|Pays-Bas|Royaume des Pays-Bas",
     "Países Bajos (Reino de los)|Países Bajos|Reino de los Países Bajos",
     "Нидерланды (Королевство)|Нидерланды|Королевство Нидерландов",
     "荷兰王国|荷兰",
     "هولندا (مملكة)|مملكة هولندا|هولندا|هولندا (مملكة -)"},
    {"NOR", "Norway", "Norvège", "Noruega", "Норвегия", "挪威", "النرويج"},
    {"NPL", "Nepal", "Népal", "Nepal", "Непал", "尼泊尔", "نيبال"},
    {"NRU", "Nauru", "Nauru", "Nauru", "Науру", "瑙鲁", "ناورو"},
    {"NZL",
     "New Zealand",
     "Nouvelle-Zélande",
     "Nueva Zelandia",
     "Новая Зеландия",
     "新西兰",
     "نيوزيلندا"},
    {"OMN", "Oman", "Oman", "Omán", "Оман", "阿曼", "عمان"},
    {"PAK", "Pakistan", "Pakistan", "Pakistán", "Пакистан", "巴基斯坦", "باكستان"},
    {"PAN", "Panama", "Panama", "Panamá", "Панама", "巴拿马", "بنما"},
    {"PER", "Peru", "Pérou", "Perú", "Перу", "秘鲁", "بيرو"},
    {"PHL", "Philippines", "Philippines", "Filipinas", "Филиппины", "菲律宾", "الفلبين"},
    {"PLW", "Palau", "Palaos", "Palau", "Палау", "帕劳", "بالاو"},
    {"PNG",
     "Papua New Guinea",
     "Papouasie-Nouvelle-Guinée",
     "Papua Nueva Guinea",
     "Папуа-Новая Гвинея",
     "巴布亚新几内亚",
     "بابوا غينيا الجديدة"},
    {"POL", "Poland", "Pologne", "Polonia", "Польша", "波兰", "بولندا"},
    {"PRK",
     "Democratic People’s Republic of Korea",
     "République populaire démocratique de Corée",
     "República Popular Democrática de Corea",
     "Корейская Народно-Демократическая Республика",
     "朝鲜民主主义人民共和国|朝鲜",
     "جمهورية كوريا الشعبية الديمقراطية"},
    {"PRT", "Portugal", "Portugal|République portugaise", "Portugal|República Portuguesa", "Португалия", "葡萄牙", "البرتغال|الجمهورية البرتغالية"},
    {"PRY", "Paraguay", "Paraguay", "Paraguay", "Парагвай", "巴拉圭", "باراغواي"},
    // Observer State since 2012; "Palestine" is the observer entity's name in earlier records.
    {"PSE",
     "State of Palestine|Palestine",
     "État de Palestine|Palestine",
     "Estado de Palestina|Palestina",
     "Государство Палестина|Палестина",
     "巴勒斯坦国|巴勒斯坦",
     "دولة فلسطين|فلسطين"},
    {"QAT", "Qatar", "Qatar", "Qatar", "Катар", "卡塔尔", "قطر"},
    {"ROU", "Romania", "Roumanie", "Rumania", "Румыния", "罗马尼亚", "رومانيا"},
    {"RUS",
     "Russian Federation",
     "Fédération de Russie",
     "Federación de Rusia",
     "Российская Федерация",
     "俄罗斯联邦|俄罗斯",
     "الاتحاد الروسي"},
    {"RWA", "Rwanda", "Rwanda", "Rwanda", "Руанда", "卢旺达", "رواندا"},
    {"SAU",
     "Saudi Arabia",
     "Arabie saoudite",
     "Arabia Saudita",
     "Саудовская Аравия",
     "沙特阿拉伯",
     "المملكة العربية السعودية"},
    // Historical: Serbia and Montenegro, 2003-2006 (ISO 3166-3 code); Serbia continues its seat.
    {"SCG",
     "Serbia and Montenegro",
     "Serbie-et-Monténégro",
     "Serbia y Montenegro",
     "Сербия и Черногория",
     "塞尔维亚和黑山",
     "صربيا والجبل الأسود"},
    {"SDN", "Sudan", "Soudan", "Sudán", "Судан", "苏丹", "السودان"},
    {"SEN", "Senegal", "Sénégal", "Senegal", "Сенегал", "塞内加尔", "السنغال"},
    {"SGP", "Singapore", "Singapour", "Singapur", "Сингапур", "新加坡", "سنغافورة"},
    {"SLB",
     "Solomon Islands",
     "Îles Salomon",
     "Islas Salomón",
     "Соломоновы Острова",
     "所罗门群岛",
     "جزر سليمان"},
    {"SLE", "Sierra Leone", "Sierra Leone", "Sierra Leona", "Сьерра-Леоне", "塞拉利昂", "سيراليون"},
    {"SLV", "El Salvador", "El Salvador", "El Salvador", "Сальвадор", "萨尔瓦多", "السلفادور"},
    {"SMR", "San Marino", "Saint-Marin", "San Marino", "Сан-Марино", "圣马力诺", "سان مارينو"},
    {"SOM", "Somalia", "Somalie", "Somalia", "Сомали", "索马里", "الصومال"},
    {"SRB", "Serbia", "Serbie", "Serbia", "Сербия", "塞尔维亚", "صربيا"},
    {"SSD",
     "South Sudan",
     "Soudan du Sud",
     "Sudán del Sur",
     "Южный Судан",
     "南苏丹",
     "جنوب السودان"},
    {"STP",
     "Sao Tome and Principe",
     "Sao Tomé-et-Principe",
     "Santo Tomé y Príncipe",
     "Сан-Томе и Принсипи",
     "圣多美和普林西比",
     "سان تومي وبرينسيبي"},
    // Historical: the USSR, whose seat the Russian Federation took in 1991 (ISO 3166-3 code).
    {"SUN",
     "Union of Soviet Socialist Republics|USSR",
     "Union des Républiques socialistes soviétiques|URSS",
     "Unión de Repúblicas Socialistas Soviéticas|URSS",
     "Союз Советских Социалистических Республик|СССР",
     "苏维埃社会主义共和国联盟|苏联",
     "اتحاد الجمهوريات الاشتراكية السوفياتية|الاتحاد السوفياتي"},
    {"SUR", "Suriname", "Suriname", "Suriname", "Суринам", "苏里南", "سورينام"},
    {"SVK", "Slovakia", "Slovaquie|République slovaque", "Eslovaquia", "Словакия", "斯洛伐克", "سلوفاكيا"},
    {"SVN", "Slovenia", "Slovénie", "Eslovenia", "Словения", "斯洛文尼亚", "سلوفينيا"},
    {"SWE", "Sweden", "Suède", "Suecia", "Швеция", "瑞典", "السويد"},
    // Swaziland until 2018.
    {"SWZ",
     "Eswatini|Swaziland",
     "Eswatini|Swaziland",
     "Eswatini|Swazilandia",
     "Эсватини|Свазиленд",
     "斯威士兰|埃斯瓦蒂尼",
     "إسواتيني|سوازيلند"},
    {"SYC", "Seychelles", "Seychelles", "Seychelles", "Сейшельские Острова", "塞舌尔", "سيشيل"},
    {"SYR",
     "Syrian Arab Republic",
     "République arabe syrienne",
     "República Árabe Siria",
     "Сирийская Арабская Республика",
     "阿拉伯叙利亚共和国|叙利亚阿拉伯共和国|叙利亚",
     "الجمهورية العربية السورية"},
    {"TCD", "Chad", "Tchad", "Chad", "Чад", "乍得", "تشاد"},
    {"TGO", "Togo", "Togo", "Togo|República Togolesa", "Того", "多哥", "توغو|جمهورية توغو"},
    {"THA", "Thailand", "Thaïlande", "Tailandia", "Таиланд", "泰国", "تايلند"},
    {"TJK", "Tajikistan", "Tadjikistan", "Tayikistán", "Таджикистан", "塔吉克斯坦", "طاجيكستان"},
    {"TKM",
     "Turkmenistan",
     "Turkménistan",
     "Turkmenistán",
     "Туркменистан",
     "土库曼斯坦",
     "تركمانستان"},
    {"TLS",
     "Timor-Leste|East Timor",
     "Timor-Leste",
     "Timor-Leste",
     "Тимор-Лешти",
     "东帝汶",
     "تيمور - ليشتي"},
    {"TON", "Tonga", "Tonga", "Tonga", "Тонга", "汤加", "تونغا"},
    {"TTO",
     "Trinidad and Tobago",
     "Trinité-et-Tobago",
     "Trinidad y Tabago",
     "Тринидад и Тобаго",
     "特立尼达和多巴哥",
     "ترينيداد وتوباغو"},
    {"TUN", "Tunisia", "Tunisie|République tunisienne", "Túnez|República Tunecina", "Тунис", "突尼斯", "تونس|الجمهورية التونسية"},
    // Türkiye in English, French and Spanish since 2022; earlier records say Turkey.
    {"TUR", "Türkiye|Turkey", "Türkiye|Turquie", "Türkiye|Turquía|República de Türkiye", "Турция", "土耳其", "تركيا|الجمهورية التركية|جمهورية تركيا"},
    {"TUV", "Tuvalu", "Tuvalu", "Tuvalu", "Тувалу", "图瓦卢", "توفالو"},
    {"TZA",
     "United Republic of Tanzania|Tanzania",
     "République-Unie de Tanzanie",
     "República Unida de Tanzanía",
     "Объединенная Республика Танзания",
     "坦桑尼亚联合共和国|坦桑尼亚",
     "جمهورية تنزانيا المتحدة"},
    {"UGA", "Uganda", "Ouganda", "Uganda", "Уганда", "乌干达", "أوغندا"},
    // Until 1991 the seat was the Ukrainian SSR's.
    {"UKR",
     "Ukraine|Ukrainian Soviet Socialist Republic|Ukrainian SSR",
     "Ukraine|République socialiste soviétique d’Ukraine|RSS d’Ukraine",
     "Ucrania|República Socialista Soviética de Ucrania|RSS de Ucrania",
     "Украина|Украинская Советская Социалистическая Республика|Украинская ССР",
     "乌克兰|乌克兰苏维埃社会主义共和国",
     "أوكرانيا|جمهورية أوكرانيا الاشتراكية السوفياتية"},
    {"URY", "Uruguay", "Uruguay", "Uruguay", "Уругвай", "乌拉圭", "أوروغواي"},
    {"USA",
     "United States of America|United States",
     "États-Unis d’Amérique|États-Unis",
     "Estados Unidos de América|Estados Unidos",
     "Соединенные Штаты Америки|Соединенные Штаты",
     "美利坚合众国|美国",
     "الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية|الولايات المتحدة"},
    {"UZB", "Uzbekistan", "Ouzbékistan", "Uzbekistán", "Узбекистан", "乌兹别克斯坦", "أوزبكستان"},
    // Observer State.
    {"VAT", "Holy See", "Saint-Siège", "Santa Sede", "Святой Престол", "教廷|罗马教廷", "الكرسي الرسولي"},
    {"VCT",
     "Saint Vincent and the Grenadines",
     "Saint-Vincent-et-les Grenadines",
     "San Vicente y las Granadinas",
     "Сент-Винсент и Гренадины",
     "圣文森特和格林纳丁斯",
     "سانت فنسنت وجزر غرينادين"},
    {"VEN",
     "Venezuela (Bolivarian Republic of)|Venezuela",
     "Venezuela (République bolivarienne du)|Venezuela",
     "Venezuela (República Bolivariana de)|Venezuela",
     "Венесуэла (Боливарианская Республика)|Венесуэла",
     "委内瑞拉玻利瓦尔共和国|委内瑞拉（玻利瓦尔共和国）|委内瑞拉",
     "فنزويلا (جمهورية - البوليفارية)|جمهورية فنزويلا البوليفارية|فنزويلا"},
    {"VNM", "Viet Nam|Vietnam", "Viet Nam", "Viet Nam", "Вьетнам", "越南", "فييت نام"},
    {"VUT", "Vanuatu", "Vanuatu", "Vanuatu", "Вануату", "瓦努阿图", "فانواتو"},
    {"WSM", "Samoa", "Samoa", "Samoa", "Самоа", "萨摩亚", "ساموا"},
    {"YEM", "Yemen", "Yémen", "Yemen", "Йемен", "也门", "اليمن"},
    // Historical: Democratic Yemen, a Member until the union of 1990 (ISO 3166-3 code).
    {"YMD",
     "Democratic Yemen",
     "Yémen démocratique",
     "Yemen Democrático",
     "Демократический Йемен",
     "民主也门",
     "اليمن الديمقراطية|جمهورية اليمن الديمقراطية الشعبية"},
    // Historical: the Socialist Federal Republic of Yugoslavia until 1992, and the Federal
    // Republic of Yugoslavia 2000-2003, which ISO coded alike.
    {"YUG",
     "Yugoslavia|Socialist Federal Republic of Yugoslavia|Federal Republic of Yugoslavia",
     "Yougoslavie|République fédérative socialiste de Yougoslavie|"
     "République fédérale de Yougoslavie",
     "Yugoslavia|República Federativa Socialista de Yugoslavia|República Federativa de Yugoslavia",
     "Югославия|Социалистическая Федеративная Республика Югославия|Союзная Республика Югославия",
     "南斯拉夫|南斯拉夫社会主义联邦共和国|南斯拉夫联盟共和国",
     "يوغوسلافيا|جمهورية يوغوسلافيا الاتحادية الاشتراكية|جمهورية يوغوسلافيا الاتحادية"},
    {"ZAF", "South Africa", "Afrique du Sud|République sud-africaine", "Sudáfrica|República de Sudáfrica", "Южная Африка", "南非", "جنوب أفريقيا"},
    {"ZMB", "Zambia", "Zambie", "Zambia", "Замбия", "赞比亚", "زامبيا"},
    {"ZWE", "Zimbabwe", "Zimbabwe", "Zimbabwe", "Зимбабве", "津巴布韦", "زمبابوي"},
  };
  // clang-format on
  return kCountries;
}

namespace {

constexpr std::string_view kLanguages[] = {"en", "fr", "es", "ru", "zh", "ar"};

// Callers may hold a full tag from xml:lang ("zh-Hans", "EN"); the table knows primary subtags.
std::string primaryLanguage(std::string_view language) {
  std::string primary;
  for (char c : language) {
    if (c == '-' || c == '_') break;
    primary += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return primary;
}

bool isDash(UChar32 c) {
  // Typesetting turns the hyphen of "Guinea-Bissau" into non-breaking hyphens, dashes or spaced
  // dashes ("Папуа — Новая Гвинея", "غينيا - بيساو").
  return c == u'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 ||
         c == 0xFF0D;
}

UChar32 fold(UChar32 c) {
  switch (c) {
    case 0x2018:  // ‘ and ʼ stand in for the apostrophe in some fonts and conversions.
    case 0x2019:
    case 0x02BC: return u'\'';
    case 0x0622:  // آ أ إ ٱ: the hamza or madda on an alef is often left out.
    case 0x0623:
    case 0x0625:
    case 0x0671: return 0x0627;
    case 0x0649:  // ى is printed for final ي and the other way round.
      return 0x064A;
    default: break;
  }
  // Chinese text sets parentheses in fullwidth forms: 玻利维亚（多民族国）.
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFF01 + u'!';
  return c;
}

// The form that two printings of one name share: decomposed, without accents or other
// marks (Arabic vowel signs, shadda, sukun and the superscript alef among them: optional in
// print); no invisible characters or tatweel; one space between words, and for any dash
// ("Guinea Bissau" is printed too); ’ as '; Arabic alef and yeh variants unified; case
// folded.
std::string normalise(std::string_view name) {
  // ASCII needs none of Unicode's steps: no composition, no ignorables, one
  // dash, case folding as lowercase. Most names of most records are ASCII.
  if (std::all_of(name.begin(), name.end(), [](char c) { return (c & 0x80) == 0; })) {
    std::string key;
    bool space = false;
    for (const char c : name) {
      if (c == ' ' || c == '-' || (c >= '\t' && c <= '\r')) {
        space = !key.empty();
        continue;
      }
      if (space) key += ' ';
      space = false;
      key += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return key;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  // Decomposed, so that accents and other marks can be left out: typed
  // records print capitals without them ("ETATS-UNIS", "Etats-Unis d'Amérique").
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString decomposed = nfd->normalize(text, status);
    if (U_SUCCESS(status)) text = decomposed;
  }
  icu::UnicodeString out;
  bool space = false;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    UChar32 c = text.char32At(i);
    if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) || c == 0x0640 ||
        u_charType(c) == U_NON_SPACING_MARK)
      continue;
    if (u_isUWhiteSpace(c) || isDash(c)) {
      space = !out.isEmpty();
      continue;
    }
    c = fold(c);
    if (space) out.append(u' ');
    space = false;
    out.append(c);
  }
  out.foldCase(U_FOLD_CASE_DEFAULT);
  std::string key;
  out.toUTF8String(key);
  return key;
}

// The name an inverted spelling stands for, in reading order: lists print
// "Iran (Islamic Republic of)", labels "(Islamic Republic of Iran)";
// "Iran (République islamique d’)" reads "République islamique d’Iran", and
// an Arabic qualifier marks with a dash where the name goes:
// "إيران (جمهورية - الإسلامية)" reads "جمهورية إيران الإسلامية".
std::string readingOrder(std::string_view spelling) {
  const std::size_t open = spelling.find(" (");
  if (open == std::string_view::npos || !spelling.ends_with(')')) return {};
  const std::string_view name = spelling.substr(0, open);
  const std::string_view qualifier = spelling.substr(open + 2, spelling.size() - open - 3);
  if (const std::size_t dash = qualifier.find(" - "); dash != std::string_view::npos)
    return std::string(qualifier.substr(0, dash)) + " " + std::string(name) + " " +
           std::string(qualifier.substr(dash + 3));
  const bool elided = qualifier.ends_with("’") || qualifier.ends_with("'");
  return std::string(qualifier) + (elided ? "" : " ") + std::string(name);
}

// One language's spellings: a record needs only its own language's, and
// building all six took a millisecond of every run.
std::unordered_map<std::string, std::string_view> buildLookup(std::string_view language) {
  std::unordered_map<std::string, std::string_view> map;
  for (const auto& names : countryTable()) {
    text::anyAlternative(namesIn(names, language), [&](std::string_view spelling) {
      // Were a spelling shared, the first entry would keep it; the table is meant to share none.
      map.emplace(normalise(spelling), names.alpha3);
      if (std::string read = readingOrder(spelling); !read.empty())
        map.emplace(normalise(read), names.alpha3);
      return false;
    });
  }
  return map;
}

}  // namespace

bool isMemberState(std::string_view alpha3) {
  constexpr std::string_view kNotMembers[] = {"AFU", "EUE", "PSE", "VAT"};
  return std::find(std::begin(kNotMembers), std::end(kNotMembers), alpha3) == std::end(kNotMembers);
}

std::string_view namesIn(const CountryNames& names, std::string_view language) {
  const std::pair<std::string_view, std::string_view> columns[] = {
      {"en", names.en}, {"fr", names.fr}, {"es", names.es},
      {"ru", names.ru}, {"zh", names.zh}, {"ar", names.ar}};
  for (const auto& [code, column] : columns)
    if (code == language) return column;
  return {};
}

// Languages that decline a State's name after a noun ("делегация Ганы",
// "делегация Сенегала"): a one-word name's ending in the genitive, and the
// ending of the name it stands for.
struct GenitiveEnding {
  std::string_view language, genitive, nominative;
};
constexpr GenitiveEnding kGenitiveEndings[] = {
    {"ru", "ы", "а"}, {"ru", "и", "а"}, {"ru", "и", "я"},
    {"ru", "а", ""},  {"ru", "я", "й"}, {"ru", "и", "ь"},
};

// Each form of a one-word name (of a compound's first part: "Гвинеи-Бисау")
// with one ending of the language's swapped for the other: the nominatives a
// genitive may stand for (`toNominative`), or the genitives of a nominative.
void eachDeclension(std::string_view name, std::string_view language, bool toNominative,
                    const std::function<void(const std::string&)>& visit) {
  if (name.find(' ') != std::string_view::npos) return;
  const std::size_t hyphen = std::min(name.find('-'), name.size());
  const std::string_view head = name.substr(0, hyphen), rest = name.substr(hyphen);
  for (const auto& ending : kGenitiveEndings) {
    const std::string_view from = toNominative ? ending.genitive : ending.nominative;
    const std::string_view to = toNominative ? ending.nominative : ending.genitive;
    if (ending.language != language || !head.ends_with(from) || head.size() <= from.size() + 2)
      continue;
    visit(std::string(head.substr(0, head.size() - from.size())) + std::string(to) +
          std::string(rest));
  }
}

namespace {

using Lookup = std::unordered_map<std::string, std::string_view>;

// The language's spellings by their normalised form, built on first use;
// null for a language with no column in the table.
const Lookup* lookupFor(std::string_view primary) {
  const auto* known = std::find(std::begin(kLanguages), std::end(kLanguages), primary);
  if (known == std::end(kLanguages)) return nullptr;
  static std::array<std::once_flag, std::size(kLanguages)> built;
  static std::array<Lookup, std::size(kLanguages)> lookups;
  const auto index = static_cast<std::size_t>(known - std::begin(kLanguages));
  std::call_once(built[index], [&] { lookups[index] = buildLookup(*known); });
  return &lookups[index];
}

}  // namespace

std::string_view countryCode(std::string_view printedName, std::string_view language) {
  const std::string primary = primaryLanguage(language);
  const Lookup* lookup = lookupFor(primary);
  if (!lookup) return {};
  if (auto found = lookup->find(normalise(printedName)); found != lookup->end())
    return found->second;
  // Older lists invert at a comma: "Germany, Federal Republic of".
  if (const auto comma = printedName.rfind(", "); comma != std::string_view::npos && comma > 0) {
    const std::string bracketed = std::string(printedName.substr(0, comma)) + " (" +
                                  std::string(printedName.substr(comma + 2)) + ")";
    if (auto found = lookup->find(normalise(readingOrder(bracketed))); found != lookup->end())
      return found->second;
  }
  std::string_view declined;
  eachDeclension(printedName, primary, true, [&](const std::string& named) {
    if (auto found = lookup->find(normalise(named)); declined.empty() && found != lookup->end())
      declined = found->second;
  });
  return declined;
}

bool beginsCountryName(std::string_view words, std::string_view language) {
  const Lookup* lookup = lookupFor(primaryLanguage(language));
  if (!lookup) return false;
  const std::string start = normalise(words) + " ";
  return std::any_of(lookup->begin(), lookup->end(),
                     [&](const auto& entry) { return entry.first.starts_with(start); });
}

std::string_view stateNamedIn(std::string_view passage, std::string_view language) {
  std::string_view longest;
  for (const auto& names : countryTable()) {
    text::anyAlternative(namesIn(names, language), [&](std::string_view name) {
      if (name.size() > longest.size() && passage.find(name) != std::string_view::npos)
        longest = name;
      return false;
    });
  }
  return longest;
}

std::vector<std::pair<std::size_t, std::size_t>> statesNamedIn(std::string_view passage,
                                                               std::string_view language) {
  std::vector<std::pair<std::size_t, std::size_t>> found;
  const std::string primary = primaryLanguage(language);
  // A name is whole where no letter of a spaced script touches it, nor a
  // hyphen that goes on into one ("Гвинеи" of "Гвинеи-Бисау").
  // Arabic joins its one-letter words to the next: "وجنوب السودان" is "and
  // South Sudan".
  auto prefixed = [&](std::size_t begin) {
    if (primary != "ar" || begin == 0) return false;
    const std::string_view head = passage.substr(0, begin);
    const char32_t letter = text::last(head);
    if (std::u32string_view(U"وفبلك").find(letter) == std::u32string_view::npos) return false;
    const std::string_view rest = head.substr(0, head.size() - text::lastLength(head));
    return rest.empty() || !text::isSpacedAlnum(text::last(rest));
  };
  auto bounded = [&](std::size_t begin, std::size_t end) {
    const bool before =
        begin == 0 || !text::isSpacedAlnum(text::last(passage.substr(0, begin))) || prefixed(begin);
    const std::string_view tail = passage.substr(std::min(end, passage.size()));
    const bool after = tail.empty() || (!text::isSpacedAlnum(text::first(tail)) &&
                                        !(tail.size() > 1 && tail.front() == '-' &&
                                          text::isSpacedAlnum(text::first(tail.substr(1)))));
    return before && after;
  };
  std::vector<std::pair<std::size_t, std::size_t>> candidates;
  auto look = [&](std::string_view name) {
    for (auto at = passage.find(name); at != std::string_view::npos;
         at = passage.find(name, at + 1))
      if (bounded(at, at + name.size())) candidates.emplace_back(at, at + name.size());
  };
  for (const auto& names : countryTable())
    text::anyAlternative(namesIn(names, primary), [&](std::string_view name) {
      if (name.empty()) return false;
      look(name);
      // The one-word name declined ("Ганы" of "Гана", "Гвинеи-Бисау" of
      // "Гвинея-Бисау"), as countryCode reads it.
      eachDeclension(name, primary, false, look);
      return false;
    });
  // The longest first at each place; none overlapping one taken.
  std::sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second > b.second;
  });
  for (const auto& candidate : candidates)
    if (found.empty() || candidate.first >= found.back().second) found.push_back(candidate);
  return found;
}

bool withinStateName(std::string_view words, std::string_view language) {
  const std::string primary = primaryLanguage(language);
  if (std::find(std::begin(kLanguages), std::end(kLanguages), primary) == std::end(kLanguages))
    return false;
  const std::string needle = " " + normalise(words) + " ";
  if (needle.size() <= 2) return false;
  return std::any_of(countryTable().begin(), countryTable().end(), [&](const CountryNames& names) {
    return text::anyAlternative(namesIn(names, primary), [&](std::string_view spelling) {
      return (" " + normalise(spelling) + " ").find(needle) != std::string::npos;
    });
  });
}

}  // namespace verbatim
