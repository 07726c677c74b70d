// Reads the "intent" search criterion:
//   "intent": {"keywords": ["半導体"], "topics": ["立地"], "min_score": 40, "since": "2026-10-01", "surging": true}
// Every mistake names the key (intent.min_score) and says in Japanese what is expected; unknown keys are refused
// so that a misspelt "min_scor" does not quietly search without its condition.
import { isRealDate } from './nta-record.mapper.ts';
import type { CriteriaError } from './search-criteria.parser.ts';

export interface IntentCriteria {
  /** Companies with a signal for one of these keywords; the score compared with min_score is over them only. */
  keywords: string[];
  /** As keywords, for every keyword of these topics. */
  topics: string[];
  min_score: number | null;
  /** Only signals on or after this day count. */
  since: string | null;
  /** true: only companies whose interest is surging (see surgeOf); false or absent: no such condition. */
  surging: boolean;
}

export type IntentCriteriaResult = { ok: true; intent: IntentCriteria | null } | { ok: false; error: CriteriaError };

export const MAX_INTENT_TERMS = 100;

const KEYS = ['keywords', 'topics', 'min_score', 'since', 'surging'] as const;

function terms(key: string, value: unknown): string[] | CriteriaError {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return { key, message: '文字列の配列で指定してください（例: ["半導体", "工業団地"]）' };
  if (value.length > MAX_INTENT_TERMS) return { key, message: `${MAX_INTENT_TERMS}個までにしてください` };
  const found: string[] = [];
  for (const [i, item] of value.entries()) {
    const text = typeof item === 'string' ? item.normalize('NFKC').trim() : '';
    if (text === '' || text.length > 255) return { key: `${key}[${i}]`, message: '1〜255文字の文字列で指定してください' };
    if (!found.includes(text)) found.push(text);
  }
  return found;
}

const isError = (value: unknown): value is CriteriaError => typeof value === 'object' && value !== null && !Array.isArray(value) && 'message' in value;

/** `input` is the value of the "intent" key; absent or null is no intent condition. */
export function parseIntentCriteria(input: unknown, key = 'intent'): IntentCriteriaResult {
  const fail = (at: string, message: string): IntentCriteriaResult => ({ ok: false, error: { key: at, message: `「${at}」: ${message}` } });
  if (input === undefined || input === null) return { ok: true, intent: null };
  if (typeof input !== 'object' || Array.isArray(input)) return fail(key, '{"keywords": [...], "min_score": 0〜100, …} の形のオブジェクトで指定してください');
  const body = input as Record<string, unknown>;
  const unknown = Object.keys(body).find((k) => !(KEYS as readonly string[]).includes(k));
  if (unknown !== undefined) return fail(`${key}.${unknown}`, `この条件はありません。使える条件: ${KEYS.join(', ')}`);
  if (Object.keys(body).length === 0) return fail(key, `${KEYS.join(', ')} の少なくとも1つを指定してください`);

  const keywords = terms(`${key}.keywords`, body.keywords);
  if (isError(keywords)) return fail(keywords.key, keywords.message);
  const topics = terms(`${key}.topics`, body.topics);
  if (isError(topics)) return fail(topics.key, topics.message);
  const { min_score: minScore = null, since = null, surging = false } = body;
  if (minScore !== null && (typeof minScore !== 'number' || !Number.isFinite(minScore) || minScore < 0 || minScore > 100)) {
    return fail(`${key}.min_score`, '0〜100 の数値で指定してください');
  }
  if (since !== null && (typeof since !== 'string' || !isRealDate(since))) return fail(`${key}.since`, '実在する日付を YYYY-MM-DD で指定してください');
  if (typeof surging !== 'boolean') return fail(`${key}.surging`, 'true か false で指定してください');
  return { ok: true, intent: { keywords, topics, min_score: minScore as number | null, since: since as string | null, surging } };
}
