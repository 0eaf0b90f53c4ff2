/**
 * Finds the page's visible text in runs: the text of consecutive text nodes not separated by a
 * block boundary, so "Vladimir <b>Putin</b>" is one run "Vladimir Putin". Skips code, form fields,
 * editable regions and Factlight's own UI; walks open shadow roots (each is its own run scope).
 */

/**
 * A run of text: `text` is the concatenation of `nodes`, `starts[i]` the offset of `nodes[i]` in
 * it. A piece of one very long text node is a run of its own whose single start is negative
 * (minus the piece's offset in the node), so offsets still map with `offset - starts[i]`.
 */
export interface TextRun {
  /** The nearest block-level ancestor (or shadow root / document) that owns the run. */
  block: Node;
  nodes: Text[];
  starts: number[];
  text: string;
}

/** The tag name of the host element of Factlight's card (kebab-case custom element). */
export const FACTLIGHT_HOST_TAG = 'factlight-card';

/** Elements whose content is never page prose, or belongs to the user (form fields). */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'iframe',
  'frame',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'rt',
  'rp',
  'svg',
  'math',
  'code',
  'kbd',
  'samp',
  'xmp',
  'plaintext',
  'datalist',
  FACTLIGHT_HOST_TAG,
]);

/** Inline elements: text flows through them, so a name may span several of them. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  'ruby',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'big',
]);

/** Longest run handed to the matcher at once, so one enormous block cannot make a long task. */
const MAX_RUN_CHARS = 20_000;

/**
 * The element's name for the sets above: `localName`, which is lower case for HTML elements (and
 * `svg` and `math` themselves), so no string is made per element on the walk's hot path.
 */
function tagOf(el: Element): string {
  return el.localName;
}

/** True for an element whose subtree Factlight must not read or mark. */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(tagOf(el))) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  // Hidden by the page; the browser would not render it anyway.
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return false;
}

/** True for elements text flows through without a break. */
export function isInlineElement(el: Element): boolean {
  return INLINE_TAGS.has(tagOf(el));
}

/** Cuts a long text into pieces of at most {@link MAX_RUN_CHARS}, at a line break or space. */
export function pieces(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(from + MAX_RUN_CHARS, text.length);
    if (to < text.length) {
      const window = text.slice(to - 2_000, to);
      const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf(' '));
      if (cut > 0) to = to - 2_000 + cut + 1;
    }
    out.push([from, to]);
    from = to;
  }
  return out;
}

/** The parent in the composed sense: a shadow root's host, else the parent node. */
function composedParent(node: Node): Node | null {
  if (node.parentNode) return node.parentNode;
  const host = (node as ShadowRoot).host;
  return host ?? null;
}

/**
 * True when `node` lies inside a region Factlight skips (or is not in a document at all). Used to
 * ignore mutations in editors and form fields cheaply.
 */
export function isInSkippedRegion(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  for (let at: Node | null = node.nodeType === 1 ? node : node.parentNode; at; at = composedParent(at)) {
    if (at.nodeType === 1 && isSkippedElement(at as Element)) return true;
  }
  return false;
}

/** The block that owns the text of `node`: nearest non-inline element, shadow root or document. */
export function blockOf(node: Node): Node {
  let at: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (at) {
    if (at.nodeType !== 1) return at; // document, document fragment or shadow root
    if (!isInlineElement(at as Element)) return at;
    at = at.parentNode;
  }
  return node;
}

/** Attribute checks of {@link isSkippedElement}, for an element that has attributes at all. */
function skippedByAttributes(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/** The nearest block of a text node's parent: itself unless inline, else the first non-inline above. */
function blockAbove(parent: Node): Node {
  let at: Node = parent;
  while (at.nodeType === 1 && INLINE_TAGS.has(tagOf(at as Element))) {
    const up = at.parentNode;
    if (!up) break;
    at = up;
  }
  return at;
}

/**
 * Yields the text runs under `root` (inclusive) in document order, one at a time so the caller can
 * stop between runs to keep each task short. `onShadowRoot` is told of every open shadow root met;
 * each is walked after the rest, as its own scope. A generator over the live DOM: later changes are
 * the MutationObserver's business.
 *
 * Built for a cold start (every frame of every page runs it once, before the JavaScript engine has
 * optimised anything): the browser's own TreeWalker does the stepping, and each node costs a few
 * property reads. A run ends where a block element, a `<br>` or a skipped non-inline element comes
 * between two text nodes, or where the next text belongs to another block.
 */
export function* walkTextRuns(root: Node, onShadowRoot?: (shadow: ShadowRoot) => void): Generator<TextRun> {
  if (root.nodeType === 1 && isInSkippedRegion(root)) return;
  // A document being edited as a whole (designMode) belongs to the user.
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc || doc.designMode === 'on') return;
  if (root.nodeType === 3) root = root.parentNode ?? root;
  const shadows: ShadowRoot[] = [];
  const walker = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */ | 4 /* SHOW_TEXT */);

  let nodes: Text[] = [];
  let starts: number[] = [];
  let text = '';
  let hasContent = false;
  let block: Node = root;
  /** A block boundary was passed since the last text node. */
  let boundary = true;
  const take = (): TextRun | null => {
    const run = hasContent ? { block, nodes, starts, text } : null;
    nodes = [];
    starts = [];
    text = '';
    hasContent = false;
    return run;
  };

  // Sibling text nodes share a parent: its block is looked up once.
  let lastParent: Node | null = null;
  let lastBlock: Node = root;
  let node: Node | null = walker.nextNode();
  while (node) {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length > 0) {
        const parent = node.parentNode!;
        if (parent !== lastParent) {
          lastParent = parent;
          lastBlock = blockAbove(parent);
        }
        const textBlock = lastBlock;
        if (data.length > MAX_RUN_CHARS) {
          // A whole book in one text node (a plain-text document): matched in pieces.
          const run = take();
          if (run) yield run;
          for (const [from, to] of pieces(data)) {
            const piece = data.slice(from, to);
            if (/\S/.test(piece)) yield { block: textBlock, nodes: [node as Text], starts: [-from], text: piece };
          }
          boundary = true;
        } else {
          if (boundary || textBlock !== block || text.length + data.length > MAX_RUN_CHARS) {
            const run = take();
            if (run) yield run;
            block = textBlock;
            boundary = false;
          }
          nodes.push(node as Text);
          starts.push(text.length);
          text += data;
          if (!hasContent && /\S/.test(data)) hasContent = true;
        }
      }
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    const tag = tagOf(el);
    const inline = INLINE_TAGS.has(tag);
    if (!inline) boundary = true;
    if (SKIPPED_TAGS.has(tag) || (el.hasAttributes() && skippedByAttributes(el)) || tag === 'br') {
      // Past this element's subtree: its next sibling, or the next sibling of an ancestor. A skipped
      // inline element (a hidden <span>) leaves the text around it one run.
      if (tag === 'br') boundary = true;
      node = walker.nextSibling();
      while (!node && walker.parentNode()) node = walker.nextSibling();
      continue;
    }
    const shadow = el.shadowRoot;
    if (shadow) {
      boundary = true;
      onShadowRoot?.(shadow);
      shadows.push(shadow);
    }
    node = walker.nextNode();
  }
  const last = take();
  if (last) yield last;
  for (const shadow of shadows) yield* walkTextRuns(shadow, onShadowRoot);
}
