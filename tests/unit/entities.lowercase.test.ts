import { describe, expect, it } from 'vitest';
import type { Passage } from '@/lib/bundle/schema';
import { lowerCaseOnlyWords } from '@/lib/entities';
import { tokenize } from '@/lib/entities/tokens';
import { buildMatcherData } from '@/lib/names/build';
import { createMatcher } from '@/lib/names/matcher';

const passage = (id: number, lang: string, text: string): Passage =>
  ({ id, docId: 'd', lang, text, start: 0, end: text.length }) as unknown as Passage;

describe("the corpus's own lower-case words", () => {
  const passages = [
    passage(0, 'ru', 'Вакцина не вызывает заболевания. Прививка, вакцина и снова вакцина.'),
    passage(1, 'ru', 'Новая вакцина поступила. Врач Павел Волчков.Вакцина поступила в клиники.'),
    passage(2, 'ru', 'Препарат «Спутник V» поставлен. Запущен спутник, спутник и ещё спутник.'),
    passage(3, 'cs', 'Německa se to týká. Vláda Německa jedná; německá, německá a německá slova.'),
  ];

  it('lists words written in lower case at least three times and never capitalised inside a sentence', () => {
    const words = lowerCaseOnlyWords(passages);
    expect(words.ru).toContain('вакцина');
    // «Спутник V»: a capital after an opening quote is a name's.
    expect(words.ru).not.toContain('спутник');
    // německá folds to Německa, which the corpus capitalises mid-sentence.
    expect(words.cs ?? []).not.toContain('německá');
  });

  it('ends a sentence at a full stop glued to a capitalised word, not inside domains or initials', () => {
    const words = (text: string) => tokenize(text).map((t) => `${t.text}${t.sentenceStart ? '^' : ''}`);
    expect(words('Павел Волчков.Вакцины')).toEqual(['Павел^', 'Волчков', 'Вакцины^']);
    expect(words('see news.bg and NUME.ch')).toEqual(['see^', 'news.bg', 'and', 'NUME.ch']);
  });

  it('keeps the matcher from reading them as names in texts of that language', () => {
    const entity = {
      id: 'pavel-volchkov-vaktsina',
      name: 'Павел Волчков Вакцина',
      type: 'person' as const,
      aliases: [{ text: 'Вакцина', count: 3, lang: 'ru' }],
    };
    const text = 'Вчера сказал, что Вакцина поступила.';
    const found = (corpusLowerCaseWords?: Record<string, string[]>) =>
      createMatcher(buildMatcherData([entity], { variants: false, corpusLowerCaseWords }))
        .match(text, { lang: 'ru' })
        .map((s) => text.slice(s.start, s.end));
    expect(found()).toEqual(['Вакцина']);
    expect(found(lowerCaseOnlyWords(passages))).toEqual([]);
  });
});
