// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Painter } from '@/lib/page/painter';
import { localFinder } from '@/lib/page/names';
import { Scanner } from '@/lib/page/scanner';
import { spansFromMatches } from '@/lib/page/spans';
import { createStandInMatcher } from './standInMatcher';
import { walkTextRuns } from '@/lib/page/textWalker';

const matcher = createStandInMatcher([
  { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', names: ['Vladimir Putin', 'Putin', 'Putins'] },
  { id: 'nato', name: 'NATO', type: 'organisation', names: ['NATO'] },
  { id: 'kyiv', name: 'Kyiv', type: 'place', names: ['Kyiv', 'Kijev'] },
]);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function spanTexts(scanner: Scanner): string[] {
  return scanner
    .spans()
    .map((s) => {
      const range = document.createRange();
      range.setStart(s.startNode, s.startOffset);
      range.setEnd(s.endNode, s.endOffset);
      return `${range.toString()}=${s.entityId}`;
    })
    .sort();
}

let scanner: Scanner | undefined;
afterEach(() => scanner?.stop());

async function scan(html: string): Promise<Scanner> {
  document.body.innerHTML = html;
  scanner = new Scanner({
    root: document,
    finder: localFinder(matcher),
    painter: new Painter(),
    onChange: () => undefined,
  });
  scanner.start();
  await wait(50);
  return scanner;
}

describe('spansFromMatches', () => {
  it('maps a name spread over inline nodes to start and end nodes', () => {
    document.body.innerHTML = '<p>Præsident Vladimir <b>Putin</b>.</p>';
    const [run] = [...walkTextRuns(document.body)];
    const spans = spansFromMatches(run!, matcher.match(run!.text), (id) => matcher.entity(id)?.type);
    expect(spans).toHaveLength(1);
    const span = spans[0]!;
    expect(span.startNode.data).toBe('Præsident Vladimir ');
    expect(span.startOffset).toBe('Præsident '.length);
    expect(span.endNode.data).toBe('Putin');
    expect(span.endOffset).toBe(5);
  });
});

describe('Scanner', () => {
  it('finds whole-word names only, across inline elements, never in skipped regions', async () => {
    const s = await scan(
      '<p>Vladimir <b>Putin</b> and NATO.</p><p>computing senator Putinism</p><textarea>Putin</textarea><div contenteditable>NATO</div>',
    );
    expect(spanTexts(s)).toEqual(['NATO=nato', 'Vladimir Putin=vladimir-putin']);
  });

  it('rescans added and edited text and drops spans whose text went away', async () => {
    const s = await scan('<main><p id="a">Kyiv</p></main>');
    expect(spanTexts(s)).toEqual(['Kyiv=kyiv']);
    const p = document.createElement('p');
    p.textContent = 'NATO i Kijev';
    document.querySelector('main')!.append(p);
    await wait(250);
    expect(spanTexts(s)).toEqual(['Kijev=kyiv', 'Kyiv=kyiv', 'NATO=nato']);
    document.getElementById('a')!.firstChild!.nodeValue = 'Putins Kyiv';
    await wait(250);
    expect(spanTexts(s)).toEqual(['Kijev=kyiv', 'Kyiv=kyiv', 'NATO=nato', 'Putins=vladimir-putin']);
    p.remove();
    await wait(250);
    expect(spanTexts(s)).toEqual(['Kyiv=kyiv', 'Putins=vladimir-putin']);
    expect(s.store.counts()).toEqual({ kyiv: 1, 'vladimir-putin': 1 });
  });

  it('does not apply names to text that changed while the finder worked', async () => {
    document.body.innerHTML = '<p id="p">Xx yy Kyiv</p>';
    const local = localFinder(matcher);
    let release: () => void = () => undefined;
    let gated = true;
    scanner = new Scanner({
      root: document,
      finder: {
        entity: (id) => local.entity(id),
        async find(texts, fresh, langs) {
          const found = await local.find(texts, fresh, langs);
          // The first answer waits until the page has changed the text it was found in.
          if (gated) await new Promise<void>((resolve) => (release = resolve));
          gated = false;
          return found;
        },
      },
      painter: new Painter(),
      onChange: () => undefined,
    });
    scanner.start();
    await wait(20);
    document.getElementById('p')!.firstChild!.nodeValue = 'Kyiv';
    await wait(0);
    release();
    // Before the rescan of the edit (due after the rescan delay): nothing from the old text.
    await wait(5);
    expect(scanner.spans().filter((s) => s.endOffset > s.endNode.length)).toEqual([]);
    await wait(250);
    expect(spanTexts(scanner)).toEqual(['Kyiv=kyiv']);
  });

  it("asks for each run in its language: the nearest lang attribute, else the page's", async () => {
    const local = localFinder(matcher);
    const asked: string[][] = [];
    const scanWith = async (html: string) => {
      document.documentElement.setAttribute('lang', 'da-DK');
      document.body.innerHTML = html;
      asked.length = 0;
      scanner?.stop();
      scanner = new Scanner({
        root: document,
        finder: {
          entity: (id) => local.entity(id),
          find: (texts, fresh, langs) => {
            asked.push(langs ?? []);
            return local.find(texts, fresh, langs);
          },
        },
        painter: new Painter(),
        onChange: () => undefined,
      });
      scanner.start();
      await wait(50);
      return asked.flat();
    };
    try {
      expect(await scanWith('<p>Kyiv</p><p>NATO</p>')).toEqual(['da', 'da']);
      expect(await scanWith('<p>Kyiv</p><div lang="de"><p>NATO</p></div><p lang="">Kyiv</p>')).toEqual([
        'da',
        'de',
        'da',
      ]);
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });

  it('follows a React-style re-render that replaces the whole content', async () => {
    const s = await scan('<div id="root"><p>Putin</p></div>');
    const root = document.getElementById('root')!;
    for (let i = 0; i < 3; i++) {
      root.innerHTML = `<article><h2>Update ${i}</h2><p>NATO og Putin</p></article>`;
      await wait(20);
    }
    await wait(250);
    expect(spanTexts(s)).toEqual(['NATO=nato', 'Putin=vladimir-putin']);
  });

  it('keeps one span per name when inline text moves to another block', async () => {
    const s = await scan('<p id="a">om <b id="b">Kyiv</b></p><p id="c">og </p>');
    expect(spanTexts(s)).toEqual(['Kyiv=kyiv']);
    document.getElementById('c')!.append(document.getElementById('b')!);
    await wait(250);
    expect(spanTexts(s)).toEqual(['Kyiv=kyiv']);
    expect(s.spans()[0]!.block).toBe(document.getElementById('c'));
  });

  it('drops names that become hidden or editable and finds them again when shown', async () => {
    const s = await scan('<section id="s"><p>NATO</p><div><p>Kyiv</p></div></section>');
    expect(spanTexts(s)).toEqual(['Kyiv=kyiv', 'NATO=nato']);
    const section = document.getElementById('s')!;
    section.setAttribute('hidden', '');
    await wait(250);
    expect(spanTexts(s)).toEqual([]);
    section.removeAttribute('hidden');
    await wait(250);
    expect(spanTexts(s)).toEqual(['Kyiv=kyiv', 'NATO=nato']);
    section.querySelector('div')!.setAttribute('contenteditable', 'true');
    await wait(250);
    expect(spanTexts(s)).toEqual(['NATO=nato']);
  });

  it('reads nothing of a document in design mode', async () => {
    document.designMode = 'on';
    try {
      const s = await scan('<p>Putin</p>');
      expect(s.store.size).toBe(0);
    } finally {
      document.designMode = 'off';
    }
  });

  it('applies a batch bigger than a slice in several slices, all of it', async () => {
    // 3,000 runs: two batches (at most 2,000 texts each), each applied in 8 ms slices.
    const s = await scan(Array.from({ length: 3000 }, (_, i) => `<p>${i} Putin i Kyiv</p>`).join(''));
    const until = async (done: () => boolean) => {
      for (let i = 0; i < 400 && !done(); i++) await wait(25);
    };
    await until(() => s.store.size === 6000);
    expect(s.store.counts()).toEqual({ kyiv: 3000, 'vladimir-putin': 3000 });
  });

  it('forgets everything when stopped', async () => {
    const s = await scan('<p>Putin</p>');
    expect(s.store.size).toBe(1);
    s.stop();
    expect(s.store.size).toBe(0);
  });
});
