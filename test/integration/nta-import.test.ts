// 法人番号 (NTA) import through the operator CLI, on both databases: full and diff files, bad rows, encodings,
// zip, re-runs, a killed run resumed, and the same rules as a single edit through the API.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createItem, readItems } from '@directus/sdk';
import { inject } from 'vitest';
import { beforeAll, describe, expect, test } from 'vitest';
import yazl from 'yazl';
import { makeCorporateNumber } from '../../extensions/yuchi/src/domain/corporate-number.validator.ts';
import { queryRows } from '../support/database-query.ts';
import { ntaLine } from '../support/nta-line.ts';
import { launch, launchToEnd } from '../support/launcher-process.ts';
import { cloneTemplate, hasVendor, suiteEnv, useDirectus, VENDORS } from '../support/suite-directus.ts';
import type { DatabaseRef } from '../support/test-env.ts';

const tmp = () => inject('templates').tmpDir;

async function cli(env: Record<string, string>, ...args: string[]) {
  return launchToEnd('cli', args, env);
}

async function generate(env: Record<string, string>, name: string, args: string[]): Promise<string> {
  const out = join(tmp(), name);
  const r = await cli(env, 'generate', 'nta', '--out', out, ...args);
  expect(r.code, r.output).toBe(0);
  return out;
}

function zip(entries: { name: string; path: string }[], out: string): Promise<string> {
  return new Promise((resolve) => {
    const z = new yazl.ZipFile();
    for (const e of entries) z.addFile(e.path, e.name);
    const chunks: Buffer[] = [];
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => {
      writeFileSync(out, Buffer.concat(chunks));
      resolve(out);
    });
    z.end();
  });
}

const STATE_SQL =
  'SELECT corporate_number, name, name_kana, status, close_reason, successor_corporate_number, city_code, address, former_names, search_name, is_search_excluded FROM companies ORDER BY corporate_number';

async function stateDigest(db: DatabaseRef): Promise<{ rows: number; digest: string; history: number }> {
  const rows = await queryRows(db, STATE_SQL);
  const normal = rows.map((r) => ({ ...r, is_search_excluded: Boolean(Number(r['is_search_excluded'])), former_names: typeof r['former_names'] === 'string' ? JSON.parse(r['former_names'] as string) : r['former_names'] }));
  const history = await queryRows(db, 'SELECT COUNT(*) AS n FROM company_history');
  return { rows: rows.length, digest: createHash('sha256').update(JSON.stringify(normal)).digest('hex'), history: Number(history[0]?.['n']) };
}

describe.each(VENDORS)('NTA import on %s', (vendor) => {
  describe.skipIf(!hasVendor(vendor))('through npm run yuchi -- import nta', () => {
    const dx = useDirectus(vendor);
    let env: Record<string, string>;
    let full: string;
    let diff: string;
    beforeAll(async () => {
      env = suiteEnv(dx.db);
      full = await generate(env, `full-${vendor}.csv`, ['--rows', '3000', '--seed', '7']);
      diff = await generate(env, `diff-${vendor}.csv`, ['--rows', '400', '--seed', '7', '--kind', 'diff', '--full-rows', '3000', '--encoding', 'sjis']);
    });

    test('a full file and then a Shift-JIS diff leave closures, mergers, renames and history as the registry says', async () => {
      const first = await cli(env, 'import', 'nta', full);
      expect(first.code, first.output).toBe(0);
      expect(first.output).toContain('読込 3000');
      const second = await cli(env, 'import', 'nta', diff);
      expect(second.code, second.output).toBe(0);
      const admin = await dx.as('admin');
      const history = (await admin.request(readItems('company_history' as never, { fields: ['kind', 'summary', 'company'], limit: -1 } as never))) as { kind: string; summary: string; company: number }[];
      const kinds = new Set(history.map((h) => h.kind));
      for (const kind of ['renamed', 'moved', 'closed', 'merged']) expect(kinds, kind).toContain(kind);
      const merged = (await admin.request(readItems('companies' as never, { filter: { close_reason: { _eq: '11' }, source: { _eq: 'nta' } }, fields: ['status', 'successor_corporate_number'], limit: 5 } as never))) as { status: string; successor_corporate_number: string }[];
      expect(merged.length).toBeGreaterThan(0);
      for (const m of merged) {
        expect(m.status).toBe('closed');
        expect(m.successor_corporate_number).toMatch(/^\d{13}$/);
      }
      // A renamed company is still found by its former name.
      const renamed = history.find((h) => h.kind === 'renamed')!;
      const [company] = (await admin.request(readItems('companies' as never, { filter: { id: { _eq: renamed.company } }, fields: ['name', 'former_names', 'search_name'] } as never))) as { name: string; former_names: string[]; search_name: string }[];
      expect(company!.former_names.length).toBeGreaterThan(0);
      const byOldName = (await admin.request(readItems('companies' as never, { filter: { search_name: { _contains: company!.search_name.split('|').at(-1) } }, fields: ['id'] } as never))) as { id: number }[];
      expect(byOldName.map((c) => c.id)).toContain(renamed.company);
      const runs = (await admin.request(readItems('import_runs' as never, { fields: ['status', 'read_count', 'file_sha256'], sort: ['id'] } as never))) as { status: string; read_count: number }[];
      expect(runs.map((r) => r.status)).toEqual(['completed', 'completed']);
    });

    test('running the same file again changes nothing', async () => {
      const before = await stateDigest(dx.db);
      const again = await cli(env, 'import', 'nta', diff);
      expect(again.code, again.output).toBe(0);
      expect(again.output).toContain('取込済み');
      expect(await stateDigest(dx.db)).toEqual(before);
    });

    test('the same rows in a zip import like the plain file', async () => {
      const good = makeCorporateNumber('870000000001');
      const plain = join(tmp(), `zip-src-${vendor}.csv`);
      writeFileSync(plain, ntaLine({ 1: good, 6: '株式会社ジップ確認', 28: 'ジップカクニン' }));
      const zipped = await zip([{ name: 'readme.txt', path: plain }, { name: '15_niigata_all.csv', path: plain }], join(tmp(), `nta-${vendor}.zip`));
      const r = await cli(env, 'import', 'nta', zipped);
      expect(r.code, r.output).toBe(0);
      const admin = await dx.as('admin');
      const rows = (await admin.request(readItems('companies' as never, { filter: { corporate_number: { _eq: good } }, fields: ['name', 'name_kana', 'postal_code', 'city_code'] } as never))) as Record<string, string>[];
      expect(rows[0]).toEqual({ name: '株式会社ジップ確認', name_kana: 'ジップカクニン', postal_code: '940-0062', city_code: '15202' });
    });

    test('a truncated zip is refused with a clear message and nothing stored is lost', async () => {
      const before = await stateDigest(dx.db);
      const zipped = readFileSync(join(tmp(), `nta-${vendor}.zip`));
      const truncated = join(tmp(), `truncated-${vendor}.zip`);
      writeFileSync(truncated, zipped.subarray(0, Math.floor(zipped.length / 2)));
      const r = await cli(env, 'import', 'nta', truncated);
      expect(r.code).not.toBe(0);
      expect(r.output).toContain('zip');
      expect(await stateDigest(dx.db)).toEqual(before);
    });

    const BAD = [
      { why: 'wrong column count', line: '"1","2"\r\n', code: 'NTA_COLUMN_COUNT' },
      { why: 'bad check digit', line: ntaLine({ 1: '1000000000019', 6: '検査数字違い株式会社' }), code: 'NTA_BAD_CORPORATE_NUMBER' },
      { why: 'impossible date', line: ntaLine({ 1: makeCorporateNumber('870000000010'), 4: '2026-02-30', 6: '日付違い株式会社' }), code: 'NTA_BAD_DATE' },
      { why: 'unknown process code', line: ntaLine({ 1: makeCorporateNumber('870000000011'), 2: '55', 6: '区分違い株式会社' }), code: 'NTA_UNKNOWN_CODE' },
      { why: 'Shift-JIS read as UTF-8', line: ntaLine({ 1: makeCorporateNumber('870000000012'), 6: '文字化け\uFFFD株式会社' }), code: 'NTA_BAD_ENCODING' },
    ];
    test.each(BAD)('a row with $why is reported by its number and the good rows import', async ({ line, code }) => {
      const good = makeCorporateNumber(`8700000${String(Math.floor(Math.random() * 89999) + 10000)}`);
      const file = join(tmp(), `bad-${vendor}-${code}-${good}.csv`);
      writeFileSync(file, ntaLine({ 1: good, 6: '正常な行株式会社' }) + line + ntaLine({ 0: '3', 1: good, 2: '11', 6: '正常な行改め株式会社' }));
      const r = await cli(env, 'import', 'nta', file);
      expect(r.code, r.output).toBe(0);
      expect(r.output).toContain('エラー 1');
      const admin = await dx.as('admin');
      const [run] = (await admin.request(readItems('import_runs' as never, { sort: ['-id'], limit: 1, fields: ['status', 'rejected_count', 'errors'] } as never))) as { status: string; rejected_count: number; errors: { line: number; code: string; message: string }[] }[];
      expect(run!.status).toBe('completed_with_errors');
      expect(run!.errors).toEqual([expect.objectContaining({ line: 2, code })]);
      expect(run!.errors[0]!.message).toMatch(/^2行目/);
      const [company] = (await admin.request(readItems('companies' as never, { filter: { corporate_number: { _eq: good } }, fields: ['name'] } as never))) as { name: string }[];
      expect(company!.name).toBe('正常な行改め株式会社');
    });

    test('the NTA Web-API diff is fetched page by page and imported (sync nta)', async () => {
      const numbers = [makeCorporateNumber('870000000200'), makeCorporateNumber('870000000201')];
      const pages = numbers.map((n, i) => `"2026-11-27","2","${i + 1}","2"\r\n` + ntaLine({ 0: String(i + 1), 1: n, 6: `株式会社ウェブAPI${i + 1}` }));
      const seen: string[] = [];
      const server = createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        seen.push(`${url.pathname} type=${url.searchParams.get('type')} divide=${url.searchParams.get('divide')} from=${url.searchParams.get('from')}`);
        const page = pages[Number(url.searchParams.get('divide')) - 1];
        if (url.searchParams.get('id') !== 'test-application-id' || !page) return void res.writeHead(400).end();
        res.writeHead(200, { 'content-type': 'text/csv; charset=UTF-8' }).end(page);
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
      try {
        const port = (server.address() as AddressInfo).port;
        const apiEnv = { ...env, YUCHI_NTA_APPLICATION_ID: 'test-application-id', YUCHI_NTA_API_BASE_URL: `http://127.0.0.1:${port}` };
        const r = await cli(apiEnv, 'sync', 'nta', '--from', '2026-11-26', '--to', '2026-11-27');
        expect(r.code, r.output).toBe(0);
        expect(r.output).not.toContain('test-application-id');
        expect(seen).toEqual(['/4/diff type=02 divide=1 from=2026-11-26', '/4/diff type=02 divide=2 from=2026-11-26']);
        const admin = await dx.as('admin');
        const rows = (await admin.request(readItems('companies' as never, { filter: { corporate_number: { _in: numbers } }, fields: ['name'], sort: ['name'] } as never))) as { name: string }[];
        expect(rows.map((x) => x.name)).toEqual(['株式会社ウェブAPI1', '株式会社ウェブAPI2']);
      } finally {
        server.close();
      }
    });

    test('a bulk-imported company is stored exactly like the same company created through the API', async () => {
      const viaImport = makeCorporateNumber('870000000100');
      const viaApi = makeCorporateNumber('870000000101');
      const file = join(tmp(), `same-rules-${vendor}.csv`);
      writeFileSync(file, ntaLine({ 1: viaImport, 6: '株式会社　同一規則ＡＢＣ', 24: 'Same Rules ABC Co., Ltd.', 28: 'ドウイツキソクエービーシー' }));
      expect((await cli(env, 'import', 'nta', file)).code).toBe(0);
      const admin = await dx.as('admin');
      const fields = ['corporate_number', 'name', 'name_kana', 'name_en', 'search_name', 'corporate_kind', 'prefecture_code', 'city_code', 'address', 'postal_code', 'status', 'is_search_excluded', 'former_names'];
      const [imported] = (await admin.request(readItems('companies' as never, { filter: { corporate_number: { _eq: viaImport } }, fields } as never))) as Record<string, unknown>[];
      const { corporate_number: _n, search_name: _s, ...rest } = imported!;
      await admin.request(createItem('companies' as never, { ...rest, corporate_number: viaApi } as never));
      const [created] = (await admin.request(readItems('companies' as never, { filter: { corporate_number: { _eq: viaApi } }, fields } as never))) as Record<string, unknown>[];
      expect({ ...created, corporate_number: viaImport }).toEqual(imported);
    });
  });
});

describe.each(VENDORS)('an NTA import killed midway on %s', (vendor) => {
  test.skipIf(!hasVendor(vendor))('resumes from its checkpoint and ends in the same state as an uninterrupted run', async () => {
    const [interrupted, reference] = [await cloneTemplate(vendor), await cloneTemplate(vendor)];
    const env = suiteEnv(interrupted, { YUCHI_IMPORT_BATCH_SIZE: '250' });
    const file = await generate(env, `resume-${vendor}.csv`, ['--rows', '40000', '--seed', '11']);

    const run = launch('cli', ['import', 'nta', file], env);
    await run.waitFor(/[1-9][\d,]* 行,/, 120_000);
    run.killAll('SIGKILL');
    await run.exited;
    // The importer has no chance to clean up; wait until its process (group) is really gone.
    await new Promise((r) => setTimeout(r, 500));
    const [cut] = await queryRows(interrupted, 'SELECT status, checkpoint FROM import_runs ORDER BY id DESC');
    expect(cut!['status']).toBe('running');
    const line = (typeof cut!['checkpoint'] === 'string' ? JSON.parse(cut!['checkpoint'] as string) : cut!['checkpoint']).line as number;
    expect(line).toBeGreaterThan(0);
    expect(line).toBeLessThan(40000);

    const resumed = await launchToEnd('cli', ['import', 'nta', file], env);
    expect(resumed.code, resumed.output).toBe(0);
    expect(resumed.output).toContain(`${line} 行目の続きから再開`);
    const whole = await launchToEnd('cli', ['import', 'nta', file], suiteEnv(reference, { YUCHI_IMPORT_BATCH_SIZE: '250' }));
    expect(whole.code, whole.output).toBe(0);
    expect(await stateDigest(interrupted)).toEqual(await stateDigest(reference));
  }, 300_000);
});
