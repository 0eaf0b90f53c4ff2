/**
 * Acronyms join the names they stand for, on the text's own evidence (lib/entities/acronyms.ts):
 * parentheses, or initials in the same document. Persons, single words and names of other documents
 * are never expanded.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/bundle/schema';
import { extractEntities } from '../../../lib/entities';
import { initialsOf } from '../../../lib/entities/acronyms';
import { isInstitutionHead } from '../../../lib/entities/institutions';
import { corpusOf } from '../entitiesCorpus';

function entitiesOf(articles: { id: string; lang: string; text: string }[]): Entity[] {
  return extractEntities(corpusOf(articles)).entities;
}
function holder(entities: Entity[], spelling: string): Entity | undefined {
  return entities.find((e) => e.aliases.some((a) => a.text === spelling));
}

describe('initials', () => {
  it('reads all words, the capitalised ones, and all but short lower-case words', () => {
    expect(initialsOf(['Narodowego', 'Funduszu', 'Zdrowia'])).toContain('NFZ');
    expect(initialsOf(['Ústavu', 'zdravotnických', 'informací', 'a', 'statistiky'])).toContain('UZIS');
    expect(initialsOf(['Bank', 'of', 'England'])).toContain('BE');
    expect(initialsOf(['Bank', 'of', 'England'])).toContain('BOE');
  });
});

describe('institution heads make a name an organisation', () => {
  it('in any case form', () => {
    for (const word of ['Agencji', 'Funduszu', 'Uniwersytetem', 'Ministerstwa', 'Министерства', 'Ústavu', 'Partii'])
      expect(isInstitutionHead(word), word).toBe(true);
  });
  it('not surnames that look like them', () => {
    for (const word of ['Fonda', 'Kowalski', 'Putin', 'Parta']) expect(isInstitutionHead(word), word).toBe(false);
  });
});

describe('acronyms and their names', () => {
  it('join through shared initials in one document, and the name is an organisation', () => {
    const entities = entitiesOf([
      {
        id: 'a',
        lang: 'pl',
        text: 'W poniedziałek szef Agencji Rezerw Materiałowych poinformował o dostawach.\nWedług ARM maseczki dotarły do szpitali.',
      },
    ]);
    const agency = holder(entities, 'Agencji Rezerw Materiałowych');
    expect(agency?.type).toBe('organisation');
    expect(holder(entities, 'ARM')).toBe(agency);
  });

  it('join through parentheses, even when the acronym is foreign', () => {
    const entities = entitiesOf([
      {
        id: 'a',
        lang: 'pl',
        text: 'Handel regulują zasady określone przez Światową Organizację Handlu (WTO).\nBrytyjczycy liczą na WTO.',
      },
      {
        id: 'b',
        lang: 'ru',
        text: 'Об этом сообщила Федеральная антимонопольная служба (ФАС).\nФАС проверит компанию.',
      },
    ]);
    expect(holder(entities, 'WTO')).toBe(holder(entities, 'Światową Organizację Handlu'));
    expect(holder(entities, 'WTO')).toBeDefined();
  });

  it('never expand a person, a single word, or a name of another document', () => {
    const entities = entitiesOf([
      { id: 'a', lang: 'pl', text: 'Premier Donald Tusk (PO) zabrał głos.\nPO przedstawiła program.' },
      { id: 'b', lang: 'pl', text: 'Warszawa (PAP) Rząd obradował.\nPAP podała szczegóły.' },
      { id: 'c', lang: 'pl', text: 'Narodowy Fundusz Zdrowia płaci za leczenie w szpitalach.' },
      { id: 'd', lang: 'pl', text: 'Eksperci NFZ zapowiedzieli zmiany w przyszłym roku.' },
    ]);
    expect(holder(entities, 'PO')).not.toBe(holder(entities, 'Donald Tusk'));
    expect(holder(entities, 'PAP')).not.toBe(holder(entities, 'Warszawa'));
    expect(holder(entities, 'NFZ')).not.toBe(holder(entities, 'Narodowy Fundusz Zdrowia'));
  });

  it('stay apart when the evidence points at two names with no clear winner', () => {
    const entities = entitiesOf([
      { id: 'a', lang: 'pl', text: 'Polska Akademia Nauk ogłosiła wyniki.\nPAN przedstawiła raport.' },
      { id: 'b', lang: 'pl', text: 'Polski Autobus Narodowy wyjechał.\nPAN kursuje codziennie.' },
    ]);
    const pan = holder(entities, 'PAN');
    expect(pan).not.toBe(holder(entities, 'Polska Akademia Nauk'));
    expect(pan).not.toBe(holder(entities, 'Polski Autobus Narodowy'));
  });
});
