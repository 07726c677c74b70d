import { describe, expect, test } from 'vitest';
import { describeEnrichment, displayValue, SUMMARY_MAX_LENGTH } from './enrichment-summary.builder.ts';

const EMPLOYEES = ['employees_lower', 'employees_upper', 'employees_label'];

describe('describeEnrichment', () => {
  test('names the figures that changed', () => {
    expect(describeEnrichment({ source: 'gBizINFO', changed: [{ label: '代表者名', fields: [] }, { label: '従業員数', fields: [] }], conflicts: [] })).toBe(
      'gBizINFO から更新: 代表者名、従業員数',
    );
  });

  test('names each kept hand-entered value with what the source offered', () => {
    const summary = describeEnrichment({
      source: 'gBizINFO',
      changed: [{ label: '資本金', fields: [] }],
      conflicts: [{ label: '従業員数', fields: EMPLOYEES, incoming: { employees_lower: 120, employees_upper: 120, employees_label: '120人' } }],
      notes: ['拠点: 追加4件・更新0件'],
    });
    expect(summary).toBe('gBizINFO から更新: 資本金。手入力の値を残しました: 従業員数（gBizINFO: 120人）。拠点: 追加4件・更新0件');
  });

  test('says so when nothing differed', () => {
    expect(describeEnrichment({ source: 'gBizINFO', changed: [], conflicts: [] })).toBe('gBizINFO の内容と同じでした');
  });

  test(`never exceeds ${SUMMARY_MAX_LENGTH} characters`, () => {
    const conflicts = Array.from({ length: 30 }, (_, i) => ({ label: `項目${i}`, fields: ['x'], incoming: { x: 'あ'.repeat(100) } }));
    const summary = describeEnrichment({ source: 'gBizINFO', changed: [], conflicts });
    expect(summary.length).toBe(SUMMARY_MAX_LENGTH);
    expect(summary.endsWith('…')).toBe(true);
  });
});

describe('displayValue', () => {
  test.each<[string, string[], Record<string, unknown>, string]>([
    ['a range by its label', EMPLOYEES, { employees_lower: 50, employees_upper: 99, employees_label: '50〜99人' }, '50〜99人'],
    ['a range without label by its bounds', EMPLOYEES, { employees_lower: 50, employees_upper: null, employees_label: null }, '50〜'],
    ['an empty range', EMPLOYEES, { employees_lower: null, employees_upper: null, employees_label: null }, ''],
    ['yen with thousands separators', ['capital_yen'], { capital_yen: 50_000_000 }, '50,000,000'],
    ['yen read back as text (PostgreSQL)', ['capital_yen'], { capital_yen: '50000000' }, '50,000,000'],
    ['an address without its codes', ['address', 'prefecture_code', 'city_code'], { address: '新潟県長岡市試験町', prefecture_code: '15', city_code: '15202' }, '新潟県長岡市試験町'],
    ['holders by their names', ['major_shareholders'], { major_shareholders: [{ name: 'A社', ratio: 1 }, { name: 'B社', ratio: 2 }] }, 'A社、B社'],
    ['a postal code as written', ['postal_code'], { postal_code: '940-0062' }, '940-0062'],
    ['nothing', ['representative_name'], { representative_name: null }, ''],
  ])('shows %s', (_label, fields, values, shown) => {
    expect(displayValue(fields, values)).toBe(shown);
  });
});
