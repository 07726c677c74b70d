import { describe, expect, test } from 'vitest';
import { hasConfirmedAntisocial, isFindingInForce, summarizeRiskLevels, type FindingForLevel } from './risk-level.summarizer.ts';

const TODAY = '2026-04-01';
const finding = (over: Partial<FindingForLevel> = {}): FindingForLevel => ({ category: 'sanction', severity: 2, status: 'open', expires_on: null, ...over });
const NONE = { risk_level: 0, risk_antisocial: 0, risk_financial: 0, risk_sanction: 0, risk_existence: 0, risk_reputation: 0 };

describe('summarizeRiskLevels', () => {
  test('no findings is level 0 everywhere', () => {
    expect(summarizeRiskLevels([], TODAY)).toEqual(NONE);
  });

  test('each category takes its highest finding, and the overall level the highest of all', () => {
    const findings = [
      finding({ category: 'sanction', severity: 1 }),
      finding({ category: 'sanction', severity: 2, status: 'confirmed' }),
      finding({ category: 'financial', severity: 1 }),
      finding({ category: 'reputation', severity: 3 }),
      finding({ category: 'existence', severity: 0 }),
    ];
    expect(summarizeRiskLevels(findings, TODAY)).toEqual({ ...NONE, risk_level: 3, risk_sanction: 2, risk_financial: 1, risk_reputation: 3 });
  });

  test.each<[string, Partial<FindingForLevel>]>([
    ['a dismissed finding', { status: 'dismissed' }],
    ['a status it does not know', { status: 'archived' }],
    ['a finding that expired yesterday', { expires_on: '2026-03-31' }],
    ['an expired finding read back as a timestamp', { expires_on: '2026-03-31T00:00:00.000Z' }],
    ['a category it does not know', { category: 'weather' }],
  ])('does not count %s', (_label, over) => {
    expect(summarizeRiskLevels([finding({ severity: 3, ...over })], TODAY)).toEqual(NONE);
  });

  test('counts a finding on the day it expires', () => {
    expect(summarizeRiskLevels([finding({ expires_on: TODAY })], TODAY).risk_sanction).toBe(2);
  });

  test('keeps severities within 0–3', () => {
    expect(summarizeRiskLevels([finding({ severity: 7 })], TODAY).risk_level).toBe(3);
    expect(summarizeRiskLevels([finding({ severity: -1 })], TODAY).risk_level).toBe(0);
  });

  test.each(['2026/04/01', '2026-02-30', ''])('refuses a today of %j', (today) => {
    expect(() => summarizeRiskLevels([], today)).toThrow(RangeError);
  });
});

describe('isFindingInForce', () => {
  test.each<[Partial<FindingForLevel>, boolean]>([
    [{ status: 'open' }, true],
    [{ status: 'confirmed', expires_on: '2026-12-31' }, true],
    [{ status: 'confirmed', expires_on: '2026-03-31' }, false],
    [{ status: 'dismissed' }, false],
  ])('%j is in force: %s', (over, inForce) => {
    expect(isFindingInForce(finding(over), TODAY)).toBe(inForce);
  });
});

describe('hasConfirmedAntisocial', () => {
  test.each<[string, Partial<FindingForLevel>, boolean]>([
    ['a confirmed 反社 finding', { category: 'antisocial', status: 'confirmed' }, true],
    ['an open 反社 finding', { category: 'antisocial', status: 'open' }, false],
    ['a confirmed but expired one', { category: 'antisocial', status: 'confirmed', expires_on: '2025-01-01' }, false],
    ['a confirmed one of severity 0 (checked, nothing found)', { category: 'antisocial', status: 'confirmed', severity: 0 }, false],
    ['a confirmed finding of another category', { category: 'sanction', status: 'confirmed' }, false],
  ])('%s: %s', (_label, over, expected) => {
    expect(hasConfirmedAntisocial([finding(over)], TODAY)).toBe(expected);
  });
});
