// "The rows after this one" in a sort order, as a Directus filter: an export reads page after page with it instead
// of an OFFSET, which makes the database walk every earlier row again (page 100 of 1,000 rows first reads 99,000).
// Where NULL goes differs by database: PostgreSQL sorts it as larger than any value, SQLite as smaller.
import type { Filter } from './search-filter.builder.ts';

export interface SortKey {
  field: string;
  descending: boolean;
}

export type NullOrder = 'nulls-largest' | 'nulls-smallest';

const NOTHING: Filter = { id: { _null: true } };

/** Directus sort strings ('-capital_yen', 'id') as keys. */
export const sortKeys = (sort: readonly string[]): SortKey[] => sort.map((s) => ({ field: s.replace(/^-/, ''), descending: s.startsWith('-') }));

const isNull = (value: unknown) => value === null || value === undefined;

/** Rows that come after `value` on this one key, or null when none can; `neverNull` for the primary key. */
function beyond({ field, descending }: SortKey, value: unknown, { nulls, neverNull }: { nulls: NullOrder; neverNull: boolean }): Filter | null {
  const nullsLast = (nulls === 'nulls-largest') !== descending;
  if (isNull(value)) return nullsLast ? null : { [field]: { _nnull: true } };
  const after: Filter = { [field]: { [descending ? '_lt' : '_gt']: value } };
  return nullsLast && !neverNull ? { _or: [after, { [field]: { _null: true } }] } : after;
}

/**
 * The filter for rows after `last` in the order of `keys`; the last key must be unique and never null (the primary
 * key), which the search always sorts by last.
 */
export function rowsAfter(keys: readonly SortKey[], last: Record<string, unknown>, nulls: NullOrder): Filter {
  const [head, ...rest] = keys;
  if (!head) return NOTHING;
  const value = last[head.field];
  const parts: Filter[] = [];
  const strictly = beyond(head, value, { nulls, neverNull: rest.length === 0 });
  if (strictly) parts.push(strictly);
  if (rest.length) parts.push({ _and: [isNull(value) ? { [head.field]: { _null: true } } : { [head.field]: { _eq: value } }, rowsAfter(rest, last, nulls)] });
  if (parts.length === 0) return NOTHING;
  return parts.length === 1 ? parts[0]! : { _or: parts };
}
