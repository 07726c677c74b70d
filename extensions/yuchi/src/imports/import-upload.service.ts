// Runs an import a データ管理者 uploaded in the Data Studio: the upload is streamed to a temporary file, then the
// same service as `npm run yuchi -- import` imports it in the background while the page polls import_runs.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EndpointExtensionContext } from '@directus/extensions';
import { importNtaFile } from '../registry/nta-import.service.ts';
import { ImportFileError } from '../shared/errors.ts';

export interface StartedImport {
  runId: number;
  status: string;
}

/** A plain file name (no directories), for the run's record and the temporary file. */
export function uploadFileName(raw: unknown): string {
  const name = basename(String(raw ?? '').replace(/\\/g, '/')).trim();
  return name === '' || name === '.' || name === '..' ? 'upload.csv' : name;
}

/** Streams the request body to a temporary file; an empty body is refused and leaves nothing behind. */
export async function saveUpload(body: Readable, fileName: string): Promise<string> {
  // A directory of its own keeps the user's file name, which the run records.
  const dir = join(tmpdir(), 'yuchi-imports', randomUUID());
  await mkdir(dir, { recursive: true });
  const path = join(dir, fileName);
  try {
    await pipeline(body, createWriteStream(path));
    if ((await stat(path)).size === 0) throw new ImportFileError({ file: fileName, reason: 'ファイルが空です。取り込むファイルを選び直してください' });
    return path;
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Starts importing and answers as soon as the import_runs row exists (or at once when the same file was imported
 * before); the import goes on in the background and removes the temporary file when it ends.
 */
export function startUploadedImport(
  context: Pick<EndpointExtensionContext, 'database' | 'getSchema' | 'services' | 'logger' | 'env'>,
  { path, user }: { path: string; user: string | null },
): Promise<StartedImport> {
  const batchSize = Number(context.env['YUCHI_IMPORT_BATCH_SIZE'] ?? 2000) || 2000;
  return new Promise((resolve, reject) => {
    let answered = false;
    const answer = (started: StartedImport) => {
      answered = true;
      resolve(started);
    };
    importNtaFile(context, path, { batchSize, user, onStart: (runId) => answer({ runId, status: 'running' }) })
      .then((outcome) => {
        context.logger.info(`yuchi import run ${outcome.runId}: ${outcome.status}, read ${outcome.read}, rejected ${outcome.rejected}`);
        if (!answered) answer({ runId: outcome.runId, status: outcome.status });
      })
      .catch((error: unknown) => {
        if (!answered) return reject(error);
        context.logger.error(error, 'yuchi import failed after it started');
      })
      .finally(() => rm(dirname(path), { recursive: true, force: true }));
  });
}
