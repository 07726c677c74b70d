// The search's fast path for 2-character name words (新潟, 精密, 工業) on PostgreSQL. Directus turns a name word
// into search_name LIKE '%新潟%', which a trigram index serves only from 3 characters on: a 2-character word
// scans every company. Here the same filter runs as one raw query with `yuchi_bigrams(search_name) @> {新潟}`
// added (GIN index from migrations/20261129A-search-indexes.js), which finds exactly the names holding the word.
// Raw SQL applies no row permissions, so the path is taken only for callers who may read every row of each
// collection the filter touches; the page's rows are then read through the ItemsService with the caller's
// accountability. Everyone else, SQLite, and searches without a 2-character word keep to the ItemsService.
import type { Knex } from 'knex';
import { normalizeSearchText } from '../domain/company-name.normalizer.ts';
import { readsEveryRow } from '../security/row-permission.service.ts';
import type { PreparedSearch, SearchContext } from './company-search.service.ts';
import { translateFilter } from './filter-sql.translator.ts';

type Items = { readByQuery: (query: Record<string, unknown>) => Promise<Record<string, unknown>[]> };

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

export const twoCharacterWords = (q: readonly string[]): string[] => [...new Set(q.map(normalizeSearchText).filter((w) => [...w].length === 2))];

/** The search's page and total through the bigram index, or null when this path does not apply. */
export async function searchWithBigrams(ctx: SearchContext, search: PreparedSearch, items: Items): Promise<{ data: Record<string, unknown>[]; total: number } | null> {
  const words = twoCharacterWords(search.criteria.q);
  if (words.length === 0 || !(await hasBigrams(ctx.database))) return null;
  const translation = translateFilter(ctx.database, ctx.schema, 'companies', search.filter);
  if (!translation) return null;
  for (const collection of translation.collections) {
    if (!(await readsEveryRow(ctx.database, ctx.accountability, collection))) return null;
  }
  const matching = () => {
    const query = ctx.database('companies');
    translation.apply(query);
    return query.whereRaw('yuchi_bigrams(??) @> ?::text[]', ['companies.search_name', words]);
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
