import { describe, expect, test } from 'vitest';
import { safeCell } from './spreadsheet-cell.ts';

describe('safeCell', () => {
  test.each([
    ['=HYPERLINK("http://evil.example","x")'],
    ['+81-25-000-0000'],
    ['-1+2'],
    ['@SUM(A1:A2)'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('keeps %j as text that Excel will not evaluate', (text) => {
    expect(safeCell(text)).toEqual({ value: text, asText: true });
  });

  test.each([
    ['株式会社テスト', { value: '株式会社テスト', asText: false }],
    [1200, { value: 1200, asText: false }],
    [true, { value: 'はい', asText: false }],
    [null, { value: null, asText: false }],
    ['', { value: null, asText: false }],
    [Number.NaN, { value: null, asText: false }],
    [['a', 'b'], { value: '["a","b"]', asText: false }],
  ])('writes %j as %j', (input, expected) => {
    expect(safeCell(input)).toEqual(expected);
  });
});
