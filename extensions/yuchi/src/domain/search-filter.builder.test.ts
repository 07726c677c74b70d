import { describe, expect, test } from 'vitest';
import { parseSearchCriteria, type SearchCriteria } from './search-criteria.parser.ts';
import { buildSearchFilter, rangeFilter, type ResolvedCriteria } from './search-filter.builder.ts';

const criteria = (body: Record<string, unknown>): SearchCriteria => {
  const result = parseSearchCriteria(body);
  if (!result.ok) throw new Error(result.error.message);
  return result.criteria;
};
const none: ResolvedCriteria = { cities: [], industries: [], listMembers: null };
const parts = (body: Record<string, unknown>, resolved: ResolvedCriteria = none) => (buildSearchFilter(criteria(body), resolved) as { _and: unknown[] })._and;

describe('buildSearchFilter', () => {
  test('always hides 検索対象除外 companies and applies the default status', () => {
    expect(parts({})).toEqual([{ _or: [{ is_search_excluded: { _eq: false } }, { is_search_excluded: { _null: true } }] }, { status: { _eq: 'active' } }]);
  });

  test('name words are normalised like search_name, and a word that is only a legal form is dropped', () => {
    expect(parts({ q: 'ＡＢＣ　株式会社 にいがた', status: 'any' }).slice(1)).toEqual([{ search_name: { _contains: 'abc' } }, { search_name: { _contains: 'ニイガタ' } }]);
  });

  test('one site must satisfy every site condition, and it must be active', () => {
    expect(parts({ establishment_prefectures: ['15'], establishment_kinds: ['factory'], status: 'any' })[1]).toEqual({
      establishments: { _some: { status: { _eq: 'active' }, prefecture_code: { _in: ['15'] }, kind: { _in: ['factory'] } } },
    });
  });

  test('group criteria keep to the member ids the traversal found, and to nothing when it found none', () => {
    const body = { group_of: '3780000000002', status: 'any' };
    expect(parts(body, { ...none, groupMembers: [4, 9] })[1]).toEqual({ id: { _in: [4, 9] } });
    expect(parts(body, { ...none, groupMembers: [] })[1]).toEqual({ id: { _null: true } });
  });

  test('cities and industries use the expanded codes the service looked up', () => {
    const filter = parts({ cities: ['15100'], industries: ['E'], status: 'any' }, { cities: ['15100', '15101'], industries: ['E', '09', '091', '0911'], listMembers: null });
    expect(filter).toContainEqual({ city_code: { _in: ['15100', '15101'] } });
    expect(filter).toContainEqual({ industry: { _in: ['E', '09', '091', '0911'] } });
  });

  test('an empty target list matches nothing rather than everything', () => {
    expect(parts({ list: 4, status: 'any' }, { ...none, listMembers: [] })).toContainEqual({ id: { _null: true } });
  });
});

describe('rangeFilter', () => {
  test('overlaps [min, max] with the stored range, open stored bounds allowed, unknown figures excluded', () => {
    expect(rangeFilter('e_lower', 'e_upper', { min: 10, max: 20 })).toEqual({
      _and: [
        { _or: [{ e_lower: { _nnull: true } }, { e_upper: { _nnull: true } }] },
        { _or: [{ e_upper: { _gte: 10 } }, { e_upper: { _null: true } }] },
        { _or: [{ e_lower: { _lte: 20 } }, { e_lower: { _null: true } }] },
      ],
    });
  });

  test('a missing criterion bound adds no condition', () => {
    expect((rangeFilter('e_lower', 'e_upper', { min: null, max: 5 }) as { _and: unknown[] })._and).toHaveLength(2);
  });

  describe('risk', () => {
    const confirmed = { category: { _eq: 'antisocial' }, status: { _eq: 'confirmed' }, severity: { _gt: 0 } };

    test('an excluded category keeps companies whose level in it is 0 or not computed yet', () => {
      expect(parts({ status: 'any', risk: { exclude_categories: ['sanction', 'reputation'] } }).slice(1)).toEqual([
        { _or: [{ risk_sanction: { _lte: 0 } }, { risk_sanction: { _null: true } }] },
        { _or: [{ risk_reputation: { _lte: 0 } }, { risk_reputation: { _null: true } }] },
      ]);
    });

    test('max_level keeps companies at or below it, a level not computed yet counting as 0', () => {
      expect(parts({ status: 'any', risk: { max_level: 1 } }).slice(1)).toEqual([{ _or: [{ risk_level: { _lte: 1 } }, { risk_level: { _null: true } }] }]);
    });

    test('confirmed 反社 findings in force on the given day leave their company out, one _none per condition', () => {
      expect(parts({ status: 'any' }, { ...none, confirmedAntisocialOn: '2026-12-04' }).slice(1)).toEqual([
        { risk_findings: { _none: { ...confirmed, expires_on: { _null: true } } } },
        { risk_findings: { _none: { ...confirmed, expires_on: { _gte: '2026-12-04' } } } },
      ]);
    });

    test('without a day from the service there is no 反社 condition', () => {
      expect(parts({ status: 'any' }, { ...none, confirmedAntisocialOn: null })).toHaveLength(1);
    });
  });
});
