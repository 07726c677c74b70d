// Imports an NTA 法人番号 download file (full or daily diff), for the CLI and the Data Studio alike. The work runs
// in a worker process of its own (dist/nta-import-worker.mjs, see nta-import.runner.ts) on its own connection, so
// a Directus process with its schema and services loaded does not also carry the file; this process relays the
// run id and progress and, when the worker ends, clears Directus's data cache for the rows it wrote.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HookExtensionContext } from '@directus/extensions';
import type { SchemaOverview } from '@directus/types';
import { clearDataCache } from '../shared/data-cache.ts';
import { ImportFileError } from '../shared/errors.ts';
import { WORKER_FILE, workerDatabaseConfig, type WorkerMessage, type WorkerRequest } from './import-worker.protocol.ts';
import type { ImportProgress, RunOutcome } from './nta-import.runner.ts';
import type { FieldTypes, ImportFieldTypes } from './stored-row.encoder.ts';

export type { ImportProgress } from './nta-import.runner.ts';

export interface FileOutcome extends RunOutcome {
  /** Peak resident memory of the worker process as the kernel counted it, MB. */
  workerPeakRssMb: number | null;
}

export interface ImportOptions {
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
  /**
   * Called as soon as the import_runs row exists (an HTTP handler can answer with the id at once); not for a file
   * imported before, whose outcome comes at once anyway.
   */
  onStart?: (runId: number) => void;
  /** directus_users id stored in import_runs.user (runs started from the Data Studio). */
  user?: string | null;
}

function fieldTypes(schema: SchemaOverview, collection: string): FieldTypes {
  return Object.fromEntries(Object.entries(schema.collections[collection]?.fields ?? {}).map(([name, field]) => [name, field.type]));
}

function workerPath(): string {
  // Beside the bundle this code runs from (dist/api.js).
  const path = join(dirname(fileURLToPath(import.meta.url)), WORKER_FILE);
  if (!existsSync(path)) {
    throw Object.assign(new Error(`取込用のワーカー ${path} がありません。\`npm run build\` で拡張機能をビルドしてください`), { code: 'YUCHI_IMPORT_WORKER_MISSING' });
  }
  return path;
}

export async function importNtaFile(
  context: Pick<HookExtensionContext, 'database' | 'getSchema' | 'services' | 'env'>,
  path: string,
  { batchSize = 2000, onProgress, onStart, user = null }: ImportOptions = {},
): Promise<FileOutcome> {
  const worker = workerPath();
  if (!(await stat(path).catch(() => null))?.isFile()) throw new ImportFileError({ file: path, reason: 'ファイルが見つかりません' });
  const schema = await context.getSchema({ database: context.database });
  const fields: ImportFieldTypes = { companies: fieldTypes(schema, 'companies'), company_history: fieldTypes(schema, 'company_history') };
  const request: WorkerRequest = {
    type: 'import',
    database: workerDatabaseConfig(context.database),
    resolveFrom: [process.argv[1], join(process.cwd(), 'package.json'), fileURLToPath(import.meta.url)].filter((p): p is string => Boolean(p)),
    path,
    fileName: basename(path),
    fields,
    batchSize,
    user,
  };
  // Lowered by tests to load small files in bulk; see domain/bulk-load.policy.ts.
  const bulkMinRows = Number(context.env['YUCHI_IMPORT_BULK_MIN_ROWS']);
  if (Number.isInteger(bulkMinRows) && bulkMinRows > 0) request.bulkMinRows = bulkMinRows;

  try {
    return await new Promise<FileOutcome>((resolve, reject) => {
      const child = fork(worker, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] });
      let result: FileOutcome | null = null;
      let failure: Error | null = null;
      child.on('message', (message: WorkerMessage) => {
        if (message.type === 'start') onStart?.(message.runId);
        else if (message.type === 'progress') onProgress?.(message.progress);
        else if (message.type === 'done') result = { ...message.outcome, workerPeakRssMb: message.peakRssMb };
        else failure = Object.assign(new Error(message.error.message), message.error);
      });
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        if (result) resolve(result);
        else reject(failure ?? Object.assign(new Error(`取込プロセスが途中で終了しました（${signal ?? `終了コード ${code}`}）。同じファイルを指定すると続きから再開します`), { code: 'YUCHI_IMPORT_WORKER_EXITED' }));
      });
      child.send(request);
    });
  } finally {
    // Whatever the worker got to write before it ended is in the database now.
    await clearDataCache(context, schema);
  }
}
