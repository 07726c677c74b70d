import { describe, expect, test } from 'vitest';
import { createAddressAreaMatcher } from './address-area.matcher.ts';
import { addressSimilarity, DEFAULT_MATCH_THRESHOLDS, matchName, nameSimilarity, parseMatchAddress, scoreCompanyMatch, type MatchCandidate } from './company-match.scorer.ts';
import { makeCorporateNumber } from './corporate-number.validator.ts';
import { TEST_AREAS } from './gbizinfo-test-areas.ts';

const NUMBER = makeCorporateNumber('790000000004');
const OTHER_NUMBER = makeCorporateNumber('790000000005');
const candidate = (id: number, over: Partial<MatchCandidate> = {}): MatchCandidate => ({ id, name: '株式会社髙﨑見本工業', address: '新潟県長岡市試験町1丁目2番3号', ...over });

describe('matchName', () => {
  test.each([
    ['株式会社髙﨑見本工業', '高崎見本工業'],
    ['㈱高崎見本工業', '高崎見本工業'],
    ['(株)高崎見本工業', '高崎見本工業'],
    ['（株）高﨑見本工業', '高崎見本工業'],
    ['高崎見本工業 株式会社', '高崎見本工業'],
    ['渡邊試作', '渡辺試作'],
    ['渡邉試作', '渡辺試作'],
    ['齋藤架空', '斎藤架空'],
    ['齊藤架空', '斎藤架空'],
    ['澤見本', '沢見本'],
    ['濱見本', '浜見本'],
    ['德見本', '徳見本'],
    ['ﾐﾎﾝｼｮｳｼﾞ', 'ミホンショウジ'],
    ['ＭＩＨＯＮ　Ｔｅｃｈ', 'mihontech'],
  ])('folds %s to %s', (name, key) => {
    expect(matchName(name)).toBe(key);
  });
});

describe('nameSimilarity', () => {
  test('is 1 for names that fold alike', () => {
    expect(nameSimilarity('株式会社髙﨑見本工業', '高崎見本工業(株)')).toBe(1);
  });

  test('is 1 when a published list adds the site after the company', () => {
    expect(nameSimilarity('髙﨑見本工業（株） 長岡工場', '株式会社高崎見本工業')).toBe(1);
  });

  test.each([
    ['株式会社高崎見本工業 長岡工場'],
    ['高崎見本工業株式会社長岡工場'],
    ['高崎見本工業（株）長岡作業所'],
  ])('finds the company in %s', (name) => {
    expect(nameSimilarity(name, '株式会社髙﨑見本工業')).toBe(1);
  });

  test('does not cut a name that does not end like a site', () => {
    expect(nameSimilarity('Mihon Seimitsu Co., Ltd.', 'Mihon')).toBeLessThan(0.85);
    expect(nameSimilarity('見本工業株式会社見本', '見本工業')).toBeLessThan(0.85);
  });

  test('is partial for a name inside a longer one, and for a near spelling', () => {
    const contained = nameSimilarity('見本工業', '見本工業サービス');
    expect(contained).toBeGreaterThan(0.5);
    expect(contained).toBeLessThan(0.85);
    expect(nameSimilarity('見本精密工業', '見本精密興業')).toBeGreaterThan(0.5);
  });

  test('is 0 for unrelated names, and for a name that is only a legal form', () => {
    expect(nameSimilarity('架空運輸', '見本食品')).toBe(0);
    expect(nameSimilarity('株式会社', '株式会社')).toBe(0);
  });
});

describe('parseMatchAddress', () => {
  test.each([
    ['新潟県長岡市試験町1丁目2番3号', '長岡市試験町', '1-2-3'],
    ['新潟県長岡市試験町一丁目二番三号', '長岡市試験町', '1-2-3'],
    ['新潟県長岡市試験町１－２－３', '長岡市試験町', '1-2-3'],
    ['新潟県長岡市試験町1ー2ー3', '長岡市試験町', '1-2-3'],
    ['新潟県長岡市試験町1‐2−3', '長岡市試験町', '1-2-3'],
    ['新潟県 長岡市 試験町 1-2-3 見本ビル3F', '長岡市試験町', '1-2-3'],
    ['新潟県長岡市大字試験123番地の4', '長岡市試験', '123-4'],
    ['新潟県長岡市試験町十二番地', '長岡市試験町', '12'],
    ['北海道虻田郡洞爺湖町試験1番地', '洞爺湖町試験', '1'],
    ['東京都千代田区霞ヶ関3-4', '千代田区霞ケ関', '3-4'],
    ['東京都千代田区霞が関3-4', '千代田区霞ケ関', '3-4'],
  ])('reads %s as area %s and numbers %s', (address, area, numbers) => {
    expect(parseMatchAddress(address)).toMatchObject({ area, numbers });
  });

  test('keeps the prefecture apart', () => {
    expect(parseMatchAddress('神奈川県見本市試験町1')).toEqual({ prefecture: '神奈川県', area: '見本市試験町', numbers: '1' });
    expect(parseMatchAddress('見本市県営住宅1')).toEqual({ prefecture: null, area: '見本市県営住宅', numbers: '1' });
  });
});

describe('addressSimilarity', () => {
  test.each<[string, string, number]>([
    ['the same address written differently', '長岡市試験町一丁目2番地3号', 1],
    ['the same address with a building', '新潟県長岡市試験町1-2-3 見本ビル5階', 1],
    ['a shorter street number', '新潟県長岡市試験町1-2', 0.85],
    ['the town without a number', '新潟県長岡市試験町', 0.7],
    ['another lot in the town', '新潟県長岡市試験町4-5-6', 0.4],
    ['the city only', '新潟県長岡市', 0.5],
    ['another town', '新潟県長岡市見本町1-2-3', 0.25],
    ['another prefecture', '富山県長岡市試験町1-2-3', 0],
  ])('scores %s', (_label, other, score) => {
    expect(addressSimilarity('新潟県長岡市試験町1丁目2番3号', other)).toBe(score);
  });

  test('does not take 1-2 for 1-23', () => {
    expect(addressSimilarity('長岡市試験町1-2', '長岡市試験町1-23')).toBe(0.4);
  });

  test('is unknown when a side has no address', () => {
    expect(addressSimilarity(null, '新潟県長岡市')).toBeNull();
    expect(addressSimilarity('新潟県長岡市', ' ')).toBeNull();
  });
});

describe('scoreCompanyMatch', () => {
  test('matches by 法人番号 with full confidence, whatever the name', () => {
    const result = scoreCompanyMatch({ subject: { name: '全く別の名前', corporateNumber: NUMBER }, candidates: [candidate(1), candidate(2, { corporate_number: NUMBER })] });
    expect(result.decision).toBe('matched');
    expect(result.best).toMatchObject({ id: 2, confidence: 1, basis: 'corporate_number' });
  });

  test('never matches a candidate whose 法人番号 differs from the one given', () => {
    const result = scoreCompanyMatch({ subject: { name: '高崎見本工業', address: '新潟県長岡市試験町1-2-3', corporateNumber: NUMBER }, candidates: [candidate(1, { corporate_number: OTHER_NUMBER })] });
    expect(result).toEqual({ decision: 'unmatched', best: null, candidates: [] });
  });

  test('matches the same name at the same address, however both are written', () => {
    const result = scoreCompanyMatch({ subject: { name: '(株)高崎見本工業', address: '新潟県長岡市試験町１－２－３' }, candidates: [candidate(1), candidate(2, { name: '架空運輸株式会社' })] });
    expect(result.decision).toBe('matched');
    expect(result.best).toEqual({ id: 1, confidence: 1, basis: 'name_address', nameScore: 1, addressScore: 1 });
    // an unrelated name is no candidate at all
    expect(result.candidates.map((c) => c.id)).toEqual([1]);
  });

  test.each<[string, string | null, string]>([
    ['no address', null, 'review'],
    ['the city only (as the MHLW lists give it)', '新潟県長岡市', 'review'],
    ['another lot in the same town', '新潟県長岡市試験町9-9', 'review'],
    ['another prefecture', '富山県見本市試験町1-2-3', 'unmatched'],
  ])('sends the same name with %s to %s', (_label, address, decision) => {
    const result = scoreCompanyMatch({ subject: { name: '高崎見本工業', address }, candidates: [candidate(1)] });
    expect(result.decision).toBe(decision);
    if (decision === 'review') expect(result.best!.confidence).toBeGreaterThanOrEqual(DEFAULT_MATCH_THRESHOLDS.reviewAt);
  });

  test('sends two namesakes at one address to review rather than pick one', () => {
    const result = scoreCompanyMatch({ subject: { name: '高崎見本工業', address: '新潟県長岡市試験町1-2-3' }, candidates: [candidate(4), candidate(3)] });
    expect(result.decision).toBe('review');
    expect(result.candidates.map((c) => [c.id, c.confidence])).toEqual([[3, 1], [4, 1]]);
  });

  test('lets the namesake at the address win over the one elsewhere', () => {
    const result = scoreCompanyMatch({ subject: { name: '高崎見本工業', address: '新潟県長岡市試験町1-2-3' }, candidates: [candidate(3, { address: '東京都千代田区試験町1-1' }), candidate(4)] });
    expect(result).toMatchObject({ decision: 'matched', best: { id: 4 } });
  });

  test('compares by area code when the candidate has no address', () => {
    const locate = createAddressAreaMatcher(TEST_AREAS);
    const subject = { name: '高崎見本工業', address: '新潟県長岡市試験町1-2-3' };
    const near = scoreCompanyMatch({ subject, candidates: [candidate(1, { address: null, prefecture_code: '15', city_code: '15202' })], locate });
    const far = scoreCompanyMatch({ subject, candidates: [candidate(1, { address: null, prefecture_code: '13', city_code: '13101' })], locate });
    expect(near).toMatchObject({ decision: 'review', best: { addressScore: 0.5 } });
    expect(far).toMatchObject({ decision: 'unmatched', best: { addressScore: 0 } });
  });

  test('leaves an unrelated name unmatched', () => {
    expect(scoreCompanyMatch({ subject: { name: '架空食品', address: '新潟県長岡市試験町1-2-3' }, candidates: [candidate(1)] }).decision).toBe('unmatched');
  });

  test('takes thresholds and a limit', () => {
    const subject = { name: '高崎見本工業' };
    expect(scoreCompanyMatch({ subject, candidates: [candidate(1)], thresholds: { matchAt: 0.8, reviewAt: 0.5, margin: 0.1 } }).decision).toBe('matched');
    expect(scoreCompanyMatch({ subject, candidates: [candidate(1), candidate(2), candidate(3)], limit: 2 }).candidates).toHaveLength(2);
  });

  test('has nothing to say without candidates', () => {
    expect(scoreCompanyMatch({ subject: { name: '高崎見本工業' }, candidates: [] })).toEqual({ decision: 'unmatched', best: null, candidates: [] });
  });
});
