// POST /yuchi/export on both databases: the .xlsx a user downloads (headers, frozen row, filter, no formulas, the
// 抽出条件 sheet), the export right, export_log, and the caller's row and field permissions.
import { createHash } from 'node:crypto';
import { readItems } from '@directus/sdk';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { USERS } from '../support/fixtures.ts';
import { createSearchDataset, SEARCH_COMPANIES } from '../support/search-dataset.ts';
import { hasVendor, useDirectus, VENDORS } from '../support/suite-directus.ts';
import { callYuchi, errorCode, errorMessage } from '../support/yuchi-api.ts';

const OURS = Object.values(SEARCH_COMPANIES).map((c) => c.corporate_number);
const COLUMNS = ['corporate_number', 'name', 'prefecture', 'city', 'industry_name', 'employees', 'capital_yen', 'sites', 'sites_in:15', 'last_visit', 'card_count', 'phone', 'listed'];

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function rowsOf(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    out.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return out;
}

describe.each(VENDORS)('Excel export on %s', (vendor) => {
  describe.skipIf(!hasVendor(vendor))('POST /yuchi/export', () => {
    const dx = useDirectus(vendor);
    beforeAll(async () => {
      await createSearchDataset(dx);
    });
    const exportLogCount = async () => (await (await dx.as('admin')).request(readItems('export_log', { fields: ['id'], limit: -1 }))).length;

    test('a 誘致担当 downloads the matches as .xlsx with Japanese headers, a frozen header row and a filter', async () => {
      const answer = await callYuchi(dx, 'staff1', '/export', { corporate_numbers: OURS, q: '精密', sort: ['id'], columns: COLUMNS });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toContain('spreadsheetml');
      expect(answer.headers.get('content-disposition')).toMatch(/attachment; filename="companies-\d{8}-\d{4}\.xlsx"/);
      const workbook = await workbookOf(answer.bytes);
      const sheet = workbook.getWorksheet('企業一覧')!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
        '法人番号', '商号又は名称', '本社都道府県', '本社市区町村', '業種名', '従業員数', '資本金（円）', '拠点数', '拠点数（新潟県）', '最終訪問日', '名刺枚数', '代表電話番号', '上場',
      ]);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      const rows = rowsOf(sheet);
      expect(rows.map((r) => r['商号又は名称'])).toEqual(['新潟精密機械株式会社', '東京精密商事株式会社', 'さくら精密合同会社']);
      expect(rows[0]).toMatchObject({
        本社都道府県: '新潟県',
        本社市区町村: '新潟市中央区',
        従業員数: '100〜199人',
        '資本金（円）': 50_000_000,
        拠点数: 2,
        '拠点数（新潟県）': 1,
        最終訪問日: '2026-10-01',
        名刺枚数: 0,
        上場: '上場',
      });
      expect(rows[1]).toMatchObject({ 従業員数: '300〜', '拠点数（新潟県）': 1, 名刺枚数: 1, 上場: '非上場' });
    });

    test('no cell holds a formula: a value beginning with = is text', async () => {
      const answer = await callYuchi(dx, 'staff1', '/export', { corporate_numbers: [SEARCH_COMPANIES.niigataPrecision.corporate_number], columns: ['name', 'phone'] });
      const sheet = (await workbookOf(answer.bytes)).getWorksheet('企業一覧')!;
      const cell = sheet.getRow(2).getCell(2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe('=1+1');
      expect(cell.numFmt).toBe('@');
      const workbook = await workbookOf(answer.bytes);
      const types: number[] = [];
      workbook.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => types.push(c.type))));
      expect(types.length).toBeGreaterThan(4);
      expect(types).not.toContain(ExcelJS.ValueType.Formula);
    });

    test('the 抽出条件 sheet records the criteria, applied defaults, user, time and row count', async () => {
      const answer = await callYuchi(dx, 'staff1', '/export', { q: '精密', prefectures: ['15'], columns: ['name'] });
      const sheet = (await workbookOf(answer.bytes)).getWorksheet('抽出条件')!;
      const facts = Object.fromEntries(rowsOf(sheet).map((r) => [r['項目'], r['値']]));
      expect(facts['企業名']).toBe('精密');
      expect(facts['本社都道府県']).toBe('15');
      expect(facts['既定で適用した条件']).toBe('status=active, 反社（確認済み）を除外');
      expect(facts['件数']).toBe(2);
      expect(String(facts['出力者'])).toContain(USERS.staff1.email);
      expect(String(facts['出力日時'])).toMatch(/^\d{4}\/\d{1,2}\/\d{1,2}/);
      expect(facts['出力項目']).toBe('商号又は名称');
    });

    test('every export is written to export_log with its user, criteria, columns, rows and SHA-256', async () => {
      const answer = await callYuchi(dx, 'staff1', '/export', { q: '長岡', columns: ['corporate_number', 'name'] });
      const [log] = (await (await dx.as('admin')).request(readItems('export_log', { sort: ['-id'], limit: 1 }))) as Record<string, unknown>[];
      expect(log).toMatchObject({ user: USERS.staff1.id, kind: 'companies_xlsx', row_count: 1, columns: ['corporate_number', 'name'] });
      expect((log!['criteria'] as { q: string[] }).q).toEqual(['長岡']);
      expect(log!['file_sha256']).toBe(createHash('sha256').update(answer.bytes).digest('hex'));
    });

    test('a 閲覧者 may not export: 403 YUCHI_EXPORT_FORBIDDEN and nothing is logged', async () => {
      const before = await exportLogCount();
      const answer = await callYuchi(dx, 'viewer', '/export', { q: '精密' });
      expect(answer.status).toBe(403);
      expect(errorCode(answer)).toBe('YUCHI_EXPORT_FORBIDDEN');
      expect(await exportLogCount()).toBe(before);
    });

    test.each<[string, Record<string, unknown>, number, string]>([
      ['an unknown column', { columns: ['name', 'shoe_size'] }, 400, '「columns[1]」'],
      ['an empty column list', { columns: [] }, 400, '「columns」'],
      ['a bad criterion', { columns: ['name'], limit: 'all' }, 400, '「limit」'],
    ])('%s is refused before any byte is sent', async (_what, body, status, key) => {
      const answer = await callYuchi(dx, 'staff1', '/export', body);
      expect(answer.status).toBe(status);
      expect(errorMessage(answer)).toContain(key);
    });

    describe('with the row-filtered test policy (prefecture 15 only, capital_yen hidden)', () => {
      test('the file holds only rows the caller may read', async () => {
        const answer = await callYuchi(dx, 'niigataOnly', '/export', { q: '精密', columns: ['name', 'prefecture'] });
        expect(answer.status).toBe(200);
        const rows = rowsOf((await workbookOf(answer.bytes)).getWorksheet('企業一覧')!);
        expect(rows.length).toBe(2);
        expect(rows.every((r) => r['本社都道府県'] === '新潟県')).toBe(true);
      });

      test('a column on the hidden field gets 403 naming it', async () => {
        const answer = await callYuchi(dx, 'niigataOnly', '/export', { q: '精密', columns: ['name', 'capital_yen'] });
        expect(answer.status).toBe(403);
        expect(errorCode(answer)).toBe('YUCHI_SEARCH_FORBIDDEN');
        expect(errorMessage(answer)).toContain('「columns[1]」');
      });
    });
  });
});
