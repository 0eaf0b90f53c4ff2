/**
 * The library page's side of the build worker: starts it, sends jobs one by one, keeps the latest
 * snapshot and progress, and after a change asks the background to serve the new corpus (which
 * repaints open tabs). The worker is imported with Vite's `?worker` suffix, so it is bundled as its
 * own file (WXT rewrites `import.meta.url`, which hides the `new Worker(new URL(…))` form from Vite).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { asPageArticle, PENDING_PAGE_KEY } from '@/lib/extension/addPage';
import type { ImportProgress, RejectedSource } from '@/lib/library/library';
import type { FromWorker, JobResult, LibraryJob, LibrarySnapshot } from '@/lib/library/workerProtocol';
import LibraryWorker from '@/lib/library/worker?worker';
import { ask } from '@/lib/protocol';
import { t } from '@/lib/ui/i18n';

/** The page's view of the library and of the job in progress. */
export interface LibraryState {
  snapshot?: LibrarySnapshot;
  busy?: LibraryJob['type'];
  progress?: ImportProgress;
  /** The last job's outcome, for the status line. */
  message?: string;
  rejected: RejectedSource[];
  error?: string;
}

export interface LibraryControls {
  state: LibraryState;
  run(job: LibraryJob): Promise<JobResult | undefined>;
  cancel(): void;
}

export function useLibrary(): LibraryControls {
  const worker = useRef<Worker | undefined>(undefined);
  const pending = useRef(new Map<number, (reply: FromWorker) => void>());
  const nextId = useRef(1);
  const [state, setState] = useState<LibraryState>({ rejected: [] });

  useEffect(() => {
    const w = new LibraryWorker();
    w.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const reply = event.data;
      if (reply.type === 'progress') setState((s) => ({ ...s, progress: reply.progress }));
      else pending.current.get(reply.id)?.(reply);
    });
    w.addEventListener('error', (event) =>
      setState((s) => ({ ...s, busy: undefined, error: `Factlight: ${t('libraryWorkerFailed', event.message)}` })),
    );
    worker.current = w;
    return () => w.terminate();
  }, []);

  const run = useCallback(async (job: LibraryJob): Promise<JobResult | undefined> => {
    const w = worker.current;
    if (!w) return undefined;
    const id = nextId.current++;
    setState((s) => ({ ...s, busy: job.type, progress: undefined, error: undefined }));
    const reply = await new Promise<FromWorker>((resolve) => {
      pending.current.set(id, resolve);
      w.postMessage({ id, job });
    });
    pending.current.delete(id);
    if (reply.type === 'failed') {
      setState((s) => ({
        ...s,
        busy: undefined,
        progress: undefined,
        snapshot: reply.snapshot ?? s.snapshot,
        error: reply.cancelled ? undefined : reply.error,
        message: reply.cancelled ? t('libraryCancelled') : undefined,
      }));
      return undefined;
    }
    if (reply.type !== 'done') return undefined;
    const { result } = reply;
    let served = '';
    if (result.changed) {
      try {
        const answer = await ask({ type: 'libraryChanged' });
        served = ` ${t('libraryServed', answer.documents, answer.passages, answer.entities)}`;
      } catch (error) {
        served = ` ${(error as Error).message}`;
      }
    }
    setState((s) => ({
      ...s,
      busy: undefined,
      progress: undefined,
      snapshot: result.snapshot,
      rejected: result.rejected ?? (job.type === 'state' ? s.rejected : []),
      message:
        job.type === 'state'
          ? s.message
          : `${t('libraryJobDone', describeJob(job, result), (result.ms / 1000).toFixed(1))}${served}`,
    }));
    return result;
  }, []);

  const cancel = useCallback(() => worker.current?.postMessage({ type: 'cancel' }), []);

  useEffect(() => {
    // A page sent by the context menu's "Add this page" waits in storage.session (lib/background/addPage.ts),
    // also when this page was already open (the browser then only focuses it).
    const session = browser.storage.session;
    const takePending = async () => {
      const page = asPageArticle((await session.get(PENDING_PAGE_KEY))[PENDING_PAGE_KEY]);
      if (!page) return;
      await session.remove(PENDING_PAGE_KEY);
      await run({ type: 'addPage', page });
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && PENDING_PAGE_KEY in changes) void takePending();
    };
    browser.storage.onChanged.addListener(onChanged);
    void run({ type: 'state' }).then(takePending);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [run]);

  return { state, run, cancel };
}

function describeJob(job: LibraryJob, result: JobResult): string {
  const rejected = result.rejected?.length ?? 0;
  switch (job.type) {
    case 'importFiles':
    case 'importBundle':
      return rejected
        ? t('libraryImportedRejected', result.added ?? 0, rejected)
        : t('libraryImported', result.added ?? 0);
    case 'addPage':
      return result.added ? t('libraryPageAdded', job.page.title ?? job.page.url) : t('libraryPageNoText');
    case 'removeDocuments':
      return t('libraryArticleRemoved');
    case 'removeCollection':
      return t('libraryCollectionRemoved');
    case 'restoreSample':
      return t('librarySampleRestored');
    case 'rebuild':
      return t('libraryRebuilt');
    case 'export':
      return t('libraryExported');
    default:
      return t('libraryDone');
  }
}
