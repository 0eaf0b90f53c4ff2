// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guard } from '@/lib/page/guard';
import { DEFAULT_HIGHLIGHT_CSS, highlightCss, lighten } from '@/lib/page/highlightStyle';
import { SessionTimer } from '@/lib/page/timers';
import { DEFAULT_HIGHLIGHT_STYLE } from '@/lib/settings';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('guard', () => {
  it('returns the value, or undefined and a debug log when the work throws', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    expect(guard(() => 3)).toBe(3);
    expect(
      guard(() => {
        throw new Error('boom');
      }),
    ).toBeUndefined();
    expect(debug).toHaveBeenCalledWith('Factlight:', expect.any(Error));
  });
});

describe('SessionTimer', () => {
  it('throttles with schedule, debounces with restart, and the abort cancels what waits', () => {
    vi.useFakeTimers();
    const abort = new AbortController();
    const timer = new SessionTimer(abort.signal);
    const runs: string[] = [];
    timer.schedule(100, () => runs.push('a'));
    timer.schedule(100, () => runs.push('b')); // already pending: ignored
    vi.advanceTimersByTime(100);
    expect(runs).toEqual(['a']);
    timer.restart(100, () => runs.push('c'));
    vi.advanceTimersByTime(50);
    timer.restart(100, () => runs.push('d')); // replaces c
    vi.advanceTimersByTime(100);
    expect(runs).toEqual(['a', 'd']);
    timer.restart(100, () => runs.push('e'));
    expect(timer.pending).toBe(true);
    abort.abort();
    expect(timer.pending).toBe(false);
    vi.advanceTimersByTime(200);
    timer.restart(10, () => runs.push('f')); // after the session ended: never runs
    vi.advanceTimersByTime(20);
    expect(runs).toEqual(['a', 'd']);
  });

  it('a callback that throws does not reach the caller', () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const timer = new SessionTimer(new AbortController().signal);
    timer.restart(10, () => {
      throw new Error('boom');
    });
    expect(() => vi.advanceTimersByTime(20)).not.toThrow();
  });
});

describe('highlightCss', () => {
  it('the written-out default stylesheet is the default style built', () => {
    expect(DEFAULT_HIGHLIGHT_CSS).toBe(highlightCss(DEFAULT_HIGHLIGHT_STYLE));
  });

  it('underlines in the type colour, lighter under dark mode', () => {
    const css = highlightCss(DEFAULT_HIGHLIGHT_STYLE);
    expect(css).toContain(
      '::highlight(factlight-1) { background-color: transparent !important; text-decoration: underline 2px #1a73e8 !important; }',
    );
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{[\s\S]*underline 2px #81b2f2/);
  });

  it('tints the background in background mode', () => {
    const css = highlightCss({
      mode: 'background',
      colors: { person: '#aa0000', place: '#00aa00', organisation: '#0000aa' },
    });
    expect(css).toContain(
      '::highlight(factlight-2) { background-color: #00aa0040 !important; text-decoration: none !important; }',
    );
  });

  it('lighten mixes with white', () => {
    expect(lighten('#000000', 0.5)).toBe('#808080');
    expect(lighten('#ffffff', 0.3)).toBe('#ffffff');
    expect(lighten('#1a73e8', 0)).toBe('#1a73e8');
  });
});
