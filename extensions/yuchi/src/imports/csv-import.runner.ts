// Runs a headed CSV import (relations, establishments, …) for the CLI and the Data Studio alike: the file is read
// as a stream (UTF-8 or Shift-JIS, plain or zipped), each row is checked by the kind's parser, rows are written in
// batches, each batch in a transaction together with the run's checkpoint (import_runs), so a stopped run resumes
// where it stopped. A bad row becomes a row error with its line; the other rows are imported.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { HookExtensionContext } from '@directus/extensions';
import type { Knex } from 'knex';
import { headerProblem, type CsvRowError, type CsvRowResult } from '../domain/relation-csv-row.parser.ts';
import { addError, fileSha256, finishRun, openRun, saveProgress, type RunState } from '../registry/import-run.tracker.ts';
import { readNtaRecordChunks } from '../registry/nta-file.reader.ts';
import { clearDataCache } from '../shared/data-cache.ts';
import { ImportFileError } from '../shared/errors.ts';
import type { RunOutcome } from '../registry/nta-import.runner.ts';

export interface LineRow<T> {
  line: number;
  row: T;
}

export interface LineError extends CsvRowError {
  line: number;
}

/** What one kind of CSV import supplies; `writeBatch` answers the rows it refused (unknown company, duplicates …). */
export interface CsvImportKind<T> {
  source: string;
  header: readonly string[];
  parse: (fields: readonly string[]) => CsvRowResult<T>;
  /** For kinds with more than one layout: reads line 1 (and picks the layout); a problem stops the file. */
  readHeader?: (fields: readonly string[]) => string | null;
  /** With `replay`, the rows were written by an earlier attempt of this run: only remember them, write nothing. */
  writeBatch: (trx: Knex, rows: LineRow<T>[], run: { state: RunState; replay: boolean }) => Promise<LineError[]>;
  /** After the last row (not on failure): work that needs the whole file, e.g. ending what it no longer lists. */
  finish?: (knex: Knex, run: { state: RunState }) => Promise<LineError[]>;
}

/** As an NTA run's outcome, less what only a registry file has (its path, the line a resume began at). */
export type CsvImportOutcome = Omit<RunOutcome, 'file' | 'resumedAt'>;

export interface CsvImportOptions {
  batchSize?: number;
  user?: string | null;
  onStart?: (runId: number) => void;
}

/** Row errors say their line first, as the NTA import's do. */
const lineError = ({ line, code, message }: LineError): LineError => ({ line, code, message: `${line}行目: ${message}` });

export async function runCsvImport<T>(
  context: Pick<HookExtensionContext, 'database' | 'getSchema' | 'services'>,
  path: string,
  kind: CsvImportKind<T>,
  { batchSize = 500, user = null, onStart }: CsvImportOptions = {},
): Promise<CsvImportOutcome> {
  const knex = context.database;
  const file = basename(path);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new ImportFileError({ file: path, reason: 'ファイルが見つかりません' });
  const state = await openRun(knex, { source: kind.source, file, sha256: await fileSha256(path), bytesTotal: info.size, user });
  const outcome = (status: string): CsvImportOutcome => ({ runId: state.id, status, read: state.read, inserted: state.inserted, updated: state.updated, rejected: state.rejected });
  if (state.alreadyImported) return outcome('already_imported');
  onStart?.(state.id);
  const started = performance.now();
  const resumeAfter = state.checkpointLine;
  let batch: LineRow<T>[] = [];
  let replay: LineRow<T>[] = [];
  let lastLine = 0;
  let bytes = { read: 0, total: info.size };

  const flush = async () => {
    if (replay.length) {
      const rows = replay;
      replay = [];
      await knex.transaction((trx) => kind.writeBatch(trx, rows, { state, replay: true }));
    }
    if (!batch.length && lastLine <= state.checkpointLine) return;
    const rows = batch;
    batch = [];
    await knex.transaction(async (trx) => {
      for (const error of await kind.writeBatch(trx, rows, { state, replay: false })) addError(state, lineError(error));
      const seconds = (performance.now() - started) / 1000;
      await saveProgress(trx, state, {
        line: lastLine,
        read: state.read,
        rejected: state.rejected,
        errorCount: state.errors.length,
        bytesRead: bytes.read,
        bytesTotal: bytes.total,
        rowsPerSecond: seconds > 0 ? Math.round(state.read / seconds) : 0,
        etaSeconds: null,
      });
    });
  };

  try {
    for await (const chunk of readNtaRecordChunks(path)) {
      bytes = { read: chunk.bytesRead, total: chunk.bytesTotal };
      for (let i = 0; i < chunk.records.length; i++) {
        const line = chunk.firstLine + i;
        const fields = chunk.records[i]!;
        if (line === 1) {
          const problem = kind.readHeader ? kind.readHeader(fields) : headerProblem(fields, kind.header);
          if (problem) throw new ImportFileError({ file, reason: problem });
          continue;
        }
        const parsed = kind.parse(fields);
        if (line <= resumeAfter) {
          if (parsed.ok) replay.push({ line, row: parsed.row });
          if (replay.length >= batchSize) await flush();
          continue;
        }
        lastLine = line;
        state.read++;
        if (parsed.ok) batch.push({ line, row: parsed.row });
        else addError(state, lineError({ line, ...parsed.error }));
        if (batch.length >= batchSize) await flush();
      }
    }
    if (lastLine === 0 && resumeAfter === 0) throw new ImportFileError({ file, reason: '見出しの次の行からデータを入れてください（データ行がありません）' });
    await flush();
    for (const error of (await kind.finish?.(knex, { state })) ?? []) addError(state, lineError(error));
    const status = await finishRun(knex, state);
    return outcome(status);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const status = await finishRun(knex, state, message);
    if (error instanceof ImportFileError) throw error;
    return outcome(status);
  } finally {
    await clearDataCache(context, await context.getSchema({ database: knex }));
  }
}
