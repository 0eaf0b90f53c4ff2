/**
 * Build-time knowledge of spellings that no key rule can bring together: exonyms (Moskva, Moskau,
 * Moscow, Mosca, Moscou, Moszkva), and transliterations whose sounds differ (Poutine, Байден,
 * Трамп), plus the given names that are one name across languages (Volodymyr = Vladimir =
 * Wołodymyr). Spellings whose key is short or a given name (Jidda = Ida, Portuguese Irã = IRA) are
 * left out on purpose, and so is Turkish Cidde (keyed "side"). Not shipped: buildMatcherData adds a group's spellings as aliases to every entity
 * that already has one of them (compared by key), so the table works for any corpus and adds
 * nothing for entities the corpus does not know.
 */

/** Spellings of one place, organisation or surname, across languages (one group per line). */
export const NAME_GROUPS: readonly string[][] = [
  // Places
  ['Ukraine', 'Ukraina', 'Ukrajina', 'Ucraina', 'Ucrania', 'Ucrânia', 'Ucraïna', 'Oekraïne', 'Ukrayna', 'Ukrajna', 'Úkraína', 'Ukrainë', 'Ουκρανία', 'Украина', 'Україна', 'Украіна', 'Украйна', 'Украјина'],
  // Russia's short stem (ros-, rus-) takes no endings by rule (inflection.ts): its forms are listed.
  ['Russia', 'Rusland', 'Russland', 'Ryssland', 'Venäjä', 'Rusia', 'Rússia', 'Russie', 'Rosja', 'Rusko', 'Rusija', 'Rusya', 'Oroszország', 'Krievija', 'Venemaa', 'Rússland', 'Ρωσία', 'Россия', 'Росія', 'Расія', 'Русия', 'Русија',
    'России', 'Россию', 'Россией', 'Росії', 'Росію', 'Росією', 'Расіі', 'Rosji', 'Rosję', 'Rosją', 'Rosjo', 'Rusiji', 'Rusije', 'Rusijo',
    'Rusijom', 'Rusijos', 'Rusijai', 'Rusiją', 'Rusijoje', 'Rusiei', 'Rusya\'nın', 'Русије', 'Русији', 'Русия', 'Ρωσίας', 'Rússia'],
  ['Kyiv', 'Kiev', 'Kiew', 'Kyjiw', 'Kijów', 'Kyjev', 'Kyjiv', 'Kijev', 'Kiova', 'Kiiv', 'Kijevas', 'Kijiva', 'Kyïv', 'Kíev', 'Kíiv', 'Kiiev', 'Kyjivas', 'Kijeva', 'Quieve', 'Kiëv', 'Κίεβο', 'Киев', 'Київ', 'Кіеў', 'Кијев'],
  ['Moscow', 'Moskva', 'Moskau', 'Moskou', 'Moscou', 'Moscovo', 'Mosca', 'Moscú', 'Moscova', 'Moskwa', 'Moszkva', 'Moskova', 'Maskva', 'Maskava', 'Moska', 'Μόσχα', 'Москва'],
  ['Kharkiv', 'Kharkov', 'Charkiw', 'Charków', 'Charkov', 'Charkiv', 'Harkiv', 'Harkov', 'Harkova', 'Járkov', 'Carcóvia', 'Charkivas', 'Harkiva', 'Χάρκοβο', 'Харків', 'Харьков', 'Харков', 'Харкаў', 'Charkovas'],
  ['Crimea', 'Krim', 'Krym', 'Crimée', 'Crimeia', 'Kırım', 'Krím', 'Krymas', 'Krima', 'Krimea', 'Κριμαία', 'Крым', 'Крим'],
  ['Kremlin', 'Kreml', 'Kremlj', 'Kremeľ', 'Kremlis', 'Kremli', 'Cremlino', 'Kremlinul', 'Κρεμλίνο', 'Кремль', 'Кремъл', 'Кремљ'],
  ['Donetsk', 'Donezk', 'Donieck', 'Doněck', 'Doneck', 'Donețk', 'Donyeck', 'Donetskas', 'Doņecka', 'Ντονέτσκ', 'Донецк', 'Донецьк'],
  ['Bakhmut', 'Bachmut', 'Bahmut', 'Bakhmout', 'Bajmut', 'Bachmoet', 'Μπαχμούτ', 'Бахмут'],
  ['Izium', 'Izyum', 'Isjum', 'Izjum', 'Izjoem', 'Izioum', 'Ізюм', 'Изюм', 'Ιζιούμ'],
  ['Kursk', 'Koersk', 'Koursk', 'Κουρσκ', 'Курск'],
  ['Sumy', 'Soemy', 'Soumy', 'Sumach', 'Sumami', 'Сумы', 'Суми', 'Сумах', 'Сумами', 'Сумам'],
  ['Kupiansk', 'Kupjansk', 'Kupyansk', 'Koupiansk', 'Kupiańsk', 'Куп\u2019янськ', 'Купянск'],
  ['Pokrovsk', 'Pokrowsk', 'Pokrovszk', 'Покровськ', 'Покровск'],
  ['Belarus', 'Hviderusland', 'Weißrussland', 'Hviterussland', 'Vitryssland', 'Valko-Venäjä', 'Białoruś', 'Bělorusko', 'Bielorusko', 'Belorusija', 'Bjelorusija', 'Biélorussie', 'Bielorussia', 'Bielorrusia', 'Bielorrússia', 'Fehéroroszország', 'Wit-Rusland', 'Беларусь', 'Білорусь', 'Белоруссия', 'Λευκορωσία'],
  ['Poland', 'Polen', 'Polska', 'Polsko', 'Poľsko', 'Poljska', 'Pologne', 'Polonia', 'Polônia', 'Polónia', 'Polonya', 'Puola', 'Lengyelország', 'Польша', 'Польща', 'Πολωνία'],
  ['Canada', 'Kanada', 'Canadá', 'Канада', 'Καναδάς'],
  ['Washington', 'Waszyngton', 'Vašington', 'Vasington', 'Вашингтон', 'Ουάσιγκτον'],
  ['White House', 'Det Hvide Hus', 'Det hvite hus', 'Vita huset', 'Weißes Haus', 'Weiße Haus', 'Maison Blanche', 'Casa Blanca', 'Casa Bianca', 'Biały Dom', 'Bílý dům', 'Biely dom', 'Bela hiša', 'Bijela kuća', 'Бела кућа', 'Белый дом', 'Білий дім', 'Beyaz Saray', 'Fehér Ház', 'Witte Huis', 'Valkoinen talo', 'Λευκός Οίκος'],
  ['United States', 'USA', 'US', 'U.S.A.', 'Vereinigte Staaten', 'Vereinigten Staaten', 'Forenede Stater', 'Stany Zjednoczone', 'Spojené státy', 'Amerikas Forente Stater', 'Förenta staterna', 'Соединённые Штаты', 'Сполучені Штати', 'États-Unis', 'Stati Uniti', 'Estados Unidos', 'Verenigde Staten', 'ABD', 'Egyesült Államok', 'Yhdysvallat', 'США', 'САЩ', 'САД', 'ΗΠΑ', 'SAD', 'ZDA', 'SAV', 'JAV'],
  ['Rome', 'Rom', 'Roma', 'Rzym', 'Řím', 'Rím', 'Rim', 'Róma', 'Rooma', 'Roomas', 'Рим', 'Ρώμη'],
  ['Iran', 'Irán', 'İran', 'Írán', 'Иран', 'Іран', 'Ιράν'],
  ['Saudi Arabia', 'Saudi-Arabia', 'Saudi-Arabien', 'Saudiarabien', 'Saudi-Arabië', 'Arabie saoudite', 'Arabia Saudita', 'Arábia Saudita', 'Arabia Saudyjska', 'Saúdská Arábie', 'Saudská Arábia', 'Savdska Arabija', 'Saudijska Arabija', 'Szaúd-Arábia', 'Suudi Arabistan', 'Saudo Arabija', 'Saūda Arābija', 'Saudi Araabia', 'Саудовская Аравия', 'Саудівська Аравія', 'Саудитска Арабия', 'Саудијска Арабија', 'Σαουδική Αραβία'],
  ['Jeddah', 'Dschidda', 'Džidda', 'Dżudda', 'Džeda', 'Gedda', 'Djeddah', 'Dzsidda', 'Džida', 'Джидда', 'Джеда'],
  ['Balakliia', 'Balaklija', 'Balakliya', 'Balaklia', 'Balakleja', 'Balakleya', 'Bałaklija', 'Балаклія', 'Балаклея'],
  ['Goncharovka', 'Gontcharovka', 'Gontscharowka', 'Gonczarowka', 'Gončarovka', 'Гончаровка'],
  ['Lolland', 'Лолланн', 'Лолланд'],
  // Organisations
  ['NATO', 'Nato', 'OTAN', 'NAVO', 'НАТО', 'ΝΑΤΟ'],
  ['Wagner Group', 'Wagner-gruppen', 'Wagner-Gruppe', 'Wagnergruppen', 'Wagnergroep', 'Wagner', 'Вагнер', 'Βάγκνερ'],
  ['Tass', 'TASS', 'ТАСС'],
  ['UNO', 'UN', 'FN', 'ONU', 'OSN', 'ONZ', 'OZN', 'ENSZ', 'VN', 'YK', 'JT', 'ООН', 'ОУН', 'ΟΗΕ', 'United Nations', 'Vereinte Nationen', 'Vereinten Nationen', 'Forenede Nationer', 'Förenta nationerna', 'Nations unies', 'Naciones Unidas', 'Nazioni Unite', 'Nações Unidas', 'Verenigde Naties', 'Yhdistyneet kansakunnat', 'Birleşmiş Milletler', 'Организация Объединённых Наций'],
  ['Reuters', 'Рейтер', 'Рейтерс', 'Ρόιτερς'],
  ['Telegram', 'Телеграм', 'Telegramu'],
  ['Fox News', 'Фокс Ньюс'],
  ['CNN', 'Си-эн-эн'],
  // Surnames (given names are below)
  ['Putin', 'Poutine', 'Poetin', 'Пуцін', 'Путинъ', 'Putyin', 'Путин', 'Путін', 'Πούτιν'],
  ['Zelenskyj', 'Zelensky', 'Selenskyj', 'Zelenskyy', 'Zelenski', 'Zełenski', 'Zelenszkij', 'Zelenskij', 'Zelenskiy', 'Zelenskis', 'Zelenskõi', 'Зеленский', 'Зеленський', 'Зяленскі', 'Зеленски', 'Ζελένσκι'],
  ['Prigozjin', 'Prigozhin', 'Prigoschin', 'Prigożyn', 'Prigožin', 'Prigozsin', 'Prigojine', 'Prigojin', 'Prigozin', 'Пригожин', 'Πριγκόζιν'],
  ['Lukasjenko', 'Lukashenko', 'Lukaschenko', 'Łukaszenka', 'Lukašenko', 'Lukashenka', 'Loukachenko', 'Lukasenko', 'Lukasenka', 'Лукашенко', 'Лукашэнка', 'Λουκασένκο'],
  ['Peskov', 'Peskow', 'Pieskow', 'Peszkov', 'Peskof', 'Песков', 'Пєсков', 'Πεσκόφ'],
  ['Biden', 'Байден', 'Байдън', 'Μπάιντεν'],
  ['Trump', 'Трамп', 'Τραμπ'],
  ['Austin', 'Остин', 'Остін', 'Όστιν'],
  ['Kellogg', 'Келлог', 'Келлогг', 'Κέλογκ'],
  ['Stoltenberg', 'Столтенберг', 'Στόλτενμπεργκ'],
  ['Reznikov', 'Reznikow', 'Rieznikow', 'Резников', 'Резніков'],
  ['Trudeau', 'Трюдо', 'Τριντό'],
  ['Rutte', 'Ruttego', 'Ruttemu', 'Rutteho', 'Ruttem', 'Рютте', 'Ρούτε'],
  ['Witkoff', 'Уиткофф', 'Віткофф', 'Уиткоф', 'Γουίτκοφ'],
  ['Leavitt', 'Ливитт', 'Левітт', 'Ливит', 'Λέβιτ'],
  ['Waltz', 'Уолц', 'Волц', 'Уолтц', 'Γουόλτς'],
  ['Rybakow', 'Rybakov', 'Рыбаков', 'Рибаков', 'Рыбакоў'],
  ['Stoltenberg', 'Столтенберг', 'Στόλτενμπεργκ'],
  ['Tjerevatyj', 'Cherevatyi', 'Cherevaty', 'Tscherewatyj', 'Czerewatyj', 'Čerevatyj', 'Череватий'],
  ['Gantjev', 'Ganchev', 'Gantschew', 'Ganczew', 'Gančev', 'Ганчев'],
  ['Demchenko', 'Demtjenko', 'Demtschenko', 'Demczenko', 'Demčenko', 'Демченко'],
];

/** Given names that are one name across languages. */
export const GIVEN_NAME_GROUPS: readonly string[][] = [
  ['Volodymyr', 'Vladimir', 'Wladimir', 'Wołodymyr', 'Volodimir', 'Volodõmõr', 'Volodimirs', 'Vladimirs', 'Volodymyras', 'Vladimiras', 'Volodímír', 'Vladímír', 'Vlagyimir', 'Włodzimierz', 'Uladzimir', 'Владимир', 'Володимир', 'Уладзімір', 'Βλαντιμίρ', 'Βολοντίμιρ'],
  ['Jevgenij', 'Yevgeny', 'Yevgeniy', 'Evgeny', 'Evgueni', 'Evgenij', 'Jewgeni', 'Jewgienij', 'Jevgenyij', 'Ievgueni', 'Evgheni', 'Євген', 'Евгений', 'Γεβγκένι'],
  ['Alexander', 'Aleksandr', 'Alexandr', 'Aleksander', 'Alexandre', 'Alexandru', 'Aljaksandr', 'Alyaksandr', 'Aliaksandr', 'Olexandr', 'Александр', 'Аляксандр', 'Αλεξάντρ'],
  ['Dmitrij', 'Dmitry', 'Dmitri', 'Dmitriy', 'Dmitrii', 'Dymitr', 'Dimitri', 'Dmitrij', 'Dmytro', 'Дмитрий', 'Дмитро', 'Ντμίτρι'],
  ['Oleksij', 'Oleksii', 'Oleksiy', 'Olexij', 'Aleksiej', 'Alexei', 'Alexej', 'Олексій', 'Алексей'],
  ['Serhij', 'Serhii', 'Serhiy', 'Sergei', 'Sergej', 'Sergey', 'Siergiej', 'Сергій', 'Сергей'],
  ['Vitalij', 'Vitaly', 'Vitalii', 'Vitaliy', 'Witalij', 'Віталій', 'Виталий'],
  ['Andrzej', 'Анджей', 'Άντζεϊ'],
  ['Joe', 'Джо', 'Τζο'],
  ['Keith', 'Кит', 'Кіт', 'Κιθ'],
  ['Lloyd', 'Ллойд', 'Λόιντ'],
  ['Walentin', 'Valentin', 'Valentyn', 'Walenty', 'Валентин', 'Валянцін'],
  ['Caroline', 'Кэролайн', 'Керолайн', 'Каролайн', 'Κάρολαϊν'],
  ['Mike', 'Майк', 'Μάικ'],
  ['Steve', 'Стив', 'Стів', 'Στιβ'],
  ['Justin', 'Джастин', 'Джастін', 'Τζάστιν'],
  ['Andriy', 'Andrij', 'Andrii', 'Andriej', 'Andrei', 'Андрій', 'Андрей'],
  ['Jens', 'Йенс', 'Єнс', 'Γιενς'],
  ['Mark', 'Марк', 'Μαρκ'],
];
