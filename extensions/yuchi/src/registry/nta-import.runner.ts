// The NTA import itself, run by the import worker process on its own database connection: stream → validate each
// record → write in batches, each batch in one transaction with its checkpoint and progress. Bad rows are reported
// with their record number; good rows import. The next batch is read and checked while the database writes the
// last one, so both cores work.
import { stat } from 'node:fs/promises';
import type { Knex } from 'knex';
import { estimateRemainingSeconds } from '../domain/import-eta.calculator.ts';
import { mapNtaRecord, type NtaRecord } from '../domain/nta-record.mapper.ts';
import { expectedRows, shouldLoadInBulk } from '../domain/bulk-load.policy.ts';
import { deferIndexes, pendingDeferredIndexes, restoreDeferredIndexes } from './deferred-indexes.ts';
import { addError, fileSha256, finishRun, openRun, saveProgress, type Checkpoint, type RunState } from './import-run.tracker.ts';
import { NtaBatchWriter, sqlDialectOf } from './nta-batch.writer.ts';
import { readNtaRecordChunks } from './nta-file.reader.ts';
import type { ImportFieldTypes } from './stored-row.encoder.ts';

const ANALYZE_AFTER_INSERTED = 50_000;
// Rows per transaction in a bulk load: fewer round trips, checkpoints still every few seconds.
const BULK_BATCH_SIZE = 10_000;

export interface ImportProgress {
  file: string;
  read: number;
  rowsPerSecond: number;
  bytesRead: number;
  bytesTotal: number;
  /** null while too little of the file is read to tell. */
  etaSeconds: number | null;
  resumedAt: number;
  /** 'indexes' once every row is in and a bulk load builds the indexes it dropped. */
  phase: 'rows' | 'indexes';
}

export interface RunOutcome {
  file: string;
  runId: number;
  status: string;
  read: number;
  inserted: number;
  updated: number;
  rejected: number;
  resumedAt: number;
}

export interface RunNtaImportOptions {
  path: string;
  /** What import_runs.file records (the operator's file name). */
  fileName: string;
  fields: ImportFieldTypes;
  batchSize: number;
  /** Smallest file (rows expected) loaded in bulk on PostgreSQL; see bulk-load.policy.ts. */
  bulkMinRows?: number;
  user: string | null;
  onStart?: (runId: number) => void;
  onProgress?: (p: ImportProgress) => void;
}

export async function runNtaImport(knex: Knex, { path, fileName, fields, batchSize: rowBatchSize, bulkMinRows, user, onStart, onProgress }: RunNtaImportOptions): Promise<RunOutcome> {
  const dialect = sqlDialectOf(knex);
  const bytesTotal = (await stat(path)).size;
  const state: RunState = await openRun(knex, { source: 'nta', file: fileName, sha256: await fileSha256(path), bytesTotal, user });
  // A file imported before is no new run: the caller hears of it from the outcome instead.
  if (!state.alreadyImported) onStart?.(state.id);
  const resumedAt = state.checkpointLine;
  const outcome = (status: string): RunOutcome => ({
    file: path,
    runId: state.id,
    status,
    read: state.read,
    inserted: state.inserted,
    updated: state.updated,
    rejected: state.rejected,
    resumedAt,
  });
  if (state.alreadyImported) return outcome('already_imported');

  // Bulk-load mode (PostgreSQL): a file far larger than what is stored goes in without secondary indexes, built
  // again at the end. A run an earlier one left with indexes dropped goes on the same way.
  let deferred = false;
  if (dialect === 'pg') {
    const facts = { fileBytes: bytesTotal, alreadyRead: state.read, ...(bulkMinRows === undefined ? {} : { minRows: bulkMinRows }) };
    // Counting a large registry takes a second or more: only for a file large enough to load in bulk, and only as
    // far as the answer needs.
    let bulk = shouldLoadInBulk({ ...facts, storedRows: 0 });
    if (bulk) {
      const enough = Math.ceil(expectedRows(bytesTotal, state.read) / 4) + 1;
      const counted = (await knex.raw('SELECT count(*) AS n FROM (SELECT 1 FROM companies LIMIT ?) AS stored', [enough])) as { rows: { n: string }[] };
      bulk = shouldLoadInBulk({ ...facts, storedRows: Number(counted.rows[0]?.n ?? 0) });
    }
    deferred = (await pendingDeferredIndexes(knex)) > 0 || bulk;
    if (deferred) await deferIndexes(knex, state.id);
  }
  const batchSize = deferred ? Math.max(rowBatchSize, BULK_BATCH_SIZE) : rowBatchSize;

  const writer = new NtaBatchWriter({ dialect, fields, importRun: state.id });
  const insertedBefore = state.inserted;
  const started = performance.now();
  let bytesAtStart: number | null = null;
  let readThisRun = 0;
  let batch: NtaRecord[] = [];
  let lastLine = resumedAt;
  let bytesRead = 0;
  let inFlight: Promise<void> = Promise.resolve();

  // Writes a batch with the checkpoint of the state it was cut at (reading goes on meanwhile).
  const flush = (records: NtaRecord[], at: Omit<Checkpoint, 'rowsPerSecond' | 'etaSeconds'>, readSoFar: number): Promise<void> =>
    knex.transaction(async (trx) => {
      const result = await writer.write(trx, records);
      state.inserted += result.inserted;
      state.updated += result.updated;
      const seconds = Math.max((performance.now() - started) / 1000, 0.001);
      const progress: ImportProgress = {
        file: path,
        read: at.read,
        rowsPerSecond: Math.round(readSoFar / seconds),
        bytesRead: at.bytesRead,
        bytesTotal: at.bytesTotal,
        etaSeconds: estimateRemainingSeconds({ bytesRead: at.bytesRead, bytesTotal: at.bytesTotal, bytesAtStart: bytesAtStart ?? 0, elapsedSeconds: seconds }),
        resumedAt,
        phase: 'rows',
      };
      await saveProgress(trx, state, { ...at, rowsPerSecond: progress.rowsPerSecond, etaSeconds: progress.etaSeconds });
      return progress;
    }).then((progress) => onProgress?.(progress));

  const cut = async (total: number) => {
    const records = batch;
    batch = [];
    // One batch in flight at a time: they commit in file order, so every checkpoint covers all rows before it.
    await inFlight;
    inFlight = flush(records, { line: lastLine, read: state.read, rejected: state.rejected, errorCount: state.errors.length, bytesRead, bytesTotal: total }, readThisRun);
    // Its failure is taken up by the next await; until then it must not count as unhandled.
    inFlight.catch(() => undefined);
  };

  let failure: string | undefined;
  try {
    for await (const chunk of readNtaRecordChunks(path)) {
      const { firstLine, records } = chunk;
      for (let i = 0; i < records.length; i++) {
        const line = firstLine + i;
        if (line <= resumedAt) continue;
        bytesAtStart ??= bytesRead;
        state.read++;
        readThisRun++;
        lastLine = line;
        const mapped = mapNtaRecord(records[i]!, line);
        if (mapped.ok) batch.push(mapped.record);
        else addError(state, mapped.error);
        // A long run of rejected rows fills no batch; checkpoint it all the same so a resume skips it.
        if (batch.length >= batchSize || (batch.length === 0 && readThisRun % batchSize === 0)) await cut(chunk.bytesTotal);
      }
      bytesRead = chunk.bytesRead;
    }
    await cut(bytesTotal);
    await inFlight;
  } catch (error) {
    await inFlight.catch(() => undefined);
    failure = (error as Error).message;
  }
  // Before the run counts as finished: a process stopped while building leaves a run to resume, which builds them.
  if (deferred) {
    onProgress?.({ file: path, read: state.read, rowsPerSecond: 0, bytesRead: bytesTotal, bytesTotal, etaSeconds: null, resumedAt, phase: 'indexes' });
    try {
      await restoreDeferredIndexes(knex);
    } catch (error) {
      failure ??= `索引の再作成に失敗しました（次の取込で再作成します）: ${(error as Error).message}`;
    }
  }
  const status = await finishRun(knex, state, failure);
  // Fresh statistics after a bulk load, or PostgreSQL may scan the whole table to look up the next file's numbers.
  // Only a help: a database user without the right to analyse still has its rows imported.
  if (dialect === 'pg' && state.inserted - insertedBefore >= ANALYZE_AFTER_INSERTED) await knex.raw('ANALYZE companies, company_history').catch(() => undefined);
  return outcome(status);
}
