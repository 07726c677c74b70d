// Configuration of the Directus processes the tests start: isolated from the developer's .env and data/.
import { join } from 'node:path';
import { effectiveEnv } from '../../scripts/lib/env.mjs';

export type Vendor = 'sqlite' | 'pg';

export interface DatabaseRef {
  vendor: Vendor;
  /** SQLite file, or PostgreSQL database name. */
  name: string;
  /** PostgreSQL server URL without database (postgres://user@host:port). */
  server?: string;
}

export function testEnv(db: DatabaseRef, tmpDir: string, extra: Record<string, string> = {}): Record<string, string> {
  const base = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', TZ: 'UTC' };
  const env: Record<string, string> = {
    ...effectiveEnv({ base, dotenv: false }),
    CONFIG_PATH: join(tmpDir, 'no-such.env'),
    SECRET: 'yuchi-test-secret-yuchi-test-secret-0000',
    STORAGE_LOCAL_ROOT: join(tmpDir, 'uploads'),
    LOG_LEVEL: 'warn',
    RATE_LIMITER_ENABLED: 'false',
    YUCHI_DEMO_DATA: 'never',
    // npm test has installed and built before any test runs.
    YUCHI_SKIP_PROVISION: '1',
    ...extra,
  };
  if (db.vendor === 'sqlite') {
    env['DB_CLIENT'] = 'sqlite3';
    env['DB_FILENAME'] = db.name;
  } else {
    env['DB_CLIENT'] = 'pg';
    env['DB_CONNECTION_STRING'] = `${db.server}/${db.name}`;
    delete env['DB_FILENAME'];
  }
  return env;
}
