// データ取込 through the HTTP API the Data Studio module uses, on both databases: a データ管理者 uploads a file, the
// run records counts and progress, the per-row error report downloads, and only data managers may import.
import { readItem, readItems, readSettings } from '@directus/sdk';
import { describe, expect, test } from 'vitest';
import { makeCorporateNumber } from '../../extensions/yuchi/src/domain/corporate-number.validator.ts';
import { USERS, type FixtureUser } from '../support/fixtures.ts';
import { ntaLine } from '../support/nta-line.ts';
import { hasVendor, useDirectus, VENDORS } from '../support/suite-directus.ts';

const GOOD_ROWS = 50;
const file = Buffer.from(
  Array.from({ length: GOOD_ROWS }, (_, i) => ntaLine({ 0: String(i + 1), 1: makeCorporateNumber(`88000000${String(i).padStart(4, '0')}`), 6: `株式会社アップロード${i + 1}` })).join('') +
    ntaLine({ 0: String(GOOD_ROWS + 1), 1: '1000000000019', 6: '検査数字違い株式会社' }),
);

interface Run {
  id: number;
  status: string;
  read_count: number;
  inserted_count: number;
  rejected_count: number;
  bytes_read: number | string;
  bytes_total: number | string;
  user: string | null;
}

describe.each(VENDORS)('データ取込 over HTTP on %s', (vendor) => {
  describe.skipIf(!hasVendor(vendor))('POST /yuchi/imports/nta and GET /yuchi/imports/:id/errors', () => {
    const dx = useDirectus(vendor);
    const auth = async (user: FixtureUser) => ({ authorization: `Bearer ${await (await dx.as(user)).getToken()}` });
    const upload = async (user: FixtureUser, body: Buffer, filename = 'upload-test.csv') =>
      fetch(`${dx.process.url}/yuchi/imports/nta?filename=${encodeURIComponent(filename)}`, {
        method: 'POST',
        headers: { ...(await auth(user)), 'content-type': 'application/octet-stream' },
        body: new Uint8Array(body),
      });
    const runCount = async () => (await (await dx.as('admin')).request(readItems('import_runs', { fields: ['id'], limit: -1 }))).length;

    async function finished(id: number): Promise<Run> {
      const admin = await dx.as('admin');
      for (let i = 0; i < 300; i++) {
        const run = (await admin.request(readItem('import_runs', id))) as Run;
        if (run.status !== 'running') return run;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`import run ${id} did not finish`);
    }

    let runId = 0;

    test('a データ管理者 uploads a file: it is imported and the run records counts, progress and who started it', async () => {
      const res = await upload('dataManager', file);
      expect(res.status).toBe(202);
      const body = (await res.json()) as { data: { run: number; status: string } };
      expect(body.data.status).toBe('running');
      runId = body.data.run;
      const run = await finished(runId);
      expect(run).toMatchObject({ status: 'completed_with_errors', read_count: GOOD_ROWS + 1, inserted_count: GOOD_ROWS, rejected_count: 1, user: USERS.dataManager.id });
      expect(Number(run.bytes_total)).toBe(file.length);
      expect(Number(run.bytes_read)).toBe(file.length);
      const companies = await (await dx.as('staff1')).request(readItems('companies', { filter: { name: { _starts_with: '株式会社アップロード' } }, fields: ['id'], limit: -1 }));
      expect(companies).toHaveLength(GOOD_ROWS);
    });

    test('the error report is a CSV Excel opens, listing the rejected row by its line number', async () => {
      const res = await fetch(`${dx.process.url}/yuchi/imports/${runId}/errors`, { headers: await auth('dataManager') });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      expect(res.headers.get('content-disposition')).toContain(`import-${runId}-upload-test-errors.csv`);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
      expect(text.startsWith('\uFEFF行番号,エラーコード,内容')).toBe(true);
      expect(text).toContain(`${GOOD_ROWS + 1},NTA_BAD_CORPORATE_NUMBER,`);
    });

    test('uploading the same file again changes nothing and names the earlier run', async () => {
      const before = await runCount();
      const res = await upload('dataManager', file, 'renamed-copy.csv');
      expect(res.status).toBe(200);
      expect(((await res.json()) as { data: unknown }).data).toEqual({ run: runId, status: 'already_imported' });
      expect(await runCount()).toBe(before);
    });

    test.each<[string, FixtureUser]>([
      ['誘致担当', 'staff1'],
      ['閲覧者', 'viewer'],
    ])('a %s may not import: 403 YUCHI_IMPORT_FORBIDDEN and no run is recorded', async (_role, user) => {
      const before = await runCount();
      const res = await upload(user, Buffer.from(ntaLine({ 1: makeCorporateNumber('880000009999'), 6: '権限確認株式会社' })));
      expect(res.status).toBe(403);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('YUCHI_IMPORT_FORBIDDEN');
      expect(await runCount()).toBe(before);
    });

    test('an empty upload is refused with YUCHI_IMPORT_FILE and records no run', async () => {
      const before = await runCount();
      const res = await upload('dataManager', Buffer.alloc(0));
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('YUCHI_IMPORT_FILE');
      expect(await runCount()).toBe(before);
    });

    test('a 閲覧者 cannot download an error report', async () => {
      const res = await fetch(`${dx.process.url}/yuchi/imports/${runId}/errors`, { headers: await auth('viewer') });
      expect(res.status).toBe(403);
    });

    test('start put データ取込 on the Data Studio module bar, after the content module', async () => {
      const settings = (await (await dx.as('admin')).request(readSettings({ fields: ['module_bar'] }))) as { module_bar: { id: string; enabled: boolean }[] };
      const ids = settings.module_bar.map((e) => e.id);
      expect(ids.indexOf('yuchi-imports')).toBeGreaterThan(ids.indexOf('content'));
      expect(ids.indexOf('content')).toBeGreaterThanOrEqual(0);
      expect(settings.module_bar.find((e) => e.id === 'yuchi-imports')?.enabled).toBe(true);
    });
  });
});
