// One record of a 法人番号公表サイト download (全件 or 差分, CSV, no header) checked column by column and turned into
// typed fields. Every problem found is reported with the line and a message in Japanese that says what to do;
// a bad line is skipped by the importer, never half-applied.
import { isValidCorporateNumber } from './corporate-number.validator.ts';

export const NTA_COLUMN_COUNT = 30;

export const NTA_PROCESS_CODES = {
  '01': '新規',
  '11': '商号又は名称の変更',
  '12': '国内所在地の変更',
  '13': '国外所在地の変更',
  '21': '登記記録の閉鎖等',
  '22': '登記記録の復活等',
  '71': '吸収合併',
  '72': '吸収合併無効',
  '81': '商号の登記の抹消',
  '99': '削除',
} as const;

export const NTA_CORPORATE_KINDS = {
  '101': '国の機関',
  '201': '地方公共団体',
  '301': '株式会社',
  '302': '有限会社',
  '303': '合名会社',
  '304': '合資会社',
  '305': '合同会社',
  '399': 'その他の設立登記法人',
  '401': '外国会社等',
  '499': 'その他',
} as const;

export const NTA_CLOSE_CAUSES = {
  '01': '清算の結了等',
  '11': '合併による解散等',
  '21': '登記官による閉鎖',
  '31': 'その他の清算の結了等',
} as const;

export type NtaProcessCode = keyof typeof NTA_PROCESS_CODES;
export type NtaCorporateKind = keyof typeof NTA_CORPORATE_KINDS;
export type NtaCloseCause = keyof typeof NTA_CLOSE_CAUSES;

// Listed up front so the importer and its docs can name every way a line can fail.
export const NTA_RECORD_ERRORS = {
  NTA_COLUMN_COUNT: '列の数が30ではない',
  NTA_BAD_ENCODING: '文字化け（U+FFFD）を含む',
  NTA_BAD_CORPORATE_NUMBER: '法人番号・承継先法人番号が13桁でない、または検査数字が合わない',
  NTA_UNKNOWN_CODE: '処理区分・訂正区分・法人種別・閉鎖等の事由・最新履歴・検索対象除外が定義外',
  NTA_BAD_DATE: '日付がYYYY-MM-DDの実在する日でない',
  NTA_BAD_PREFECTURE_CODE: '都道府県コードが01〜47でない',
  NTA_BAD_VALUE: '一連番号・市区町村コード・郵便番号の形が違う',
  NTA_MISSING_VALUE: '必須の項目（一連番号、更新年月日、商号又は名称）が空',
} as const;

export type NtaRecordErrorCode = keyof typeof NTA_RECORD_ERRORS;

export interface NtaRecordError {
  line: number;
  code: NtaRecordErrorCode;
  message: string;
}

export interface NtaRecord {
  sequence: number;
  corporateNumber: string;
  process: NtaProcessCode;
  isCorrection: boolean;
  updateDate: string;
  changeDate: string | null;
  name: string;
  nameImageId: string | null;
  kind: NtaCorporateKind;
  prefectureName: string | null;
  cityName: string | null;
  streetNumber: string | null;
  addressImageId: string | null;
  prefectureCode: string | null;
  // The 3 digits the NTA gives, and our 5-digit code (prefecture + those 3); null when either part is missing.
  cityCode3: string | null;
  cityCode5: string | null;
  // 'NNN-NNNN'
  postalCode: string | null;
  addressOutside: string | null;
  addressOutsideImageId: string | null;
  closeDate: string | null;
  closeCause: NtaCloseCause | null;
  successorCorporateNumber: string | null;
  changeCause: string | null;
  assignmentDate: string | null;
  isLatest: boolean;
  enName: string | null;
  enPrefectureName: string | null;
  enAddress: string | null;
  enAddressOutside: string | null;
  furigana: string | null;
  isSearchExcluded: boolean;
}

export type NtaRecordResult = { ok: true; record: NtaRecord } | { ok: false; error: NtaRecordError };

// Column positions, 0-based, in the order of the NTA resource definition.
const COLUMN = {
  sequence: 0,
  corporateNumber: 1,
  process: 2,
  correct: 3,
  updateDate: 4,
  changeDate: 5,
  name: 6,
  nameImageId: 7,
  kind: 8,
  prefectureName: 9,
  cityName: 10,
  streetNumber: 11,
  addressImageId: 12,
  prefectureCode: 13,
  cityCode: 14,
  postCode: 15,
  addressOutside: 16,
  addressOutsideImageId: 17,
  closeDate: 18,
  closeCause: 19,
  successorCorporateNumber: 20,
  changeCause: 21,
  assignmentDate: 22,
  latest: 23,
  enName: 24,
  enPrefectureName: 25,
  enAddress: 26,
  enAddressOutside: 27,
  furigana: 28,
  hihyoji: 29,
} as const;

const COLUMN_LABELS: readonly string[] = [
  '一連番号', '法人番号', '処理区分', '訂正区分', '更新年月日', '変更年月日', '商号又は名称', '商号又は名称イメージID', '法人種別',
  '国内所在地（都道府県）', '国内所在地（市区町村）', '国内所在地（丁目番地等）', '国内所在地イメージID', '都道府県コード',
  '市区町村コード', '郵便番号', '国外所在地', '国外所在地イメージID', '登記記録の閉鎖等年月日', '登記記録の閉鎖等の事由',
  '承継先法人番号', '変更事由の詳細', '法人番号指定年月日', '最新履歴', '商号又は名称（英語表記）', '国内所在地（都道府県）（英語表記）',
  '国内所在地（市区町村丁目番地等）（英語表記）', '国外所在地（英語表記）', 'フリガナ', '検索対象除外',
];

const FLAGS = { '0': false, '1': true } as const;
const SEQUENCE = /^[0-9]{1,10}$/;
const CITY_CODE = /^[0-9]{3}$/;
const POST_CODE = /^[0-9]{7}$/;
const PREFECTURE_CODE = /^(0[1-9]|[1-3][0-9]|4[0-7])$/;
const REPLACEMENT_CHARACTER = '\uFFFD';

// Thrown inside this file only, so each check reads as one line; turned into a result at the end.
class RecordProblem extends Error {
  readonly code: NtaRecordErrorCode;

  constructor(code: NtaRecordErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

const hasKey = <T extends object>(table: T, key: string): key is Extract<keyof T, string> => Object.hasOwn(table, key);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const HYPHEN = 0x2d;

// The digits of value[from, to) as a number, or -1 if any is not 0-9.
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = value.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

// Checked digit by digit rather than through Date: it runs for every date of millions of records.
export function isRealDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== HYPHEN || value.charCodeAt(7) !== HYPHEN) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  // Years 0–99 have never been accepted (Date.UTC, used before, reads them as 1900–1999).
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

function reader(fields: readonly string[], line: number) {
  const raw = (column: number): string => fields[column] ?? '';
  const label = (column: number): string => COLUMN_LABELS[column] ?? `${column + 1}列目`;
  const optional = (column: number): string | null => (raw(column) === '' ? null : raw(column));

  const required = (column: number): string => {
    const value = raw(column);
    if (value === '') {
      throw new RecordProblem('NTA_MISSING_VALUE', `${line}行目: ${label(column)}が空です。国税庁のファイルをそのまま取り込んでください（編集した場合は値を戻してください）。`);
    }
    return value;
  };

  const code = <T extends object>(column: number, table: T): Extract<keyof T, string> => {
    const value = raw(column);
    if (!hasKey(table, value)) {
      const known = Object.keys(table).join('・');
      throw new RecordProblem(
        'NTA_UNKNOWN_CODE',
        `${line}行目: ${label(column)}「${value}」は定義にないコードです（${known}のいずれか）。国税庁の法人番号公表サイトのCSVか確認してください。`,
      );
    }
    return value;
  };

  const optionalCode = <T extends object>(column: number, table: T): Extract<keyof T, string> | null =>
    raw(column) === '' ? null : code(column, table);

  const date = (column: number): string | null => {
    const value = optional(column);
    if (value !== null && !isRealDate(value)) {
      throw new RecordProblem('NTA_BAD_DATE', `${line}行目: ${label(column)}「${value}」は実在する日付（YYYY-MM-DD）ではありません。ファイルが壊れていないか確認してください。`);
    }
    return value;
  };

  const corporateNumber = (column: number): string | null => {
    const value = optional(column);
    if (value === null) return null;
    if (!/^[0-9]{13}$/.test(value)) {
      throw new RecordProblem('NTA_BAD_CORPORATE_NUMBER', `${line}行目: ${label(column)}「${value}」は13桁の半角数字ではありません。ファイルが壊れていないか確認してください。`);
    }
    if (!isValidCorporateNumber(value)) {
      throw new RecordProblem('NTA_BAD_CORPORATE_NUMBER', `${line}行目: ${label(column)}「${value}」の検査数字が一致しません。ファイルが壊れていないか確認してください。`);
    }
    return value;
  };

  const matching = (column: number, pattern: RegExp, expected: string, problem: NtaRecordErrorCode = 'NTA_BAD_VALUE'): string | null => {
    const value = optional(column);
    if (value !== null && !pattern.test(value)) {
      throw new RecordProblem(problem, `${line}行目: ${label(column)}「${value}」は${expected}ではありません。ファイルが壊れていないか確認してください。`);
    }
    return value;
  };

  return { raw, optional, required, code, optionalCode, date, corporateNumber, matching };
}

function readRecord(fields: readonly string[], line: number): NtaRecord {
  // Checked first: a Shift-JIS file read as UTF-8 fails every other check in ways that hide the real cause.
  const garbled = fields.findIndex((field) => field.includes(REPLACEMENT_CHARACTER));
  if (garbled !== -1) {
    throw new RecordProblem(
      'NTA_BAD_ENCODING',
      `${line}行目: ${COLUMN_LABELS[garbled] ?? `${garbled + 1}列目`}が文字化けしています（�）。文字コードの判定に失敗した可能性があります。Unicode版のCSVをダウンロードし直して取り込んでください。`,
    );
  }
  if (fields.length !== NTA_COLUMN_COUNT) {
    throw new RecordProblem(
      'NTA_COLUMN_COUNT',
      `${line}行目: 列の数が${fields.length}です（${NTA_COLUMN_COUNT}列のはずです）。法人番号公表サイトの基本3情報CSVを、編集せずにそのまま指定してください。`,
    );
  }

  const read = reader(fields, line);
  const corporateNumber = read.corporateNumber(COLUMN.corporateNumber);
  if (corporateNumber === null) {
    throw new RecordProblem('NTA_BAD_CORPORATE_NUMBER', `${line}行目: 法人番号が空です。ファイルが壊れていないか確認してください。`);
  }
  const sequence = read.matching(COLUMN.sequence, SEQUENCE, '半角数字') ?? read.required(COLUMN.sequence);
  const process = read.code(COLUMN.process, NTA_PROCESS_CODES);
  const isCorrection = FLAGS[read.code(COLUMN.correct, FLAGS)];
  const updateDate = read.date(COLUMN.updateDate) ?? read.required(COLUMN.updateDate);
  const changeDate = read.date(COLUMN.changeDate);
  const name = read.required(COLUMN.name);
  const kind = read.code(COLUMN.kind, NTA_CORPORATE_KINDS);
  const prefectureCode = read.matching(COLUMN.prefectureCode, PREFECTURE_CODE, '01〜47の都道府県コード', 'NTA_BAD_PREFECTURE_CODE');
  const cityCode3 = read.matching(COLUMN.cityCode, CITY_CODE, '3桁の半角数字');
  const postCode = read.matching(COLUMN.postCode, POST_CODE, '7桁の半角数字');
  const closeDate = read.date(COLUMN.closeDate);
  const closeCause = read.optionalCode(COLUMN.closeCause, NTA_CLOSE_CAUSES);
  const successorCorporateNumber = read.corporateNumber(COLUMN.successorCorporateNumber);
  const assignmentDate = read.date(COLUMN.assignmentDate);
  const isLatest = FLAGS[read.code(COLUMN.latest, FLAGS)];
  // Older files leave 検索対象除外 empty; empty means searchable.
  const hihyoji = read.optionalCode(COLUMN.hihyoji, FLAGS);

  return {
    sequence: Number(sequence),
    corporateNumber,
    process,
    isCorrection,
    updateDate,
    changeDate,
    name,
    nameImageId: read.optional(COLUMN.nameImageId),
    kind,
    prefectureName: read.optional(COLUMN.prefectureName),
    cityName: read.optional(COLUMN.cityName),
    streetNumber: read.optional(COLUMN.streetNumber),
    addressImageId: read.optional(COLUMN.addressImageId),
    prefectureCode,
    cityCode3,
    cityCode5: prefectureCode === null || cityCode3 === null ? null : `${prefectureCode}${cityCode3}`,
    postalCode: postCode === null ? null : `${postCode.slice(0, 3)}-${postCode.slice(3)}`,
    addressOutside: read.optional(COLUMN.addressOutside),
    addressOutsideImageId: read.optional(COLUMN.addressOutsideImageId),
    closeDate,
    closeCause,
    successorCorporateNumber,
    changeCause: read.optional(COLUMN.changeCause),
    assignmentDate,
    isLatest,
    enName: read.optional(COLUMN.enName),
    enPrefectureName: read.optional(COLUMN.enPrefectureName),
    enAddress: read.optional(COLUMN.enAddress),
    enAddressOutside: read.optional(COLUMN.enAddressOutside),
    furigana: read.optional(COLUMN.furigana),
    isSearchExcluded: hihyoji === null ? false : FLAGS[hihyoji],
  };
}

export function mapNtaRecord(fields: readonly string[], lineNumber: number): NtaRecordResult {
  try {
    return { ok: true, record: readRecord(fields, lineNumber) };
  } catch (error) {
    if (error instanceof RecordProblem) return { ok: false, error: { line: lineNumber, code: error.code, message: error.message } };
    throw error;
  }
}
