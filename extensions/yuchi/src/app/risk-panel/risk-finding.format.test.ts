import { describe, expect, test } from 'vitest';
import {
  categoryLabel,
  categoryLevels,
  confidenceText,
  countsByCategory,
  evidenceLines,
  isExpired,
  localDate,
  riskErrorMessage,
  sortFindings,
  statusLabel,
  type RiskFinding,
} from './risk-finding.format.ts';

const finding = (id: number, over: Partial<RiskFinding> = {}): RiskFinding => ({ id, status: 'open', severity: 1, observed_on: '2026-01-01', ...over });

describe('risk finding format', () => {
  test('categories and statuses are named in Japanese, unknown ones as stored', () => {
    expect(['antisocial', 'financial', 'sanction', 'existence', 'reputation'].map(categoryLabel)).toEqual(['反社', '財務', '行政処分', '実在性', '風評']);
    expect(categoryLabel('other')).toBe('other');
    expect(categoryLabel(null)).toBe('区分なし');
    expect(['open', 'confirmed', 'dismissed'].map(statusLabel)).toEqual(['未確認', '確認済み', '却下']);
  });

  test('confirmed findings come first, then open, then dismissed; the most severe and newest first within each', () => {
    const sorted = sortFindings([
      finding(1, { status: 'dismissed', severity: 3 }),
      finding(2, { severity: 1 }),
      finding(3, { severity: 2, observed_on: '2025-05-01' }),
      finding(4, { severity: 2, observed_on: '2026-02-01' }),
      finding(5, { status: 'confirmed', severity: 1 }),
    ]);
    expect(sorted.map((f) => f.id)).toEqual([5, 4, 3, 2, 1]);
  });

  test('a finding expires after its expiry date, not on it', () => {
    expect(isExpired({ expires_on: '2026-03-31' }, '2026-04-01')).toBe(true);
    expect(isExpired({ expires_on: '2026-04-01' }, '2026-04-01')).toBe(false);
    expect(isExpired({ expires_on: null }, '2026-04-01')).toBe(false);
  });

  test.each<[string, unknown, string[]]>([
    ['nothing', null, []],
    ['an empty text', '', []],
    ['a text', '新聞記事の見出し', ['新聞記事の見出し']],
    ['a list', ['逮捕', null, '送検'], ['逮捕', '送検']],
    ['named values', { matched_words: ['逮捕', '詐欺'], article: '〇〇新聞', empty: null }, ['matched_words: 逮捕、詐欺', 'article: 〇〇新聞']],
    ['a number', 42, ['42']],
  ])('evidence given as %s is shown as lines', (_, evidence, lines) => {
    expect(evidenceLines(evidence)).toEqual(lines);
  });

  test('match confidence is shown in percent', () => {
    expect(confidenceText(0.853)).toBe('照合の確からしさ 85%');
    expect(confidenceText(null)).toBeNull();
    expect(confidenceText('x')).toBeNull();
  });

  test('category levels list only the columns the caller could read', () => {
    expect(categoryLevels({ risk_level: 2, risk_sanction: 2, risk_reputation: 0 })).toEqual([
      { category: 'sanction', label: '行政処分', level: 2 },
      { category: 'reputation', label: '風評', level: 0 },
    ]);
  });

  test('open findings per category list every category, with 0 for those without any', () => {
    const counts = countsByCategory([
      { category: 'sanction', count: '3' },
      { category: 'antisocial', count: 1 },
      { category: 'legacy', count: 2 },
    ]);
    expect(counts.map((c) => `${c.label} ${c.count}`)).toEqual(['反社 1', '財務 0', '行政処分 3', '実在性 0', '風評 0', 'legacy 2']);
  });

  test('today is the local calendar date', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  test.each<[string, unknown, string]>([
    ['a 403', { response: { status: 403, data: { errors: [{ message: "You don't have permission to access this.", extensions: { code: 'FORBIDDEN' } }] } } }, 'リスク情報を閲覧する権限がありません。'],
    ['a Japanese message of ours', { response: { status: 400, data: { errors: [{ message: '法人番号が正しくありません。' }] } } }, '法人番号が正しくありません。'],
    ['an English message', { response: { status: 500, data: { errors: [{ message: 'Internal error' }] } } }, 'リスク情報を読み込めませんでした。通信状況を確認して、ページを開き直してください。'],
    ['no answer', new Error('Network Error'), 'リスク情報を読み込めませんでした。通信状況を確認して、ページを開き直してください。'],
  ])('%s is shown as a Japanese message', (_, error, message) => {
    expect(riskErrorMessage(error)).toBe(message);
  });
});
