import { createItem, readItems, updateItem } from '@directus/sdk';
import { describe, expect, test } from 'vitest';
import { outcome } from '../support/expect-http.ts';
import { FIXTURE_COMPANIES, TEST_POLICY, type FixtureUser } from '../support/fixtures.ts';
import { hasVendor, useDirectus, VENDORS } from '../support/suite-directus.ts';
import { makeCorporateNumber } from '../../extensions/yuchi/src/domain/corporate-number.validator.ts';

const ROLES: FixtureUser[] = ['admin', 'dataManager', 'staff1', 'viewer', 'api'];
const STAFF: FixtureUser[] = ['admin', 'dataManager', 'staff1', 'viewer'];

/** Who may read each collection at all (rows may still be filtered). */
const READERS: Record<string, FixtureUser[]> = {
  companies: ROLES,
  establishments: ROLES,
  company_relations: ROLES,
  officers: STAFF,
  departments: STAFF,
  personnel_changes: STAFF,
  news: STAFF,
  news_companies: STAFF,
  industries: STAFF,
  municipalities: STAFF,
  risk_findings: STAFF,
  intent_keywords: STAFF,
  intent_signals: STAFF,
  company_history: STAFF,
  ip_organizations: ['admin', 'dataManager'],
  import_runs: ['admin', 'dataManager'],
  risk_candidates: ['admin', 'dataManager'],
  business_cards: STAFF,
  visits: STAFF,
  target_lists: STAFF,
  target_list_companies: STAFF,
  export_log: ['admin', 'dataManager', 'staff1'],
  yuchi_seed_ledger: ['admin'],
};

const READ_CASES = Object.entries(READERS).flatMap(([collection, readers]) =>
  ROLES.map((role) => ({ collection, role, allowed: readers.includes(role), may: readers.includes(role) ? 'may' : 'may not' })),
);

/** Who may create in each collection (a valid minimal row). */
const CREATE_CASES: { collection: string; row: () => Record<string, unknown>; creators: FixtureUser[] }[] = [
  { collection: 'companies', row: () => ({ corporate_number: makeCorporateNumber(String(200000000000 + Math.floor(Math.random() * 99999999))), name: '作成テスト株式会社' }), creators: ['admin', 'dataManager'] },
  { collection: 'risk_findings', row: () => ({ company: 1, category: 'sanction', severity: 1, title: 'テスト' }), creators: ['admin', 'dataManager'] },
  { collection: 'business_cards', row: () => ({ person_name: '名刺 テスト', company: 1 }), creators: ['admin', 'dataManager', 'staff1'] },
  { collection: 'visits', row: () => ({ company: 1, visited_at: '2026-11-01T01:00:00.000Z', kind: 'visit' }), creators: ['admin', 'dataManager', 'staff1'] },
  { collection: 'target_lists', row: () => ({ name: 'テストリスト', criteria: { prefectures: ['15'] } }), creators: ['admin', 'dataManager', 'staff1'] },
  { collection: 'export_log', row: () => ({ kind: 'test', row_count: 0 }), creators: ['admin', 'dataManager', 'staff1'] },
  { collection: 'import_runs', row: () => ({ source: 'nta', status: 'running' }), creators: ['admin', 'dataManager'] },
];
const CREATE_MATRIX = CREATE_CASES.flatMap((c) => ROLES.map((role) => ({ ...c, role, allowed: c.creators.includes(role), may: c.creators.includes(role) ? 'may' : 'may not' })));

describe.each(VENDORS)('access on %s', (vendor) => {
  describe.skipIf(!hasVendor(vendor))('roles and policies', () => {
    const dx = useDirectus(vendor);

    test.each(READ_CASES)('$role $may read $collection', async ({ collection, role, allowed }) => {
      const client = await dx.as(role);
      const result = await outcome(client.request(readItems(collection as never, { limit: 1 })));
      expect(result.ok, `${role} reading ${collection}: ${result.status} ${result.message}`).toBe(allowed);
      if (!allowed) expect(result.status).toBe(403);
    });

    test.each(CREATE_MATRIX)('$role $may create in $collection', async ({ collection, role, row, allowed }) => {
      const client = await dx.as(role);
      const result = await outcome(client.request(createItem(collection as never, row() as never)));
      expect(result.ok, `${role} creating in ${collection}: ${result.status} ${result.message}`).toBe(allowed);
      if (!allowed) expect(result.status).toBe(403);
    });

    test('a card is seen by its owner and by whom it is shared with, by no other staff', async () => {
      const owner = await dx.as('staff1');
      const other = await dx.as('staff2');
      const card = (await owner.request(createItem('business_cards' as never, { person_name: '共有 テスト', email: 'share@example.jp', company: 1 } as never))) as { id: number };
      const before = (await other.request(readItems('business_cards' as never, { filter: { id: { _eq: card.id } } } as never))) as unknown[];
      expect(before).toHaveLength(0);
      const staff2Id = 'a0000000-0000-4000-8000-000000000004';
      await owner.request(updateItem('business_cards' as never, card.id, { shared_with: [{ directus_users_id: staff2Id }] } as never));
      const after = (await other.request(readItems('business_cards' as never, { filter: { id: { _eq: card.id } } } as never))) as unknown[];
      expect(after).toHaveLength(1);
    });

    test('a viewer reads cards but never their contact fields', async () => {
      const viewer = await dx.as('viewer');
      expect((await outcome(viewer.request(readItems('business_cards' as never, { fields: ['id', 'person_name'] } as never)))).ok).toBe(true);
      for (const field of ['email', 'phone', 'mobile', 'address']) {
        const result = await outcome(viewer.request(readItems('business_cards' as never, { fields: [field] } as never)));
        expect(result.status, field).toBe(403);
      }
    });

    test('the row-filtered test policy returns only prefecture 15 and refuses its hidden field', async () => {
      const client = await dx.as('niigataOnly');
      const rows = (await client.request(readItems('companies' as never, { fields: ['corporate_number', 'prefecture_code'], limit: -1 } as never))) as { prefecture_code: string }[];
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.prefecture_code === TEST_POLICY.prefecture)).toBe(true);
      expect(rows.length).toBeLessThan(FIXTURE_COMPANIES.length);
      const hidden = await outcome(client.request(readItems('companies' as never, { fields: [TEST_POLICY.hiddenField] } as never)));
      expect(hidden.status).toBe(403);
    });

    test('the API token reads companies but cannot enter the Data Studio', async () => {
      const api = await dx.as('api');
      expect((await outcome(api.request(readItems('companies' as never, { limit: 1 })))).ok).toBe(true);
      const res = await fetch(`${dx.process.url}/users/me?fields=id`, { headers: { authorization: 'Bearer test-api-token-0123456789' } });
      expect(res.status).toBe(200);
      const policies = await fetch(`${dx.process.url}/policies/me/globals`, { headers: { authorization: 'Bearer test-api-token-0123456789' } });
      const globals = (await policies.json()) as { data: { app_access: boolean } };
      expect(globals.data.app_access).toBe(false);
    });

    describe('export right (create on export_log)', () => {
      const exportPaths = [
        { how: 'GET /items?export=csv', method: 'GET', path: '/items/companies?export=csv' },
        { how: 'GET /items?export=json', method: 'GET', path: '/items/companies?export=json' },
        { how: 'POST /utils/export', method: 'POST', path: '/utils/export/companies' },
      ];
      test.each(exportPaths)('a viewer is refused $how', async ({ method, path }) => {
        const viewer = await dx.as('viewer');
        const token = await viewer.getToken();
        const res = await fetch(`${dx.process.url}${path}`, {
          method,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          ...(method === 'POST' ? { body: JSON.stringify({ format: 'csv', query: { limit: 1 } }) } : {}),
        });
        expect(res.status).toBe(403);
        const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
        expect(body.errors[0]?.extensions.code).toBe('YUCHI_EXPORT_FORBIDDEN');
      });

      test('staff with the export policy download CSV through Directus', async () => {
        const staff = await dx.as('staff1');
        const res = await fetch(`${dx.process.url}/items/companies?export=csv&fields=corporate_number`, { headers: { authorization: `Bearer ${await staff.getToken()}` } });
        expect(res.status).toBe(200);
        expect(await res.text()).toContain('corporate_number');
      });
    });
  });
});
