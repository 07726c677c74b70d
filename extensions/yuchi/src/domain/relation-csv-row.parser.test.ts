import { describe, expect, test } from 'vitest';
import { makeCorporateNumber } from './corporate-number.validator.ts';
import { headerProblem, parseRelationRow, RELATION_HEADER } from './relation-csv-row.parser.ts';

const PARENT = makeCorporateNumber('780000000001');
const CHILD = makeCorporateNumber('780000000002');
const row = (over: Partial<Record<(typeof RELATION_HEADER)[number], string>> = {}) =>
  RELATION_HEADER.map((column) => ({ parent_corporate_number: PARENT, child_corporate_number: CHILD, kind: 'subsidiary', voting_rights_ratio: '60', as_of: '2026-03-31', source: 'yuho', ...over })[column]);

describe('parseRelationRow', () => {
  test('reads a full row', () => {
    expect(parseRelationRow(row())).toEqual({ ok: true, row: { parent: PARENT, child: CHILD, kind: 'subsidiary', votingRightsRatio: 60, asOf: '2026-03-31', source: 'yuho' } });
  });

  test('accepts Japanese kinds, a % sign, full-width digits, slashes in dates and empty optional columns', () => {
    expect(parseRelationRow(row({ kind: '関連会社', voting_rights_ratio: '３３.４%', as_of: '2026/4/1' }))).toMatchObject({ ok: true, row: { kind: 'affiliate', votingRightsRatio: 33.4, asOf: '2026-04-01' } });
    expect(parseRelationRow(row({ kind: '', voting_rights_ratio: '', as_of: '', source: '' }))).toMatchObject({ ok: true, row: { kind: 'subsidiary', votingRightsRatio: null, asOf: null, source: 'csv' } });
  });

  test.each<[string, string[], string]>([
    ['too few columns', [PARENT, CHILD], 'YUCHI_RELATION_COLUMNS'],
    ['a bad parent number', row({ parent_corporate_number: '1234567890123' }), 'YUCHI_INVALID_CORPORATE_NUMBER'],
    ['a bad child number', row({ child_corporate_number: '' }), 'YUCHI_INVALID_CORPORATE_NUMBER'],
    ['self-ownership', row({ child_corporate_number: PARENT }), 'YUCHI_RELATION_SELF'],
    ['an unknown kind', row({ kind: 'owner' }), 'YUCHI_RELATION_KIND'],
    ['a ratio above 100', row({ voting_rights_ratio: '100.5' }), 'YUCHI_RELATION_RATIO'],
    ['a negative ratio', row({ voting_rights_ratio: '-1' }), 'YUCHI_RELATION_RATIO'],
    ['a ratio that is not a number', row({ voting_rights_ratio: '過半' }), 'YUCHI_RELATION_RATIO'],
    ['a date that does not exist', row({ as_of: '2026-02-30' }), 'YUCHI_RELATION_DATE'],
  ])('refuses %s with a clear code and a Japanese message', (_case, fields, code) => {
    const result = parseRelationRow(fields);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    }
  });
});

describe('headerProblem', () => {
  test('accepts the header with a BOM, spaces and capitals', () => {
    expect(headerProblem(['\uFEFFParent_Corporate_Number', ' child_corporate_number', 'kind', 'voting_rights_ratio', 'as_of', 'source'], RELATION_HEADER)).toBeNull();
  });

  test('names the expected header when it differs', () => {
    expect(headerProblem(['parent', 'child'], RELATION_HEADER)).toContain('parent_corporate_number,child_corporate_number');
  });
});
