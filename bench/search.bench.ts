// Company search and Excel export at scale, on PostgreSQL: a synthetic registry (default 1,000,000 companies with
// sites, officers, groups, risk and intent), Directus started with its cache off, and every query shape of
// search-query.shapes.ts run with fresh random values as a 誘致担当 user — POST /yuchi/search against Directus's own
// /items/companies (SEARCH, the query as a body) with the same filter (and, for name queries, with `search=`) and
// meta=filter_count, in the same run. Then POST /yuchi/export of ~100,000 rows × 30 columns, timed, with the server's RSS sampled.
//
// npm run bench -- search [companies] [runs] [--db NAME] [--seed N] [--only shape,shape] [--no-export] [--no-setup]
// --db keeps (or reuses) a named database instead of a temporary one, so a second run skips the fill.
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { directusCommand, startDirectus, type DirectusProcess } from '../scripts/lib/directus-process.ts';
import { ROLE_IDS } from '../seed/access/ids.ts';
import { pgAvailable, pgQuery, pgServerUrl, quoteIdent, withTemporaryDatabase } from '../test/support/postgres.ts';
import { testEnv, type DatabaseRef } from '../test/support/test-env.ts';
import { buildSearchFilter } from '../extensions/yuchi/src/domain/search-filter.builder.ts';
import type { SearchCriteria } from '../extensions/yuchi/src/domain/search-criteria.parser.ts';
import { EXPORT_COLUMN_KEYS } from '../extensions/yuchi/src/domain/export-columns.catalogue.ts';
import { normalizeSearchText } from '../extensions/yuchi/src/domain/company-name.normalizer.ts';
import { tokyoDay } from '../extensions/yuchi/src/domain/tokyo-day.ts';
import { generateSearchDataset, randomSource, readDatasetFacts, type DatasetFacts } from './search-dataset.generator.ts';
import { QUERY_SHAPES, type Criteria, type QueryShape } from './search-query.shapes.ts';

const STAFF = { email: 'bench-staff@example.com', password: 'bench-staff-password-2026' };
const EXPORT_ROWS = 100_000;
const EXPORT_COLUMN_COUNT = 30;

interface Options {
  companies: number;
  runs: number;
  db: string | null;
  seed: number;
  only: string[] | null;
  exportRun: boolean;
  setup: boolean;
}

function parseArgs(args: string[]): Options {
  const positional: string[] = [];
  const options: Options = { companies: 1_000_000, runs: 20, db: null, seed: 20261128, only: null, exportRun: true, setup: true };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--db') options.db = args[++i] ?? null;
    else if (arg === '--seed') options.seed = Number(args[++i]);
    else if (arg === '--only') options.only = (args[++i] ?? '').split(',');
    else if (arg === '--no-export') options.exportRun = false;
    else if (arg === '--no-setup') options.setup = false;
    else positional.push(arg);
  }
  if (positional[0]) options.companies = Number(positional[0]);
  if (positional[1]) options.runs = Number(positional[1]);
  return options;
}

const ms = (n: number) => Math.round(n * 10) / 10;
const load = () => loadavg().map((l) => Math.round(l * 100) / 100);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return ms(sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN);
}

const summary = (samples: number[]) => ({ p50_ms: percentile(samples, 50), p95_ms: percentile(samples, 95), max_ms: percentile(samples, 100), runs: samples.length });

async function timedJson<T>(url: string, init: RequestInit): Promise<{ ms: number; status: number; body: T }> {
  const t0 = performance.now();
  const res = await fetch(url, init);
  const text = await res.text();
  const elapsed = performance.now() - t0;
  return { ms: elapsed, status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

async function login(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!res.ok) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: { access_token: string } }).data.access_token;
}

/** The Directus server's pid: the process started with this PUBLIC_URL (startDirectus does not hand out its child). */
function serverPid(proc: DirectusProcess): number {
  const marker = `PUBLIC_URL=${proc.url}\0`;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (!cmdline.includes('directus.mjs') || !cmdline.includes('start')) continue;
      if (readFileSync(`/proc/${entry}/environ`, 'utf8').includes(marker)) return Number(entry);
    } catch {
      // gone or not ours
    }
  }
  throw new Error(`no Directus process found for ${proc.url}`);
}

function rssMb(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: Math.round(kb('VmRSS') / 1024), hwm: Math.round(kb('VmHWM') / 1024) };
}

// Both endpoints are asked for the same fields: /yuchi/search's defaults for a user who may read them all.
const FIELDS = ['id', 'corporate_number', 'name', 'name_kana', 'status', 'prefecture_code', 'city_code', 'address', 'industry', 'employees_label', 'capital_yen', 'risk_level', 'intent_score'];

const words = (value: unknown) => (typeof value === 'string' ? value.split(/[\s\u3000]+/u).filter((w) => w !== '') : []);

/** The shapes' criteria with the parser's defaults (its module uses TypeScript syntax Node cannot strip). */
function completeCriteria(body: Criteria): SearchCriteria {
  const list = (key: string) => (Array.isArray(body[key]) ? (body[key] as string[]) : []);
  const of = <T>(key: string, fallback: T) => (body[key] ?? fallback) as T;
  const range = (key: string) => (body[key] ? { min: null, max: null, ...(body[key] as object) } : null);
  return {
    q: words(body['q']),
    text: words(body['text']),
    person: words(body['person']),
    establishment_name: words(body['establishment_name']),
    corporate_numbers: list('corporate_numbers'),
    prefectures: list('prefectures'),
    exclude_prefectures: list('exclude_prefectures'),
    cities: list('cities'),
    establishment_prefectures: list('establishment_prefectures'),
    establishment_kinds: list('establishment_kinds'),
    industries: list('industries'),
    employees: range('employees'),
    capital: range('capital'),
    sales: range('sales'),
    profit: range('profit'),
    founded: body['founded'] ? { from: null, to: null, ...(body['founded'] as object) } : null,
    listed: of('listed', null),
    status: of('status', 'active'),
    contact: of('contact', null),
    list: null,
    group_of: of('group_of', null),
    ultimate_parent: of('ultimate_parent', null),
    // The search's default: confirmed 反社 findings left out (the bench user may read risk_findings).
    risk: { exclude_categories: [], max_level: null, include_confirmed_antisocial: false },
    sort: list('sort'),
    page: of('page', 1),
    limit: of('limit', 50),
    fields: FIELDS,
  };
}

// Over REST, Directus 11.17.4 drops a `_some` whose object names several fields (the ItemsService honours it):
// /items gets one `_some` per field instead, which asks the database for at least as much work.
function splitSome(filter: unknown): unknown {
  if (Array.isArray(filter)) return filter.map(splitSome);
  if (filter === null || typeof filter !== 'object') return filter;
  const out: Record<string, unknown>[] = [];
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    const some = (value as { _some?: Record<string, unknown> } | null)?._some;
    if (some && Object.keys(some).length > 1) out.push(...Object.entries(some).map(([field, condition]) => ({ [key]: { _some: { [field]: condition } } })));
    else rest[key] = splitSome(value);
  }
  return out.length ? { _and: [rest, ...out] } : rest;
}

const EDGE = `(r.valid_to IS NULL OR r.valid_to > current_date) AND (r.review_status IS NULL OR r.review_status = 'confirmed')`;

/** Members of the group containing group_of, and/or companies below ultimate_parent (as the resolver, in SQL). */
async function groupIds(client: pg.Client, c: { group_of?: string | null; ultimate_parent?: string | null }): Promise<number[]> {
  const sets: number[][] = [];
  if (c.group_of) {
    const { rows } = await client.query<{ id: number }>(
      `WITH RECURSIVE up(id) AS (SELECT id FROM companies WHERE corporate_number = $1 UNION SELECT r.parent FROM company_relations r JOIN up ON r.child = up.id WHERE ${EDGE}),
       down(id) AS (SELECT id FROM up UNION SELECT r.child FROM company_relations r JOIN down ON r.parent = down.id WHERE ${EDGE})
       SELECT id FROM down`,
      [c.group_of],
    );
    sets.push(rows.map((r) => r.id));
  }
  if (c.ultimate_parent) {
    const { rows } = await client.query<{ id: number }>(
      `WITH RECURSIVE down(id) AS (SELECT id FROM companies WHERE corporate_number = $1 UNION SELECT r.child FROM company_relations r JOIN down ON r.parent = down.id WHERE ${EDGE}) SELECT id FROM down`,
      [c.ultimate_parent],
    );
    sets.push(rows.map((r) => r.id));
  }
  const [first = [], ...rest] = sets;
  return first.filter((id) => rest.every((set) => set.includes(id))).sort((a, b) => a - b);
}

/** The filter /yuchi/search runs, built the same way (code lookups done here with plain SQL). */
async function equivalentItemsQuery(client: pg.Client, criteria: Criteria) {
  const c = completeCriteria(criteria);
  const cities = c.cities.length ? [...new Set([...c.cities, ...(await client.query<{ code: string }>('SELECT code FROM municipalities WHERE parent = ANY($1)', [c.cities])).rows.map((r) => r.code)])] : [];
  const industries = new Set(c.industries);
  let frontier = [...c.industries];
  for (let depth = 0; depth < 4 && frontier.length; depth++) {
    frontier = (await client.query<{ code: string }>('SELECT code FROM industries WHERE parent = ANY($1)', [frontier])).rows.map((r) => r.code).filter((code) => !industries.has(code));
    for (const code of frontier) industries.add(code);
  }
  // Directus cannot walk a group: /items gets the members as ids, found here by a recursive query (same edges as
  // the group API: current and confirmed relations).
  const groupMembers = c.group_of || c.ultimate_parent ? await groupIds(client, c) : null;
  // The search leaves out companies with a confirmed 反社 finding in force; Directus's REST query parser drops a
  // `_none` that names several fields, so /items gets those companies' ids instead (found here with the same rule).
  const confirmedAntisocial = (await client.query<{ company: number }>(
    `SELECT DISTINCT company FROM risk_findings WHERE company IS NOT NULL AND category = 'antisocial' AND status = 'confirmed' AND severity > 0 AND (expires_on IS NULL OR expires_on >= $1)`,
    [tokyoDay()],
  )).rows.map((r) => r.company);
  const resolved = { cities, industries: [...industries], listMembers: null, groupMembers };
  const sort = c.sort.map((s) => s.replace(/^-/, '')).includes('id') ? c.sort : [...c.sort, 'id'];
  const query = { fields: FIELDS, sort, limit: c.limit, page: c.page, meta: 'filter_count' };
  const withDefault = (filter: unknown) => (confirmedAntisocial.length ? { _and: [splitSome(filter), { id: { _nin: confirmedAntisocial } }] } : splitSome(filter));
  // SEARCH /items/companies takes the query as a body: twelve thousand ids do not fit in a URL.
  const itemsFilter = { query: { ...query, filter: withDefault(buildSearchFilter(c, resolved)) } };
  // Directus's own search: the first name word as `search=`, the other words (and every other criterion) as filter.
  let itemsSearch: { query: typeof itemsFilter.query & { search: string } } | null = null;
  if (c.q.map(normalizeSearchText).some((w) => w !== '')) {
    itemsSearch = { query: { ...query, search: c.q[0]!, filter: withDefault(buildSearchFilter({ ...c, q: c.q.slice(1) }, resolved)) } };
  }
  return { itemsFilter, itemsSearch };
}

interface ShapeFigures {
  describe: string;
  example: Criteria;
  yuchi_search: ReturnType<typeof summary>;
  items_filter: ReturnType<typeof summary>;
  items_search?: ReturnType<typeof summary>;
  ratio_items_filter_p50: number;
  ratio_items_filter_p95: number;
  ratio_items_search_p50?: number;
  ratio_items_search_p95?: number;
  total_median: number;
  totals_differing_from_items: number;
  first_difference?: Record<string, unknown>;
}

async function measureShape({ url, token, client, shape, facts, runs, rnd }: { url: string; token: string; client: pg.Client; shape: QueryShape; facts: DatasetFacts; runs: number; rnd: () => number }): Promise<ShapeFigures> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const ours: number[] = [];
  const items: number[] = [];
  const search: number[] = [];
  const totals: number[] = [];
  let differing = 0;
  let firstDifference: Record<string, unknown> | undefined;
  let example: Criteria = {};
  // Directus's `search=` scans every text column of a million rows: a quarter of the runs is enough to know it.
  const searchRuns = shape.name ? Math.max(5, Math.ceil(runs / 4)) : 0;
  for (let run = 0; run < runs; run++) {
    const criteria = shape.criteria(rnd, facts);
    if (run === 0) example = criteria;
    const answer = await timedJson<{ data: unknown[]; meta: { total: number }; errors?: unknown }>(`${url}/yuchi/search`, { method: 'POST', headers, body: JSON.stringify({ ...criteria, fields: FIELDS }) });
    if (answer.status !== 200) throw new Error(`${shape.key} ${JSON.stringify(criteria)}: ${answer.status} ${JSON.stringify(answer.body)}`);
    ours.push(answer.ms);
    totals.push(answer.body.meta.total);
    const { itemsFilter, itemsSearch } = await equivalentItemsQuery(client, criteria);
    const direct = await timedJson<{ meta?: { filter_count: number }; errors?: unknown }>(`${url}/items/companies`, { method: 'SEARCH', headers, body: JSON.stringify(itemsFilter) });
    if (direct.status !== 200) throw new Error(`${shape.key} /items: ${direct.status} ${JSON.stringify(direct.body)}`);
    items.push(direct.ms);
    if (Number(direct.body.meta?.filter_count) !== answer.body.meta.total) {
      differing++;
      firstDifference ??= { criteria, yuchi_total: answer.body.meta.total, items_filter_count: Number(direct.body.meta?.filter_count) };
    }
    if (itemsSearch && run < searchRuns) {
      const viaSearch = await timedJson<{ errors?: unknown }>(`${url}/items/companies`, { method: 'SEARCH', headers, body: JSON.stringify(itemsSearch) });
      if (viaSearch.status !== 200) throw new Error(`${shape.key} /items?search: ${viaSearch.status} ${JSON.stringify(viaSearch.body)}`);
      search.push(viaSearch.ms);
    }
  }
  const figures: ShapeFigures = {
    describe: shape.describe,
    example,
    yuchi_search: summary(ours),
    items_filter: summary(items),
    ratio_items_filter_p50: ms(percentile(items, 50) / percentile(ours, 50)),
    ratio_items_filter_p95: ms(percentile(items, 95) / percentile(ours, 95)),
    total_median: percentile(totals, 50),
    totals_differing_from_items: differing,
  };
  if (firstDifference) figures.first_difference = firstDifference;
  if (search.length) {
    figures.items_search = summary(search);
    figures.ratio_items_search_p50 = ms(percentile(search, 50) / percentile(ours, 50));
    figures.ratio_items_search_p95 = ms(percentile(search, 95) / percentile(ours, 95));
  }
  return figures;
}

function summarise(shapes: Record<string, ShapeFigures>) {
  const values = Object.values(shapes);
  const nameShapes = Object.entries(shapes).filter(([key]) => QUERY_SHAPES.find((s) => s.key === key)?.name);
  return {
    shapes: values.length,
    worst_p95_ms: Math.max(...values.map((v) => v.yuchi_search.p95_ms)),
    shapes_over_200ms_p95: Object.entries(shapes).filter(([, v]) => v.yuchi_search.p95_ms > 200).map(([k, v]) => `${k} (${v.yuchi_search.p95_ms} ms)`),
    name_shapes_min_ratio_items_search_p95: Math.min(...nameShapes.map(([, v]) => v.ratio_items_search_p95 ?? Infinity)),
    name_shapes_min_ratio_items_filter_p95: Math.min(...nameShapes.map(([, v]) => v.ratio_items_filter_p95)),
  };
}

/** Prefectures whose active, searchable companies add up to just over `rows`. */
async function exportCriteria(client: pg.Client, rows: number): Promise<{ prefectures: string[]; expected: number }> {
  const counts = (await client.query<{ prefecture_code: string; n: string }>(
    `SELECT prefecture_code, count(*) AS n FROM companies WHERE status = 'active' AND is_search_excluded IS NOT TRUE GROUP BY prefecture_code ORDER BY count(*) DESC`,
  )).rows.map((r) => ({ code: r.prefecture_code, n: Number(r.n) }));
  const chosen: typeof counts = [];
  let sum = 0;
  for (const c of counts) {
    if (sum + c.n <= rows) {
      chosen.push(c);
      sum += c.n;
    }
  }
  const topUp = [...counts].reverse().find((c) => !chosen.includes(c));
  if (sum < rows && topUp) {
    chosen.push(topUp);
    sum += topUp.n;
  }
  return { prefectures: chosen.map((c) => c.code).sort(), expected: sum };
}

async function measureExport({ url, token, client, pid }: { url: string; token: string; client: pg.Client; pid: number }) {
  const fixed = EXPORT_COLUMN_KEYS.filter((k) => !k.includes(':'));
  const columns = fixed.slice(0, EXPORT_COLUMN_COUNT);
  const criteria = await exportCriteria(client, EXPORT_ROWS);
  const idle = rssMb(pid);
  let peak = idle.rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid).rss);
  }, 25);
  const loadBefore = load();
  const t0 = performance.now();
  const res = await fetch(`${url}/yuchi/export`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ prefectures: criteria.prefectures, columns }),
  });
  let bytes = 0;
  let firstByteMs: number | null = null;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    firstByteMs ??= performance.now() - t0;
    bytes += chunk.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  if (res.status !== 200) throw new Error(`export: ${res.status}`);
  const after = rssMb(pid);
  peak = Math.max(peak, after.rss);
  const logged = (await client.query<{ row_count: number }>('SELECT row_count FROM export_log ORDER BY id DESC LIMIT 1')).rows[0];
  return {
    rows: logged?.row_count ?? null,
    expected_rows: criteria.expected,
    columns: columns.length,
    column_keys: columns,
    catalogue_fixed_columns: fixed.length,
    criteria: { prefectures: criteria.prefectures },
    seconds: Math.round(seconds * 100) / 100,
    first_byte_ms: firstByteMs === null ? null : Math.round(firstByteMs),
    file_mb: Math.round((bytes / 1024 / 1024) * 10) / 10,
    idle_rss_mb: idle.rss,
    peak_rss_mb: peak,
    rss_growth_mb: peak - idle.rss,
    vm_hwm_before_mb: idle.hwm,
    vm_hwm_after_mb: after.hwm,
    load_before: loadBefore,
    load_after: load(),
  };
}

async function measure(db: DatabaseRef & { server: string }, tmp: string, options: Options, log: (line: string) => void) {
  const env = testEnv(db, tmp, { LOG_LEVEL: 'warn', CACHE_ENABLED: 'false', ACCESS_TOKEN_TTL: '12h' });
  const client = new pg.Client({ connectionString: `${db.server}/${db.name}` });
  await client.connect();
  const figures: Record<string, unknown> = { companies: options.companies, runs_per_shape: options.runs, seed: options.seed, database: db.name };
  try {
    const t0 = performance.now();
    const fresh = !(await client.query(`SELECT to_regclass('public.companies') AS t`)).rows[0]?.t;
    if (fresh) {
      log('bootstrap and yuchi setup --no-demo');
      await directusCommand(['bootstrap'], env);
      await directusCommand(['yuchi', 'setup', '--no-demo'], env);
    }
    const staffRow = async () => (await client.query<{ id: string }>('SELECT id FROM directus_users WHERE email = $1', [STAFF.email])).rows[0];
    if (!(await staffRow())) await directusCommand(['users', 'create', '--email', STAFF.email, '--password', STAFF.password, '--role', ROLE_IDS.attractionStaff], env);
    const staffId = (await staffRow())!.id;
    const adminId = (await client.query<{ id: string }>('SELECT id FROM directus_users WHERE email = $1', [env['ADMIN_EMAIL']])).rows[0]!.id;
    const present = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM companies')).rows[0]!.n);
    if (present === 0) {
      log(`generating ${options.companies} companies`);
      const t1 = performance.now();
      await generateSearchDataset({ client, companies: options.companies, seed: options.seed, owners: [staffId, staffId, adminId], log });
      figures['fill_s'] = Math.round((performance.now() - t1) / 1000);
    } else if (present !== options.companies) {
      throw new Error(`database ${db.name} already holds ${present} companies (asked for ${options.companies})`);
    }
    // Start runs the migrations after the snapshot: time them on the filled tables (index builds), as an upgrade would.
    // --no-setup leaves a kept database's indexes as they are (to measure one index at a time).
    if (options.setup) {
      log('yuchi setup --no-demo (migrations on the filled tables)');
      const t2 = performance.now();
      await directusCommand(['yuchi', 'setup', '--no-demo'], env);
      figures['setup_after_fill_s'] = Math.round((performance.now() - t2) / 100) / 10;
    }
    await client.query('VACUUM ANALYZE');
    figures['prepare_s'] = Math.round((performance.now() - t0) / 1000);
    figures['table_sizes_mb'] = Object.fromEntries(
      (await client.query<{ name: string; mb: string }>(
        `SELECT c.relname AS name, round(pg_total_relation_size(c.oid) / 1048576.0) AS mb FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname IN ('companies', 'establishments', 'officers', 'company_relations') ORDER BY 1`,
      )).rows.map((r) => [r.name, Number(r.mb)]),
    );
    figures['indexes'] = (await client.query<{ indexname: string; mb: string }>(
      `SELECT indexname, round(pg_relation_size(quote_ident(indexname)::regclass) / 1048576.0) AS mb FROM pg_indexes WHERE schemaname = 'public' AND indexname LIKE 'yuchi_%' ORDER BY 1`,
    )).rows.map((r) => `${r.indexname} (${r.mb} MB)`);
    const facts = await readDatasetFacts(client);

    const proc = await startDirectus(env);
    try {
      const pid = serverPid(proc);
      await login(proc.url, env['ADMIN_EMAIL']!, env['ADMIN_PASSWORD']!);
      const token = await login(proc.url, STAFF.email, STAFF.password);
      figures['measured_as'] = '誘致担当 (attractionStaff role, non-admin)';
      const rnd = randomSource(options.seed + 1);
      const selected = QUERY_SHAPES.filter((shape) => !options.only || options.only.includes(shape.key));
      // Warm-up (not recorded): schema load, connection pool, first plans.
      for (const shape of selected.slice(0, 3)) await measureShape({ url: proc.url, token, client, shape, facts, runs: 1, rnd });
      const shapes: Record<string, ShapeFigures> = {};
      figures['load_before_queries'] = load();
      for (const shape of selected) {
        const f = await measureShape({ url: proc.url, token, client, shape, facts, runs: options.runs, rnd });
        shapes[shape.key] = f;
        log(`  ${shape.key.padEnd(30)} ours p50 ${f.yuchi_search.p50_ms} p95 ${f.yuchi_search.p95_ms} · items p95 ${f.items_filter.p95_ms} (×${f.ratio_items_filter_p95})${f.items_search ? ` · search= p95 ${f.items_search.p95_ms} (×${f.ratio_items_search_p95})` : ''} · total≈${f.total_median}`);
      }
      figures['load_after_queries'] = load();
      figures['shapes'] = shapes;
      if (Object.keys(shapes).length) figures['summary'] = summarise(shapes);
      if (options.exportRun) {
        log('export');
        figures['export'] = await measureExport({ url: proc.url, token, client, pid });
        log(`  ${JSON.stringify(figures['export'])}`);
      }
    } finally {
      await proc.stop();
    }
    return figures;
  } finally {
    await client.end();
  }
}

export async function searchBenchmark(args: string[]): Promise<Record<string, unknown>> {
  const options = parseArgs(args);
  if (!(await pgAvailable())) return { pg: 'not measured: PostgreSQL not reachable' };
  const tmp = mkdtempSync(join(tmpdir(), 'yuchi-bench-search-'));
  const log = (line: string) => console.log(`[search ${new Date().toISOString().slice(11, 19)}] ${line}`);
  try {
    if (options.db) {
      const server = pgServerUrl();
      try {
        await pgQuery(`CREATE DATABASE ${quoteIdent(options.db)}`);
      } catch {
        log(`reusing database ${options.db}`);
      }
      return { pg: await measure({ vendor: 'pg', name: options.db, server }, tmp, options, log) };
    }
    return { pg: await withTemporaryDatabase(`yuchi_bench_search_${process.pid}`, (db) => measure(db, tmp, options, log)) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
