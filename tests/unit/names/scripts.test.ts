/** Issue 13, more scripts: Arabic, Persian, Hebrew words; Chinese, Japanese, Korean substrings. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMatcherData } from '../../../lib/names/build';
import { createMatcher, type MatcherEntity } from '../../../lib/names/matcher';
import { uncasedKey } from '../../../lib/names/scripts';

const entities = JSON.parse(
  readFileSync(new URL('../../fixtures/names/entities.json', import.meta.url), 'utf8'),
) as MatcherEntity[];
// A corpus that spells Putin in Arabic, Hebrew and Japanese (as a user's may); the country names
// come from i18n-iso-countries at build time.
entities
  .find((e) => e.id === 'vladimir-putin')!
  .aliases.push(
    { text: 'فلاديمير بوتين', lang: 'ar', count: 1 },
    { text: 'ולדימיר פוטין', lang: 'he', count: 1 },
    { text: 'プーチン', lang: 'ja', count: 1 },
  );
const matcher = createMatcher(buildMatcherData(entities));
const names = (text: string) => matcher.match(text).map((s) => `${text.slice(s.start, s.end)}=${s.entityId}`);

describe('names in scripts without capitals', () => {
  it('normalises Arabic and Persian letters and drops vowel marks', () => {
    expect(uncasedKey('أُوكْرَانِيَا')).toBe(uncasedKey('اوكرانيا'));
    expect(uncasedKey('ایران')).toBe(uncasedKey('ايران'));
    expect(uncasedKey('Putin')).toBe('');
  });

  it('finds Arabic names, full and with proclitics and the article', () => {
    expect(names('قال الرئيس الروسي فلاديمير بوتين إن روسيا مستعدة للحوار مع أوكرانيا والولايات المتحدة.')).toEqual([
      'فلاديمير بوتين=vladimir-putin',
      'روسيا=rusland',
      'أوكرانيا=ukraine',
      'والولايات المتحدة=usa',
    ]);
    expect(names('وقال بوتين لأوكرانيا')).toEqual(['بوتين=vladimir-putin', 'لأوكرانيا=ukraine']);
  });

  it('finds Hebrew names with their prefixed letters', () => {
    expect(names('פוטין נפגש עם נשיא ארצות הברית ואמר שאוקראינה')).toEqual([
      'פוטין=vladimir-putin',
      'ארצות הברית=usa',
      'שאוקראינה=ukraine',
    ]);
  });

  it('finds Chinese, Japanese and Korean names inside unspaced text, longest first', () => {
    expect(names('ロシアのプーチン大統領はウクライナとの交渉について語った。')).toEqual([
      'ロシア=rusland',
      'プーチン=vladimir-putin',
      'ウクライナ=ukraine',
    ]);
    expect(names('白俄罗斯和俄罗斯总统讨论乌克兰问题。')).toEqual([
      '白俄罗斯=belarus',
      '俄罗斯=rusland',
      '乌克兰=ukraine',
    ]);
    expect(names('러시아는 우크라이나와 협상했다.')).toEqual(['러시아=rusland', '우크라이나=ukraine']);
    // Not inside another Korean word, nor inside a longer katakana word.
    expect(names('사랑이란 무엇인가')).toEqual([]);
    expect(names('イランイランの香り')).toEqual([]);
  });
});
