import type { ImportInput, ImportResult } from '@/domain/import/import-schedule';

/** Opens a schedule file somewhere, resolving to what the importer made of it. */
export type ImportScheduleFile = (input: ImportInput) => Promise<ImportResult>;

/** What the worker sends back: the importer's result, or the message of an unexpected failure. */
export type WorkerReply = { ok: true; result: ImportResult } | { ok: false; message: string };

/**
 * Opens a schedule file in a Web Worker of its own, so a big file never blocks the page; the
 * worker ends with its answer.
 *
 * @example const result = await importInWorker({ text: bytes });
 */
export const importInWorker: ImportScheduleFile = (input) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      worker.terminate();
      const reply = event.data;
      if (reply.ok) resolve(reply.result);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The schedule reader stopped unexpectedly.'));
    };
    worker.postMessage(input);
  });
