import { describe, expect, test } from 'vitest';
import { isRealDate, mapNtaRecord, NTA_RECORD_ERRORS, type NtaRecord } from './nta-record.mapper.ts';

// 国税庁's own record, as the download has it.
const VALID: readonly string[] = [
  '1', '7000012050002', '01', '0', '2015-11-02', '2015-10-05', '国税庁', '', '101', '東京都', '千代田区', '霞が関３丁目１－１', '',
  '13', '101', '1008978', '', '', '', '', '', '', '2015-10-05', '1', 'National Tax Agency', 'Tokyo', '3-1-1, Kasumigaseki, Chiyoda ku',
  '', 'コクゼイチョウ', '0',
];

function withColumns(changes: Readonly<Record<number, string>>): string[] {
  return VALID.map((value, index) => changes[index] ?? value);
}

function recordOf(fields: readonly string[]): NtaRecord {
  const result = mapNtaRecord(fields, 1);
  if (!result.ok) throw new Error(result.error.message);
  return result.record;
}

describe('mapNtaRecord', () => {
  test('reads a valid line into typed camelCase fields', () => {
    expect(mapNtaRecord(VALID, 3)).toEqual({
      ok: true,
      record: {
        sequence: 1,
        corporateNumber: '7000012050002',
        process: '01',
        isCorrection: false,
        updateDate: '2015-11-02',
        changeDate: '2015-10-05',
        name: '国税庁',
        nameImageId: null,
        kind: '101',
        prefectureName: '東京都',
        cityName: '千代田区',
        streetNumber: '霞が関３丁目１－１',
        addressImageId: null,
        prefectureCode: '13',
        cityCode3: '101',
        cityCode5: '13101',
        postalCode: '100-8978',
        addressOutside: null,
        addressOutsideImageId: null,
        closeDate: null,
        closeCause: null,
        successorCorporateNumber: null,
        changeCause: null,
        assignmentDate: '2015-10-05',
        isLatest: true,
        enName: 'National Tax Agency',
        enPrefectureName: 'Tokyo',
        enAddress: '3-1-1, Kasumigaseki, Chiyoda ku',
        enAddressOutside: null,
        furigana: 'コクゼイチョウ',
        isSearchExcluded: false,
      },
    });
  });

  test('reads a closed, merged company with its successor', () => {
    const record = recordOf(withColumns({ 2: '71', 18: '2024-02-29', 19: '11', 20: '2021001052596', 21: '合併による解散' }));
    expect(record).toMatchObject({ process: '71', closeDate: '2024-02-29', closeCause: '11', successorCorporateNumber: '2021001052596', changeCause: '合併による解散' });
  });

  test('reads the flags: a correction, a past entry, a company excluded from search', () => {
    expect(recordOf(withColumns({ 3: '1', 23: '0', 29: '1' }))).toMatchObject({ isCorrection: true, isLatest: false, isSearchExcluded: true });
  });

  test('treats an empty 検索対象除外 (older files) as searchable', () => {
    expect(recordOf(withColumns({ 29: '' })).isSearchExcluded).toBe(false);
  });

  test('leaves cityCode5 null when the prefecture code or the city code is missing', () => {
    expect(recordOf(withColumns({ 13: '' }))).toMatchObject({ prefectureCode: null, cityCode3: '101', cityCode5: null });
    expect(recordOf(withColumns({ 14: '' }))).toMatchObject({ prefectureCode: '13', cityCode3: null, cityCode5: null });
  });

  test('leaves postalCode null when there is none', () => {
    expect(recordOf(withColumns({ 15: '' })).postalCode).toBeNull();
  });

  test('keeps commas and quotes inside a name', () => {
    expect(recordOf(withColumns({ 6: '株式会社"A,B"' })).name).toBe('株式会社"A,B"');
  });

  test.each([
    ['29 columns', VALID.slice(0, 29), 'NTA_COLUMN_COUNT', '7行目: 列の数が29です'],
    ['31 columns', [...VALID, ''], 'NTA_COLUMN_COUNT', '列の数が31です'],
    ['no columns', [], 'NTA_COLUMN_COUNT', '列の数が0です'],
    ['a Shift-JIS name read as UTF-8', withColumns({ 6: '\uFFFD\uFFFD\uFFFD' }), 'NTA_BAD_ENCODING', '商号又は名称が文字化けしています'],
    ['a garbled line with the wrong column count', ['\uFFFD'], 'NTA_BAD_ENCODING', 'Unicode版のCSVをダウンロードし直して'],
    ['an empty corporate number', withColumns({ 1: '' }), 'NTA_BAD_CORPORATE_NUMBER', '法人番号が空です'],
    ['a 12-digit corporate number', withColumns({ 1: '000012050002' }), 'NTA_BAD_CORPORATE_NUMBER', '13桁の半角数字ではありません'],
    ['full-width digits in the corporate number', withColumns({ 1: '７０００００１２０５０００２' }), 'NTA_BAD_CORPORATE_NUMBER', '13桁の半角数字ではありません'],
    ['a wrong check digit', withColumns({ 1: '8000012050002' }), 'NTA_BAD_CORPORATE_NUMBER', '7行目: 法人番号「8000012050002」の検査数字が一致しません'],
    ['a successor with a wrong check digit', withColumns({ 20: '3021001052596' }), 'NTA_BAD_CORPORATE_NUMBER', '承継先法人番号「3021001052596」の検査数字'],
    ['a successor that is not 13 digits', withColumns({ 20: '21001052596' }), 'NTA_BAD_CORPORATE_NUMBER', '承継先法人番号「21001052596」は13桁'],
    ['an unknown process code', withColumns({ 2: '05' }), 'NTA_UNKNOWN_CODE', '処理区分「05」は定義にないコードです'],
    ['a process code without its leading zero', withColumns({ 2: '1' }), 'NTA_UNKNOWN_CODE', '処理区分「1」'],
    ['an empty process code', withColumns({ 2: '' }), 'NTA_UNKNOWN_CODE', '処理区分「」'],
    ['an unknown correction flag', withColumns({ 3: '2' }), 'NTA_UNKNOWN_CODE', '訂正区分「2」'],
    ['an unknown corporate kind', withColumns({ 8: '300' }), 'NTA_UNKNOWN_CODE', '法人種別「300」は定義にないコードです（101・201・301'],
    ['an unknown close cause', withColumns({ 19: '02' }), 'NTA_UNKNOWN_CODE', '登記記録の閉鎖等の事由「02」'],
    ['an unknown latest flag', withColumns({ 23: '' }), 'NTA_UNKNOWN_CODE', '最新履歴「」'],
    ['an unknown 検索対象除外 flag', withColumns({ 29: '2' }), 'NTA_UNKNOWN_CODE', '検索対象除外「2」'],
    ['a key inherited from Object', withColumns({ 8: 'toString' }), 'NTA_UNKNOWN_CODE', '法人種別「toString」'],
    ['30 February', withColumns({ 4: '2024-02-30' }), 'NTA_BAD_DATE', '更新年月日「2024-02-30」は実在する日付'],
    ['29 February in a common year', withColumns({ 5: '2023-02-29' }), 'NTA_BAD_DATE', '変更年月日「2023-02-29」'],
    ['month 13', withColumns({ 18: '2024-13-01' }), 'NTA_BAD_DATE', '登記記録の閉鎖等年月日「2024-13-01」'],
    ['a date with slashes', withColumns({ 22: '2015/10/05' }), 'NTA_BAD_DATE', '法人番号指定年月日「2015/10/05」'],
    ['a date without leading zeros', withColumns({ 4: '2015-1-5' }), 'NTA_BAD_DATE', '更新年月日「2015-1-5」'],
    ['prefecture code 00', withColumns({ 13: '00' }), 'NTA_BAD_PREFECTURE_CODE', '都道府県コード「00」は01〜47の都道府県コードではありません'],
    ['prefecture code 48', withColumns({ 13: '48' }), 'NTA_BAD_PREFECTURE_CODE', '都道府県コード「48」'],
    ['a one-digit prefecture code', withColumns({ 13: '1' }), 'NTA_BAD_PREFECTURE_CODE', '都道府県コード「1」'],
    ['a 5-digit city code', withColumns({ 14: '13101' }), 'NTA_BAD_VALUE', '市区町村コード「13101」は3桁の半角数字ではありません'],
    ['a hyphenated post code', withColumns({ 15: '100-8978' }), 'NTA_BAD_VALUE', '郵便番号「100-8978」は7桁の半角数字ではありません'],
    ['a sequence that is not a number', withColumns({ 0: 'x' }), 'NTA_BAD_VALUE', '一連番号「x」'],
    ['an empty sequence', withColumns({ 0: '' }), 'NTA_MISSING_VALUE', '一連番号が空です'],
    ['an empty update date', withColumns({ 4: '' }), 'NTA_MISSING_VALUE', '更新年月日が空です'],
    ['an empty name', withColumns({ 6: '' }), 'NTA_MISSING_VALUE', '商号又は名称が空です'],
  ])('rejects %s with %s', (_label, fields, code, message) => {
    const result = mapNtaRecord(fields, 7);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ line: 7, code });
    expect(result.error.message).toContain(message);
    expect(result.error.message.startsWith('7行目: ')).toBe(true);
  });

  test('has a description for every error code it can return', () => {
    expect(Object.keys(NTA_RECORD_ERRORS).sort()).toEqual([
      'NTA_BAD_CORPORATE_NUMBER', 'NTA_BAD_DATE', 'NTA_BAD_ENCODING', 'NTA_BAD_PREFECTURE_CODE', 'NTA_BAD_VALUE', 'NTA_COLUMN_COUNT',
      'NTA_MISSING_VALUE', 'NTA_UNKNOWN_CODE',
    ]);
  });
});

describe('isRealDate', () => {
  test.each(['2024-02-29', '2000-02-29', '2400-02-29', '2015-10-05', '1899-12-31', '2024-12-31'])('accepts %s', (value) => {
    expect(isRealDate(value)).toBe(true);
  });

  test.each(['2024-02-30', '1900-02-29', '2100-02-29', '2024-04-31', '2024-00-10', '2024-13-01', '2024-01-00', '2024-01-32', '20240101', '2024-01-01T00:00', '2024-1-01', '２０２４-01-01', '2024/01/01', '0099-01-01', ''])('rejects %s', (value) => {
    expect(isRealDate(value)).toBe(false);
  });
});
