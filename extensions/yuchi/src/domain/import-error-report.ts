// The per-row error report of an import as CSV that Excel opens correctly (UTF-8 with BOM, CRLF, quoted fields).
export interface ReportedError {
  line: number;
  code: string;
  message: string;
}

const HEADER = ['行番号', 'エラーコード', '内容'];

function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `rejected` is the run's total; when it exceeds the stored errors, a last line says how many are not listed. */
export function importErrorReportCsv(errors: readonly ReportedError[], rejected = errors.length): string {
  const rows = [HEADER, ...errors.map((e) => [e.line === 0 ? '（ファイル全体）' : e.line, e.code, e.message])];
  const unlisted = rejected - errors.filter((e) => e.line > 0).length;
  if (unlisted > 0) rows.push(['', '', `ほかに ${unlisted} 行のエラーがあります（記録は先頭 ${errors.length} 件まで）`]);
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** A download name that says which file and run the report belongs to. */
export function importErrorReportName(runId: number, file: string | null): string {
  const base = (file ?? 'import').replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '_');
  return `import-${runId}-${base}-errors.csv`;
}
