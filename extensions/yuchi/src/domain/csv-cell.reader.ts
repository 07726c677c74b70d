// Cells of one row of the risk imports (行政処分, 反社チェック, 信用評点), read by column name. A mistake is a row
// error with a stable code and a Japanese message naming the column; the import goes on with the next row.
import { isValidCorporateNumber } from './corporate-number.validator.ts';
import { parseJapaneseDay } from './japanese-date.parser.ts';
import type { CsvRowResult } from './relation-csv-row.parser.ts';

class CellError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export function cellError(code: string, message: string): never {
  throw new CellError(code, message);
}

/** Checks the column count, trims every cell and hands them to `read` by column name. */
export function readCsvRow<H extends string, T>({ fields, header, columnsCode, read }: {
  fields: readonly string[];
  header: readonly H[];
  columnsCode: string;
  read: (cells: Record<H, string>) => T;
}): CsvRowResult<T> {
  if (fields.length !== header.length) {
    return { ok: false, error: { code: columnsCode, message: `列の数が ${fields.length} です。見出しと同じ ${header.length} 列（${header.join(',')}）にしてください` } };
  }
  const cells = Object.fromEntries(header.map((column, i) => [column, fields[i]!.trim()])) as Record<H, string>;
  try {
    return { ok: true, row: read(cells) };
  } catch (error) {
    if (error instanceof CellError) return { ok: false, error: { code: error.code, message: error.message } };
    throw error;
  }
}

export interface CellSpec {
  /** the column as the header spells it, with a Japanese gloss for English headers: 'name（名称）' */
  column: string;
  code: string;
}

/** A 法人番号 in full- or half-width digits; empty is null unless required. */
export function corporateNumberCell(text: string, { column, required }: { column: string; required: boolean }): string | null {
  const value = text.normalize('NFKC').trim();
  if (value === '' && !required) return null;
  if (isValidCorporateNumber(value)) return value;
  return cellError('YUCHI_INVALID_CORPORATE_NUMBER', `${column}「${value}」は法人番号として正しくありません。13桁の数字で、先頭の検査数字が一致する番号にしてください`);
}

export function requiredTextCell(text: string, { column, code, maxLength = 255 }: CellSpec & { maxLength?: number }): string {
  if (text === '') return cellError(code, `${column}を入れてください`);
  if (text.length > maxLength) return cellError(code, `${column}は${maxLength}文字以内にしてください`);
  return text;
}

export function optionalTextCell(text: string, { column, code, maxLength = 255 }: CellSpec & { maxLength?: number }): string | null {
  return text === '' ? null : requiredTextCell(text, { column, code, maxLength });
}

/** A day in western or 令和/平成 style (see parseJapaneseDay), as YYYY-MM-DD; empty is null. */
export function optionalDayCell(text: string, { column, code }: CellSpec): string | null {
  const day = parseJapaneseDay(text);
  if (day === 'invalid') return cellError(code, `${column}「${text}」は実在する日付にしてください（例: 2024-03-12、2024/3/12、令和6年3月12日）`);
  return day;
}

export function requiredDayCell(text: string, spec: CellSpec): string {
  return optionalDayCell(text, spec) ?? cellError(spec.code, `${spec.column}を入れてください（例: 2024-03-12、令和6年3月12日）`);
}

/** risk_findings.source_url takes http(s) addresses only. */
export function urlCell(text: string, { column, code }: CellSpec): string | null {
  if (text === '') return null;
  if (/^https?:\/\/[^\s]+$/u.test(text) && text.length <= 2048) return text;
  return cellError(code, `${column}「${text}」は http:// か https:// で始まる URL にしてください`);
}
