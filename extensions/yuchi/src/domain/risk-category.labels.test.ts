import { describe, expect, test } from 'vitest';
import { FINDING_STATUS_CHOICES, RISK_CATEGORY_CHOICES, SEVERITY_CHOICES } from '../../../../scripts/schema/model.ts';
import { isRiskCategory, isSeverity, RISK_CATEGORY_LABELS, RISK_LEVEL_COLUMNS, SEVERITY_LABELS } from './risk-category.labels.ts';
import { IN_FORCE_STATUSES } from './risk-level.summarizer.ts';

describe('risk category labels', () => {
  test('are the data model’s categories, in its order and words', () => {
    expect(Object.entries(RISK_CATEGORY_LABELS)).toEqual(RISK_CATEGORY_CHOICES.map((c) => [c.value, c.text]));
  });

  test('each category has its companies column', () => {
    expect(Object.values(RISK_LEVEL_COLUMNS)).toEqual(['risk_antisocial', 'risk_financial', 'risk_sanction', 'risk_existence', 'risk_reputation']);
  });

  test('severities are the data model’s', () => {
    expect(Object.entries(SEVERITY_LABELS).map(([level, label]) => `${level} ${label}`)).toEqual(SEVERITY_CHOICES.map((c) => c.text));
  });

  test('the statuses that count are statuses the data model has', () => {
    expect(IN_FORCE_STATUSES.every((s) => FINDING_STATUS_CHOICES.some((c) => c.value === s))).toBe(true);
  });

  test.each<[unknown, boolean]>([[0, true], [3, true], [4, false], [1.5, false], ['1', false]])('isSeverity(%j) is %s', (value, expected) => {
    expect(isSeverity(value)).toBe(expected);
  });

  test.each<[unknown, boolean]>([['sanction', true], ['toString', false], ['', false], [null, false]])('isRiskCategory(%j) is %s', (value, expected) => {
    expect(isRiskCategory(value)).toBe(expected);
  });
});
