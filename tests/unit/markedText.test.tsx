// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { MarkedText, segmentText } from '@/lib/ui/MarkedText';

describe('segmentText', () => {
  it('splits into plain and marked runs', () => {
    expect(segmentText('Zelenskyj besøgte Kursk', [[18, 23]])).toEqual([
      { text: 'Zelenskyj besøgte ', marked: false },
      { text: 'Kursk', marked: true },
    ]);
  });
  it('merges overlapping, unsorted and out-of-range marks', () => {
    expect(
      segmentText('abcdefgh', [
        [5, 99],
        [1, 3],
        [2, 4],
        [-3, 0],
      ]),
    ).toEqual([
      { text: 'a', marked: false },
      { text: 'bcd', marked: true },
      { text: 'e', marked: false },
      { text: 'fgh', marked: true },
    ]);
  });
  it('returns the whole text when there are no marks', () => {
    expect(segmentText('abc')).toEqual([{ text: 'abc', marked: false }]);
    expect(segmentText('', [[0, 2]])).toEqual([]);
  });
});

describe('MarkedText', () => {
  it('renders markup-looking text as text, with <mark> around ranges', () => {
    const host = document.createElement('div');
    render(<MarkedText text={'<img src=x onerror=alert(1)> Kursk'} marks={[[29, 34]]} markClass="hit" />, host);
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toBe('<img src=x onerror=alert(1)> Kursk');
    const marks = host.querySelectorAll('mark');
    expect(marks.length).toBe(1);
    expect(marks[0]!.textContent).toBe('Kursk');
    expect(marks[0]!.className).toBe('hit');
  });
});
