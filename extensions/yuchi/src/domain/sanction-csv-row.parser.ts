// One row of a 行政処分 file, in either of two layouts: our own CSV (one row per 処分, by 法人番号 where known), or
// 厚生労働省「労働基準関係法令違反に係る公表事案」 saved as CSV with its table unchanged (no 法人番号; dates often
// 令和6年3月12日). Both give a SanctionRow; the company is found by number, else by name and address.
import { corporateNumberCell, optionalTextCell, readCsvRow, requiredDayCell, requiredTextCell, urlCell } from './csv-cell.reader.ts';
import { headerProblem, type CsvRowResult } from './relation-csv-row.parser.ts';

export const SANCTION_HEADER = ['corporate_number', 'name', 'address', 'authority', 'action', 'action_date', 'legal_basis', 'summary', 'source_url'] as const;
export const MHLW_SANCTION_HEADER = ['企業・事業場名称', '所在地', '公表日', '違反法条', '事案概要', 'その他参考事項'] as const;

export type SanctionLayout = 'sanction' | 'mhlw';

export interface SanctionRow {
  layout: SanctionLayout;
  corporateNumber: string | null;
  /** as written; the MHLW table often adds the 事業場 after the company (見本工業株式会社 見本工場) */
  name: string;
  address: string | null;
  authority: string | null;
  action: string;
  actionDate: string;
  legalBasis: string | null;
  summary: string | null;
  /** その他参考事項 of the MHLW table */
  note: string | null;
  sourceUrl: string | null;
}

export const MHLW_AUTHORITY = '厚生労働省';
export const MHLW_ACTION = '労働基準関係法令違反に係る公表事案';

const SUMMARY_LENGTH = 5000;
// Headers copied out of a PDF table come with line breaks and half-width ･ inside the cells.
const headerCell = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');

export function detectSanctionLayout(fields: readonly string[]): { ok: true; layout: SanctionLayout } | { ok: false; message: string } {
  const cells = fields.map(headerCell);
  if (headerProblem(cells, SANCTION_HEADER) === null) return { ok: true, layout: 'sanction' };
  if (headerProblem(cells, MHLW_SANCTION_HEADER.map(headerCell)) === null) return { ok: true, layout: 'mhlw' };
  return {
    ok: false,
    message: `1行目は見出し「${SANCTION_HEADER.join(',')}」（行政処分CSV）か「${MHLW_SANCTION_HEADER.join(',')}」（厚生労働省の公表事案の表のまま）にしてください（受け取った見出し: ${fields.join(',')}）`,
  };
}

export function parseSanctionRow(fields: readonly string[]): CsvRowResult<SanctionRow> {
  return readCsvRow({
    fields,
    header: SANCTION_HEADER,
    columnsCode: 'YUCHI_SANCTION_COLUMNS',
    read: (cells) => ({
      layout: 'sanction',
      corporateNumber: corporateNumberCell(cells.corporate_number, { column: 'corporate_number', required: false }),
      name: requiredTextCell(cells.name, { column: 'name（処分を受けた者の名称）', code: 'YUCHI_SANCTION_NAME' }),
      address: optionalTextCell(cells.address, { column: 'address（所在地）', code: 'YUCHI_SANCTION_TEXT' }),
      authority: optionalTextCell(cells.authority, { column: 'authority（処分庁）', code: 'YUCHI_SANCTION_TEXT' }),
      action: requiredTextCell(cells.action, { column: 'action（処分の内容）', code: 'YUCHI_SANCTION_ACTION' }),
      actionDate: requiredDayCell(cells.action_date, { column: 'action_date（処分日）', code: 'YUCHI_SANCTION_DATE' }),
      legalBasis: optionalTextCell(cells.legal_basis, { column: 'legal_basis（根拠法令）', code: 'YUCHI_SANCTION_TEXT' }),
      summary: optionalTextCell(cells.summary, { column: 'summary（概要）', code: 'YUCHI_SANCTION_TEXT', maxLength: SUMMARY_LENGTH }),
      note: null,
      sourceUrl: urlCell(cells.source_url, { column: 'source_url（出典URL）', code: 'YUCHI_SANCTION_URL' }),
    }),
  });
}

// The PDF's line breaks fall anywhere in a sentence; in the name one separates the company from its 事業場.
const unwrap = (text: string) => text.replace(/\s*\n\s*/gu, '');
const unwrapName = (text: string) => text.replace(/\s+/gu, ' ');

/** `sourceUrl` is the page the table was published on (the table itself has no link column). */
export function parseMhlwSanctionRow(fields: readonly string[], { sourceUrl = null }: { sourceUrl?: string | null } = {}): CsvRowResult<SanctionRow> {
  return readCsvRow({
    fields,
    header: MHLW_SANCTION_HEADER,
    columnsCode: 'YUCHI_SANCTION_COLUMNS',
    read: (cells) => ({
      layout: 'mhlw',
      corporateNumber: null,
      name: requiredTextCell(unwrapName(cells['企業・事業場名称']), { column: '企業・事業場名称', code: 'YUCHI_SANCTION_NAME' }),
      address: optionalTextCell(unwrap(cells['所在地']), { column: '所在地', code: 'YUCHI_SANCTION_TEXT' }),
      authority: MHLW_AUTHORITY,
      action: MHLW_ACTION,
      actionDate: requiredDayCell(unwrap(cells['公表日']), { column: '公表日', code: 'YUCHI_SANCTION_DATE' }),
      legalBasis: optionalTextCell(unwrap(cells['違反法条']), { column: '違反法条', code: 'YUCHI_SANCTION_TEXT' }),
      summary: optionalTextCell(unwrap(cells['事案概要']), { column: '事案概要', code: 'YUCHI_SANCTION_TEXT', maxLength: SUMMARY_LENGTH }),
      note: optionalTextCell(unwrap(cells['その他参考事項']), { column: 'その他参考事項', code: 'YUCHI_SANCTION_TEXT', maxLength: SUMMARY_LENGTH }),
      sourceUrl: sourceUrl === null ? null : urlCell(sourceUrl, { column: '出典URL', code: 'YUCHI_SANCTION_URL' }),
    }),
  });
}

/** The row parser for a detected layout. */
export function sanctionRowParser(layout: SanctionLayout, options: { sourceUrl?: string | null } = {}): (fields: readonly string[]) => CsvRowResult<SanctionRow> {
  return layout === 'mhlw' ? (fields) => parseMhlwSanctionRow(fields, options) : parseSanctionRow;
}
