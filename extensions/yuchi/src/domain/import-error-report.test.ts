import { describe, expect, test } from 'vitest';
import { importErrorReportCsv, importErrorReportName } from './import-error-report.ts';

describe('importErrorReportCsv', () => {
  test('starts with a BOM and a Japanese header so Excel reads it as UTF-8', () => {
    const csv = importErrorReportCsv([]);
    expect(csv.startsWith('\uFEFF行番号,エラーコード,内容\r\n')).toBe(true);
  });

  test('lists each rejected row with its line number, code and message', () => {
    const csv = importErrorReportCsv([{ line: 12, code: 'YUCHI_INVALID_CORPORATE_NUMBER', message: '検査数字が一致しません' }]);
    expect(csv.split('\r\n')[1]).toBe('12,YUCHI_INVALID_CORPORATE_NUMBER,検査数字が一致しません');
  });

  test.each([
    ['a comma', 'a,b', '"a,b"'],
    ['a quote', 'say "x"', '"say ""x"""'],
    ['a line break', 'one\ntwo', '"one\ntwo"'],
  ])('quotes a message containing %s', (_what, message, expected) => {
    const csv = importErrorReportCsv([{ line: 1, code: 'C', message }]);
    expect(csv).toContain(`1,C,${expected}\r\n`);
  });

  test('marks a file-level error as concerning the whole file', () => {
    const csv = importErrorReportCsv([{ line: 0, code: 'YUCHI_IMPORT_FILE', message: 'zip が壊れています' }], 0);
    expect(csv).toContain('（ファイル全体）,YUCHI_IMPORT_FILE');
    expect(csv).not.toContain('ほかに');
  });

  test('says how many rejected rows are not listed when the stored list was capped', () => {
    const csv = importErrorReportCsv([{ line: 3, code: 'C', message: 'm' }], 5);
    expect(csv).toContain('ほかに 4 行のエラーがあります');
  });
});

describe('importErrorReportName', () => {
  test.each([
    [7, '15_niigata_all_20261031.zip', 'import-7-15_niigata_all_20261031-errors.csv'],
    [8, 'diff 2026/11/01.csv', 'import-8-diff_2026_11_01-errors.csv'],
    [9, null, 'import-9-import-errors.csv'],
  ])('names run %i of %s as %s', (id, file, expected) => {
    expect(importErrorReportName(id, file)).toBe(expected);
  });
});
