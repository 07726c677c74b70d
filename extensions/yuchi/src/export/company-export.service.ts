// The Excel export behind POST /yuchi/export: the same criteria as the search, a chosen set of columns, rows
// streamed page by page into an .xlsx (memory stays flat), a 抽出条件 sheet, and an export_log entry with the
// file's SHA-256. Refusals (no export right, bad criteria, unreadable columns) happen before the first byte.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DEFAULT_EXPORT_COLUMNS, exportColumn, type ExportColumn } from '../domain/export-columns.catalogue.ts';
import { exportConditionRows } from '../domain/export-conditions.sheet.ts';
import { safeCell } from '../domain/spreadsheet-cell.ts';
import { checkReadable, itemsService, prepareSearch, type PreparedSearch, type SearchContext } from '../search/company-search.service.ts';
import { canExport } from '../security/export-permission.service.ts';
import { ExportForbiddenError, SearchInvalidError } from '../shared/errors.ts';
import { companyPages } from './company-page.reader.ts';
import { loadCodeNames, type CodeNames } from './export-extras.loader.ts';

const XLSX_TEXT_FORMAT = '@';
// exceljs gives every cell a fresh style object and works out its style id from the object's contents; one shared
// object per kind of cell lets it look the id up instead (seconds saved per 100,000 rows).
const TEXT_STYLE: Partial<ExcelJS.Style> = { numFmt: XLSX_TEXT_FORMAT };
const NUMBER_STYLE: Partial<ExcelJS.Style> = {};
const PLAIN_STYLE: Partial<ExcelJS.Style> = {};

export interface PreparedExport {
  search: PreparedSearch;
  columns: ExportColumn[];
  columnKeys: string[];
  names: CodeNames;
}

export async function prepareExport(ctx: SearchContext, body: unknown): Promise<PreparedExport> {
  if (!(await canExport(ctx.database, ctx.accountability))) throw new ExportForbiddenError();
  const input = (body && typeof body === 'object' && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
  const { columns: rawColumns, ...criteria } = input;
  const columnKeys = rawColumns === undefined ? DEFAULT_EXPORT_COLUMNS : rawColumns;
  if (!Array.isArray(columnKeys) || columnKeys.length === 0) {
    throw new SearchInvalidError({ key: 'columns', message: '「columns」: 出力項目のキーを1つ以上、配列で指定してください（docs/api.md の一覧）' });
  }
  const names = await loadCodeNames(ctx);
  const columns = columnKeys.map((key, i) => {
    const column = typeof key === 'string' ? exportColumn(key, names.prefectureName) : null;
    if (!column) throw new SearchInvalidError({ key: `columns[${i}]`, message: `「columns[${i}]」: 出力項目「${String(key)}」はありません（docs/api.md の一覧を参照）` });
    return column;
  });
  const search = await prepareSearch(ctx, criteria);
  await checkReadable(ctx, columns.map((c, i) => ({ key: `columns[${i}]`, fields: { companies: c.fields, ...(c.related ?? {}) } })));
  return { search, columns, columnKeys: columnKeys as string[], names };
}

function addCompanySheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, columns: ExportColumn[]) {
  const sheet = workbook.addWorksheet('企業一覧', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

async function userLabel(ctx: SearchContext): Promise<string | null> {
  const id = ctx.accountability?.user;
  if (!id) return null;
  const user = (await ctx.database('directus_users').where({ id }).first('first_name', 'last_name', 'email')) as { first_name: string | null; last_name: string | null; email: string | null } | undefined;
  if (!user) return id;
  const name = [user.last_name, user.first_name].filter(Boolean).join(' ');
  return name ? `${name} <${user.email ?? ''}>` : (user.email ?? id);
}

/** Streams the workbook to `out`, records the export, then ends `out`; resolves with the row count and the file's SHA-256. */
export async function writeExport(ctx: SearchContext, prepared: PreparedExport, out: Writable): Promise<{ rows: number; sha256: string }> {
  const { search, columns, names } = prepared;
  const hash = createHash('sha256');
  const tap = new PassThrough();
  tap.on('data', (chunk: Buffer) => hash.update(chunk));
  // The response ends only after export_log has the file's hash, so a finished download is always logged.
  tap.pipe(out, { end: false });
  const written = new Promise((resolve) => tap.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: tap, useStyles: true, useSharedStrings: false });
  const sheet = addCompanySheet(workbook, columns);
  let rows = 0;
  for await (const { companies, extras } of companyPages({ ctx, search, columns, names })) {
    for (const company of companies) {
      const row = sheet.addRow(columns.map(() => null));
      columns.forEach((column, i) => {
        const cell = safeCell(column.value(company, extras));
        const target = row.getCell(i + 1);
        target.value = cell.value;
        target.style = cell.asText ? TEXT_STYLE : typeof cell.value === 'number' ? NUMBER_STYLE : PLAIN_STYLE;
      });
      row.commit();
      rows++;
    }
    // A slow download holds the next page back instead of piling the workbook up in memory.
    if (tap.writableNeedDrain) await once(tap, 'drain');
  }
  sheet.commit();
  const conditions = workbook.addWorksheet('抽出条件');
  conditions.columns = [
    { header: '項目', key: 'label', width: 24 },
    { header: '値', key: 'value', width: 80 },
  ];
  const user = await userLabel(ctx);
  for (const [label, value] of exportConditionRows({ criteria: search.criteria, appliedDefaults: search.appliedDefaults, columns: columns.map((c) => c.header), user, at: new Date(), rows })) {
    const cell = safeCell(value);
    const row = conditions.addRow([label, cell.value]);
    if (cell.asText) row.getCell(2).numFmt = XLSX_TEXT_FORMAT;
    row.commit();
  }
  conditions.commit();
  await workbook.commit();
  await written;
  const sha256 = hash.digest('hex');
  await (itemsService(ctx, 'export_log') as unknown as { createOne: (data: object) => Promise<unknown> }).createOne({
    kind: 'companies_xlsx',
    criteria: { ...search.criteria, applied_defaults: search.appliedDefaults },
    columns: prepared.columnKeys,
    row_count: rows,
    file_sha256: sha256,
  });
  out.end();
  return { rows, sha256 };
}
