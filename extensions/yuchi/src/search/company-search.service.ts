// The company search behind POST /yuchi/search, the Excel export and target lists: criteria are checked, the
// caller's right to read every field a criterion touches is checked (refusals name the criterion), and the query
// runs through the ItemsService with the caller's accountability, so row permissions bound rows and total alike.
import type { EndpointExtensionContext } from '@directus/extensions';
import type { Accountability, SchemaOverview } from '@directus/types';
import { buildSearchFilter, type Filter } from '../domain/search-filter.builder.ts';
import { ALWAYS_READ, criteriaInUse } from '../domain/search-criteria.fields.ts';
import { DEFAULT_FIELDS, parseSearchCriteria, type SearchCriteria } from '../domain/search-criteria.parser.ts';
import { readableFields } from '../security/collection-permission.service.ts';
import { SearchForbiddenError, SearchInvalidError } from '../shared/errors.ts';
import { citiesWithWards, industriesBelow } from './code-table.lookup.ts';
import { searchWithSql } from './sql-search.service.ts';
import { groupCriteriaMembers } from '../groups/group-criteria.resolver.ts';
import { resolveConfirmedAntisocialExclusion } from '../risk/antisocial-default.resolver.ts';

export interface SearchContext {
  services: EndpointExtensionContext['services'];
  database: EndpointExtensionContext['database'];
  schema: SchemaOverview;
  accountability: Accountability | null;
}

export interface PreparedSearch {
  criteria: SearchCriteria;
  appliedDefaults: string[];
  filter: Filter;
  sort: string[];
}

export interface SearchAnswer {
  data: Record<string, unknown>[];
  meta: { total: number; took_ms: number; applied_defaults: string[] };
}

type Items = { readByQuery: (query: Record<string, unknown>) => Promise<Record<string, unknown>[]> };

export function itemsService(ctx: SearchContext, collection: string): Items {
  return new ctx.services.ItemsService(collection, { knex: ctx.database, schema: ctx.schema, accountability: ctx.accountability }) as unknown as Items;
}

function checkCompanyFields(ctx: SearchContext, key: string, names: readonly string[]): void {
  const fields = ctx.schema.collections['companies']?.fields ?? {};
  names.forEach((name, i) => {
    const field = fields[name];
    if (!field || field.type === 'alias') throw new SearchInvalidError({ key: `${key}[${i}]`, message: `「${key}[${i}]」: 企業に「${name}」という項目はありません` });
  });
}

export async function checkReadable(ctx: SearchContext, uses: { key: string; fields: Record<string, readonly string[]> }[]): Promise<void> {
  const readable = new Map<string, Set<string> | 'all'>();
  for (const { key, fields } of uses) {
    for (const [collection, names] of Object.entries(fields)) {
      if (!readable.has(collection)) readable.set(collection, await readableFields(ctx.database, ctx.accountability, collection));
      const allowed = readable.get(collection)!;
      const missing = allowed === 'all' ? undefined : names.find((name) => !allowed.has(name));
      if (missing !== undefined) throw new SearchForbiddenError({ key, field: collection === 'companies' ? missing : `${collection}.${missing}` });
    }
  }
}

async function listMembers(ctx: SearchContext, list: number | null): Promise<number[] | null> {
  if (list === null) return null;
  // Reading the list itself first: a list the caller may not see is refused rather than silently empty.
  await (itemsService(ctx, 'target_lists') as unknown as { readOne: (id: number, q: object) => Promise<unknown> }).readOne(list, { fields: ['id'] });
  const rows = await itemsService(ctx, 'target_list_companies').readByQuery({ filter: { list: { _eq: list } }, fields: ['company'], limit: -1 });
  return rows.map((r) => Number(r['company']));
}

/** Checks and resolves criteria into the filter and sort every company search runs with. */
export async function prepareSearch(ctx: SearchContext, body: unknown, { extraKeys = [] }: { extraKeys?: readonly string[] } = {}): Promise<PreparedSearch> {
  const parsed = parseSearchCriteria(body, { extraKeys });
  if (!parsed.ok) throw new SearchInvalidError(parsed.error);
  const { criteria, appliedDefaults } = parsed;
  if (criteria.fields.length === 0) {
    const readable = await readableFields(ctx.database, ctx.accountability, 'companies');
    criteria.fields = DEFAULT_FIELDS.filter((f) => readable === 'all' || readable.has(f));
  }
  const sortFields = criteria.sort.map((s) => s.replace(/^-/, ''));
  checkCompanyFields(ctx, 'fields', criteria.fields);
  checkCompanyFields(ctx, 'sort', sortFields);
  const confirmedAntisocialOn = await resolveConfirmedAntisocialExclusion(ctx, criteria, appliedDefaults);
  await checkReadable(ctx, [
    { key: '（常に適用）', fields: ALWAYS_READ },
    ...criteriaInUse(criteria),
    { key: 'fields', fields: { companies: criteria.fields } },
    { key: 'sort', fields: { companies: sortFields } },
  ]);
  const filter = buildSearchFilter(criteria, {
    cities: await citiesWithWards(ctx.database, criteria.cities),
    industries: await industriesBelow(ctx.database, criteria.industries),
    listMembers: await listMembers(ctx, criteria.list),
    groupMembers: await groupCriteriaMembers(ctx, criteria),
    confirmedAntisocialOn,
  });
  // The primary key last, so pages never overlap or skip rows that tie on the requested order.
  const sort = sortFields.includes('id') ? criteria.sort : [...criteria.sort, 'id'];
  return { criteria, appliedDefaults, filter, sort };
}

export async function countMatches(ctx: SearchContext, filter: Filter): Promise<number> {
  // countDistinct: a filter on a one-to-many field joins its rows, and count(*) would count a company per site.
  // (Without joins Directus counts the primary key plainly, as fast as count(*).)
  const [row] = await itemsService(ctx, 'companies').readByQuery({ filter, aggregate: { countDistinct: ['id'] } });
  return Number((row?.['countDistinct'] as { id?: number | string } | undefined)?.id ?? 0);
}

export async function searchCompanies(ctx: SearchContext, body: unknown): Promise<SearchAnswer> {
  const started = performance.now();
  const search = await prepareSearch(ctx, body);
  const { criteria, appliedDefaults, filter, sort } = search;
  const items = itemsService(ctx, 'companies');
  const fast = await searchWithSql(ctx, search, items);
  const [data, total] = fast
    ? [fast.data, fast.total]
    : await Promise.all([items.readByQuery({ filter, fields: criteria.fields, sort, limit: criteria.limit, page: criteria.page }), countMatches(ctx, filter)]);
  return { data, meta: { total, took_ms: Math.round(performance.now() - started), applied_defaults: appliedDefaults } };
}
