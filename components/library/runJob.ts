/** Runs one library job in a build worker of its own (the popup's "Add this page"), then ends it. */
import type { ImportProgress } from '@/lib/library/library';
import LibraryWorker from '@/lib/library/worker?worker';
import type { FromWorker, JobResult, LibraryJob } from '@/lib/library/workerProtocol';
import { ask } from '@/lib/protocol';

/** The job's result; the background has been told to serve the changed corpus. Rejects on failure. */
export async function runLibraryJob(
  job: LibraryJob,
  onProgress?: (progress: ImportProgress) => void,
): Promise<JobResult> {
  const worker = new LibraryWorker();
  try {
    const reply = await new Promise<FromWorker>((resolve, reject) => {
      worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
        if (event.data.type === 'progress') onProgress?.(event.data.progress);
        else resolve(event.data);
      });
      worker.addEventListener('error', (event) => reject(new Error(`Factlight: ${event.message}`)));
      worker.postMessage({ id: 1, job });
    });
    if (reply.type === 'failed') throw new Error(reply.error);
    if (reply.type !== 'done') throw new Error('Factlight: no answer from the build worker');
    if (reply.result.changed) await ask({ type: 'libraryChanged' });
    return reply.result;
  } finally {
    worker.terminate();
  }
}
