// The group criteria of POST /yuchi/search (group_of, ultimate_parent) and the export's group columns
// (ultimate_parent_name, group_size) on both databases: one traversal with the group API, and the caller's rights.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { createGroupDataset, GROUP_CN, keyOfCn, type GroupCompanyKey } from '../support/group-dataset.ts';
import { hasVendor, useDirectus, VENDORS } from '../support/suite-directus.ts';
import { callYuchi, errorCode, errorMessage } from '../support/yuchi-api.ts';

const OURS = Object.values(GROUP_CN);
const MEMBERS: GroupCompanyKey[] = ['top', 'alpha', 'beta', 'tokyoChild', 'grandchild', 'shared', 'deep1', 'deep2', 'deep3'];

describe.each(VENDORS)('group search and export on %s', (vendor) => {
  describe.skipIf(!hasVendor(vendor))('group_of, ultimate_parent, ultimate_parent_name, group_size', () => {
    const dx = useDirectus(vendor);
    beforeAll(async () => {
      await createGroupDataset(dx);
    });

    async function found(criteria: Record<string, unknown>): Promise<string[]> {
      const answer = await callYuchi<{ data: { corporate_number: string }[]; meta: { total: number } }>(dx, 'staff1', '/search', { corporate_numbers: OURS, fields: ['corporate_number'], limit: 500, ...criteria });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body.meta.total).toBe(answer.body.data.length);
      return answer.body.data.map((r) => keyOfCn[r.corporate_number]!).sort();
    }

    test.each<[string, Record<string, unknown>, GroupCompanyKey[]]>([
      ['group_of finds every member of the group, from any member', { group_of: GROUP_CN.deep3 }, MEMBERS],
      ['group_of keeps the status criterion (closed members with status any)', { group_of: GROUP_CN.alpha, status: 'any' }, [...MEMBERS, 'closedChild']],
      ['ultimate_parent finds the companies headed by that company', { ultimate_parent: GROUP_CN.top }, MEMBERS],
      ['ultimate_parent of a company that has a parent finds none', { ultimate_parent: GROUP_CN.alpha }, []],
      ['group_of combines with other criteria', { group_of: GROUP_CN.top, prefectures: ['13'] }, ['tokyoChild']],
      ['group_of a company without relations is that company', { group_of: GROUP_CN.loner }, ['loner']],
      ['group_of a cycle ends', { group_of: GROUP_CN.cycleLeaf }, ['cycleA', 'cycleB', 'cycleLeaf']],
    ])('%s', async (_rule, criteria, expected) => {
      expect(await found(criteria)).toEqual([...expected].sort());
    });

    test.each<[string, Record<string, unknown>]>([
      ['group_of', { group_of: '1234567890123' }],
      ['ultimate_parent', { ultimate_parent: 7800000000 }],
    ])('a bad %s gets 400 naming the key', async (key, body) => {
      const answer = await callYuchi(dx, 'staff1', '/search', body);
      expect(answer.status).toBe(400);
      expect(errorCode(answer)).toBe('YUCHI_SEARCH_INVALID');
      expect(errorMessage(answer)).toContain(`「${key}」`);
    });

    test('a caller who may not read capital relations may not search by group', async () => {
      const answer = await callYuchi(dx, 'niigataOnly', '/search', { group_of: GROUP_CN.alpha });
      expect(answer.status).toBe(403);
      expect(errorCode(answer)).toBe('YUCHI_SEARCH_FORBIDDEN');
      expect(errorMessage(answer)).toContain('「group_of」');
    });

    test('the export names the ultimate parent and counts the group', async () => {
      const answer = await callYuchi(dx, 'staff1', '/export', {
        corporate_numbers: [GROUP_CN.deep3, GROUP_CN.top, GROUP_CN.loner, GROUP_CN.cycleLeaf],
        sort: ['id'],
        columns: ['corporate_number', 'ultimate_parent_name', 'group_size'],
      });
      expect(answer.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(answer.bytes as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('企業一覧')!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['法人番号', '最上位親会社', 'グループ企業数']);
      const rows: Record<string, unknown[]> = {};
      sheet.eachRow((row, n) => {
        if (n > 1) rows[keyOfCn[String(row.getCell(1).value)]!] = [row.getCell(2).value, row.getCell(3).value];
      });
      expect(rows).toEqual({
        top: ['見本ホールディングス株式会社', 10],
        deep3: ['見本ホールディングス株式会社', 10],
        cycleLeaf: ['循環エー株式会社', 3],
        loner: [null, 1],
      });
    });
  });
});
