import { describe, expect, it } from 'vitest';
import { cutExcerpt } from '@/lib/background/excerpt';
import { hashToTarget, panelPath, targetToHash } from '@/lib/panelRoute';
import type { PanelTarget } from '@/lib/protocol';

describe('cutExcerpt', () => {
  it('keeps a short text whole', () => {
    expect(cutExcerpt('Kursk er en by.', [[0, 5]], 100)).toEqual({ text: 'Kursk er en by.', marks: [[0, 5]] });
  });

  it('cuts a long text around the first mark on word boundaries, marks still on the word', () => {
    const words = Array.from({ length: 80 }, (_, i) => `ord${i}`);
    words[50] = 'Kursk';
    const text = words.join(' ');
    const start = text.indexOf('Kursk');
    const cut = cutExcerpt(text, [[start, start + 5]], 120);
    expect(cut.text.startsWith('…')).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(122);
    expect(words).toContain(cut.text.slice(1).split(' ')[0]); // no half word after the ellipsis
    expect(words).toContain(cut.text.slice(0, -1).split(' ').at(-1)); // nor before the closing one
    const [s, e] = cut.marks[0]!;
    expect(cut.text.slice(s, e)).toBe('Kursk');
  });

  it('drops marks outside the excerpt', () => {
    const text = `Kursk ${'x '.repeat(300)}Kursk`;
    const cut = cutExcerpt(
      text,
      [
        [0, 5],
        [text.length - 5, text.length],
      ],
      100,
    );
    expect(cut.marks).toEqual([[0, 5]]);
  });
});

describe('panel route', () => {
  const targets: PanelTarget[] = [
    { view: 'article', docId: '003_9754d181f53d07d9', passageId: 12 },
    { view: 'article', docId: 'doc with/slash' },
    { view: 'entity', entityId: 'volodymyr-zelenskyj' },
    { view: 'page' },
    { view: 'search', query: 'Kursk/Sumy 50%' },
  ];
  it.each(targets)('round-trips %o through the hash', (target) => {
    expect(hashToTarget(targetToHash(target))).toEqual(target);
  });
  it('writes the documented paths', () => {
    expect(panelPath({ view: 'article', docId: 'a', passageId: 3 })).toBe('sidepanel.html#/article/a/3');
    expect(panelPath({ view: 'entity', entityId: 'kursk' })).toBe('sidepanel.html#/entity/kursk');
  });
  it.each(['', '#', '#/nothing/here', '#/article/', '#/article/a/-1', '#/entity/%E0%A4%A'])(
    'falls back to "On this page" for %j',
    (hash) => {
      expect(hashToTarget(hash)).toEqual({ view: 'page' });
    },
  );
});
