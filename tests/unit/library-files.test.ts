import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, markdownToText, readImportFile } from '@/lib/library/files';
import { parseSource } from '@/lib/library/parseSource';

const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;
const bytes = (text: string) => new TextEncoder().encode(text);

const PARAGRAPH =
  'Die Bürgermeisterin Henrike Oldenbusch hat am Dienstag in Flensburg den neuen Hafenplan vorgestellt. Oldenbusch sagte, der Ausbau solle bis 2028 abgeschlossen sein und koste rund 40 Millionen Euro.';
const ARTICLE_HTML = `<!doctype html><html lang="de"><head><title>Hafenplan für Flensburg | Nordblatt</title>
<meta property="article:published_time" content="2026-11-24T08:30:00+01:00">
<meta name="author" content="Jens Petersen"></head><body>
<nav><a href="/">Start</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a></nav>
<article><h1>Hafenplan für Flensburg</h1><p class="byline">Von Jens Petersen</p>
<p>${PARAGRAPH}</p><p>${PARAGRAPH.replace('Dienstag', 'Mittwoch')}</p>
<p>Kritik kam von der Opposition im Stadtrat, die den Plan für <b>zu teuer</b> hält und eine Bürgerbefragung fordert, bevor der Rat im Dezember abstimmt.</p></article>
<footer>© Nordblatt 2026 · Impressum · Datenschutz</footer><script>var tracking = 1;</script></body></html>`;

describe('importing files', () => {
  it('reduces HTML to its article with Readability, keeping title, byline, date and language', () => {
    const read = readImportFile('folder/hafen.html', bytes(ARTICLE_HTML), parseHtml);
    if (!('source' in read)) throw new Error(read.reason);
    const { source } = read;
    expect(source.file).toBe('hafen.html');
    expect(source.title).toMatch(/Hafenplan für Flensburg/);
    expect(source.date).toMatch(/^2026-11-24/);
    expect(source.lang).toBe('de');
    expect(source.text).toContain(PARAGRAPH);
    expect(source.text).not.toMatch(/Impressum|tracking|Politik/);
    expect(source.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
    const parsed = parseSource({ ...source, id: 'hafen', collectionId: 'c', addedAt: '', order: 0 });
    expect(parsed.document.date).toBe('2026-11-24');
    expect(parsed.document.title).toMatch(/Hafenplan/);
    expect(parsed.passages.some((p) => p.text === PARAGRAPH)).toBe(true);
  });

  it('takes text as written and markdown without its markup', () => {
    const md = '# Title here\n\nSome **bold** and a [link](https://x.test) in _text_.\n';
    expect(markdownToText(md)).toBe('Title here\n\nSome bold and a link in text.\n');
    const read = readImportFile('a.md', bytes(md), parseHtml);
    expect('source' in read && read.source.text).toContain('Some bold and a link');
  });

  it('lists each bad file with its reason', () => {
    const reason = (name: string, data: Uint8Array) => {
      const read = readImportFile(name, data, parseHtml);
      return 'reason' in read ? read.reason : 'accepted';
    };
    expect(reason('a.txt', new Uint8Array())).toMatch(/empty/);
    expect(reason('a.txt', bytes('  \n '))).toMatch(/empty/);
    expect(reason('a.txt', new Uint8Array([65, 0, 66]))).toMatch(/binary/);
    expect(reason('a.txt', new Uint8Array([0x41, 0xe6, 0x42]))).toMatch(/not valid UTF-8/);
    expect(reason('a.txt', new Uint8Array(MAX_IMPORT_BYTES + 1).fill(65))).toMatch(/over the 5\.0 MiB limit/);
    expect(reason('a.pdf', bytes('%PDF'))).toMatch(/not a \.txt, \.md or \.html file/);
    expect(reason('a.html', bytes('<html><body><nav>Home</nav></body></html>'))).toMatch(/no article text/);
  });
});
