import { describe, expect, test } from 'vitest';
import { MAX_INTENT_TERMS, parseIntentCriteria } from './intent-criteria.parser.ts';

describe('parseIntentCriteria', () => {
  test('reads every condition', () => {
    expect(parseIntentCriteria({ keywords: ['半導体', '工業団地'], topics: ['立地'], min_score: 40, since: '2026-10-01', surging: true })).toEqual({
      ok: true,
      intent: { keywords: ['半導体', '工業団地'], topics: ['立地'], min_score: 40, since: '2026-10-01', surging: true },
    });
  });

  test('fills what is left out with no condition', () => {
    expect(parseIntentCriteria({ min_score: 0 })).toEqual({ ok: true, intent: { keywords: [], topics: [], min_score: 0, since: null, surging: false } });
    expect(parseIntentCriteria({ keywords: null, min_score: null, surging: false })).toMatchObject({ ok: true, intent: { keywords: [], min_score: null, surging: false } });
  });

  test('gives no intent condition for an absent or null value', () => {
    expect(parseIntentCriteria(undefined)).toEqual({ ok: true, intent: null });
    expect(parseIntentCriteria(null)).toEqual({ ok: true, intent: null });
  });

  test('normalises keywords to NFKC and drops repeats', () => {
    expect(parseIntentCriteria({ keywords: [' ﾃﾞｰﾀｾﾝﾀｰ', 'データセンター', 'ＤＸ'] })).toMatchObject({ ok: true, intent: { keywords: ['データセンター', 'DX'] } });
  });

  test('accepts the bounds of min_score', () => {
    expect(parseIntentCriteria({ min_score: 100 }).ok).toBe(true);
    expect(parseIntentCriteria({ min_score: 12.5 }).ok).toBe(true);
  });

  test.each<[string, unknown]>([
    ['intent', []],
    ['intent', '半導体'],
    ['intent', 40],
    ['intent', {}],
    ['intent.min_scor', { min_scor: 40 }],
    ['intent.keyword', { keyword: ['半導体'] }],
    ['intent.keywords', { keywords: '半導体' }],
    ['intent.keywords', { keywords: Array.from({ length: MAX_INTENT_TERMS + 1 }, (_, i) => `語${i}`) }],
    ['intent.keywords[1]', { keywords: ['半導体', 3] }],
    ['intent.keywords[0]', { keywords: ['　'] }],
    ['intent.keywords[0]', { keywords: ['語'.repeat(256)] }],
    ['intent.topics[0]', { topics: [null] }],
    ['intent.topics', { topics: { 立地: true } }],
    ['intent.min_score', { min_score: -1 }],
    ['intent.min_score', { min_score: 100.1 }],
    ['intent.min_score', { min_score: '40' }],
    ['intent.min_score', { min_score: Number.NaN }],
    ['intent.since', { since: '2026-02-30' }],
    ['intent.since', { since: '2026/10/01' }],
    ['intent.since', { since: 20261001 }],
    ['intent.surging', { surging: 'true' }],
    ['intent.surging', { surging: 1 }],
  ])('refuses a bad %s, naming it in a Japanese message', (key, value) => {
    const result = parseIntentCriteria(value);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.key).toBe(key);
      expect(result.error.message).toContain(`「${key}」`);
      expect(result.error.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    }
  });

  test('names keys under the key the caller reads it from', () => {
    expect(parseIntentCriteria({ min_score: 200 }, 'conditions.intent')).toMatchObject({ ok: false, error: { key: 'conditions.intent.min_score' } });
  });
});
