import { describe, expect, test } from 'vitest';
import { DEFAULT_EXPORT_COLUMNS, EXPORT_COLUMN_KEYS, exportColumn, type ExportExtras } from './export-columns.catalogue.ts';

const extras: ExportExtras = {
  prefectureName: (code) => (code === '15' ? '新潟県' : null),
  cityName: () => '長岡市',
  industryName: () => '食料品製造業',
  sitesIn: (_id, prefecture) => (prefecture === '15' ? 2 : 5),
  lastVisit: () => '2026-10-01',
  cardCount: () => 3,
  ultimateParentName: (id) => (id === 1 ? '見本ホールディングス株式会社' : null),
  groupSize: (id) => (id === 1 ? 12 : 1),
};

describe('export column catalogue', () => {
  test('every default column is in the catalogue', () => {
    for (const key of DEFAULT_EXPORT_COLUMNS) expect(exportColumn(key), key).not.toBeNull();
  });

  test.each([['shoe_size'], ['sites_in:48'], ['sites_in:'], ['SITES']])('%s is not a column', (key) => {
    expect(exportColumn(key)).toBeNull();
  });

  test('sites_in:NN names its prefecture in the header and counts sites there', () => {
    const column = exportColumn('sites_in:15', extras.prefectureName)!;
    expect(column.header).toBe('拠点数（新潟県）');
    expect(column.value({ id: 1 }, extras)).toBe(2);
  });

  test.each<[Record<string, unknown>, string | null]>([
    [{ employees_label: '50〜99人', employees_lower: 50, employees_upper: 99 }, '50〜99人'],
    [{ employees_lower: 120, employees_upper: 120 }, '120'],
    [{ employees_lower: 300, employees_upper: null }, '300〜'],
    [{ employees_lower: null, employees_upper: 10 }, '〜10'],
    [{}, null],
  ])('a range column shows %j as %j', (row, text) => {
    expect(exportColumn('employees')!.value({ id: 1, ...row }, extras)).toBe(text);
  });

  test('codes become names a reader understands', () => {
    const row = { id: 1, status: 'closed', corporate_kind: '301', prefecture_code: '15', securities_code: null, former_names: ['旧名A', '旧名B'] };
    expect(exportColumn('status')!.value(row, extras)).toBe('閉鎖');
    expect(exportColumn('corporate_kind')!.value(row, extras)).toBe('株式会社');
    expect(exportColumn('prefecture')!.value(row, extras)).toBe('新潟県');
    expect(exportColumn('listed')!.value(row, extras)).toBe('非上場');
    expect(exportColumn('former_names')!.value(row, extras)).toBe('旧名A、旧名B');
  });

  test('the group columns name the ultimate parent and count the group, and need the right to read relations', () => {
    expect(exportColumn('ultimate_parent_name')).toMatchObject({ header: '最上位親会社', related: { company_relations: expect.arrayContaining(['parent', 'child']) } });
    expect(exportColumn('ultimate_parent_name')!.value({ id: 1 }, extras)).toBe('見本ホールディングス株式会社');
    expect(exportColumn('group_size')!.value({ id: 2 }, extras)).toBe(1);
  });

  test('risk has an overall column and one per category, with Japanese headers, each reading its level', () => {
    const keys = ['risk_level', 'risk_antisocial', 'risk_financial', 'risk_sanction', 'risk_existence', 'risk_reputation'];
    expect(keys.map((key) => exportColumn(key)?.header)).toEqual(['総合リスク', '反社リスク', '財務リスク', '行政処分リスク', '実在性リスク', '風評リスク']);
    expect(exportColumn('risk_sanction')).toMatchObject({ fields: ['risk_sanction'] });
    expect(exportColumn('risk_sanction')!.value({ id: 1, risk_sanction: 2 }, extras)).toBe(2);
  });

  test('the catalogue lists at least 30 columns', () => {
    expect(EXPORT_COLUMN_KEYS.length).toBeGreaterThanOrEqual(30);
  });
});
