/**
 * Fixture pages of the benchmark, made deterministically: article pages in Danish, Norwegian,
 * German and English (the seeds' text and generated text inside the chrome real news pages have —
 * navigation, teasers, asides, comments, footer), a long article, and the 2 MB page. The small pages
 * are committed in bench/pages/ (`tsx bench/make-pages.ts` rewrites them); the 2 MB page is made at
 * bench time into a temporary folder (see {@link makeBigPage}), so the repository stays small.
 */
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createRandom, generateArticles } from './generate-corpus';

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Paragraphs of a seed article (first line's ` date YYYY-MM ` header dropped). */
function seedParagraphs(file: string): string[] {
  const text = readFileSync(path.join('seeds', file), 'utf8').replace(/^ date \d{4}-\d{2} /, '');
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

function generatedParagraphs(lang: string, count: number, seed: number): string[] {
  const out: string[] = [];
  for (const article of generateArticles({ passages: count * 8, seed })) {
    if (article.lang !== lang) continue;
    out.push(
      ...article.text
        .split('\n\n')
        .slice(1, -1)
        .map((p) => p.trim()),
    );
    if (out.length >= count) break;
  }
  return out.slice(0, count);
}

const NAV = [
  'Forside',
  'Indland',
  'Udland',
  'Politik',
  'Økonomi',
  'Kultur',
  'Sport',
  'Debat',
  'Vejret',
  'Podcast',
  'Video',
  'Abonnement',
];

/** A news page around an article: real pages carry as much chrome as text. */
export function newsPage(options: {
  lang: string;
  title: string;
  paragraphs: string[];
  teasers: string[];
  random: () => number;
}): string {
  const { lang, title, paragraphs, teasers, random } = options;
  const body: string[] = [];
  paragraphs.forEach((p, i) => {
    if (i > 0 && i % 7 === 0) body.push(`<h2>${escapeHtml(p.split(/[.!?]/)[0]!.slice(0, 70))}</h2>`);
    if (i > 0 && i % 11 === 0) body.push(`<blockquote><p>${escapeHtml(p)}</p></blockquote>`);
    else if (i > 0 && i % 13 === 0)
      body.push(
        `<ul>${p
          .split(/(?<=[.!?]) /)
          .map((s) => `<li>${escapeHtml(s)}</li>`)
          .join('')}</ul>`,
      );
    else if (i > 0 && i % 9 === 0)
      body.push(
        `<figure><div class="img" style="height:180px;background:#ccd"></div><figcaption>${escapeHtml(p.slice(0, 120))}</figcaption></figure>`,
      );
    else
      body.push(`<p>${escapeHtml(p).replace(/^(\S+ \S+)/, (m) => (random() < 0.2 ? `<strong>${m}</strong>` : m))}</p>`);
    if (i % 5 === 4)
      body.push(
        `<aside class="inline-teaser"><a href="#t${i}">${escapeHtml(teasers[i % teasers.length] ?? '')}</a></aside>`,
      );
  });
  const related = teasers
    .map((t, i) => `<li><a href="#r${i}">${escapeHtml(t)}</a> <span class="time">${1 + (i % 23)} t.</span></li>`)
    .join('\n');
  const comments = teasers
    .slice(0, 6)
    .map(
      (t, i) =>
        `<li class="comment"><b>Læser ${i + 1}</b><p>${escapeHtml(t)}</p><button>Svar</button> <button>Synes godt om</button></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body { font: 17px/1.55 Georgia, serif; margin: 0; color: #222; }
header, footer { background: #f3f3f3; padding: 8px 24px; font-family: sans-serif; }
nav a { margin-right: 12px; color: #036; text-decoration: none; }
main { display: flex; gap: 32px; max-width: 1100px; margin: 24px auto; }
article { flex: 3; }
aside.rail { flex: 1; font-family: sans-serif; font-size: 14px; }
.inline-teaser { border-left: 3px solid #c00; padding-left: 8px; margin: 12px 0; font-family: sans-serif; }
blockquote { font-style: italic; border-left: 4px solid #999; margin-left: 0; padding-left: 16px; }
.comment { list-style: none; border-top: 1px solid #eee; padding: 8px 0; }
</style>
</head>
<body>
<header><div class="logo">Nyhederne</div><nav>${NAV.map((n) => `<a href="#${n}">${n}</a>`).join('')}</nav></header>
<main>
<article>
<p class="kicker">Krigen i Ukraine</p>
<h1>${escapeHtml(title)}</h1>
<p class="byline">Af Redaktionen · opdateret ${1 + Math.floor(random() * 28)}. ${['jan', 'feb', 'mar', 'apr', 'maj', 'jun'][Math.floor(random() * 6)]} 2025</p>
${body.join('\n')}
<section class="comments"><h3>Kommentarer (${teasers.length})</h3><ul>${comments}</ul></section>
</article>
<aside class="rail"><h3>Mest læste</h3><ol>${related}</ol><h3>Seneste nyt</h3><ul>${related}</ul></aside>
</main>
<footer><p>© Nyhederne · Kontakt · Cookies · Privatlivspolitik · Annoncer · Job · Presse</p><nav>${NAV.map((n) => `<a href="#f${n}">${n}</a>`).join('')}</nav></footer>
</body>
</html>
`;
}

function teasersFor(lang: string, seed: number): string[] {
  return generatedParagraphs(lang, 12, seed).map((p) => p.split(/(?<=[.!?]) /)[0]!);
}

/** The committed fixture pages: name → HTML. */
export function fixturePages(): Record<string, string> {
  const random = createRandom(11);
  const seeds = readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const seed = (i: number): string[] => (seeds[i] ? seedParagraphs(seeds[i]!) : []);
  const pages: Record<string, string> = {};
  const da = [...seed(0), ...seed(1)];
  pages['da-article.html'] = newsPage({
    lang: 'da',
    title: da[0]!.slice(0, 90),
    paragraphs: da,
    teasers: teasersFor('da', 21),
    random,
  });
  const nb = seed(3);
  pages['nb-article.html'] = newsPage({
    lang: 'nb',
    title: nb[1] ?? 'Kursk',
    paragraphs: nb.slice(2),
    teasers: teasersFor('nb', 22),
    random,
  });
  const de = seed(4);
  pages['de-article.html'] = newsPage({
    lang: 'de',
    title: de[1] ?? 'Selenskyj',
    paragraphs: de.slice(1),
    teasers: teasersFor('de', 23),
    random,
  });
  const en = generatedParagraphs('en', 24, 24);
  pages['en-article.html'] = newsPage({
    lang: 'en',
    title: en[0]!.split('.')[0]!,
    paragraphs: en,
    teasers: teasersFor('en', 25),
    random,
  });
  // The long article: every seed paragraph plus generated Danish, German and Norwegian ones (~40k words).
  const long = [...seeds.flatMap((_f, i) => seed(i))];
  for (const [lang, s] of [
    ['da', 31],
    ['de', 32],
    ['nb', 33],
  ] as const)
    long.push(...generatedParagraphs(lang, 180, s));
  pages['long-article.html'] = newsPage({
    lang: 'da',
    title: 'Krigen i Ukraine: hele forløbet',
    paragraphs: long,
    teasers: teasersFor('da', 34),
    random,
  });
  return pages;
}

/** The 2 MB page: a live-blog style page of ~2 MB HTML, mostly text, deterministic. */
export function makeBigPage(targetBytes = 2 * 1024 * 1024): string {
  const random = createRandom(99);
  const paragraphs: string[] = [];
  let bytes = 0;
  let seed = 100;
  while (bytes < targetBytes * 0.97) {
    for (const lang of ['da', 'de', 'nb', 'en']) {
      for (const p of generatedParagraphs(lang, 60, seed++)) {
        paragraphs.push(p);
        bytes += Buffer.byteLength(p) + 60;
      }
    }
  }
  return newsPage({
    lang: 'da',
    title: 'Liveblog: krigen i Ukraine, alle opdateringer',
    paragraphs,
    teasers: teasersFor('da', 35),
    random,
  });
}

function main(): void {
  const dir = path.join('bench', 'pages');
  mkdirSync(dir, { recursive: true });
  for (const [name, html] of Object.entries(fixturePages())) {
    writeFileSync(path.join(dir, name), html);
    console.log(`${name}: ${Buffer.byteLength(html)} bytes`);
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) main();
