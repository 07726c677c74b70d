// The export's companies, page after page, with the facts each page's columns need. Pages follow each other by
// "rows after the last one" (keyset) rather than OFFSET, which makes the database walk every earlier row again for
// each page; OFFSET stays for sorts on keys that cannot be compared exactly. The next page is read while the
// current one is being written.
//
// On PostgreSQL, for a caller no row permission restricts, a page is one raw query (unrestricted-filter.service.ts):
// the ItemsService's per-row work is a third of an export's time. Its values are those the ItemsService gives
// (dates as YYYY-MM-DD, json parsed); every field was checked readable by prepareExport.
import type { Knex } from 'knex';
import type { CompanyRow, ExportColumn, ExportExtras } from '../domain/export-columns.catalogue.ts';
import { rowsAfter, sortKeys, type NullOrder, type SortKey } from '../domain/keyset-page.filter.ts';
import type { Filter } from '../domain/search-filter.builder.ts';
import { itemsService, type PreparedSearch, type SearchContext } from '../search/company-search.service.ts';
import { translateFilter } from '../search/filter-sql.translator.ts';
import { isPostgres, unrestrictedFilterSql } from '../search/unrestricted-filter.service.ts';
import { pageExtrasLoader, type CodeNames } from './export-extras.loader.ts';

export const PAGE_SIZE = 1000;

// Types whose values come back from the ItemsService exactly as stored (a timestamp loses its microseconds on the
// way, a float may not round-trip), so "after this row" can be asked with them.
const KEYSET_TYPES = new Set(['integer', 'bigInteger', 'string', 'text', 'date', 'uuid', 'boolean']);

export interface CompanyPage {
  companies: CompanyRow[];
  extras: ExportExtras;
}

type PageRead = (page: number, last: CompanyRow | undefined) => Promise<CompanyRow[]>;

/** One page by raw SQL, or null when the caller or the filter needs the ItemsService. */
async function rawPageRead(ctx: SearchContext, { search, keys, fields, nulls }: { search: PreparedSearch; keys: SortKey[]; fields: string[]; nulls: NullOrder }): Promise<PageRead | null> {
  const translation = await unrestrictedFilterSql(ctx, search.filter);
  if (!translation) return null;
  const types = ctx.schema.collections['companies']?.fields ?? {};
  const knex: Knex = ctx.database;
  const columns = fields.map((f) => (types[f]?.type === 'date' ? knex.raw(`to_char(??, 'YYYY-MM-DD') AS ??`, [`companies.${f}`, f]) : `companies.${f}`));
  const order = keys.map((k) => ({ column: `companies.${k.field}`, order: k.descending ? 'desc' : 'asc' }));
  return async (_page, last) => {
    const query = knex('companies').select(columns);
    translation.apply(query);
    if (last) {
      const after = translateFilter(knex, ctx.schema, { collection: 'companies', filter: rowsAfter(keys, last, nulls) as Filter });
      if (!after) throw new Error('keyset filter could not be translated');
      after.apply(query);
    }
    return (await query.orderBy(order).limit(PAGE_SIZE)) as CompanyRow[];
  };
}

export async function* companyPages({ ctx, search, columns, names }: { ctx: SearchContext; search: PreparedSearch; columns: readonly ExportColumn[]; names: CodeNames }): AsyncGenerator<CompanyPage> {
  const keys = sortKeys(search.sort);
  const companyFields = ctx.schema.collections['companies']?.fields ?? {};
  const keyset = keys.every((k) => KEYSET_TYPES.has(companyFields[k.field]?.type ?? ''));
  const nulls: NullOrder = isPostgres(ctx.database) ? 'nulls-largest' : 'nulls-smallest';
  const fields = [...new Set(['id', ...keys.map((k) => k.field), ...columns.flatMap((c) => c.fields)])];
  const items = itemsService(ctx, 'companies');
  const extrasOf = pageExtrasLoader(ctx, columns, names);
  const viaItems: PageRead = async (page, last) => {
    const filter = keyset && last ? { _and: [search.filter, rowsAfter(keys, last, nulls)] } : search.filter;
    return (await items.readByQuery({ filter, fields, sort: search.sort, limit: PAGE_SIZE, ...(keyset ? {} : { page }) })) as CompanyRow[];
  };
  const readPage = (keyset && (await rawPageRead(ctx, { search, keys, fields, nulls }))) || viaItems;

  const read = async (page: number, last: CompanyRow | undefined): Promise<CompanyPage | null> => {
    const companies = await readPage(page, last);
    if (companies.length === 0) return null;
    return { companies, extras: await extrasOf(companies.map((c) => c.id)) };
  };
  // A page read ahead is awaited below; the no-op handler only keeps a failure from counting as unhandled when the
  // writer stops early.
  const ahead = (promise: Promise<CompanyPage | null>) => (promise.catch(() => undefined), promise);

  let pending = ahead(read(1, undefined));
  for (let page = 1; ; page++) {
    const current = await pending;
    if (!current) return;
    const full = current.companies.length === PAGE_SIZE;
    if (full) pending = ahead(read(page + 1, current.companies[current.companies.length - 1]));
    yield current;
    if (!full) return;
  }
}
