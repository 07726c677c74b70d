import { describe, expect, test } from 'vitest';
import { normalizeCompanyName } from './company-name.normalizer.ts';
import { companyLookupKeys, MAX_LOOKUP_KEYS } from './company-lookup-keys.ts';

describe('companyLookupKeys', () => {
  test('a name written with 高 also looks under the registry spelling 髙', () => {
    expect(companyLookupKeys('高橋精機(株)')).toContain(normalizeCompanyName('髙橋精機株式会社'));
  });

  test('a name written with 髙 also looks under 高', () => {
    expect(companyLookupKeys('㈱髙橋精機')).toContain(normalizeCompanyName('高橋精機株式会社'));
  });

  test('the legal form and its spelling do not matter', () => {
    const key = normalizeCompanyName('架空物産株式会社');
    expect(companyLookupKeys('架空物産㈱')).toContain(key);
    expect(companyLookupKeys('（株）架空物産')).toContain(key);
  });

  test('a site after the company name also looks under the company alone', () => {
    expect(companyLookupKeys('見本工業株式会社 見本工場')).toContain(normalizeCompanyName('見本工業株式会社'));
  });

  test('many foldable kanji stop at the limit', () => {
    expect(companyLookupKeys('高崎辺斎沢浜高崎辺斎沢浜').length).toBeLessThanOrEqual(MAX_LOOKUP_KEYS);
  });

  test('a name of punctuation only gives no key', () => {
    expect(companyLookupKeys('・・')).toEqual([]);
  });
});
