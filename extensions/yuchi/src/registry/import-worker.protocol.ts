// What the Directus process (CLI or API) and the import worker process say to each other over IPC, and how the
// worker gets a database connection like Directus's own: the parent sends the knex settings it runs with (plain
// data only, no functions), the worker loads the knex and driver Directus itself uses and adds Directus's pragmas.
import { createRequire } from 'node:module';
import type { Knex } from 'knex';
import type { ImportProgress, RunOutcome } from './nta-import.runner.ts';
import type { ImportFieldTypes } from './stored-row.encoder.ts';

export const WORKER_FILE = 'nta-import-worker.mjs';

export interface WorkerDatabaseConfig {
  client: string;
  connection: unknown;
  searchPath?: unknown;
  version?: string;
}

export interface WorkerRequest {
  type: 'import';
  database: WorkerDatabaseConfig;
  // Files from which `knex` (and the database driver) resolve: Directus's own installation.
  resolveFrom: string[];
  path: string;
  fileName: string;
  fields: ImportFieldTypes;
  batchSize: number;
  bulkMinRows?: number;
  user: string | null;
}

export type WorkerMessage =
  | { type: 'start'; runId: number }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; outcome: RunOutcome; peakRssMb: number }
  | { type: 'failed'; error: { message: string; code?: string; status?: number } };

// Functions (Directus's pool hooks, loggers) cannot cross to another process; the worker sets its own.
function plainData(value: unknown): unknown {
  if (typeof value === 'function') return undefined;
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value) || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map(plainData);
  return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (typeof v === 'function' ? [] : [[k, plainData(v)]])));
}

/** The settings of the knex instance Directus gave us, as data the worker can rebuild it from. */
export function workerDatabaseConfig(knex: Knex): WorkerDatabaseConfig {
  const config = knex.client.config as Knex.Config;
  return plainData({ client: String(config.client), connection: config.connection, searchPath: config.searchPath, version: config.version }) as WorkerDatabaseConfig;
}

type KnexFactory = (config: Knex.Config) => Knex;

function loadKnex(resolveFrom: string[]): KnexFactory {
  for (const base of resolveFrom) {
    const require = createRequire(base);
    // knex and the drivers are dependencies of @directus/api; look there first, then beside the base.
    for (const from of [() => createRequire(require.resolve('@directus/api/package.json')), () => require]) {
      try {
        const mod = from()('knex') as KnexFactory & { knex?: KnexFactory };
        return mod.knex ?? mod;
      } catch {
        // not installed here: try the next place
      }
    }
  }
  throw new Error(`knex が見つかりません（探した場所: ${resolveFrom.join(', ')}）`);
}

/** The worker's own connections: the import writes on one; rebuilding deferred indexes uses two at once. */
export function openWorkerDatabase({ client, connection, searchPath, version }: WorkerDatabaseConfig, resolveFrom: string[]): Knex {
  const knex = loadKnex(resolveFrom);
  const config: Knex.Config = { client, connection: connection as NonNullable<Knex.Config['connection']>, pool: { min: 0, max: 2 } };
  if (searchPath !== undefined) config.searchPath = searchPath as string | string[];
  if (version !== undefined) config.version = version;
  if (client === 'pg') {
    // A batch's commit need not wait for its WAL to reach the disk: a crash can lose only the last batches, and
    // their checkpoint with them (same transaction), so the resumed run reads them again. One round trip less a batch.
    config.pool = {
      min: 0,
      max: 2,
      afterCreate: (conn: { query: (sql: string, done: (error: Error | null) => void) => void }, done: (error: Error | null, conn: unknown) => void) => {
        conn.query('SET synchronous_commit = off', (error) => done(error, conn));
      },
    };
  }
  if (client === 'sqlite3') {
    config.useNullAsDefault = true;
    // As Directus does for each SQLite connection (api/src/database/index.ts).
    config.pool = {
      min: 1,
      max: 1,
      afterCreate: (conn: { run: (sql: string) => void }, done: (error: Error | null, conn: unknown) => void) => {
        conn.run('PRAGMA foreign_keys = ON');
        done(null, conn);
      },
    };
  }
  return knex(config);
}
