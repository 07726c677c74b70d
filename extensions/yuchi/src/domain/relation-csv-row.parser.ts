// One row of a capital-relations CSV (`import relations`): 親会社と子会社の法人番号, 関係, 議決権比率, 基準日, 出典.
// Every mistake is a row error with a stable code and a Japanese message naming the column; the import goes on.
import { isValidCorporateNumber } from './corporate-number.validator.ts';
import { isRealDate } from './nta-record.mapper.ts';

export const RELATION_HEADER = ['parent_corporate_number', 'child_corporate_number', 'kind', 'voting_rights_ratio', 'as_of', 'source'] as const;

export const RELATION_KINDS = { subsidiary: '子会社', affiliate: '関連会社', other: 'その他' } as const;
export type RelationKind = keyof typeof RELATION_KINDS;

/** The source a row without one is filed under (a relation missing from the next file of that source is ended). */
export const DEFAULT_RELATION_SOURCE = 'csv';

export interface RelationRow {
  parent: string;
  child: string;
  kind: RelationKind;
  votingRightsRatio: number | null;
  asOf: string | null;
  source: string;
}

export interface CsvRowError {
  code: string;
  message: string;
}

export type CsvRowResult<T> = { ok: true; row: T } | { ok: false; error: CsvRowError };

const fail = <T>(code: string, message: string): CsvRowResult<T> => ({ ok: false, error: { code, message } });

/** Null when the header is the expected one (case, spaces and a BOM ignored); else what is wrong. */
export function headerProblem(fields: readonly string[], expected: readonly string[]): string | null {
  const got = fields.map((f) => f.replace(/^\uFEFF/, '').trim().toLowerCase());
  if (got.length === expected.length && got.every((f, i) => f === expected[i])) return null;
  return `1行目は見出し「${expected.join(',')}」にしてください（受け取った見出し: ${got.join(',')}）`;
}

const KIND_BY_TEXT: Record<string, RelationKind> = Object.fromEntries(
  Object.entries(RELATION_KINDS).flatMap(([key, label]) => [[key, key], [label, key]]),
) as Record<string, RelationKind>;

/** 0–100 with an optional %, full-width digits allowed; empty is unknown (null). */
export function parseRatio(text: string): number | null | 'invalid' {
  const value = text.normalize('NFKC').trim().replace(/%$/, '').trim();
  if (value === '') return null;
  if (!/^\d+(\.\d+)?$/.test(value)) return 'invalid';
  const ratio = Number(value);
  return ratio >= 0 && ratio <= 100 ? ratio : 'invalid';
}

/** YYYY-MM-DD or YYYY/MM/DD of a real day; empty is unknown (null). */
export function parseDay(text: string): string | null | 'invalid' {
  const value = text.normalize('NFKC').trim().replace(/\//g, '-');
  if (value === '') return null;
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (!match) return 'invalid';
  const day = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isRealDate(day) ? day : 'invalid';
}

export function parseRelationRow(fields: readonly string[]): CsvRowResult<RelationRow> {
  if (fields.length !== RELATION_HEADER.length) {
    return fail('YUCHI_RELATION_COLUMNS', `列の数が ${fields.length} です。見出しと同じ ${RELATION_HEADER.length} 列（${RELATION_HEADER.join(',')}）にしてください`);
  }
  const [parentText, childText, kindText, ratioText, asOfText, sourceText] = fields.map((f) => f.trim()) as [string, string, string, string, string, string];
  for (const [column, value] of [['parent_corporate_number', parentText], ['child_corporate_number', childText]] as const) {
    if (!isValidCorporateNumber(value)) {
      return fail('YUCHI_INVALID_CORPORATE_NUMBER', `${column}「${value}」は法人番号として正しくありません。13桁の数字で、先頭の検査数字が一致する番号にしてください`);
    }
  }
  if (parentText === childText) return fail('YUCHI_RELATION_SELF', `親会社と子会社が同じ法人番号（${parentText}）です。自社を自社の親会社にはできません`);
  const kind = kindText === '' ? 'subsidiary' : KIND_BY_TEXT[kindText.toLowerCase()];
  if (!kind) return fail('YUCHI_RELATION_KIND', `kind「${kindText}」は使えません。subsidiary（子会社）、affiliate（関連会社）、other（その他）のいずれかにしてください`);
  const ratio = parseRatio(ratioText);
  if (ratio === 'invalid') return fail('YUCHI_RELATION_RATIO', `voting_rights_ratio「${ratioText}」は 0〜100 の数値（%）にしてください`);
  const asOf = parseDay(asOfText);
  if (asOf === 'invalid') return fail('YUCHI_RELATION_DATE', `as_of「${asOfText}」は実在する日付を YYYY-MM-DD で書いてください`);
  if (sourceText.length > 255) return fail('YUCHI_RELATION_SOURCE', 'source は255文字以内にしてください');
  return { ok: true, row: { parent: parentText, child: childText, kind, votingRightsRatio: ratio, asOf, source: sourceText || DEFAULT_RELATION_SOURCE } };
}
