/**
 * The highlight colours as CSS, from the user's display settings: one `::highlight()` rule per entity
 * type (underline or tinted background in the type's colour; a lighter shade when the browser is in
 * dark mode), plus the transient "reveal" flash and keyboard focus. The content script puts this
 * text in one constructed stylesheet shared by the document and every open shadow root, and
 * replaces the text when a setting changes, so open tabs follow at once. Pure text, tested in Node.
 */
import { DEFAULT_HIGHLIGHT_STYLE, HIGHLIGHT_TYPES, type HighlightStyle } from '../settings';
import { HIGHLIGHT_NAMES } from './painter';

/** `#rrggbb` mixed with white (`amount` 0..1): the dark-mode shade of a colour. */
export function lighten(hex: string, amount: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => {
    const c = (value >> shift) & 0xff;
    return Math.round(c + (255 - c) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(16)}${channel(8)}${channel(0)}`;
}

function typeRule(name: string, mode: HighlightStyle['mode'], color: string): string {
  // Every property is set (and important) so that the other mode's look, from the manifest's
  // stylesheet or an earlier setting, never shows through.
  return mode === 'background'
    ? `::highlight(${name}) { background-color: ${color}40 !important; text-decoration: none !important; }`
    : `::highlight(${name}) { background-color: transparent !important; text-decoration: underline 2px ${color} !important; }`;
}

/** The stylesheet text for `style`. */
export function highlightCss(style: HighlightStyle): string {
  const light: string[] = [];
  const dark: string[] = [];
  for (const type of HIGHLIGHT_TYPES) {
    const name = HIGHLIGHT_NAMES[type];
    const color = style.colors[type];
    light.push(typeRule(name, style.mode, color));
    dark.push(`  ${typeRule(name, style.mode, lighten(color, 0.45))}`);
  }
  return [
    ...light,
    `@media (prefers-color-scheme: dark) {\n${dark.join('\n')}\n}`,
    `::highlight(${HIGHLIGHT_NAMES.flash}) { background-color: #ff9f43; color: #111111; }`,
    `::highlight(${HIGHLIGHT_NAMES.focus}) { background-color: #ffb3c7; color: #111111; text-decoration: underline 2px; }`,
  ].join('\n');
}

const underline = (name: string, color: string) =>
  `::highlight(${name}) { background-color: transparent !important; text-decoration: underline 2px ${color} !important; }`;

/**
 * {@link highlightCss} of the default style, written out: nearly every frame uses the defaults, and
 * building the text there was a cost of every frame's start (cold code). A unit test keeps it equal.
 */
export const DEFAULT_HIGHLIGHT_CSS = [
  underline('factlight-1', '#1a73e8'),
  underline('factlight-2', '#188038'),
  underline('factlight-3', '#c5221f'),
  `@media (prefers-color-scheme: dark) {\n  ${underline('factlight-1', '#81b2f2')}\n  ${underline('factlight-2', '#80b992')}\n  ${underline('factlight-3', '#df8584')}\n}`,
  '::highlight(factlight-4) { background-color: #ff9f43; color: #111111; }',
  '::highlight(factlight-5) { background-color: #ffb3c7; color: #111111; text-decoration: underline 2px; }',
].join('\n');

/** The stylesheet text for `style`, without building it for the default style. */
function cssFor(style: HighlightStyle): string {
  const { mode, colors } = style;
  const isDefault =
    mode === DEFAULT_HIGHLIGHT_STYLE.mode &&
    HIGHLIGHT_TYPES.every((type) => colors[type] === DEFAULT_HIGHLIGHT_STYLE.colors[type]);
  return isDefault ? DEFAULT_HIGHLIGHT_CSS : highlightCss(style);
}

/**
 * One constructed stylesheet with the highlight rules, adopted by the document and by each open
 * shadow root met (document styles do not reach into shadow trees). Adopted sheets are not part of
 * the page's DOM, so the page's markup stays as it was; {@link HighlightSheet.detach} takes the sheet
 * back out everywhere.
 */
export class HighlightSheet {
  private readonly sheet: CSSStyleSheet | null;
  private readonly roots = new Set<Document | ShadowRoot>();

  constructor(style: HighlightStyle) {
    this.sheet = typeof CSSStyleSheet === 'function' ? new CSSStyleSheet() : null;
    this.sheet?.replaceSync(cssFor(style));
  }

  /** New colours or mode, everywhere at once. */
  setStyle(style: HighlightStyle): void {
    this.sheet?.replaceSync(cssFor(style));
  }

  /** Adds the sheet to a document or shadow root (once). */
  adopt(root: Document | ShadowRoot): void {
    if (!this.sheet || this.roots.has(root)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    this.roots.add(root);
  }

  /** Takes the sheet out of every root that adopted it. */
  detach(): void {
    for (const root of this.roots) {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
    }
    this.roots.clear();
  }
}
