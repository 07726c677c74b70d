import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createAddressAreaMatcher } from './address-area.matcher.ts';
import { latestManagementIndex, mapGbizHojin, shareholdingPercent, type GbizCompanyValues } from './gbizinfo-hojin.mapper.ts';
import type { GbizFinance, GbizHojinInfo } from './gbizinfo-response.types.ts';
import { TEST_AREAS } from './gbizinfo-test-areas.ts';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../../../test/fixtures/gbizinfo/${name}`, import.meta.url), 'utf8'));
const first = (name: string) => fixture(name)['hojin-infos'][0];
const locate = createAddressAreaMatcher(TEST_AREAS);

const HOJIN: GbizHojinInfo = first('hojin.json');
const FINANCE: GbizFinance = first('finance.json').finance;

describe('mapGbizHojin', () => {
  test('maps the published 法人基本情報 and 財務情報 to company values', () => {
    expect(mapGbizHojin({ hojin: HOJIN, finance: FINANCE, locate })).toEqual<GbizCompanyValues>({
      name_kana: 'テストエチゴセイキ',
      name_en: 'Test Echigo Seiki Co., Ltd.',
      address: '新潟県長岡市試験町１丁目２番３号',
      prefecture_code: '15',
      city_code: '15202',
      postal_code: '940-0062',
      representative_name: '試験 代表一郎',
      business_summary: '精密機械部品の設計・製造（合成データ）',
      website: 'https://www.example.co.jp',
      founded_on: '1985-04-01',
      capital_yen: 50_000_000,
      capital_lower_yen: 50_000_000,
      capital_upper_yen: 50_000_000,
      capital_label: '5,000万円',
      employees_lower: 120,
      employees_upper: 120,
      employees_label: '120人',
      sales_lower_yen: 2_100_000_000,
      sales_upper_yen: 2_100_000_000,
      sales_label: '21億円',
      profit_lower_yen: -12_000_000,
      profit_upper_yen: -12_000_000,
      profit_label: '△1,200万円',
      major_shareholders: [
        { name: 'テスト持株株式会社', ratio: 45.12 },
        { name: 'テスト信託銀行株式会社（信託口）', ratio: 8.33 },
      ],
    });
  });

  test('reads every "Null" string and empty value as no value', () => {
    const values = mapGbizHojin({ hojin: first('hojin-null-values.json'), finance: null, locate });
    const present = Object.entries(values).filter(([, v]) => v !== null);
    expect(Object.fromEntries(present)).toEqual({ address: '新潟県新潟市中央区試験通２番地', prefecture_code: '15', city_code: '15103' });
  });

  test('gives every field null for a record with only its number', () => {
    const values = mapGbizHojin({ hojin: { corporate_number: '1890000000001' } });
    expect(Object.values(values).every((v) => v === null)).toBe(true);
  });

  test('takes capital and head count from the latest fiscal year when the basic record has none', () => {
    const values = mapGbizHojin({ hojin: { ...HOJIN, capital_stock: 'Null', employee_number: undefined }, finance: FINANCE });
    expect([values.capital_yen, values.employees_label]).toEqual([50_000_000, '120人']);
  });

  test('uses the finance inside the basic record when /finance gave nothing', () => {
    const values = mapGbizHojin({ hojin: { ...HOJIN, finance: FINANCE }, finance: null });
    expect(values.sales_label).toBe('21億円');
  });

  test.each<[string, Partial<GbizHojinInfo>, Partial<GbizCompanyValues>]>([
    ['a capital of 0 yen', { capital_stock: 0 }, { capital_yen: 0, capital_label: '0円' }],
    ['a negative capital', { capital_stock: -5 }, { capital_yen: null, capital_label: null }],
    ['a capital as a string with commas', { capital_stock: '1,000,000' }, { capital_yen: 1_000_000, capital_label: '100万円' }],
    ['a negative head count', { employee_number: -3 }, { employees_lower: null, employees_label: null }],
    ['a fractional head count', { employee_number: 12.4 }, { employees_lower: 12, employees_label: '12人' }],
    ['a postal code with a hyphen', { postal_code: '940-0062' }, { postal_code: '940-0062' }],
    ['a postal code of 6 digits', { postal_code: '940006' }, { postal_code: null }],
    ['a bare host name as URL', { company_url: 'www.example.co.jp' }, { website: 'http://www.example.co.jp' }],
    ['a URL that is not one', { company_url: 'ホームページなし' }, { website: null }],
    ['an impossible founding date', { date_of_establishment: '2023-02-30' }, { founded_on: null }],
    ['an address abroad', { location: 'Singapore 018989' }, { address: 'Singapore 018989', prefecture_code: null, city_code: null }],
  ])('maps %s', (_label, change, expected) => {
    expect(mapGbizHojin({ hojin: { ...HOJIN, ...change }, finance: null, locate })).toMatchObject(expected);
  });
});

describe('latestManagementIndex', () => {
  test.each([
    ['numbered years in any order', [{ period: '第55期', n: 55 }, { period: '第53期', n: 53 }, { period: '第54期', n: 54 }], 55],
    ['full-width numbers', [{ period: '第９期', n: 9 }, { period: '第１０期', n: 10 }], 10],
    ['no numbers: the last one listed', [{ period: 'Null', n: 1 }, { period: '', n: 2 }], 2],
  ])('picks the most recent year among %s', (_label, years, n) => {
    expect(latestManagementIndex({ management_index: years })?.['n']).toBe(n);
  });

  test.each([undefined, 'Null', [], ['Null']])('finds no year in %j', (management_index) => {
    expect(latestManagementIndex({ management_index })).toBeNull();
  });
});

describe('shareholdingPercent', () => {
  test.each([
    [0.4512, 45.12],
    [0.00335, 0.34],
    [1, 100],
    [45.12, 45.12],
    ['0.25', 25],
    [0, 0],
    [-0.1, null],
    [150, null],
    ['Null', null],
  ])('reads %j as %j %', (value, percent) => {
    expect(shareholdingPercent(value)).toBe(percent);
  });
});
