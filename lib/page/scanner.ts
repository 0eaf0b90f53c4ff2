/**
 * Keeps the page's highlights in step with its text: a first scan of the document, then a
 * batched MutationObserver that rescans only the blocks that changed and drops spans whose text
 * went away. All work runs in short slices; a page that mutates without end makes the scanner back
 * off (said once per change of pace, at debug level).
 */
import type { EntityType } from '../bundle/schema';
import { primaryLanguage } from '../names/language';
import type { NameSpan } from '../names/matcher';
import { LIMITS } from '../protocol';
import { guard, logQuietly } from './guard';
import type { FoundBatch, NameFinder } from './names';
import type { SpanPainter } from './viewportPainter';
import { afterPageTask, SLICE_MS, yieldToPage } from './slicing';
import { SessionTimer } from './timers';
import { SpanStore, spansFromMatches, type Span } from './spans';
import {
  FACTLIGHT_HOST_TAG,
  blockOf,
  isInlineElement,
  isInSkippedRegion,
  TextRunWalker,
  type TextRun,
} from './textWalker';

export interface ScannerOptions {
  root: Document;
  /** Finds the names in the page's texts (the background's matcher, see names.ts). */
  finder: NameFinder;
  /**
   * The type to paint an entity's names in, or undefined to leave them out (muted, type switched
   * off). Default: every entity the finder knows.
   */
  typeOf?: (entityId: string) => EntityType | undefined;
  painter: SpanPainter;
  /** Called (not more than once per batch) when the set of spans changed. */
  onChange: () => void;
  /** Told of each open shadow root met (to style highlights inside it). */
  onShadowRoot?: (shadow: ShadowRoot) => void;
  /**
   * The benchmark's page (see controller.ts): the first pass's timing ends with a forced layout, so
   * it compares with highlighters that change the DOM, and the measures say where the time went.
   * Other pages never pay for the layout.
   */
  benchmark?: boolean;
}

/** Delay between a mutation and its rescan; grows under a mutation storm. */
const BASE_DELAY_MS = 50;
const MAX_DELAY_MS = 8_000;
/** Rescans published as performance measures per page (the benchmark reads the first few). */
const MAX_PUBLISHED_RESCANS = 1_000;
/** Up to this many changed nodes on a calm page are rescanned right after the page's task, not after the delay. */
const IMMEDIATE_MAX = 16;
/** Over this many dirty nodes in one batch, rescanning the whole document is cheaper. */
const MAX_DIRTY = 500;
/** Share of wall time Factlight may spend on a page's mutations before it slows down. */
const BUSY_SHARE = 0.1;
const WINDOW_MS = 1_000;
/** Mutation batches per window above which a page counts as changing without pause. */
const STORMY_BATCHES = 20;
/** Characters sent to the finder at most in one batch. */
const BATCH_CHARS = 200_000;
/** Least time between two full rescans caused by new page-level evidence. */
const EVIDENCE_RESCAN_MS = 2_000;

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['hidden', 'aria-hidden', 'contenteditable'],
};

/**
 * The language of a run's text, for the matcher's endings and common words: the nearest `lang`
 * attribute, else the page's; '' when neither says (no detection in pages: eld's tables are about
 * 1 MB). Runs are blocks, so the first node's element speaks for the run.
 */
function runLanguage(run: { nodes: Text[] }): string {
  const first = run.nodes[0];
  if (!first) return '';
  return (
    languageOf(first.parentElement?.closest('[lang]')?.getAttribute('lang')) ||
    languageOf(first.ownerDocument.documentElement.lang)
  );
}

/** Primary languages by `lang` value: a page has a handful of values and thousands of runs. */
const languages = new Map<string, string>();

function languageOf(tag: string | null | undefined): string {
  if (!tag) return '';
  let language = languages.get(tag);
  if (language === undefined) {
    language = primaryLanguage(tag) ?? '';
    if (languages.size < 100) languages.set(tag, language);
  }
  return language;
}

export class Scanner {
  readonly store = new SpanStore();
  private readonly observer: MutationObserver;
  /**
   * Mutation batches handled so far: when it has not moved between a walk and the applying of its
   * names, no text walked can have changed, and the runs need no check node by node.
   */
  private changesSeen = 0;
  private readonly observedRoots = new Set<Document | ShadowRoot>();
  /**
   * Roots (blocks) waiting for a rescan; `true` when every span inside must go first (it became
   * hidden or editable, or the whole document is rescanned), else each block met is replaced.
   */
  private readonly queue = new Map<Node, boolean>();
  /** Blocks met in the current walk (the first run of each replaces the block's old spans). */
  private walkedBlocks = new Set<Node>();
  /** The next batch asks the finder for fresh page evidence (a new pass over the whole page). */
  private freshEvidence = true;
  /** Nodes named by mutation records since the last flush. */
  private readonly pending = new Set<Node>();
  /** Of those, the ones whose attributes (hidden, editable) changed. */
  private readonly attributeTargets = new Set<Node>();
  /** Blocks removed from the page since the last flush: their spans go (unless they came back). */
  private readonly removedBlocks = new Set<Node>();
  private fullRescan = false;
  private walking: TextRunWalker | null = null;
  private pumping = false;
  private readonly abort = new AbortController();
  private readonly flushTimer = new SessionTimer(this.abort.signal);
  /** A flush is queued right after the page's current task ({@link afterPageTask}). */
  private flushSoon = false;
  private finder: NameFinder;
  private delay = BASE_DELAY_MS;
  private busyMs = 0;
  private windowStart = 0;
  private batches = 0;
  /** When the page last changed before the change at hand (performance.now()). */
  private previousBatchAt = Number.NEGATIVE_INFINITY;
  private lastBatchAt = Number.NEGATIVE_INFINITY;
  private stormyWindows = 0;
  private lastEvidenceRescan = -Infinity;
  private firstPassTimed = false;
  private rescansPublished = 0;

  constructor(private readonly options: ScannerOptions) {
    this.finder = options.finder;
    this.observer = new MutationObserver((records) => this.timed(() => this.onRecords(records)));
  }

  private get stopped(): boolean {
    return this.abort.signal.aborted;
  }

  /**
   * The open shadow roots met so far (for hit-testing inside them). Kept as they are met, not
   * filtered out of observedRoots: the pointer asks for them on every frame it moves.
   */
  readonly shadowRoots: ShadowRoot[] = [];

  /** Starts observing and scans the whole document. */
  start(): void {
    this.observe(this.options.root);
    this.rescanAll();
  }

  /**
   * Scans the whole document again (SPA navigation, late evidence, a change too big to follow).
   * Spans are replaced block by block as the walk meets them, so nothing flickers; spans of text
   * that left the page were already dropped from the mutation records. `keepEvidence` keeps what
   * the page scan learnt (a full name seen earlier still confirms a lone surname).
   */
  rescanAll(keepEvidence = false): void {
    if (!keepEvidence) this.freshEvidence = true;
    this.walking = null;
    this.queue.clear();
    this.queue.set(this.options.root, false);
    this.startPump();
  }

  /** Scans with another finder (the corpus changed): every block is rescanned in place. */
  setFinder(finder: NameFinder): void {
    this.finder = finder;
    this.rescanAll();
  }

  /** Unpaints and forgets the spans `drop` picks (their entity was muted or its type switched off). */
  dropSpans(drop: (span: Span) => boolean): void {
    const gone = this.store.removeWhere(drop);
    if (gone.length === 0) return;
    this.options.painter.remove(gone);
    this.options.onChange();
  }

  /** Stops everything and unpaints. */
  stop(): void {
    this.abort.abort();
    this.observer.disconnect();
    this.observedRoots.clear();
    this.shadowRoots.length = 0;
    this.queue.clear();
    this.pending.clear();
    this.walking = null;
    this.options.painter.remove(this.store.clear());
  }

  /** Spans in no particular order. */
  spans(): Span[] {
    return [...this.store.all()];
  }

  private observe(root: Document | ShadowRoot): void {
    if (this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    this.observer.observe(root, OBSERVE);
    if (root.nodeType === 11) {
      this.shadowRoots.push(root as ShadowRoot);
      this.options.onShadowRoot?.(root as ShadowRoot);
    }
  }

  /** Runs `work` through the error guard and accounts its time. */
  private timed(work: () => void): void {
    const t0 = performance.now();
    guard(work);
    this.account(performance.now() - t0);
  }

  /**
   * Accounts Factlight's time per one-second window. A window is stormy when Factlight was busy
   * for more than its share, or the page sent many mutation batches; three stormy windows in a
   * row double the rescan delay, a calm one halves it.
   */
  private account(ms: number): void {
    const now = performance.now();
    if (now - this.windowStart > WINDOW_MS) {
      const share = this.busyMs / Math.max(now - this.windowStart, WINDOW_MS);
      const stormy = share > BUSY_SHARE || this.batches > STORMY_BATCHES;
      this.stormyWindows = stormy ? this.stormyWindows + 1 : 0;
      if (this.stormyWindows >= 3 && this.delay < MAX_DELAY_MS) {
        this.delay = Math.min(this.delay * 2, MAX_DELAY_MS);
        this.stormyWindows = 0;
        console.debug(`Factlight: this page changes without pause; rescanning every ${this.delay} ms`);
      } else if (!stormy && share < BUSY_SHARE / 4 && this.delay > BASE_DELAY_MS) {
        this.delay = Math.max(this.delay / 2, BASE_DELAY_MS);
      }
      this.windowStart = now;
      this.busyMs = 0;
      this.batches = 0;
    }
    this.busyMs += ms;
  }

  private isOwnUi(node: Node): boolean {
    return node.nodeType === 1 && (node as Element).localName === FACTLIGHT_HOST_TAG;
  }

  private onRecords(records: MutationRecord[]): void {
    if (this.stopped) return;
    this.changesSeen++;
    this.batches++;
    this.previousBatchAt = this.lastBatchAt;
    this.lastBatchAt = performance.now();
    const removed: Span[] = [];
    for (const record of records) {
      if (this.fullRescan) break;
      const target = record.target;
      if (record.type === 'characterData') {
        // Offsets in this node are stale now: unpaint at once, rescan soon.
        removed.push(...this.store.removeTouching(target as Text));
        this.pending.add(target);
      } else if (record.type === 'attributes') {
        this.pending.add(target);
        this.attributeTargets.add(target);
      } else {
        let relevant = false;
        for (const node of record.addedNodes) {
          if (this.isOwnUi(node)) continue;
          relevant = true;
          // A block added whole can be scanned alone; text or inline content joins its parent's run.
          this.pending.add(node.nodeType === 1 && !isInlineElement(node as Element) ? node : target);
        }
        for (const node of record.removedNodes) {
          if (this.isOwnUi(node)) continue;
          relevant = true;
          // Removed blocks take their spans with them: found by the sweep (removed text and inline
          // elements are handled right here).
          if (node.nodeType === 1 && !isInlineElement(node as Element)) this.removedBlocks.add(node);
          if (node.nodeType === 3) removed.push(...this.store.removeTouching(node as Text));
          else if (node.nodeType === 1 && isInlineElement(node as Element)) removed.push(...this.removeTextsOf(node));
          if (node.nodeType !== 1 || isInlineElement(node as Element)) this.pending.add(target);
        }
        if (!relevant) continue;
      }
      if (this.pending.size > MAX_DIRTY) {
        this.fullRescan = true;
        this.pending.clear();
      }
    }
    if (removed.length > 0) this.options.painter.remove(removed);
    this.scheduleFlush();
  }

  /**
   * Drops the spans touching the text inside a removed inline element: it may have moved to another
   * block, where it is still connected (so the sweep would keep them) and gets scanned afresh.
   */
  private removeTextsOf(node: Node): Span[] {
    const removed: Span[] = [];
    const walker = (node.ownerDocument ?? document).createTreeWalker(node, NodeFilter.SHOW_TEXT);
    let visited = 0;
    for (let text = walker.nextNode(); text && visited < 500; text = walker.nextNode(), visited++) {
      removed.push(...this.store.removeTouching(text as Text));
    }
    return removed;
  }

  private scheduleFlush(): void {
    if (this.flushTimer.pending || this.flushSoon || this.stopped) return;
    if (this.pending.size === 0 && this.removedBlocks.size === 0 && !this.fullRescan) return;
    // Calm: the page's previous change is longer ago than the rescan delay (a re-render every 150 ms
    // is calm; a change in every task is a storm, batched by the delay).
    const calm = this.lastBatchAt - this.previousBatchAt > BASE_DELAY_MS;
    if (
      calm &&
      this.delay === BASE_DELAY_MS &&
      this.pending.size <= IMMEDIATE_MAX &&
      !this.fullRescan &&
      !this.pumping
    ) {
      // A small change on a calm page: rescan right after the page's task, before the next frame,
      // so a re-rendered name keeps its highlight without a flicker; what the page removed again
      // in that task is never scanned. The painter holds its queue until then, so the frame never
      // shows the old names gone and the new ones not yet asked for. Mutation storms raise the delay
      // and end this.
      this.flushSoon = true;
      this.options.painter.hold();
      afterPageTask(this.abort.signal, () => {
        this.flushSoon = false;
        this.options.painter.release();
        this.timed(() => this.flush());
      });
      return;
    }
    this.flushTimer.schedule(this.delay, () => this.timed(() => this.flush()));
  }

  private flush(): void {
    if (this.stopped) return;
    let changed = false;
    if (this.removedBlocks.size > 0) {
      // Only the removed subtrees are looked at, not every span of the page.
      const gone = this.store.removeUnder([...this.removedBlocks].filter((node) => !node.isConnected));
      this.removedBlocks.clear();
      if (gone.length > 0) {
        this.options.painter.remove(gone);
        changed = true;
      }
    }
    this.options.painter.ensureRegistered();
    if (this.fullRescan) {
      this.fullRescan = false;
      this.pending.clear();
      this.rescanAll(true);
      return;
    }
    for (const node of this.pending) {
      if (!node.isConnected) continue;
      const root = node.nodeType === 1 && !isInlineElement(node as Element) ? node : blockOf(node);
      if (root.nodeType === 1 && isInSkippedRegion(root)) {
        // Became editable or hidden: its spans go, nothing is scanned.
        const gone = this.store.removeWithin(root);
        if (gone.length > 0) {
          this.options.painter.remove(gone);
          changed = true;
        }
        continue;
      }
      // An attribute change may have hidden part of the subtree: drop everything inside first.
      this.queue.set(root, (this.queue.get(root) ?? false) || this.attributeTargets.has(node));
    }
    this.pending.clear();
    this.attributeTargets.clear();
    if (changed) this.options.onChange();
    if (this.queue.size > 0) this.startPump();
  }

  /** True when an ancestor of `node` is queued too (its rescan covers `node`). */
  private coveredByQueue(node: Node): boolean {
    for (
      let at = node.parentNode ?? (node as ShadowRoot).host ?? null;
      at;
      at = at.parentNode ?? (at as ShadowRoot).host ?? null
    ) {
      if (this.queue.has(at)) return true;
    }
    return false;
  }

  private nextRoot(): { root: Node; deep: boolean } | undefined {
    for (const [node, deep] of this.queue) {
      this.queue.delete(node);
      if (!node.isConnected || this.coveredByQueue(node)) continue;
      return { root: node, deep };
    }
    return undefined;
  }

  /**
   * The language of each run ({@link runLanguage}). When no element below the document's root has a
   * `lang` (nor any open shadow root met), every run has the page's: one query instead of a lookup
   * up each run's ancestors.
   */
  private languagesOf(runs: TextRun[]): string[] {
    const doc = this.options.root;
    const top = doc.documentElement;
    if (top && !doc.querySelector(':root [lang]') && this.shadowRoots.every((s) => !s.querySelector('[lang]'))) {
      const language = languageOf(top.getAttribute('lang')) || languageOf((top as HTMLElement).lang);
      return runs.map(() => language);
    }
    return runs.map(runLanguage);
  }

  /** Handles the mutation records not yet delivered, so that {@link Scanner.changesSeen} is current. */
  private takePendingRecords(): void {
    const records = this.observer.takeRecords();
    if (records.length > 0) this.timed(() => this.onRecords(records));
  }

  /** Starts working through the queue; a failure is logged at debug level, never thrown at the page. */
  private startPump(): void {
    this.pump().catch((error) => {
      this.pumping = false;
      logQuietly(error);
    });
  }

  /**
   * Works through the queue: walks runs for at most {@link SLICE_MS}, asks the finder for their names
   * (the main thread is free meanwhile), then replaces the spans of the blocks walked. Factlight's
   * own time is the walking and the applying, not the wait.
   */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    let changed = false;
    let confirmed = false;
    const pumpStart = performance.now();
    let workMs = 0;
    /** Where the time went, for the benchmark: walking, waiting for the finder, applying. */
    const parts = { walkMs: 0, askMs: 0, waitMs: 0, applyMs: 0, batches: 0 };
    try {
      while (!this.stopped && (this.walking || this.queue.size > 0)) {
        let t0 = performance.now();
        const batch = guard(() => this.collect(t0 + SLICE_MS));
        // A walk that threw is left half done: drop it, the next mutation rescans.
        if (batch === undefined) this.walking = null;
        let ms = performance.now() - t0;
        parts.walkMs += ms;
        const changesAtWalk = this.changesSeen;
        if (batch && batch.runs.length > 0) {
          const fresh = this.freshEvidence;
          this.freshEvidence = false;
          const asked = performance.now();
          const { painter } = this.options;
          painter.hold();
          let found: FoundBatch;
          try {
            const answer = this.finder.find(
              batch.runs.map((run) => run.text),
              fresh,
              this.languagesOf(batch.runs),
            );
            // Building the request and handing it to the browser (which serialises the texts) is
            // main-thread work too; the benchmark's detail shows it apart from the walk as `askMs`.
            parts.askMs += performance.now() - asked;
            found = await answer;
          } finally {
            painter.release();
          }
          if (this.stopped) return;
          t0 = performance.now();
          parts.waitMs += t0 - asked;
          parts.batches++;
          confirmed = found.confirmed || confirmed;
          // Applied in slices as well: a batch of 2,000 runs applied at once was a long page's
          // longest task.
          for (let from = 0; from < batch.runs.length; ) {
            if (from > 0) {
              this.account(ms);
              workMs += ms;
              ms = 0;
              await yieldToPage();
              if (this.stopped) return;
            }
            t0 = performance.now();
            this.takePendingRecords();
            const unchanged = this.changesSeen === changesAtWalk;
            const step = guard(() => this.apply(batch, found.names, from, t0 + SLICE_MS, unchanged));
            from = step?.next ?? batch.runs.length;
            changed = step?.changed === true || changed;
            const applyMs = performance.now() - t0;
            parts.applyMs += applyMs;
            ms += applyMs;
          }
        }
        changed = (batch?.changed ?? false) || changed;
        this.account(ms);
        workMs += ms;
        if (!this.walking && this.queue.size === 0) break;
        // The page's turn before the next walk when this task already did a slice's worth.
        if (!batch || batch.runs.length === 0 || batch.timeUp || ms > SLICE_MS / 2) await yieldToPage();
      }
    } finally {
      this.pumping = false;
    }
    if (this.stopped) return;
    this.publishTiming(pumpStart, workMs, parts);
    // A full name seen late confirms lone surnames held back in blocks scanned before it.
    if (confirmed) {
      const now = performance.now();
      if (now - this.lastEvidenceRescan > EVIDENCE_RESCAN_MS) {
        this.lastEvidenceRescan = now;
        this.rescanAll(true);
        return;
      }
    }
    if (changed) this.options.onChange();
  }

  /**
   * Publishes a pass's timing as a performance measure, for the benchmark (bench/): the first full
   * pass as `factlight:pass`, every later one as `factlight:rescan`; wall time from the first slice
   * to the end, Factlight's own slices in `detail.workMs`. For the benchmark only, the first pass can
   * end with a forced layout ({@link ScannerOptions.benchmark}), so it is timed like
   * highlighters that change the DOM (highlights themselves dirty no layout). Adds no fingerprint:
   * the highlight registry already shows Factlight to the page.
   */
  private publishTiming(start: number, workMs: number, parts: Record<string, number>): void {
    // The page's timeline keeps every measure: a page that changes for hours must not fill it.
    if (this.firstPassTimed && ++this.rescansPublished > MAX_PUBLISHED_RESCANS) return;
    let name = 'factlight:rescan';
    if (!this.firstPassTimed) {
      this.firstPassTimed = true;
      name = 'factlight:pass';
      const t0 = performance.now();
      // The registry is otherwise updated at the next frame: the first pass counts its painting.
      this.options.painter.flush();
      const t1 = performance.now();
      if (this.options.benchmark) void this.options.root.documentElement?.offsetHeight;
      parts.paintMs = t1 - t0;
      parts.spans = this.store.size;
      // The layout is in the wall time, for the comparison with highlighters that change the DOM,
      // but not in Factlight's own work: highlights dirty no layout, so it is the page's own.
      parts.layoutMs = performance.now() - t1;
      workMs += t1 - t0;
    }
    try {
      // The breakdown only for the benchmark's pages: the page sees one number otherwise.
      const detail = this.options.benchmark ? { workMs, ...parts } : { workMs };
      performance.measure(name, { start, end: performance.now(), detail });
    } catch {
      // No User Timing Level 3: nothing to publish.
    }
  }

  /**
   * Walks runs until `deadline` or a full batch. Each run notes whether it is the first of its block
   * in this walk: applying it replaces the block's old spans. Spans inside a root that must go whole
   * (it became hidden) go at once.
   */
  private collect(deadline: number): Batch {
    const batch: Batch = { runs: [], replaces: [], changed: false, timeUp: false };
    let chars = 0;
    while (chars < BATCH_CHARS && batch.runs.length < LIMITS.namesTexts) {
      // The clock every few runs: a run is a few nodes, and the clock is a call of its own.
      if (batch.runs.length % 8 === 0 && performance.now() >= deadline) {
        batch.timeUp = true;
        break;
      }
      if (!this.walking) {
        const next = this.nextRoot();
        if (!next) break;
        if (next.deep) {
          const gone = this.store.removeWithin(next.root);
          if (gone.length > 0) {
            this.options.painter.remove(gone);
            batch.changed = true;
          }
        }
        this.walkedBlocks = new Set();
        this.walking = new TextRunWalker(next.root, (shadow) => this.observe(shadow));
      }
      const run = this.walking.next();
      if (!run) {
        this.walking = null;
        continue;
      }
      const first = !this.walkedBlocks.has(run.block);
      if (first) this.walkedBlocks.add(run.block);
      batch.runs.push(run);
      batch.replaces.push(first);
      chars += run.text.length;
    }
    return batch;
  }

  /**
   * Replaces the spans of the batch's blocks with the names found, from run `from` until `deadline`
   * (checked every few runs); returns where it stopped and whether spans changed. Runs are checked
   * node by node for changes only when the page changed since the walk (`unchangedSinceWalk` false).
   */
  private apply(
    batch: Batch,
    names: NameSpan[][],
    from: number,
    deadline: number,
    unchangedSinceWalk: boolean,
  ): { next: number; changed: boolean } {
    const { painter } = this.options;
    const typeOfEntity = this.options.typeOf ?? ((id: string) => this.finder.entity(id)?.type);
    // A page names a few entities many times: each one's type is asked once per slice.
    const types = new Map<string, EntityType | null>();
    const typeOf = (id: string): EntityType | undefined => {
      let type = types.get(id);
      if (type === undefined) types.set(id, (type = typeOfEntity(id) ?? null));
      return type ?? undefined;
    };
    let changed = false;
    for (let i = from; i < batch.runs.length; i++) {
      if (i > from && i % 32 === 0 && performance.now() >= deadline) return { next: i, changed };
      const run = batch.runs[i]!;
      if (batch.replaces[i]) {
        const gone = this.store.removeBlock(run.block);
        if (gone.length > 0) {
          painter.remove(gone);
          changed = true;
        }
      }
      const found = names[i];
      // Text that changed while the finder worked is rescanned from its mutation record.
      if (!found || found.length === 0 || (!unchangedSinceWalk && !runUnchanged(run))) continue;
      const spans = spansFromMatches(run, found, typeOf);
      if (spans.length > 0) {
        this.store.add(spans);
        painter.add(spans);
        changed = true;
      }
    }
    return { next: batch.runs.length, changed };
  }
}

/** Runs walked in one slice, sent to the finder together. */
interface Batch {
  runs: TextRun[];
  /** Per run: the first of its block in its walk (its block's old spans go when it is applied). */
  replaces: boolean[];
  /** Spans were dropped while walking. */
  changed: boolean;
  /** The slice ended on its deadline (give the page a turn before the next). */
  timeUp: boolean;
}

/** Are the run's text nodes still in the page with the lengths they had when walked? */
function runUnchanged(run: TextRun): boolean {
  const { nodes, starts, text } = run;
  if (nodes.length === 1) return nodes[0]!.isConnected && (starts[0]! < 0 || nodes[0]!.length === text.length);
  for (let i = 0; i < nodes.length; i++) {
    const length = (i + 1 < nodes.length ? starts[i + 1]! : text.length) - starts[i]!;
    if (!nodes[i]!.isConnected || nodes[i]!.length !== length) return false;
  }
  return true;
}
