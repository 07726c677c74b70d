import { describe, expect, test } from 'vitest';
import { makeCorporateNumber } from './corporate-number.validator.ts';
import { CREDIT_SCORE_HEADER, parseCreditScoreRow } from './credit-score-csv-row.parser.ts';

const NUMBER = makeCorporateNumber('790000000003');
const row = (over: Partial<Record<(typeof CREDIT_SCORE_HEADER)[number], string>> = {}) =>
  CREDIT_SCORE_HEADER.map((column) => ({ corporate_number: NUMBER, score: '64', band: 'C', as_of: '2026-02-01', source: 'bureau-x', ...over })[column]);

describe('parseCreditScoreRow', () => {
  test('reads a row whose band agrees with its score', () => {
    expect(parseCreditScoreRow(row())).toEqual({ ok: true, row: { corporateNumber: NUMBER, score: 64, band: 'C', severity: 1, asOf: '2026-02-01', source: 'bureau-x' } });
  });

  test.each([
    ['90', 'A', 0], ['71', 'B', 0], ['５０', 'D', 2], ['35', 'E', 3], ['0', 'E', 3],
  ])('derives the band of score %s when the band column is empty: %s, severity %s', (score, band, severity) => {
    expect(parseCreditScoreRow(row({ score, band: '' }))).toMatchObject({ ok: true, row: { band, severity } });
  });

  test('takes a band without a score, in any width or case', () => {
    expect(parseCreditScoreRow(row({ score: '', band: 'ｅ' }))).toMatchObject({ ok: true, row: { score: null, band: 'E', severity: 3 } });
  });

  test('defaults the source and reads era dates', () => {
    expect(parseCreditScoreRow(row({ source: '', as_of: '令和8年2月1日' }))).toMatchObject({ ok: true, row: { source: 'credit', asOf: '2026-02-01' } });
  });

  test('follows the bands it is given', () => {
    const rules = { bands: [{ band: 'S', min: 60, severity: 0 as const }, { band: 'X', min: 0, severity: 2 as const }] };
    expect(parseCreditScoreRow(row({ band: '' }), rules)).toMatchObject({ ok: true, row: { band: 'S', severity: 0 } });
    expect(parseCreditScoreRow(row({ band: 'C' }), rules)).toMatchObject({ ok: false, error: { code: 'YUCHI_CREDIT_BAND' } });
  });

  test.each<[string, string[], string, string]>([
    ['a short row', row().slice(0, 4), 'YUCHI_CREDIT_COLUMNS', '5 列'],
    ['no 法人番号', row({ corporate_number: '' }), 'YUCHI_INVALID_CORPORATE_NUMBER', 'corporate_number'],
    ['a bad check digit', row({ corporate_number: `0${NUMBER.slice(1)}` }), 'YUCHI_INVALID_CORPORATE_NUMBER', 'corporate_number'],
    ['a score above 100', row({ score: '101' }), 'YUCHI_CREDIT_SCORE', 'score'],
    ['a negative score', row({ score: '-5' }), 'YUCHI_CREDIT_SCORE', 'score'],
    ['a score that is not a number', row({ score: '良好' }), 'YUCHI_CREDIT_SCORE', 'score'],
    ['neither score nor band', row({ score: '', band: '' }), 'YUCHI_CREDIT_SCORE', 'band'],
    ['an unknown band', row({ band: 'F' }), 'YUCHI_CREDIT_BAND', 'band'],
    ['a band the score contradicts', row({ score: '90', band: 'C' }), 'YUCHI_CREDIT_BAND_MISMATCH', 'A（86〜100点）'],
    ['a band one point off', row({ score: '70', band: 'B' }), 'YUCHI_CREDIT_BAND_MISMATCH', 'band'],
    ['a missing day', row({ as_of: '' }), 'YUCHI_CREDIT_DATE', 'as_of'],
    ['an impossible day', row({ as_of: '2026-02-30' }), 'YUCHI_CREDIT_DATE', 'as_of'],
  ])('refuses %s with a code and a Japanese message naming the column', (_case, fields, code, text) => {
    const result = parseCreditScoreRow(fields);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message).toContain(text);
  });
});
