import { describe, expect, test } from 'vitest';
import {
  aggregateDailyIntent,
  ageInDays,
  intentScore,
  intentScoreOf,
  keywordScores,
  MAX_REQUESTS_PER_DAY,
  surgeOf,
  type DailyValue,
  type MatchedRequest,
} from './intent-score.calculator.ts';

const TODAY = '2026-10-10';
const value = (day: string, amount: number, keyword = '補助金'): DailyValue => ({ keyword, day, value: amount });

describe('ageInDays', () => {
  test.each([
    ['2026-10-10', 0],
    ['2026-10-09', 1],
    ['2026-09-26', 14],
    ['2025-10-10', 365],
    ['2026-10-11', -1],
  ])('counts %s as %i days before 2026-10-10', (day, age) => {
    expect(ageInDays(day, TODAY)).toBe(age);
  });

  test('counts 29 February in a leap year', () => {
    expect(ageInDays('2028-02-28', '2028-03-01')).toBe(2);
  });

  test.each(['2026-02-30', '2026/10/10', ''])('throws on a day that is not a real YYYY-MM-DD: "%s"', (day) => {
    expect(() => ageInDays(day, TODAY)).toThrow(RangeError);
  });
});

describe('aggregateDailyIntent', () => {
  const request = (over: Partial<MatchedRequest<number>> = {}): MatchedRequest<number> => ({ company: 1, day: TODAY, keyword: '工業団地', weight: 1.5, ...over });

  test('counts every request but adds the weight of the first 20 only', () => {
    const rows = aggregateDailyIntent(Array.from({ length: 25 }, () => request()));
    expect(rows).toEqual([{ company: 1, day: TODAY, keyword: '工業団地', count: 25, value: 1.5 * MAX_REQUESTS_PER_DAY }]);
  });

  test('keeps one row per company, day and keyword, in the order they first appear', () => {
    const rows = aggregateDailyIntent([
      request(),
      request({ keyword: '補助金', weight: 1 }),
      request({ company: 2 }),
      request({ day: '2026-10-09' }),
      request(),
    ]);
    expect(rows.map((r) => [r.company, r.day, r.keyword, r.count, r.value])).toEqual([
      [1, TODAY, '工業団地', 2, 3],
      [1, TODAY, '補助金', 1, 1],
      [2, TODAY, '工業団地', 1, 1.5],
      [1, '2026-10-09', '工業団地', 1, 1.5],
    ]);
  });

  test('tells a company id 1 from a company key "1"', () => {
    expect(aggregateDailyIntent<number | string>([{ company: 1, day: TODAY, keyword: 'DX', weight: 1 }, { company: '1', day: TODAY, keyword: 'DX', weight: 1 }])).toHaveLength(2);
  });

  test('stores sums of decimal weights without floating-point noise', () => {
    expect(aggregateDailyIntent([request({ weight: 1.2 }), request({ weight: 1.2 }), request({ weight: 1.2 })])[0]?.value).toBe(3.6);
  });

  test('gives nothing for no requests', () => {
    expect(aggregateDailyIntent([])).toEqual([]);
  });

  test('carries no address or user agent over, even when the caller left them on the requests', () => {
    const requests = [{ ...request(), ip: '192.0.2.44', userAgent: 'Mozilla/5.0 (Windows NT 10.0)', path: '/kigyo/ritchi/' }];
    const rows = aggregateDailyIntent(requests);
    expect(Object.keys(rows[0]!).sort()).toEqual(['company', 'count', 'day', 'keyword', 'value']);
    expect(JSON.stringify(rows)).not.toMatch(/192\.0\.2|Mozilla|ritchi/);
  });
});

describe('intentScore', () => {
  test.each<[string, DailyValue[], number]>([
    ['one weight-1 request today', [value(TODAY, 1)], 10],
    ['ten today', [value(TODAY, 10)], 63],
    ['ten 14 days ago', [value('2026-09-26', 10)], 39],
  ])('gives the manual’s reference score for %s', (_label, values, score) => {
    expect(intentScore({ values, today: TODAY })).toBe(score);
  });

  test('gives 63 for ten weight-1 requests today counted by the aggregator', () => {
    const rows = aggregateDailyIntent(Array.from({ length: 10 }, () => ({ company: 7, day: TODAY, keyword: '補助金', weight: 1 })));
    expect(intentScore({ values: rows, today: TODAY })).toBe(63);
  });

  test('adds a vendor score to the same day as given', () => {
    // S = 1 + 4 = 5 → round(100 · (1 − e^−0.5)) = 39
    expect(intentScore({ values: [value(TODAY, 1), value(TODAY, 4)], today: TODAY })).toBe(39);
  });

  test('gives 0 with no values, and counts nothing dated after today', () => {
    expect(intentScore({ values: [], today: TODAY })).toBe(0);
    expect(intentScore({ values: [value('2026-10-11', 10)], today: TODAY })).toBe(0);
  });

  test('restricted to keywords, counts only those', () => {
    const values = [value(TODAY, 10, '補助金'), value(TODAY, 1, '半導体')];
    // all: S = 11 → round(100 · (1 − e^−1.1)) = 67; 半導体 only: S = 1 → 10; 補助金 only: 63
    expect(intentScore({ values, today: TODAY })).toBe(67);
    expect(intentScore({ values, today: TODAY, keywords: ['半導体'] })).toBe(10);
    expect(intentScore({ values, today: TODAY, keywords: ['補助金', 'データセンター'] })).toBe(63);
    expect(intentScore({ values, today: TODAY, keywords: [] })).toBe(0);
  });
});

describe('keywordScores', () => {
  test('halves a value every half-life', () => {
    const scores = keywordScores({ values: [value(TODAY, 2), value('2026-09-26', 4), value('2026-09-12', 8, '半導体')], today: TODAY });
    expect(scores.get('補助金')).toBeCloseTo(2 + 2, 12);
    expect(scores.get('半導体')).toBeCloseTo(2, 12);
  });

  test('takes another half-life as a parameter', () => {
    expect(keywordScores({ values: [value('2026-10-03', 8)], today: TODAY, halfLifeDays: 7 }).get('補助金')).toBeCloseTo(4, 12);
    expect(keywordScores({ values: [value('2026-10-03', 8)], today: TODAY, halfLifeDays: 3.5 }).get('補助金')).toBeCloseTo(2, 12);
  });

  test.each([0, -14, Number.NaN, Number.POSITIVE_INFINITY])('throws on a half-life of %s', (halfLifeDays) => {
    expect(() => keywordScores({ values: [], today: TODAY, halfLifeDays })).toThrow(RangeError);
  });
});

describe('intentScoreOf', () => {
  test.each([
    [0, 0],
    [-3, 0],
    [1, 10],
    [5, 39],
    [10, 63],
    [46, 99],
    [1_000, 100],
  ])('turns a raw score of %s into %i', (raw, score) => {
    expect(intentScoreOf(raw)).toBe(score);
  });
});

describe('surgeOf', () => {
  test('counts today and the 6 days before as recent, and the 28 before those as the baseline', () => {
    const values = [
      value('2026-10-11', 100), // tomorrow: not counted
      value('2026-10-10', 1), // age 0: recent
      value('2026-10-04', 1), // age 6: recent
      value('2026-10-03', 1), // age 7: baseline
      value('2026-09-06', 1), // age 34: baseline
      value('2026-09-05', 100), // age 35: too old
    ];
    expect(surgeOf({ values, today: TODAY })).toEqual({ recent: 2, baseline: 2, surging: false });
  });

  test.each<[number, number, boolean]>([
    [3, 0, true],
    [2.5, 0, false],
    [3, 2, true],
    [3, 2.5, false],
    [10, 16, true],
    [9.5, 16, false],
    [0, 0, false],
  ])('with %s recent and %s in the baseline, surging is %s', (recent, baseline, surging) => {
    const values = [value(TODAY, recent), value('2026-09-30', baseline)];
    expect(surgeOf({ values, today: TODAY })).toEqual({ recent, baseline, surging });
  });

  test('restricted to keywords, looks at those only', () => {
    const values = [value(TODAY, 5, '半導体'), value(TODAY, 1, '補助金')];
    expect(surgeOf({ values, today: TODAY, keywords: ['補助金'] })).toEqual({ recent: 1, baseline: 0, surging: false });
    expect(surgeOf({ values, today: TODAY, keywords: ['半導体'] }).surging).toBe(true);
  });
});
