import { describe, expect, test } from 'vitest';
import { SITE_KIND_CHOICES } from '../../../../../scripts/schema/model.ts';
import { parseSearchCriteria, SITE_KINDS } from '../../domain/search-criteria.parser.ts';
import {
  corporateNumberList,
  criteriaFromForm,
  emptyForm,
  exportBody,
  nextSort,
  parseFigure,
  searchBody,
  SITE_KIND_LABELS,
  type SearchForm,
} from './search-form.ts';

const form = (change: Partial<SearchForm>): SearchForm => ({ ...emptyForm(), ...change });

function criteriaOf(change: Partial<SearchForm>) {
  const built = criteriaFromForm(form(change));
  if (!built.ok) throw new Error(built.message);
  return built.criteria;
}

describe('criteriaFromForm', () => {
  test('an untouched form asks only for active companies', () => {
    expect(criteriaOf({})).toEqual({ status: 'active' });
  });

  test('leaves out blank words, emptied inputs (null), empty lists and empty ranges', () => {
    expect(criteriaOf({ q: '  ', text: null, corporate_numbers: null, prefectures: [], employees: { min: '', max: null }, founded: { from: '', to: null }, listed: '', contact: '' })).toEqual({
      status: 'active',
    });
  });

  test('sends every criterion the form has, in the shape the API reads', () => {
    const criteria = criteriaOf({
      q: ' 精密　新潟 ',
      text: '半導体',
      person: '見本',
      establishment_name: '工場',
      corporate_numbers: '１２３４５６７８９０１２３, 2345678901234\n3456-7890-12345',
      prefectures: ['15'],
      exclude_prefectures: ['13'],
      cities: ['15100'],
      establishment_prefectures: ['15'],
      establishment_kinds: ['factory'],
      industries: ['09'],
      employees: { min: '50', max: null },
      capital: { min: 1000, max: '5,000' },
      sales: { min: null, max: '１００' },
      profit: { min: '−300', max: null },
      founded: { from: '2000-01-01', to: '2020-12-31' },
      listed: 'unlisted',
      status: 'any',
      contact: 'none',
      list: 7,
    });
    expect(criteria).toEqual({
      q: '精密　新潟',
      text: '半導体',
      person: '見本',
      establishment_name: '工場',
      corporate_numbers: ['1234567890123', '2345678901234', '3456789012345'],
      prefectures: ['15'],
      exclude_prefectures: ['13'],
      cities: ['15100'],
      establishment_prefectures: ['15'],
      establishment_kinds: ['factory'],
      industries: ['09'],
      employees: { min: 50, max: null },
      capital: { min: 10_000_000, max: 50_000_000 },
      sales: { min: null, max: 1_000_000 },
      profit: { min: -3_000_000, max: null },
      founded: { from: '2000-01-01', to: '2020-12-31' },
      listed: false,
      status: 'any',
      contact: 'none',
      list: 7,
    });
  });

  test('what it sends is accepted by the API’s own criteria parser (corporate numbers aside, which need a check digit)', () => {
    const criteria = criteriaOf({
      q: '精密',
      prefectures: ['15'],
      cities: ['15100'],
      industries: ['0911'],
      establishment_kinds: [...SITE_KINDS],
      employees: { min: '50', max: '999' },
      capital: { min: '1000', max: null },
      founded: { from: '2000-01-01', to: null },
      listed: 'listed',
      contact: 'any',
      list: 3,
    });
    const parsed = parseSearchCriteria(searchBody(criteria, { page: 2, limit: 50, sort: '-capital_yen' }, ['id', 'name']));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.criteria).toMatchObject({ q: ['精密'], capital: { min: 10_000_000, max: null }, listed: true, sort: ['-capital_yen'], page: 2, fields: ['id', 'name'] });
    expect(parseSearchCriteria(exportBody(criteria, { page: 2, limit: 50, sort: null }, ['name']), { extraKeys: ['columns'] }).ok).toBe(true);
  });

  test.each<[string, Partial<SearchForm>, string]>([
    ['a word as 従業員数', { employees: { min: 'たくさん', max: null } }, '従業員数の下限は数値（人）で入力してください。'],
    ['a word as 資本金', { capital: { min: null, max: '1億' } }, '資本金の上限は数値（万円）で入力してください。'],
    ['a minimum above the maximum', { sales: { min: '500', max: '100' } }, '売上高の下限は上限以下にしてください。'],
    ['a 設立年月日 that ends before it starts', { founded: { from: '2020-01-01', to: '2019-01-01' } }, '設立年月日の開始は終了以前の日付にしてください。'],
  ])('refuses %s with a Japanese message', (_label, change, message) => {
    expect(criteriaFromForm(form(change))).toEqual({ ok: false, message });
  });
});

describe('parseFigure', () => {
  test.each<[string | number | null, number | null]>([
    [null, null],
    ['', null],
    [' ', null],
    ['1,200', 1200],
    ['１２００', 1200],
    ['－５', -5],
    [42, 42],
  ])('reads %j as %j', (input, expected) => {
    expect(parseFigure(input)).toBe(expected);
  });

  test('reads a word as NaN so the form can refuse it', () => {
    expect(parseFigure('abc')).toBeNaN();
  });
});

test('corporateNumberList splits on spaces, commas, 読点 and lines', () => {
  expect(corporateNumberList('1111111111111、2222222222222\n\n 3333333333333,')).toEqual(['1111111111111', '2222222222222', '3333333333333']);
});

describe('request bodies', () => {
  test('a search sends paging, the one sort field and the fields asked for', () => {
    expect(searchBody({ q: 'a' }, { page: 3, limit: 100, sort: 'name_kana' }, ['id'])).toEqual({ q: 'a', sort: ['name_kana'], page: 3, limit: 100, fields: ['id'] });
  });

  test('an export sends the table’s order but no paging, and columns only when some were chosen', () => {
    expect(exportBody({ q: 'a' }, { page: 3, limit: 100, sort: null }, null)).toEqual({ q: 'a' });
    expect(exportBody({ q: 'a' }, { page: 3, limit: 100, sort: '-capital_yen' }, ['name'])).toEqual({ q: 'a', sort: ['-capital_yen'], columns: ['name'] });
  });
});

test.each<[string | null, string, string | null]>([
  [null, 'capital_yen', 'capital_yen'],
  ['capital_yen', 'capital_yen', '-capital_yen'],
  ['-capital_yen', 'capital_yen', null],
  ['-capital_yen', 'name_kana', 'name_kana'],
])('a header click on %s by %s sorts by %s', (current, field, next) => {
  expect(nextSort(current, field)).toBe(next);
});

test('site kinds are labelled as the data model labels them, for every kind the API accepts', () => {
  expect(Object.keys(SITE_KIND_LABELS)).toEqual([...SITE_KINDS]);
  expect(SITE_KIND_CHOICES.map((c) => [c.value, c.text])).toEqual(Object.entries(SITE_KIND_LABELS));
});
