// Facts an export page needs beyond the company rows: code-table names for the whole export, and per page the
// site counts, last visits, card counts and group facts, read through the ItemsService so the caller's permissions apply.
import type { ExportColumn, ExportExtras } from '../domain/export-columns.catalogue.ts';
import { tokyoDay } from '../domain/tokyo-day.ts';
import { groupFactsLoader, type GroupFactsLoader } from '../groups/group-facts.loader.ts';
import { itemsService, type SearchContext } from '../search/company-search.service.ts';

export interface CodeNames {
  prefectureName: (code: string) => string | null;
  cityName: (code: string) => string | null;
  industryName: (code: string) => string | null;
}

export async function loadCodeNames(ctx: SearchContext): Promise<CodeNames> {
  const municipalities = (await ctx.database('municipalities').select('code', 'prefecture_code', 'prefecture_name', 'city_name')) as {
    code: string;
    prefecture_code: string;
    prefecture_name: string;
    city_name: string | null;
  }[];
  const industries = (await ctx.database('industries').select('code', 'name')) as { code: string; name: string }[];
  const prefectures = new Map(municipalities.map((m) => [m.prefecture_code, m.prefecture_name]));
  const cities = new Map(municipalities.map((m) => [m.code, m.city_name]));
  const industryNames = new Map(industries.map((i) => [i.code, i.name]));
  return {
    prefectureName: (code) => prefectures.get(code) ?? null,
    cityName: (code) => cities.get(code) ?? null,
    industryName: (code) => industryNames.get(code) ?? null,
  };
}

// SQLite answers an aggregate over a timestamp as epoch milliseconds (number or digit string).
function visitDay(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return tokyoDay(new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string | number)));
}

async function countBy(ctx: SearchContext, collection: string, filter: Record<string, unknown>): Promise<Map<number, number>> {
  const rows = await itemsService(ctx, collection).readByQuery({ filter, aggregate: { count: ['*'] }, group: ['company'], limit: -1 });
  return new Map(rows.map((r) => [Number(r['company']), Number(r['count'])]));
}

export type PageExtrasLoader = (ids: number[]) => Promise<ExportExtras>;

/** A loader of, for one page of companies after another, only what the chosen columns need. */
export function pageExtrasLoader(ctx: SearchContext, columns: readonly ExportColumn[], names: CodeNames): PageExtrasLoader {
  const keys = new Set(columns.map((c) => c.key));
  const groupFacts = keys.has('ultimate_parent_name') || keys.has('group_size') ? groupFactsLoader(ctx) : null;
  return (ids) => loadPageExtras({ ctx, keys, ids, names, groupFacts });
}

async function loadPageExtras({ ctx, keys, ids, names, groupFacts }: { ctx: SearchContext; keys: Set<string>; ids: number[]; names: CodeNames; groupFacts: GroupFactsLoader | null }): Promise<ExportExtras> {
  const company = { company: { _in: ids } };
  const sites = new Map<string, Map<number, number>>();
  for (const key of keys) {
    if (key !== 'sites' && !key.startsWith('sites_in:')) continue;
    const prefecture = key === 'sites' ? null : key.slice('sites_in:'.length);
    const filter = { _and: [company, { status: { _eq: 'active' } }, ...(prefecture ? [{ prefecture_code: { _eq: prefecture } }] : [])] };
    sites.set(prefecture ?? '', await countBy(ctx, 'establishments', filter));
  }
  let lastVisits = new Map<number, string | null>();
  if (keys.has('last_visit')) {
    const rows = await itemsService(ctx, 'visits').readByQuery({
      filter: { _and: [company, { status: { _eq: 'done' } }] },
      aggregate: { max: ['visited_at'] },
      group: ['company'],
      limit: -1,
    });
    lastVisits = new Map(rows.map((r) => [Number(r['company']), visitDay((r['max'] as { visited_at?: unknown } | undefined)?.visited_at)]));
  }
  const cards = keys.has('card_count') ? await countBy(ctx, 'business_cards', company) : new Map<number, number>();
  const groups = groupFacts ? await groupFacts(ids) : { ultimateParentName: () => null, groupSize: () => null };
  return {
    ...names,
    ...groups,
    sitesIn: (id, prefecture) => sites.get(prefecture ?? '')?.get(id) ?? 0,
    lastVisit: (id) => lastVisits.get(id) ?? null,
    cardCount: (id) => cards.get(id) ?? 0,
  };
}
