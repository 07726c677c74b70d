// `import relations`: capital relations from CSV into company_relations. One relation per parent, child and source:
// importing again updates it (idempotent); a relation of a source that the source's next file no longer lists is
// ended (valid_to = today), never deleted, so the group's history stays.
import type { HookExtensionContext } from '@directus/extensions';
import type { Knex } from 'knex';
import { parseRelationRow, RELATION_HEADER, type RelationRow } from '../domain/relation-csv-row.parser.ts';
import { runCsvImport, type CsvImportKind, type CsvImportOptions, type LineError, type LineRow } from '../imports/csv-import.runner.ts';
import { tokyoDay } from '../domain/tokyo-day.ts';

const CHUNK = 400;

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/** Company ids by corporate number, for the numbers that exist. */
export async function companyIds(trx: Knex, numbers: Iterable<string>): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const part of chunks([...new Set(numbers)])) {
    for (const row of (await trx('companies').select('id', 'corporate_number').whereIn('corporate_number', part)) as { id: number; corporate_number: string }[]) {
      out.set(row.corporate_number, Number(row.id));
    }
  }
  return out;
}

interface StoredRelation {
  id: number;
  parent: number;
  child: number;
  source: string;
  kind: string;
  voting_rights_ratio: number | null;
  as_of: string | null;
  valid_to: string | null;
  review_status: string | null;
}

const keyOf = (parent: number, child: number, source: string) => `${parent}>${child}|${source}`;
// node-pg answers a date column as a Date at local midnight; SQLite as the stored text.
const dayOf = (stored: unknown): string | null => {
  if (stored === null || stored === undefined) return null;
  if (stored instanceof Date) return `${stored.getFullYear()}-${String(stored.getMonth() + 1).padStart(2, '0')}-${String(stored.getDate()).padStart(2, '0')}`;
  return String(stored).slice(0, 10);
};
const sameDay = (stored: unknown, day: string | null) => dayOf(stored) === day;

const insertedId = (row: unknown): number => Number(typeof row === 'object' && row !== null ? (row as { id: number }).id : row);

/** The import of one file; remembers what the file holds, to end the relations it no longer lists. */
export function relationsImportKind(): CsvImportKind<RelationRow> {
  const seen = new Map<string, number>();
  const kept = new Set<number>();
  const sources = new Set<string>();

  const writeBatch = async (trx: Knex, rows: LineRow<RelationRow>[], { state, replay }: { state: { inserted: number; updated: number }; replay: boolean }): Promise<LineError[]> => {
    const errors: LineError[] = [];
    const ids = await companyIds(trx, rows.flatMap(({ row }) => [row.parent, row.child]));
    const usable: { line: number; row: RelationRow; parent: number; child: number }[] = [];
    for (const { line, row } of rows) {
      sources.add(row.source);
      const parent = ids.get(row.parent);
      const child = ids.get(row.child);
      const missing = [parent === undefined ? row.parent : null, child === undefined ? row.child : null].filter((n) => n !== null);
      if (parent === undefined || child === undefined) {
        errors.push({ line, code: 'YUCHI_RELATION_UNKNOWN_COMPANY', message: `法人番号 ${missing.join('、')} の企業が登録されていません。先に法人番号データ（import nta）を取り込んでから、この行を取り込み直してください` });
        continue;
      }
      const key = keyOf(parent, child, row.source);
      const first = seen.get(key);
      if (first !== undefined) {
        errors.push({ line, code: 'YUCHI_RELATION_DUPLICATE', message: `同じ親会社・子会社・出典の関係が ${first} 行目にもあります。この行は取り込みませんでした（${first} 行目を使います）` });
        continue;
      }
      seen.set(key, line);
      usable.push({ line, row, parent, child });
    }
    if (!usable.length) return errors;
    const stored = new Map<string, StoredRelation>();
    for (const part of chunks(usable)) {
      const found = (await trx('company_relations')
        .select('id', 'parent', 'child', 'source', 'kind', 'voting_rights_ratio', 'as_of', 'valid_to', 'review_status')
        .whereIn('parent', [...new Set(part.map((u) => u.parent))])
        .whereIn('child', [...new Set(part.map((u) => u.child))])
        .whereIn('source', [...new Set(part.map((u) => u.row.source))])) as StoredRelation[];
      for (const relation of found) stored.set(keyOf(Number(relation.parent), Number(relation.child), relation.source), relation);
    }
    const now = new Date();
    const inserts: Record<string, unknown>[] = [];
    for (const { row, parent, child } of usable) {
      const held = stored.get(keyOf(parent, child, row.source));
      if (held) {
        kept.add(Number(held.id));
        if (replay) continue;
        const unchanged =
          held.kind === row.kind &&
          (held.voting_rights_ratio === null ? null : Number(held.voting_rights_ratio)) === row.votingRightsRatio &&
          sameDay(held.as_of, row.asOf) &&
          held.valid_to === null &&
          (held.review_status ?? 'confirmed') === 'confirmed';
        if (unchanged) continue;
        await trx('company_relations')
          .where({ id: held.id })
          .update({ kind: row.kind, voting_rights_ratio: row.votingRightsRatio, as_of: row.asOf, valid_to: null, review_status: 'confirmed', date_updated: now });
        state.updated++;
      } else if (!replay) {
        inserts.push({ parent, child, kind: row.kind, voting_rights_ratio: row.votingRightsRatio, as_of: row.asOf, source: row.source, review_status: 'confirmed', date_created: now });
      }
    }
    for (const part of chunks(inserts)) {
      const created = (await trx('company_relations').insert(part).returning('id')) as unknown[];
      for (const row of created) kept.add(insertedId(row));
      state.inserted += part.length;
    }
    return errors;
  };

  const finish = async (knex: Knex): Promise<LineError[]> => {
    if (!sources.size) return [];
    const open = (await knex('company_relations').select('id').whereIn('source', [...sources]).whereNull('valid_to')) as { id: number }[];
    const gone = open.map((r) => Number(r.id)).filter((id) => !kept.has(id));
    const today = tokyoDay();
    for (const part of chunks(gone)) await knex('company_relations').whereIn('id', part).update({ valid_to: today, date_updated: new Date() });
    return [];
  };

  return { source: 'relations', header: RELATION_HEADER, parse: parseRelationRow, writeBatch, finish };
}

export function importRelationsFile(context: Pick<HookExtensionContext, 'database' | 'getSchema' | 'services'>, path: string, options: CsvImportOptions = {}) {
  return runCsvImport(context, path, relationsImportKind(), options);
}
