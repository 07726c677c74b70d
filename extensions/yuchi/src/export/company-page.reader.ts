// The export's companies, page after page, with the facts each page's columns need. Pages follow each other by
// "rows after the last one" (keyset) rather than OFFSET, which makes the database walk every earlier row again for
// each page; OFFSET stays for sorts on keys that cannot be compared exactly. The next page is read while the
// current one is being written.
import type { CompanyRow, ExportColumn, ExportExtras } from '../domain/export-columns.catalogue.ts';
import { rowsAfter, sortKeys, type NullOrder } from '../domain/keyset-page.filter.ts';
import { itemsService, type PreparedSearch, type SearchContext } from '../search/company-search.service.ts';
import { loadPageExtras, type CodeNames } from './export-extras.loader.ts';

export const PAGE_SIZE = 1000;

// Types whose values come back from the ItemsService exactly as stored (a timestamp loses its microseconds on the
// way, a float may not round-trip), so "after this row" can be asked with them.
const KEYSET_TYPES = new Set(['integer', 'bigInteger', 'string', 'text', 'date', 'uuid', 'boolean']);

export interface CompanyPage {
  companies: CompanyRow[];
  extras: ExportExtras;
}

export async function* companyPages({ ctx, search, columns, names }: { ctx: SearchContext; search: PreparedSearch; columns: readonly ExportColumn[]; names: CodeNames }): AsyncGenerator<CompanyPage> {
  const keys = sortKeys(search.sort);
  const companyFields = ctx.schema.collections['companies']?.fields ?? {};
  const keyset = keys.every((k) => KEYSET_TYPES.has(companyFields[k.field]?.type ?? ''));
  const nulls: NullOrder = ['pg', 'postgres', 'postgresql'].includes(String(ctx.database.client.config.client)) ? 'nulls-largest' : 'nulls-smallest';
  const fields = [...new Set(['id', ...keys.map((k) => k.field), ...columns.flatMap((c) => c.fields)])];
  const items = itemsService(ctx, 'companies');

  const read = async (page: number, last: CompanyRow | undefined): Promise<CompanyPage | null> => {
    const filter = keyset && last ? { _and: [search.filter, rowsAfter(keys, last, nulls)] } : search.filter;
    const companies = (await items.readByQuery({ filter, fields, sort: search.sort, limit: PAGE_SIZE, ...(keyset ? {} : { page }) })) as CompanyRow[];
    if (companies.length === 0) return null;
    return { companies, extras: await loadPageExtras(ctx, columns, companies.map((c) => c.id), names) };
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
