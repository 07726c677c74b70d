import { describe, expect, test } from 'vitest';
import { rowsAfter, sortKeys, type NullOrder } from './keyset-page.filter.ts';

type Row = { id: number; capital: number | null; name: string };

const ROWS: Row[] = [
  { id: 1, capital: 50, name: 'b' },
  { id: 2, capital: null, name: 'a' },
  { id: 3, capital: 10, name: 'b' },
  { id: 4, capital: 50, name: 'a' },
  { id: 5, capital: null, name: 'c' },
  { id: 6, capital: 10, name: 'a' },
];

/** Evaluates the small filter language rowsAfter writes, as the database would. */
function matches(row: Record<string, unknown>, filter: Record<string, unknown>): boolean {
  return Object.entries(filter).every(([key, value]) => {
    if (key === '_or') return (value as Record<string, unknown>[]).some((f) => matches(row, f));
    if (key === '_and') return (value as Record<string, unknown>[]).every((f) => matches(row, f));
    const [op, operand] = Object.entries(value as Record<string, unknown>)[0]!;
    const v = row[key] as number | string | null;
    if (op === '_null') return v === null;
    if (op === '_nnull') return v !== null;
    if (v === null) return false;
    if (op === '_eq') return v === operand;
    if (op === '_gt') return v > (operand as typeof v);
    if (op === '_lt') return v < (operand as typeof v);
    throw new Error(op);
  });
}

function sorted(sort: string[], nulls: NullOrder): Row[] {
  const keys = sortKeys(sort);
  return [...ROWS].sort((a, b) => {
    for (const { field, descending } of keys) {
      const x = a[field as keyof Row];
      const y = b[field as keyof Row];
      if (x === y) continue;
      const nullBig = nulls === 'nulls-largest';
      const cmp = x === null ? (nullBig ? 1 : -1) : y === null ? (nullBig ? -1 : 1) : x < y ? -1 : 1;
      return descending ? -cmp : cmp;
    }
    return 0;
  });
}

describe('reading page after page without OFFSET', () => {
  test.each<[string[], NullOrder]>([
    [['id'], 'nulls-largest'],
    [['-capital', 'id'], 'nulls-largest'],
    [['capital', 'id'], 'nulls-largest'],
    [['-capital', 'id'], 'nulls-smallest'],
    [['capital', 'id'], 'nulls-smallest'],
    [['name', '-capital', 'id'], 'nulls-largest'],
    [['-name', 'capital', 'id'], 'nulls-smallest'],
  ])('pages of 2 in order %j (%s) give every row once, in order', (sort, nulls) => {
    const order = sorted(sort, nulls);
    const read: Row[] = [];
    let filter: Record<string, unknown> | null = null;
    for (;;) {
      const page: Row[] = order.filter((row) => !filter || matches(row, filter)).slice(0, 2);
      read.push(...page);
      if (page.length < 2) break;
      filter = rowsAfter(sortKeys(sort), page.at(-1)!, nulls);
    }
    expect(read.map((r) => r.id)).toEqual(order.map((r) => r.id));
  });

  test('sorted by the primary key alone, the filter is a plain id > last', () => {
    expect(rowsAfter(sortKeys(['id']), { id: 1000 }, 'nulls-largest')).toEqual({ id: { _gt: 1000 } });
  });
});
