import { describe, expect, it } from 'vitest';
import type { Passage } from '@/lib/bundle/schema';
import { extractEntities, lowerCaseOnlyWords } from '@/lib/entities';
import { corpusOf } from './entitiesCorpus';
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
      id: 'pavel-volchkov-vaktsiny',
      name: 'Павел Волчков Вакцины',
      type: 'person' as const,
      aliases: [{ text: 'Вакцины', count: 3, lang: 'ru' }],
    };
    const found = (text: string, corpusLowerCaseWords?: Record<string, string[]>) =>
      createMatcher(buildMatcherData([entity], { variants: false, corpusLowerCaseWords }))
        .match(text, { lang: 'ru' })
        .map((s) => text.slice(s.start, s.end));
    const corpus = lowerCaseOnlyWords([...passages, passage(4, 'ru', 'Нет вакцины, мало вакцины, ждут вакцины.')]);
    // A case form the corpus writes in lower case is no name anywhere in a Russian text.
    expect(found('Он сказал, что Вакцина поступила.')).toEqual(['Вакцина']);
    expect(found('Он сказал, что Вакцина поступила.', corpus)).toEqual([]);
    // The spelling itself needs evidence at a sentence start.
    expect(found('Вакцины поступили.')).toEqual(['Вакцины']);
    expect(found('Вакцины поступили.', corpus)).toEqual([]);
  });

  it('leaves the words of longer names readable (Czech Spojené státy)', () => {
    const entity = {
      id: 'usa',
      name: 'Spojené státy',
      type: 'place' as const,
      aliases: [{ text: 'Spojené státy', count: 5, lang: 'cs' }],
    };
    const corpus = lowerCaseOnlyWords([
      passage(0, 'cs', 'Spojené síly, spojené ruce, spojené národy a spojené státy.'),
    ]);
    expect(corpus.cs).toContain('spojené');
    const text = 'Dnes Spojené státy jednaly.';
    const spans = createMatcher(buildMatcherData([entity], { variants: false, corpusLowerCaseWords: corpus })).match(
      text,
      { lang: 'cs' },
    );
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Spojené státy']);
  });

  it('takes a stopword-list word the corpus capitalises inside sentences and never writes in lower case (Shell)', () => {
    const text = 'Shell raised its dividend. Rival BP did not, while Shell gained 1 per cent and Shell shares rose.';
    const { entities } = extractEntities(corpusOf([{ id: 'a', lang: 'en', text }]));
    expect(entities.map((e) => e.name)).toContain('Shell');
    // Written in lower case too, it stays a word.
    const shells = `${text} The shell of the building was intact.`;
    const { entities: again } = extractEntities(corpusOf([{ id: 'a', lang: 'en', text: shells }]));
    expect(again.map((e) => e.name)).not.toContain('Shell');
  });
});
