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

/** Bits of what an element met on the walk means, per tag; a tag with neither INLINE nor SKIPPED is a block. */
const INLINE = 1;
/** A block whose subtree is never read (a skipped tag, or `<br>`). */
const SKIPPED = 2;
/**
 * The element may host a shadow root: `attachShadow` (and declarative shadow DOM) only accept these
 * tags and custom elements (a name with a hyphen), so no other element's `shadowRoot` is read.
 */
const MAY_HOST = 4;
const SHADOW_HOST_TAGS = [
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
];

/** What each known tag means for the text around it (INLINE, SKIPPED, MAY_HOST); one lookup per element. */
const KIND_OF_TAG = new Map<string, number>();
for (const tag of INLINE_TAGS) KIND_OF_TAG.set(tag, INLINE);
for (const tag of [...SKIPPED_TAGS, 'br']) KIND_OF_TAG.set(tag, SKIPPED);
for (const tag of SHADOW_HOST_TAGS) KIND_OF_TAG.set(tag, (KIND_OF_TAG.get(tag) ?? 0) | MAY_HOST);

/** The kind bits of an element's tag: an unknown tag is a block, and may host when it is a custom element's. */
function kindOf(tag: string): number {
  return KIND_OF_TAG.get(tag) ?? (tag.includes('-') ? MAY_HOST : 0);
}

/**
 * The attribute half of {@link isSkippedElement} as a selector: one native query per walk finds the
 * few hidden or editable elements, instead of reading three attributes of every element from script.
 */
const SKIPPED_BY_ATTRIBUTE = '[hidden],[aria-hidden="true"],[contenteditable]:not([contenteditable="false" i])';

/** True when `text` has a character that is not JavaScript white space (what `/\S/` tests). */
export function hasNonSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) {
      if (c !== 0x20 && (c < 0x09 || c > 0x0d)) return true;
    } else if (c < 0xa0) return true;
    else if (
      c !== 0xa0 &&
      c !== 0x1680 &&
      !(c >= 0x2000 && c <= 0x200a) &&
      c !== 0x2028 &&
      c !== 0x2029 &&
      c !== 0x202f &&
      c !== 0x205f &&
      c !== 0x3000 &&
      c !== 0xfeff
    )
      return true;
  }
  return false;
}

/**
 * The text runs under `root` (inclusive) in document order, one per {@link TextRunWalker.next} so the
 * caller can stop between runs to keep each task short. `onShadowRoot` is told of every open shadow
 * root met; each is walked after the rest, as its own scope. Walks the live DOM: later changes are the
 * MutationObserver's business.
 *
 * Built for a cold start (every frame of every page runs it once, before the JavaScript engine has
 * optimised anything): the browser's own TreeWalker does the stepping, hidden and editable elements
 * are found by one selector query, and each node costs a few property reads; no generator, no regular
 * expression. A run ends where a block element, a `<br>` or a skipped non-inline element comes between
 * two text nodes, or where the next text belongs to another block.
 */
export class TextRunWalker {
  private walker: TreeWalker | null = null;
  /** Elements under the root that are hidden or editable by attribute (see {@link SKIPPED_BY_ATTRIBUTE}). */
  private skippedByAttribute: Set<Element> | null = null;
  private readonly shadows: ShadowRoot[] = [];
  private shadowsWalked = 0;
  /** The walk of the shadow root being walked after the rest. */
  private inner: TextRunWalker | null = null;
  /** Runs ready to hand out (the pieces of a very long text node). */
  private ready: TextRun[] = [];
  // The run being built.
  private nodes: Text[] = [];
  private starts: number[] = [];
  private text = '';
  private hasContent = false;
  private block: Node;
  /** A block boundary was passed since the last text node. */
  private boundary = true;
  // Sibling text nodes share a parent: its block is looked up once.
  private lastParent: Node | null = null;
  private lastBlock: Node;
  /** The root the walker started from, and the block of text directly in it. */
  private readonly top: Node;
  private topBlock: Node | null = null;
  /**
   * The block of each inline element met (noted when the walk enters it, from its parent's): text in
   * an element not here is in that element's own block, so no text node climbs its ancestors.
   */
  private readonly blockOfInline = new Map<Node, Node>();

  constructor(
    root: Node,
    private readonly onShadowRoot?: (shadow: ShadowRoot) => void,
  ) {
    this.block = root;
    this.lastBlock = root;
    this.top = root;
    if (root.nodeType === 1 && isInSkippedRegion(root)) return;
    // A document being edited as a whole (designMode) belongs to the user.
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    if (!doc || doc.designMode === 'on') return;
    if (root.nodeType === 3) root = root.parentNode ?? root;
    this.block = root;
    this.lastBlock = root;
    this.top = root;
    this.walker = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */ | 4 /* SHOW_TEXT */);
    const query = (root as ParentNode).querySelectorAll;
    if (typeof query === 'function') {
      const found = (root as ParentNode).querySelectorAll(SKIPPED_BY_ATTRIBUTE);
      if (found.length > 0) this.skippedByAttribute = new Set(found);
    }
  }

  /** The next run, or null when the walk (shadow roots included) is done. */
  next(): TextRun | null {
    if (this.ready.length > 0) return this.ready.shift()!;
    if (this.walker) {
      const run = this.step();
      if (run) return run;
    }
    for (;;) {
      const run = this.inner?.next();
      if (run) return run;
      const shadow = this.shadows[this.shadowsWalked++];
      if (!shadow) return null;
      this.inner = new TextRunWalker(shadow, this.onShadowRoot);
    }
  }

  /** The block of the text (or inline element) directly in `parent`, an element the walk entered or its root. */
  private blockOfParent(parent: Node): Node {
    const block = this.blockOfInline.get(parent);
    if (block) return block;
    if (parent !== this.top) return parent;
    this.topBlock ??= blockAbove(parent);
    return this.topBlock;
  }

  /** The finished run, and a fresh one begun. */
  private take(): TextRun | null {
    const run = this.hasContent ? { block: this.block, nodes: this.nodes, starts: this.starts, text: this.text } : null;
    this.nodes = [];
    this.starts = [];
    this.text = '';
    this.hasContent = false;
    return run;
  }

  /** Walks the light tree until a run is complete; null at its end (the last run is returned before). */
  private step(): TextRun | null {
    const walker = this.walker!;
    const skippedByAttribute = this.skippedByAttribute;
    let boundary = this.boundary;
    let node: Node | null = walker.nextNode();
    while (node) {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (data.length > 0) {
          const parent = node.parentNode!;
          if (parent !== this.lastParent) {
            this.lastParent = parent;
            this.lastBlock = this.blockOfParent(parent);
          }
          const textBlock = this.lastBlock;
          if (data.length > MAX_RUN_CHARS) {
            // A whole book in one text node (a plain-text document): matched in pieces.
            const run = this.take();
            if (run) this.ready.push(run);
            for (const [from, to] of pieces(data)) {
              const piece = data.slice(from, to);
              if (hasNonSpace(piece))
                this.ready.push({ block: textBlock, nodes: [node as Text], starts: [-from], text: piece });
            }
            this.boundary = true;
            if (this.ready.length > 0) return this.ready.shift()!;
            boundary = true;
          } else {
            let done: TextRun | null = null;
            if (boundary || textBlock !== this.block || this.text.length + data.length > MAX_RUN_CHARS) {
              done = this.take();
              this.block = textBlock;
              boundary = false;
            }
            this.nodes.push(node as Text);
            this.starts.push(this.text.length);
            this.text += data;
            if (!this.hasContent && hasNonSpace(data)) this.hasContent = true;
            if (done) {
              this.boundary = boundary;
              return done;
            }
          }
        }
        node = walker.nextNode();
        continue;
      }
      const el = node as Element;
      const kind = kindOf(el.localName);
      if ((kind & INLINE) === 0) boundary = true;
      if ((kind & SKIPPED) !== 0 || skippedByAttribute?.has(el)) {
        // Past this element's subtree: its next sibling, or the next sibling of an ancestor. A skipped
        // inline element (a hidden <span>) leaves the text around it one run.
        node = walker.nextSibling();
        while (!node && walker.parentNode()) node = walker.nextSibling();
        continue;
      }
      if ((kind & INLINE) !== 0) this.blockOfInline.set(el, this.blockOfParent(el.parentNode!));
      const shadow = (kind & MAY_HOST) !== 0 ? el.shadowRoot : null;
      if (shadow) {
        boundary = true;
        this.onShadowRoot?.(shadow);
        this.shadows.push(shadow);
      }
      node = walker.nextNode();
    }
    // The light tree is done (the walker's position is not to be stepped from again).
    this.walker = null;
    return this.take();
  }
}

/** The runs of a {@link TextRunWalker} as an iterable (tests and one-off walks). */
export function* walkTextRuns(root: Node, onShadowRoot?: (shadow: ShadowRoot) => void): Generator<TextRun> {
  const walker = new TextRunWalker(root, onShadowRoot);
  for (let run = walker.next(); run; run = walker.next()) yield run;
}
