import { describe, expect, test } from 'vitest';
import { AUTO_CONFIRM, relationKindOf, scoreShareholderMatch, shareholderKey, type ShareholderCandidate } from './shareholder-match.scorer.ts';

const candidate = (id: number, over: Partial<ShareholderCandidate> = {}): ShareholderCandidate => ({ id, status: 'active', prefectureCode: '15', address: null, ...over });
const child = { prefectureCode: '15', address: '新潟県新潟市中央区見本町1-1' };

describe('shareholderKey', () => {
  test.each([
    ['株式会社見本ホールディングス', '見本ホールディングス'],
    ['（株）見本ホールディングス', '見本ホールディングス'],
    ['見本信託銀行株式会社（信託口）', '見本信託銀行'],
    ['ＭＩＨＯＮ　ＨＯＬＤＩＮＧＳ', 'mihonholdings'],
  ])('%s is looked up as %s', (name, key) => {
    expect(shareholderKey(name)).toBe(key);
  });
});

describe('scoreShareholderMatch', () => {
  test('one active company with the name is confirmed at once', () => {
    const match = scoreShareholderMatch({ candidates: [candidate(7)], child });
    expect(match).toEqual({ company: 7, confidence: 0.9 });
    expect(match!.confidence).toBeGreaterThanOrEqual(AUTO_CONFIRM);
  });

  test('a closed namesake is a low-confidence match that waits for review', () => {
    expect(scoreShareholderMatch({ candidates: [candidate(7, { status: 'closed' })], child })!.confidence).toBeLessThan(AUTO_CONFIRM);
  });

  test('among namesakes the one near the child wins, still below the confirmation threshold', () => {
    const match = scoreShareholderMatch({ candidates: [candidate(3, { prefectureCode: '13' }), candidate(9, { prefectureCode: '15' })], child })!;
    expect(match.company).toBe(9);
    expect(match.confidence).toBeLessThan(AUTO_CONFIRM);
  });

  test('namesakes nothing tells apart split the confidence', () => {
    expect(scoreShareholderMatch({ candidates: [candidate(3, { prefectureCode: '13' }), candidate(4, { prefectureCode: '27' })], child })).toEqual({ company: 3, confidence: 0.45 });
  });

  test('no candidate, no match', () => {
    expect(scoreShareholderMatch({ candidates: [], child })).toBeNull();
  });
});

describe('relationKindOf', () => {
  test.each<[number | null, string]>([
    [50.1, 'subsidiary'],
    [50, 'affiliate'],
    [20, 'affiliate'],
    [19.9, 'other'],
    [null, 'other'],
  ])('%s %% is %s', (ratio, kind) => {
    expect(relationKindOf(ratio)).toBe(kind);
  });
});
