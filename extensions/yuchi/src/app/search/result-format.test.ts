import { describe, expect, test } from 'vitest';
import { SEVERITY_CHOICES } from '../../../../../scripts/schema/model.ts';
import { exportColumn, type ExportExtras } from '../../domain/export-columns.catalogue.ts';
import { formatYen, intentPercent, pageCount, pageSummary, rangeText, RESULT_FIELDS, riskBadge, riskTitle } from './result-format.ts';

describe('formatYen', () => {
  test.each<[unknown, string]>([
    [null, ''],
    ['', ''],
    ['abc', ''],
    [0, '0円'],
    [5_000, '5,000円'],
    [10_000_000, '1,000万円'],
    ['50000000', '5,000万円'],
    [100_000_000, '1億円'],
    [150_000_000, '1億5,000万円'],
    [1_234_567_890_123, '1兆2,345億6,789万円'],
    [-30_000_000, '-3,000万円'],
    [12_345, '1万円'],
  ])('writes %j as %j', (value, text) => {
    expect(formatYen(value)).toBe(text);
  });
});

describe('rangeText', () => {
  const extras = {} as ExportExtras;
  const rows: Record<string, unknown>[] = [
    { employees_label: '100〜199人', employees_lower: 100, employees_upper: 199 },
    { employees_lower: 10, employees_upper: 49 },
    { employees_lower: 300, employees_upper: null },
    { employees_lower: null, employees_upper: 5 },
    { employees_lower: 20, employees_upper: 20 },
    { employees_lower: null, employees_upper: null },
  ];

  test.each(rows)('writes %j the way the Excel file does', (row) => {
    expect(rangeText(row, 'employees')).toBe(exportColumn('employees')!.value({ id: 1, ...row }, extras) ?? '');
  });

  test('reads the yen ranges by their suffix', () => {
    expect(rangeText({ sales_lower_yen: 1, sales_upper_yen: 2 }, 'sales', '_yen')).toBe('1〜2');
  });
});

describe('riskBadge', () => {
  test('labels 0–3 as the data model does', () => {
    expect([0, 1, 2, 3].map((level) => `${level} ${riskBadge(level)?.label}`)).toEqual(SEVERITY_CHOICES.map((c) => c.text));
    expect(['0', '1', '2', '3'].map((level) => riskBadge(level)?.tone)).toEqual(['none', 'low', 'medium', 'high']);
  });

  test.each([null, undefined, '', 7])('shows no badge for %j', (level) => {
    expect(riskBadge(level)).toBeNull();
  });

  test('the tooltip names the categories above 0 with their level', () => {
    expect(riskTitle({ risk_level: 2, risk_antisocial: 0, risk_sanction: 2, risk_reputation: '1' })).toBe('総合リスク: 中（行政処分 中、風評 低）');
  });

  test('the tooltip gives the overall level alone when no category is above 0 or none could be read', () => {
    expect(riskTitle({ risk_level: 0, risk_sanction: 0 })).toBe('総合リスク: なし');
    expect(riskTitle({ risk_level: 3 })).toBe('総合リスク: 高');
    expect(riskTitle({ risk_level: null, risk_sanction: 2 })).toBeNull();
  });

  test('the result table asks for the category levels beside risk_level', () => {
    expect(RESULT_FIELDS).toEqual(expect.arrayContaining(['risk_level', 'risk_antisocial', 'risk_financial', 'risk_sanction', 'risk_existence', 'risk_reputation']));
  });
});

test.each<[unknown, number | null]>([
  [null, null],
  ['', null],
  [0, 0],
  [42.4, 42],
  ['87', 87],
  [130, 100],
  [-4, 0],
])('the intent bar for %j is %j%% wide', (score, width) => {
  expect(intentPercent(score)).toBe(width);
});

describe('pager', () => {
  test.each<[number, number, number, string]>([
    [0, 1, 50, '該当する企業はありません'],
    [3, 1, 50, '3 件中 1〜3 件'],
    [1234, 3, 500, '1,234 件中 1,001〜1,234 件'],
  ])('%d matches, page %d of %d', (total, page, limit, text) => {
    expect(pageSummary({ total, page, limit })).toBe(text);
  });

  test('has at least one page', () => {
    expect([pageCount(0, 50), pageCount(50, 50), pageCount(51, 50)]).toEqual([1, 1, 2]);
  });
});

test('the table asks for each field once, the id first', () => {
  expect(RESULT_FIELDS[0]).toBe('id');
  expect(new Set(RESULT_FIELDS).size).toBe(RESULT_FIELDS.length);
});
