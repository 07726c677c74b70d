// The NTA import as a worker process of its own: progress (bytes, rows per second, time left) on import_runs for the
// Data Studio to poll and on the CLI's line, the run's user and id given out at once, and a worker that stops with
// the Directus process that started it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { knex as knexFactory, type Knex } from 'knex';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { deferIndexes } from '../../extensions/yuchi/src/registry/deferred-indexes.ts';
import { runNtaImport, type ImportProgress, type RunNtaImportOptions } from '../../extensions/yuchi/src/registry/nta-import.runner.ts';
import { queryRows } from '../support/database-query.ts';
import { launch, launchToEnd } from '../support/launcher-process.ts';
import { pgQuery, quoteIdent } from '../support/postgres.ts';
import { cloneTemplate, hasVendor, suiteEnv, VENDORS } from '../support/suite-directus.ts';
import type { DatabaseRef } from '../support/test-env.ts';

const tmp = () => inject('templates').tmpDir;
const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);

async function generate(env: Record<string, string>, name: string, rows: number, seed: number): Promise<string> {
  const out = join(tmp(), name);
  const r = await launchToEnd('cli', ['generate', 'nta', '--out', out, '--rows', String(rows), '--seed', String(seed)], env);
  expect(r.code, r.output).toBe(0);
  return out;
}

async function lastRun(db: DatabaseRef): Promise<Record<string, unknown>> {
  const [run] = await queryRows(db, 'SELECT * FROM import_runs ORDER BY id DESC');
  return run!;
}

/** The processes of a process group (Linux /proc), with their command lines. */
function processGroup(pgid: number): { pid: number; cmdline: string }[] {
  const found: { pid: number; cmdline: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== pgid) continue;
      found.push({ pid: Number(entry), cmdline: readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ') });
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return condition();
}

describe.each(VENDORS)('NTA import progress on %s', (vendor) => {
  describe.skipIf(!hasVendor(vendor))('through npm run yuchi -- import nta', () => {
    let db: DatabaseRef;
    let env: Record<string, string>;
    beforeAll(async () => {
      db = await cloneTemplate(vendor);
      env = suiteEnv(db, { YUCHI_IMPORT_BATCH_SIZE: '500' });
    });
    afterAll(async () => {
      if (db?.vendor === 'pg') await pgQuery(`DROP DATABASE IF EXISTS ${quoteIdent(db.name)} WITH (FORCE)`);
    });

    test('a finished run records the file size, all bytes read, its speed and no time left; the CLI shows rows, speed and time left', async () => {
      const file = await generate(env, `progress-${vendor}.csv`, 3000, 21);
      const r = await launchToEnd('cli', ['import', 'nta', file], env);
      expect(r.code, r.output).toBe(0);
      expect(r.output).toMatch(/3,000 行, [\d,]+ 行\/秒, 残り /);
      expect(r.output).toMatch(/最大メモリ: 取込プロセス \d+ MB, 管理プロセス \d+ MB/);
      const run = await lastRun(db);
      expect(run['status']).toBe('completed');
      expect(Number(run['bytes_total'])).toBe(statSync(file).size);
      expect(Number(run['bytes_read'])).toBe(statSync(file).size);
      expect(Number(run['rows_per_second'])).toBeGreaterThan(0);
      expect(Number(run['eta_seconds'])).toBe(0);
      expect(run['user']).toBeNull();
    });

    test('the import runs in a worker that ends with the Directus process; the run is left to resume from its checkpoint', async () => {
      const file = await generate(env, `worker-${vendor}.csv`, 40000, 23);
      const run = launch('cli', ['import', 'nta', file], env);
      await run.waitFor(/[1-9][\d,]* 行,/, 120_000);
      // Kill only once a checkpoint is committed: a busy machine may print progress before SQLite's commit lands.
      expect(await until(async () => Number(json((await lastRun(db))['checkpoint']).line ?? 0) > 0, 60_000)).toBe(true);
      const group = processGroup(run.child.pid!);
      const directus = group.find((p) => p.cmdline.includes('directus.mjs yuchi import'));
      const worker = group.find((p) => p.cmdline.includes('nta-import-worker.mjs'));
      expect(directus, JSON.stringify(group)).toBeDefined();
      expect(worker, JSON.stringify(group)).toBeDefined();
      expect(worker!.pid).not.toBe(directus!.pid);

      // Only the Directus process dies, as in a crash; its worker must not go on alone.
      process.kill(directus!.pid, 'SIGKILL');
      await run.exited;
      expect(await until(() => processGroup(run.child.pid!).every((p) => p.pid !== worker!.pid), 10_000)).toBe(true);

      const cut = await lastRun(db);
      expect(cut['status']).toBe('running');
      const line = json(cut['checkpoint']).line as number;
      expect(line).toBeGreaterThan(0);
      expect(line).toBeLessThan(40000);
      expect(Number(cut['bytes_read'])).toBeGreaterThan(0);
      expect(Number(cut['bytes_read'])).toBeLessThan(Number(cut['bytes_total']));
      expect(Number(cut['read_count'])).toBe(line);

      const resumed = await launchToEnd('cli', ['import', 'nta', file], env);
      expect(resumed.code, resumed.output).toBe(0);
      expect(resumed.output).toContain(`${line} 行目の続きから再開`);
      expect(resumed.output).toContain('読込 40000,');
      const done = await lastRun(db);
      expect(done['id']).toBe(cut['id']);
      expect(done['status']).toBe('completed');
    }, 300_000);
  });
});

describe.each(VENDORS)('the import runner on %s', (vendor) => {
  describe.skipIf(!hasVendor(vendor))('called as the worker calls it', () => {
    let db: DatabaseRef;
    let knex: Knex;
    beforeAll(async () => {
      db = await cloneTemplate(vendor);
      knex = knexFactory(
        db.vendor === 'pg'
          ? { client: 'pg', connection: `${db.server}/${db.name}`, pool: { min: 0, max: 1 } }
          : { client: 'sqlite3', connection: { filename: db.name }, useNullAsDefault: true, pool: { min: 1, max: 1 } },
      );
    });
    afterAll(async () => {
      await knex?.destroy();
      if (db?.vendor === 'pg') await pgQuery(`DROP DATABASE IF EXISTS ${quoteIdent(db.name)} WITH (FORCE)`);
    });

    test('gives out the run id before any progress and records who started the run', async () => {
      const file = await generate(suiteEnv(db), `runner-${vendor}.csv`, 1200, 29);
      const [user] = await knex('directus_users').select('id').limit(1);
      const events: string[] = [];
      let startedRun = 0;
      const progress: ImportProgress[] = [];
      const outcome = await runNtaImport(knex, {
        path: file,
        fileName: 'runner.csv',
        fields: { companies: { closed_on: 'date', source_updated_at: 'timestamp', former_names: 'json' }, company_history: { changed_at: 'timestamp', effective_on: 'date', changes: 'json' } },
        batchSize: 500,
        user: user.id,
        onStart: (runId) => {
          events.push('start');
          startedRun = runId;
        },
        onProgress: (p) => {
          events.push('progress');
          progress.push(p);
        },
      });
      expect(outcome).toMatchObject({ status: 'completed', runId: startedRun, read: 1200, inserted: 1200 });
      expect(events[0]).toBe('start');
      expect(events.filter((e) => e === 'start')).toHaveLength(1);
      expect(progress.map((p) => p.read)).toEqual([500, 1000, 1200]);
      expect(progress.at(-1)).toMatchObject({ bytesRead: statSync(file).size, bytesTotal: statSync(file).size, etaSeconds: 0 });
      const [run] = await knex('import_runs').where({ id: startedRun });
      expect(run).toMatchObject({ user: user.id, file: 'runner.csv', status: 'completed' });
    });
  });
});

// Bulk-load mode is PostgreSQL's; a fresh database each, so nothing stored already changes what a file does.
describe.skipIf(!hasVendor('pg'))('the import runner loading in bulk on pg', () => {
  let db: DatabaseRef;
  let knex: Knex;
  beforeEach(async () => {
    db = await cloneTemplate('pg');
    knex = knexFactory({ client: 'pg', connection: `${db.server}/${db.name}`, pool: { min: 0, max: 2 } });
  });
  afterEach(async () => {
    await knex?.destroy();
    if (db) await pgQuery(`DROP DATABASE IF EXISTS ${quoteIdent(db.name)} WITH (FORCE)`);
  });

  const FIELDS: RunNtaImportOptions['fields'] = {
    companies: { closed_on: 'date', source_updated_at: 'timestamp', former_names: 'json' },
    company_history: { changed_at: 'timestamp', effective_on: 'date', changes: 'json' },
  };
  const indexesOf = async (): Promise<string[]> =>
    ((await knex.raw(`SELECT indexname FROM pg_indexes WHERE tablename IN ('companies', 'company_history') ORDER BY 1`)) as { rows: { indexname: string }[] }).rows.map((r) => r.indexname);

  test('a file far larger than the registry loads in bulk: indexes dropped for the rows, every one built again at the end', async () => {
    const before = await indexesOf();
    expect(before).toContain('yuchi_companies_search_name_bigram_idx');
    // An index dropped and built again is a new relation.
    const oids = async () => ((await knex.raw(`SELECT c.oid::text AS oid FROM pg_class c WHERE c.relname IN ('yuchi_companies_search_name_bigram_idx', 'companies_city_code_index', 'companies_corporate_number_unique') ORDER BY c.relname`)) as { rows: { oid: string }[] }).rows.map((r) => r.oid);
    const [cityBefore, uniqueBefore, bigramBefore] = await oids();
    const file = await generate(suiteEnv(db), 'bulk-pg.csv', 3000, 31);
    const phases: string[] = [];
    const outcome = await runNtaImport(knex, {
      path: file,
      fileName: 'bulk.csv',
      fields: FIELDS,
      batchSize: 500,
      bulkMinRows: 1000,
      user: null,
      onProgress: (p) => phases.push(p.phase),
    });
    expect(outcome).toMatchObject({ status: 'completed', read: 3000, inserted: 3000 });
    expect(phases.at(-1)).toBe('indexes');
    expect(phases.slice(0, -1).every((p) => p === 'rows')).toBe(true);
    expect(await indexesOf()).toEqual(before);
    const [cityAfter, uniqueAfter, bigramAfter] = await oids();
    expect(bigramAfter).not.toBe(bigramBefore);
    expect(cityAfter).not.toBe(cityBefore);
    expect(uniqueAfter).toBe(uniqueBefore);
    expect(await knex('yuchi_deferred_indexes').count({ n: '*' }).first()).toMatchObject({ n: '0' });
    // The rebuilt bigram index answers a 2-character search.
    const [stored] = await knex('companies').select('name').whereNotNull('name').limit(1);
    const word = [...String(stored.name)].slice(0, 2).join('');
    const { rows } = (await knex.raw('SELECT count(*) AS n FROM companies WHERE yuchi_bigrams(search_name) @> yuchi_bigrams(?)', [word])) as { rows: { n: string }[] };
    expect(Number(rows[0]!.n)).toBeGreaterThan(0);
  });

  test('indexes a stopped bulk load left dropped are built by the next import, and none is lost', async () => {
    const before = await indexesOf();
    // As a worker killed mid-load leaves it: indexes dropped, their definitions recorded.
    const dropped = await deferIndexes(knex, 0);
    expect(dropped).toBeGreaterThan(5);
    expect(await indexesOf()).not.toContain('yuchi_companies_search_name_bigram_idx');
    expect(await knex('yuchi_deferred_indexes').count({ n: '*' }).first()).toMatchObject({ n: String(dropped) });

    const file = await generate(suiteEnv(db), 'after-stop-pg.csv', 200, 37);
    const outcome = await runNtaImport(knex, { path: file, fileName: 'after-stop.csv', fields: FIELDS, batchSize: 500, user: null });
    expect(outcome.status).toBe('completed');
    expect(await indexesOf()).toEqual(before);
    expect(await knex('yuchi_deferred_indexes').count({ n: '*' }).first()).toMatchObject({ n: '0' });
  });
});
