import { describe, expect, test } from 'vitest';
import { EXCLUDE_CONFIRMED_ANTISOCIAL_DEFAULT, parseRiskCriteria, riskExclusion, type CompanyRiskState, type RiskCriteria } from './risk-criteria.parser.ts';

const criteria = (over: Partial<RiskCriteria> = {}): RiskCriteria => ({ exclude_categories: [], max_level: null, include_confirmed_antisocial: false, ...over });
const company = (levels: CompanyRiskState['levels'] = {}, confirmedAntisocial = false): CompanyRiskState => ({ levels, confirmedAntisocial });

describe('parseRiskCriteria', () => {
  test.each([undefined, null, {}])('reads %j as the defaults and says which were applied', (value) => {
    expect(parseRiskCriteria(value)).toEqual({ ok: true, criteria: criteria(), appliedDefaults: ['反社（確認済み）を除外'] });
  });

  test('reads every key', () => {
    expect(parseRiskCriteria({ exclude_categories: ['sanction', 'reputation', 'sanction'], max_level: 1, include_confirmed_antisocial: true })).toEqual({
      ok: true,
      criteria: { exclude_categories: ['sanction', 'reputation'], max_level: 1, include_confirmed_antisocial: true },
      appliedDefaults: [],
    });
  });

  test('an explicit false is not a default', () => {
    expect(parseRiskCriteria({ include_confirmed_antisocial: false })).toMatchObject({ ok: true, appliedDefaults: [] });
  });

  test.each<[string, unknown, string]>([
    ['not an object', 'none', 'risk'],
    ['an array', [], 'risk'],
    ['an unknown key', { min_level: 1 }, 'risk.min_level'],
    ['categories that are not a list', { exclude_categories: 'sanction' }, 'risk.exclude_categories'],
    ['an unknown category', { exclude_categories: ['sanction', 'weather'] }, 'risk.exclude_categories[1]'],
    ['a level above 3', { max_level: 4 }, 'risk.max_level'],
    ['a level as text', { max_level: '2' }, 'risk.max_level'],
    ['a flag as text', { include_confirmed_antisocial: 'true' }, 'risk.include_confirmed_antisocial'],
  ])('refuses %s, naming the key in Japanese', (_label, value, key) => {
    const result = parseRiskCriteria(value);
    expect(result).toMatchObject({ ok: false, error: { key } });
    if (!result.ok) expect(result.error.message).toMatch(new RegExp(`^「${key.replace(/[[\].]/g, '\\$&')}」: .*[\\u3040-\\u30ff\\u4e00-\\u9fff]`, 'u'));
  });

  test('names keys under the place the caller gives', () => {
    expect(parseRiskCriteria({ max_level: 9 }, 'criteria.risk')).toMatchObject({ ok: false, error: { key: 'criteria.risk.max_level' } });
  });
});

describe('riskExclusion', () => {
  test('by default leaves out a company with a confirmed 反社 finding, and only that', () => {
    expect(riskExclusion(company({ risk_level: 3, risk_antisocial: 3 }, true), criteria())).toEqual({ excluded: true, reasons: ['反社（確認済み）の情報があります'] });
    expect(riskExclusion(company({ risk_level: 3, risk_antisocial: 3 }, false), criteria())).toEqual({ excluded: false, reasons: [] });
    expect(EXCLUDE_CONFIRMED_ANTISOCIAL_DEFAULT).toBe('反社（確認済み）を除外');
  });

  test('keeps a confirmed 反社 company when asked to', () => {
    expect(riskExclusion(company({}, true), criteria({ include_confirmed_antisocial: true })).excluded).toBe(false);
  });

  test.each<[string, CompanyRiskState['levels'], Partial<RiskCriteria>, boolean]>([
    ['a level in an excluded category', { risk_sanction: 1 }, { exclude_categories: ['sanction'] }, true],
    ['level 0 in an excluded category', { risk_sanction: 0 }, { exclude_categories: ['sanction'] }, false],
    ['a level in another category', { risk_financial: 2 }, { exclude_categories: ['sanction'] }, false],
    ['an overall level above the maximum', { risk_level: 2 }, { max_level: 1 }, true],
    ['an overall level at the maximum', { risk_level: 1 }, { max_level: 1 }, false],
    ['levels not yet computed', { risk_level: null, risk_sanction: null }, { max_level: 0, exclude_categories: ['sanction'] }, false],
  ])('%s', (_label, levels, over, excluded) => {
    expect(riskExclusion(company(levels), criteria(over)).excluded).toBe(excluded);
  });

  test('gives every reason', () => {
    expect(riskExclusion(company({ risk_level: 3, risk_reputation: 3 }, true), criteria({ exclude_categories: ['reputation'], max_level: 2 })).reasons).toEqual([
      '反社（確認済み）の情報があります',
      '風評リスクがあります（レベル3）',
      '総合リスク（レベル3）が上限のレベル2を超えています',
    ]);
  });
});
