import { describe, expect, test } from 'vitest';
import { CsvRecordSplitter, CsvSplitError, splitCsvRecords } from './nta-csv-line.parser.ts';

const NTA_LINE = '"1","7000012050002","01","0","2015-11-02","2015-10-05","国税庁","","101","東京都","千代田区","霞が関３丁目１－１","","13","101","1008978","","","","","","","2015-10-05","1","National Tax Agency","Tokyo","3-1-1, Kasumigaseki, Chiyoda ku","","コクゼイチョウ","0"\r\n';

describe('splitCsvRecords', () => {
  test.each([
    ['plain fields', 'a,b,c\n', [['a', 'b', 'c']]],
    ['quoted fields', '"a","b","c"\n', [['a', 'b', 'c']]],
    ['a comma inside quotes', '"株式会社A,B","x"\n', [['株式会社A,B', 'x']]],
    ['a doubled quote inside quotes', '"say ""hi""","x"\n', [['say "hi"', 'x']]],
    ['a field that is only a quote', '""""\n', [['"']]],
    ['an empty quoted field', '"",""\n', [['', '']]],
    ['empty unquoted fields', ',,\n', [['', '', '']]],
    ['a trailing comma', 'a,\n', [['a', '']]],
    ['CR LF line ends', 'a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
    ['LF line ends', 'a,b\nc,d\n', [['a', 'b'], ['c', 'd']]],
    ['lone CR line ends', 'a,b\rc,d\r', [['a', 'b'], ['c', 'd']]],
    ['no line end after the last record', 'a,b\nc,d', [['a', 'b'], ['c', 'd']]],
    ['a quoted field running over a CR LF', '"line 1\r\nline 2",x\r\n', [['line 1\r\nline 2', 'x']]],
    ['a quoted field running over an LF', '"a\nb\nc"\n', [['a\nb\nc']]],
    ['blank lines between records', 'a\n\n\r\n\rb\n', [['a'], ['b']]],
    ['a quote inside an unquoted field, kept as text', 'ab"c,d\n', [['ab"c', 'd']]],
    ['text after a closing quote, appended', '"ab"c,d\n', [['abc', 'd']]],
    ['a byte order mark at the start', '\uFEFF"a","b"\n', [['a', 'b']]],
    ['a byte order mark later on, kept', 'a\n\uFEFFb\n', [['a'], ['\uFEFFb']]],
    ['an empty input', '', []],
    ['only line ends', '\r\n\r\n', []],
    ['a line of one quoted empty field', '""\r\n', [['']]],
    ['an NTA record', NTA_LINE, [[
      '1', '7000012050002', '01', '0', '2015-11-02', '2015-10-05', '国税庁', '', '101', '東京都', '千代田区', '霞が関３丁目１－１', '',
      '13', '101', '1008978', '', '', '', '', '', '', '2015-10-05', '1', 'National Tax Agency', 'Tokyo', '3-1-1, Kasumigaseki, Chiyoda ku',
      '', 'コクゼイチョウ', '0',
    ]]],
  ])('reads %s', (_label, text, records) => {
    expect(splitCsvRecords(text)).toEqual(records);
  });

  test('throws when a quote is still open at the end, naming the line it opened on', () => {
    const error = catchError(() => splitCsvRecords('"a","b"\r\n"c","d\r\ne\r\n'));
    expect(error).toBeInstanceOf(CsvSplitError);
    expect(error).toMatchObject({ code: 'CSV_UNCLOSED_QUOTE', line: 2 });
    expect((error as Error).message).toContain('2行目');
  });

  test('throws rather than read an overlong field into memory', () => {
    const error = catchError(() => splitCsvRecords(`"${'x'.repeat(50)}`, { maxFieldLength: 20 }));
    expect(error).toMatchObject({ code: 'CSV_FIELD_TOO_LONG', line: 1 });
  });
});

describe('CsvRecordSplitter', () => {
  const TRICKY_TEXT = [
    '\uFEFF"1","a,b","say ""hi"""\r\n',
    '"2","multi\r\nline","x"\r\n',
    '\r\n',
    'plain,"",\n',
    '"3","ab"c,"",""""\r',
    '"4",lone CR ends the line above\r\n',
    NTA_LINE,
    '"5","last line without a line end"',
  ].join('');

  test('gives the same records however the text is cut into two chunks', () => {
    const whole = splitCsvRecords(TRICKY_TEXT);
    expect(whole).toHaveLength(7);
    for (let cut = 0; cut <= TRICKY_TEXT.length; cut += 1) {
      const splitter = new CsvRecordSplitter();
      const records = [...splitter.push(TRICKY_TEXT.slice(0, cut)), ...splitter.push(TRICKY_TEXT.slice(cut)), ...splitter.end()];
      expect(records, `cut at ${cut}`).toEqual(whole);
    }
  });

  test('gives the same records when fed one character at a time', () => {
    const splitter = new CsvRecordSplitter();
    const records: string[][] = [];
    for (const char of TRICKY_TEXT) records.push(...splitter.push(char));
    records.push(...splitter.end());
    expect(records).toEqual(splitCsvRecords(TRICKY_TEXT));
  });

  test('returns records as soon as their line ends, not at the end of the input', () => {
    const splitter = new CsvRecordSplitter();
    expect(splitter.push('"a","b"\r\n"c"')).toEqual([['a', 'b']]);
    expect(splitter.push(',"d"\r\n')).toEqual([['c', 'd']]);
    expect(splitter.end()).toEqual([]);
  });

  test('ignores empty chunks', () => {
    const splitter = new CsvRecordSplitter();
    expect(splitter.push('')).toEqual([]);
    expect(splitter.push('\uFEFFa\n')).toEqual([['a']]);
    expect(splitter.push('')).toEqual([]);
    expect(splitter.end()).toEqual([]);
  });

  test('can read a second input after end()', () => {
    const splitter = new CsvRecordSplitter();
    splitter.push('"a","b');
    expect(splitter.end.bind(splitter)).toThrow(CsvSplitError);
    expect([...splitter.push('\uFEFFc,d\n'), ...splitter.end()]).toEqual([['c', 'd']]);
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
