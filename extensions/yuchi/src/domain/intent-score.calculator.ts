// Intent scores from daily keyword values, exactly as the operation manual states them, so that a score on screen
// can be checked by hand:
//   v(c,k,d)  = Σ weight(k) over at most 20 matched requests of company c for keyword k on Tokyo day d (+ vendor scores)
//   S(c,k)    = Σ_d v(c,k,d) · 0.5^(age_days / H)          H = half-life in days, 14 unless set
//   score(c)  = round(100 · (1 − e^(−Σ_k S(c,k) / 10)))    one request today → 10, ten → 63, ten 14 days ago → 39
//   surging   = r7 ≥ 3 and r7 ≥ 2 · (r28 / 4 + 1)          r7: today and the 6 days before; r28: the 28 before those
import { isRealDate } from './nta-record.mapper.ts';

export const DEFAULT_HALF_LIFE_DAYS = 14;
/** More requests than this for one keyword on one day (a reload loop, a script) add nothing. */
export const MAX_REQUESTS_PER_DAY = 20;
export const RECENT_DAYS = 7;
export const BASELINE_DAYS = 28;

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  if (!isRealDate(day)) throw new RangeError(`A day must be a real YYYY-MM-DD date, got "${day}"`);
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

/** Whole days from `day` to `today`: 0 for today, 1 for yesterday, negative for a day after today. */
export function ageInDays(day: string, today: string): number {
  return dayNumber(today) - dayNumber(day);
}

export interface MatchedRequest<C> {
  company: C;
  /** The Tokyo day of the request (tokyo-day.ts). */
  day: string;
  keyword: string;
  weight: number;
}

/** One intent_signals row: `count` is every matched request, `value` the weight of the first 20. */
export interface DailyIntentRow<C> {
  company: C;
  day: string;
  keyword: string;
  count: number;
  value: number;
}

// Sums of weights like 1.2 + 1.2 + 1.2 would be stored as 3.5999999999999996.
const tidy = (value: number): number => Math.round(value * 1e9) / 1e9;

/**
 * The rows to store from a day's matched requests, in the order their (company, day, keyword) first appeared.
 * Only those four fields are read, so an address or user agent the caller left on a request is not carried over.
 */
export function aggregateDailyIntent<C extends string | number>(requests: Iterable<MatchedRequest<C>>): DailyIntentRow<C>[] {
  const rows = new Map<string, DailyIntentRow<C>>();
  for (const { company, day, keyword, weight } of requests) {
    const key = JSON.stringify([company, day, keyword]);
    let row = rows.get(key);
    if (!row) {
      row = { company, day, keyword, count: 0, value: 0 };
      rows.set(key, row);
    }
    row.count += 1;
    if (row.count <= MAX_REQUESTS_PER_DAY) row.value = tidy(row.value + weight);
  }
  return [...rows.values()];
}

/** A stored daily value of one company: access-log rows and vendor-feed rows alike. */
export interface DailyValue {
  keyword: string;
  day: string;
  value: number;
}

export interface ScoreInput {
  values: readonly DailyValue[];
  /** The Tokyo day the score is for; values dated after it are not counted. */
  today: string;
  halfLifeDays?: number;
  /** Count only these keywords (the keyword-restricted score); all when absent. */
  keywords?: readonly string[];
}

function counted({ values, today, keywords }: ScoreInput): { value: DailyValue; age: number }[] {
  const only = keywords === undefined ? null : new Set(keywords);
  return values
    .filter((value) => only === null || only.has(value.keyword))
    .map((value) => ({ value, age: ageInDays(value.day, today) }))
    .filter(({ age }) => age >= 0);
}

/** S(c,k) for each keyword with a value, decayed to `today`. */
export function keywordScores(input: ScoreInput): Map<string, number> {
  const halfLife = input.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  if (!(halfLife > 0) || !Number.isFinite(halfLife)) throw new RangeError(`The half-life must be a positive number of days, got ${halfLife}`);
  const scores = new Map<string, number>();
  for (const { value, age } of counted(input)) {
    scores.set(value.keyword, (scores.get(value.keyword) ?? 0) + value.value * 0.5 ** (age / halfLife));
  }
  return scores;
}

/** round(100 · (1 − e^(−S/10))): 0 for no interest, nearing 100 as S grows. */
export function intentScoreOf(rawScore: number): number {
  return Math.round(100 * (1 - Math.exp(-Math.max(0, rawScore) / 10)));
}

/** The company's intent_score, or with `keywords` the score over those keywords only. */
export function intentScore(input: ScoreInput): number {
  let raw = 0;
  for (const score of keywordScores(input).values()) raw += score;
  return intentScoreOf(raw);
}

export interface Surge {
  /** r7: the values of today and the 6 days before. */
  recent: number;
  /** r28: the values of the 28 days before those (ages 7 to 34). */
  baseline: number;
  surging: boolean;
}

/** Whether interest jumped this week: at least 3, and twice the baseline's weekly average plus one. */
export function surgeOf(input: Omit<ScoreInput, 'halfLifeDays'>): Surge {
  let recent = 0;
  let baseline = 0;
  for (const { value, age } of counted(input)) {
    if (age < RECENT_DAYS) recent += value.value;
    else if (age < RECENT_DAYS + BASELINE_DAYS) baseline += value.value;
  }
  recent = tidy(recent);
  baseline = tidy(baseline);
  return { recent, baseline, surging: recent >= 3 && recent >= 2 * (baseline / 4 + 1) };
}
