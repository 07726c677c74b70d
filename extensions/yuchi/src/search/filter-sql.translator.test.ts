import knexFactory from 'knex';
import type { SchemaOverview } from '@directus/types';
import { describe, expect, test } from 'vitest';
import { buildSearchFilter, type Filter } from '../domain/search-filter.builder.ts';
import { parseSearchCriteria } from '../domain/search-criteria.parser.ts';
import { translateFilter } from './filter-sql.translator.ts';

const knex = knexFactory({ client: 'pg' });

const fields = (types: Record<string, string>) => Object.fromEntries(Object.entries(types).map(([field, type]) => [field, { field, type }]));
const schema = {
  collections: {
    companies: {
      primary: 'id',
      fields: fields({
        id: 'integer', search_name: 'text', business_summary: 'text', status: 'string', is_search_excluded: 'boolean', prefecture_code: 'string',
        employees_lower: 'bigInteger', employees_upper: 'bigInteger', intent_score: 'integer', establishments: 'alias', visits: 'alias', business_cards: 'alias',
      }),
    },
    establishments: { primary: 'id', fields: fields({ id: 'integer', company: 'integer', status: 'string', prefecture_code: 'string', kind: 'string' }) },
    visits: { primary: 'id', fields: fields({ id: 'integer', company: 'integer' }) },
    business_cards: { primary: 'id', fields: fields({ id: 'integer', company: 'integer' }) },
  },
  relations: [
    { collection: 'establishments', field: 'company', related_collection: 'companies', meta: { one_field: 'establishments' } },
    { collection: 'visits', field: 'company', related_collection: 'companies', meta: { one_field: 'visits' } },
    { collection: 'business_cards', field: 'company', related_collection: 'companies', meta: { one_field: 'business_cards' } },
  ],
} as unknown as SchemaOverview;

function sql(filter: Filter) {
  const translation = translateFilter(knex, schema, 'companies', filter);
  if (!translation) return null;
  const query = knex('companies').select('companies.id');
  translation.apply(query);
  const { sql: text, bindings } = query.toSQL();
  return { text, bindings, collections: [...translation.collections].sort() };
}

describe('translating a search filter into SQL', () => {
  test('a name word becomes the LIKE Directus writes for _contains', () => {
    expect(sql({ search_name: { _contains: '新潟' } })).toMatchObject({ text: 'select "companies"."id" from "companies" where "companies"."search_name" like ?', bindings: ['%新潟%'] });
  });

  test('_icontains lower-cases the column and the word', () => {
    expect(sql({ business_summary: { _icontains: 'ＡＢＣ装置' } })).toMatchObject({ text: expect.stringContaining('LOWER("companies"."business_summary") LIKE ?'), bindings: ['%ａｂｃ装置%'] });
  });

  test('_and and _or group their parts', () => {
    const out = sql({ _and: [{ _or: [{ is_search_excluded: { _eq: false } }, { is_search_excluded: { _null: true } }] }, { status: { _eq: 'active' } }] });
    expect(out?.text).toBe('select "companies"."id" from "companies" where (((("companies"."is_search_excluded" = ?) or ("companies"."is_search_excluded" is null))) and ("companies"."status" = ?))');
    expect(out?.bindings).toEqual([false, 'active']);
  });

  test('values of integer fields are cast to numbers, as Directus does', () => {
    expect(sql({ intent_score: { _gte: '50' } })?.bindings).toEqual([50]);
  });

  test('one site must satisfy every condition of its _some', () => {
    const out = sql({ establishments: { _some: { status: { _eq: 'active' }, prefecture_code: { _in: ['15'] }, kind: { _in: ['factory'] } } } });
    expect(out?.text).toBe(
      'select "companies"."id" from "companies" where "companies"."id" in (select "establishments"."company" from "establishments" where "establishments"."company" is not null and "establishments"."status" = ? and "establishments"."prefecture_code" in (?) and "establishments"."kind" in (?))',
    );
    expect(out?.collections).toEqual(['companies', 'establishments']);
  });

  test('_none becomes NOT IN over the related rows', () => {
    expect(sql({ visits: { _none: { id: { _nnull: true } } } })?.text).toContain('"companies"."id" not in (select "visits"."company" from "visits" where "visits"."company" is not null and "visits"."id" is not null)');
  });

  test('every filter the search builds translates', () => {
    const parsed = parseSearchCriteria({ q: '新潟 精密', prefectures: ['15'], employees: { min: 10 }, establishment_prefectures: ['15'], contact: 'none' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const filter = buildSearchFilter(parsed.criteria, { cities: [], industries: [], listMembers: null });
    const translation = translateFilter(knex, schema, 'companies', filter);
    expect([...(translation?.collections ?? [])].sort()).toEqual(['business_cards', 'companies', 'establishments', 'visits']);
  });

  test.each<[string, Filter]>([
    ['an operator it does not know', { status: { _neq: 'closed' } }],
    ['a field the collection does not have', { nickname: { _eq: 'x' } }],
    ['a relational filter other than _some and _none', { establishments: { prefecture_code: { _eq: '15' } } }],
  ])('%s leaves the search to the ItemsService (null)', (_case, filter) => {
    expect(sql(filter)).toBeNull();
  });
});
