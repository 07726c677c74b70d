// The NTA import at scale: a full file into PostgreSQL and into SQLite, then a diff, each through the operator CLI.
// The import runs in a worker process of its own; its peak RSS is the kernel's (getrusage, which the CLI prints),
// and so is the Directus CLI process's that starts it; /usr/bin/time -v gives the largest of the two as a check.
// Row counts: npm run bench -- import [pgRows] [sqliteRows] [diffRows].
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIRECTUS_CLI } from '../scripts/lib/directus-cli.mjs';
import { ROOT } from '../scripts/lib/env.mjs';
import { directusCommand } from '../scripts/lib/directus-process.ts';
import { pgAvailable, withTemporaryDatabase } from '../test/support/postgres.ts';
import { testEnv, type DatabaseRef } from '../test/support/test-env.ts';

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
function measure(args: string[], env: Record<string, string>): Promise<Measured> {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const [cmd, cmdArgs] = timeBin ? [timeBin, ['-v', process.execPath, DIRECTUS_CLI, ...args]] : [process.execPath, [DIRECTUS_CLI, ...args]];
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    let output = '';
    const child = spawn(cmd, cmdArgs, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited ${code}:\n${output.slice(-2000)}`));
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
      const own = /最大メモリ: 取込プロセス (\d+) MB, 管理プロセス (\d+) MB/.exec(output);
      resolve({
        seconds: (performance.now() - t0) / 1000,
        peakRssMb: rss ? Math.round(Number(rss[1]) / 1024) : null,
        workerRssMb: own ? Number(own[1]) : null,
        parentRssMb: own ? Number(own[2]) : null,
        output,
      });
    });
  });
}

async function importRun(db: DatabaseRef, tmp: string, rows: number, diffRows: number) {
  const env = testEnv(db, tmp, { LOG_LEVEL: 'error' });
  await directusCommand(['bootstrap'], env);
  await directusCommand(['yuchi', 'setup', '--no-demo'], env);
  const full = join(tmp, `full-${rows}.csv`);
  const diff = join(tmp, `diff-${diffRows}-of-${rows}.csv`);
  if (!existsSync(full)) await directusCommand(['yuchi', 'generate', 'nta', '--rows', String(rows), '--out', full, '--seed', '3'], env);
  if (!existsSync(diff)) await directusCommand(['yuchi', 'generate', 'nta', '--rows', String(diffRows), '--kind', 'diff', '--full-rows', String(rows), '--out', diff, '--seed', '3'], env);
  // Process start (Directus loading its extensions) is timed separately so rows/s speaks of the import itself.
  const idle = await measure(['yuchi', '--help'], env);
  const loadAtStart = loadavg()[0] ?? 0;
  const fullRun = await measure(['yuchi', 'import', 'nta', full], env);
  const diffRun = await measure(['yuchi', 'import', 'nta', diff], env);
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
    idle_peak_rss_mb: idle.peakRssMb,
    diff_rows: diffRows,
    diff_import_s: round(diffRun.seconds - idle.seconds),
    diff_worker_peak_rss_mb: diffRun.workerRssMb,
    diff_parent_peak_rss_mb: diffRun.parentRssMb,
    diff_process_tree_peak_rss_mb: diffRun.peakRssMb,
    // Other work on the machine slows every figure: the 1-minute load average as the full import started.
    load_at_start: round(loadAtStart),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

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
