// Applies one batch of NTA records to companies and company_history inside the caller's transaction, with the
// same rules a single edit through Directus gets (search_name, former names).
import type { SchemaOverview } from '@directus/types';
import type { Knex } from 'knex';
import { companyChangesFromNta, describeNtaChange, type CompanyValues } from '../domain/nta-company.mapper.ts';
import type { NtaProcessCode, NtaRecord } from '../domain/nta-record.mapper.ts';
import { formerNamesOf, searchNameOf } from '../companies/company-payload.ts';
import { toStoredRows } from '../setup/row-writer.ts';
import { storedBoolean, storedDate, storedTimestamp } from './stored-values.ts';

const HISTORY_KIND: Record<NtaProcessCode, string> = {
  '01': 'created',
  '11': 'renamed',
  '12': 'moved',
  '13': 'moved',
  '21': 'closed',
  '22': 'revived',
  '71': 'merged',
  '72': 'merger_voided',
  '81': 'name_erased',
  '99': 'deleted',
};

type Row = Record<string, unknown> & { id: number; name: string };

function comparable(field: keyof CompanyValues, value: unknown): unknown {
  if (field === 'closed_on') return storedDate(value);
  if (field === 'source_updated_at') return storedTimestamp(value);
  if (field === 'is_search_excluded') return storedBoolean(value);
  return value ?? null;
}

/** The fields whose stored value differs from the record's, as { field: [before, after] }. */
function diff(previous: Row, values: CompanyValues): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const field of Object.keys(values) as (keyof CompanyValues)[]) {
    const before = comparable(field, previous[field]);
    const after = comparable(field, values[field]);
    // The registry's update date alone is not a change worth a history line.
    if (before !== after && field !== 'source_updated_at') changes[field] = [before, after];
  }
  return changes;
}

export interface BatchResult {
  inserted: number;
  updated: number;
  unchanged: number;
}

export async function writeNtaBatch(trx: Knex, schema: SchemaOverview, records: NtaRecord[], importRun: number): Promise<BatchResult> {
  const numbers = [...new Set(records.map((r) => r.corporateNumber))];
  const existing = new Map<string, Row>();
  for (const row of (await trx('companies').whereIn('corporate_number', numbers).select('*')) as Row[]) existing.set(String(row['corporate_number']), row);

  const result: BatchResult = { inserted: 0, updated: 0, unchanged: 0 };
  const inserts = new Map<string, Record<string, unknown>>();
  const history: Record<string, unknown>[] = [];
  const now = new Date().toISOString();

  for (const record of records) {
    const { values } = companyChangesFromNta(record);
    const pendingInsert = inserts.get(record.corporateNumber);
    if (pendingInsert) {
      // A company new in this batch changes again later in it: write it now so the change gets its history.
      const [row] = await trx('companies').insert(toStoredRows(schema, 'companies', [pendingInsert])).returning('*');
      existing.set(record.corporateNumber, row as Row);
      inserts.delete(record.corporateNumber);
      result.inserted++;
    }
    const previous = existing.get(record.corporateNumber);
    if (!previous) {
      inserts.set(record.corporateNumber, { ...values, former_names: null, search_name: searchNameOf(values) });
      continue;
    }
    // A record older than what is stored (an earlier file imported late) must not roll the company back.
    const storedAt = storedTimestamp(previous['source_updated_at']);
    if (previous['source'] === 'nta' && storedAt !== null && storedAt > values.source_updated_at) {
      result.unchanged++;
      continue;
    }
    const changes = diff(previous, values);
    if (Object.keys(changes).length === 0) {
      result.unchanged++;
      continue;
    }
    const formerNames = formerNamesOf(previous['former_names']).filter((n) => n !== values.name);
    if (changes['name'] && !formerNames.includes(previous.name)) formerNames.push(previous.name);
    const update = { ...values, former_names: formerNames.length ? formerNames : null };
    const row = { ...update, search_name: searchNameOf(update) };
    await trx('companies').where({ id: previous.id }).update(toStoredRows(schema, 'companies', [row])[0]!);
    existing.set(record.corporateNumber, { ...previous, ...row });
    history.push({
      company: previous.id,
      changed_at: now,
      effective_on: record.changeDate ?? record.closeDate ?? record.updateDate,
      kind: HISTORY_KIND[record.process] === 'created' ? 'updated' : HISTORY_KIND[record.process],
      summary: describeNtaChange(record, { name: previous.name, address: (previous['address'] as string | null) ?? null }),
      changes,
      source: 'nta',
      source_key: `nta:${record.corporateNumber}:${record.updateDate}:${record.process}:${record.sequence}`,
      import_run: importRun,
    });
    result.updated++;
  }

  if (inserts.size) {
    await trx.batchInsert('companies', toStoredRows(schema, 'companies', [...inserts.values()]), 500);
    result.inserted += inserts.size;
  }
  if (history.length) {
    // The same change read twice (a file resumed after a crash) is recorded once.
    const known = new Set(
      (await trx('company_history').whereIn('source_key', history.map((h) => h['source_key'] as string)).select('source_key')).map((r: { source_key: string }) => r.source_key),
    );
    const fresh = history.filter((h) => !known.has(h['source_key'] as string));
    if (fresh.length) await trx.batchInsert('company_history', toStoredRows(schema, 'company_history', fresh), 200);
  }
  return result;
}
