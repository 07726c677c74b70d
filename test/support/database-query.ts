// Reads a suite's database directly (SQLite file or PostgreSQL database) to compare whole tables between runs.
import pg from 'pg';
import sqlite3 from 'sqlite3';
import type { DatabaseRef } from './test-env.ts';

export async function queryRows(db: DatabaseRef, sql: string): Promise<Record<string, unknown>[]> {
  if (db.vendor === 'pg') {
    const client = new pg.Client({ connectionString: `${db.server}/${db.name}` });
    await client.connect();
    try {
      return (await client.query(sql)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  }
  // Read-write, not read-only: after a killed writer SQLite must roll back its hot journal before anyone reads.
  const conn = new sqlite3.Database(db.name, sqlite3.OPEN_READWRITE);
  try {
    return await new Promise((resolve, reject) => conn.all(sql, (err, rows) => (err ? reject(err) : resolve(rows as Record<string, unknown>[]))));
  } finally {
    conn.close();
  }
}
