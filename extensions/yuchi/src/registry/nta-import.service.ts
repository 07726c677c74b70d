// Imports NTA 法人番号 download files (full or daily diff): stream → validate each record → write in batches, each
// batch in one transaction with its checkpoint. Bad rows are reported with their record number; good rows import.
import { basename } from 'node:path';
import type { HookExtensionContext } from '@directus/extensions';
import type { Knex } from 'knex';
import { mapNtaRecord, type NtaRecord } from '../domain/nta-record.mapper.ts';
import { addError, fileSha256, finishRun, openRun, saveProgress, type RunState } from './import-run.tracker.ts';
import { readNtaRecords } from './nta-file.reader.ts';
import { writeNtaBatch } from './nta-batch.writer.ts';
import { clearDataCache } from '../shared/data-cache.ts';

export interface ImportProgress {
  file: string;
  read: number;
  rowsPerSecond: number;
  resumedAt: number;
}

export interface FileOutcome {
  file: string;
  runId: number;
  status: string;
  read: number;
  inserted: number;
  updated: number;
  rejected: number;
  resumedAt: number;
}

export async function importNtaFile(
  context: Pick<HookExtensionContext, 'database' | 'getSchema' | 'services'>,
  path: string,
  { batchSize = 2000, onProgress }: { batchSize?: number; onProgress?: (p: ImportProgress) => void } = {},
): Promise<FileOutcome> {
  const knex: Knex = context.database;
  const schema = await context.getSchema({ database: knex });
  const state: RunState = await openRun(knex, { source: 'nta', file: basename(path), sha256: await fileSha256(path) });
  if (state.alreadyImported) {
    return { file: path, runId: state.id, status: 'already_imported', read: 0, inserted: 0, updated: 0, rejected: 0, resumedAt: 0 };
  }
  const resumedAt = state.checkpointLine;
  const outcome = (status: string): FileOutcome => ({ file: path, runId: state.id, status, read: state.read, inserted: state.inserted, updated: state.updated, rejected: state.rejected, resumedAt });
  const started = Date.now();
  let batch: NtaRecord[] = [];
  let lastLine = resumedAt;
  let readThisRun = 0;

  const flush = async () => {
    const records = batch;
    batch = [];
    await knex.transaction(async (trx) => {
      const result = records.length ? await writeNtaBatch(trx, schema, records, state.id) : { inserted: 0, updated: 0 };
      state.inserted += result.inserted;
      state.updated += result.updated;
      await saveProgress(trx, state, lastLine);
    });
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    onProgress?.({ file: path, read: state.read, rowsPerSecond: Math.round(readThisRun / seconds), resumedAt });
  };

  let failure: string | undefined;
  try {
    for await (const { line, fields } of readNtaRecords(path)) {
      if (line <= resumedAt) continue;
      state.read++;
      readThisRun++;
      lastLine = line;
      const mapped = mapNtaRecord(fields, line);
      if (mapped.ok) batch.push(mapped.record);
      else addError(state, mapped.error);
      // A long run of rejected rows fills no batch; checkpoint it all the same so a resume skips it.
      if (batch.length >= batchSize || (batch.length === 0 && readThisRun % batchSize === 0)) await flush();
    }
    await flush();
  } catch (error) {
    failure = (error as Error).message;
  }
  const status = await finishRun(knex, state, failure);
  await clearDataCache(context, schema);
  return outcome(status);
}
