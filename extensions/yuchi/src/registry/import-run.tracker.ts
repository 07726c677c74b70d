// One import_runs row per run of a file: counts, per-row errors (kept to a readable number), progress for the
// Data Studio to poll, and a checkpoint written in the same transaction as the rows it covers, so a killed run
// resumes exactly where it stopped.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Knex } from 'knex';

export const MAX_STORED_ERRORS = 1000;
const FILE_ERROR_CODE = 'YUCHI_IMPORT_FILE';

export interface RowError {
  line: number;
  code: string;
  message: string;
}

export interface RunState {
  id: number;
  /** The same file was already imported to the end: nothing to do. */
  alreadyImported: boolean;
  checkpointLine: number;
  read: number;
  inserted: number;
  updated: number;
  rejected: number;
  errors: RowError[];
  resumed: boolean;
  /** What the last saved checkpoint holds (rows read after it are not in the database yet). */
  saved: { read: number; rejected: number; errorCount: number };
}

/** The state of a run at the end of one batch; saved with that batch. */
export interface Checkpoint {
  line: number;
  read: number;
  rejected: number;
  errorCount: number;
  bytesRead: number;
  bytesTotal: number;
  rowsPerSecond: number;
  etaSeconds: number | null;
}

export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

function emptyState(id: number, alreadyImported: boolean): RunState {
  return { id, alreadyImported, checkpointLine: 0, read: 0, inserted: 0, updated: 0, rejected: 0, errors: [], resumed: false, saved: { read: 0, rejected: 0, errorCount: 0 } };
}

/** Resumes the last unfinished run of the same file, or opens a new one. */
export async function openRun(
  knex: Knex,
  { source, file, sha256, bytesTotal, user = null }: { source: string; file: string; sha256: string; bytesTotal: number; user?: string | null },
): Promise<RunState> {
  const last = await knex('import_runs').where({ source, file_sha256: sha256 }).orderBy('id', 'desc').first();
  if (last && (last.status === 'completed' || last.status === 'completed_with_errors')) return emptyState(last.id, true);
  if (last && (last.status === 'running' || last.status === 'failed')) {
    const checkpoint = (json(last.checkpoint) ?? {}) as { line?: number };
    await knex('import_runs').where({ id: last.id }).update({ status: 'running', finished_at: null, bytes_total: bytesTotal });
    // The failure that stopped the last attempt is not one of this file's rows.
    const errors = ((json(last.errors) as RowError[] | null) ?? []).filter((e) => e.code !== FILE_ERROR_CODE);
    const read = Number(last.read_count ?? 0);
    const rejected = Number(last.rejected_count ?? 0);
    return {
      id: last.id,
      alreadyImported: false,
      checkpointLine: checkpoint.line ?? 0,
      read,
      inserted: Number(last.inserted_count ?? 0),
      updated: Number(last.updated_count ?? 0),
      rejected,
      errors,
      resumed: true,
      saved: { read, rejected, errorCount: errors.length },
    };
  }
  const [row] = await knex('import_runs')
    .insert({
      source,
      file,
      file_sha256: sha256,
      status: 'running',
      user,
      started_at: new Date(),
      read_count: 0,
      inserted_count: 0,
      updated_count: 0,
      rejected_count: 0,
      bytes_total: bytesTotal,
      bytes_read: 0,
      checkpoint: JSON.stringify({ line: 0 }),
    })
    .returning('id');
  return emptyState(typeof row === 'object' ? (row as { id: number }).id : (row as number), false);
}

export function addError(state: RunState, error: RowError): void {
  state.rejected++;
  if (state.errors.length < MAX_STORED_ERRORS) state.errors.push(error);
}

/** Saves counts, progress and the checkpoint; call inside the transaction that wrote the rows up to `at.line`. */
export async function saveProgress(trx: Knex, state: RunState, at: Checkpoint): Promise<void> {
  const update: Record<string, unknown> = {
    read_count: at.read,
    inserted_count: state.inserted,
    updated_count: state.updated,
    rejected_count: at.rejected,
    checkpoint: JSON.stringify({ line: at.line }),
    bytes_read: at.bytesRead,
    bytes_total: at.bytesTotal,
    rows_per_second: at.rowsPerSecond,
    eta_seconds: at.etaSeconds,
  };
  // The error list only grows; rewriting it for every batch of a clean file would be wasted work.
  if (at.errorCount !== state.saved.errorCount) update['errors'] = JSON.stringify(state.errors.slice(0, at.errorCount));
  await trx('import_runs').where({ id: state.id }).update(update);
  state.checkpointLine = at.line;
  state.saved = { read: at.read, rejected: at.rejected, errorCount: at.errorCount };
}

/**
 * Marks the run finished. A failed run keeps the counts of its last checkpoint, which is where it resumes; the
 * rows read after it are read again then.
 */
export async function finishRun(knex: Knex, state: RunState, failure?: string): Promise<string> {
  const status = failure ? 'failed' : state.rejected > 0 ? 'completed_with_errors' : 'completed';
  const update: Record<string, unknown> = { status, finished_at: new Date(), eta_seconds: failure ? null : 0 };
  if (failure) {
    const errors = state.errors.slice(0, state.saved.errorCount);
    if (errors.length < MAX_STORED_ERRORS) errors.push({ line: 0, code: FILE_ERROR_CODE, message: failure });
    Object.assign(update, { errors: JSON.stringify(errors), rejected_count: state.saved.rejected, read_count: state.saved.read });
    state.read = state.saved.read;
    state.rejected = state.saved.rejected;
  } else {
    Object.assign(update, { errors: JSON.stringify(state.errors), rejected_count: state.rejected });
  }
  await knex('import_runs').where({ id: state.id }).update(update);
  return status;
}
