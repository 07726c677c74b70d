// `npm run yuchi -- import sanctions|screening|credit-scores` on both databases: both sanction layouts, matching by
// 法人番号 and by name (髙/高, ㈱/株式会社), ambiguous rows parked in risk_candidates, idempotent re-imports, per-row
// errors with the good rows kept, a Shift-JIS file, levels recomputed; then the review endpoints: confirm/dismiss
// with a reason and the audit trail, role refusals, linking and discarding a parked row.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createItem, createItems, readActivities, readItem, readItems, updateItem } from '@directus/sdk';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { makeCorporateNumber } from '../../extensions/yuchi/src/domain/corporate-number.validator.ts';
import { launchToEnd } from '../support/launcher-process.ts';
import { USERS } from '../support/fixtures.ts';
import { hasVendor, suiteEnv, useDirectus, VENDORS } from '../support/suite-directus.ts';
import { callYuchi, errorCode, errorMessage } from '../support/yuchi-api.ts';

const cn = (n: number) => makeCorporateNumber(`7910000000${String(n).padStart(2, '0')}`);
const [KENSETSU, TAKAHASHI, UNYU_A, UNYU_B, KOGYO] = [cn(1), cn(2), cn(3), cn(4), cn(5)] as const;
const SANCTION_HEADER = 'corporate_number,name,address,authority,action,action_date,legal_basis,summary,source_url';
const MHLW_HEADER = '企業・事業場名称,所在地,公表日,違反法条,事案概要,その他参考事項';
const SCREENING_HEADER = 'corporate_number,name,address,hit,category,screened_on,source,reference';
const CREDIT_HEADER = 'corporate_number,score,band,as_of,source';

interface Run {
  id: number;
  status: string;
  read_count: number;
  inserted_count: number;
  rejected_count: number;
  errors: { line: number; code: string; message: string }[];
}
interface Finding {
  id: number;
  company: number;
  category: string;
  severity: number;
  status: string;
  title: string;
  match_confidence: number | null;
  evidence: Record<string, unknown>;
  source_key: string;
  reviewer: string | null;
  reviewed_at: string | null;
  review_note: string | null;
  expires_on: string | null;
}
interface Candidate {
  id: number;
  category: string;
  status: string;
  name: string;
  candidates: { id: number; confidence: number }[];
  linked_company: number | null;
  import_run: number;
}

const SANCTION_ROWS = [
  `${KENSETSU},架空建設株式会社,新潟県新潟市中央区見本町1-2-3,国土交通省,営業停止命令,2026-04-01,建設業法,営業停止7日間,https://example.jp/sanctions/1`,
  ',高橋精機(株),新潟県長岡市見本町4丁目5番6号,新潟県,指示処分,2026/4/2,,,',
  ',同名運輸株式会社,新潟県新潟市中央区見本町7-7,新潟県,文書警告,2026-04-03,,,',
  ',どこにもない架空法人㈱,,新潟県,文書警告,2026-04-04,,,',
];

describe.each(VENDORS)('risk imports on %s', (vendor) => {
  describe.skipIf(!hasVendor(vendor))('npm run yuchi -- import sanctions / screening / credit-scores, and review', () => {
    const dx = useDirectus(vendor);
    let env: Record<string, string>;
    let ids: Record<string, number>;
    let sanctionsFile = '';
    const file = (name: string, lines: string[], encoding: 'utf8' | 'utf8-bom' | 'sjis' = 'utf8') => {
      const path = join(inject('templates').tmpDir, `${vendor}-risk-${name}`);
      const text = `${lines.join('\r\n')}\r\n`;
      writeFileSync(path, encoding === 'sjis' ? iconv.encode(text, 'Shift_JIS') : encoding === 'utf8-bom' ? `\uFEFF${text}` : text);
      return path;
    };
    const cli = (...args: string[]) => launchToEnd('cli', args, env);
    const admin = () => dx.as('admin');
    const lastRun = async (): Promise<Run> => {
      const [run] = (await (await admin()).request(readItems('import_runs' as never, { sort: ['-id'], limit: 1, fields: ['*'] } as never))) as Run[];
      return run!;
    };
    const findings = async (filter: Record<string, unknown> = {}): Promise<Finding[]> =>
      (await (await admin()).request(readItems('risk_findings' as never, { filter, fields: ['*'], sort: ['id'], limit: -1 } as never))) as Finding[];
    const candidates = async (): Promise<Candidate[]> => (await (await admin()).request(readItems('risk_candidates' as never, { fields: ['*'], sort: ['id'], limit: -1 } as never))) as Candidate[];
    const levels = async (corporateNumber: string) =>
      (await (await admin()).request(readItem('companies', ids[corporateNumber]!, { fields: ['risk_level', 'risk_sanction', 'risk_antisocial', 'risk_financial'] } as never))) as Record<string, number>;

    beforeAll(async () => {
      env = suiteEnv(dx.db);
      const created = (await (await admin()).request(
        createItems('companies', [
          { corporate_number: KENSETSU, name: '架空建設株式会社', prefecture_code: '15', address: '新潟県新潟市中央区見本町1-2-3' },
          { corporate_number: TAKAHASHI, name: '髙橋精機株式会社', prefecture_code: '15', address: '新潟県長岡市見本町4-5-6' },
          { corporate_number: UNYU_A, name: '同名運輸株式会社', prefecture_code: '15', address: '新潟県新潟市中央区見本町7-7' },
          { corporate_number: UNYU_B, name: '同名運輸株式会社', prefecture_code: '15', address: '新潟県新潟市中央区見本町7-7' },
          { corporate_number: KOGYO, name: '見本工業株式会社', prefecture_code: '15', address: '新潟県見本市見本町1-1' },
        ] as never, { fields: ['id', 'corporate_number'] } as never),
      )) as { id: number; corporate_number: string }[];
      ids = Object.fromEntries(created.map((c) => [c.corporate_number, Number(c.id)]));
    });

    test('a sanctions CSV matches by 法人番号 and by a 髙/高 ㈱ variant, parks the ambiguous and the unknown, and raises the levels', async () => {
      sanctionsFile = file('sanctions-1.csv', [SANCTION_HEADER, ...SANCTION_ROWS], 'utf8-bom');
      const r = await cli('import', 'sanctions', sanctionsFile);
      expect(r.code, r.output).toBe(0);
      expect(r.output).toContain('読込 4, 追加 4（うち照合待ち 2）, エラー 0');
      const rows = await findings({ category: { _eq: 'sanction' } });
      expect(rows.map((f) => [f.company, f.status, f.severity, f.match_confidence])).toEqual([
        [ids[KENSETSU], 'open', 2, 1],
        [ids[TAKAHASHI], 'open', 2, 1],
      ]);
      expect(rows[0]!.title).toBe('営業停止命令（国土交通省）');
      expect(rows[0]!.evidence).toMatchObject({ matched_by: 'corporate_number', row: { name: '架空建設株式会社', action: '営業停止命令' } });
      expect(rows[1]!.evidence).toMatchObject({ matched_by: 'name_address', name_score: 1, row: { name: '高橋精機(株)' } });
      expect(rows.every((f) => /^sanctions:[0-9a-f]{40}$/.test(f.source_key))).toBe(true);
      const parked = await candidates();
      expect(parked.map((c) => [c.name, c.status, c.category])).toEqual([
        ['同名運輸株式会社', 'pending', 'sanction'],
        ['どこにもない架空法人㈱', 'pending', 'sanction'],
      ]);
      expect(parked[0]!.candidates.map((c) => c.id).sort()).toEqual([ids[UNYU_A], ids[UNYU_B]].sort());
      expect(parked[1]!.candidates).toEqual([]);
      expect(await levels(KENSETSU)).toMatchObject({ risk_level: 2, risk_sanction: 2 });
      expect(await levels(TAKAHASHI)).toMatchObject({ risk_level: 2, risk_sanction: 2 });
      // A level never computed counts as 0.
      expect(Number((await levels(UNYU_A)).risk_level ?? 0)).toBe(0);
    });

    test('the same file again, or its rows in another file, change nothing', async () => {
      const [before, parkedBefore] = [await findings(), await candidates()];
      const again = await cli('import', 'sanctions', sanctionsFile);
      expect(again.output).toContain('取込済み');
      const reordered = await cli('import', 'sanctions', file('sanctions-2.csv', [SANCTION_HEADER, ...[...SANCTION_ROWS].reverse()]));
      expect(reordered.code, reordered.output).toBe(0);
      expect(reordered.output).toContain('読込 4, 追加 0（うち照合待ち 0）, エラー 0');
      expect(await findings()).toEqual(before);
      expect(await candidates()).toEqual(parkedBefore);
    });

    test("MHLW's 公表事案 table, unchanged, imports with its 令和 dates", async () => {
      const r = await cli('import', 'sanctions', file('mhlw.csv', [MHLW_HEADER, '見本工業株式会社 見本工場,新潟県見本市見本町1-1,令和6年3月12日,労働安全衛生法第21条,足場の墜落防止措置を講じなかった,令和6年3月1日送検']));
      expect(r.code, r.output).toBe(0);
      const [finding] = await findings({ company: { _eq: ids[KOGYO] } });
      expect(finding).toMatchObject({ category: 'sanction', status: 'open', title: '労働基準関係法令違反に係る公表事案（厚生労働省）' });
      expect(String((finding as unknown as { observed_on: string }).observed_on).slice(0, 10)).toBe('2024-03-12');
    });

    test('a Shift-JIS screening file records only the hits, as open 反社 findings', async () => {
      const r = await cli('import', 'screening', file('screening.csv', [
        SCREENING_HEADER,
        `${KENSETSU},架空建設株式会社,,該当,暴力団関係,2026-05-01,見本リサーチ,R-001`,
        `${TAKAHASHI},髙橋精機株式会社,,非該当,,2026-05-01,見本リサーチ,R-002`,
      ], 'sjis'));
      expect(r.code, r.output).toBe(0);
      expect(r.output).toContain('読込 2, 追加 1（うち照合待ち 0）, エラー 0');
      const hits = await findings({ category: { _eq: 'antisocial' } });
      expect(hits.map((f) => [f.company, f.status, f.severity, f.title])).toEqual([[ids[KENSETSU], 'open', 3, '反社チェック該当（暴力団関係）']]);
      expect(await levels(KENSETSU)).toMatchObject({ risk_level: 3, risk_antisocial: 3 });
      expect(await levels(TAKAHASHI)).toMatchObject({ risk_antisocial: 0 });
    });

    test('credit scores become financial findings by band severity; a sound band records nothing', async () => {
      const r = await cli('import', 'credit-scores', file('credit.csv', [CREDIT_HEADER, `${UNYU_A},60,C,2026-03-31,見本信用`, `${TAKAHASHI},90,,2026-03-31,見本信用`]));
      expect(r.code, r.output).toBe(0);
      const rows = await findings({ category: { _eq: 'financial' } });
      expect(rows.map((f) => [f.company, f.severity])).toEqual([[ids[UNYU_A], 1]]);
      expect(await levels(UNYU_A)).toMatchObject({ risk_level: 1, risk_financial: 1 });
    });

    test.each([
      { why: 'a bad check digit', kind: 'sanctions', header: SANCTION_HEADER, good: `${KOGYO},見本工業株式会社,,新潟県,指示処分,2026-06-01,,,`, bad: '1234567890123,見本工業株式会社,,新潟県,指示処分,2026-06-01,,,', code: 'YUCHI_INVALID_CORPORATE_NUMBER' },
      { why: 'an impossible date', kind: 'sanctions', header: SANCTION_HEADER, good: `${KOGYO},見本工業株式会社,,新潟県,指示処分,2026-06-02,,,`, bad: `${KOGYO},見本工業株式会社,,新潟県,指示処分,2026-02-30,,,`, code: 'YUCHI_SANCTION_DATE' },
      { why: 'an unknown hit value', kind: 'screening', header: SCREENING_HEADER, good: `${KOGYO},見本工業株式会社,,該当,,2026-06-03,見本リサーチ,R-9`, bad: `${KOGYO},見本工業株式会社,,たぶん,,2026-06-03,見本リサーチ,R-10`, code: 'YUCHI_SCREENING_HIT' },
      { why: 'missing columns', kind: 'credit-scores', header: CREDIT_HEADER, good: `${KOGYO},20,E,2026-06-04,見本信用`, bad: `${KOGYO},20,E`, code: 'YUCHI_CREDIT_COLUMNS' },
    ])('a row with $why is reported with its line and code, and the good row is imported', async ({ kind, header, good, bad, code }) => {
      const before = (await findings()).length;
      const r = await cli('import', kind, file(`bad-${code}.csv`, [header, bad, good]));
      expect(r.code, r.output).toBe(0);
      const run = await lastRun();
      expect(run).toMatchObject({ status: 'completed_with_errors', read_count: 2, inserted_count: 1, rejected_count: 1 });
      expect(run.errors.map((e) => [e.line, e.code])).toEqual([[2, code]]);
      expect(run.errors[0]!.message).toMatch(/^2行目: .*[ぁ-ん]/u);
      expect((await findings()).length).toBe(before + 1);
      const report = await callYuchi(dx, 'dataManager', `/imports/${run.id}/errors`);
      expect(report.status).toBe(200);
      expect(report.bytes.toString('utf8')).toContain(code);
    });

    test('a データ管理者 uploads a credit-score CSV on the データ取込 page; a 誘致担当 may not', async () => {
      const upload = async (user: 'dataManager' | 'staff1', body: string) =>
        fetch(`${dx.process.url}/yuchi/imports/credit-scores?filename=upload-credit.csv`, {
          method: 'POST',
          headers: { authorization: `Bearer ${await (await dx.as(user)).getToken()}`, 'content-type': 'application/octet-stream' },
          body,
        });
      const csv = `${CREDIT_HEADER}\r\n${UNYU_B},40,D,2026-07-01,upload\r\n`;
      expect((await upload('staff1', csv)).status).toBe(403);
      const res = await upload('dataManager', csv);
      expect([200, 202]).toContain(res.status);
      const { data } = (await res.json()) as { data: { run: number } };
      let run = (await (await admin()).request(readItem('import_runs' as never, data.run as never))) as Run;
      for (let i = 0; i < 100 && run.status === 'running'; i++) {
        await new Promise((r) => setTimeout(r, 200));
        run = (await (await admin()).request(readItem('import_runs' as never, data.run as never))) as Run;
      }
      expect(run).toMatchObject({ status: 'completed', read_count: 1, inserted_count: 1 });
      expect(await levels(UNYU_B)).toMatchObject({ risk_financial: 2 });
    });

    test('a データ管理者 confirms and dismisses with a reason; the audit log names them; the levels follow', async () => {
      const [sanction] = await findings({ company: { _eq: ids[TAKAHASHI] }, category: { _eq: 'sanction' } });
      const confirmed = await callYuchi<{ data: Finding }>(dx, 'dataManager', `/risk-findings/${sanction!.id}/review`, { decision: 'confirmed', note: '県の公表資料で確認しました' });
      expect(confirmed.status, errorMessage(confirmed)).toBe(200);
      expect(confirmed.body.data).toMatchObject({ status: 'confirmed', review_note: '県の公表資料で確認しました', reviewer: USERS.dataManager.id });
      expect(confirmed.body.data.reviewed_at).toBeTruthy();
      const activity = (await (await admin()).request(
        readActivities({ filter: { collection: { _eq: 'risk_findings' }, item: { _eq: String(sanction!.id) }, action: { _eq: 'update' } }, fields: ['user', 'action'] } as never),
      )) as { user: string }[];
      expect(activity.map((a) => a.user)).toEqual([USERS.dataManager.id]);
      expect(await levels(TAKAHASHI)).toMatchObject({ risk_sanction: 2 });
      const dismissed = await callYuchi<{ data: Finding }>(dx, 'dataManager', `/risk-findings/${sanction!.id}/review`, { decision: 'dismissed', note: '処分は取り消されました' });
      expect(dismissed.body.data).toMatchObject({ status: 'dismissed', review_note: '処分は取り消されました' });
      expect(await levels(TAKAHASHI)).toMatchObject({ risk_level: 0, risk_sanction: 0 });
    });

    test.each([
      { why: 'without a note', body: { decision: 'confirmed' } },
      { why: 'with an unknown decision', body: { decision: 'maybe', note: '理由' } },
    ])('a review $why is refused with 400 and a Japanese message, and nothing changes', async ({ body }) => {
      const [finding] = await findings({ company: { _eq: ids[KENSETSU] }, category: { _eq: 'sanction' } });
      const answer = await callYuchi(dx, 'dataManager', `/risk-findings/${finding!.id}/review`, body);
      expect(answer.status).toBe(400);
      expect(errorCode(answer)).toBe('YUCHI_RISK_REVIEW_INVALID');
      expect(errorMessage(answer)).toMatch(/[ぁ-ん]/u);
      expect((await findings({ id: { _eq: finding!.id } }))[0]).toMatchObject({ status: 'open', reviewer: null });
    });

    test.each(['staff1', 'viewer'] as const)('%s may not review, link or discard', async (user) => {
      const [finding] = await findings({ company: { _eq: ids[KENSETSU] }, category: { _eq: 'sanction' } });
      const [candidate] = await candidates();
      const review = await callYuchi(dx, user, `/risk-findings/${finding!.id}/review`, { decision: 'dismissed', note: '理由' });
      expect(review.status).toBe(403);
      expect(errorCode(review)).toBe('YUCHI_RISK_REVIEW_FORBIDDEN');
      expect((await callYuchi(dx, user, `/risk-candidates/${candidate!.id}/link`, { company: ids[UNYU_A] })).status).toBe(403);
      expect((await callYuchi(dx, user, `/risk-candidates/${candidate!.id}/discard`, { note: '理由' })).status).toBe(403);
      expect((await findings({ id: { _eq: finding!.id } }))[0]!.status).toBe('open');
    });

    test('a parked row is linked to a company (the finding is created) or discarded, once', async () => {
      const [ambiguous, unknown] = await candidates();
      const linked = await callYuchi<{ data: { candidate: Candidate; finding: Finding } }>(dx, 'dataManager', `/risk-candidates/${ambiguous!.id}/link`, { company: ids[UNYU_A], note: '所在地の棟で確認' });
      expect(linked.status, errorMessage(linked)).toBe(200);
      expect(linked.body.data.candidate).toMatchObject({ status: 'linked', linked_company: ids[UNYU_A] });
      expect(linked.body.data.finding).toMatchObject({ company: ids[UNYU_A], category: 'sanction', status: 'open', severity: 2 });
      expect(linked.body.data.finding.match_confidence).toBeGreaterThan(0);
      expect(await levels(UNYU_A)).toMatchObject({ risk_sanction: 2 });
      const twice = await callYuchi(dx, 'dataManager', `/risk-candidates/${ambiguous!.id}/link`, { company: ids[UNYU_B] });
      expect(twice.status).toBe(409);
      expect(errorCode(twice)).toBe('YUCHI_RISK_CANDIDATE_CLOSED');
      const discarded = await callYuchi<{ data: Candidate }>(dx, 'dataManager', `/risk-candidates/${unknown!.id}/discard`, { note: '該当する登録企業がありません' });
      expect(discarded.body.data).toMatchObject({ status: 'discarded' });
      // The linked row's key now belongs to its finding: importing the row again adds nothing.
      const count = (await findings()).length;
      const r = await cli('import', 'sanctions', file('sanctions-3.csv', [SANCTION_HEADER, SANCTION_ROWS[2]!, SANCTION_ROWS[3]!]));
      expect(r.output).toContain('追加 0');
      expect((await findings()).length).toBe(count);
    });

    test('risk screen existence records the registry state once, and ends the finding when the company is revived', async () => {
      const [closed] = (await (await admin()).request(
        createItems('companies', [{ corporate_number: cn(6), name: '閉鎖見本株式会社', prefecture_code: '15', source: 'nta', status: 'closed', close_reason: '01', closed_on: '2026-01-31' }] as never, { fields: ['id'] } as never),
      )) as { id: number }[];
      const screen = async () => {
        const r = await cli('risk', 'screen', 'existence');
        expect(r.code, r.output).toBe(0);
        return r.output;
      };
      await screen();
      const existence = async () => findings({ company: { _eq: closed!.id }, category: { _eq: 'existence' } });
      expect((await existence()).map((f) => [f.severity, f.status, f.title])).toEqual([[3, 'open', '閉鎖（清算の結了等）']]);
      expect(await (await admin()).request(readItem('companies', closed!.id, { fields: ['risk_existence'] } as never))).toMatchObject({ risk_existence: 3 });
      // A company not from the 法人番号 data gets its own finding.
      expect((await findings({ company: { _eq: ids[KENSETSU] }, category: { _eq: 'existence' } })).map((f) => f.title)).toEqual(['国税庁の法人番号データに記録なし']);
      const again = await screen();
      expect(again).toContain('追加 0, 更新 0, 終了 0');
      await (await admin()).request(updateItem('companies', closed!.id, { status: 'active', close_reason: null, closed_on: null } as never));
      expect(await screen()).toContain('終了 1');
      const [ended] = await existence();
      expect(ended!.status).toBe('open');
      expect(ended!.expires_on).toBeTruthy();
      expect(await (await admin()).request(readItem('companies', closed!.id, { fields: ['risk_existence'] } as never))).toMatchObject({ risk_existence: 0 });
    });

    test('risk screen --target-lists (what the daily schedule runs) screens the members of 抽出リスト only', async () => {
      const [member, outsider] = (await (await admin()).request(
        createItems('companies', [
          { corporate_number: cn(7), name: '除外見本株式会社', prefecture_code: '15', source: 'nta', is_search_excluded: true },
          { corporate_number: cn(8), name: '対象外見本株式会社', prefecture_code: '15', source: 'nta', is_search_excluded: true },
        ] as never, { fields: ['id'] } as never),
      )) as { id: number }[];
      const list = (await (await admin()).request(createItem('target_lists' as never, { name: '見本リスト', criteria: { prefectures: ['15'] } } as never))) as { id: number };
      await (await admin()).request(createItem('target_list_companies' as never, { list: list.id, company: member!.id } as never));
      const r = await cli('risk', 'screen', '--target-lists');
      expect(r.code, r.output).toBe(0);
      expect((await findings({ company: { _eq: member!.id } })).map((f) => [f.category, f.severity, f.title])).toEqual([['existence', 1, '国税庁の検索対象除外']]);
      expect(await findings({ company: { _eq: outsider!.id } })).toEqual([]);
    });
  });
});
