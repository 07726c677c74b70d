// Risk screening on both databases: companies' risk columns follow their findings through the REST API, the daily
// expiry recompute, the search's risk criteria (excluded categories, max_level, the default 反社 exclusion and who
// it applies to), bad risk criteria, and the export's risk columns.
import { createItem, deleteItem, readItem, updateItem } from '@directus/sdk';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { queryRows } from '../support/database-query.ts';
import { launchToEnd } from '../support/launcher-process.ts';
import { createSearchDataset, SEARCH_COMPANIES, type SearchCompanyKey } from '../support/search-dataset.ts';
import { hasVendor, suiteEnv, useDirectus, VENDORS } from '../support/suite-directus.ts';
import { callYuchi, errorCode, errorMessage } from '../support/yuchi-api.ts';

interface SearchBody {
  data: Record<string, unknown>[];
  meta: { total: number; applied_defaults: string[] };
}

const LEVELS = ['risk_level', 'risk_antisocial', 'risk_financial', 'risk_sanction', 'risk_existence', 'risk_reputation'] as const;
const OURS = Object.values(SEARCH_COMPANIES).map((c) => c.corporate_number);
const nameOf = Object.fromEntries(Object.entries(SEARCH_COMPANIES).map(([k, c]) => [c.corporate_number, k])) as Record<string, SearchCompanyKey>;
const EXCLUDE_ANTISOCIAL = '反社（確認済み）を除外';
/** A day in Japan, counted back from today. */
const tokyoDay = (daysAgo: number) => new Date(Date.now() + 9 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
const levels = (over: Partial<Record<(typeof LEVELS)[number], number>>) => ({ ...Object.fromEntries(LEVELS.map((l) => [l, 0])), ...over });

describe.each(VENDORS)('risk screening on %s', (vendor) => {
  describe.skipIf(!hasVendor(vendor))('risk levels, search and export', () => {
    const dx = useDirectus(vendor);
    let ids: Record<SearchCompanyKey, number>;
    beforeAll(async () => {
      ids = await createSearchDataset(dx);
    });

    const manager = () => dx.as('dataManager');
    async function addFinding(company: SearchCompanyKey, finding: Record<string, unknown>): Promise<number> {
      const row = (await (await manager()).request(createItem('risk_findings', { company: ids[company], title: '見本のリスク情報', ...finding } as never, { fields: ['id'] } as never))) as { id: number };
      return row.id;
    }
    const changeFinding = async (id: number, change: Record<string, unknown>) => (await manager()).request(updateItem('risk_findings', id, change as never));
    const removeFinding = async (id: number) => (await manager()).request(deleteItem('risk_findings', id));
    const levelsOf = async (company: SearchCompanyKey) => {
      const row = (await (await dx.as('admin')).request(readItem('companies', ids[company], { fields: [...LEVELS] } as never))) as Record<string, unknown>;
      return Object.fromEntries(LEVELS.map((l) => [l, row[l] === null ? null : Number(row[l])]));
    };
    // The action hook writes the levels right after the finding is saved; poll briefly rather than race it.
    const expectLevels = (company: SearchCompanyKey, expected: Record<string, number>) => expect.poll(() => levelsOf(company), { timeout: 5000, interval: 50 }).toEqual(expected);

    async function search(criteria: Record<string, unknown>, user: 'staff1' | 'niigataOnly' | 'api' = 'staff1'): Promise<{ found: SearchCompanyKey[]; defaults: string[] }> {
      const answer = await callYuchi<SearchBody>(dx, user, '/search', { corporate_numbers: OURS, fields: ['corporate_number'], limit: 500, ...criteria });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body.meta.total).toBe(answer.body.data.length);
      return { found: answer.body.data.map((r) => nameOf[String(r['corporate_number'])]!).sort(), defaults: answer.body.meta.applied_defaults };
    }
    const found = async (criteria: Record<string, unknown>, user?: 'staff1' | 'niigataOnly' | 'api') => (await search(criteria, user)).found;

    test('the summary columns follow a finding created, updated and deleted through the REST API', async () => {
      const first = await addFinding('nagaokaTech', { category: 'financial', severity: 2, status: 'open' });
      await expectLevels('nagaokaTech', levels({ risk_level: 2, risk_financial: 2 }));
      const second = await addFinding('nagaokaTech', { category: 'reputation', severity: 3, status: 'open' });
      await expectLevels('nagaokaTech', levels({ risk_level: 3, risk_financial: 2, risk_reputation: 3 }));
      await changeFinding(second, { severity: 1 });
      await expectLevels('nagaokaTech', levels({ risk_level: 2, risk_financial: 2, risk_reputation: 1 }));
      await changeFinding(first, { status: 'dismissed' });
      await expectLevels('nagaokaTech', levels({ risk_level: 1, risk_reputation: 1 }));
      await removeFinding(second);
      await removeFinding(first);
      await expectLevels('nagaokaTech', levels({}));
    });

    test('a finding moved to another company recomputes both', async () => {
      const id = await addFinding('sakura', { category: 'existence', severity: 2, status: 'open' });
      await expectLevels('sakura', levels({ risk_level: 2, risk_existence: 2 }));
      await changeFinding(id, { company: ids.nagaokaTech });
      await expectLevels('sakura', levels({}));
      await expectLevels('nagaokaTech', levels({ risk_level: 2, risk_existence: 2 }));
      await removeFinding(id);
      await expectLevels('nagaokaTech', levels({}));
    });

    test('a company with a confirmed sanction leaves a search that excludes sanctions, and comes back when it is dismissed or expires', async () => {
      const excluding = { risk: { exclude_categories: ['sanction'] } };
      const everyone: SearchCompanyKey[] = ['nagaokaTech', 'niigataPrecision', 'sakura', 'tokyoPrecision'];
      expect(await found(excluding)).toEqual(everyone);

      const id = await addFinding('niigataPrecision', { category: 'sanction', severity: 3, status: 'confirmed', expires_on: tokyoDay(0) });
      await expectLevels('niigataPrecision', levels({ risk_level: 3, risk_sanction: 3 }));
      expect(await found(excluding)).toEqual(everyone.filter((c) => c !== 'niigataPrecision'));
      expect(await found({ risk: { exclude_categories: ['financial'] } })).toEqual(everyone);

      await changeFinding(id, { status: 'dismissed' });
      await expectLevels('niigataPrecision', levels({}));
      expect(await found(excluding)).toEqual(everyone);

      await changeFinding(id, { status: 'confirmed' });
      await expectLevels('niigataPrecision', levels({ risk_level: 3, risk_sanction: 3 }));
      // A day passes: the finding's last day is now yesterday, and the daily recompute (same as the CLI's --expired) runs.
      // (SQLite holds a date as Directus writes it, the epoch milliseconds of its local midnight.)
      const dayBefore = vendor === 'pg' ? 'expires_on - 1' : 'expires_on - 86400000';
      await queryRows(dx.db, `UPDATE risk_findings SET expires_on = ${dayBefore} WHERE id = ${id}`);
      expect(await found(excluding)).not.toContain('niigataPrecision');
      const run = await launchToEnd('cli', ['risk', 'recompute', '--expired'], suiteEnv(dx.db));
      expect(run.code, run.output).toBe(0);
      expect(run.output).toContain('リスク: 対象 1社, 変更あり 1');
      expect(await levelsOf('niigataPrecision')).toEqual(levels({}));
      expect(await found(excluding)).toEqual(everyone);
      await removeFinding(id);
    });

    test('the full recompute puts levels written by hand back to what the findings say', async () => {
      await queryRows(dx.db, `UPDATE companies SET risk_level = 3, risk_financial = 3 WHERE id = ${ids.sakura}`);
      const run = await launchToEnd('cli', ['risk', 'recompute'], suiteEnv(dx.db));
      expect(run.code, run.output).toBe(0);
      expect(await levelsOf('sakura')).toEqual(levels({}));
    });

    test('max_level keeps companies at or below the level, a level never computed counting as 0', async () => {
      const financial = await addFinding('nagaokaTech', { category: 'financial', severity: 2, status: 'open' });
      const reputation = await addFinding('sakura', { category: 'reputation', severity: 1, status: 'open' });
      await expectLevels('nagaokaTech', levels({ risk_level: 2, risk_financial: 2 }));
      await expectLevels('sakura', levels({ risk_level: 1, risk_reputation: 1 }));
      expect(await found({ risk: { max_level: 2 } })).toEqual(['nagaokaTech', 'niigataPrecision', 'sakura', 'tokyoPrecision']);
      expect(await found({ risk: { max_level: 1 } })).toEqual(['niigataPrecision', 'sakura', 'tokyoPrecision']);
      expect(await found({ risk: { max_level: 0 } })).toEqual(['niigataPrecision', 'tokyoPrecision']);
      await removeFinding(financial);
      await removeFinding(reputation);
    });

    describe('confirmed 反社 findings', () => {
      let antisocial: number[] = [];
      beforeAll(async () => {
        antisocial = [
          await addFinding('tokyoPrecision', { category: 'antisocial', severity: 2, status: 'confirmed' }),
          await addFinding('sakura', { category: 'antisocial', severity: 3, status: 'confirmed', expires_on: tokyoDay(0) }),
          // none of these hides its company: an expired one, a confirmed "nothing found" (0) and one not yet confirmed
          await addFinding('nagaokaTech', { category: 'antisocial', severity: 3, status: 'confirmed', expires_on: '2020-03-31' }),
          await addFinding('nagaokaTech', { category: 'antisocial', severity: 0, status: 'confirmed' }),
          await addFinding('niigataPrecision', { category: 'antisocial', severity: 2, status: 'open' }),
        ];
      });

      test('hide their company by default, and the answer says the default was applied', async () => {
        expect(await search({})).toEqual({ found: ['nagaokaTech', 'niigataPrecision'], defaults: ['status=active', EXCLUDE_ANTISOCIAL] });
      });

      test('an explicit include_confirmed_antisocial: false is the same search, but not a default', async () => {
        expect(await search({ risk: { include_confirmed_antisocial: false } })).toEqual({ found: ['nagaokaTech', 'niigataPrecision'], defaults: ['status=active'] });
      });

      test('include_confirmed_antisocial: true lifts the exclusion', async () => {
        expect(await search({ risk: { include_confirmed_antisocial: true } })).toEqual({ found: ['nagaokaTech', 'niigataPrecision', 'sakura', 'tokyoPrecision'], defaults: ['status=active'] });
      });

      test('a caller who may not read risk_findings searches without the default, and it is not listed', async () => {
        // niigataOnly reads companies of prefecture 15 only, and no risk_findings; the API role neither.
        expect(await search({}, 'niigataOnly')).toEqual({ found: ['nagaokaTech', 'niigataPrecision', 'sakura'], defaults: ['status=active'] });
        expect((await search({}, 'api')).defaults).toEqual(['status=active']);
        // Criteria on the companies' own risk columns need no findings (the column counts open findings too).
        expect(await found({ risk: { exclude_categories: ['antisocial'], include_confirmed_antisocial: true } }, 'niigataOnly')).toEqual(['nagaokaTech']);
      });

      test('asking such a caller\'s search to exclude them gets 403 naming the key', async () => {
        const answer = await callYuchi(dx, 'niigataOnly', '/search', { risk: { include_confirmed_antisocial: false } });
        expect(answer.status).toBe(403);
        expect(errorCode(answer)).toBe('YUCHI_SEARCH_FORBIDDEN');
        expect(errorMessage(answer)).toContain('「risk.include_confirmed_antisocial」');
      });

      test('the export has the risk columns, and its 抽出条件 sheet lists the default', async () => {
        const columns = ['corporate_number', 'risk_level', 'risk_antisocial', 'risk_financial', 'risk_sanction', 'risk_existence', 'risk_reputation'];
        const answer = await callYuchi(dx, 'staff1', '/export', { corporate_numbers: OURS, risk: { include_confirmed_antisocial: true }, sort: ['id'], columns });
        expect(answer.status).toBe(200);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(answer.bytes as unknown as ArrayBuffer);
        const sheet = workbook.getWorksheet('企業一覧')!;
        expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['法人番号', '総合リスク', '反社リスク', '財務リスク', '行政処分リスク', '実在性リスク', '風評リスク']);
        const rows: unknown[][] = [];
        sheet.eachRow((row, n) => {
          if (n > 1) rows.push((row.values as unknown[]).slice(1));
        });
        expect(rows).toContainEqual([SEARCH_COMPANIES.sakura.corporate_number, 3, 3, 0, 0, 0, 0]);
        expect(rows).toContainEqual([SEARCH_COMPANIES.tokyoPrecision.corporate_number, 2, 2, 0, 0, 0, 0]);

        const byDefault = await callYuchi(dx, 'staff1', '/export', { corporate_numbers: OURS, columns: ['name'] });
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(byDefault.bytes as unknown as ArrayBuffer);
        const facts: Record<string, unknown> = {};
        book.getWorksheet('抽出条件')!.eachRow((row) => {
          facts[String(row.getCell(1).value)] = row.getCell(2).value;
        });
        expect(facts['既定で適用した条件']).toBe(`status=active, ${EXCLUDE_ANTISOCIAL}`);
        expect(facts['リスク']).toBe(EXCLUDE_ANTISOCIAL);
        expect(facts['件数']).toBe(2);
      });

      test('their levels are kept like any other', async () => {
        await expectLevels('nagaokaTech', levels({}));
        await expectLevels('niigataPrecision', levels({ risk_level: 2, risk_antisocial: 2 }));
        for (const id of antisocial) await removeFinding(id);
        await expectLevels('sakura', levels({}));
      });
    });

    test.each<[string, unknown]>([
      ['risk', 'sanction'],
      ['risk', ['sanction']],
      ['risk.min_level', { min_level: 1 }],
      ['risk.exclude_categories', { exclude_categories: 'sanction' }],
      ['risk.exclude_categories[1]', { exclude_categories: ['sanction', 'weather'] }],
      ['risk.max_level', { max_level: 4 }],
      ['risk.max_level', { max_level: '2' }],
      ['risk.max_level', { max_level: 1.5 }],
      ['risk.include_confirmed_antisocial', { include_confirmed_antisocial: 'true' }],
    ])('a bad %s gets 400 YUCHI_SEARCH_INVALID naming the key', async (key, risk) => {
      const answer = await callYuchi(dx, 'staff1', '/search', { risk });
      expect(answer.status).toBe(400);
      expect(errorCode(answer)).toBe('YUCHI_SEARCH_INVALID');
      expect(errorMessage(answer)).toContain(`「${key}」`);
    });
  });
});
