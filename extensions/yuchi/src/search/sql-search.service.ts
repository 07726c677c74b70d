// The search's page and total as raw SQL on PostgreSQL, for callers no row permission restricts
// (unrestricted-filter.service.ts). Two things make it faster than the ItemsService's own query for the same filter:
// a word searched inside text (q, text, person, establishment_name) also asks the bigram GIN indexes of
// migrations/20261129A-search-indexes.js — Directus writes LIKE '%word%', which no index serves below 3 characters,
// and 新潟, 精密, 佐藤 are 2 — and the total is count(*), since one-to-many criteria are subqueries here, where
// Directus counts distinct ids over its joins. The page's rows are then read through the ItemsService with the
// caller's accountability. Other callers and SQLite keep to the ItemsService.
import type { PreparedSearch, SearchContext } from './company-search.service.ts';
import { unrestrictedFilterSql } from './unrestricted-filter.service.ts';

type Items = { readByQuery: (query: Record<string, unknown>) => Promise<Record<string, unknown>[]> };

/** The search's page and total by raw SQL, or null when this path does not apply. */
export async function searchWithSql(ctx: SearchContext, search: PreparedSearch, items: Items): Promise<{ data: Record<string, unknown>[]; total: number } | null> {
  const translation = await unrestrictedFilterSql(ctx, search.filter);
  if (!translation) return null;
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
