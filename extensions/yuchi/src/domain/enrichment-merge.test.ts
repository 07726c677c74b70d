import { describe, expect, test } from 'vitest';
import { comparable, enrichmentOriginOf, mergeEnrichment, type EnrichmentOrigin, type MergeUnit } from './enrichment-merge.ts';

const UNITS: MergeUnit[] = [
  { key: 'representative_name', fields: ['representative_name'], policy: 'enrich' },
  { key: 'employees', fields: ['employees_lower', 'employees_upper', 'employees_label'], policy: 'enrich' },
  { key: 'address', fields: ['address'], policy: 'fill' },
  { key: 'major_shareholders', fields: ['major_shareholders'], policy: 'enrich' },
];
const origin = (values: Record<string, unknown>, conflicts: Record<string, unknown> = {}): EnrichmentOrigin => ({ values, conflicts });
const merge = (current: Record<string, unknown>, incoming: Record<string, unknown>, previous: EnrichmentOrigin | null = null) =>
  mergeEnrichment({ units: UNITS, current, incoming, origin: previous });

describe('mergeEnrichment', () => {
  test.each([
    ['null', null],
    ['an empty string', ''],
    ['spaces only', '   '],
    ['a missing key', undefined],
  ])('writes into a field that holds %s', (_label, empty) => {
    const result = merge({ representative_name: empty }, { representative_name: '試験 代表一郎' });
    expect(result.writes).toEqual({ representative_name: '試験 代表一郎' });
    expect(result.changes).toEqual({ representative_name: [empty ?? null, '試験 代表一郎'] });
    expect(result.conflicts).toEqual([]);
    expect(result.origin.values).toEqual({ representative_name: '試験 代表一郎' });
  });

  test('replaces a value the source wrote itself and nobody changed since', () => {
    const result = merge({ representative_name: '旧 代表' }, { representative_name: '新 代表' }, origin({ representative_name: '旧 代表' }));
    expect(result.writes).toEqual({ representative_name: '新 代表' });
    expect(result.conflicts).toEqual([]);
  });

  test('keeps a hand-entered value and reports the conflict with both values', () => {
    const result = merge({ representative_name: '手入力 代表' }, { representative_name: '試験 代表一郎' }, origin({ representative_name: '旧 代表' }));
    expect(result.writes).toEqual({});
    expect(result.changes).toEqual({});
    expect(result.conflicts).toEqual([
      { unit: 'representative_name', fields: ['representative_name'], current: { representative_name: '手入力 代表' }, incoming: { representative_name: '試験 代表一郎' }, isNew: true },
    ]);
    // Provenance still says what the source wrote; the offered value is remembered as reported.
    expect(result.origin).toEqual(origin({ representative_name: '旧 代表' }, { representative_name: '試験 代表一郎' }));
  });

  test('reports the same conflict again as not new', () => {
    const previous = origin({}, { representative_name: '試験 代表一郎' });
    const [conflict] = merge({ representative_name: '手入力 代表' }, { representative_name: '試験 代表一郎' }, previous).conflicts;
    expect(conflict?.isNew).toBe(false);
  });

  test('reports a conflict as new when the source offers another value', () => {
    const previous = origin({}, { representative_name: '試験 代表一郎' });
    const [conflict] = merge({ representative_name: '手入力 代表' }, { representative_name: '試験 代表二郎' }, previous).conflicts;
    expect(conflict?.isNew).toBe(true);
  });

  test('adopts a hand-entered value equal to the source, so later changes of the source follow', () => {
    const first = merge({ representative_name: '試験 代表一郎' }, { representative_name: '試験 代表一郎' }, origin({}, { representative_name: '試験 代表一郎' }));
    expect(first.writes).toEqual({});
    expect(first.origin).toEqual(origin({ representative_name: '試験 代表一郎' }));
    const second = merge({ representative_name: '試験 代表一郎' }, { representative_name: '試験 代表二郎' }, first.origin);
    expect(second.writes).toEqual({ representative_name: '試験 代表二郎' });
  });

  test.each([
    ['null', null],
    ['"Null" already read as null', null],
    ['a missing key', undefined],
  ])('never clears a value when the source has %s', (_label, nothing) => {
    const result = merge({ representative_name: '試験 代表一郎' }, { representative_name: nothing }, origin({ representative_name: '試験 代表一郎' }));
    expect(result.writes).toEqual({});
    expect(result.conflicts).toEqual([]);
  });

  test('writes a range with its label as one figure, and only the columns that differ', () => {
    const result = merge(
      { employees_lower: 120, employees_upper: null, employees_label: null },
      { employees_lower: 120, employees_upper: 120, employees_label: '120人' },
      origin({ employees_lower: 120, employees_upper: null, employees_label: null }),
    );
    expect(result.writes).toEqual({ employees_upper: 120, employees_label: '120人' });
  });

  test('keeps a hand-entered range as a whole, even where one of its columns is empty', () => {
    const result = merge(
      { employees_lower: 50, employees_upper: 99, employees_label: null },
      { employees_lower: 120, employees_upper: 120, employees_label: '120人' },
    );
    expect(result.writes).toEqual({});
    expect(result.conflicts.map((c) => c.unit)).toEqual(['employees']);
  });

  test.each<[string, unknown, unknown]>([
    ['a bigint read back as text (PostgreSQL)', '120', 120],
    ['a decimal written differently', '45.10', 45.1],
    ['text with trailing spaces', '試験 代表一郎  ', '試験 代表一郎'],
    ['a json column read back as text', '[{"ratio":45.12,"name":"テスト持株株式会社"}]', [{ name: 'テスト持株株式会社', ratio: 45.12 }]],
  ])('sees no change in %s', (_label, stored, offered) => {
    expect(comparable(stored)).toBe(comparable(offered));
  });

  test('fills an empty registry field but leaves a differing one alone without a conflict', () => {
    expect(merge({ address: null }, { address: '新潟県長岡市試験町１丁目' }).writes).toEqual({ address: '新潟県長岡市試験町１丁目' });
    const kept = merge({ address: '新潟県長岡市試験町一丁目' }, { address: '新潟県長岡市試験町１丁目' });
    expect(kept.writes).toEqual({});
    expect(kept.conflicts).toEqual([]);
  });

  test('treats an empty list as an empty field', () => {
    const holders = [{ name: 'テスト持株株式会社', ratio: 45.12 }];
    expect(merge({ major_shareholders: [] }, { major_shareholders: holders }).writes).toEqual({ major_shareholders: holders });
  });

  test('leaves the current values and the stored provenance objects untouched', () => {
    const current = { representative_name: null };
    const previous = origin({ employees_lower: 1 });
    merge(current, { representative_name: '試験 代表一郎' }, previous);
    expect(current).toEqual({ representative_name: null });
    expect(previous).toEqual(origin({ employees_lower: 1 }));
  });
});

describe('enrichmentOriginOf', () => {
  test.each<[string, unknown, EnrichmentOrigin | null]>([
    ['an object', { values: { a: 1 }, conflicts: {} }, { values: { a: 1 }, conflicts: {} }],
    ['its JSON text (SQLite read raw)', '{"values":{"a":1}}', { values: { a: 1 }, conflicts: {} }],
    ['null', null, null],
    ['broken JSON', '{"values":', null],
    ['a list', [1, 2], null],
    ['an object with odd members', { values: [1], conflicts: 'x' }, { values: {}, conflicts: {} }],
  ])('reads %s', (_label, stored, expected) => {
    expect(enrichmentOriginOf(stored)).toEqual(expected);
  });
});
