// Days as Japanese public bodies write them in published tables: 令和6年3月12日, 令和元年5月1日, R6.3.12, H31/4/30,
// 2024年3月12日, 2024/3/12 or 2024-03-12, in full- or half-width digits, with or without a trailing （火）.
import { parseDay } from './relation-csv-row.parser.ts';
import { isRealDate } from './nta-record.mapper.ts';

interface Era {
  names: readonly string[];
  /** the first day of the era, and the year before its 元年 */
  first: string;
  yearZero: number;
}

// 昭和 is kept for old 行政処分 records; NFKC turns the one-character era signs (㋿, ㍻, ㍼) into these names.
const ERAS: readonly Era[] = [
  { names: ['令和', 'r'], first: '2019-05-01', yearZero: 2018 },
  { names: ['平成', 'h'], first: '1989-01-08', yearZero: 1988 },
  { names: ['昭和', 's'], first: '1926-12-25', yearZero: 1925 },
];

const ERA_DAY = /^(令和|平成|昭和|r|h|s)(元|\d{1,2})[年./-](\d{1,2})[月./-](\d{1,2})日?$/u;
const WESTERN_DAY = /^(\d{4})[年./-](\d{1,2})[月./-](\d{1,2})日?$/u;
const WEEKDAY = /[(（][月火水木金土日][)）]$/u;

const pad = (n: string | number) => String(n).padStart(2, '0');

/** The day as YYYY-MM-DD; empty is unknown (null); anything else, or a day that never was, is 'invalid'. */
export function parseJapaneseDay(text: string): string | null | 'invalid' {
  const value = text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase().replace(WEEKDAY, '');
  if (value === '') return null;
  const western = WESTERN_DAY.exec(value);
  if (western) return parseDay(`${western[1]}-${western[2]}-${western[3]}`);
  const era = ERA_DAY.exec(value);
  if (!era) return 'invalid';
  const { first, yearZero } = ERAS.find((e) => e.names.includes(era[1]!))!;
  const year = era[2] === '元' ? 1 : Number(era[2]);
  if (year < 1) return 'invalid';
  const day = `${yearZero + year}-${pad(era[3]!)}-${pad(era[4]!)}`;
  // A day before the era began never had that name; one after it ended (平成31年5月, forms printed in advance) is
  // still unambiguous and is read as the western year it counts to.
  return isRealDate(day) && day >= first ? day : 'invalid';
}
