import { describe, expect, test } from 'vitest';
import { makeCorporateNumber } from './corporate-number.validator.ts';
import { parseHit, parseScreeningRow, SCREENING_HEADER } from './screening-csv-row.parser.ts';

const NUMBER = makeCorporateNumber('790000000002');
const row = (over: Partial<Record<(typeof SCREENING_HEADER)[number], string>> = {}) =>
  SCREENING_HEADER.map((column) => ({
    corporate_number: NUMBER,
    name: '架空商事株式会社',
    address: '新潟県見本市試験町4-5-6',
    hit: 'true',
    category: '反社会的勢力（関係者）',
    screened_on: '2026-01-15',
    source: 'vendor-x',
    reference: 'REF-0001',
    ...over,
  })[column]);

describe('parseHit', () => {
  test.each([
    ['true', true], ['TRUE', true], ['1', true], ['１', true], ['あり', true], ['該当', true], [' 該当 ', true],
    ['false', false], ['False', false], ['0', false], ['なし', false], ['非該当', false], ['該当なし', false],
  ])('reads %s as %s', (text, hit) => {
    expect(parseHit(text)).toBe(hit);
  });

  test.each(['', 'yes', '不明', '2', '要確認'])('does not guess at %s', (text) => {
    expect(parseHit(text)).toBeNull();
  });
});

describe('parseScreeningRow', () => {
  test('reads a hit', () => {
    expect(parseScreeningRow(row())).toEqual({
      ok: true,
      row: {
        corporateNumber: NUMBER,
        name: '架空商事株式会社',
        address: '新潟県見本市試験町4-5-6',
        hit: true,
        category: '反社会的勢力（関係者）',
        screenedOn: '2026-01-15',
        source: 'vendor-x',
        reference: 'REF-0001',
      },
    });
  });

  test('reads a clean result with the optional columns empty and the source defaulted', () => {
    expect(parseScreeningRow(row({ corporate_number: '', address: '', hit: '非該当', category: '', source: '', reference: '', screened_on: '令和8年1月15日' }))).toEqual({
      ok: true,
      row: { corporateNumber: null, name: '架空商事株式会社', address: null, hit: false, category: null, screenedOn: '2026-01-15', source: 'screening', reference: null },
    });
  });

  test.each<[string, string[], string, string]>([
    ['a short row', row().slice(0, 7), 'YUCHI_SCREENING_COLUMNS', '8 列'],
    ['a bad check digit', row({ corporate_number: NUMBER.replace(/.$/, (d) => String((Number(d) + 1) % 10)) }), 'YUCHI_INVALID_CORPORATE_NUMBER', 'corporate_number'],
    ['a missing name', row({ name: '' }), 'YUCHI_SCREENING_NAME', 'name'],
    ['an empty hit', row({ hit: '' }), 'YUCHI_SCREENING_HIT', 'hit'],
    ['a hit that is neither', row({ hit: '要確認' }), 'YUCHI_SCREENING_HIT', 'hit'],
    ['a missing screening day', row({ screened_on: '' }), 'YUCHI_SCREENING_DATE', 'screened_on'],
    ['an impossible screening day', row({ screened_on: '2026-13-01' }), 'YUCHI_SCREENING_DATE', 'screened_on'],
    ['an overlong reference', row({ reference: 'R'.repeat(256) }), 'YUCHI_SCREENING_TEXT', 'reference'],
  ])('refuses %s with a code and a Japanese message naming the column', (_case, fields, code, column) => {
    const result = parseScreeningRow(fields);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) {
      expect(result.error.message).toContain(column);
      expect(result.error.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    }
  });
});
