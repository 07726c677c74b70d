// Bulk-load mode for a large full file on PostgreSQL: an index costs more kept up row by row than built once at
// the end (measured with 5,000,000 companies: 235 s with the GIN bigram indexes kept up, 227 s with every index
// built afterwards; the largest GIN index over 1,000,000 companies builds in 17.5 s with 64 MB to sort in, 14.5 s
// with 1 GB, no faster with more). So
// before such a file the import drops the non-unique indexes of `companies` and `company_history`, copies the
// rows, and builds them again: the GIN ones on one connection, the btree ones on another, so both cores work. The
// unique ones stay: the import relies on them.
// The dropped definitions are written to yuchi_deferred_indexes first, in the same transaction as the drop, so an
// import killed midway loses none: the next import (resumed or not) builds them when it ends.
import type { Knex } from 'knex';

export const DEFERRED_INDEXES_TABLE = 'yuchi_deferred_indexes';
const TABLES = ['companies', 'company_history'];
// Memory an index build may sort in (PostgreSQL's default is 64 MB); the two builds run at once.
const BUILD_MEMORY: Record<string, string> = { gin: '1GB', btree: '512MB' };

interface DeferredIndex {
  name: string;
  definition: string;
  method: string;
}

/** Indexes left dropped by an earlier import that did not end. */
export async function pendingDeferredIndexes(knex: Knex): Promise<number> {
  if (!(await knex.schema.hasTable(DEFERRED_INDEXES_TABLE))) return 0;
  const row = (await knex(DEFERRED_INDEXES_TABLE).count({ n: '*' }).first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}

/** Drops the secondary indexes of the import's tables, recording each; answers how many. */
export async function deferIndexes(knex: Knex, importRun: number): Promise<number> {
  if (!(await knex.schema.hasTable(DEFERRED_INDEXES_TABLE))) return 0;
  return knex.transaction(async (trx) => {
    const { rows } = (await trx.raw(
      `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition, am.amname AS method
         FROM pg_index i
         JOIN pg_class c ON c.oid = i.indexrelid
         JOIN pg_class t ON t.oid = i.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         JOIN pg_am am ON am.oid = c.relam
        WHERE t.relname = ANY(?) AND n.nspname = current_schema() AND NOT i.indisunique AND NOT i.indisprimary
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
      [TABLES],
    )) as { rows: DeferredIndex[] };
    for (const index of rows) {
      await trx(DEFERRED_INDEXES_TABLE).insert({ name: index.name, definition: index.definition, method: index.method, import_run: importRun }).onConflict('name').ignore();
      await trx.raw('DROP INDEX IF EXISTS ??', [index.name]);
    }
    return rows.length;
  });
}

/** Builds every recorded index again, GIN and btree side by side, and forgets each as it is built. */
export async function restoreDeferredIndexes(knex: Knex): Promise<number> {
  if (!(await knex.schema.hasTable(DEFERRED_INDEXES_TABLE))) return 0;
  const all = (await knex(DEFERRED_INDEXES_TABLE).select('name', 'definition', 'method').orderBy('name')) as DeferredIndex[];
  const build = async (indexes: DeferredIndex[]) => {
    for (const index of indexes) {
      await knex.transaction(async (trx) => {
        await trx.raw(`SET LOCAL maintenance_work_mem = '${BUILD_MEMORY[index.method] ?? BUILD_MEMORY['btree']}'`);
        // Directus's own start may have built it again from the schema snapshot meanwhile.
        await trx.raw(index.definition.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '));
        await trx(DEFERRED_INDEXES_TABLE).where({ name: index.name }).delete();
      });
    }
  };
  await Promise.all([build(all.filter((i) => i.method === 'gin')), build(all.filter((i) => i.method !== 'gin'))]);
  return all.length;
}
