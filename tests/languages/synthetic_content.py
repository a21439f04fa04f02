"""The invented meetings of the synthetic records (see synthetic.py). Every
name, symbol, date and word here is made up for the tests: the symbols
S/PV.99990 to S/PV.99995 are used only by these fixtures and the speeches are
not anyone's. Blocks: ('u', text) a line of its own (heading, procedural line,
vote label, vote list), ('p', text) a paragraph (label included), ('raw',
[lines]) lines as given."""

LEADERS = ' . . . . . . . . . . . . . . . . . . . . . . . . .'


def cover_members(states, names):
    return [state + LEADERS for state in states] + [''] + names


# ----------------------------------------------------------------------------- French

FR_STATES = ['Chine', 'Danemark', 'États-Unis d’Amérique', 'Fédération de Russie', 'France',
             'Grèce', 'Guyana', 'Pakistan', 'Panama', 'République de Corée',
             'Royaume-Uni de Grande-Bretagne et d’Irlande du Nord', 'Sierra Leone', 'Slovénie',
             'Somalie']
FR_NAMES = ['M. Zhou Ming', 'Mme Lindqvist', 'Mme Harrington', 'M. Volkov', 'M. Morel',
            'M. Papadakis', 'Mme Persaud', 'M. Qureshi', 'M. Ortega Rivas', 'M. Kim Jae-won',
            'Mme Whitfield', 'M. Kamara', 'Mme Novak', 'M. Warsame']
NBSP = '\u00a0'

FRENCH = {
    'file': 'S_PV.99990.txt',
    'symbol': 'S/PV.99990',
    'job': '26-04211',
    'head_date': '12/03/2026',
    'head_title': 'La situation dans la région des Grands Lacs',
    'cover': [
        'S/PV.99990', '', 'Nations Unies', '', 'Conseil de sécurité', '', 'Provisoire', '',
        'Quatre-vingt-unième année', '', '99990', '', 'e séance',
        'Jeudi 12 mars 2026, à 10 heures', 'New York', '',
        'Président' + NBSP + ':', '', 'M. Benali' + LEADERS, '', '(Algérie)', '',
        'Membres' + NBSP + ':', ''] + cover_members(FR_STATES, FR_NAMES) + [
        '', 'Ordre du jour', 'La situation dans la région des Grands Lacs', '',
        'Le présent procès-verbal contient le texte des déclarations prononcées en français et',
        'la traduction des autres déclarations. Le texte définitif sera publié dans les Documents',
        'officiels du Conseil de sécurité. Les rectifications éventuelles ne doivent porter que',
        'sur le texte original des interventions. Elles doivent être indiquées sur un exemplaire',
        'du procès-verbal, portant la signature d’un membre de la délégation intéressée, et',
        'adressées au Chef du Service de rédaction des procès-verbaux de séance, bureau U-0506',
        '(verbatimrecords@un.org). Les procès-verbaux rectifiés seront publiés sur le Système',
        'de diffusion électronique des documents de l’Organisation des Nations Unies',
        '(http://documents.un.org).', '', '26-04211 (F)', '*2604211*', ''],
    'body': [
        ('section', 'opening'),
        ('narrative', 'opening', 'La séance est ouverte à 10' + NBSP + 'h' + NBSP + '5.', ['10:05']),
        ('section', 'adoptionOfAgenda'),
        ('heading', 'Adoption de l’ordre du jour'),
        ('narrative', 'agendaAdopted', 'L’ordre du jour est adopté.'),
        ('section', 'agendaItem'),
        ('heading', 'La situation dans la région des Grands Lacs'),
        ('speech', 'Le Président (parle en arabe)' + NBSP + ':',
         'Le Président | - | lang_ara | president', [
             'Conformément à l’article 37 du règlement intérieur provisoire du Conseil, '
             'j’invite le représentant de la République démocratique du Congo à participer à '
             'la présente séance.',
             'Le Conseil de sécurité va maintenant aborder l’examen de la question inscrite à '
             'son ordre du jour. Je donne la parole au Secrétaire général.']),
        ('speech', 'Le Secrétaire général (parle en anglais)' + NBSP + ':',
         'Le Secrétaire général | - | lang_eng | secretaryGeneral', [
             'Je remercie la présidence algérienne d’avoir convoqué cette séance. Dans l’est de '
             'la République démocratique du Congo, les combats ont repris au début de l’année '
             'et plus de deux cent mille personnes ont dû fuir leur foyer en quelques semaines.',
             'Les appels de fonds humanitaires ne sont financés qu’à hauteur de dix-huit pour '
             'cent. Sans un effort immédiat, les distributions de vivres cesseront avant la '
             'saison des pluies, et les écoles restées ouvertes fermeront leurs portes.',
             ('switch', '(parle en français)', 'lang_fra'),
             'Je lance donc un appel à tous les acteurs de la région pour qu’ils reprennent le '
             'dialogue engagé à Luanda et à Nairobi, qui reste la seule voie vers une paix '
             'durable, comme le souligne mon dernier rapport (S/2026/98).']),
        ('speech', 'Le Président (parle en arabe)' + NBSP + ':',
         'Le Président | - | lang_ara | president', [
             'Je remercie le Secrétaire général de son exposé. Les membres du Conseil sont '
             'saisis du document S/2026/112, qui contient le texte d’un projet de résolution '
             'présenté par la France. Le Conseil est prêt à passer au vote sur le projet de '
             'résolution dont il est saisi. Je vais maintenant mettre aux voix le projet de '
             'résolution.']),
        ('narrative', 'voteTaken', 'Il est procédé au vote à main levée.'),
        ('vote', [
            ('Votent pour' + NBSP + ':',
             'Algérie, Danemark, États-Unis d’Amérique, France, Grèce, Guyana, Pakistan, '
             'Panama, République de Corée, Royaume-Uni de Grande-Bretagne et d’Irlande du '
             'Nord, Sierra Leone, Slovénie et Somalie',
             ['dza', 'dnk', 'usa', 'fra', 'grc', 'guy', 'pak', 'pan', 'kor', 'gbr', 'sle',
              'svn', 'som'], 'inFavour'),
            ('Votent contre' + NBSP + ':', 'Néant', [], 'against'),
            ('S’abstiennent' + NBSP + ':', 'Chine et Fédération de Russie', ['chn', 'rus'],
             'abstaining')]),
        ('speech', 'Le Président (parle en arabe)' + NBSP + ':',
         'Le Président | - | lang_ara | president', [
             'Le projet de résolution a recueilli 13 voix pour, zéro voix contre et 2 '
             'abstentions. Le projet de résolution est adopté en tant que résolution 2811 '
             '(2026).',
             'Je donne maintenant la parole aux membres du Conseil qui souhaitent faire une '
             'déclaration après le vote.']),
        ('speech', 'Mme Harrington (États-Unis d’Amérique) (parle en anglais)' + NBSP + ':',
         'Mme Harrington | États-Unis d’Amérique | lang_eng | representative', [
             'Les États-Unis se félicitent de l’adoption de cette résolution, qui renouvelle '
             'pour un an le mandat de la mission et renforce la protection des civils.',
             'Nous regrettons toutefois que le texte ne dise rien du financement des '
             'opérations humanitaires, dont dépend la survie de millions de personnes.']),
        ('speech', 'M. Volkov (Fédération de Russie) (parle en russe)' + NBSP + ':',
         'M. Volkov | Fédération de Russie | lang_rus | representative', [
             'La délégation russe s’est abstenue. Le texte adopté aujourd’hui ne tient pas '
             'compte des préoccupations des pays de la région, que nous avons exprimées à '
             'maintes reprises pendant les négociations.']),
        ('speech', 'M. Morel (France)' + NBSP + ':', 'M. Morel | France | - | representative', [
             'La France remercie les membres du Conseil pour leur engagement constructif. '
             'Par cette résolution, le Conseil dit clairement\u202f: nul ne se résignera à la '
             'violence. Comme le disait un ancien Représentant '
             'permanent, «' + NBSP + 'la paix se construit pas à pas' + NBSP + '».']),
        ('narrative', 'suspension', 'La séance est suspendue à 11' + NBSP + 'h' + NBSP + '20'
         + NBSP + '; elle est reprise à 11' + NBSP + 'h' + NBSP + '45.', ['11:20', '11:45']),
        ('speech', 'Le Président (parle en arabe)' + NBSP + ':',
         'Le Président | - | lang_ara | president', [
             'Je vais maintenant faire une déclaration en ma qualité de représentant de '
             'l’Algérie.',
             ('national', 'L’Algérie a voté pour la résolution parce qu’elle place les '
              'populations civiles au cœur du mandat. Nous appelons les pays voisins à coopérer '
              'avec la mission et à mettre en œuvre les engagements pris dans l’accord-cadre.'),
             'Je reprends maintenant mes fonctions de Président du Conseil de sécurité.',
             'Il n’y a plus d’orateurs inscrits sur ma liste. Le Conseil de sécurité a ainsi '
             'achevé la phase actuelle de l’examen de la question inscrite à son ordre du '
             'jour.']),
        ('narrative', 'closing', 'La séance est levée à 12' + NBSP + 'h' + NBSP + '15.', ['12:15']),
    ],
    'lines_per_page': 26,
    'expected_head': [
        'symbol S/PV.99990', 'date 2026-03-12', 'language fr', 'body SC', 'meeting 99990',
        'start 2026-03-12T10:00:00', 'presidency dza', 'president M. Benali',
        'members ' + ', '.join(f'{s}={n}' for s, n in zip(
            ['chn', 'dnk', 'usa', 'rus', 'fra', 'grc', 'guy', 'pak', 'pan', 'kor', 'gbr', 'sle',
             'svn', 'som'], FR_NAMES)),
        'agenda La situation dans la région des Grands Lacs'],
}


# ----------------------------------------------------------------------------- Spanish

ES_STATES = ['Argelia', 'China', 'Dinamarca', 'Eslovenia', 'Estados Unidos de América',
             'Federación de Rusia', 'Francia', 'Grecia', 'Pakistán', 'Panamá',
             'Reino Unido de Gran Bretaña e Irlanda del Norte', 'República de Corea',
             'Sierra Leona', 'Somalia']
ES_IDS = ['dza', 'chn', 'dnk', 'svn', 'usa', 'rus', 'fra', 'grc', 'pak', 'pan', 'gbr', 'kor',
          'sle', 'som']
ES_NAMES = ['Sr. Benali', 'Sr. Zhou Ming', 'Sra. Lindqvist', 'Sra. Novak', 'Sra. Harrington',
            'Sr. Volkov', 'Sr. Morel', 'Sr. Papadakis', 'Sr. Qureshi', 'Sr. Ortega Rivas',
            'Sra. Whitfield', 'Sr. Kim Jae-won', 'Sr. Kamara', 'Sr. Warsame']

SPANISH = {
    'file': 'S_PV.99991.txt',
    'symbol': 'S/PV.99991',
    'job': '26-04212',
    'head_date': '17/03/2026',
    'head_title': 'La situación en el Sahel',
    'cover': [
        'S/PV.99991', '', 'Naciones Unidas', '', 'Consejo de Seguridad', '', 'Provisional', '',
        'Octogésimo primer año', '', '99991', '', 'ª sesión',
        'Martes 17 de marzo de 2026, a las 15.00 horas', 'Nueva York', '',
        'Presidenta:', '', 'Sra. Persaud' + LEADERS, '', '(Guyana)', '',
        'Miembros:', ''] + cover_members(ES_STATES, ES_NAMES) + [
        '', 'Orden del día', 'La situación en el Sahel', '',
        'La presente acta contiene la versión literal de los discursos pronunciados en español y',
        'de la interpretación de los demás discursos. El texto definitivo será publicado en',
        'Documentos Oficiales del Consejo de Seguridad. Las correcciones deben referirse',
        'solamente a los discursos originales y deben enviarse con la firma de un miembro de la',
        'delegación interesada, incorporadas en un ejemplar del acta, al Jefe del Servicio de',
        'Actas Literales, oficina U-0506 (verbatimrecords@un.org). Las actas corregidas',
        'volverán a publicarse electrónicamente en el Sistema de Archivo de Documentos de las',
        'Naciones Unidas (http://documents.un.org).', '', '26-04212 (S)', '*2604212*', ''],
    'body': [
        ('section', 'opening'),
        ('narrative', 'opening', 'Se abre la sesión a las 15.05 horas.', ['15:05']),
        ('section', 'adoptionOfAgenda'),
        ('heading', 'Aprobación del orden del día'),
        ('narrative', 'agendaAdopted', 'Queda aprobado el orden del día.'),
        ('section', 'agendaItem'),
        ('heading', 'La situación en el Sahel'),
        ('speech', 'La Presidenta (habla en inglés):', 'La Presidenta | - | lang_eng | president', [
            'De conformidad con el artículo 37 del reglamento provisional del Consejo, invito '
            'al representante de Malí a participar en esta sesión.',
            'El Consejo de Seguridad iniciará ahora el examen del tema que figura en el orden '
            'del día. Tiene la palabra el Secretario General.']),
        ('speech', 'El Secretario General (habla en inglés):',
         'El Secretario General | - | lang_eng | secretaryGeneral', [
             'Agradezco a la Presidencia de Guyana la convocatoria de esta sesión. En los '
             'últimos meses, la situación de seguridad en el Sahel central se ha deteriorado y '
             'más de tres millones de personas necesitan asistencia alimentaria.',
             'Los equipos humanitarios siguen trabajando en condiciones muy difíciles. Sin '
             'financiación adicional, los programas de nutrición se interrumpirán antes del '
             'comienzo de la temporada de lluvias en toda la región.',
             ('switch', '(habla en francés)', 'lang_fra'),
             'Pido a todos los Estados de la región que mantengan abiertos los canales de '
             'diálogo, como recomienda mi último informe (S/2026/131).']),
        ('speech', 'La Presidenta (habla en inglés):', 'La Presidenta | - | lang_eng | president', [
            'Agradezco al Secretario General su exposición. Los miembros del Consejo tienen '
            'ante sí el documento S/2026/140, que contiene el texto de un proyecto de '
            'resolución presentado por Francia. El Consejo está listo para proceder a la '
            'votación del proyecto de resolución que tiene ante sí. Someteré ahora a votación '
            'el proyecto de resolución.']),
        ('narrative', 'voteTaken', 'Se procede a votación ordinaria.'),
        ('vote', [
            ('Votos a favor:',
             'Argelia, Dinamarca, Eslovenia, Estados Unidos de América, Francia, Grecia, '
             'Guyana, Pakistán, Panamá, Reino Unido de Gran Bretaña e Irlanda del Norte, '
             'República de Corea, Sierra Leona y Somalia',
             ['dza', 'dnk', 'svn', 'usa', 'fra', 'grc', 'guy', 'pak', 'pan', 'gbr', 'kor', 'sle',
              'som'], 'inFavour'),
            ('Votos en contra:', 'Ninguno', [], 'against'),
            ('Abstenciones:', 'China y Federación de Rusia', ['chn', 'rus'], 'abstaining')]),
        ('speech', 'La Presidenta (habla en inglés):', 'La Presidenta | - | lang_eng | president', [
            'El proyecto de resolución ha obtenido 13 votos a favor, ninguno en contra y 2 '
            'abstenciones. Queda aprobado el proyecto de resolución como resolución 2815 '
            '(2026).',
            'Daré ahora la palabra a los miembros del Consejo que deseen formular '
            'declaraciones después de la votación.']),
        ('speech', 'Sr. Ortega Rivas (Panamá):', 'Sr. Ortega Rivas | Panamá | - | representative', [
            'Panamá votó a favor de la resolución, que prorroga por un año el mandato de la '
            'oficina regional y refuerza su labor de prevención. Quisiera agradecer a Francia '
            'su paciencia durante las negociaciones.']),
        ('speech', 'Sr. Volkov (Federación de Rusia) (habla en ruso):',
         'Sr. Volkov | Federación de Rusia | lang_rus | representative', [
             'La delegación rusa se abstuvo en la votación. El texto no refleja las '
             'preocupaciones expresadas por los países de la región durante las consultas, y '
             'lo lamentamos profundamente.']),
        ('speech', 'Sra. Whitfield (Reino Unido de Gran Bretaña e Irlanda del Norte) (habla en '
                   'inglés):',
         'Sra. Whitfield | Reino Unido de Gran Bretaña e Irlanda del Norte | lang_eng | '
         'representative', [
             'El Reino Unido celebra la aprobación de esta resolución. Seguiremos apoyando a la '
             'oficina regional y a los equipos humanitarios sobre el terreno.']),
        ('narrative', 'suspension',
         'Se suspende la sesión a las 16.10 horas y se reanuda a las 16.30 horas.',
         ['16:10', '16:30']),
        ('speech', 'La Presidenta (habla en inglés):', 'La Presidenta | - | lang_eng | president', [
            'Formularé ahora una declaración en mi calidad de representante de Guyana.',
            ('national', 'Guyana apoyó la resolución porque pone a las comunidades afectadas en '
             'el centro de la respuesta. Instamos a los asociados a cumplir sus promesas de '
             'financiación antes de fin de año.'),
            'Reanudo ahora mis funciones como Presidenta del Consejo.',
            'No hay más oradores inscritos en mi lista. El Consejo de Seguridad ha concluido así '
            'la presente etapa del examen del tema que figura en el orden del día.']),
        ('narrative', 'closing', 'Se levanta la sesión a las 16.55 horas.', ['16:55']),
    ],
    'lines_per_page': 26,
    'expected_head': [
        'symbol S/PV.99991', 'date 2026-03-17', 'language es', 'body SC', 'meeting 99991',
        'start 2026-03-17T15:00:00', 'presidency guy', 'president Sra. Persaud',
        'members ' + ', '.join(f'{s}={n}' for s, n in zip(ES_IDS, ES_NAMES)),
        'agenda La situación en el Sahel'],
}

# ----------------------------------------------------------------------------- Russian

RU_STATES = ['Алжир', 'Гайана', 'Греция', 'Дания', 'Китай', 'Панама', 'Республика Корея',
             'Российская Федерация', 'Словения', 'Соединенное Королевство Великобритании и '
             'Северной Ирландии', 'Соединенные Штаты Америки', 'Сомали', 'Сьерра-Леоне',
             'Франция']
RU_IDS = ['dza', 'guy', 'grc', 'dnk', 'chn', 'pan', 'kor', 'rus', 'svn', 'gbr', 'usa', 'som',
          'sle', 'fra']
RU_NAMES = ['г-н Бенали', 'г-жа Персауд', 'г-н Пападакис', 'г-жа Линдквист', 'г-н Чжоу Мин',
            'г-н Ортега Ривас', 'г-н Ким Чжэ Вон', 'г-н Волков', 'г-жа Новак', 'г-жа Уитфилд',
            'г-жа Харрингтон', 'г-н Варсаме', 'г-н Камара', 'г-н Морель']

RUSSIAN = {
    'file': 'S_PV.99992.txt',
    'symbol': 'S/PV.99992',
    'job': '26-04213',
    'head_date': '19/03/2026',
    'head_title': 'Нераспространение',
    'cover': [
        'S/PV.99992', '', 'Организация Объединенных Наций', '', 'Совет Безопасности', '',
        'Предварительный отчет', '', 'Восемьдесят первый год', '', '99992', '', '-е заседание',
        'Четверг, 19 марта 2026 года, 10 ч. 00 м.', 'Нью-Йорк', '',
        'Председатель:', '', 'г-н Куреши' + LEADERS, '', '(Пакистан)', '',
        'Члены:', ''] + cover_members(RU_STATES, RU_NAMES) + [
        '', 'Повестка дня', 'Нераспространение', '',
        'В настоящем отчете содержатся тексты выступлений на русском языке и тексты устных',
        'переводов выступлений на других языках. Окончательный текст будет включен в',
        'Официальные отчеты Совета Безопасности. Исправления должны представляться только к',
        'текстам выступлений на языке оригинала. Они должны включаться в один из экземпляров',
        'отчета, скрепляться подписью одного из членов соответствующей делегации и',
        'направляться начальнику Службы стенографических отчетов, комната U-0506',
        '(verbatimrecords@un.org). Исправленные отчеты будут переизданы в электронной форме',
        'и размещены в Системе официальных документов Организации Объединенных Наций',
        '(http://documents.un.org).', '', '26-04213 (R)', '*2604213*', ''],
    'body': [
        ('section', 'opening'),
        ('narrative', 'opening', 'Заседание открывается в 10 ч. 05 м.', ['10:05']),
        ('section', 'adoptionOfAgenda'),
        ('heading', 'Утверждение повестки дня'),
        ('narrative', 'agendaAdopted', 'Повестка дня утверждается.'),
        ('section', 'agendaItem'),
        ('heading', 'Нераспространение'),
        ('speech', 'Председатель (говорит по-английски):',
         'Председатель | - | lang_eng | president', [
             'Согласно правилу 37 временных правил процедуры Совета я приглашаю представителя '
             'Исламской Республики Иран принять участие в этом заседании.',
             'Совет Безопасности приступает к рассмотрению пункта, включенного в его повестку '
             'дня. Я предоставляю слово Генеральному секретарю.']),
        ('speech', 'Генеральный секретарь (говорит по-английски):',
         'Генеральный секретарь | - | lang_eng | secretaryGeneral', [
             'Я благодарю пакистанское председательство за созыв этого заседания. Режим '
             'нераспространения переживает трудный период, и доверие между государствами '
             'ослабло за последние годы.',
             'Агентство продолжает свою работу на местах, но его инспекторы не имеют доступа к '
             'ряду объектов уже несколько месяцев подряд, что вызывает у нас серьезную '
             'тревогу.',
             ('switch', '(говорит по-французски)', 'lang_fra'),
             'Я призываю все стороны вернуться к переговорам на основе моего последнего доклада '
             '(S/2026/150) и воздерживаться от любых шагов, ведущих к эскалации.']),
        ('speech', 'Председатель (говорит по-английски):',
         'Председатель | - | lang_eng | president', [
             'Я благодарю Генерального секретаря за его брифинг. Вниманию членов Совета '
             'предлагается документ S/2026/162, содержащий текст проекта резолюции, '
             'представленного Францией. Совет готов приступить к голосованию по находящемуся '
             'на его рассмотрении проекту резолюции. Сейчас я поставлю проект резолюции на '
             'голосование.']),
        ('narrative', 'voteTaken', 'Проводится голосование поднятием рук.'),
        ('vote', [
            ('Голосовали за:',
             'Алжир, Гайана, Греция, Дания, Пакистан, Панама, Республика Корея, Словения, '
             'Соединенное Королевство Великобритании и Северной Ирландии, Соединенные Штаты '
             'Америки, Сомали, Сьерра-Леоне и Франция',
             ['dza', 'guy', 'grc', 'dnk', 'pak', 'pan', 'kor', 'svn', 'gbr', 'usa', 'som', 'sle',
              'fra'], 'inFavour'),
            ('Голосовали против:', 'Нет', [], 'against'),
            ('Воздержались:', 'Китай и Российская Федерация', ['chn', 'rus'], 'abstaining')]),
        ('speech', 'Председатель (говорит по-английски):',
         'Председатель | - | lang_eng | president', [
             'За проект резолюции было подано 13 голосов при 2 воздержавшихся. Проект '
             'резолюции принимается в качестве резолюции 2818 (2026).',
             'Сейчас я предоставлю слово тем членам Совета, которые хотели бы выступить с '
             'заявлениями после голосования.']),
        ('speech', 'Г-н Волков (Российская Федерация):',
         'Г-н Волков | Российская Федерация | - | representative', [
             'Российская делегация воздержалась при голосовании. Текст резолюции не учитывает '
             'озабоченности государств региона, о которых мы неоднократно говорили в ходе '
             'консультаций.']),
        ('speech', 'Г-жа Харрингтон (Соединенные Штаты Америки) (говорит по-английски):',
         'Г-жа Харрингтон | Соединенные Штаты Америки | lang_eng | representative', [
             'Соединенные Штаты приветствуют принятие этой резолюции и будут и впредь '
             'поддерживать работу Агентства на местах.',
             'Мы рассчитываем на полное сотрудничество всех государств с инспекторами.']),
        ('speech', 'Г-н Чжоу Мин (Китай) (говорит по-китайски):',
         'Г-н Чжоу Мин | Китай | lang_zho | representative', [
             'Китай воздержался, поскольку считает, что давление не заменит диалога. Мы '
             'призываем все стороны проявлять сдержанность.']),
        ('narrative', 'suspension',
         'Заседание прерывается в 11 ч. 20 м. и возобновляется в 11 ч. 40 м.',
         ['11:20', '11:40']),
        ('speech', 'Председатель (говорит по-английски):',
         'Председатель | - | lang_eng | president', [
             'Сейчас я сделаю заявление в качестве представителя Пакистана.',
             ('national', 'Пакистан поддержал резолюцию, поскольку она укрепляет роль Агентства '
              'и оставляет место для дипломатии. Мы готовы содействовать возобновлению '
              'переговоров.'),
             'Сейчас я возобновляю исполнение функций Председателя Совета Безопасности.',
             'В моем списке больше нет ораторов. Совет Безопасности завершил тем самым нынешний '
             'этап рассмотрения пункта, включенного в его повестку дня.']),
        ('narrative', 'closing', 'Заседание закрывается в 12 ч. 10 м.', ['12:10']),
    ],
    'lines_per_page': 26,
    'expected_head': [
        'symbol S/PV.99992', 'date 2026-03-19', 'language ru', 'body SC', 'meeting 99992',
        'start 2026-03-19T10:00:00', 'presidency pak', 'president г-н Куреши',
        'members ' + ', '.join(f'{s}={n}' for s, n in zip(RU_IDS, RU_NAMES)),
        'agenda Нераспространение'],
}

# ----------------------------------------------------------------------------- Arabic
# Written so that every lam-alef pair is one a reader can restore from an
# extraction in visual order without a dictionary (after an alef, "لا" alone)
# or a word the profile and the table of States know (visual_order.hpp).

AR_STATES = ['الاتحاد الروسي', 'الجزائر', 'الصومال', 'الصين',
             'المملكة المتحدة لبريطانيا العظمى وآيرلندا الشمالية', 'الولايات المتحدة الأمريكية',
             'اليونان', 'باكستان', 'بنما', 'جمهورية كوريا', 'سلوفينيا', 'سيراليون', 'غيانا', 'فرنسا']
AR_IDS = ['rus', 'dza', 'som', 'chn', 'gbr', 'usa', 'grc', 'pak', 'pan', 'kor', 'svn', 'sle',
          'guy', 'fra']
AR_NAMES = ['السيد فولكوف', 'السيد بن علي', 'السيد ورسمه', 'السيد تشو مينغ', 'السيدة ويتفيلد',
            'السيدة هارينغتون', 'السيد باباداكيس', 'السيد قريشي', 'السيد أورتيغا ريفاس',
            'السيد كيم جاي وون', 'السيدة نوفاك', 'السيد كامارا', 'السيدة برساود', 'السيد موريل']

ARABIC = {
    'file': 'S_PV.99993.txt',
    'symbol': 'S/PV.99993',
    'job': '26-04214',
    'head_date': '26/03/2026',
    'head_title': 'الحالة في منطقة البحيرات الكبرى',
    'cover': [
        'S/PV.99993', '', 'الأمم المتحدة', '', 'مجلس الأمن', '', 'مؤقت', '',
        'السنة الحادية والثمانون', '', 'الجلسة 99993', '',
        'الخميس، 26 آذار/مارس 2026، الساعة 10/00', 'نيويورك', '',
        'الرئيسة:', '', 'السيدة ليندكفيست' + LEADERS, '', '(الدانمرك)', '',
        'الأعضاء:', ''] + cover_members(AR_STATES, AR_NAMES) + [
        '', 'جدول الأعمال', 'الحالة في منطقة البحيرات الكبرى', '',
        'يتضمن هذا المحضر نص الخطب الملقاة بالعربية والترجمة الشفوية للخطب الملقاة باللغات',
        'الأخرى. وسيطبع النص النهائي في الوثائق الرسمية لمجلس الأمن. وينبغي أن تقدم التصويبات',
        'للنص بلغته الأصلية فقط، وأن تدرج في نسخة من المحضر وترسل بتوقيع أحد أعضاء الوفد',
        'المعني إلى رئيس دائرة خدمات المحاضر الحرفية، الغرفة U-0506',
        '(verbatimrecords@un.org). وسيعاد إصدار المحاضر المصوبة إلكترونيا في نظام الوثائق',
        'الرسمية للأمم المتحدة (http://documents.un.org).', '', '26-04214 (A)', '*2604214*', ''],
    'body': [
        ('section', 'opening'),
        ('narrative', 'opening', 'افتتحت الجلسة الساعة 10/05.', ['10:05']),
        ('section', 'adoptionOfAgenda'),
        ('heading', 'إقرار جدول الأعمال'),
        ('narrative', 'agendaAdopted', 'أقر جدول الأعمال.'),
        ('section', 'agendaItem'),
        ('heading', 'الحالة في منطقة البحيرات الكبرى'),
        ('speech', 'الرئيسة (تكلمت بالإنكليزية):', 'الرئيسة | - | lang_eng | president', [
            'وفقا للمادة 37 من النظام الداخلي المؤقت للمجلس، أدعو ممثل جمهورية الكونغو '
            'الديمقراطية إلى المشاركة في هذه الجلسة.',
            'يبدأ مجلس الأمن الآن نظره في البند المدرج في جدول أعماله. وأعطي الكلمة الآن '
            'إلى الأمين العام.']),
        ('speech', 'الأمين العام (تكلم بالإنكليزية):',
         'الأمين العام | - | lang_eng | secretaryGeneral', [
             'أشكر الرئاسة الدانمركية على عقد هذه الجلسة. في شرق جمهورية الكونغو الديمقراطية، '
             'استؤنف القتال في بداية العام واضطر أكثر من مائتي ألف شخص إلى الفرار من ديارهم.',
             'والنداءات الإنسانية ممولة بنسبة ضئيلة. وبدون جهد فوري، ستتوقف عمليات توزيع '
             'الأغذية قبل موسم الأمطار وستغلق المدارس أبوابها.',
             ('switch', '(تكلم بالفرنسية)', 'lang_fra'),
             'وإنني أدعو جميع الأطراف في المنطقة إلى استئناف الحوار، وهو السبيل الوحيد إلى '
             'سلم دائم، على النحو المبين في تقريري الأخير (S/2026/170).']),
        ('speech', 'الرئيسة (تكلمت بالإنكليزية):', 'الرئيسة | - | lang_eng | president', [
            'أشكر الأمين العام على إحاطته. معروض على أعضاء المجلس الوثيقة S/2026/181 التي '
            'تتضمن نص مشروع قرار مقدم من فرنسا، والمجلس مستعد الآن للتصويت على مشروع القرار '
            'المعروض عليه. سأطرح مشروع القرار للتصويت الآن.']),
        ('narrative', 'voteTaken', 'أجري التصويت برفع الأيدي.'),
        ('vote', [
            ('المؤيدون:',
             'الجزائر، الدانمرك، الصومال، المملكة المتحدة لبريطانيا العظمى وآيرلندا الشمالية، '
             'الولايات المتحدة الأمريكية، اليونان، باكستان، بنما، جمهورية كوريا، سلوفينيا، '
             'سيراليون، غيانا، فرنسا',
             ['dza', 'dnk', 'som', 'gbr', 'usa', 'grc', 'pak', 'pan', 'kor', 'svn', 'sle', 'guy',
              'fra'], 'inFavour'),
            ('المعارضون:', 'لا أحد', [], 'against'),
            ('الممتنعون:', 'الاتحاد الروسي، الصين', ['rus', 'chn'], 'abstaining')]),
        ('speech', 'الرئيسة (تكلمت بالإنكليزية):', 'الرئيسة | - | lang_eng | president', [
            'حصل مشروع القرار على 13 صوتا مؤيدا، مقابل لا شيء، مع امتناع عضوين عن التصويت. '
            'وقد اتخذ مشروع القرار بوصفه القرار 2820 (2026).',
            'أعطي الكلمة الآن إلى أعضاء المجلس الذين يرغبون في التكلم بعد التصويت.']),
        ('speech', 'السيد بن علي (الجزائر):', 'السيد بن علي | الجزائر | - | representative', [
            'صوتت الجزائر مؤيدة للقرار الذي يضع المدنيين في صميم عمل البعثة. وندعو دول الجوار إلى '
            'التعاون مع البعثة وتنفيذ الالتزامات التي قطعتها على نفسها.']),
        ('speech', 'السيد فولكوف (الاتحاد الروسي) (تكلم بالروسية):',
         'السيد فولكوف | الاتحاد الروسي | lang_rus | representative', [
             'امتنع الوفد الروسي عن التصويت. فالنص المعتمد اليوم يتجاهل شواغل بلدان المنطقة، '
             'وهي شواغل أعربنا عنها مرارا أثناء المفاوضات.']),
        ('speech', 'السيدة هارينغتون (الولايات المتحدة الأمريكية) (تكلمت بالإنكليزية):',
         'السيدة هارينغتون | الولايات المتحدة الأمريكية | lang_eng | representative', [
             'ترحب الولايات المتحدة باتخاذ هذا القرار، الذي يمدد عمل البعثة لمدة عام ويعزز '
             'حماية المدنيين.']),
        ('narrative', 'suspension', 'علقت الجلسة الساعة 11/20 واستؤنفت الساعة 11/45.',
         ['11:20', '11:45']),
        ('speech', 'الرئيسة (تكلمت بالإنكليزية):', 'الرئيسة | - | lang_eng | president', [
            'أدلي الآن ببيان بصفتي ممثلة الدانمرك.',
            ('national', 'صوتت الدانمرك مؤيدة للقرار الذي يضع حماية المدنيين في صميم عمل '
             'البعثة. وندعو الجميع إلى دعم الجهود الإنسانية دون إبطاء.'),
            'أستأنف الآن مهامي بصفتي رئيسة لمجلس الأمن.',
            'ليس في قائمتي متكلمون آخرون، وبذلك يكون مجلس الأمن قد اختتم المرحلة '
            'الحالية من نظره في البند المدرج في جدول أعماله.']),
        ('narrative', 'closing', 'رفعت الجلسة الساعة 12/10.', ['12:10']),
    ],
    'lines_per_page': 24,
    'expected_head': [
        'symbol S/PV.99993', 'date 2026-03-26', 'language ar', 'body SC', 'meeting 99993',
        'start 2026-03-26T10:00:00', 'presidency dnk', 'president السيدة ليندكفيست',
        'members ' + ', '.join(f'{s}={n}' for s, n in zip(AR_IDS, AR_NAMES)),
        'agenda الحالة في منطقة البحيرات الكبرى'],
}

ALEFS = 'اأإآ'
MIRROR = {'(': ')', ')': '(', '[': ']', ']': '[', '«': '»', '»': '«'}


def visual_order(text):
    """An Arabic record as an extraction in display order gives it: each
    lam-alef ligature alef first, brackets on Arabic lines mirrored."""
    out = []
    for line in text.split('\n'):
        if any('\u0600' <= c <= '\u06ff' for c in line):
            chars = list(line)
            i = 0
            while i + 1 < len(chars):
                if chars[i] == 'ل' and chars[i + 1] in ALEFS:
                    chars[i], chars[i + 1] = chars[i + 1], chars[i]
                    i += 1
                i += 1
            line = ''.join(MIRROR.get(c, c) for c in chars)
        out.append(line)
    return '\n'.join(out)


ARABIC['variants'] = [('S_PV.99993.visual.txt', visual_order)]

# ----------------------------------------------------------------------------- Chinese
ZH_STATES = ['阿尔及利亚', '大韩民国', '丹麦', '俄罗斯联邦', '法国', '圭亚那', '巴基斯坦', '巴拿马',
             '塞拉利昂', '斯洛文尼亚', '索马里', '希腊', '大不列颠及北爱尔兰联合王国', '美利坚合众国']
ZH_IDS = ['dza', 'kor', 'dnk', 'rus', 'fra', 'guy', 'pak', 'pan', 'sle', 'svn', 'som', 'grc',
          'gbr', 'usa']
ZH_NAMES = ['本·阿里先生', '金在元先生', '林德奎斯特女士', '沃尔科夫先生', '莫雷尔先生', '佩尔绍德女士',
            '库雷希先生', '奥尔特加·里瓦斯先生', '卡马拉先生', '诺瓦克女士', '瓦尔萨梅先生',
            '帕帕达基斯先生', '惠特菲尔德女士', '哈林顿女士']

CHINESE = {
    'file': 'S_PV.99994.txt',
    'symbol': 'S/PV.99994',
    'job': '26-04215',
    'head_date': '31/03/2026',
    'head_title': '维护国际和平与安全',
    'cover': [
        'S/PV.99994', '', '联合国', '', '安全理事会', '', '临时', '', '第八十一年', '',
        '第99994次会议', '2026年3月31日，星期二，上午10时', '纽约', '',
        '主席：', '', '周明先生' + LEADERS, '', '(中国)', '',
        '成员：', ''] + cover_members(ZH_STATES, ZH_NAMES) + [
        '', '议程', '维护国际和平与安全', '',
        '本记录包括中文发言的文本和其他语言发言的译文。定本将刊印在《安全理事会正式记录》。',
        '更正应只对原文提出，并应在印发记录的一份上作出更正，由有关代表团成员一人署名，送交',
        '逐字记录处处长（U-0506 室）(verbatimrecords@un.org)。更正后的记录将以电子文本方式',
        '在联合国正式文件系统(http://documents.un.org)上重新印发。', '', '26-04215 (C)',
        '*2604215*', ''],
    'body': [
        ('section', 'opening'),
        ('narrative', 'opening', '上午10时05分开会。', ['10:05']),
        ('section', 'adoptionOfAgenda'),
        ('heading', '通过议程'),
        ('narrative', 'agendaAdopted', '议程通过。'),
        ('section', 'agendaItem'),
        ('heading', '维护国际和平与安全'),
        ('speech', '主席：', '主席 | - | - | president', [
            '根据安理会暂行议事规则第37条，我邀请乌克兰代表参加本次会议。',
            '安全理事会现在开始审议其议程上的项目。我现在请秘书长发言。']),
        ('speech', '秘书长（以英语发言）：', '秘书长 | - | lang_eng | secretaryGeneral', [
            '我感谢中国担任主席期间召开这次会议。过去一年里，冲突各方的对话几乎完全中断，平民付出了沉重的代价。',
            '人道主义呼吁的资金只到位了百分之二十。如果不立即采取行动，粮食分发将在冬季到来之前停止。',
            ('switch', '（以法语发言）', 'lang_fra'),
            '我呼吁各方恢复对话，正如我在最近的报告(S/2026/190)中所建议的那样。']),
        ('speech', '主席：', '主席 | - | - | president', [
            '我感谢秘书长的通报。安理会成员面前有文件S/2026/201，其中载有法国提交的一项决议草案的案文。'
            '安理会准备就面前的决议草案进行表决。我现在将决议草案付诸表决。']),
        ('narrative', 'voteTaken', '进行举手表决。'),
        ('vote', [
            ('赞成：', '阿尔及利亚、大韩民国、丹麦、法国、圭亚那、巴基斯坦、巴拿马、塞拉利昂、斯洛文尼亚、'
             '索马里、希腊、大不列颠及北爱尔兰联合王国、美利坚合众国',
             ['dza', 'kor', 'dnk', 'fra', 'guy', 'pak', 'pan', 'sle', 'svn', 'som', 'grc', 'gbr',
              'usa'], 'inFavour'),
            ('反对：', '无', [], 'against'),
            ('弃权：', '中国、俄罗斯联邦', ['chn', 'rus'], 'abstaining')]),
        ('speech', '主席：', '主席 | - | - | president', [
            '决议草案获得13票赞成、0票反对、2票弃权。决议草案获得通过，成为第2822(2026)号决议。',
            '我现在请希望在表决后发言的安理会成员发言。']),
        ('speech', '哈林顿女士（美利坚合众国）（以英语发言）：',
         '哈林顿女士 | 美利坚合众国 | lang_eng | representative', [
             '美国欢迎通过这项决议。我们将继续支持特派团保护平民的工作。']),
        ('speech', '沃尔科夫先生（俄罗斯联邦）（以俄语发言）：',
         '沃尔科夫先生 | 俄罗斯联邦 | lang_rus | representative', [
             '俄罗斯代表团投了弃权票。今天通过的案文没有考虑到该区域各国的关切，我们在谈判期间曾多次表达这些关切。']),
        ('narrative', 'suspension', '会议于上午11时20分暂停，上午11时40分复会。', ['11:20', '11:40']),
        ('speech', '主席：', '主席 | - | - | president', [
            '我现在以中国代表的身份发言。',
            ('national', '中国投了弃权票，因为我们认为施压不能代替对话。我们呼吁各方保持克制，通过谈判解决分歧。'),
            '我现在恢复履行安理会主席的职责。',
            '我的发言名单上没有其他发言者了。安全理事会就此结束了本阶段对其议程上项目的审议。']),
        ('narrative', 'closing', '中午12时10分散会。', ['12:10']),
    ],
    'lines_per_page': 12,
    'expected_head': [
        'symbol S/PV.99994', 'date 2026-03-31', 'language zh', 'body SC', 'meeting 99994',
        'start 2026-03-31T10:00:00', 'presidency chn', 'president 周明先生',
        'members ' + ', '.join(f'{s}={n}' for s, n in zip(ZH_IDS, ZH_NAMES)),
        'agenda 维护国际和平与安全'],
}

# ----------------------------------------------------------------------------- German
# German is not a language of UN records and has no profile: the record must
# still convert, as paragraphs, with a warning (its language given by a flag).

GERMAN = {
    'file': 'S_PV.99995.txt',
    'symbol': 'S/PV.99995',
    'job': '26-04216',
    'head_date': '16/03/2026',
    'head_title': 'Die Lage in Zentralafrika',
    'cover': [
        'S/PV.99995', '', 'Vereinte Nationen', '', 'Sicherheitsrat', '', 'Vorläufig', '',
        'Einundachtzigstes Jahr', '', '99995. Sitzung', 'Montag, 16. März 2026, 10 Uhr',
        'New York', '', 'Tagesordnung', 'Die Lage in Zentralafrika', '', '26-04216 (G)',
        '*2604216*', ''],
    'body': [
        ('narrative', 'other', 'Die Sitzung wird um 10.05 Uhr eröffnet.'),
        ('heading', 'Die Lage in Zentralafrika'),
        ('speech', 'Der Präsident:', '', [
            'Gemäß Regel 37 der vorläufigen Geschäftsordnung des Rates lade ich den Vertreter '
            'der Zentralafrikanischen Republik ein, an dieser Sitzung teilzunehmen.',
            'Der Sicherheitsrat nimmt jetzt die Behandlung des Punktes seiner Tagesordnung auf. '
            'Ich erteile dem Generalsekretär das Wort.']),
        ('speech', 'Der Generalsekretär:', '', [
            'Ich danke der Präsidentschaft für die Einberufung dieser Sitzung. Die Lage hat '
            'sich in den letzten Monaten verschlechtert, und viele Familien mussten fliehen.',
            'Die humanitäre Hilfe erreicht die Menschen nur noch selten. Ohne neue Mittel '
            'werden die Programme vor dem Beginn der Regenzeit eingestellt werden müssen.']),
        ('speech', 'Frau Lindqvist (Dänemark):', '', [
            'Dänemark unterstützt die Mission und ihre Arbeit zum Schutz der Zivilbevölkerung. '
            'Wir rufen alle Parteien auf, die Waffen niederzulegen und den Dialog zu suchen.',
            'Der Rat muss geschlossen handeln, wenn er glaubwürdig bleiben will.']),
        ('speech', 'Herr Morel (Frankreich):', '', [
            'Frankreich teilt die Sorge des Generalsekretärs. Die Mission braucht klare '
            'Aufgaben und die nötigen Mittel, um sie zu erfüllen.']),
        ('narrative', 'other', 'Die Sitzung wird um 11.15 Uhr aufgehoben.'),
    ],
    'lines_per_page': 20,
    'expected_head': None,
}

RECORDS = {'fr': FRENCH, 'es': SPANISH, 'ru': RUSSIAN, 'ar': ARABIC, 'zh': CHINESE, 'de': GERMAN}
TIGHT = {'zh': True}
