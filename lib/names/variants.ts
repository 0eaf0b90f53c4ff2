/**
 * Build-time knowledge of spellings that no key rule can bring together: exonyms (Moskva, Moskau,
 * Moscow, Mosca, Moscou, Moszkva), and transliterations whose sounds differ (Poutine, Байден,
 * Трамп), plus the given names that are one name across languages (Volodymyr = Vladimir =
 * Wołodymyr). Not shipped: buildMatcherData adds a group's spellings as aliases to every entity
 * that already has one of them (compared by key), so the table works for any corpus and adds
 * nothing for entities the corpus does not know.
 */

/** Spellings of one place, organisation or surname, across languages (one group per line). */
export const NAME_GROUPS: readonly string[][] = [
  // Places
  ['Ukraine', 'Ukraina', 'Ukrajina', 'Ucraina', 'Ucrania', 'Ucrânia', 'Ucraïna', 'Oekraïne', 'Ukrayna', 'Ukrajna', 'Úkraína', 'Ukrainë', 'Ουκρανία', 'Украина', 'Україна', 'Украіна', 'Украйна', 'Украјина'],
  ['Russia', 'Rusland', 'Russland', 'Ryssland', 'Venäjä', 'Rusia', 'Rússia', 'Russie', 'Rosja', 'Rusko', 'Rusija', 'Rusya', 'Oroszország', 'Krievija', 'Venemaa', 'Rússland', 'Ρωσία', 'Россия', 'Росія', 'Расія', 'Русия', 'Русија'],
  ['Kyiv', 'Kiev', 'Kiew', 'Kyjiw', 'Kijów', 'Kyjev', 'Kyjiv', 'Kijev', 'Kiova', 'Kiiv', 'Kijevas', 'Kijiva', 'Kyïv', 'Kíev', 'Quieve', 'Kiëv', 'Κίεβο', 'Киев', 'Київ', 'Кіеў', 'Кијев'],
  ['Moscow', 'Moskva', 'Moskau', 'Moskou', 'Moscou', 'Moscovo', 'Mosca', 'Moscú', 'Moscova', 'Moskwa', 'Moszkva', 'Moskova', 'Maskva', 'Maskava', 'Moska', 'Μόσχα', 'Москва'],
  ['Kharkiv', 'Kharkov', 'Charkiw', 'Charków', 'Charkov', 'Charkiv', 'Harkiv', 'Harkov', 'Harkova', 'Járkov', 'Carcóvia', 'Charkivas', 'Harkiva', 'Χάρκοβο', 'Харків', 'Харьков', 'Харков'],
  ['Crimea', 'Krim', 'Krym', 'Crimée', 'Crimeia', 'Kırım', 'Krím', 'Krymas', 'Krima', 'Krimea', 'Κριμαία', 'Крым', 'Крим'],
  ['Kremlin', 'Kreml', 'Kremlj', 'Kremeľ', 'Kremlis', 'Kremli', 'Cremlino', 'Kremlinul', 'Κρεμλίνο', 'Кремль', 'Кремъл', 'Кремљ'],
  ['Donetsk', 'Donezk', 'Donieck', 'Doněck', 'Doneck', 'Donețk', 'Donyeck', 'Donetskas', 'Doņecka', 'Ντονέτσκ', 'Донецк', 'Донецьк'],
  ['Bakhmut', 'Bachmut', 'Bahmut', 'Bakhmout', 'Bajmut', 'Bachmoet', 'Μπαχμούτ', 'Бахмут'],
  ['Izium', 'Izyum', 'Isjum', 'Izjum', 'Izjoem', 'Izioum', 'Ізюм', 'Изюм', 'Ιζιούμ'],
  ['Kursk', 'Koersk', 'Koursk', 'Κουρσκ', 'Курск'],
  ['Sumy', 'Soemy', 'Soumy', 'Сумы', 'Суми'],
  ['Kupiansk', 'Kupjansk', 'Kupyansk', 'Koupiansk', 'Kupiańsk', 'Куп\u2019янськ', 'Купянск'],
  ['Pokrovsk', 'Pokrowsk', 'Pokrovszk', 'Покровськ', 'Покровск'],
  ['Belarus', 'Hviderusland', 'Weißrussland', 'Hviterussland', 'Vitryssland', 'Valko-Venäjä', 'Białoruś', 'Bělorusko', 'Bielorusko', 'Belorusija', 'Bjelorusija', 'Biélorussie', 'Bielorussia', 'Bielorrusia', 'Bielorrússia', 'Fehéroroszország', 'Wit-Rusland', 'Беларусь', 'Білорусь', 'Белоруссия', 'Λευκορωσία'],
  ['Poland', 'Polen', 'Polska', 'Polsko', 'Poľsko', 'Poljska', 'Pologne', 'Polonia', 'Polônia', 'Polónia', 'Polonya', 'Puola', 'Lengyelország', 'Польша', 'Польща', 'Πολωνία'],
  ['Canada', 'Kanada', 'Canadá', 'Канада', 'Καναδάς'],
  ['Washington', 'Waszyngton', 'Vašington', 'Vasington', 'Вашингтон', 'Ουάσιγκτον'],
  ['White House', 'Det Hvide Hus', 'Det hvite hus', 'Vita huset', 'Weißes Haus', 'Weiße Haus', 'Maison Blanche', 'Casa Blanca', 'Casa Bianca', 'Biały Dom', 'Bílý dům', 'Biely dom', 'Bela hiša', 'Bijela kuća', 'Бела кућа', 'Белый дом', 'Білий дім', 'Beyaz Saray', 'Fehér Ház', 'Witte Huis', 'Valkoinen talo', 'Λευκός Οίκος'],
  ['United States', 'USA', 'US', 'U.S.A.', 'États-Unis', 'Stati Uniti', 'Estados Unidos', 'Verenigde Staten', 'ABD', 'Egyesült Államok', 'Yhdysvallat', 'США', 'САЩ', 'САД', 'ΗΠΑ', 'SAD', 'ZDA', 'SAV', 'JAV'],
  // Organisations
  ['NATO', 'Nato', 'OTAN', 'NAVO', 'НАТО', 'ΝΑΤΟ'],
  ['Wagner Group', 'Wagner-gruppen', 'Wagner-Gruppe', 'Wagnergruppen', 'Wagnergroep', 'Wagner', 'Вагнер', 'Βάγκνερ'],
  ['Tass', 'TASS', 'ТАСС'],
  // Surnames (given names are below)
  ['Putin', 'Poutine', 'Poetin', 'Putyin', 'Путин', 'Путін', 'Πούτιν'],
  ['Zelenskyj', 'Zelensky', 'Selenskyj', 'Zelenskyy', 'Zelenski', 'Zełenski', 'Zelenszkij', 'Zelenskij', 'Zelenskiy', 'Zelenskis', 'Zelenskõi', 'Зеленский', 'Зеленський', 'Зяленскі', 'Зеленски', 'Ζελένσκι'],
  ['Prigozjin', 'Prigozhin', 'Prigoschin', 'Prigożyn', 'Prigožin', 'Prigozsin', 'Prigojine', 'Prigojin', 'Prigozin', 'Пригожин', 'Πριγκόζιν'],
  ['Lukasjenko', 'Lukashenko', 'Lukaschenko', 'Łukaszenka', 'Lukašenko', 'Lukashenka', 'Loukachenko', 'Lukasenko', 'Lukasenka', 'Лукашенко', 'Лукашэнка', 'Λουκασένκο'],
  ['Peskov', 'Peskow', 'Pieskow', 'Peszkov', 'Peskof', 'Песков', 'Пєсков', 'Πεσκόφ'],
  ['Biden', 'Байден', 'Μπάιντεν'],
  ['Trump', 'Трамп', 'Τραμπ'],
  ['Austin', 'Остин', 'Остін', 'Όστιν'],
  ['Kellogg', 'Келлог', 'Келлогг', 'Κέλογκ'],
  ['Stoltenberg', 'Столтенберг', 'Στόλτενμπεργκ'],
  ['Reznikov', 'Reznikow', 'Rieznikow', 'Резников', 'Резніков'],
  ['Trudeau', 'Трюдо', 'Τριντό'],
  ['Rutte', 'Рютте', 'Ρούτε'],
  ['Witkoff', 'Уиткофф', 'Віткофф', 'Γουίτκοφ'],
  ['Tjerevatyj', 'Cherevatyi', 'Cherevaty', 'Tscherewatyj', 'Czerewatyj', 'Čerevatyj', 'Череватий'],
  ['Gantjev', 'Ganchev', 'Gantschew', 'Ganczew', 'Gančev', 'Ганчев'],
  ['Demchenko', 'Demtjenko', 'Demtschenko', 'Demczenko', 'Demčenko', 'Демченко'],
];

/** Given names that are one name across languages. */
export const GIVEN_NAME_GROUPS: readonly string[][] = [
  ['Volodymyr', 'Vladimir', 'Wladimir', 'Wołodymyr', 'Volodimir', 'Vlagyimir', 'Włodzimierz', 'Uladzimir', 'Владимир', 'Володимир', 'Уладзімір', 'Βλαντιμίρ', 'Βολοντίμιρ'],
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
  ['Walentin', 'Valentin', 'Valentyn', 'Walenty', 'Валентин'],
];
