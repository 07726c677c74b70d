import { describe, expect, test } from 'vitest';
import { makeCorporateNumber } from './corporate-number.validator.ts';
import { INTENT_FEED_HEADER, parseIntentFeedRow } from './intent-feed-csv-row.parser.ts';

const COMPANY = makeCorporateNumber('780000000021');
const KEYWORDS = ['工業団地', '補助金', 'DX'];
const row = (over: Partial<Record<(typeof INTENT_FEED_HEADER)[number], string>> = {}) =>
  INTENT_FEED_HEADER.map((column) => ({ corporate_number: COMPANY, keyword: '補助金', date: '2026-10-09', score: '2.5', ...over })[column]);

describe('parseIntentFeedRow', () => {
  test('reads a full row', () => {
    expect(parseIntentFeedRow(row())).toEqual({ ok: true, row: { corporateNumber: COMPANY, keyword: '補助金', day: '2026-10-09', score: 2.5 } });
  });

  test('gives the keyword as the prefecture spells it, whatever width or case the vendor used', () => {
    expect(parseIntentFeedRow(row({ keyword: ' ｄｘ ' }), { keywords: KEYWORDS })).toMatchObject({ ok: true, row: { keyword: 'DX' } });
  });

  test('accepts full-width digits, a 令和 date and a score of 0 or 100', () => {
    expect(parseIntentFeedRow(row({ date: '令和8年10月9日', score: '１２' }))).toMatchObject({ ok: true, row: { day: '2026-10-09', score: 12 } });
    expect(parseIntentFeedRow(row({ score: '0' }))).toMatchObject({ ok: true, row: { score: 0 } });
    expect(parseIntentFeedRow(row({ score: '100' }))).toMatchObject({ ok: true, row: { score: 100 } });
  });

  test.each<[string, string[], string]>([
    ['too many columns', [...row(), 'extra'], 'YUCHI_INTENT_FEED_COLUMNS'],
    ['a bad corporate number', row({ corporate_number: '780000000021' }), 'YUCHI_INVALID_CORPORATE_NUMBER'],
    ['no keyword', row({ keyword: ' ' }), 'YUCHI_INTENT_FEED_KEYWORD'],
    ['a keyword too long', row({ keyword: '語'.repeat(256) }), 'YUCHI_INTENT_FEED_KEYWORD'],
    ['no date', row({ date: '' }), 'YUCHI_INTENT_FEED_DATE'],
    ['a date that does not exist', row({ date: '2026-09-31' }), 'YUCHI_INTENT_FEED_DATE'],
    ['no score', row({ score: '' }), 'YUCHI_INTENT_FEED_SCORE'],
    ['a negative score', row({ score: '-1' }), 'YUCHI_INTENT_FEED_SCORE'],
    ['a score above 100', row({ score: '100.5' }), 'YUCHI_INTENT_FEED_SCORE'],
    ['a score that is not a number', row({ score: 'high' }), 'YUCHI_INTENT_FEED_SCORE'],
    ['a score in exponent form', row({ score: '1e2' }), 'YUCHI_INTENT_FEED_SCORE'],
  ])('refuses %s with a clear code and a Japanese message', (_case, fields, code) => {
    const result = parseIntentFeedRow(fields);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    }
  });

  test('refuses a keyword the prefecture does not watch, when its keywords are given', () => {
    expect(parseIntentFeedRow(row({ keyword: '観光' }), { keywords: KEYWORDS })).toMatchObject({ ok: false, error: { code: 'YUCHI_INTENT_FEED_KEYWORD_UNKNOWN' } });
    expect(parseIntentFeedRow(row({ keyword: '観光' })).ok).toBe(true);
  });
});
