// The search's fast path on PostgreSQL for words searched inside text (q, text, person, establishment_name).
// Directus writes each as LIKE '%word%', which no index serves below 3 characters (a trigram index needs a
// trigram) — and 新潟, 精密, 佐藤 are 2. Here the same filter runs as one raw query in which such a word also asks
// `yuchi_bigrams(column) @> yuchi_bigrams(word)`, answered by the GIN indexes of migrations/20261129A-search-indexes.js.
// Raw SQL applies no row permissions, so this path is taken only for callers who may read every row of each
// collection the filter touches (every field it reads was checked by prepareSearch); the page's rows are then read
// through the ItemsService with the caller's accountability. Other callers, SQLite, and searches without such a
// word keep to the ItemsService.
import type { Knex } from 'knex';
import { readsEveryRow } from '../security/row-permission.service.ts';
import type { PreparedSearch, SearchContext } from './company-search.service.ts';
import { translateFilter, type BigramColumns } from './filter-sql.translator.ts';

type Items = { readByQuery: (query: Record<string, unknown>) => Promise<Record<string, unknown>[]> };

/** The columns the migration gives a bigram index, and how the filter compares them. */
export const BIGRAM_COLUMNS: BigramColumns = new Map([
  ['companies.search_name', 'plain'],
  ['companies.business_summary', 'lower'],
  ['companies.representative_name', 'lower'],
  ['officers.name', 'lower'],
  ['officers.name_kana', 'lower'],
  ['establishments.name', 'lower'],
]);

const bigramsReady = new WeakMap<Knex, Promise<boolean>>();

/** Whether the database has yuchi_bigrams() (PostgreSQL after the migration); asked once per connection pool. */
function hasBigrams(knex: Knex): Promise<boolean> {
  let ready = bigramsReady.get(knex);
  if (!ready) {
    const client = String(knex.client.config.client);
    ready = ['pg', 'postgres', 'postgresql'].includes(client)
      ? knex.raw(`SELECT to_regprocedure('yuchi_bigrams(text)') IS NOT NULL AS ok`).then((r: { rows: { ok: boolean }[] }) => r.rows[0]?.ok === true)
      : Promise.resolve(false);
    bigramsReady.set(knex, ready);
  }
  return ready;
}

/** The search's page and total through the bigram indexes, or null when this path does not apply. */
export async function searchWithBigrams(ctx: SearchContext, search: PreparedSearch, items: Items): Promise<{ data: Record<string, unknown>[]; total: number } | null> {
  if (!(await hasBigrams(ctx.database))) return null;
  const translation = translateFilter(ctx.database, ctx.schema, { collection: 'companies', filter: search.filter, bigrams: BIGRAM_COLUMNS });
  if (!translation?.usesBigrams) return null;
  for (const collection of translation.collections) {
    if (!(await readsEveryRow(ctx.database, ctx.accountability, collection))) return null;
  }
  const matching = () => {
    const query = ctx.database('companies');
    translation.apply(query);
    return query;
  };
  const { limit, page } = search.criteria;
  const order = search.sort.map((s) => ({ column: `companies.${s.replace(/^-/, '')}`, order: s.startsWith('-') ? 'desc' : 'asc' }));
  const [counted, ids] = await Promise.all([
    matching().count({ n: '*' }).first() as Promise<{ n: number | string } | undefined>,
    matching().select('companies.id').orderBy(order).limit(limit).offset((page - 1) * limit) as Promise<{ id: number }[]>,
  ]);
  const data = ids.length ? await items.readByQuery({ filter: { id: { _in: ids.map((r) => r.id) } }, fields: search.criteria.fields, sort: search.sort, limit: -1 }) : [];
  return { data, total: Number(counted?.n ?? 0) };
}
