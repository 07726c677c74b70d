// A search filter as one raw SQL condition on PostgreSQL, for the paths that need speed the ItemsService cannot give
// (the search's total and page, the export's pages). Raw SQL applies no row permissions, so the translation is
// handed out only for callers who may read every row of each collection the filter touches; the fields were
// checked by prepareSearch. Others, SQLite (the translator writes the SQL Directus writes for PostgreSQL), and
// filters the translator does not know get null and keep to the ItemsService.
import type { Knex } from 'knex';
import type { Filter } from '../domain/search-filter.builder.ts';
import { readsEveryRow } from '../security/row-permission.service.ts';
import type { SearchContext } from './company-search.service.ts';
import { translateFilter, type BigramColumns, type FilterTranslation } from './filter-sql.translator.ts';

/** The columns migrations/20261129A-search-indexes.js gives a bigram index, and how the filter compares them. */
export const BIGRAM_COLUMNS: BigramColumns = new Map([
  ['companies.search_name', 'plain'],
  ['companies.business_summary', 'lower'],
  ['companies.representative_name', 'lower'],
  ['officers.name', 'lower'],
  ['officers.name_kana', 'lower'],
  ['establishments.name', 'lower'],
]);

export const isPostgres = (knex: Knex): boolean => ['pg', 'postgres', 'postgresql'].includes(String(knex.client.config.client));

const bigramsReady = new WeakMap<Knex, Promise<boolean>>();

/** Whether the database has yuchi_bigrams() (PostgreSQL after the migration); asked once per connection pool. */
function hasBigrams(knex: Knex): Promise<boolean> {
  let ready = bigramsReady.get(knex);
  if (!ready) {
    ready = isPostgres(knex)
      ? knex.raw(`SELECT to_regprocedure('yuchi_bigrams(text)') IS NOT NULL AS ok`).then((r: { rows: { ok: boolean }[] }) => r.rows[0]?.ok === true)
      : Promise.resolve(false);
    bigramsReady.set(knex, ready);
  }
  return ready;
}

/**
 * The filter on companies as knex conditions (with bigram tests where the database has them), or null when the
 * database is not PostgreSQL, the caller is restricted to some rows of a collection it reads, or the filter cannot
 * be translated.
 */
export async function unrestrictedFilterSql(ctx: SearchContext, filter: Filter): Promise<FilterTranslation | null> {
  if (!isPostgres(ctx.database)) return null;
  const bigrams = await hasBigrams(ctx.database);
  const translation = translateFilter(ctx.database, ctx.schema, { collection: 'companies', filter, ...(bigrams ? { bigrams: BIGRAM_COLUMNS } : {}) });
  if (!translation) return null;
  for (const collection of translation.collections) {
    if (!(await readsEveryRow(ctx.database, ctx.accountability, collection))) return null;
  }
  return translation;
}
