import { describe, expect, it } from 'vitest';
import { generateArticles } from '../../bench/generate-corpus';

describe('bench corpus generator', () => {
  it('is deterministic: the same seed gives the same articles, another seed others', () => {
    const a = generateArticles({ passages: 300, seed: 7 });
    const b = generateArticles({ passages: 300, seed: 7 });
    const c = generateArticles({ passages: 300, seed: 8 });
    expect(a.map((x) => x.text).join('\n')).toBe(b.map((x) => x.text).join('\n'));
    expect(a.map((x) => x.text).join('\n')).not.toBe(c.map((x) => x.text).join('\n'));
  });

  it('writes exactly N paragraphs of passage-sized text, with names, in several languages', () => {
    const articles = generateArticles({ passages: 1000 });
    const paragraphs = articles
      .flatMap((a) => a.text.split('\n\n').slice(1))
      .filter((p) => !/^(\/|\(|NTB|TT|Kilde|Source|Quelle|dpa)/.test(p.trim()));
    expect(articles.reduce((sum, a) => sum + a.paragraphs, 0)).toBe(1000);
    expect(paragraphs.length).toBe(1000);
    for (const p of paragraphs) expect(p.length).toBeGreaterThan(60);
    expect(new Set(articles.map((a) => a.lang)).size).toBeGreaterThanOrEqual(5);
    // Names appear in their language's spelling: German Selenskyj, Danish Zelenskyj.
    const all = articles.map((a) => a.text).join('\n');
    expect(
      articles.filter((a) => a.lang === 'de').some((a) => a.text.includes('Selenskyj') || a.text.includes('Putin')),
    ).toBe(true);
    expect(all).toMatch(/Zelenskyj/);
    for (const a of articles) expect(a.names.length).toBeGreaterThan(0);
    expect(articles[0]!.text).toMatch(/^( date \d{4}-\d{2} )?\S/);
  });
});
