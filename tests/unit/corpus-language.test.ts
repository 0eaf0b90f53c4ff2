/**
 * Language detection: the close Scandinavian languages told apart on real sentences, ISO 639-1
 * codes out, 'und' when unsure, and short passages falling back to their article's language.
 */
import { describe, expect, it } from 'vitest';
import { areCloseLanguages, detectLanguage, guessLanguage, passageLanguage } from '../../lib/corpus';

describe('detectLanguage', () => {
  it.each([
    [
      'da',
      'Telefonopkaldene fandt sted dagen efter et ekstraordinært, fejlslagent forsøg på mytteri ført an af Wagner-gruppens leder.',
    ],
    [
      'nb',
      'Kreml bekreftet 14. mars at president Putin mottok USAs spesialutsending Steve Witkoff i Moskva kvelden 13. mars.',
    ],
    ['de', 'Kellogg hatte zuvor angekündigt, sich eine Woche lang in Kiew aufzuhalten.'],
    ['sv', 'Regeringen meddelade på tisdagen att Sverige skickar ett nytt militärt stödpaket till Ukraina.'],
    ['en', 'The Prime Minister said on Tuesday that the government would not raise taxes before the election.'],
    ['fi', 'Presidentti tapasi tiistaina Ukrainan presidentin Helsingissä ja keskusteli sodan tilanteesta.'],
    ['pl', 'Prezydent Ukrainy spotkał się we wtorek z premierem Polski, aby omówić dalszą pomoc wojskową.'],
    ['uk', 'Президент України зустрівся з прем’єр-міністром Польщі у вівторок у Києві.'],
    ['vi', 'Chiến sự Ukraine ngày 1.115: Ông Putin gửi tín hiệu riêng cho ông Trump - Ảnh 1.'],
  ])('%s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("says 'und' when there is nothing to go on", () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('12 345 / 2025')).toBe('und');
    expect(detectLanguage('https://example.com/a/b')).toBe('und');
  });

  it('never answers eld\'s "no": Norwegian is "nb"', () => {
    const guess = guessLanguage('Ukraina mister imidlertid gradvis sin fordel i møte med fiendens fremrykning.');
    expect(guess.lang).toBe('nb');
    expect(Object.keys(guess.scores)).not.toContain('no');
  });

  it('scores texts longer than the detector window piece by piece', () => {
    const danish =
      'Rusland annekterede Krim fra Ukraine i 2014, og i det østlige Ukraine er kampe taget til i styrke. ';
    const guess = guessLanguage(danish.repeat(30));
    expect(guess.lang).toBe('da');
    expect(guess.reliable).toBe(true);
  });
});

describe('passageLanguage', () => {
  it('a short passage keeps the article language even when detected as a close language', () => {
    // eld reads this Norwegian subheading of seed 003 as Danish.
    const guess = guessLanguage('Trump vil at Putin skal spare ukrainske tropper i Kursk.');
    expect(guess.lang).toBe('da');
    expect(passageLanguage(guess, 'nb')).toBe('nb');
  });

  it('a passage in an unrelated language gets its own language once it has some letters', () => {
    expect(
      passageLanguage(guessLanguage('"We will stand with Ukraine for as long as it takes," she said.'), 'da'),
    ).toBe('en');
    expect(passageLanguage(guessLanguage('Thank you!'), 'da')).toBe('da');
  });

  it('an undetermined article lets reliable passages speak for themselves', () => {
    expect(
      passageLanguage(
        guessLanguage('Kellogg hatte zuvor angekündigt, sich eine Woche lang in Kiew aufzuhalten.'),
        'und',
      ),
    ).toBe('de');
  });

  it('close-language groups', () => {
    expect(areCloseLanguages('da', 'nb')).toBe(true);
    expect(areCloseLanguages('sv', 'nb')).toBe(true);
    expect(areCloseLanguages('da', 'de')).toBe(false);
    expect(areCloseLanguages('vi', 'nb')).toBe(false);
  });
});
