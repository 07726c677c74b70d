// gBizINFO enrichment on both databases, against a local server answering in the published v2 schema: the company
// page's 最新情報を取得 (POST /yuchi/companies/:id/refresh) and `npm run yuchi -- sync gbizinfo` for target lists.
import { createItem, createItems, readItems, readRevisions, updateItem } from '@directus/sdk';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeCorporateNumber } from '../../extensions/yuchi/src/domain/corporate-number.validator.ts';
import { outcome } from '../support/expect-http.ts';
import { startFakeGbizinfo, type FakeGbizinfo, type Json } from '../support/fake-gbizinfo.ts';
import { USERS } from '../support/fixtures.ts';
import { launchToEnd } from '../support/launcher-process.ts';
import { hasVendor, suiteEnv, useDirectus, VENDORS } from '../support/suite-directus.ts';

const TOKEN = 'test-gbizinfo-token-0123';
let gbiz: FakeGbizinfo;
// Filled in before the suites' Directus processes start (useDirectus reads it in its beforeAll).
const gbizEnv: Record<string, string> = { YUCHI_GBIZINFO_TOKEN: TOKEN, YUCHI_GBIZINFO_SCHEDULE: 'off', YUCHI_GBIZINFO_TIMEOUT_MS: '5000' };

beforeAll(async () => {
  gbiz = await startFakeGbizinfo(TOKEN);
  gbizEnv['YUCHI_GBIZINFO_BASE_URL'] = gbiz.url;
});

afterAll(async () => {
  await gbiz.close();
});

interface RefreshAnswer {
  companyId: number;
  changes: { key: string; label: string; before: Json; after: Json }[];
  conflicts: { key: string; label: string; current: Json; gbizinfo: Json }[];
  establishments: { inserted: number; updated: number };
  historyId: number | null;
}

const refreshRequest = (id: number) => () => ({ path: `/yuchi/companies/${id}/refresh`, method: 'POST' as const });

describe.each(VENDORS)('gBizINFO enrichment on %s', (vendor) => {
  describe.skipIf(!hasVendor(vendor))('through the refresh endpoint and the CLI', () => {
    const dx = useDirectus(vendor, gbizEnv);
    // Numbers of this vendor's companies: the fake server is shared by both suites.
    const number = (n: number) => makeCorporateNumber(`89${vendor === 'sqlite' ? '1' : '2'}0000000${String(n).padStart(2, '0')}`);

    async function createCompany(n: number, name: string, values: Json = {}): Promise<number> {
      const admin = await dx.as('admin');
      const created = (await admin.request(createItem('companies' as never, { corporate_number: number(n), name, ...values } as never))) as { id: number };
      return created.id;
    }
    async function readCompany(id: number, fields: string[]): Promise<Json> {
      const admin = await dx.as('admin');
      const [row] = (await admin.request(readItems('companies' as never, { filter: { id: { _eq: id } }, fields } as never))) as Json[];
      return row!;
    }
    async function historyOf(id: number): Promise<{ kind: string; summary: string; changes: Json; source: string }[]> {
      const admin = await dx.as('admin');
      return (await admin.request(
        readItems('company_history' as never, { filter: { company: { _eq: id } }, fields: ['kind', 'summary', 'changes', 'source'], sort: ['id'] } as never),
      )) as { kind: string; summary: string; changes: Json; source: string }[];
    }
    async function refreshAs(user: 'dataManager' | 'admin', id: number): Promise<RefreshAnswer> {
      const client = await dx.as(user);
      return (await client.request(refreshRequest(id))) as RefreshAnswer;
    }

    let echigo: number;

    test('refreshing a company fills its empty fields and adds its establishments, recorded as the data manager’s change', async () => {
      gbiz.publish(number(1), '株式会社テスト越後精機');
      echigo = await createCompany(1, '株式会社テスト越後精機');

      const answer = await refreshAs('dataManager', echigo);

      expect(answer.conflicts).toEqual([]);
      expect(answer.changes.map((c) => c.label)).toEqual(
        expect.arrayContaining(['フリガナ', '代表者名', '事業内容', 'ウェブサイト', '設立年月日', '資本金（円）', '資本金', '従業員数', '売上高', '利益', '大株主', '本社所在地', '郵便番号']),
      );
      expect(answer.establishments).toEqual({ inserted: 4, updated: 0 });
      const company = await readCompany(echigo, ['name_kana', 'representative_name', 'capital_yen', 'employees_label', 'sales_label', 'profit_label', 'major_shareholders', 'founded_on', 'city_code', 'postal_code', 'enriched_at', 'search_name']);
      expect({ ...company, capital_yen: Number(company['capital_yen']), enriched_at: typeof company['enriched_at'] }).toEqual({
        name_kana: 'テストエチゴセイキ',
        representative_name: '試験 代表一郎',
        capital_yen: 50_000_000,
        employees_label: '120人',
        sales_label: '21億円',
        profit_label: '△1,200万円',
        major_shareholders: [{ name: 'テスト持株株式会社', ratio: 45.12 }, { name: 'テスト信託銀行株式会社（信託口）', ratio: 8.33 }],
        founded_on: '1985-04-01',
        city_code: '15202',
        postal_code: '940-0062',
        enriched_at: 'string',
        // The kana went through the same rules as a single edit: search_name follows it.
        search_name: expect.stringContaining('テストエチゴセイキ'),
      });
      const admin = await dx.as('admin');
      const sites = (await admin.request(
        readItems('establishments' as never, { filter: { company: { _eq: echigo } }, fields: ['kind', 'is_headquarters', 'status', 'closed_on', 'source', 'city_code'] } as never),
      )) as Json[];
      expect(sites.map((s) => [s['kind'], s['is_headquarters'], s['status'], s['closed_on'], s['source'], s['city_code']]).sort()).toEqual([
        ['branch', false, 'active', null, 'gbizinfo', '13101'],
        ['factory', false, 'active', null, 'gbizinfo', '15202'],
        ['head_office', true, 'active', null, 'gbizinfo', '15202'],
        ['sales_office', false, 'closed', '2024-03-31', 'gbizinfo', '15204'],
      ]);
      const history = await historyOf(echigo);
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ kind: 'enriched', source: 'gbizinfo', changes: expect.objectContaining({ representative_name: [null, '試験 代表一郎'] }) });
      expect(history[0]!.summary).toContain('gBizINFO から更新');
      const revisions = (await admin.request(
        readRevisions({ filter: { collection: { _eq: 'companies' }, item: { _eq: String(echigo) } }, fields: ['delta', 'activity.user', 'activity.action'] } as never),
      )) as { delta: Json; activity: { user: string; action: string } }[];
      const update = revisions.find((r) => r.activity.action === 'update');
      expect(update?.activity.user).toBe(USERS.dataManager.id);
      expect(update?.delta).toMatchObject({ representative_name: '試験 代表一郎' });
    });

    test('refreshing again changes nothing and adds no establishment twice', async () => {
      const answer = await refreshAs('dataManager', echigo);

      expect(answer).toMatchObject({ changes: [], conflicts: [], establishments: { inserted: 0, updated: 0 }, historyId: null });
      const admin = await dx.as('admin');
      const sites = (await admin.request(readItems('establishments' as never, { filter: { company: { _eq: echigo } }, fields: ['id'] } as never))) as Json[];
      expect(sites).toHaveLength(4);
      expect(await historyOf(echigo)).toHaveLength(1);
    });

    test('a value gBizINFO wrote follows gBizINFO’s later change, and the change is recorded', async () => {
      const company = gbiz.known.get(number(1))!;
      company.hojin = { ...company.hojin, representative_name: '試験 代表二郎', capital_stock: 60_000_000 };

      const answer = await refreshAs('dataManager', echigo);

      expect(answer.conflicts).toEqual([]);
      expect(answer.changes.map((c) => c.key).sort()).toEqual(['capital', 'capital_yen', 'representative_name']);
      expect(await readCompany(echigo, ['representative_name', 'capital_label'])).toEqual({ representative_name: '試験 代表二郎', capital_label: '6,000万円' });
      const last = (await historyOf(echigo)).at(-1)!;
      expect(last.changes).toMatchObject({ representative_name: ['試験 代表一郎', '試験 代表二郎'] });
    });

    test('a hand-entered value is kept and the conflict is recorded in company_history, once', async () => {
      const manager = await dx.as('dataManager');
      await manager.request(updateItem('companies' as never, echigo, { representative_name: '手入力 代表', employees_lower: 100, employees_upper: 149, employees_label: '100〜149人' } as never));
      const company = gbiz.known.get(number(1))!;
      company.hojin = { ...company.hojin, representative_name: '試験 代表三郎' };
      const before = (await historyOf(echigo)).length;

      const answer = await refreshAs('dataManager', echigo);

      expect(answer.conflicts.map((c) => [c.key, c.gbizinfo])).toEqual([
        ['representative_name', { representative_name: '試験 代表三郎' }],
        ['employees', { employees_lower: 120, employees_upper: 120, employees_label: '120人' }],
      ]);
      expect(await readCompany(echigo, ['representative_name', 'employees_label'])).toEqual({ representative_name: '手入力 代表', employees_label: '100〜149人' });
      const history = await historyOf(echigo);
      expect(history).toHaveLength(before + 1);
      expect(history.at(-1)!.summary).toContain('手入力の値を残しました: 代表者名（gBizINFO: 試験 代表三郎）、従業員数（gBizINFO: 120人）');

      // The same difference on the next fetch is not written again.
      await refreshAs('dataManager', echigo);
      expect(await historyOf(echigo)).toHaveLength(before + 1);
    });

    test.each([
      ['閲覧者', 'viewer', 3],
      ['誘致担当', 'staff1', 8],
    ] as const)('a %s may not refresh a company (403) and gBizINFO is not asked', async (_role, user, n) => {
      gbiz.publish(number(n), 'テスト閲覧確認株式会社');
      const id = await createCompany(n, 'テスト閲覧確認株式会社');
      const client = await dx.as(user);

      const result = await outcome(client.request(refreshRequest(id)));

      expect(result).toMatchObject({ status: 403, code: 'YUCHI_ENRICHMENT_FORBIDDEN' });
      expect(result.message).toContain('権限');
      expect(await readCompany(id, ['representative_name', 'enriched_at'])).toEqual({ representative_name: null, enriched_at: null });
      expect(gbiz.asked.some((url) => url.includes(number(n)))).toBe(false);
    });

    test('a company gBizINFO does not know answers YUCHI_GBIZINFO_NOT_FOUND (404) and is left as it was', async () => {
      const id = await createCompany(4, 'テスト未掲載株式会社');
      const manager = await dx.as('dataManager');

      const result = await outcome(manager.request(refreshRequest(id)));

      expect(result).toMatchObject({ status: 404, code: 'YUCHI_GBIZINFO_NOT_FOUND' });
      expect(result.message).toContain(number(4));
      expect(await readCompany(id, ['enriched_at'])).toEqual({ enriched_at: null });
      expect(await historyOf(id)).toEqual([]);
    });

    test('enrichment_origin cannot be written through the API, even by a data manager', async () => {
      const manager = await dx.as('dataManager');

      const result = await outcome(manager.request(updateItem('companies' as never, echigo, { enrichment_origin: { values: {} } } as never)));

      expect(result).toMatchObject({ status: 403, code: 'YUCHI_ENRICHMENT_ORIGIN_READONLY' });
    });

    test('npm run yuchi -- sync gbizinfo refreshes the companies of target lists, and only those', async () => {
      gbiz.publish(number(5), 'テスト抽出一号株式会社');
      gbiz.publish(number(6), 'テスト抽出二号株式会社');
      gbiz.publish(number(7), 'テスト対象外株式会社');
      const listed = [await createCompany(5, 'テスト抽出一号株式会社'), await createCompany(6, 'テスト抽出二号株式会社')];
      const outside = await createCompany(7, 'テスト対象外株式会社');
      const staff = await dx.as('staff1');
      const list = (await staff.request(createItem('target_lists' as never, { name: 'テスト抽出リスト' } as never))) as { id: number };
      await staff.request(createItems('target_list_companies' as never, listed.map((company) => ({ list: list.id, company })) as never));

      const r = await launchToEnd('cli', ['sync', 'gbizinfo'], suiteEnv(dx.db, gbizEnv));

      expect(r.code, r.output).toBe(0);
      expect(r.output).toContain('対象 2社, 取得 2');
      for (const id of listed) expect(await readCompany(id, ['representative_name'])).toEqual({ representative_name: '試験 代表一郎' });
      expect(await readCompany(outside, ['representative_name', 'enriched_at'])).toEqual({ representative_name: null, enriched_at: null });
      expect((await historyOf(listed[0]!)).map((h) => h.kind)).toEqual(['enriched']);
    });

    test('npm run yuchi -- sync gbizinfo without a token fails with YUCHI_GBIZINFO_NOT_CONFIGURED', async () => {
      const { YUCHI_GBIZINFO_TOKEN: _token, ...withoutToken } = gbizEnv;

      const r = await launchToEnd('cli', ['sync', 'gbizinfo'], suiteEnv(dx.db, withoutToken));

      expect(r.code).not.toBe(0);
      expect(r.output).toContain('YUCHI_GBIZINFO_NOT_CONFIGURED');
    });
  });
});
