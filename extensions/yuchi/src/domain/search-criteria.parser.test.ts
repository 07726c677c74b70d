import { describe, expect, test } from 'vitest';
import { makeCorporateNumber } from './corporate-number.validator.ts';
import { EXCLUDE_CONFIRMED_ANTISOCIAL_DEFAULT } from './risk-criteria.parser.ts';
import { DEFAULT_LIMIT, parseSearchCriteria } from './search-criteria.parser.ts';

describe('parseSearchCriteria', () => {
  test('an empty body searches active companies without confirmed 反社, first page, and says both were defaulted', () => {
    const result = parseSearchCriteria({});
    expect(result).toMatchObject({
      ok: true,
      appliedDefaults: ['status=active', EXCLUDE_CONFIRMED_ANTISOCIAL_DEFAULT],
      criteria: { status: 'active', page: 1, limit: DEFAULT_LIMIT, q: [], fields: [], risk: { exclude_categories: [], max_level: null, include_confirmed_antisocial: false } },
    });
  });

  test('words split on ASCII and full-width spaces', () => {
    const result = parseSearchCriteria({ q: '新潟　精密  機械', status: 'any', risk: { include_confirmed_antisocial: false } });
    expect(result.ok && result.criteria.q).toEqual(['新潟', '精密', '機械']);
    expect(result.ok && result.appliedDefaults).toEqual([]);
  });

  test('ranges keep an open bound as null', () => {
    const result = parseSearchCriteria({ employees: { min: 50 }, founded: { to: '2020-12-31' } });
    expect(result.ok && result.criteria.employees).toEqual({ min: 50, max: null });
    expect(result.ok && result.criteria.founded).toEqual({ from: null, to: '2020-12-31' });
  });

  test('group_of and ultimate_parent take one corporate number each', () => {
    const number = makeCorporateNumber('780000000002');
    expect(parseSearchCriteria({ group_of: number, ultimate_parent: number })).toMatchObject({ ok: true, criteria: { group_of: number, ultimate_parent: number } });
  });

  test('risk is read by parseRiskCriteria, and an explicit include_confirmed_antisocial is not a default', () => {
    const result = parseSearchCriteria({ risk: { exclude_categories: ['sanction'], max_level: 2, include_confirmed_antisocial: true } });
    expect(result).toMatchObject({ ok: true, appliedDefaults: ['status=active'], criteria: { risk: { exclude_categories: ['sanction'], max_level: 2, include_confirmed_antisocial: true } } });
  });

  test('keys an export handles itself are let through', () => {
    expect(parseSearchCriteria({ columns: ['name'] }, { extraKeys: ['columns'] }).ok).toBe(true);
    expect(parseSearchCriteria({ columns: ['name'] }).ok).toBe(false);
  });

  test.each<[string, unknown]>([
    ['body', []],
    ['body', 'q=x'],
    ['unknown', { unknown: 1 }],
    ['q', { q: ['a'] }],
    ['corporate_numbers[1]', { corporate_numbers: [makeCorporateNumber('100000000001'), '1000000000019'] }],
    ['prefectures[0]', { prefectures: ['00'] }],
    ['prefectures[0]', { prefectures: [15] }],
    ['cities[0]', { cities: ['1520'] }],
    ['industries[0]', { industries: ['e'] }],
    ['industries[0]', { industries: ['09111'] }],
    ['employees', { employees: 50 }],
    ['employees', { employees: {} }],
    ['employees', { employees: { min: 10, max: 1 } }],
    ['sales.max', { sales: { max: Number.POSITIVE_INFINITY } }],
    ['capital.low', { capital: { low: 1 } }],
    ['founded.to', { founded: { to: '2021-13-01' } }],
    ['founded', { founded: { from: '2021-01-02', to: '2021-01-01' } }],
    ['listed', { listed: 1 }],
    ['status', { status: 'ACTIVE' }],
    ['contact', { contact: true }],
    ['list', { list: 0 }],
    ['group_of', { group_of: '1234567890123' }],
    ['group_of', { group_of: ['3780000000002'] }],
    ['ultimate_parent', { ultimate_parent: 3780000000002 }],
    ['list', { list: '3' }],
    ['limit', { limit: 0 }],
    ['limit', { limit: 1.5 }],
    ['page', { page: -1 }],
    ['sort[0]', { sort: ['name; drop table'] }],
    ['fields[0]', { fields: ['Name'] }],
    ['risk', { risk: ['sanction'] }],
    ['risk.min_level', { risk: { min_level: 1 } }],
    ['risk.exclude_categories[0]', { risk: { exclude_categories: ['weather'] } }],
    ['risk.max_level', { risk: { max_level: 4 } }],
    ['risk.include_confirmed_antisocial', { risk: { include_confirmed_antisocial: 'yes' } }],
  ])('refuses a bad %s, naming it', (key, body) => {
    const result = parseSearchCriteria(body);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.key).toBe(key);
      expect(result.error.message).toContain(`「${key}」`);
    }
  });
});
