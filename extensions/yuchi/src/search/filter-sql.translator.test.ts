import knexFactory from 'knex';
import type { SchemaOverview } from '@directus/types';
import { describe, expect, test } from 'vitest';
import { buildSearchFilter, type Filter } from '../domain/search-filter.builder.ts';
import { parseSearchCriteria } from '../domain/search-criteria.parser.ts';
import { translateFilter, type BigramColumns } from './filter-sql.translator.ts';

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

function sql(filter: Filter, bigrams: BigramColumns = new Map()) {
  const translation = translateFilter(knex, schema, { collection: 'companies', filter, bigrams });
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
    const translation = translateFilter(knex, schema, { collection: 'companies', filter });
    expect([...(translation?.collections ?? [])].sort()).toEqual(['business_cards', 'companies', 'establishments', 'visits']);
  });

  test('a word of 3+ characters on a column with a bigram index also asks the index, and keeps its LIKE', () => {
    const out = sql({ search_name: { _contains: '新潟精密' } }, new Map([['companies.search_name', 'plain']]));
    expect(out).toMatchObject({
      text: 'select "companies"."id" from "companies" where yuchi_bigrams("companies"."search_name") @> yuchi_bigrams(?) and "companies"."search_name" like ?',
      bindings: ['新潟精密', '%新潟精密%'],
    });
  });

  test('a 2-character word is one of the bigrams exactly, so it needs no LIKE', () => {
    const out = sql({ search_name: { _contains: '新潟' } }, new Map([['companies.search_name', 'plain']]));
    expect(out).toMatchObject({ text: 'select "companies"."id" from "companies" where yuchi_bigrams("companies"."search_name") @> yuchi_bigrams(?)', bindings: ['新潟'] });
  });

  test.each(['a%', '_b', 'c|'])('a 2-character word with %s (a LIKE wildcard or the separator) keeps its LIKE', (word) => {
    expect(sql({ search_name: { _contains: word } }, new Map([['companies.search_name', 'plain']]))?.text).toContain('like ?');
  });

  test('_icontains asks the lower-case bigram index with the lower-cased word', () => {
    const out = sql({ business_summary: { _icontains: 'ＩｏＴ機器' } }, new Map([['companies.business_summary', 'lower']]));
    expect(out?.text).toContain('yuchi_bigrams(LOWER("companies"."business_summary")) @> yuchi_bigrams(?) and LOWER("companies"."business_summary") LIKE ?');
    expect(out?.bindings).toEqual(['ｉｏｔ機器', '%ｉｏｔ機器%']);
  });

  test.each<[string, Filter]>([
    ['a one-character word', { search_name: { _contains: '新' } }],
    ['a column without a bigram index', { status: { _contains: 'ac' } }],
    ['_contains on a column indexed in lower case', { business_summary: { _contains: '装置' } }],
  ])('%s gets no bigram condition', (_case, filter) => {
    expect(sql(filter, new Map([['companies.search_name', 'plain'], ['companies.business_summary', 'lower']]))?.text).not.toContain('yuchi_bigrams');
  });

  test('an _or with a _some becomes one id IN over a UNION ALL of its members', () => {
    const out = sql({ _or: [{ search_name: { _contains: '佐藤' } }, { establishments: { _some: { kind: { _eq: 'factory' } } } }] });
    expect(out?.text).toBe(
      'select "companies"."id" from "companies" where "companies"."id" in (select "companies"."id" from "companies" where "companies"."search_name" like ? union all select "establishments"."company" from "establishments" where "establishments"."company" is not null and "establishments"."kind" = ?)',
    );
  });

  test.each<[string, Filter]>([
    ['an operator it does not know', { status: { _neq: 'closed' } }],
    ['a field the collection does not have', { nickname: { _eq: 'x' } }],
    ['a relational filter other than _some and _none', { establishments: { prefecture_code: { _eq: '15' } } }],
  ])('%s leaves the search to the ItemsService (null)', (_case, filter) => {
    expect(sql(filter)).toBeNull();
  });
});
