// Applies one batch of NTA records to companies and company_history inside the caller's transaction, with the
// same rules a single edit through Directus gets (search_name, former names). Written for volume: a few statements
// per batch whatever its size, and while batches find only new companies (a full file into an empty table) the
// lookup of stored ones is skipped: the batch is inserted at once, in a savepoint that is rolled back if a number
// turns out to be taken, and only then is the batch taken record by record.
import type { Knex } from 'knex';
import { companyChangesFromNta, describeNtaChange, type CompanyValues } from '../domain/nta-company.mapper.ts';
import type { NtaProcessCode, NtaRecord } from '../domain/nta-record.mapper.ts';
import { formerNamesOf, searchNameOf } from '../companies/company-payload.ts';
import { storedBoolean, storedDate, storedTimestamp } from './stored-values.ts';
import { copyInto } from './postgres-copy.ts';
import { valuesEncoder, type ImportFieldTypes, type SqlDialect } from './stored-row.encoder.ts';

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

const VALUE_COLUMNS: readonly (keyof CompanyValues)[] = [
  'corporate_number', 'name', 'name_kana', 'name_en', 'corporate_kind', 'prefecture_code', 'city_code', 'address', 'postal_code',
  'status', 'closed_on', 'close_reason', 'successor_corporate_number', 'is_search_excluded', 'source', 'source_updated_at',
];
const COMPANY_COLUMNS: readonly string[] = [...VALUE_COLUMNS, 'former_names', 'search_name'];
const HISTORY_COLUMNS: readonly string[] = ['company', 'changed_at', 'effective_on', 'kind', 'summary', 'changes', 'source', 'source_key', 'import_run'];

type Row = Record<string, unknown> & { id: number; name: string };
type CompanyRow = CompanyValues & { former_names: string[] | null; search_name: string };

function comparable(field: keyof CompanyValues, value: unknown): unknown {
  if (field === 'closed_on') return storedDate(value);
  if (field === 'source_updated_at') return storedTimestamp(value);
  if (field === 'is_search_excluded') return storedBoolean(value);
  return value ?? null;
}

/** The fields whose stored value differs from the record's, as { field: [before, after] }. */
function diff(previous: Row, values: CompanyValues): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const field of VALUE_COLUMNS) {
    const before = comparable(field, previous[field]);
    const after = comparable(field, values[field]);
    // The registry's update date alone is not a change worth a history line.
    if (before !== after && field !== 'source_updated_at') changes[field] = [before, after];
  }
  return changes;
}

function newCompany(record: NtaRecord): CompanyRow {
  const { values } = companyChangesFromNta(record);
  return { ...values, former_names: null, search_name: searchNameOf(values) };
}

const quoted = (columns: readonly string[]): string => columns.map((c) => `"${c}"`).join(', ');

export interface BatchResult {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** The statements of one dialect; every one takes plain rows and runs on the batch's transaction. */
interface BatchSql {
  /**
   * Inserts new companies. Unless `verified` (looked up first), some numbers may be taken already: then nothing
   * is written and the answer is null.
   */
  insertNew(trx: Knex, rows: CompanyRow[], verified: boolean): Promise<number | null>;
  insertOne(trx: Knex, row: CompanyRow): Promise<number>;
  selectCompanies(trx: Knex, numbers: string[]): Promise<Row[]>;
  updateCompanies(trx: Knex, rows: (CompanyRow & { id: number })[]): Promise<void>;
  /** Inserts history lines whose source_key is not recorded yet (a file resumed after a crash reads some twice). */
  insertHistory(trx: Knex, rows: Record<string, unknown>[]): Promise<void>;
}

const SELECT_COLUMNS = quoted(['id', ...VALUE_COLUMNS, 'former_names']);
const SAVEPOINT = 'yuchi_new_companies';

// The transaction's own connection (the driver's client object), for what knex has no words for.
const connectionOf = <T>(trx: Knex): Promise<T> => (trx.client as { acquireConnection: () => Promise<T> }).acquireConnection();

/** Runs `write` in a savepoint; a unique violation rolls it back and answers null, anything else is thrown. */
async function unlessTaken<T>(trx: Knex, isUniqueViolation: (error: unknown) => boolean, write: () => Promise<T>): Promise<T | null> {
  await trx.raw(`SAVEPOINT ${SAVEPOINT}`);
  try {
    const result = await write();
    await trx.raw(`RELEASE SAVEPOINT ${SAVEPOINT}`);
    return result;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await trx.raw(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
    return null;
  }
}

// PostgreSQL: new companies by COPY; updates and history as one JSON parameter that json_populate_recordset turns
// into rows of the table's own type, so PostgreSQL converts every value with the column's type.
function postgresSql(): BatchSql {
  const historyList = quoted(HISTORY_COLUMNS);
  const assignments = COMPANY_COLUMNS.map((c) => `"${c}" = v."${c}"`).join(', ');
  const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';
  const copy = async (trx: Knex, rows: CompanyRow[]) => copyInto(await connectionOf(trx), 'companies', COMPANY_COLUMNS, rows);
  return {
    insertNew: (trx, rows, verified) => (verified ? copy(trx, rows) : unlessTaken(trx, isUniqueViolation, () => copy(trx, rows))),
    async insertOne(trx, row) {
      const { rows } = await trx.raw(`INSERT INTO companies (${quoted(COMPANY_COLUMNS)}) SELECT ${quoted(COMPANY_COLUMNS)} FROM json_populate_record(NULL::companies, ?) RETURNING id`, [JSON.stringify(row)]);
      return Number(rows[0].id);
    },
    async selectCompanies(trx, numbers) {
      // The numbers are 13 digits each (checked by the record mapper), safe to join.
      const { rows } = await trx.raw(`SELECT ${SELECT_COLUMNS} FROM companies WHERE corporate_number = ANY(string_to_array(?, ','))`, [numbers.join(',')]);
      return rows as Row[];
    },
    async updateCompanies(trx, rows) {
      await trx.raw(`UPDATE companies AS c SET ${assignments} FROM json_populate_recordset(NULL::companies, ?) AS v WHERE c.id = v.id`, [JSON.stringify(rows)]);
    },
    async insertHistory(trx, rows) {
      await trx.raw(
        `INSERT INTO company_history (${historyList}) SELECT ${historyList} FROM json_populate_recordset(NULL::company_history, ?) ON CONFLICT (source_key) DO NOTHING`,
        [JSON.stringify(rows)],
      );
    },
  };
}

interface SqliteConnection {
  run(sql: string, params: unknown[], done: (this: { changes: number; lastID: number }, error: Error | null) => void): void;
}

// SQLite: each batch goes as one JSON parameter (an array of rows, each an array of values encoded as Directus
// stores them on SQLite) that json_each unpacks, so the work runs in SQLite's thread rather than in binding
// thousands of parameters, and on the driver's own connection: knex would first rewrite the statement.
function sqliteSql(fields: ImportFieldTypes): BatchSql {
  const companyValues = valuesEncoder('sqlite', fields.companies, COMPANY_COLUMNS);
  const historyValues = valuesEncoder('sqlite', fields.company_history, HISTORY_COLUMNS);
  const unpacked = (columns: readonly string[], offset = 0) => columns.map((_, i) => `value ->> ${i + offset}`).join(', ');
  const run = async (trx: Knex, sql: string, params: unknown[]): Promise<{ changes: number; lastID: number }> => {
    const connection = await connectionOf<SqliteConnection>(trx);
    return new Promise((resolve, reject) =>
      connection.run(sql, params, function (error) {
        if (error) reject(error);
        else resolve({ changes: this.changes, lastID: this.lastID });
      }),
    );
  };
  const insertCompanies = `INSERT INTO companies (${quoted(COMPANY_COLUMNS)}) SELECT ${unpacked(COMPANY_COLUMNS)} FROM json_each(?)`;
  const insertNew = async (trx: Knex, rows: CompanyRow[]) => (await run(trx, insertCompanies, [JSON.stringify(rows.map(companyValues))])).changes;
  const isUniqueViolation = (error: unknown) => /UNIQUE constraint failed: companies\.corporate_number/.test(String((error as Error).message));
  // Row value 0 is the id; the columns follow.
  const update = `UPDATE companies SET ${COMPANY_COLUMNS.map((c, i) => `"${c}" = v.value ->> ${i + 1}`).join(', ')} FROM json_each(?) AS v WHERE companies.id = v.value ->> 0`;
  const insertHistory = `INSERT INTO company_history (${quoted(HISTORY_COLUMNS)}) SELECT ${unpacked(HISTORY_COLUMNS)} FROM json_each(?) WHERE true ON CONFLICT (source_key) DO NOTHING`;
  return {
    insertNew: (trx, rows, verified) => (verified ? insertNew(trx, rows) : unlessTaken(trx, isUniqueViolation, () => insertNew(trx, rows))),
    async insertOne(trx, row) {
      return (await run(trx, `INSERT INTO companies (${quoted(COMPANY_COLUMNS)}) VALUES (${COMPANY_COLUMNS.map(() => '?').join(', ')})`, companyValues(row))).lastID;
    },
    async selectCompanies(trx, numbers) {
      return (await trx.raw(`SELECT ${SELECT_COLUMNS} FROM companies WHERE corporate_number IN (SELECT value FROM json_each(?))`, [JSON.stringify(numbers)])) as Row[];
    },
    async updateCompanies(trx, rows) {
      await run(trx, update, [JSON.stringify(rows.map((row) => [row.id, ...companyValues(row)]))]);
    },
    async insertHistory(trx, rows) {
      await run(trx, insertHistory, [JSON.stringify(rows.map(historyValues))]);
    },
  };
}

export function sqlDialectOf(knex: Knex): SqlDialect {
  const client = String((knex.client as { config?: { client?: unknown } }).config?.client ?? '');
  if (client === 'pg' || client === 'postgres' || client === 'postgresql') return 'pg';
  if (client === 'sqlite3' || client === 'better-sqlite3') return 'sqlite';
  throw new Error(`NTA の一括取込は PostgreSQL と SQLite に対応しています（DB_CLIENT=${client} は未対応です）`);
}

export class NtaBatchWriter {
  readonly #sql: BatchSql;
  readonly #importRun: number;
  // Set while the last batch found no existing company: the next one then inserts first and looks up only the
  // numbers the insert found taken.
  #expectNew = false;

  constructor({ dialect, fields, importRun }: { dialect: SqlDialect; fields: ImportFieldTypes; importRun: number }) {
    this.#sql = dialect === 'pg' ? postgresSql() : sqliteSql(fields);
    this.#importRun = importRun;
  }

  async write(trx: Knex, records: NtaRecord[]): Promise<BatchResult> {
    const result: BatchResult = { inserted: 0, updated: 0, unchanged: 0 };
    if (records.length === 0) return result;
    const numbers = new Set(records.map((r) => r.corporateNumber));
    if (this.#expectNew && numbers.size === records.length) {
      const inserted = await this.#sql.insertNew(trx, records.map(newCompany), false);
      if (inserted !== null) {
        result.inserted += inserted;
        return result;
      }
      // Some of them are stored already: take the batch record by record.
    }
    const existing = new Map<string, Row>();
    for (const row of await this.#sql.selectCompanies(trx, [...numbers])) existing.set(String(row['corporate_number']), row);
    this.#expectNew = existing.size === 0;
    await this.#apply(trx, records, existing, result);
    return result;
  }

  /** The record-by-record rules, for batches that meet companies already stored. */
  async #apply(trx: Knex, records: NtaRecord[], existing: Map<string, Row>, result: BatchResult): Promise<void> {
    const inserts = new Map<string, CompanyRow>();
    const updates = new Map<number, CompanyRow & { id: number }>();
    const history: Record<string, unknown>[] = [];
    const now = new Date().toISOString();

    for (const record of records) {
      const { values } = companyChangesFromNta(record);
      const pendingInsert = inserts.get(record.corporateNumber);
      if (pendingInsert) {
        // A company new in this batch changes again later in it: write it now so the change gets its history.
        existing.set(record.corporateNumber, { ...pendingInsert, id: await this.#sql.insertOne(trx, pendingInsert) });
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
      const row = { ...update, search_name: searchNameOf(update), id: previous.id };
      // Each update writes every column, so the last one of a company in the batch is the one that counts.
      updates.set(previous.id, row);
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
        import_run: this.#importRun,
      });
      result.updated++;
    }

    if (inserts.size) result.inserted += (await this.#sql.insertNew(trx, [...inserts.values()], true)) ?? 0;
    if (updates.size) await this.#sql.updateCompanies(trx, [...updates.values()]);
    if (history.length) await this.#sql.insertHistory(trx, history);
  }
}
