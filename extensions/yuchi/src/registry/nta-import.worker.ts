// Entry of the import worker (bundled to dist/nta-import-worker.mjs): a small Node process of its own, so a large
// file never weighs on the Directus process that started it. It takes one request, imports, reports and exits.
import type { Knex } from 'knex';
import { openWorkerDatabase, type WorkerMessage, type WorkerRequest } from './import-worker.protocol.ts';
import { runNtaImport } from './nta-import.runner.ts';

let finished = false;

const send = (message: WorkerMessage): Promise<void> =>
  new Promise((resolve) => {
    if (!process.send || !process.connected) return resolve();
    process.send(message, undefined, {}, () => resolve());
  });

// The parent is gone (killed, or restarted): stop here. The last checkpoint is where the next run resumes.
process.on('disconnect', () => {
  if (!finished) process.exit(1);
});

process.once('message', (request: WorkerRequest) => {
  void (async () => {
    let knex: Knex | null = null;
    let message: WorkerMessage;
    try {
      knex = openWorkerDatabase(request.database, request.resolveFrom);
      const outcome = await runNtaImport(knex, {
        path: request.path,
        fileName: request.fileName,
        fields: request.fields,
        batchSize: request.batchSize,
        ...(request.bulkMinRows === undefined ? {} : { bulkMinRows: request.bulkMinRows }),
        user: request.user,
        onStart: (runId) => void send({ type: 'start', runId }),
        onProgress: (progress) => void send({ type: 'progress', progress }),
      });
      message = { type: 'done', outcome, peakRssMb: 0 };
    } catch (error) {
      const e = error as { message?: string; code?: unknown; status?: unknown };
      message = {
        type: 'failed',
        error: { message: e.message ?? String(error), ...(typeof e.code === 'string' ? { code: e.code } : {}), ...(typeof e.status === 'number' ? { status: e.status } : {}) },
      };
    }
    await knex?.destroy().catch(() => undefined);
    // The kernel's own count (getrusage), the same figure /usr/bin/time reports.
    if (message.type === 'done') message.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    finished = true;
    await send(message);
    process.disconnect();
  })();
});
