import { describe, expect, test } from 'vitest';
import { makeCorporateNumber } from './corporate-number.validator.ts';
import { DEFAULT_EXISTENCE_RULES, evaluateExistence, type RegistryState } from './existence-risk.rules.ts';

const NUMBER = makeCorporateNumber('790000000006');
const SUCCESSOR = makeCorporateNumber('790000000007');
const state = (over: Partial<RegistryState> = {}): RegistryState => ({
  corporateNumber: NUMBER,
  source: 'nta',
  status: 'active',
  closeReason: null,
  closedOn: null,
  successorCorporateNumber: null,
  isSearchExcluded: false,
  ...over,
});

describe('evaluateExistence', () => {
  test('an active company from the registry has no finding', () => {
    expect(evaluateExistence(state())).toEqual([]);
  });

  test.each<[string, string, string, number, string]>([
    ['01', 'closed_liquidated', '閉鎖（清算の結了等）', 3, '01: 清算の結了等'],
    ['11', 'closed_merger', '閉鎖（合併による解散等）', 2, '11: 合併による解散等'],
    ['21', 'closed_by_registrar', '閉鎖（登記官による閉鎖）', 3, '21: 登記官による閉鎖'],
    ['31', 'closed_other', '閉鎖（その他の清算の結了等）', 3, '31: その他の清算の結了等'],
  ])('a company closed for reason %s is %s', (closeReason, rule, title, severity, detail) => {
    const [finding, ...rest] = evaluateExistence(state({ status: 'closed', closeReason, closedOn: '2025-09-30' }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule, category: 'existence', title, severity });
    expect(finding!.detail).toContain(detail);
    expect(finding!.detail).toContain('2025-09-30に');
  });

  test('a merged company points at its successor', () => {
    const findings = evaluateExistence(state({ status: 'closed', closeReason: '11', successorCorporateNumber: SUCCESSOR }));
    expect(findings).toMatchObject([{ rule: 'merged', severity: 2, title: '合併により消滅（承継先あり）' }]);
    expect(findings[0]!.detail).toContain(SUCCESSOR);
  });

  test.each([
    ['no reason', null, '記録なし'],
    ['an unknown reason code', '99', '「99」は不明なコード'],
  ])('a company closed with %s is still closed', (_label, closeReason, detail) => {
    const [finding] = evaluateExistence(state({ status: 'closed', closeReason }));
    expect(finding).toMatchObject({ rule: 'closed_unknown', severity: 3 });
    expect(finding!.detail).toContain(detail);
  });

  test('a deleted number is its own finding, not a closure', () => {
    expect(evaluateExistence(state({ status: 'closed', deleted: true })).map((f) => f.rule)).toEqual(['deleted']);
  });

  test('検索対象除外 is a low finding of its own', () => {
    expect(evaluateExistence(state({ isSearchExcluded: true }))).toMatchObject([{ rule: 'search_excluded', severity: 1, title: '国税庁の検索対象除外' }]);
  });

  test.each<[string, Partial<RegistryState>, string]>([
    ['a company entered by hand', { source: 'manual' }, '出典: manual'],
    ['a company without a source', { source: null }, '出典: 不明'],
    ['a number the registry does not know', { notFound: true }, `法人番号 ${NUMBER} は`],
  ])('%s has no registry record', (_label, over, detail) => {
    const findings = evaluateExistence(state(over));
    expect(findings).toMatchObject([{ rule: 'no_registry_record', severity: 2 }]);
    expect(findings[0]!.detail).toContain(detail);
  });

  test('several findings come together, closure first', () => {
    expect(evaluateExistence(state({ status: 'closed', closeReason: '21', isSearchExcluded: true, source: 'csv' })).map((f) => f.rule)).toEqual(['closed_by_registrar', 'no_registry_record', 'search_excluded']);
  });

  test('takes its own severities', () => {
    const rules = { ...DEFAULT_EXISTENCE_RULES, search_excluded: { title: '検索対象除外', severity: 0 as const } };
    expect(evaluateExistence(state({ isSearchExcluded: true }), rules)).toMatchObject([{ title: '検索対象除外', severity: 0 }]);
  });
});
