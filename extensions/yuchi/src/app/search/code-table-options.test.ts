import { describe, expect, test } from 'vitest';
import { cityOptions, citiesWithin, deepestChoice, industryLabel, industryOptions, placeName, prefectureOptions, type Industry, type Municipality } from './code-table-options.ts';

const m = (code: string, prefecture: [string, string], city: string | null, kind: string, parent: string | null = null): Municipality => ({
  code,
  prefecture_code: prefecture[0],
  prefecture_name: prefecture[1],
  city_name: city,
  kind,
  parent,
});
const NIIGATA: [string, string] = ['15', '新潟県'];
const TOKYO: [string, string] = ['13', '東京都'];
const MUNICIPALITIES = [
  m('15000', NIIGATA, null, 'prefecture'),
  m('15202', NIIGATA, '長岡市', 'city'),
  m('15103', NIIGATA, '新潟市中央区', 'ward', '15100'),
  m('15100', NIIGATA, '新潟市', 'designated_city'),
  m('15101', NIIGATA, '新潟市北区', 'ward', '15100'),
  m('13000', TOKYO, null, 'prefecture'),
  m('13101', TOKYO, '千代田区', 'special_ward'),
];

test('prefectures come once each, in code order', () => {
  expect(prefectureOptions(MUNICIPALITIES)).toEqual([
    { value: '13', text: '東京都' },
    { value: '15', text: '新潟県' },
  ]);
});

describe('cityOptions', () => {
  test('lists a designated city with its wards right after it', () => {
    expect(cityOptions(MUNICIPALITIES, ['15'])).toEqual([
      { value: '15100', text: '新潟市（全区）' },
      { value: '15101', text: '└ 新潟市北区' },
      { value: '15103', text: '└ 新潟市中央区' },
      { value: '15202', text: '長岡市' },
    ]);
  });

  test('names the prefecture when several are chosen, and keeps Tokyo’s special wards', () => {
    expect(cityOptions(MUNICIPALITIES, ['13', '15']).map((o) => o.text)).toEqual(['東京都 千代田区', '新潟県 新潟市（全区）', '新潟県 └ 新潟市北区', '新潟県 └ 新潟市中央区', '新潟県 長岡市']);
  });

  test('offers nothing before a prefecture is chosen', () => {
    expect(cityOptions(MUNICIPALITIES, [])).toEqual([]);
  });
});

test('a city stays chosen only while its prefecture is', () => {
  expect(citiesWithin(['15100', '13101'], ['15'])).toEqual(['15100']);
});

const INDUSTRIES: Industry[] = [
  { code: 'E', level: 'section', name: '製造業', parent: null },
  { code: 'A', level: 'section', name: '農業、林業', parent: null },
  { code: '09', level: 'division', name: '食料品製造業', parent: 'E' },
  { code: '091', level: 'group', name: '畜産食料品製造業', parent: '09' },
  { code: '0911', level: 'class', name: '部分肉・冷凍肉製造業', parent: '091' },
];

describe('industry cascade', () => {
  test('starts with the 大分類 and offers the level below a chosen code', () => {
    expect(industryOptions(INDUSTRIES, null)).toEqual([
      { value: 'A', text: 'A 農業、林業' },
      { value: 'E', text: 'E 製造業' },
    ]);
    expect(industryOptions(INDUSTRIES, 'E')).toEqual([{ value: '09', text: '09 食料品製造業' }]);
    expect(industryOptions(INDUSTRIES, '0911')).toEqual([]);
  });

  test.each<[(string | null)[], string | null]>([
    [[null, null, null, null], null],
    [['E', null, null, null], 'E'],
    [['E', '09', '091', null], '091'],
    [['E', '09', '091', '0911'], '0911'],
  ])('adds the most specific choice of %j', (path, code) => {
    expect(deepestChoice(path)).toBe(code);
  });

  test('labels a code with its name, and an unknown code as itself', () => {
    const label = industryLabel(INDUSTRIES);
    expect([label('09'), label('9999'), label(null)]).toEqual(['09 食料品製造業', '9999', '']);
  });
});

test('a company without an address is placed by its codes', () => {
  const place = placeName(MUNICIPALITIES);
  expect([place('15', '15103'), place('13', null), place(null, null)]).toEqual(['新潟県新潟市中央区', '東京都', '']);
});
