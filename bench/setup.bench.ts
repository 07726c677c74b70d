// How long a newcomer waits: bootstrap, the first setup (schema, seed, 3,200 demo companies), a second setup that
// must change nothing, and a Directus start until it answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { directusCommand, startDirectus } from '../scripts/lib/directus-process.ts';
import { pgAvailable, withTemporaryDatabase } from '../test/support/postgres.ts';
import { testEnv, type DatabaseRef } from '../test/support/test-env.ts';

const seconds = (ms: number) => Math.round(ms / 10) / 100;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return seconds(performance.now() - t0);
}

async function measure(db: DatabaseRef, tmp: string) {
  const env = testEnv(db, tmp, { YUCHI_DEMO_DATA: 'auto' });
  const bootstrap_s = await timed(() => directusCommand(['bootstrap'], env));
  const first_setup_s = await timed(() => directusCommand(['yuchi', 'setup'], env));
  const second_setup_s = await timed(() => directusCommand(['yuchi', 'setup'], env));
  let stop = async () => {};
  const start_to_ping_s = await timed(async () => {
    const p = await startDirectus(env);
    stop = p.stop;
  });
  await stop();
  return { bootstrap_s, first_setup_s, second_setup_s, start_to_ping_s };
}

export async function setupBenchmark(): Promise<Record<string, unknown>> {
  const tmp = mkdtempSync(join(tmpdir(), 'yuchi-bench-'));
  try {
    const out: Record<string, unknown> = { sqlite: await measure({ vendor: 'sqlite', name: join(tmp, 'bench.db') }, tmp) };
    if (await pgAvailable()) {
      out['pg'] = await withTemporaryDatabase(`yuchi_bench_${process.pid}`, (db) => measure(db, tmp));
    } else out['pg'] = 'not measured: PostgreSQL not reachable';
    return out;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
