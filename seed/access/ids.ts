import demoUsers from '../demo/demo-users.json' with { type: 'json' };

// Fixed ids of the access seed. They never change: start inserts what is missing by these ids.
export const ROLE_IDS = {
  admin: '9f3e1a52-0b1c-4c1e-9a55-000000000001',
  dataManager: '9f3e1a52-0b1c-4c1e-9a55-000000000002',
  attractionStaff: '9f3e1a52-0b1c-4c1e-9a55-000000000003',
  viewer: '9f3e1a52-0b1c-4c1e-9a55-000000000004',
  apiIntegration: '9f3e1a52-0b1c-4c1e-9a55-000000000005',
} as const;

export const POLICY_IDS = {
  admin: '5b7c2d41-6a0e-4f2b-8c11-000000000001',
  dataManager: '5b7c2d41-6a0e-4f2b-8c11-000000000002',
  attractionStaff: '5b7c2d41-6a0e-4f2b-8c11-000000000003',
  viewer: '5b7c2d41-6a0e-4f2b-8c11-000000000004',
  apiIntegration: '5b7c2d41-6a0e-4f2b-8c11-000000000005',
  exporter: '5b7c2d41-6a0e-4f2b-8c11-000000000006',
  // Only loaded by the integration tests: rows of prefecture 15 only, one field hidden.
  testNiigataOnly: '5b7c2d41-6a0e-4f2b-8c11-0000000000f1',
} as const;

/** Ids of the demo accounts (seed/demo/demo-users.json), by key. */
export const DEMO_USER_IDS = Object.fromEntries(demoUsers.users.map((u) => [u.key, u.id])) as Record<
  'dataManager' | 'staff1' | 'staff2' | 'viewer' | 'api',
  string
>;
