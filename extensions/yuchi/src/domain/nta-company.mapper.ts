// What one 法人番号 record means for our companies row: the column values to write, plus what the importer must
// know beyond them (a deletion, an erased trade name), and a one-line Japanese summary for the change history.
import { NTA_CLOSE_CAUSES, type NtaCloseCause, type NtaCorporateKind, type NtaProcessCode, type NtaRecord } from './nta-record.mapper.ts';

export type CompanyStatus = 'active' | 'closed';

// Keyed by the companies column names.
export interface CompanyValues {
  corporate_number: string;
  name: string;
  name_kana: string | null;
  name_en: string | null;
  corporate_kind: NtaCorporateKind;
  prefecture_code: string | null;
  city_code: string | null;
  address: string | null;
  postal_code: string | null;
  status: CompanyStatus;
  closed_on: string | null;
  close_reason: NtaCloseCause | null;
  successor_corporate_number: string | null;
  is_search_excluded: boolean;
  source: 'nta';
  source_updated_at: string;
}

export interface CompanyPatchMeta {
  process: NtaProcessCode;
  isCorrection: boolean;
  // 99: the NTA withdrew the record; the row stays for its history but reads as closed.
  deleted: boolean;
  // 81: the trade name's registration was erased; the name is kept so the company can still be found.
  nameErased: boolean;
}

export interface CompanyPatch {
  values: CompanyValues;
  meta: CompanyPatchMeta;
}

export interface PreviousCompany {
  name: string;
  address: string | null;
}

interface Closure {
  status: CompanyStatus;
  closed_on: string | null;
  close_reason: NtaCloseCause | null;
  successor_corporate_number: string | null;
}

const MERGER_CLOSE_CAUSE: NtaCloseCause = '11';
const OPEN: Closure = { status: 'active', closed_on: null, close_reason: null, successor_corporate_number: null };

// The download has no address column of its own for overseas bodies' head offices, only 国外所在地.
export function ntaAddress(record: NtaRecord): string | null {
  const domestic = [record.prefectureName, record.cityName, record.streetNumber].filter((part) => part !== null).join('');
  if (domestic !== '') return domestic;
  return record.addressOutside;
}

function closureOf(record: NtaRecord): Closure {
  const closedOn = record.closeDate ?? record.changeDate;
  switch (record.process) {
    case '21':
      return { status: 'closed', closed_on: closedOn, close_reason: record.closeCause, successor_corporate_number: record.successorCorporateNumber };
    case '71':
      // The absorbed company's record: it is dissolved by the merger, whatever 事由 the line carries.
      return { status: 'closed', closed_on: closedOn, close_reason: MERGER_CLOSE_CAUSE, successor_corporate_number: record.successorCorporateNumber };
    case '22':
    case '72':
      return OPEN;
    case '99':
      return { status: 'closed', closed_on: closedOn, close_reason: null, successor_corporate_number: null };
    default:
      // Renames, moves and corrections can reach a company closed earlier: the closure columns still tell.
      if (record.closeDate === null && record.closeCause === null) return OPEN;
      return { status: 'closed', closed_on: closedOn, close_reason: record.closeCause, successor_corporate_number: record.successorCorporateNumber };
  }
}

// The NTA date is a calendar day in Japan; midnight JST is the moment it stands for. A file holds a few thousand
// distinct days across millions of records, so each is worked out once.
const JST_MIDNIGHTS = new Map<string, string>();
const MAX_REMEMBERED_DAYS = 100_000;

function jstMidnight(date: string): string {
  let moment = JST_MIDNIGHTS.get(date);
  if (moment === undefined) {
    if (JST_MIDNIGHTS.size >= MAX_REMEMBERED_DAYS) JST_MIDNIGHTS.clear();
    moment = new Date(`${date}T00:00:00+09:00`).toISOString();
    JST_MIDNIGHTS.set(date, moment);
  }
  return moment;
}

export function companyChangesFromNta(record: NtaRecord): CompanyPatch {
  return {
    values: {
      corporate_number: record.corporateNumber,
      name: record.name,
      name_kana: record.furigana,
      name_en: record.enName,
      corporate_kind: record.kind,
      prefecture_code: record.prefectureCode,
      city_code: record.cityCode5,
      address: ntaAddress(record),
      postal_code: record.postalCode,
      ...closureOf(record),
      is_search_excluded: record.isSearchExcluded,
      source: 'nta',
      source_updated_at: jstMidnight(record.updateDate),
    },
    meta: {
      process: record.process,
      isCorrection: record.isCorrection,
      deleted: record.process === '99',
      nameErased: record.process === '81',
    },
  };
}

// Without a known old value (or when it did not change) only the new one is shown.
function beforeAfter(before: string | null | undefined, after: string | null): string {
  const shown = after ?? '（なし）';
  return before === undefined || before === null || before === after ? shown : `${before} → ${shown}`;
}

function detailOf(record: NtaRecord, previous: PreviousCompany | null): string {
  const reason = record.closeCause === null ? null : NTA_CLOSE_CAUSES[record.closeCause];
  switch (record.process) {
    case '01':
      return `法人番号の指定: ${record.name}`;
    case '11':
      return `商号変更: ${beforeAfter(previous?.name, record.name)}`;
    case '12':
      return `所在地変更: ${beforeAfter(previous?.address, ntaAddress(record))}`;
    case '13':
      // previous.address is the domestic one for most companies, so only the new overseas address is shown.
      return `国外所在地変更: ${record.addressOutside ?? '（なし）'}`;
    case '21':
      return `登記記録の閉鎖: ${reason ?? '事由の記載なし'}`;
    case '22':
      return '登記記録の復活: 営業中に戻りました';
    case '71':
      return `吸収合併により解散: 承継先の法人番号 ${record.successorCorporateNumber ?? '（記載なし）'}`;
    case '72':
      return '吸収合併の無効: 営業中に戻りました';
    case '81':
      return `商号の登記の抹消: ${record.name}`;
    case '99':
      return '削除: 法人番号公表サイトから削除されました';
  }
}

export function describeNtaChange(record: NtaRecord, previous: PreviousCompany | null): string {
  const correction = record.isCorrection ? '【訂正】' : '';
  const closing = record.process === '21' || record.process === '71';
  const date = closing ? (record.closeDate ?? record.changeDate) : record.changeDate;
  const when = date === null ? '' : `（${date}）`;
  return `${correction}${detailOf(record, previous)}${when}`;
}
