/**
 * A deterministic lexicon of about 1,000 entities for the names scale test and bench: the 59 seed
 * entities plus people (common given names and surnames of many countries, paired by a seeded PRNG),
 * real places and organisations. Real names on purpose: many are English words too (Nice, Reading,
 * Brown, May), as in a real corpus.
 */
import { readFileSync } from 'node:fs';
import type { MatcherEntity } from '../../lib/names/matcher';

const GIVEN = (
  'James John Robert Michael William David Richard Joseph Thomas Charles Mary Patricia Jennifer Linda Elizabeth ' +
  'Barbara Susan Jessica Sarah Karen Anna Maria Olga Irina Natalia Sergei Alexei Dmitri Andrei Ivan Pavel ' +
  'Mikhail Nikolai Yuri Oleg Piotr Tomasz Krzysztof Marek Agnieszka Katarzyna Jan Lars Henrik Mette Sofie ' +
  'Hans Klaus Jürgen Wolfgang Ursula Angela Friedrich Pierre Jean Marie Emmanuel François Giorgia Matteo ' +
  'Giuseppe Carlos Pedro Javier Lucia Isabel Ahmed Mohammed Ali Fatima Omar Recep Mehmet Ayşe Viktor Péter ' +
  'Gábor Kaja Kristjan Edgars Gitanas Ingrida Ursula Antonio Kyriakos Alexis Rishi Keir Boris Theresa Liz ' +
  'Emma Olivia Noah Liam Lucas Chen Wei Hiroshi Yuki Kim Raj Priya Ana Sanna Jonas Ole Erik Nils Astrid'
).split(' ');

const SURNAMES = (
  'Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson White ' +
  'Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Green Baker Adams Nelson Hill Campbell ' +
  'Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy Cook Rogers ' +
  'Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray ' +
  'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf ' +
  'Kowalski Nowak Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak ' +
  'Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov ' +
  'Shevchenko Bondarenko Kovalenko Tkachenko Kravchenko Melnyk Rossi Russo Ferrari Esposito Bianchi ' +
  'Romano Colombo García Fernández González Rodríguez López Martínez Sánchez Pérez Dubois Durand Lefebvre ' +
  'Moreau Laurent Simon Michel Leroy Jensen Nielsen Hansen Pedersen Andersen Larsen Johansson Karlsson ' +
  'Nilsson Eriksson Virtanen Korhonen Nagy Horváth Kovács Yılmaz Kaya Demir Papadopoulos Wang Li Zhang ' +
  'Tanaka Suzuki Sato Patel Singh Khan Haddad Cohen Levi Price Rice Bush May Hope Rose Love Savage Black'
).split(' ');

const PLACES = (
  'London Paris Berlin Madrid Rome Vienna Prague Warsaw Budapest Bucharest Sofia Athens Lisbon Dublin ' +
  'Amsterdam Brussels Copenhagen Oslo Stockholm Helsinki Tallinn Riga Vilnius Minsk Chisinau Tbilisi ' +
  'Yerevan Baku Ankara Istanbul Tehran Baghdad Damascus Beirut Amman Jerusalem Cairo Riyadh Doha Dubai ' +
  'Beijing Shanghai Tokyo Seoul Delhi Mumbai Karachi Kabul Tashkent Almaty Astana Bishkek ' +
  'Odesa Lviv Dnipro Zaporizhzhia Mykolaiv Kherson Mariupol Chernihiv Poltava Vinnytsia Zhytomyr Lutsk ' +
  'Uzhhorod Rivne Ternopil Kramatorsk Sloviansk Avdiivka Vuhledar Toretsk Chasiv Lyman Kreminna Svatove ' +
  'Belgorod Bryansk Voronezh Rostov Krasnodar Sochi Sevastopol Simferopol Kerch Novorossiysk Volgograd ' +
  'Samara Kazan Ufa Perm Yekaterinburg Novosibirsk Omsk Irkutsk Vladivostok Murmansk Kaliningrad Pskov ' +
  'Tula Ryazan Tver Smolensk Kaluga Orel Lipetsk Saratov Penza Engels Grozny Makhachkala ' +
  'Hamburg Munich Cologne Frankfurt Stuttgart Dresden Leipzig Gdansk Krakow Wroclaw Poznan Lublin Rzeszow ' +
  'Milan Naples Turin Florence Venice Barcelona Valencia Seville Porto Lyon Marseille Nice Bordeaux Toulouse ' +
  'Manchester Liverpool Birmingham Glasgow Edinburgh Cardiff Belfast Reading Bath Cork Split Zagreb ' +
  'Belgrade Sarajevo Skopje Tirana Podgorica Ljubljana Bratislava Brno Graz Geneva Zurich Bern Basel ' +
  'Chicago Boston Seattle Denver Dallas Houston Atlanta Miami Phoenix Detroit Mobile Orlando Toronto ' +
  'Montreal Vancouver Ottawa Mexico Havana Caracas Bogota Lima Santiago Brasilia Montevideo ' +
  'Gaza Rafah Hebron Ramallah Aleppo Idlib Homs Mosul Basra Erbil Kirkuk Sanaa Aden ' +
  'Greenland Iceland Ireland Scotland Wales Norway Sweden Finland Estonia Latvia Lithuania Moldova Romania ' +
  'Hungary Slovakia Austria Germany France Spain Portugal Italy Greece Turkey Georgia Armenia Azerbaijan ' +
  'Kazakhstan China Japan India Pakistan Afghanistan Iraq Syria Israel Lebanon Jordan Egypt Libya Sudan ' +
  'Ethiopia Somalia Kenya Nigeria Mali Niger Chad Congo Angola Brazil Argentina Chile Peru Colombia Venezuela ' +
  'Cuba Taiwan Korea Vietnam Thailand Indonesia Philippines Australia Transnistria Abkhazia Chechnya Dagestan ' +
  'Donbas Luhansk Zaporizhzhia Kherson Bucha Irpin Hostomel Mariinka Bilohorivka Siversk Soledar Orikhiv'
).split(' ');

const ORGS = (
  'European Union|United Nations|World Bank|International Monetary Fund|Red Cross|Amnesty International|' +
  'Human Rights Watch|Gazprom|Rosneft|Lukoil|Sberbank|Roscosmos|Rosatom|Naftogaz|Ukrenergo|Pentagon|' +
  'State Department|Bundestag|Bundeswehr|Sejm|Duma|Federation Council|FSB|GRU|SBU|CIA|FBI|NSA|MI6|Mossad|' +
  'Hamas|Hezbollah|Taliban|Houthis|Islamic State|OSCE|IAEA|WHO|UNESCO|UNICEF|Interpol|Europol|Frontex|' +
  'Microsoft|Google|Apple|Amazon|Meta|Tesla|SpaceX|Starlink|Boeing|Airbus|Lockheed Martin|Raytheon|Rheinmetall|' +
  'BAE Systems|Saab|Siemens|Volkswagen|BMW|Shell|BP|Equinor|Maersk|Novo Nordisk|Carlsberg|Lego|Ikea|' +
  'Spotify|Nokia|Ericsson|Huawei|TikTok|Bloomberg|Associated Press|BBC|Al Jazeera|Der Spiegel|Le Monde|' +
  'New York Times|Washington Post|Financial Times|Kyiv Independent|Meduza|Novaya Gazeta|Wall Street Journal|' +
  'Labour|Conservatives|Republicans|Democrats|Fidesz|Law and Justice|Civic Platform|Alternative für Deutschland'
).split('|');

/** mulberry32, as bench/generate-corpus.ts: deterministic across platforms. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');

/** The seed entities plus generated ones, `size` in all (default 1,000). */
export function namesLexicon(size = 1000): MatcherEntity[] {
  const seed = JSON.parse(
    readFileSync(new URL('../fixtures/names/entities.json', import.meta.url), 'utf8'),
  ) as MatcherEntity[];
  const out: MatcherEntity[] = [...seed];
  const ids = new Set(out.map((e) => e.id));
  const add = (name: string, type: MatcherEntity['type'], aliases: string[] = []) => {
    const id = `gen-${slug(name)}`;
    if (ids.has(id) || out.length >= size) return;
    ids.add(id);
    out.push({ id, name, type, aliases: [name, ...aliases].map((text) => ({ text, lang: 'en', count: 1 })) });
  };
  for (const p of [...PLACES, 'Buenos Aires', 'Khan Yunis', 'New York', 'Los Angeles', 'San Francisco', 'Hong Kong'])
    add(p, 'place');
  for (const o of ORGS) add(o, 'organisation');
  const next = random(13);
  let guard = 0;
  while (out.length < size && guard++ < 100_000) {
    const given = GIVEN[Math.floor(next() * GIVEN.length)]!;
    const surname = SURNAMES[Math.floor(next() * SURNAMES.length)]!;
    add(`${given} ${surname}`, 'person');
  }
  return out;
}
