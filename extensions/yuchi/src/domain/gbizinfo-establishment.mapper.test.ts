import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createAddressAreaMatcher } from './address-area.matcher.ts';
import { establishmentKey, mapGbizEstablishment, mapGbizEstablishments, siteKindOf } from './gbizinfo-establishment.mapper.ts';
import { TEST_AREAS } from './gbizinfo-test-areas.ts';

const fixture = JSON.parse(readFileSync(new URL('../../../../test/fixtures/gbizinfo/corporation.json', import.meta.url), 'utf8'));
const ITEMS = fixture['hojin-infos'][0]['corporation-info'];
const locate = createAddressAreaMatcher(TEST_AREAS);
const COMPANY = '株式会社テスト越後精機';

describe('mapGbizEstablishments', () => {
  test('maps the published 事業所情報 to establishments, a lost site as closed', () => {
    expect(mapGbizEstablishments(ITEMS, { locate, companyName: COMPANY })).toEqual([
      {
        name: '株式会社テスト越後精機　本社', kind: 'head_office', is_headquarters: true, status: 'active', closed_on: null,
        address: '新潟県長岡市試験町１丁目２番３号', prefecture_code: '15', city_code: '15202', employees_lower: 85, employees_upper: 85, employees_label: '85人',
      },
      {
        name: '株式会社テスト越後精機　長岡第二工場', kind: 'factory', is_headquarters: false, status: 'active', closed_on: null,
        address: '新潟県長岡市試験工業団地４番地', prefecture_code: '15', city_code: '15202', employees_lower: 30, employees_upper: 30, employees_label: '30人',
      },
      {
        name: '株式会社テスト越後精機　東京支店', kind: 'branch', is_headquarters: false, status: 'active', closed_on: null,
        address: '東京都千代田区試験町三丁目４番５号', prefecture_code: '13', city_code: '13101', employees_lower: 5, employees_upper: 5, employees_label: '5人',
      },
      {
        name: '株式会社テスト越後精機　三条営業所', kind: 'sales_office', is_headquarters: false, status: 'closed', closed_on: '2024-03-31',
        address: '新潟県三条市試験町６番７号', prefecture_code: '15', city_code: '15204', employees_lower: null, employees_upper: null, employees_label: null,
      },
    ]);
  });

  test.each([
    ['no list', undefined],
    ['"Null" for the list', 'Null'],
    ['an empty list', []],
    ['sites without names', [{ corporation_name: 'Null', corporation_location: '新潟県長岡市' }, { corporation_location: '新潟県三条市' }, 'Null']],
  ])('gives no sites for %s', (_label, items) => {
    expect(mapGbizEstablishments(items)).toEqual([]);
  });

  test('lists a site given twice (spacing aside) once', () => {
    const twice = [
      { corporation_name: '本社', corporation_location: '新潟県長岡市試験町１丁目' },
      { corporation_name: ' 本社 ', corporation_location: '新潟県長岡市試験町1丁目' },
    ];
    expect(mapGbizEstablishments(twice)).toHaveLength(1);
  });

  test.each([
    ['a head count of "0"', '0', 0],
    ['a head count with a comma', '1,204', 1204],
    ['a negative head count', '-2', null],
    ['a head count in words', '不明', null],
  ])('reads %s', (_label, insured, expected) => {
    expect(mapGbizEstablishment({ corporation_name: '本社', insured_number: insured })?.employees_lower).toBe(expected);
  });
});

describe('siteKindOf', () => {
  test.each([
    ['本店営業部', 'head_office'],
    ['大阪支社', 'branch_office'],
    ['札幌支店', 'branch'],
    ['仙台出張所', 'sales_office'],
    ['第二製造所', 'factory'],
    ['中央研究所', 'lab'],
    ['北陸物流センター', 'logistics'],
    ['新宿店', 'store'],
    ['管理部', 'other'],
  ])('reads %s as %s', (name, kind) => {
    expect(siteKindOf(name)).toBe(kind);
  });

  test('leaves the company’s own name out when telling the kind of site', () => {
    expect(mapGbizEstablishment({ corporation_name: 'テスト工場株式会社 東京支店' }, { companyName: 'テスト工場株式会社' })?.kind).toBe('branch');
  });

  test('takes the site under the company’s bare name for its head office', () => {
    expect(mapGbizEstablishment({ corporation_name: '株式会社テスト商店' }, { companyName: '株式会社テスト商店' })).toMatchObject({ kind: 'head_office', is_headquarters: true });
  });
});

describe('establishmentKey', () => {
  test('is the same for the same site written with other spaces and widths', () => {
    expect(establishmentKey('株式会社テスト　本社', '新潟県長岡市試験町１－２')).toBe(establishmentKey('株式会社テスト 本社', '新潟県長岡市試験町1-2'));
  });

  test('differs for another address', () => {
    expect(establishmentKey('本社', '新潟県長岡市')).not.toBe(establishmentKey('本社', '新潟県三条市'));
  });
});
