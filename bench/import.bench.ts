// The NTA import at scale: a full file into PostgreSQL and into SQLite, then a diff, each through the operator CLI.
// The import runs in a worker process of its own; its peak RSS is the kernel's (getrusage, which the CLI prints),
// and so is the Directus CLI process's that starts it; /usr/bin/time -v gives the largest of the two as a check.
// Row counts: npm run bench -- import [pgRows] [sqliteRows] [diffRows].
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIRECTUS_CLI } from '../scripts/lib/directus-cli.mjs';
import { ROOT } from '../scripts/lib/env.mjs';
import { directusCommand } from '../scripts/lib/directus-process.ts';
import { pgAvailable, withTemporaryDatabase } from '../test/support/postgres.ts';
import { testEnv, type DatabaseRef } from '../test/support/test-env.ts';
import pg from 'pg';
import { CpuSampler, type CpuFigures } from './cpu-sampler.ts';

interface Measured {
  seconds: number;
  // Largest of the process tree (the Directus CLI process and its import worker), from /usr/bin/time -v.
  peakRssMb: number | null;
  // The import worker's and the Directus CLI process's own, as the CLI reports them.
  workerRssMb: number | null;
  parentRssMb: number | null;
  output: string;
}

/** Runs a Directus CLI command under /usr/bin/time -v when it exists, for the OS's view of peak memory. */
async function measure(args: string[], env: Record<string, string>, db?: DatabaseRef): Promise<Measured & Partial<CpuFigures>> {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const [cmd, cmdArgs] = timeBin ? [timeBin, ['-v', process.execPath, DIRECTUS_CLI, ...args]] : [process.execPath, [DIRECTUS_CLI, ...args]];
  const t0 = performance.now();
  let output = '';
  const child = spawn(cmd, cmdArgs, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const sampler = db && process.platform === 'linux' ? new CpuSampler(child.pid!, db.vendor === 'pg' ? { server: db.server!, database: db.name } : null) : null;
  await sampler?.start();
  const code = await exited;
  const seconds = (performance.now() - t0) / 1000;
  const cpu = await sampler?.stop();
  if (code !== 0) throw new Error(`${args.join(' ')} exited ${code}:\n${output.slice(-2000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
  const own = /最大メモリ: 取込プロセス (\d+) MB, 管理プロセス (\d+) MB/.exec(output);
  return {
    seconds,
    peakRssMb: rss ? Math.round(Number(rss[1]) / 1024) : null,
    workerRssMb: own ? Number(own[1]) : null,
    parentRssMb: own ? Number(own[2]) : null,
    output,
    ...cpu,
  };
}

async function importRun(db: DatabaseRef, tmp: string, rows: number, diffRows: number) {
  const env = testEnv(db, tmp, { LOG_LEVEL: 'error' });
  await directusCommand(['bootstrap'], env);
  await directusCommand(['yuchi', 'setup', '--no-demo'], env);
  // Generated files are kept in bench/.tmp (ignored by git) for the next run: 5,000,000 rows take minutes to write.
  mkdirSync(FILES, { recursive: true });
  const full = join(FILES, `nta-full-${rows}-seed3.csv`);
  const diff = join(FILES, `nta-diff-${diffRows}-of-${rows}-seed3.csv`);
  // Written under a temporary name first, so a run stopped halfway leaves no half file to reuse.
  const generate = async (out: string, args: string[]) => {
    if (existsSync(out)) return;
    await directusCommand(['yuchi', 'generate', 'nta', ...args, '--out', `${out}.part`, '--seed', '3'], env);
    renameSync(`${out}.part`, out);
  };
  await generate(full, ['--rows', String(rows)]);
  await generate(diff, ['--rows', String(diffRows), '--kind', 'diff', '--full-rows', String(rows)]);
  // Process start (Directus loading its extensions) is timed separately so rows/s speaks of the import itself.
  const idle = await measure(['yuchi', '--help'], env);
  const loadAtStart = loadavg()[0] ?? 0;
  const fullRun = await measure(['yuchi', 'import', 'nta', full], env, db);
  // A daily diff meets a settled registry, not one PostgreSQL is still vacuuming after millions of new rows: wait
  // for autovacuum to leave the database (the wait is recorded).
  const settleSeconds = db.vendor === 'pg' ? await autovacuumDone(db) : 0;
  const diffRun = await measure(['yuchi', 'import', 'nta', diff], env, db);
  const importSeconds = fullRun.seconds - idle.seconds;
  return {
    rows,
    file_mb: Math.round(statSync(full).size / 1024 / 1024),
    process_start_s: round(idle.seconds),
    full_import_s: round(importSeconds),
    full_rows_per_s: Math.round(rows / importSeconds),
    full_worker_peak_rss_mb: fullRun.workerRssMb,
    full_parent_peak_rss_mb: fullRun.parentRssMb,
    full_process_tree_peak_rss_mb: fullRun.peakRssMb,
    // CPU seconds the kernel counted, per 1,000 rows too: the import worker (with SQLite inside it) and the
    // PostgreSQL backends. Unlike rows/s they hardly change with the machine's load.
    full_worker_cpu_s: fullRun.worker_cpu_s ?? null,
    full_database_cpu_s: fullRun.database_cpu_s ?? null,
    full_worker_cpu_ms_per_1000_rows: perThousand(fullRun.worker_cpu_s, rows),
    full_database_cpu_ms_per_1000_rows: perThousand(fullRun.database_cpu_s, rows),
    idle_peak_rss_mb: idle.peakRssMb,
    diff_rows: diffRows,
    diff_waited_for_autovacuum_s: round(settleSeconds),
    diff_import_s: round(diffRun.seconds - idle.seconds),
    diff_worker_peak_rss_mb: diffRun.workerRssMb,
    diff_parent_peak_rss_mb: diffRun.parentRssMb,
    diff_process_tree_peak_rss_mb: diffRun.peakRssMb,
    diff_worker_cpu_s: diffRun.worker_cpu_s ?? null,
    diff_database_cpu_s: diffRun.database_cpu_s ?? null,
    // Other work on the machine slows every figure: the 1-minute load average as the full import started.
    load_at_start: round(loadAtStart),
  };
}

const FILES = join(ROOT, 'bench/.tmp');

/** Seconds until no autovacuum worker runs on the database (at most ten minutes). */
async function autovacuumDone(db: DatabaseRef): Promise<number> {
  const client = new pg.Client({ connectionString: `${db.server}/${db.name}` });
  await client.connect();
  const t0 = performance.now();
  try {
    // Autovacuum starts within its naptime (a minute by default) after the load: look for a while before trusting quiet.
    let quietSince = performance.now();
    while (performance.now() - t0 < 600_000) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'autovacuum worker'`);
      if (Number(rows[0]?.n ?? 0) > 0) quietSince = performance.now();
      else if (performance.now() - quietSince > 70_000) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    return (performance.now() - t0) / 1000;
  } finally {
    await client.end();
  }
}
const round = (n: number) => Math.round(n * 100) / 100;
const perThousand = (seconds: number | null | undefined, rows: number) => (seconds === null || seconds === undefined ? null : Math.round((seconds * 1_000_000) / rows));

export async function importBenchmark(args: string[]): Promise<Record<string, unknown>> {
  const [pgRows = 5_000_000, sqliteRows = 1_000_000, diffRows = 10_000] = args.map(Number);
  const tmp = mkdtempSync(join(tmpdir(), 'yuchi-bench-import-'));
  try {
    const out: Record<string, unknown> = {};
    if (await pgAvailable()) {
      out['pg'] = await withTemporaryDatabase(`yuchi_bench_import_${process.pid}`, (db) => importRun(db, tmp, pgRows, diffRows));
    } else out['pg'] = 'not measured: PostgreSQL not reachable';
    out['sqlite'] = await importRun({ vendor: 'sqlite', name: join(tmp, 'bench.db') }, tmp, sqliteRows, diffRows);
    return out;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
