// Turns a search filter (as search-filter.builder.ts makes it) into knex conditions with the SQL Directus 11 writes
// for the same operators (api/src/database/run-ast/lib/apply-query/filter): `_contains` → LIKE '%…%', `_icontains` →
// LOWER(…) LIKE '%…%', `_some` / `_none` on a one-to-many field → id IN / NOT IN (SELECT fk …). Anything else
// makes the translation fail (null), and the caller keeps to the ItemsService. Row permissions are not applied
// here: the caller checks that the user may read every row of the collections named in `collections`.
//
// Two additions Directus cannot make, both giving the same rows:
// - a word of 2 characters or more on a column with a bigram index (migrations/20261129A-search-indexes.js) also
//   gets `yuchi_bigrams(column) @> yuchi_bigrams(word)`, which that index answers; the LIKE stays as the exact test
//   for longer words (a 2-character word needs none);
// - an `_or` with a `_some` among its members becomes id IN (SELECT … UNION ALL SELECT …), so each member can use
//   its own index (an OR across a table and a subquery makes PostgreSQL read the whole table).
import type { SchemaOverview } from '@directus/types';
import type { Knex } from 'knex';
import type { Filter } from '../domain/search-filter.builder.ts';

type Where = (qb: Knex.QueryBuilder) => void;

export interface FilterTranslation {
  /** adds the filter's conditions to a query on the filtered collection */
  apply: Where;
  /** every collection the conditions read (the filtered one and those of `_some` / `_none`) */
  collections: Set<string>;
}

/** Columns with a GIN index on yuchi_bigrams(column) ('plain', for `_contains`) or yuchi_bigrams(LOWER(column)) ('lower', for `_icontains`). */
export type BigramColumns = ReadonlyMap<string, 'plain' | 'lower'>;

interface Context {
  knex: Knex;
  schema: SchemaOverview;
  bigrams: BigramColumns;
  collections: Set<string>;
}

class Untranslatable extends Error {}

const NUMERIC = new Set(['integer', 'float', 'decimal']);

function columnCondition(ctx: Context, column: string, type: string, operator: string, raw: unknown): Where {
  // Directus casts values of integer, float and decimal fields to numbers.
  const value = NUMERIC.has(type) ? (Array.isArray(raw) ? raw.map(Number) : raw === null ? null : Number(raw)) : raw;
  switch (operator) {
    case '_eq':
      return value === null ? (qb) => qb.whereNull(column) : (qb) => qb.where(column, '=', value as Knex.Value);
    case '_null':
      return value === false ? (qb) => qb.whereNotNull(column) : (qb) => qb.whereNull(column);
    case '_nnull':
      return value === false ? (qb) => qb.whereNull(column) : (qb) => qb.whereNotNull(column);
    case '_in':
    case '_nin': {
      if (!Array.isArray(value)) throw new Untranslatable(operator);
      const values = value as Knex.Value[];
      return operator === '_in' ? (qb) => qb.whereIn(column, values) : (qb) => qb.whereNotIn(column, values);
    }
    case '_gt':
    case '_gte':
    case '_lt':
    case '_lte': {
      const sign = { _gt: '>', _gte: '>=', _lt: '<', _lte: '<=' }[operator];
      return (qb) => qb.where(column, sign, value as Knex.Value);
    }
    case '_contains':
    case '_icontains': {
      if (typeof value !== 'string') throw new Untranslatable(operator);
      const lower = operator === '_icontains';
      const word = lower ? value.toLowerCase() : value;
      const like: Where = lower ? (qb) => qb.whereRaw('LOWER(??) LIKE ?', [column, `%${word}%`]) : (qb) => qb.where(column, 'like', `%${word}%`);
      const length = [...word].length;
      if (length < 2 || ctx.bigrams.get(column) !== (lower ? 'lower' : 'plain')) return like;
      const indexed: Where = (qb) => qb.whereRaw(lower ? 'yuchi_bigrams(LOWER(??)) @> yuchi_bigrams(?)' : 'yuchi_bigrams(??) @> yuchi_bigrams(?)', [column, word]);
      // A 2-character word is in the text exactly when it is one of the text's bigrams: the LIKE would only repeat
      // the test, and PostgreSQL, counting both as independent, would think the matches a hundred times fewer than
      // they are (and pick nested loops that run for minutes). LIKE wildcards and the '|' bigrams leave out keep it.
      if (length === 2 && !/[%_\\|]/u.test(word)) return indexed;
      return (qb) => {
        indexed(qb);
        like(qb);
      };
    }
    default:
      throw new Untranslatable(operator);
  }
}

function relationOf(ctx: Context, collection: string, key: string) {
  return ctx.schema.relations.find((r) => r.related_collection === collection && r.meta?.one_field === key);
}

const isSome = (ctx: Context, collection: string, member: Filter): boolean => {
  const [key, value] = Object.entries(member)[0] ?? [];
  return Object.keys(member).length === 1 && key !== undefined && !!relationOf(ctx, collection, key) && Object.keys((value ?? {}) as object)[0] === '_some';
};

/** The ids of `collection` one member of an `_or` selects, as a subquery. */
function memberIds(ctx: Context, collection: string, member: Filter): Knex.QueryBuilder {
  const [key, value] = Object.entries(member)[0]!;
  const relation = isSome(ctx, collection, member) ? relationOf(ctx, collection, key) : undefined;
  if (relation) {
    const foreignKey = `${relation.collection}.${relation.field}`;
    const query = ctx.knex.select(foreignKey).from(relation.collection).whereNotNull(foreignKey);
    translate(ctx, relation.collection, (value as { _some: Filter })._some).forEach((part) => part(query));
    return query;
  }
  const query = ctx.knex.select(`${collection}.${ctx.schema.collections[collection]!.primary}`).from(collection);
  translate(ctx, collection, member).forEach((part) => part(query));
  return query;
}

function translate(ctx: Context, collection: string, filter: Filter): Where[] {
  ctx.collections.add(collection);
  const parts: Where[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key === '_and' || key === '_or') {
      if (!Array.isArray(value)) throw new Untranslatable(key);
      const members = value as Filter[];
      if (key === '_or' && members.some((member) => isSome(ctx, collection, member))) {
        const [first, ...others] = members.map((member) => memberIds(ctx, collection, member));
        const primary = `${collection}.${ctx.schema.collections[collection]!.primary}`;
        const union = others.length ? first!.unionAll(others) : first!;
        parts.push((qb) => qb.whereIn(primary, union));
        continue;
      }
      const groups = members.map((sub) => translate(ctx, collection, sub));
      parts.push((qb) =>
        qb.where((inner) => {
          for (const group of groups) {
            const all: Knex.QueryCallback = (q) => group.forEach((part) => part(q));
            if (key === '_and') inner.andWhere(all);
            else inner.orWhere(all);
          }
        }),
      );
      continue;
    }
    const field = ctx.schema.collections[collection]?.fields[key];
    if (!field || value === null || typeof value !== 'object') throw new Untranslatable(key);
    const operators = Object.entries(value as Record<string, unknown>);
    if (field.type === 'alias') {
      const relation = relationOf(ctx, collection, key);
      const [operator, nested] = operators[0] ?? [];
      if (!relation || operators.length !== 1 || (operator !== '_some' && operator !== '_none')) throw new Untranslatable(key);
      const inner = translate(ctx, relation.collection, nested as Filter);
      const foreignKey = `${relation.collection}.${relation.field}`;
      const subquery = ctx.knex.select(foreignKey).from(relation.collection).whereNotNull(foreignKey);
      inner.forEach((part) => part(subquery));
      const primary = `${collection}.${ctx.schema.collections[collection]!.primary}`;
      parts.push(operator === '_some' ? (qb) => qb.whereIn(primary, subquery) : (qb) => qb.whereNotIn(primary, subquery));
      continue;
    }
    for (const [operator, operand] of operators) parts.push(columnCondition(ctx, `${collection}.${key}`, field.type, operator, operand));
  }
  return parts;
}

/** The filter as knex conditions on `collection`, or null when it uses an operator or shape this file does not know. */
export function translateFilter(
  knex: Knex,
  schema: SchemaOverview,
  { collection, filter, bigrams = new Map() }: { collection: string; filter: Filter; bigrams?: BigramColumns },
): FilterTranslation | null {
  const ctx: Context = { knex, schema, bigrams, collections: new Set() };
  try {
    const parts = translate(ctx, collection, filter);
    return { apply: (qb) => parts.forEach((part) => part(qb)), collections: ctx.collections };
  } catch (error) {
    if (error instanceof Untranslatable) return null;
    throw error;
  }
}
