import { describe, expect, test } from 'vitest';
import { NtaDiffHeaderError, parseNtaDiffHeader } from './nta-diff-header.parser.ts';

describe('parseNtaDiffHeader', () => {
  test.each([
    ['plain values', '2026-11-27,2500,1,3', { lastUpdate: '2026-11-27', totalCount: 2500, divide: 1, divideSize: 3 }],
    ['quoted values', '"2026-11-27","2500","3","3"', { lastUpdate: '2026-11-27', totalCount: 2500, divide: 3, divideSize: 3 }],
    ['a CR LF line end', '2026-11-27,12,1,1\r\n', { lastUpdate: '2026-11-27', totalCount: 12, divide: 1, divideSize: 1 }],
    ['a byte order mark', '\uFEFF2026-11-27,12,1,1', { lastUpdate: '2026-11-27', totalCount: 12, divide: 1, divideSize: 1 }],
    ['spaces around values', ' 2026-11-27, 12 ,1,1 ', { lastUpdate: '2026-11-27', totalCount: 12, divide: 1, divideSize: 1 }],
    ['an empty result of one page', '2026-11-27,0,1,1', { lastUpdate: '2026-11-27', totalCount: 0, divide: 1, divideSize: 1 }],
    ['an empty result of no pages', '2026-11-27,0,0,0', { lastUpdate: '2026-11-27', totalCount: 0, divide: 0, divideSize: 0 }],
  ])('reads a header of %s', (_label, line, header) => {
    expect(parseNtaDiffHeader(line)).toEqual(header);
  });

  test.each([
    ['an empty line', ''],
    ['too few values', '2026-11-27,2500,1'],
    ['too many values', '2026-11-27,2500,1,3,9'],
    ['two lines', '2026-11-27,2500,1,3\r\n2026-11-27,2500,1,3'],
    ['a record instead of a header', '"1","7000012050002","01","0","2015-11-02"'],
    ['an HTML error page', '<html><body>Forbidden</body></html>'],
    ['an unclosed quote', '"2026-11-27,2500,1,3'],
    ['a date in another format', '2026/11/27,2500,1,3'],
    ['a date that does not exist', '2026-02-30,2500,1,3'],
    ['an empty date', ',2500,1,3'],
    ['a negative total', '2026-11-27,-1,1,3'],
    ['a fractional total', '2026-11-27,2.5,1,3'],
    ['a total that is not a number', '2026-11-27,many,1,3'],
    ['an empty page number', '2026-11-27,2500,,3'],
    ['page 0 of 3', '2026-11-27,2500,0,3'],
    ['a page past the last', '2026-11-27,2500,4,3'],
    ['no pages for some records', '2026-11-27,2500,0,0'],
  ])('rejects %s with a typed error', (_label, line) => {
    expect(() => parseNtaDiffHeader(line)).toThrow(NtaDiffHeaderError);
  });

  test('names the problem in Japanese and carries a stable code', () => {
    const error = catchError(() => parseNtaDiffHeader('2026-11-27,2500,4,3'));
    expect(error).toMatchObject({ code: 'YUCHI_NTA_DIFF_HEADER_MALFORMED' });
    expect((error as Error).message).toContain('分割番号4が分割数3');
  });

  test('quotes only the start of a long malformed line', () => {
    const error = catchError(() => parseNtaDiffHeader(`${'x'.repeat(5000)},1`));
    expect((error as Error).message.length).toBeLessThan(200);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
