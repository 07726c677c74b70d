// `yuchi setup`, run by start after `directus bootstrap`: snapshot, migrations, code tables, access seed, demo data.
import { resolve } from 'node:path';
import type { HookExtensionContext } from '@directus/extensions';
import { loadDemoData, type DemoMode } from './demo-data.service.ts';
import { runMigrations } from './migrations.runner.ts';
import { loadReferenceData } from './reference-data.service.ts';
import { applyAccessSeed } from './access-seed.service.ts';
import { applySchemaSnapshot } from './schema-snapshot.service.ts';

export interface SetupReport {
  schemaChanges: number;
  migrations: string[];
  reference: { industries: number; municipalities: number };
  accessInserted: number;
  demo: Record<string, number> | null;
}

export async function runSetup(context: HookExtensionContext, { demo }: { demo: DemoMode }): Promise<SetupReport> {
  const { env, database, getSchema } = context;
  const path = (key: string, fallback: string) => resolve(String(env[key] ?? fallback));
  const snapshot = await applySchemaSnapshot(context, path('YUCHI_SNAPSHOT_PATH', 'snapshots/schema.yaml'));
  const migrations = await runMigrations(database, path('MIGRATIONS_PATH', 'migrations'));
  const schema = await getSchema({ database, bypassCache: true });
  const seedDir = path('YUCHI_SEED_PATH', 'seed');
  const reference = await loadReferenceData(database, seedDir);
  const access = await applyAccessSeed(context, schema);
  const demoCounts = await loadDemoData(context, schema, { seedDir, mode: demo });
  return { schemaChanges: snapshot.changes, migrations, reference, accessInserted: access.inserted, demo: demoCounts };
}
