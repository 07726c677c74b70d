// Turns a search filter (as search-filter.builder.ts makes it) into knex conditions with the SQL Directus 11 writes
// for the same operators (api/src/database/run-ast/lib/apply-query/filter): `_contains` → LIKE '%…%', `_icontains` →
// LOWER(…) LIKE '%…%', `_some` / `_none` on a one-to-many field → id IN / NOT IN (SELECT fk …). Anything else
// makes the translation fail (null), and the caller keeps to the ItemsService. Row permissions are not applied
// here: the caller checks that the user may read every row of the collections named in `collections`.
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

class Untranslatable extends Error {}

const NUMERIC = new Set(['integer', 'float', 'decimal']);

function columnCondition(column: string, type: string, operator: string, raw: unknown): Where {
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
      if (typeof value !== 'string') throw new Untranslatable(operator);
      return (qb) => qb.where(column, 'like', `%${value}%`);
    case '_icontains':
      if (typeof value !== 'string') throw new Untranslatable(operator);
      return (qb) => qb.whereRaw('LOWER(??) LIKE ?', [column, `%${value.toLowerCase()}%`]);
    default:
      throw new Untranslatable(operator);
  }
}

function translate(knex: Knex, schema: SchemaOverview, collection: string, filter: Filter, collections: Set<string>): Where[] {
  collections.add(collection);
  const parts: Where[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key === '_and' || key === '_or') {
      if (!Array.isArray(value)) throw new Untranslatable(key);
      const groups = (value as Filter[]).map((sub) => translate(knex, schema, collection, sub, collections));
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
    const field = schema.collections[collection]?.fields[key];
    if (!field || value === null || typeof value !== 'object') throw new Untranslatable(key);
    const operators = Object.entries(value as Record<string, unknown>);
    if (field.type === 'alias') {
      const relation = schema.relations.find((r) => r.related_collection === collection && r.meta?.one_field === key);
      const [operator, nested] = operators[0] ?? [];
      if (!relation || operators.length !== 1 || (operator !== '_some' && operator !== '_none')) throw new Untranslatable(key);
      const inner = translate(knex, schema, relation.collection, nested as Filter, collections);
      const foreignKey = `${relation.collection}.${relation.field}`;
      const subquery = knex.select(foreignKey).from(relation.collection).whereNotNull(foreignKey);
      inner.forEach((part) => part(subquery));
      const primary = `${collection}.${schema.collections[collection]!.primary}`;
      parts.push(operator === '_some' ? (qb) => qb.whereIn(primary, subquery) : (qb) => qb.whereNotIn(primary, subquery));
      continue;
    }
    for (const [operator, operand] of operators) parts.push(columnCondition(`${collection}.${key}`, field.type, operator, operand));
  }
  return parts;
}

/** The filter as knex conditions on `collection`, or null when it uses an operator or shape this file does not know. */
export function translateFilter(knex: Knex, schema: SchemaOverview, collection: string, filter: Filter): FilterTranslation | null {
  const collections = new Set<string>();
  try {
    const parts = translate(knex, schema, collection, filter, collections);
    return { apply: (qb) => parts.forEach((part) => part(qb)), collections };
  } catch (error) {
    if (error instanceof Untranslatable) return null;
    throw error;
  }
}
