// One Directus per database per suite: clone the run's template, start Directus on a free port, stop at the end.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { authentication, createDirectus, rest, staticToken } from '@directus/sdk';
import { afterAll, beforeAll, inject } from 'vitest';
import { startDirectus, type DirectusProcess } from '../../scripts/lib/directus-process.ts';
import { API_TOKEN, PASSWORD, USERS, type FixtureUser } from './fixtures.ts';
import { pgQuery, quoteIdent } from './postgres.ts';
import { testEnv, type DatabaseRef, type Vendor } from './test-env.ts';

export const VENDORS: Vendor[] = ['sqlite', 'pg'];

/** Whether this run has the vendor; PostgreSQL may be absent on a developer's machine (never in CI). */
export function hasVendor(vendor: Vendor): boolean {
  return vendor === 'sqlite' || inject('templates').pg !== null;
}

export async function cloneTemplate(vendor: Vendor): Promise<DatabaseRef> {
  const t = inject('templates');
  const suffix = randomBytes(4).toString('hex');
  if (vendor === 'sqlite') {
    const file = join(t.tmpDir, `suite-${suffix}.db`);
    copyFileSync(t.sqlite.name, file);
    return { vendor, name: file };
  }
  if (!t.pg) throw new Error(t.pgSkipReason ?? 'no PostgreSQL');
  const name = `yuchi_t_${t.runId}_${suffix}`;
  await pgQuery(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(t.pg.name)}`);
  return { vendor, name, server: t.pg.server! };
}

export function suiteEnv(db: DatabaseRef, extra: Record<string, string> = {}): Record<string, string> {
  return testEnv(db, inject('templates').tmpDir, extra);
}

export interface SuiteDirectus {
  readonly process: DirectusProcess;
  readonly db: DatabaseRef;
  /** An SDK client logged in as a fixture user (the API user authenticates with its static token). */
  as(user: FixtureUser): Promise<ReturnType<typeof loggedIn>>;
}

function loggedIn(url: string) {
  return createDirectus(url).with(authentication('json', { autoRefresh: false })).with(rest());
}

/** Registers beforeAll/afterAll for a Directus on a fresh clone of the template. */
export function useDirectus(vendor: Vendor, extraEnv: Record<string, string> = {}): SuiteDirectus {
  let proc: DirectusProcess | undefined;
  let db: DatabaseRef | undefined;
  // Logging in costs a password hash check (~0.5 s): one session per user per suite.
  const sessions = new Map<FixtureUser, Promise<ReturnType<typeof loggedIn>>>();
  beforeAll(async () => {
    db = await cloneTemplate(vendor);
    proc = await startDirectus(suiteEnv(db, extraEnv));
  });
  afterAll(async () => {
    await proc?.stop();
    if (db?.vendor === 'pg') await pgQuery(`DROP DATABASE IF EXISTS ${quoteIdent(db.name)} WITH (FORCE)`);
  });
  return {
    get process() {
      if (!proc) throw new Error('Directus is not started yet (use it inside tests or hooks)');
      return proc;
    },
    get db() {
      if (!db) throw new Error('database not cloned yet');
      return db;
    },
    as(user: FixtureUser) {
      let session = sessions.get(user);
      if (!session) {
        const client = loggedIn(this.process.url);
        session = (user === 'api' ? client.setToken(API_TOKEN) : client.login({ email: USERS[user].email, password: PASSWORD })).then(() => client);
        sessions.set(user, session);
      }
      return session;
    },
  };
}

export function staticClient(url: string, token: string) {
  return createDirectus(url).with(staticToken(token)).with(rest());
}
