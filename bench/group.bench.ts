// Company groups at scale, on PostgreSQL: a synthetic registry (default 1,000,000 companies, the search benchmark's
// generator, which already holds many small groups), plus one 2,000-member group over 6 levels with companies that
// have two parents and a cycle. Directus is started with its cache off and, as a 誘致担当 user:
// - GET /yuchi/companies/{法人番号}/group for random members of the big group (target: p95 ≤ 100 ms);
// - GET /yuchi/companies/{法人番号}/group for random companies of the small groups;
// - POST /yuchi/search with group_of / ultimate_parent (alone and with other criteria);
// - POST /yuchi/export of the big group with ultimate_parent_name and group_size.
//
// npm run bench -- group [companies] [runs] [--db NAME] [--template NAME] [--seed N]
// --db keeps (or reuses) a named database; --template clones a filled database (e.g. the search benchmark's kept
// one) instead of generating, so the fill is skipped.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { directusCommand, startDirectus } from '../scripts/lib/directus-process.ts';
import { ROLE_IDS } from '../seed/access/ids.ts';
import { pgAvailable, pgQuery, pgServerUrl, quoteIdent, withTemporaryDatabase } from '../test/support/postgres.ts';
import { testEnv, type DatabaseRef } from '../test/support/test-env.ts';
import { generateSearchDataset, randomSource } from './search-dataset.generator.ts';

const STAFF = { email: 'bench-staff@example.com', password: 'bench-staff-password-2026' };
const GROUP_SOURCE = 'bench-group';
// Members per level below the top (1 + 6 + 30 + 150 + 450 + 700 + 663 = 2,000).
const LEVEL_SIZES = [1, 6, 30, 150, 450, 700, 663];

interface Options {
  companies: number;
  runs: number;
  db: string | null;
  template: string | null;
  seed: number;
}

function parseArgs(args: string[]): Options {
  const positional: string[] = [];
  const options: Options = { companies: 1_000_000, runs: 60, db: null, template: null, seed: 20261130 };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--db') options.db = args[++i] ?? null;
    else if (arg === '--template') options.template = args[++i] ?? null;
    else if (arg === '--seed') options.seed = Number(args[++i]);
    else positional.push(arg);
  }
  if (positional[0]) options.companies = Number(positional[0]);
  if (positional[1]) options.runs = Number(positional[1]);
  return options;
}

const ms = (n: number) => Math.round(n * 10) / 10;
function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return ms(sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN);
}
const summary = (samples: number[]) => ({ p50_ms: percentile(samples, 50), p95_ms: percentile(samples, 95), max_ms: percentile(samples, 100), runs: samples.length });

async function login(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!res.ok) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: { access_token: string } }).data.access_token;
}

async function timed(url: string, init: RequestInit): Promise<{ ms: number; status: number; body: unknown; bytes: number }> {
  const t0 = performance.now();
  const res = await fetch(url, init);
  const buffer = Buffer.from(await res.arrayBuffer());
  const elapsed = performance.now() - t0;
  const json = (res.headers.get('content-type') ?? '').includes('json');
  return { ms: elapsed, status: res.status, body: json ? (JSON.parse(buffer.toString('utf8')) as unknown) : null, bytes: buffer.length };
}

/** Builds the big group among existing companies: a top, 6 levels, 5 % with a second parent, one cycle. */
async function plantBigGroup(client: pg.Client, companies: number, seed: number): Promise<{ members: number[]; top: number }> {
  await client.query('DELETE FROM company_relations WHERE source = $1', [GROUP_SOURCE]);
  const rnd = randomSource(seed);
  // Companies already in a relation are left out, so the planted group is exactly 2,000 companies under one top.
  const taken = new Set<number>(
    (await client.query<{ id: number }>('SELECT parent AS id FROM company_relations UNION SELECT child FROM company_relations')).rows.map((r) => Number(r.id)),
  );
  const pick = () => {
    for (;;) {
      const id = 1 + Math.floor(rnd() * companies);
      if (!taken.has(id)) {
        taken.add(id);
        return id;
      }
    }
  };
  const levels: number[][] = LEVEL_SIZES.map((size) => Array.from({ length: size }, pick));
  const edges: [number, number, number][] = [];
  const add = (parent: number, child: number, ratio: number) => edges.push([parent, child, ratio]);
  for (let depth = 1; depth < levels.length; depth++) {
    const parents = levels[depth - 1]!;
    levels[depth]!.forEach((child, i) => {
      add(parents[i % parents.length]!, child, Math.round((50 + rnd() * 50) * 100) / 100);
      if (rnd() < 0.05) add(parents[(i + 1) % parents.length]!, child, Math.round(rnd() * 30 * 100) / 100);
    });
  }
  // A cycle deep down: a company of level 6 owns one of level 3.
  add(levels[6]![0]!, levels[3]![0]!, 1);
  for (let at = 0; at < edges.length; at += 1000) {
    const part = edges.slice(at, at + 1000);
    const tuples = part.map((_e, i) => `($${i * 3 + 1}, $${i * 3 + 2}, 'subsidiary', $${i * 3 + 3}, '2026-03-31', '${GROUP_SOURCE}', 'confirmed')`);
    await client.query(`INSERT INTO company_relations (parent, child, kind, voting_rights_ratio, as_of, source, review_status) VALUES ${tuples.join(', ')}`, part.flat());
  }
  return { members: levels.flat(), top: levels[0]![0]! };
}

async function measure(db: DatabaseRef & { server: string }, tmp: string, options: Options, log: (line: string) => void) {
  const env = testEnv(db, tmp, { LOG_LEVEL: 'warn', CACHE_ENABLED: 'false', ACCESS_TOKEN_TTL: '12h' });
  const client = new pg.Client({ connectionString: `${db.server}/${db.name}` });
  await client.connect();
  const figures: Record<string, unknown> = { companies: options.companies, runs: options.runs, seed: options.seed, database: db.name };
  try {
    const fresh = !(await client.query(`SELECT to_regclass('public.companies') AS t`)).rows[0]?.t;
    if (fresh) {
      log('bootstrap and yuchi setup --no-demo');
      await directusCommand(['bootstrap'], env);
      await directusCommand(['yuchi', 'setup', '--no-demo'], env);
    }
    const staffRow = async () => (await client.query<{ id: string }>('SELECT id FROM directus_users WHERE email = $1', [STAFF.email])).rows[0];
    if (!(await staffRow())) await directusCommand(['users', 'create', '--email', STAFF.email, '--password', STAFF.password, '--role', ROLE_IDS.attractionStaff], env);
    const staffId = (await staffRow())!.id;
    const present = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM companies')).rows[0]!.n);
    if (present === 0) {
      log(`generating ${options.companies} companies`);
      const t1 = performance.now();
      await generateSearchDataset({ client, companies: options.companies, seed: options.seed, owners: [staffId], log });
      figures['fill_s'] = Math.round((performance.now() - t1) / 1000);
    }
    const companies = Number((await client.query<{ n: string }>('SELECT max(id) AS n FROM companies')).rows[0]!.n);
    figures['companies'] = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM companies')).rows[0]!.n);
    // The schema and the group migration (indexes) on the filled tables, as an upgrade would run them.
    log('yuchi setup --no-demo (schema and migrations on the filled tables)');
    await directusCommand(['yuchi', 'setup', '--no-demo'], env);
    const { members, top } = await plantBigGroup(client, companies, options.seed);
    await client.query('ANALYZE company_relations');
    figures['relations'] = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM company_relations')).rows[0]!.n);
    const numbers = new Map(
      (await client.query<{ id: number; corporate_number: string }>('SELECT id, corporate_number FROM companies WHERE id = ANY($1)', [members])).rows.map((r) => [Number(r.id), r.corporate_number]),
    );
    const small = (await client.query<{ corporate_number: string }>(
      `SELECT c.corporate_number FROM company_relations r JOIN companies c ON c.id = r.child WHERE r.source = 'bench' ORDER BY r.id LIMIT 500`,
    )).rows.map((r) => r.corporate_number);

    const proc = await startDirectus(env);
    try {
      const token = await login(proc.url, STAFF.email, STAFF.password);
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const rnd = randomSource(options.seed + 1);
      const memberNumber = () => numbers.get(members[Math.floor(rnd() * members.length)]!)!;
      const get = (cn: string) => timed(`${proc.url}/yuchi/companies/${cn}/group`, { headers });
      const post = (path: string, body: unknown) => timed(`${proc.url}/yuchi${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
      figures['measured_as'] = '誘致担当 (attractionStaff role, non-admin)';
      figures['load_before'] = loadavg().map((l) => Math.round(l * 100) / 100);
      // Warm-up (not recorded): schema load, connection pool, first plans.
      for (let i = 0; i < 3; i++) await get(memberNumber());

      const big: number[] = [];
      let size = 0;
      let warnings: unknown = null;
      for (let i = 0; i < options.runs; i++) {
        const r = await get(memberNumber());
        if (r.status !== 200) throw new Error(`group: ${r.status} ${JSON.stringify(r.body)}`);
        big.push(r.ms);
        const body = r.body as { data: { size: number }; meta: { warnings: { code: string }[] } };
        size = body.data.size;
        warnings = body.meta.warnings.map((w) => w.code);
      }
      figures['group_2000_members'] = { ...summary(big), size, warnings, target_p95_ms: 100 };
      log(`  group (2,000 members) p50 ${percentile(big, 50)} p95 ${percentile(big, 95)} ms, size ${size}`);

      const smallTimes: number[] = [];
      for (let i = 0; i < options.runs; i++) smallTimes.push((await get(small[Math.floor(rnd() * small.length)]!)).ms);
      figures['group_small'] = summary(smallTimes);

      const topNumber = numbers.get(top)!;
      const searches: Record<string, unknown> = {};
      const criteriaMix: [string, Record<string, unknown>][] = [
        ['group_of', { group_of: memberNumber() }],
        ['group_of_niigata', { group_of: memberNumber(), prefectures: ['15'] }],
        ['ultimate_parent', { ultimate_parent: topNumber }],
        ['ultimate_parent_sorted', { ultimate_parent: topNumber, sort: ['-capital_yen'], limit: 100 }],
        ['group_of_small', { group_of: small[0]! }],
      ];
      for (const [key, criteria] of criteriaMix) {
        const times: number[] = [];
        let total = 0;
        for (let i = 0; i < Math.max(5, Math.round(options.runs / 3)); i++) {
          const r = await post('/search', { ...criteria, status: 'any' });
          if (r.status !== 200) throw new Error(`search ${key}: ${r.status} ${JSON.stringify(r.body)}`);
          times.push(r.ms);
          total = (r.body as { meta: { total: number } }).meta.total;
        }
        searches[key] = { ...summary(times), total };
        log(`  search ${key.padEnd(24)} p50 ${percentile(times, 50)} p95 ${percentile(times, 95)} ms, total ${total}`);
      }
      figures['search'] = searches;

      const exported = await post('/export', { ultimate_parent: topNumber, status: 'any', columns: ['corporate_number', 'name', 'ultimate_parent_name', 'group_size'] });
      if (exported.status !== 200) throw new Error(`export: ${exported.status}`);
      figures['export_big_group'] = { ms: ms(exported.ms), bytes: exported.bytes, columns: ['corporate_number', 'name', 'ultimate_parent_name', 'group_size'] };
      log(`  export of the big group with group columns: ${ms(exported.ms)} ms`);
      figures['load_after'] = loadavg().map((l) => Math.round(l * 100) / 100);
    } finally {
      await proc.stop();
    }
    return figures;
  } finally {
    await client.end();
  }
}

export async function groupBenchmark(args: string[]): Promise<Record<string, unknown>> {
  const options = parseArgs(args);
  if (!(await pgAvailable())) return { pg: 'not measured: PostgreSQL not reachable' };
  const tmp = mkdtempSync(join(tmpdir(), 'yuchi-bench-group-'));
  const log = (line: string) => console.log(`[group ${new Date().toISOString().slice(11, 19)}] ${line}`);
  try {
    const server = pgServerUrl();
    const named = options.db ?? (options.template ? `yuchi_bench_group_${process.pid}` : null);
    if (named) {
      try {
        await pgQuery(options.template ? `CREATE DATABASE ${quoteIdent(named)} TEMPLATE ${quoteIdent(options.template)}` : `CREATE DATABASE ${quoteIdent(named)}`);
      } catch {
        log(`reusing database ${named}`);
      }
      try {
        return { pg: await measure({ vendor: 'pg', name: named, server }, tmp, options, log) };
      } finally {
        if (!options.db) await pgQuery(`DROP DATABASE IF EXISTS ${quoteIdent(named)} WITH (FORCE)`);
      }
    }
    return { pg: await withTemporaryDatabase(`yuchi_bench_group_${process.pid}`, (db) => measure(db, tmp, options, log)) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
