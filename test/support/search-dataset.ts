// A small synthetic set of companies for the search, export and list tests: each one exists to prove one rule
// (former names, kana, ward of a designated city, an active versus a closed site, open ranges, contacts …).
import { createItems } from '@directus/sdk';
import { makeCorporateNumber } from '../../extensions/yuchi/src/domain/corporate-number.validator.ts';
import type { SuiteDirectus } from './suite-directus.ts';

const cn = (n: number) => makeCorporateNumber(`7700000000${String(n).padStart(2, '0')}`);

export const SEARCH_COMPANIES = {
  niigataPrecision: {
    corporate_number: cn(1),
    name: '新潟精密機械株式会社',
    name_kana: 'ニイガタセイミツキカイ',
    name_en: 'Niigata Precision Machinery Co., Ltd.',
    former_names: ['新潟精工株式会社'],
    status: 'active',
    prefecture_code: '15',
    city_code: '15103',
    address: '新潟県新潟市中央区見本町1-1',
    industry: '0911',
    employees_lower: 100,
    employees_upper: 199,
    employees_label: '100〜199人',
    capital_yen: 50_000_000,
    capital_lower_yen: 50_000_000,
    capital_upper_yen: 50_000_000,
    sales_lower_yen: 1_000_000_000,
    sales_upper_yen: 2_000_000_000,
    founded_on: '2001-04-01',
    securities_code: '7001',
    representative_name: '見本 一郎',
    business_summary: '半導体製造装置の設計・製造',
    website: 'https://niigata-precision.example',
    phone: '=1+1',
  },
  nagaokaTech: {
    corporate_number: cn(2),
    name: '株式会社長岡テック',
    name_kana: 'ナガオカテック',
    status: 'active',
    prefecture_code: '15',
    city_code: '15202',
    industry: '2511',
    employees_lower: 10,
    employees_upper: 49,
    capital_yen: 10_000_000,
    capital_lower_yen: 10_000_000,
    capital_upper_yen: 10_000_000,
    founded_on: '2015-06-01',
    business_summary: '精密部品の加工',
  },
  tokyoPrecision: {
    corporate_number: cn(3),
    name: '東京精密商事株式会社',
    name_kana: 'トウキョウセイミツショウジ',
    status: 'active',
    prefecture_code: '13',
    city_code: '13101',
    industry: '0912',
    employees_lower: 300,
    employees_upper: null,
    founded_on: '1990-01-10',
    business_summary: '食品機械の販売',
  },
  closedPrecision: { corporate_number: cn(4), name: '閉鎖新潟精密株式会社', status: 'closed', closed_on: '2024-03-31', close_reason: '01', prefecture_code: '15', city_code: '15202' },
  excludedPrecision: { corporate_number: cn(5), name: '除外新潟精密株式会社', status: 'active', is_search_excluded: true, prefecture_code: '15', city_code: '15202' },
  sakura: { corporate_number: cn(6), name: 'さくら精密合同会社', status: 'active', prefecture_code: '15', city_code: '15202' },
} as const;

export type SearchCompanyKey = keyof typeof SEARCH_COMPANIES;

/** Creates the companies with their sites, officers, a visit and a card; answers each key's company id. */
export async function createSearchDataset(dx: SuiteDirectus): Promise<Record<SearchCompanyKey, number>> {
  const admin = await dx.as('admin');
  const created = (await admin.request(createItems('companies', Object.values(SEARCH_COMPANIES) as never, { fields: ['id', 'corporate_number'] } as never))) as { id: number; corporate_number: string }[];
  const ids = Object.fromEntries(
    Object.entries(SEARCH_COMPANIES).map(([key, c]) => [key, created.find((r) => r.corporate_number === c.corporate_number)!.id]),
  ) as Record<SearchCompanyKey, number>;
  await admin.request(
    createItems('establishments', [
      { company: ids.niigataPrecision, name: '新潟工場', kind: 'factory', status: 'active', prefecture_code: '15', city_code: '15103' },
      { company: ids.niigataPrecision, name: '東京支社', kind: 'branch_office', status: 'active', prefecture_code: '13', city_code: '13101' },
      { company: ids.tokyoPrecision, name: '新潟営業所', kind: 'sales_office', status: 'active', prefecture_code: '15', city_code: '15202' },
      { company: ids.tokyoPrecision, name: '旧上越工場', kind: 'factory', status: 'closed', prefecture_code: '15', city_code: '15202' },
    ] as never),
  );
  await admin.request(createItems('officers', [{ company: ids.niigataPrecision, name: '見本 次郎', name_kana: 'ミホン ジロウ', title: '取締役' }] as never));
  // Visits and cards are private to their owner and whom it shares them with: the searching staff member owns these.
  const staff = await dx.as('staff1');
  await staff.request(createItems('visits', [{ company: ids.niigataPrecision, visited_at: '2026-10-01T10:00:00+09:00', kind: 'visit', status: 'done', purpose: '工場見学' }] as never));
  await staff.request(createItems('business_cards', [{ company: ids.tokyoPrecision, person_name: '見本 花子', exchanged_on: '2026-09-15' }] as never));
  return ids;
}
