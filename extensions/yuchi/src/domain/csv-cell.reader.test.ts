import { describe, expect, test } from 'vitest';
import { cellError, optionalDayCell, optionalTextCell, readCsvRow, requiredDayCell, requiredTextCell, urlCell } from './csv-cell.reader.ts';

const HEADER = ['a', 'b'] as const;
const spec = { column: 'b（見本）', code: 'YUCHI_TEST' };

describe('readCsvRow', () => {
  test('hands the trimmed cells to the reader by column name', () => {
    expect(readCsvRow({ fields: [' 1 ', '２'], header: HEADER, columnsCode: 'YUCHI_TEST_COLUMNS', read: (cells) => cells })).toEqual({ ok: true, row: { a: '1', b: '２' } });
  });

  test('refuses a row of another length, naming the header', () => {
    expect(readCsvRow({ fields: ['1'], header: HEADER, columnsCode: 'YUCHI_TEST_COLUMNS', read: () => null })).toEqual({
      ok: false,
      error: { code: 'YUCHI_TEST_COLUMNS', message: '列の数が 1 です。見出しと同じ 2 列（a,b）にしてください' },
    });
  });

  test('turns a cell error into a row error and rethrows anything else', () => {
    expect(readCsvRow({ fields: ['1', '2'], header: HEADER, columnsCode: 'X', read: () => cellError('YUCHI_TEST', 'だめです') })).toEqual({ ok: false, error: { code: 'YUCHI_TEST', message: 'だめです' } });
    expect(() => readCsvRow({ fields: ['1', '2'], header: HEADER, columnsCode: 'X', read: () => { throw new TypeError('bug'); } })).toThrow(TypeError);
  });
});

describe('cells', () => {
  const error = (read: () => unknown) => {
    try {
      read();
      return null;
    } catch (e) {
      return (e as Error).message;
    }
  };

  test('text cells: empty is null or an error, long is an error', () => {
    expect(optionalTextCell('', spec)).toBeNull();
    expect(error(() => requiredTextCell('', spec))).toBe('b（見本）を入れてください');
    expect(error(() => optionalTextCell('x'.repeat(11), { ...spec, maxLength: 10 }))).toBe('b（見本）は10文字以内にしてください');
  });

  test('day cells read era dates and name the column when wrong', () => {
    expect(optionalDayCell('令和6年3月12日', spec)).toBe('2024-03-12');
    expect(optionalDayCell('', spec)).toBeNull();
    expect(error(() => requiredDayCell('', spec))).toContain('b（見本）を入れてください');
    expect(error(() => optionalDayCell('2024-02-30', spec))).toContain('b（見本）「2024-02-30」は実在する日付');
  });

  test.each([
    ['https://example.jp/a?b=c', 'https://example.jp/a?b=c'],
    ['', null],
  ])('url cell %j is %j', (text, url) => {
    expect(urlCell(text, spec)).toBe(url);
  });

  test.each(['ftp://example.jp', 'example.jp', 'https://example.jp/a b'])('refuses the url %j', (text) => {
    expect(error(() => urlCell(text, spec))).toContain('http:// か https://');
  });
});
