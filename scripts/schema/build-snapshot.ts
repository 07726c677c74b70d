// Regenerates snapshots/schema.yaml from model.ts: creates the model through Directus's REST API on an empty
// SQLite database and saves what `GET /schema/snapshot` returns. Run: node scripts/schema/build-snapshot.ts
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { effectiveEnv, ROOT } from '../lib/env.mjs';
import { directusCommand, startDirectus } from '../lib/directus-process.ts';
import { COLLECTIONS } from './model.ts';
import { planSchema } from './model-to-directus.ts';

const dir = mkdtempSync(join(tmpdir(), 'yuchi-snapshot-'));
const env: Record<string, string> = {
  ...effectiveEnv({ base: {} }),
  DB_CLIENT: 'sqlite3',
  DB_FILENAME: join(dir, 'schema.db'),
  EXTENSIONS_PATH: join(dir, 'no-extensions'),
  STORAGE_LOCAL_ROOT: join(dir, 'uploads'),
  SECRET: 'snapshot-build-secret-snapshot-build',
  LOG_LEVEL: 'warn',
};

await directusCommand(['bootstrap'], env);
const directus = await startDirectus(env);
try {
  const call = async (method: string, path: string, body?: unknown, token?: string) => {
    const res = await fetch(`${directus.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
    return text;
  };
  const login = JSON.parse(await call('POST', '/auth/login', { email: env['ADMIN_EMAIL'], password: env['ADMIN_PASSWORD'] }));
  const token: string = login.data.access_token;
  const plan = planSchema(COLLECTIONS);
  for (const collection of plan.collections) await call('POST', '/collections', collection, token);
  for (const { collection, payload } of plan.aliasFields) await call('POST', `/fields/${collection}`, payload, token);
  for (const relation of plan.relations) await call('POST', '/relations', relation, token);
  const yaml = await call('GET', '/schema/snapshot?export=yaml', undefined, token);
  writeFileSync(join(ROOT, 'snapshots/schema.yaml'), yaml);
  console.log(`snapshots/schema.yaml written: ${plan.collections.length} collections, ${plan.relations.length} relations`);
} finally {
  await directus.stop();
  rmSync(dir, { recursive: true, force: true });
}
