// `npm run yuchi -- import relations|establishments` on both databases: per-row errors with nothing lost, idempotent
// re-imports, relations ended (valid_to) rather than deleted when a source stops listing them, and the result as
// the group and site APIs show it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createItems, readItem, readItems, updateItem } from '@directus/sdk';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { makeCorporateNumber } from '../../extensions/yuchi/src/domain/corporate-number.validator.ts';
import { tokyoDay } from '../../extensions/yuchi/src/domain/tokyo-day.ts';
import { launchToEnd } from '../support/launcher-process.ts';
import { hasVendor, suiteEnv, useDirectus, VENDORS } from '../support/suite-directus.ts';
import { callYuchi } from '../support/yuchi-api.ts';

const cn = (n: number) => makeCorporateNumber(`7900000000${String(n).padStart(2, '0')}`);
const [HOLDING, MAKER, PARTS, SHOP] = [cn(1), cn(2), cn(3), cn(4)] as const;
const UNKNOWN = makeCorporateNumber('790000000099');
const RELATIONS_HEADER = 'parent_corporate_number,child_corporate_number,kind,voting_rights_ratio,as_of,source';
const SITES_HEADER = 'corporate_number,name,kind,status,prefecture_code,city_code,address,postal_code,phone,parent_name';

interface Run {
  status: string;
  read_count: number;
  inserted_count: number;
  updated_count: number;
  rejected_count: number;
  errors: { line: number; code: string; message: string }[];
}
interface Relation {
  parent: number;
  child: number;
  voting_rights_ratio: number | null;
  valid_to: string | null;
  source: string;
}

describe.each(VENDORS)('group data imports on %s', (vendor) => {
  describe.skipIf(!hasVendor(vendor))('npm run yuchi -- import relations / establishments', () => {
    const dx = useDirectus(vendor);
    let env: Record<string, string>;
    let ids: Record<string, number>;
    let firstFile = '';
    const file = (name: string, lines: string[]) => {
      const path = join(inject('templates').tmpDir, `${vendor}-${name}`);
      writeFileSync(path, `${lines.join('\r\n')}\r\n`);
      return path;
    };
    const cli = (...args: string[]) => launchToEnd('cli', args, env);
    const lastRun = async (): Promise<Run> => {
      const [run] = (await (await dx.as('admin')).request(readItems('import_runs' as never, { sort: ['-id'], limit: 1, fields: ['*'] } as never))) as Run[];
      return run!;
    };
    const relations = async (): Promise<Relation[]> =>
      (await (await dx.as('admin')).request(readItems('company_relations' as never, { fields: ['parent', 'child', 'voting_rights_ratio', 'valid_to', 'source'], sort: ['id'], limit: -1 } as never))) as Relation[];

    beforeAll(async () => {
      env = suiteEnv(dx.db);
      const admin = await dx.as('admin');
      const created = (await admin.request(
        createItems('companies', [
          { corporate_number: HOLDING, name: '取込ホールディングス株式会社', prefecture_code: '15' },
          { corporate_number: MAKER, name: '取込製造株式会社', prefecture_code: '15' },
          { corporate_number: PARTS, name: '取込部品株式会社', prefecture_code: '15' },
          { corporate_number: SHOP, name: '取込販売株式会社', prefecture_code: '13' },
        ] as never, { fields: ['id', 'corporate_number'] } as never),
      )) as { id: number; corporate_number: string }[];
      ids = Object.fromEntries(created.map((c) => [c.corporate_number, c.id]));
    });

    test('good rows are imported and every bad row gets its own clear error', async () => {
      firstFile = file('relations-1.csv', [
        RELATIONS_HEADER,
        `${HOLDING},${MAKER},subsidiary,100,2026-03-31,yuho`,
        `${MAKER},${PARTS},子会社,60%,2026/3/31,yuho`,
        `${MAKER},${MAKER},subsidiary,100,,yuho`,
        `${HOLDING},${UNKNOWN},subsidiary,50,,yuho`,
        `${HOLDING},${SHOP},affiliate,150,,yuho`,
        `${HOLDING},${MAKER},subsidiary,90,,yuho`,
        `1234567890123,${SHOP},subsidiary,10,,yuho`,
        `${HOLDING},${SHOP},affiliate,30,,yuho`,
      ]);
      const r = await cli('import', 'relations', firstFile);
      expect(r.code, r.output).toBe(0);
      expect(r.output).toContain('読込 8, 追加 3, 更新 0, エラー 5');
      const run = await lastRun();
      expect(run.status).toBe('completed_with_errors');
      expect(run.errors.map((e) => [e.line, e.code]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
        [4, 'YUCHI_RELATION_SELF'],
        [5, 'YUCHI_RELATION_UNKNOWN_COMPANY'],
        [6, 'YUCHI_RELATION_RATIO'],
        [7, 'YUCHI_RELATION_DUPLICATE'],
        [8, 'YUCHI_INVALID_CORPORATE_NUMBER'],
      ]);
      expect(run.errors.every((e) => e.message.startsWith(`${e.line}行目: `))).toBe(true);
      expect((await relations()).map((x) => [x.parent, x.child, x.voting_rights_ratio])).toEqual([
        [ids[HOLDING], ids[MAKER], 100],
        [ids[MAKER], ids[PARTS], 60],
        [ids[HOLDING], ids[SHOP], 30],
      ]);
      const group = await callYuchi<{ data: { size: number; ultimate_parents: string[] } }>(dx, 'staff1', `/companies/${PARTS}/group`);
      expect(group.body.data).toMatchObject({ size: 4, ultimate_parents: [HOLDING] });
    });

    test('the same file again changes nothing', async () => {
      const before = await relations();
      const r = await cli('import', 'relations', firstFile);
      expect(r.output).toContain('取込済み');
      expect(await relations()).toEqual(before);
    });

    test('the next file of the source updates what changed and ends, not deletes, what it no longer lists', async () => {
      const r = await cli('import', 'relations', file('relations-2.csv', [RELATIONS_HEADER, `${HOLDING},${MAKER},subsidiary,100,2026-03-31,yuho`, `${MAKER},${PARTS},subsidiary,75,2026-03-31,yuho`]));
      expect(r.code, r.output).toBe(0);
      expect(r.output).toContain('追加 0, 更新 1, エラー 0');
      const after = await relations();
      expect(after).toHaveLength(3);
      expect(after.find((x) => x.child === ids[PARTS])).toMatchObject({ voting_rights_ratio: 75, valid_to: null });
      expect(String(after.find((x) => x.child === ids[SHOP])!.valid_to).slice(0, 10)).toBe(tokyoDay());
      const group = await callYuchi<{ data: { size: number } }>(dx, 'staff1', `/companies/${PARTS}/group`);
      expect(group.body.data.size).toBe(3);
    });

    test('a relation listed again is in force again', async () => {
      const r = await cli('import', 'relations', file('relations-3.csv', [RELATIONS_HEADER, `${HOLDING},${MAKER},subsidiary,100,2026-03-31,yuho`, `${MAKER},${PARTS},subsidiary,75,2026-03-31,yuho`, `${HOLDING},${SHOP},affiliate,30,,yuho`]));
      expect(r.code, r.output).toBe(0);
      expect((await relations()).every((x) => x.valid_to === null)).toBe(true);
    });

    test('a file with the wrong header is refused with the expected header named, and nothing is written', async () => {
      const before = await relations();
      const r = await cli('import', 'relations', file('relations-bad-header.csv', ['parent,child', `${HOLDING},${PARTS}`]));
      expect(r.code).not.toBe(0);
      expect(r.output).toContain('parent_corporate_number,child_corporate_number');
      expect(await relations()).toEqual(before);
    });

    test('establishments build the 本社 → 支社 → 営業所 tree, parents named before or after, with per-row errors', async () => {
      const path = file('sites-1.csv', [
        SITES_HEADER,
        `${MAKER},長岡営業所,営業所,営業中,15,15202,新潟県長岡市見本町1-1,9400000,0258-00-0000,新潟支社`,
        `${MAKER},本社,head_office,active,15,15103,新潟県新潟市中央区見本町2-2,950-0000,025-000-0000,`,
        `${MAKER},新潟支社,branch_office,active,15,15103,,,,本社`,
        `${MAKER},東京営業所,sales_office,active,13,13101,,,,存在しない支社`,
        `${MAKER},本社,head_office,active,15,,,,,`,
        `${UNKNOWN},本社,head_office,active,15,,,,,`,
        `${MAKER},城,castle,active,15,,,,,`,
      ]);
      const r = await cli('import', 'establishments', path);
      expect(r.code, r.output).toBe(0);
      const run = await lastRun();
      expect(run.errors.map((e) => [e.line, e.code]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
        [5, 'YUCHI_SITE_PARENT_UNKNOWN'],
        [6, 'YUCHI_SITE_DUPLICATE'],
        [7, 'YUCHI_SITE_UNKNOWN_COMPANY'],
        [8, 'YUCHI_SITE_KIND'],
      ]);
      const sites = await callYuchi<{ data: { tree: { name: string; children: { name: string; children: { name: string }[] }[] }[] } }>(dx, 'staff1', `/companies/${MAKER}/sites`);
      const shape = (nodes: { name: string; children?: unknown[] }[]): string =>
        nodes.map((n) => `${n.name}${n.children?.length ? `[${shape(n.children as never)}]` : ''}`).join(' ');
      expect(shape(sites.body.data.tree)).toBe('本社[新潟支社[長岡営業所] 東京営業所]');
    });

    test('a データ管理者 uploads a relations CSV on the データ取込 page; a 誘致担当 may not', async () => {
      const upload = async (user: 'dataManager' | 'staff1', body: string) =>
        fetch(`${dx.process.url}/yuchi/imports/relations?filename=upload-relations.csv`, {
          method: 'POST',
          headers: { authorization: `Bearer ${await (await dx.as(user)).getToken()}`, 'content-type': 'application/octet-stream' },
          body,
        });
      const csv = `${RELATIONS_HEADER}\r\n${HOLDING},${PARTS},subsidiary,5,,upload\r\n`;
      const refused = await upload('staff1', csv);
      expect(refused.status).toBe(403);
      const res = await upload('dataManager', csv);
      expect([200, 202]).toContain(res.status);
      const { data } = (await res.json()) as { data: { run: number } };
      const admin = await dx.as('admin');
      let run = (await admin.request(readItem('import_runs' as never, data.run as never))) as Run;
      for (let i = 0; i < 100 && run.status === 'running'; i++) {
        await new Promise((r) => setTimeout(r, 200));
        run = (await admin.request(readItem('import_runs' as never, data.run as never))) as Run;
      }
      expect(run).toMatchObject({ status: 'completed', read_count: 1, inserted_count: 1 });
      expect((await relations()).some((x) => x.source === 'upload' && x.child === ids[PARTS])).toBe(true);
    });

    test('importing establishments again updates them in place', async () => {
      const count = async () => ((await (await dx.as('admin')).request(readItems('establishments' as never, { fields: ['id'], limit: -1 } as never))) as unknown[]).length;
      const before = await count();
      const r = await cli('import', 'establishments', file('sites-2.csv', [SITES_HEADER, `${MAKER},長岡営業所,営業所,閉鎖,15,15202,,,,新潟支社`]));
      expect(r.code, r.output).toBe(0);
      expect(r.output).toContain('追加 0, 更新 1');
      expect(await count()).toBe(before);
    });
    test('gBizINFO major shareholders become relations: a sure match confirmed, namesakes waiting, a dropped one ended', async () => {
      const admin = await dx.as('admin');
      const [holding, child] = (await admin.request(
        createItems('companies', [
          { corporate_number: cn(11), name: '見本持株株式会社', prefecture_code: '15', address: '新潟県新潟市中央区見本町3-3' },
          {
            corporate_number: cn(12),
            name: '見本子会社株式会社',
            prefecture_code: '15',
            address: '新潟県新潟市中央区見本町4-4',
            major_shareholders: [
              { name: '株式会社見本持株', ratio: 62.5 },
              { name: '見本信託銀行株式会社（信託口）', ratio: 5.1 },
              { name: '同名商事株式会社', ratio: 10 },
            ],
          },
          { corporate_number: cn(13), name: '同名商事株式会社', prefecture_code: '13' },
          { corporate_number: cn(14), name: '同名商事株式会社', prefecture_code: '27' },
        ] as never, { fields: ['id'] } as never),
      )) as { id: number }[];
      const first = await cli('resolve', 'shareholders');
      expect(first.code, first.output).toBe(0);
      expect(first.output).toContain('確認済み 1, 確認待ち 1, 該当なし 1, 終了 0');
      const fromGbiz = async () =>
        (await admin.request(readItems('company_relations' as never, { filter: { source: { _eq: 'gbizinfo' } }, fields: ['parent', 'child', 'kind', 'voting_rights_ratio', 'confidence', 'review_status', 'valid_to'], sort: ['id'] } as never))) as Record<string, unknown>[];
      const rows = await fromGbiz();
      expect(rows[0]).toMatchObject({ parent: holding!.id, child: child!.id, kind: 'subsidiary', voting_rights_ratio: 62.5, confidence: 0.9, review_status: 'confirmed', valid_to: null });
      expect(rows[1]).toMatchObject({ child: child!.id, kind: 'other', review_status: 'pending' });
      expect(Number(rows[1]!['confidence'])).toBeLessThan(0.85);
      // Only the confirmed relation counts in the group.
      const group = await callYuchi<{ data: { size: number; ultimate_parents: string[] } }>(dx, 'staff1', `/companies/${cn(12)}/group`);
      expect(group.body.data).toMatchObject({ size: 2, ultimate_parents: [cn(11)] });

      await admin.request(updateItem('companies' as never, child!.id, { major_shareholders: [{ name: '同名商事株式会社', ratio: 10 }] } as never));
      const second = await cli('resolve', 'shareholders');
      expect(second.output).toContain('終了 1');
      const after = await fromGbiz();
      expect(after).toHaveLength(2);
      expect(String(after[0]!['valid_to']).slice(0, 10)).toBe(tokyoDay());
    });
  });
});
