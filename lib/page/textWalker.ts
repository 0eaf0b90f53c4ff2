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
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'OPTGROUP',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'RT',
  'RP',
  'SVG',
  'MATH',
  'CODE',
  'KBD',
  'SAMP',
  'XMP',
  'PLAINTEXT',
  'DATALIST',
  FACTLIGHT_HOST_TAG.toUpperCase(),
]);

/** Inline elements: text flows through them, so a name may span several of them. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'RUBY',
  'S',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
  'BIG',
]);

/** Longest run handed to the matcher at once, so one enormous block cannot make a long task. */
const MAX_RUN_CHARS = 20_000;

function tagOf(el: Element): string {
  // localName is lower case for HTML and as written for SVG/MathML; compare upper case.
  return el.localName.toUpperCase();
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

/**
 * Yields the text runs under `root` (inclusive) in document order, one at a time so the caller can
 * stop between runs to keep each task short. `onShadowRoot` is told of every open shadow root met.
 * A generator over the live DOM: later changes are the MutationObserver's business.
 */
export function* walkTextRuns(root: Node, onShadowRoot?: (shadow: ShadowRoot) => void): Generator<TextRun> {
  if (root.nodeType === 1 && isInSkippedRegion(root)) return;
  // A document being edited as a whole (designMode) belongs to the user.
  if ((root.nodeType === 9 ? (root as Document) : root.ownerDocument)?.designMode === 'on') return;
  if (root.nodeType === 3) {
    root = root.parentNode ?? root;
  }
  let nodes: Text[] = [];
  let starts: number[] = [];
  let parts: string[] = [];
  let length = 0;
  let block: Node = blockOf(root);

  function* flush(): Generator<TextRun> {
    if (nodes.length > 0 && /\S/.test(parts.join(''))) {
      yield { block, nodes, starts, text: parts.join('') };
    }
    nodes = [];
    starts = [];
    parts = [];
    length = 0;
  }

  // Iterative depth-first walk; `exit` markers close a block element after its children.
  const stack: { node: Node; exit: boolean; block: Node }[] = [{ node: root, exit: false, block: blockOf(root) }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    const node = item.node;
    if (item.exit) {
      yield* flush();
      block = item.block;
      continue;
    }
    if (node.nodeType === 3) {
      const text = (node as Text).data;
      if (text.length === 0) continue;
      if (text.length > MAX_RUN_CHARS) {
        // A whole book in one text node (a plain-text document): matched in pieces.
        yield* flush();
        for (const [from, to] of pieces(text)) {
          const piece = text.slice(from, to);
          if (/\S/.test(piece)) yield { block: item.block, nodes: [node as Text], starts: [-from], text: piece };
        }
        continue;
      }
      if (nodes.length === 0) block = item.block;
      else if (length + text.length > MAX_RUN_CHARS) {
        yield* flush();
        block = item.block;
      }
      nodes.push(node as Text);
      starts.push(length);
      parts.push(text);
      length += text.length;
      continue;
    }
    let children: Node | null = null;
    let childBlock = item.block;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isSkippedElement(el)) {
        // A skipped element still separates the text around it.
        if (!isInlineElement(el)) yield* flush();
        continue;
      }
      if (tagOf(el) === 'BR') {
        yield* flush();
        continue;
      }
      const inline = isInlineElement(el);
      const shadow = el.shadowRoot;
      if (shadow) {
        onShadowRoot?.(shadow);
        yield* flush();
        // The shadow tree is walked after this element's light children, as its own scope.
        stack.push({ node: el, exit: true, block: item.block });
        stack.push({ node: shadow, exit: false, block: shadow });
      } else if (!inline && node !== root) {
        yield* flush();
        stack.push({ node: el, exit: true, block: item.block });
      }
      if (!inline) childBlock = el;
      children = el.lastChild;
    } else if (node.nodeType === 9 || node.nodeType === 11) {
      yield* flush();
      childBlock = node;
      children = node.lastChild;
    }
    // Push children last-first so they pop in document order.
    for (let child = children; child; child = child.previousSibling) {
      if (child.nodeType === 1 || child.nodeType === 3) stack.push({ node: child, exit: false, block: childBlock });
    }
  }
  yield* flush();
}
