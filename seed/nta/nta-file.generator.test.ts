import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { isValidCorporateNumber } from '../../extensions/yuchi/src/domain/corporate-number.validator.ts';
import { splitCsvRecords } from '../../extensions/yuchi/src/domain/nta-csv-line.parser.ts';
import { mapNtaRecord, type NtaRecord } from '../../extensions/yuchi/src/domain/nta-record.mapper.ts';
import { parseMunicipalitiesCsv } from '../demo/code-tables.ts';
import { corporateNumberOf, formatNtaCsvLine, generateNtaRows, type NtaFileOptions } from './nta-file.generator.ts';

const municipalities = parseMunicipalitiesCsv(readFileSync(new URL('../data/municipalities.csv', import.meta.url), 'utf8'));
const FULL: NtaFileOptions = { rows: 3000, seed: 42, kind: 'full', municipalities };
const DIFF: NtaFileOptions = { rows: 1000, seed: 42, kind: 'diff', municipalities, fullRows: 3000, fileDate: '2026-10-30' };

function recordsOf(rows: Iterable<string[]>): NtaRecord[] {
  return [...rows].map((fields, index) => {
    const result = mapNtaRecord(fields, index + 1);
    if (!result.ok) throw new Error(result.error.message);
    return result.record;
  });
}

const countBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

let full: NtaRecord[];
let diff: NtaRecord[];
beforeAll(() => {
  full = recordsOf(generateNtaRows(FULL));
  diff = recordsOf(generateNtaRows(DIFF));
});

describe('generateNtaRows', () => {
  test('gives the same rows for the same seed, and other rows for another seed', () => {
    expect([...generateNtaRows(FULL)]).toEqual([...generateNtaRows(FULL)]);
    expect([...generateNtaRows(DIFF)]).toEqual([...generateNtaRows(DIFF)]);
    expect([...generateNtaRows({ ...FULL, rows: 5, seed: 43 })]).not.toEqual([...generateNtaRows({ ...FULL, rows: 5 })]);
  });

  test.each([
    ['full', FULL],
    ['diff', DIFF],
  ])('writes a %s file in parts that equal one long run, by startSequence', (_kind, options) => {
    const whole = [...generateNtaRows({ ...options, rows: 60 })];
    const parts = [...generateNtaRows({ ...options, rows: 25 }), ...generateNtaRows({ ...options, rows: 35, startSequence: 26 })];
    expect(parts).toEqual(whole);
  });

  test('yields lazily: the first row of 5,000,000 comes at once', () => {
    const started = performance.now();
    const first = generateNtaRows({ ...FULL, rows: 5_000_000 }).next();
    expect(first.done).toBe(false);
    expect(first.value?.[0]).toBe('1');
    expect(performance.now() - started).toBeLessThan(500);
  });

  test('makes 1,000 rows well under a second', () => {
    const started = performance.now();
    let count = 0;
    for (const _row of generateNtaRows({ ...FULL, rows: 1000, seed: 7 })) count += 1;
    expect(count).toBe(1000);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test('makes rows that mapNtaRecord accepts, 30 columns each, numbered from 1', () => {
    expect(full).toHaveLength(3000);
    expect(diff).toHaveLength(1000);
    expect(full.map((record) => record.sequence)).toEqual(Array.from({ length: 3000 }, (_, i) => i + 1));
  });

  test('gives valid corporate numbers, unique across the full file and clear of the demo data range', () => {
    const numbers = full.map((record) => record.corporateNumber);
    expect(numbers.every(isValidCorporateNumber)).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.every((number) => number.slice(1).startsWith('88'))).toBe(true);
  });

  test('has mostly new companies in a full file, with renames, moves, closures, mergers and revivals among them', () => {
    const processes = countBy(full, (record) => record.process);
    expect((processes.get('01') ?? 0) / full.length).toBeGreaterThan(0.7);
    for (const process of ['11', '12', '21', '22', '71']) expect(processes.get(process), process).toBeGreaterThan(0);
  });

  test('has changes other than 01 in a diff file: renames, moves, closures, mergers and revivals', () => {
    const processes = countBy(diff, (record) => record.process);
    for (const process of ['01', '11', '12', '21', '22', '71']) expect(processes.get(process), process).toBeGreaterThan(0);
    expect((processes.get('01') ?? 0) / diff.length).toBeLessThan(0.5);
  });

  test('closes companies with a date and a known cause, and only closures carry them', () => {
    for (const record of [...full, ...diff]) {
      const closing = record.process === '21' || record.process === '71';
      expect(record.closeDate !== null, `${record.sequence} ${record.process}`).toBe(closing);
      expect(record.closeCause !== null).toBe(closing);
      if (record.process === '71') expect(record.closeCause).toBe('11');
    }
  });

  test('merges into a company generated earlier in the full file that is still open', () => {
    const positions = new Map(full.map((record, index) => [record.corporateNumber, index]));
    const mergers = full.filter((record) => record.process === '71');
    expect(mergers.length).toBeGreaterThan(0);
    for (const merger of mergers) {
      const successor = positions.get(merger.successorCorporateNumber ?? '');
      expect(successor).toBeDefined();
      expect(successor).toBeLessThan(merger.sequence - 1);
      expect(['21', '71']).not.toContain(full[successor ?? 0]?.process);
    }
  });

  test('changes companies of the full file in a diff, and gives new ones numbers the full file does not hold', () => {
    const byNumber = new Map(full.map((record) => [record.corporateNumber, record]));
    for (const record of diff) {
      const before = byNumber.get(record.corporateNumber);
      if (record.process === '01') {
        expect(before).toBeUndefined();
        continue;
      }
      expect(before, `${record.sequence} ${record.process}`).toBeDefined();
      if (record.process === '22') expect(before?.process).toBe('21');
      if (record.process === '11') expect(record.name).not.toBe(before?.name);
      if (record.process === '12') expect([record.cityCode5, record.streetNumber]).not.toEqual([before?.cityCode5, before?.streetNumber]);
      if (record.process === '71') expect(byNumber.has(record.successorCorporateNumber ?? '')).toBe(true);
    }
  });

  test('gives new companies of diffs on different days different numbers', () => {
    const numbersOn = (fileDate: string): string[] =>
      recordsOf(generateNtaRows({ ...DIFF, fileDate })).filter((record) => record.process === '01').map((record) => record.corporateNumber);
    const day1 = numbersOn('2026-10-29');
    const day2 = numbersOn('2026-10-30');
    expect(day1.filter((number) => day2.includes(number))).toEqual([]);
  });

  test('keeps every date on or before the file date, and change dates on or after the assignment', () => {
    for (const record of [...full, ...diff]) {
      expect(record.updateDate <= '2026-10-31').toBe(true);
      expect(record.changeDate !== null && record.assignmentDate !== null && record.changeDate >= record.assignmentDate).toBe(true);
      expect(record.changeDate !== null && record.changeDate <= record.updateDate).toBe(true);
    }
    expect(diff.every((record) => record.updateDate === '2026-10-30')).toBe(true);
  });

  test('places companies in real municipalities of the code table', () => {
    const names = new Map(municipalities.map((municipality) => [municipality.code5, municipality]));
    for (const record of full) {
      const municipality = names.get(record.cityCode5 ?? '');
      expect(municipality?.cityName, record.cityCode5 ?? '').toBe(record.cityName);
      expect(municipality?.prefectureName).toBe(record.prefectureName);
      expect(record.postalCode).toMatch(/^[0-9]{3}-[0-9]{4}$/);
    }
  });

  test('keeps addresses to the prefectures asked for', () => {
    const niigata = recordsOf(generateNtaRows({ ...FULL, rows: 200, prefectureCodes: ['15'] }));
    expect(new Set(niigata.map((record) => record.prefectureCode))).toEqual(new Set(['15']));
  });

  test('excludes a few companies from search, and leaves most フリガナ filled in', () => {
    const excluded = full.filter((record) => record.isSearchExcluded).length;
    expect(excluded).toBeGreaterThan(0);
    expect(excluded / full.length).toBeLessThan(0.05);
    expect(full.filter((record) => record.furigana !== null).length / full.length).toBeGreaterThan(0.9);
  });

  test.each([
    ['negative rows', { ...FULL, rows: -1 }],
    ['fractional rows', { ...FULL, rows: 1.5 }],
    ['a start sequence of 0', { ...FULL, startSequence: 0 }],
    ['a diff dated before 法人番号 existed', { ...DIFF, fileDate: '2015-01-01' }],
    ['a diff of more than a million rows', { ...DIFF, rows: 1_000_001 }],
    ['a prefecture with no municipalities', { ...FULL, prefectureCodes: ['99'] }],
  ])('refuses %s at once, before any row is asked for', (_label, options) => {
    expect(() => generateNtaRows(options)).toThrow(RangeError);
  });
});

describe('corporateNumberOf', () => {
  test('gives valid, distinct numbers for neighbouring corporations', () => {
    const numbers = Array.from({ length: 1000 }, (_, i) => corporateNumberOf(i));
    expect(numbers.every(isValidCorporateNumber)).toBe(true);
    expect(new Set(numbers).size).toBe(1000);
  });
});

describe('formatNtaCsvLine', () => {
  test('quotes every field, doubles inner quotes and ends the line with CR LF', () => {
    expect(formatNtaCsvLine(['1', '株式会社"A,B"', ''])).toBe('"1","株式会社""A,B""",""\r\n');
  });

  test('writes lines that the CSV splitter reads back unchanged', () => {
    const rows = [...generateNtaRows({ ...DIFF, rows: 50 }), ['1', 'a "quoted", name', '', 'line\r\nbreak']];
    expect(splitCsvRecords(rows.map(formatNtaCsvLine).join(''))).toEqual(rows);
  });
});
