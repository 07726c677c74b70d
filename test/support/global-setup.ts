// Builds one template database per vendor for the whole run (bootstrap, `yuchi setup`, fixtures); each suite then
// gets a cheap copy of it (SQLite file copy, PostgreSQL CREATE DATABASE … TEMPLATE).
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT } from '../../scripts/lib/env.mjs';
import { directusCommand, startDirectus } from '../../scripts/lib/directus-process.ts';
import { createFixtures } from './fixtures.ts';
import { pgAvailable, pgQuery, pgServerUrl, quoteIdent } from './postgres.ts';
import { testEnv, type DatabaseRef } from './test-env.ts';

export interface Templates {
  runId: string;
  tmpDir: string;
  sqlite: DatabaseRef;
  pg: DatabaseRef | null;
  pgSkipReason: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    templates: Templates;
  }
}

async function buildTemplate(db: DatabaseRef, tmpDir: string): Promise<void> {
  const env = testEnv(db, tmpDir);
  await directusCommand(['bootstrap'], env);
  await directusCommand(['yuchi', 'setup', '--no-demo'], env);
  const directus = await startDirectus(env);
  try {
    const res = await fetch(`${directus.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: env['ADMIN_EMAIL'], password: env['ADMIN_PASSWORD'] }),
    });
    const token = ((await res.json()) as { data: { access_token: string } }).data.access_token;
    await createFixtures(directus.url, token);
  } finally {
    await directus.stop();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  const tmpDir = join(ROOT, 'test/.tmp', `run-${runId}`);
  mkdirSync(tmpDir, { recursive: true });

  const sqlite: DatabaseRef = { vendor: 'sqlite', name: join(tmpDir, 'template.db') };
  const explicit = Boolean(process.env['YUCHI_TEST_PG_URL']);
  const required = process.env['YUCHI_TEST_REQUIRE_PG'] === '1';
  let pg: DatabaseRef | null = null;
  let pgSkipReason: string | null = null;
  if (await pgAvailable()) {
    pg = { vendor: 'pg', name: `yuchi_t_${runId}_tpl`, server: pgServerUrl() };
    await pgQuery(`CREATE DATABASE ${quoteIdent(pg.name)}`);
  } else {
    pgSkipReason = `PostgreSQL is not reachable at ${pgServerUrl()}`;
    if (required || explicit) throw new Error(`${pgSkipReason} (required: YUCHI_TEST_REQUIRE_PG=1 or YUCHI_TEST_PG_URL is set)`);
  }

  await Promise.all([buildTemplate(sqlite, tmpDir), pg ? buildTemplate(pg, tmpDir) : Promise.resolve()]);
  project.provide('templates', { runId, tmpDir, sqlite, pg, pgSkipReason });

  return async () => {
    if (pg) {
      const { default: pgLib } = await import('pg');
      const client = new pgLib.Client({ connectionString: `${pg.server}/postgres` });
      await client.connect();
      const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`yuchi_t_${runId}_%`]);
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
      await client.end();
    }
    rmSync(tmpDir, { recursive: true, force: true });
  };
}
