// Reads the first line of a 法人番号システム Web-API CSV answer: 最終更新年月日,総件数,分割番号,分割数 as values
// (e.g. 2026-11-27,2500,1,3, fields possibly quoted). Everything after it is records in the download-file layout.
import { splitCsvRecords } from './nta-csv-line.parser.ts';
import { isRealDate } from './nta-record.mapper.ts';

export interface NtaDiffHeader {
  lastUpdate: string;
  totalCount: number;
  divide: number;
  divideSize: number;
}

export class NtaDiffHeaderError extends Error {
  readonly code = 'YUCHI_NTA_DIFF_HEADER_MALFORMED';

  constructor(reason: string) {
    super(`法人番号 Web-API の応答の先頭行（最終更新年月日,総件数,分割番号,分割数）が読めません: ${reason}`);
    this.name = 'NtaDiffHeaderError';
  }
}

const COUNT = /^[0-9]{1,9}$/;
const HEADER_FIELDS = 4;
// Longer than any real header; keeps a body without line breaks out of the error message.
const MAX_QUOTED = 60;

const quote = (text: string): string => (text.length > MAX_QUOTED ? `「${text.slice(0, MAX_QUOTED)}…」` : `「${text}」`);

function count(value: string, label: string): number {
  if (!COUNT.test(value)) throw new NtaDiffHeaderError(`${label}${quote(value)}が0以上の整数ではありません`);
  return Number(value);
}

export function parseNtaDiffHeader(line: string): NtaDiffHeader {
  let records: string[][];
  try {
    records = splitCsvRecords(line.trim());
  } catch {
    throw new NtaDiffHeaderError(`${quote(line)}はCSVとして読めません`);
  }
  const fields = records[0]?.map((field) => field.trim());
  if (records.length !== 1 || fields?.length !== HEADER_FIELDS) {
    throw new NtaDiffHeaderError(`${quote(line)}は4項目の1行ではありません`);
  }
  const [lastUpdate = '', total = '', divideText = '', sizeText = ''] = fields;
  if (!isRealDate(lastUpdate)) throw new NtaDiffHeaderError(`最終更新年月日${quote(lastUpdate)}がYYYY-MM-DD形式の日付ではありません`);
  const totalCount = count(total, '総件数');
  const divide = count(divideText, '分割番号');
  const divideSize = count(sizeText, '分割数');
  // The specification does not say how an empty result numbers its pages, so 0 of 0 is accepted for 0 records.
  const emptyResult = totalCount === 0 && divide === 0 && divideSize === 0;
  if (!emptyResult && (divide < 1 || divide > divideSize)) {
    throw new NtaDiffHeaderError(`分割番号${divide}が分割数${divideSize}の範囲（1〜${divideSize}）にありません`);
  }
  return { lastUpdate, totalCount, divide, divideSize };
}
