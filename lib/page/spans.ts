/**
 * The highlights Factlight keeps on a page: one span per found name, indexed by the block that
 * owns it (to replace a block's spans on rescan) and by each text node it touches (to hit-test
 * the pointer and to drop spans whose text changed). Pure bookkeeping, no painting.
 */
import type { EntityType } from '../bundle/schema';
import type { NameSpan } from '../names/matcher';
import type { TextRun } from './textWalker';

/** One highlighted name. Its StaticRange is only valid while its text nodes are unchanged. */
export interface Span {
  entityId: string;
  type: EntityType;
  block: Node;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  /** The range handed to the highlight registry (created by the painter). */
  range?: AbstractRange;
}

/** Index of the last node whose start is <= offset (binary search; a single node may start below 0). */
function nodeIndexAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps matches in a run's text back to text nodes and offsets. */
export function spansFromMatches(
  run: TextRun,
  matches: NameSpan[],
  typeOf: (entityId: string) => EntityType | undefined,
): Span[] {
  const spans: Span[] = [];
  for (const m of matches) {
    const type = typeOf(m.entityId);
    if (!type || !(m.end > m.start) || m.start < 0 || m.end > run.text.length) continue;
    const startIndex = nodeIndexAt(run.starts, m.start);
    // The end belongs to the node holding its last character, so a name never ends at offset 0.
    const endIndex = nodeIndexAt(run.starts, m.end - 1);
    const startNode = run.nodes[startIndex]!;
    const endNode = run.nodes[endIndex]!;
    spans.push({
      entityId: m.entityId,
      type,
      block: run.block,
      startNode,
      startOffset: m.start - run.starts[startIndex]!,
      endNode,
      endOffset: m.end - run.starts[endIndex]!,
    });
  }
  return spans;
}

/**
 * All spans of a page, with the two indexes. The index by text node is built on its first use (the
 * pointer's first move over the page, or the first change to a text with names): a page's first pass
 * adds every span at once, and most of them are never looked up by node.
 */
export class SpanStore {
  private byBlock = new Map<Node, Span[]>();
  private byText: Map<Text, Span[]> | null = null;

  /** Number of spans. */
  get size(): number {
    let n = 0;
    for (const list of this.byBlock.values()) n += list.length;
    return n;
  }

  /** Adds spans (of one run: consecutive spans of one block share one index lookup). */
  add(spans: Span[]): void {
    let block: Node | null = null;
    let list: Span[] | undefined;
    const byText = this.byText;
    for (const span of spans) {
      if (span.block !== block) {
        block = span.block;
        list = this.byBlock.get(block);
        if (!list) this.byBlock.set(block, (list = []));
      }
      list!.push(span);
      if (byText) indexText(byText, span);
    }
  }

  /** The index by text node, built now if it was not yet. */
  private textIndex(): Map<Text, Span[]> {
    if (!this.byText) {
      const byText = new Map<Text, Span[]>();
      for (const list of this.byBlock.values()) for (const span of list) indexText(byText, span);
      this.byText = byText;
    }
    return this.byText;
  }

  private unindexText(node: Text, span: Span): void {
    const list = this.byText?.get(node);
    if (!list) return;
    const i = list.indexOf(span);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.byText!.delete(node);
  }

  /** Removes one span from both indexes. */
  remove(span: Span): void {
    const list = this.byBlock.get(span.block);
    if (list) {
      const i = list.indexOf(span);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.byBlock.delete(span.block);
    }
    if (!this.byText) return;
    this.unindexText(span.startNode, span);
    if (span.endNode !== span.startNode) this.unindexText(span.endNode, span);
  }

  /** Removes and returns the spans of one block. */
  removeBlock(block: Node): Span[] {
    const list = this.byBlock.get(block);
    if (!list) return [];
    this.byBlock.delete(block);
    if (this.byText) {
      for (const span of list) {
        this.unindexText(span.startNode, span);
        if (span.endNode !== span.startNode) this.unindexText(span.endNode, span);
      }
    }
    return list;
  }

  /** Removes and returns the spans of every block that is `root` or inside it. */
  removeWithin(root: Node): Span[] {
    const removed: Span[] = [];
    for (const [block, list] of [...this.byBlock]) {
      if (block === root || root.contains(block) || containsAcrossShadow(root, block)) {
        for (const span of [...list]) {
          this.remove(span);
          removed.push(span);
        }
      }
    }
    return removed;
  }

  /** Removes and returns the spans `drop` picks. */
  removeWhere(drop: (span: Span) => boolean): Span[] {
    const removed = [...this.all()].filter(drop);
    for (const span of removed) this.remove(span);
    return removed;
  }

  /** Removes and returns the spans touching a text node (its text changed or it left the page). */
  removeTouching(node: Text): Span[] {
    const list = this.textIndex().get(node);
    if (!list) return [];
    const removed = [...list];
    for (const span of removed) this.remove(span);
    return removed;
  }

  /**
   * Removes and returns the spans of the blocks in subtrees that left the page. Walks the subtrees
   * (the cost follows the page's own change); when they hold many more elements than the store
   * has blocks, checking every span is cheaper and is done instead.
   */
  removeUnder(roots: Node[]): Span[] {
    if (roots.length === 0 || this.byBlock.size === 0) return [];
    const removed: Span[] = [];
    let budget = 4 * this.byBlock.size + 64;
    const take = (node: Node) => {
      if (this.byBlock.has(node)) removed.push(...this.removeBlock(node));
    };
    for (const root of roots) {
      const stack: Node[] = [root];
      while (stack.length > 0) {
        if (--budget < 0) return [...removed, ...this.removeDisconnected()];
        const node = stack.pop()!;
        take(node);
        const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
        if (shadow) stack.push(shadow);
        for (let child = node.firstChild; child; child = child.nextSibling) {
          if (child.nodeType === 1) stack.push(child);
        }
      }
    }
    return removed;
  }

  /** Removes and returns spans whose block or text nodes are no longer in the document. */
  removeDisconnected(): Span[] {
    const removed: Span[] = [];
    for (const list of [...this.byBlock.values()]) {
      for (const span of [...list]) {
        if (!span.block.isConnected || !span.startNode.isConnected || !span.endNode.isConnected) {
          this.remove(span);
          removed.push(span);
        }
      }
    }
    return removed;
  }

  /** Spans touching a text node. */
  touching(node: Text): readonly Span[] {
    return this.textIndex().get(node) ?? [];
  }

  /** Every span, in no particular order. */
  *all(): Generator<Span> {
    for (const list of this.byBlock.values()) yield* list;
  }

  /** Each block with its spans. */
  blocks(): IterableIterator<[Node, readonly Span[]]> {
    return this.byBlock.entries();
  }

  /** Mentions per entity id. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const span of this.all()) counts[span.entityId] = (counts[span.entityId] ?? 0) + 1;
    return counts;
  }

  /** Forgets everything; returns what was there. */
  clear(): Span[] {
    const all = [...this.all()];
    this.byBlock.clear();
    this.byText = null;
    return all;
  }
}

/** Adds a span to an index by text node, under its first and (when another) its last node. */
function indexText(byText: Map<Text, Span[]>, span: Span): void {
  let list = byText.get(span.startNode);
  if (!list) byText.set(span.startNode, (list = []));
  list.push(span);
  if (span.endNode === span.startNode) return;
  list = byText.get(span.endNode);
  if (!list) byText.set(span.endNode, (list = []));
  list.push(span);
}

/** `root.contains` stops at shadow boundaries; climb from `node` through hosts instead. */
function containsAcrossShadow(root: Node, node: Node): boolean {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) {
    if (at === root) return true;
  }
  return false;
}

/** Sorts spans in document order (for "next highlight"). */
export function compareSpans(a: Span, b: Span): number {
  if (a.startNode === b.startNode) return a.startOffset - b.startOffset;
  const position = a.startNode.compareDocumentPosition(b.startNode);
  if (position & 4 /* FOLLOWING */) return -1;
  if (position & 2 /* PRECEDING */) return 1;
  return 0;
}
