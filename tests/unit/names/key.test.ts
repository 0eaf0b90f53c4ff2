import anyAscii from 'any-ascii';
import { describe, expect, it } from 'vitest';
import { TRANSLIT_RANGES } from '../../../scripts/gen-translit';
import { foldWord, nameKey } from '../../../lib/names/key';
import { TRANSLIT_BLOCKS } from '../../../lib/names/translit-table';

const same = (words: string[]) => new Set(words.map(nameKey));

describe('nameKey', () => {
  it('gives one key to the spellings of Zelenskyj across languages and scripts', () => {
    const keys = same([
      'Zelenskyj',
      'Selenskyj',
      'Zelensky',
      'Zelenskyy',
      'Zełenski',
      'Zelenszkij',
      'Зеленский',
      'Зеленскі',
      'Ζελένσκι',
      'Zelenskiy',
    ]);
    expect([...keys]).toEqual(['selenski']);
  });

  it.each([
    [['Putin', 'Путин', 'Putyin', 'Πούτιν', 'PUTIN']],
    [['Kyiv', 'Kyjiw', 'Київ', 'Kijiv']],
    [['Kiev', 'Kiew', 'Kijev', 'Киев']],
    [['Kharkiv', 'Charkiw', 'Харків', 'Harkiv']],
    [['Izium', 'Isjum', 'Izjum', 'Изюм', 'Ізюм', 'Izyum']],
    [['Prigozjin', 'Prigoschin', 'Prigozhin', 'Пригожин', 'Prigożyn', 'Prigozsin']],
    [['Volodymyr', 'Wolodymyr', 'Volodimir', 'Володимир']],
    [['Donetsk', 'Donezk', 'Doněck', 'Донецьк', 'Донецк']],
  ])('merges %j', (words) => {
    expect(same(words).size).toBe(1);
  });

  it('keeps different names apart', () => {
    expect(nameKey('Putin')).not.toBe(nameKey('Rasputin'));
    expect(nameKey('Kyiv')).not.toBe(nameKey('Kiev')); // an exonym: an alias, not a key rule
    expect(nameKey('Moskva')).not.toBe(nameKey('Moskau'));
    expect(nameKey('Biden')).not.toBe(nameKey('Baden'));
  });

  it('ignores punctuation and returns empty for words without letters', () => {
    expect(nameKey("Zelens'kyj")).toBe(nameKey('Zelenskyj'));
    expect(nameKey('…')).toBe('');
    expect(nameKey('中国')).toBe('');
  });

  it('folds without merging variants (for exact spellings)', () => {
    expect(foldWord('USA')).toBe('usa');
    expect(foldWord('Zełenski')).toBe('zelenski');
    expect(foldWord('Київ')).toBe('kiiv');
  });

  it('ships a table equal to any-ascii for the covered blocks (regenerate with scripts/gen-translit.ts)', () => {
    const table = new Map(TRANSLIT_BLOCKS.map(([first, joined]) => [first, joined.split('\t')]));
    for (const [first, last] of TRANSLIT_RANGES) {
      const row = table.get(first)!;
      expect(row.length).toBe(last - first + 1);
      for (let cp = first; cp <= last; cp += 7)
        expect(row[cp - first]).toBe(anyAscii(String.fromCodePoint(cp)).replace(/[\t\n]/g, ''));
    }
  });
});
