// Demo intent data: the keywords the prefecture watches, and about 300 companies showing interest in them over
// the 90 days before the reference day, mostly companies outside Niigata (the ones to attract). Each company's
// intent_score follows from the sum S of its signal scores: round(100 × (1 − e^(−S/10))).
import { addDays, REFERENCE_DATE } from './demo-calendar.ts';
import type { CompanyRow, IntentKeywordRow, IntentSignalRow } from './demo-data.types.ts';
import { NIIGATA } from './demo-places.ts';
import type { Random, Weighted } from './seeded-random.ts';

const KEYWORDS: readonly (readonly [keyword: string, topic: string, weight: number, active: boolean])[] = [
  ['工業団地', '立地', 1.5, true],
  ['工場用地', '立地', 1.5, true],
  ['物流施設', '立地', 1.2, true],
  ['本社移転', '移転', 2, true],
  ['サテライトオフィス', '移転', 1.2, true],
  ['補助金', '支援制度', 1, true],
  ['データセンター', 'IT', 1.5, true],
  ['半導体', '産業', 1.3, true],
  ['蓄電池', '産業', 1.3, true],
  ['再生可能エネルギー', 'エネルギー', 1, true],
  ['設備投資', '投資', 1, true],
  ['人材確保', '雇用', 0.8, false],
];
const SIGNAL_COMPANIES = 300;
const WINDOW_DAYS = 90;
interface Intensity {
  signals: readonly [min: number, max: number];
  count: readonly [min: number, max: number];
}
// Most companies glance at a page or two; a few research a topic hard.
const INTENSITIES: readonly Weighted<Intensity>[] = [
  { value: { signals: [1, 3], count: [1, 3] }, weight: 60 },
  { value: { signals: [3, 8], count: [1, 6] }, weight: 30 },
  { value: { signals: [8, 15], count: [2, 15] }, weight: 10 },
];

const round2 = (value: number): number => Math.round(value * 100) / 100;

export function intentScore(scoreSum: number): number {
  return Math.round(100 * (1 - Math.exp(-scoreSum / 10)));
}

export function buildIntentKeywords(): IntentKeywordRow[] {
  return KEYWORDS.map(([keyword, topic, weight, active], index) => ({ id: index + 1, keyword, topic, weight, active }));
}

export function buildIntentSignals(random: Random, options: { companies: CompanyRow[]; keywords: readonly IntentKeywordRow[] }): IntentSignalRow[] {
  const rows: IntentSignalRow[] = [];
  const active = options.keywords.filter((keyword) => keyword.active);
  const candidates = options.companies.filter((company) => company.status === 'active');
  const outside = random.sample(candidates.filter((company) => company.prefecture_code !== NIIGATA), Math.round(SIGNAL_COMPANIES * 0.75));
  const inside = random.sample(candidates.filter((company) => company.prefecture_code === NIIGATA), SIGNAL_COMPANIES - outside.length);
  const chosen = [...outside, ...inside].sort((a, b) => a.id - b.id);

  for (const company of chosen) {
    const intensity = random.weighted(INTENSITIES);
    // A company reads about a few themes, not about everything.
    const interests = random.sample(active, random.int(1, 3));
    const seen = new Set<string>();
    let scoreSum = 0;
    for (let n = random.int(...intensity.signals); n > 0; n -= 1) {
      const keyword = random.pick(interests);
      const source = random.chance(0.7) ? 'access_log' : 'vendor';
      const daysAgo = random.int(0, WINDOW_DAYS - 1);
      const key = `${keyword.keyword}|${source}|${daysAgo}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const count = random.int(...intensity.count);
      // Recent interest counts for more than interest from three months ago.
      const score = round2(keyword.weight * count * (source === 'vendor' ? 0.8 : 1) * (1 - daysAgo / (2 * WINDOW_DAYS)));
      scoreSum += score;
      rows.push({
        id: rows.length + 1,
        company: company.id,
        keyword: keyword.keyword,
        topic: keyword.topic,
        source,
        signal_date: addDays(REFERENCE_DATE, -daysAgo),
        count,
        score,
      });
    }
    company.intent_score = intentScore(scoreSum);
  }
  return rows;
}
