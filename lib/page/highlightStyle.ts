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
  return isDefaultStyle(style) ? DEFAULT_HIGHLIGHT_CSS : highlightCss(style);
}

/** True for the default look, which the manifest's content stylesheet already paints. */
function isDefaultStyle(style: HighlightStyle): boolean {
  return (
    style.mode === DEFAULT_HIGHLIGHT_STYLE.mode &&
    HIGHLIGHT_TYPES.every((type) => style.colors[type] === DEFAULT_HIGHLIGHT_STYLE.colors[type])
  );
}

/**
 * One constructed stylesheet with the highlight rules, adopted by each open shadow root met
 * (document styles do not reach into shadow trees), and by the document only when the user's look
 * differs from the default: the manifest's content stylesheet paints the default there, and adopting
 * a sheet makes the browser recompute the style of the whole document (115–177 ms in one task on the
 * bench's 2 MB page). Adopted sheets are not part of the page's DOM, so the page's markup stays as it
 * was; {@link HighlightSheet.detach} takes the sheet back out everywhere.
 */
export class HighlightSheet {
  private sheet: CSSStyleSheet | null = null;
  private style: HighlightStyle;
  /** Documents met: they get the sheet while the look is not the default. */
  private readonly documents = new Set<Document>();
  private readonly adopted = new Set<Document | ShadowRoot>();

  constructor(style: HighlightStyle) {
    this.style = style;
  }

  /** New colours or mode, everywhere at once. */
  setStyle(style: HighlightStyle): void {
    this.style = style;
    this.sheet?.replaceSync(cssFor(style));
    for (const doc of this.documents) {
      if (isDefaultStyle(style)) this.remove(doc);
      else this.add(doc);
    }
  }

  /** Adds the sheet to a shadow root (once), or to a document when the look is not the default. */
  adopt(root: Document | ShadowRoot): void {
    if (root.nodeType === 9) {
      this.documents.add(root as Document);
      if (isDefaultStyle(this.style)) return;
    }
    this.add(root);
  }

  /** Takes the sheet out of every root that adopted it. */
  detach(): void {
    for (const root of [...this.adopted]) this.remove(root);
    this.documents.clear();
  }

  private add(root: Document | ShadowRoot): void {
    if (this.adopted.has(root) || typeof CSSStyleSheet !== 'function') return;
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(cssFor(this.style));
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    this.adopted.add(root);
  }

  private remove(root: Document | ShadowRoot): void {
    if (!this.adopted.delete(root)) return;
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
  }
}
