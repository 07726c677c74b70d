// A synthetic company group for the group, site, search and export tests. Each company proves one rule:
//
//   top (15) ─100%─ alpha (15) ─60%─ tokyoChild (13, hidden from the Niigata-only policy) ─100%─ grandchild (15) ─ deep1 ─ deep2 ─ deep3
//       │                └─40%─ shared (15)  ← also 35% owned by beta: two parents
//       └─51%─ beta (15, affiliate) ─35%─ shared
//                          └─100%─ closedChild (15, closed)
//   top ─ endedChild   (relation ended: valid_to in the past)     top ─ pendingChild (relation waiting for review)
//   cycleA (15) ⇄ cycleB (15) ─ cycleLeaf (15)                    loner (15, no relations)
import { createItems } from '@directus/sdk';
import { makeCorporateNumber } from '../../extensions/yuchi/src/domain/corporate-number.validator.ts';
import type { SuiteDirectus } from './suite-directus.ts';

const cn = (n: number) => makeCorporateNumber(`7800000000${String(n).padStart(2, '0')}`);
const company = (n: number, name: string, prefecture = '15', status = 'active') => ({
  corporate_number: cn(n),
  name,
  status,
  prefecture_code: prefecture,
  ...(status === 'closed' ? { closed_on: '2025-03-31', close_reason: '01' } : {}),
  risk_level: n % 4,
});

export const GROUP_COMPANIES = {
  top: company(1, '見本ホールディングス株式会社'),
  alpha: company(2, '見本アルファ株式会社'),
  beta: company(3, '見本ベータ株式会社'),
  tokyoChild: company(4, '見本東京株式会社', '13'),
  grandchild: company(5, '見本孫株式会社'),
  shared: company(6, '見本共同株式会社'),
  closedChild: company(7, '見本閉鎖株式会社', '15', 'closed'),
  deep1: company(8, '見本深層一株式会社'),
  deep2: company(9, '見本深層二株式会社'),
  deep3: company(10, '見本深層三株式会社'),
  endedChild: company(11, '見本売却済株式会社'),
  pendingChild: company(12, '見本確認待ち株式会社'),
  cycleA: company(13, '循環エー株式会社'),
  cycleB: company(14, '循環ビー株式会社'),
  cycleLeaf: company(15, '循環シー株式会社'),
  loner: company(16, '見本単独株式会社'),
} as const;

export type GroupCompanyKey = keyof typeof GROUP_COMPANIES;
export const GROUP_CN = Object.fromEntries(Object.entries(GROUP_COMPANIES).map(([k, c]) => [k, c.corporate_number])) as Record<GroupCompanyKey, string>;
export const keyOfCn = Object.fromEntries(Object.entries(GROUP_CN).map(([k, v]) => [v, k])) as Record<string, GroupCompanyKey>;

type Relation = [GroupCompanyKey, GroupCompanyKey, number | null, Record<string, unknown>?];
const RELATIONS: Relation[] = [
  ['top', 'alpha', 100],
  ['top', 'beta', 51, { kind: 'affiliate' }],
  ['alpha', 'tokyoChild', 60],
  ['tokyoChild', 'grandchild', 100],
  ['grandchild', 'deep1', 100],
  ['deep1', 'deep2', 100],
  ['deep2', 'deep3', 100],
  ['alpha', 'shared', 40],
  ['beta', 'shared', 35],
  ['beta', 'closedChild', 100],
  ['top', 'endedChild', 100, { valid_to: '2025-01-31' }],
  ['top', 'pendingChild', 70, { review_status: 'pending', confidence: 0.4 }],
  ['cycleA', 'cycleB', 80],
  ['cycleB', 'cycleA', 20],
  ['cycleB', 'cycleLeaf', 100],
];

/** Creates the companies, relations and alpha's sites; answers each key's company id. */
export async function createGroupDataset(dx: SuiteDirectus): Promise<Record<GroupCompanyKey, number>> {
  const admin = await dx.as('admin');
  const created = (await admin.request(createItems('companies', Object.values(GROUP_COMPANIES) as never, { fields: ['id', 'corporate_number'] } as never))) as { id: number; corporate_number: string }[];
  const ids = Object.fromEntries(created.map((r) => [keyOfCn[r.corporate_number]!, r.id])) as Record<GroupCompanyKey, number>;
  await admin.request(
    createItems(
      'company_relations',
      RELATIONS.map(([parent, child, ratio, extra]) => ({ parent: ids[parent], child: ids[child], kind: 'subsidiary', voting_rights_ratio: ratio, source: 'test', ...extra })) as never,
    ),
  );
  const [head] = (await admin.request(
    createItems('establishments', [{ company: ids.alpha, name: '本社', kind: 'head_office', status: 'active', prefecture_code: '15', city_code: '15103' }] as never, { fields: ['id'] } as never),
  )) as { id: number }[];
  const [tokyo] = (await admin.request(
    createItems('establishments', [{ company: ids.alpha, name: '東京支社', kind: 'branch_office', status: 'active', prefecture_code: '13', parent_establishment: head!.id }] as never, { fields: ['id'] } as never),
  )) as { id: number }[];
  await admin.request(
    createItems('establishments', [
      { company: ids.alpha, name: '新潟営業所', kind: 'sales_office', status: 'active', prefecture_code: '15', parent_establishment: head!.id },
      { company: ids.alpha, name: '横浜営業所', kind: 'sales_office', status: 'active', prefecture_code: '14', parent_establishment: tokyo!.id },
      { company: ids.alpha, name: '旧長岡工場', kind: 'factory', status: 'closed', prefecture_code: '15' },
    ] as never),
  );
  return ids;
}
