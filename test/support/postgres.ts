// The PostgreSQL server the integration tests use: YUCHI_TEST_PG_URL, else a local server on 127.0.0.1:5432.
import pg from 'pg';

export function pgServerUrl(): string {
  const url = new URL(process.env['YUCHI_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432');
  url.pathname = '';
  return url.toString().replace(/\/$/, '');
}

export async function pgQuery(sql: string, database = 'postgres'): Promise<void> {
  const client = new pg.Client({ connectionString: `${pgServerUrl()}/${database}`, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function pgAvailable(): Promise<boolean> {
  try {
    await pgQuery('SELECT 1');
    return true;
  } catch {
    return false;
  }
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Runs `work` on a new, empty database of the test server, dropped afterwards whatever happens. */
export async function withTemporaryDatabase<T>(name: string, work: (db: { vendor: 'pg'; name: string; server: string }) => Promise<T>): Promise<T> {
  await pgQuery(`CREATE DATABASE ${quoteIdent(name)}`);
  try {
    return await work({ vendor: 'pg', name, server: pgServerUrl() });
  } finally {
    await pgQuery(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  }
}
