// Loads the synthetic demo data (seed/demo) once, into a new database only: no companies yet and never loaded.
import type { HookExtensionContext } from '@directus/extensions';
import type { SchemaOverview } from '@directus/types';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import demoUsers from '../../../../seed/demo/demo-users.json' with { type: 'json' };
import { ROLE_IDS } from '../../../../seed/access/ids.ts';
import { generateDemoData } from '../../../../seed/demo/generate-demo-data.ts';
import { parseIndustriesCsv, parseMunicipalitiesCsv } from '../../../../seed/demo/code-tables.ts';
import { SeedLedger } from './seed-ledger.ts';
import { parentsFirst, toStoredRows } from './row-writer.ts';

const LEDGER_KEY = 'demo:v1';

/** Insert order: every table after the tables it refers to. */
const ORDER = [
  'companies',
  'establishments',
  'company_relations',
  'officers',
  'departments',
  'personnel_changes',
  'news',
  'news_companies',
  'risk_findings',
  'intent_keywords',
  'intent_signals',
  'ip_organizations',
  'business_cards',
  'business_cards_shared_with',
  'visits',
  'visits_staff',
  'visits_contacts',
  'visits_shared_with',
  'target_lists',
  'target_list_companies',
  'target_lists_shared_with',
] as const;

export type DemoMode = 'auto' | 'never';

export async function loadDemoData(
  context: HookExtensionContext,
  schema: SchemaOverview,
  { seedDir, mode }: { seedDir: string; mode: DemoMode },
): Promise<Record<string, number> | null> {
  const { database: knex, services } = context;
  if (mode === 'never') return null;
  const ledger = new SeedLedger(knex);
  if (await ledger.has(LEDGER_KEY)) return null;
  const existing = await knex('companies').count<{ n: number | string }[]>({ n: '*' });
  if (Number(existing[0]?.n ?? 0) > 0) return null;

  const users = new services.UsersService({ knex, schema, accountability: null });
  for (const u of demoUsers.users) {
    if (await knex('directus_users').where({ id: u.id }).first()) continue;
    await users.createOne({
      id: u.id,
      email: u.email,
      first_name: u.first_name,
      last_name: u.last_name,
      role: ROLE_IDS[u.role as keyof typeof ROLE_IDS],
      language: 'ja-JP',
      status: 'active',
      ...('password' in u ? { password: u.password } : {}),
      ...('token' in u ? { token: u.token } : {}),
    });
  }

  const ids = Object.fromEntries(demoUsers.users.map((u) => [u.key, u.id]));
  const data = generateDemoData({
    municipalities: parseMunicipalitiesCsv(await readFile(join(seedDir, 'data/municipalities.csv'), 'utf8')),
    industries: parseIndustriesCsv(await readFile(join(seedDir, 'data/jsic.csv'), 'utf8')),
    users: { staff: [ids['staff1'] ?? '', ids['staff2'] ?? ''], dataManager: ids['dataManager'] ?? '' },
  }) as unknown as Record<string, Record<string, unknown>[]>;

  const counts: Record<string, number> = {};
  await knex.transaction(async (trx) => {
    for (const table of ORDER) {
      let rows = data[table] ?? [];
      if (table === 'establishments') rows = parentsFirst(rows, 'parent_establishment');
      await trx.batchInsert(table, toStoredRows(schema, table, rows), 200);
      counts[table] = rows.length;
    }
    // Explicit ids leave PostgreSQL's sequences behind; move them past the demo rows.
    if (trx.client.config.client === 'pg') {
      for (const table of ORDER) {
        await trx.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), GREATEST((SELECT COALESCE(MAX(id), 0) FROM ??), 1))`, [table, table]);
      }
    }
  });
  await ledger.add(LEDGER_KEY);
  return counts;
}
