// One import_runs row per run of a file: counts, per-row errors (kept to a readable number), and a checkpoint
// written in the same transaction as the rows it covers, so a killed run resumes exactly where it stopped.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Knex } from 'knex';

export const MAX_STORED_ERRORS = 1000;

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
}

export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

/** Resumes the last unfinished run of the same file, or opens a new one. */
export async function openRun(knex: Knex, { source, file, sha256 }: { source: string; file: string; sha256: string }): Promise<RunState> {
  const last = await knex('import_runs').where({ source, file_sha256: sha256 }).orderBy('id', 'desc').first();
  if (last && (last.status === 'completed' || last.status === 'completed_with_errors')) {
    return { id: last.id, alreadyImported: true, checkpointLine: 0, read: 0, inserted: 0, updated: 0, rejected: 0, errors: [], resumed: false };
  }
  if (last && (last.status === 'running' || last.status === 'failed')) {
    const checkpoint = (json(last.checkpoint) ?? {}) as { line?: number };
    await knex('import_runs').where({ id: last.id }).update({ status: 'running', finished_at: null });
    return {
      id: last.id,
      alreadyImported: false,
      checkpointLine: checkpoint.line ?? 0,
      read: Number(last.read_count ?? 0),
      inserted: Number(last.inserted_count ?? 0),
      updated: Number(last.updated_count ?? 0),
      rejected: Number(last.rejected_count ?? 0),
      errors: (json(last.errors) as RowError[] | null) ?? [],
      resumed: true,
    };
  }
  const [row] = await knex('import_runs')
    .insert({ source, file, file_sha256: sha256, status: 'running', started_at: new Date(), read_count: 0, inserted_count: 0, updated_count: 0, rejected_count: 0, checkpoint: JSON.stringify({ line: 0 }) })
    .returning('id');
  const id = typeof row === 'object' ? (row as { id: number }).id : (row as number);
  return { id, alreadyImported: false, checkpointLine: 0, read: 0, inserted: 0, updated: 0, rejected: 0, errors: [], resumed: false };
}

export function addError(state: RunState, error: RowError): void {
  state.rejected++;
  if (state.errors.length < MAX_STORED_ERRORS) state.errors.push(error);
}

/** Saves counts and the checkpoint; call inside the transaction that wrote the rows up to `line`. */
export async function saveProgress(trx: Knex, state: RunState, line: number): Promise<void> {
  state.checkpointLine = line;
  await trx('import_runs').where({ id: state.id }).update({
    read_count: state.read,
    inserted_count: state.inserted,
    updated_count: state.updated,
    rejected_count: state.rejected,
    errors: JSON.stringify(state.errors),
    checkpoint: JSON.stringify({ line }),
  });
}

export async function finishRun(knex: Knex, state: RunState, failure?: string): Promise<string> {
  const status = failure ? 'failed' : state.rejected > 0 ? 'completed_with_errors' : 'completed';
  if (failure && state.errors.length < MAX_STORED_ERRORS) state.errors.push({ line: 0, code: 'YUCHI_IMPORT_FILE', message: failure });
  await knex('import_runs').where({ id: state.id }).update({ status, finished_at: new Date(), errors: JSON.stringify(state.errors), rejected_count: state.rejected });
  return status;
}
