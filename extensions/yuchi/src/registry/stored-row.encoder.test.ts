import { describe, expect, test } from 'vitest';
import { valuesEncoder } from './stored-row.encoder.ts';

const types = { closed_on: 'date', source_updated_at: 'timestamp', former_names: 'json', name: 'string', is_search_excluded: 'boolean' };
const columns = ['name', 'closed_on', 'source_updated_at', 'former_names', 'is_search_excluded', 'missing'];

describe('valuesEncoder for SQLite', () => {
  const encode = valuesEncoder('sqlite', types, columns);

  test('stores dates as local midnight and timestamps as their instant, both in epoch milliseconds, as Directus does', () => {
    const [, closedOn, updatedAt] = encode({ closed_on: '2026-10-30', source_updated_at: '2026-10-29T15:00:00.000Z' });
    expect(closedOn).toBe(new Date(2026, 9, 30).getTime());
    expect(updatedAt).toBe(Date.UTC(2026, 9, 29, 15));
  });

  test('stores JSON as text and leaves strings, booleans and nulls as they are', () => {
    expect(encode({ name: '株式会社テスト', former_names: ['旧商号'], is_search_excluded: true })).toEqual(['株式会社テスト', null, null, '["旧商号"]', true, null]);
  });
});

describe('valuesEncoder for PostgreSQL', () => {
  test('passes every value on as it is: PostgreSQL converts them with the column types', () => {
    const encode = valuesEncoder('pg', types, columns);
    expect(encode({ name: 'a', closed_on: '2026-10-30', source_updated_at: '2026-10-29T15:00:00.000Z', former_names: ['b'], is_search_excluded: false })).toEqual([
      'a', '2026-10-30', '2026-10-29T15:00:00.000Z', ['b'], false, null,
    ]);
  });
});
