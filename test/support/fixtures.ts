// Accounts every integration suite finds in its database: one per seeded role, an API token, and a user whose
// only policy is the test-only row-filtered one (prefecture 15, capital_yen hidden, with the export right).
import { createDirectus, createItems, createPermissions, createPolicy, createUser, rest, staticToken } from '@directus/sdk';
import { POLICY_IDS, ROLE_IDS } from '../../seed/access/ids.ts';
import { makeCorporateNumber } from '../../extensions/yuchi/src/domain/corporate-number.validator.ts';

export const PASSWORD = 'test-password-2026';
export const API_TOKEN = 'test-api-token-0123456789';

export const USERS = {
  admin: { id: 'a0000000-0000-4000-8000-000000000001', email: 't-admin@example.com', role: ROLE_IDS.admin },
  dataManager: { id: 'a0000000-0000-4000-8000-000000000002', email: 't-data@example.com', role: ROLE_IDS.dataManager },
  staff1: { id: 'a0000000-0000-4000-8000-000000000003', email: 't-staff1@example.com', role: ROLE_IDS.attractionStaff },
  staff2: { id: 'a0000000-0000-4000-8000-000000000004', email: 't-staff2@example.com', role: ROLE_IDS.attractionStaff },
  viewer: { id: 'a0000000-0000-4000-8000-000000000005', email: 't-viewer@example.com', role: ROLE_IDS.viewer },
  api: { id: 'a0000000-0000-4000-8000-000000000006', email: 't-api@example.com', role: ROLE_IDS.apiIntegration },
  niigataOnly: { id: 'a0000000-0000-4000-8000-000000000007', email: 't-niigata@example.com', role: null },
} as const;
export type FixtureUser = keyof typeof USERS;

/** The field the test policy hides, and its row filter. */
export const TEST_POLICY = { id: POLICY_IDS.testNiigataOnly, hiddenField: 'capital_yen', prefecture: '15' } as const;

/** Valid corporate numbers (check digit computed) for fixture companies. */
export const FIXTURE_COMPANIES = [
  { corporate_number: makeCorporateNumber('100000000001'), name: 'テスト新潟精機株式会社', prefecture_code: '15', city_code: '15202', capital_yen: 10_000_000 },
  { corporate_number: makeCorporateNumber('100000000002'), name: '株式会社テスト東京商事', prefecture_code: '13', city_code: '13101', capital_yen: 50_000_000 },
];

export async function createFixtures(url: string, adminToken: string): Promise<void> {
  const client = createDirectus(url).with(staticToken(adminToken)).with(rest());
  for (const [key, u] of Object.entries(USERS)) {
    await client.request(
      createUser({
        id: u.id,
        email: u.email,
        role: u.role,
        first_name: 'テスト',
        last_name: key,
        status: 'active',
        ...(key === 'api' ? { token: API_TOKEN } : { password: PASSWORD }),
      }),
    );
  }
  await client.request(
    createPolicy({
      id: TEST_POLICY.id,
      name: 'テスト専用: 新潟県の企業のみ',
      icon: 'science',
      admin_access: false,
      app_access: false,
      users: [{ user: USERS.niigataOnly.id }],
    } as never),
  );
  const companyFields = (await client.request(() => ({ path: '/fields/companies', method: 'GET' }))) as { field: string; type: string }[];
  await client.request(
    createPermissions([
      {
        policy: TEST_POLICY.id,
        collection: 'companies',
        action: 'read',
        permissions: { prefecture_code: { _eq: TEST_POLICY.prefecture } },
        fields: companyFields.filter((f) => f.field !== TEST_POLICY.hiddenField).map((f) => f.field),
      },
      // The export right, so tests can prove an export keeps to the same rows and fields.
      { policy: TEST_POLICY.id, collection: 'export_log', action: 'create', fields: ['*'], permissions: null },
    ] as never),
  );
  await client.request(createItems('companies', FIXTURE_COMPANIES as never));
}
