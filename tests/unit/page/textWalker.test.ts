// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockOf, isInSkippedRegion, walkTextRuns } from '@/lib/page/textWalker';

function runsOf(html: string): string[] {
  document.body.innerHTML = html;
  return [...walkTextRuns(document.body)].map((r) => r.text.replace(/\s+/g, ' ').trim());
}

describe('walkTextRuns', () => {
  it('joins text across inline elements into one run', () => {
    expect(runsOf('<p>Vladimir <b>Putin</b> talte.</p>')).toEqual(['Vladimir Putin talte.']);
  });

  it('splits runs at block elements and <br>', () => {
    expect(runsOf('<div>Vladimir<p>Putin</p>Biden<br>Zelenskyj</div>')).toEqual([
      'Vladimir',
      'Putin',
      'Biden',
      'Zelenskyj',
    ]);
  });

  it('skips code, form fields, editable regions and hidden elements', () => {
    const runs = runsOf(
      '<p>Putin</p><script>var Putin</script><style>.Putin{}</style><textarea>Putin</textarea>' +
        '<div contenteditable="true">Biden <b>Putin</b></div><div contenteditable="false">Kyiv</div>' +
        '<noscript>Putin</noscript><template><p>Putin</p></template><select><option>Putin</option></select>' +
        '<p hidden>Hidden Putin</p><factlight-card>Card Putin</factlight-card>',
    );
    expect(runs).toEqual(['Putin', 'Kyiv']);
  });

  it('maps every node to its offset in the run', () => {
    document.body.innerHTML = '<p>Joe <i>R.</i> <b>Biden</b> spoke</p>';
    const [run] = [...walkTextRuns(document.body)];
    expect(run).toBeDefined();
    for (let i = 0; i < run!.nodes.length; i++) {
      const node = run!.nodes[i]!;
      expect(run!.text.slice(run!.starts[i]!, run!.starts[i]! + node.data.length)).toBe(node.data);
    }
    expect(run!.block).toBe(document.querySelector('p'));
  });

  it('walks open shadow roots as their own scope and reports them', () => {
    document.body.innerHTML = '<div id="host">light</div>';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Olaf <b>Scholz</b></p><slot></slot>';
    const seen: ShadowRoot[] = [];
    const runs = [...walkTextRuns(document.body, (s) => seen.push(s))].map((r) => r.text);
    expect(runs).toContain('Olaf Scholz');
    expect(runs).toContain('light');
    expect(seen).toEqual([shadow]);
  });
});

describe('shadow roots', () => {
  it('are found on custom elements and on every tag that may host one', () => {
    document.body.innerHTML = '<ul><li><x-widget></x-widget></li></ul><p>a <span id="s"></span></p><article></article>';
    const hosts = [
      document.querySelector('x-widget')!,
      document.getElementById('s')!,
      document.querySelector('article')!,
    ];
    const shadows = hosts.map((host, i) => {
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = `<p>Kyiv ${i}</p>`;
      return shadow;
    });
    const seen: ShadowRoot[] = [];
    const runs = [...walkTextRuns(document.body, (s) => seen.push(s))].map((r) => r.text);
    expect(seen).toEqual(shadows);
    expect(runs).toEqual(['a ', 'Kyiv 0', 'Kyiv 1', 'Kyiv 2']);
  });
});

describe('regions', () => {
  it('finds the block of inline text and recognises editable ancestors', () => {
    document.body.innerHTML =
      '<div contenteditable><p>a <b id="b">b</b></p></div><section><span id="s">x</span></section>';
    expect(isInSkippedRegion(document.getElementById('b')!.firstChild!)).toBe(true);
    const s = document.getElementById('s')!;
    expect(isInSkippedRegion(s.firstChild!)).toBe(false);
    expect(blockOf(s.firstChild!)).toBe(document.querySelector('section'));
  });
});

describe('very long text nodes', () => {
  it('are matched in pieces that map back to the right node offsets', async () => {
    const { spansFromMatches } = await import('@/lib/page/spans');
    const { createStandInMatcher } = await import('./standInMatcher');
    const matcher = createStandInMatcher([{ id: 'kyiv', name: 'Kyiv', type: 'place', names: ['Kyiv'] }]);
    const line = 'en lang linje om byen Kyiv og andet.\n';
    const text = line.repeat(3_000); // about 110,000 characters in one node
    document.body.innerHTML = '<pre></pre>';
    document.querySelector('pre')!.textContent = text;
    const runs = [...walkTextRuns(document.body)];
    expect(runs.length).toBeGreaterThan(4);
    expect(runs.every((r) => r.text.length <= 20_000)).toBe(true);
    const spans = runs.flatMap((r) => spansFromMatches(r, matcher.match(r.text), () => 'place'));
    expect(spans).toHaveLength(3_000);
    for (const span of spans.slice(0, 50).concat(spans.slice(-50))) {
      expect(span.startNode.data.slice(span.startOffset, span.endOffset)).toBe('Kyiv');
    }
  });
});

describe('run boundaries', () => {
  it('a hidden inline element leaves one run; a hidden block, <br> or an empty block splits', () => {
    expect(runsOf('<p>Vladimir <span hidden>x</span>Putin</p>')).toEqual(['Vladimir Putin']);
    expect(runsOf('<div>Vladimir<div hidden>x</div>Putin</div>')).toEqual(['Vladimir', 'Putin']);
    expect(runsOf('<div>Vladimir<br>Putin</div>')).toEqual(['Vladimir', 'Putin']);
    expect(runsOf('<div>Vladimir<hr>Putin<p></p>Biden</div>')).toEqual(['Vladimir', 'Putin', 'Biden']);
    expect(runsOf('<div>Joe <b><i>R.</i></b> Biden<p>Kyiv</p>Moskva</div>')).toEqual([
      'Joe R. Biden',
      'Kyiv',
      'Moskva',
    ]);
  });

  it('skips the whole subtree of a skipped element and goes on after it', () => {
    expect(runsOf('<div><section hidden><p>a</p><p>b</p></section></div><p>Kyiv</p>')).toEqual(['Kyiv']);
    expect(runsOf('<div><p>a<script>x</script></p></div><p>Kyiv</p>')).toEqual(['a', 'Kyiv']);
  });
});
