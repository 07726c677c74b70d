import { describe, expect, test } from 'vitest';
import { emptyBusinessCard } from './business-card.types.ts';
import {
  canonicalBusinessCard, cleanLine, cleanMultiline, emailKey, isEmail, joinAddressParts, normalizeEmail, normalizeKana, normalizePhone, normalizePostalCode, phoneKey, uniqueValues,
} from './card-contact.normalizer.ts';

describe('card text normalisers', () => {
  test.each([
    ['  試験　　太郎 ', '試験 太郎'],
    ['\t', null],
    [null, null],
  ])('cleanLine(%j) is %j', (text, expected) => {
    expect(cleanLine(text)).toBe(expected);
  });

  test('cleanMultiline keeps paragraphs and trims each line', () => {
    expect(cleanMultiline('\r\n 一行目  \r\n\r\n  二行目\r\n')).toBe('一行目\n\n二行目');
    expect(cleanMultiline(' \n ')).toBeNull();
  });

  test.each([
    ['ｼｹﾝ ﾀﾛｳ', 'シケン タロウ'],
    ['しけん　たろう', 'シケン タロウ'],
    ['ガッコウ', 'ガッコウ'],
  ])('normalizeKana(%j) is %j', (text, expected) => {
    expect(normalizeKana(text)).toBe(expected);
  });

  test.each([
    ['０３－００００－０００１', '03-0000-0001'],
    ['03ー0000ー0001', '03-0000-0001'],
    ['tel:+81-3-0000-0001', '+81-3-0000-0001'],
    ['03 - 0000 - 0001', '03-0000-0001'],
    ['(03) 0000-0001', '(03) 0000-0001'],
  ])('normalizePhone(%j) is %j', (text, expected) => {
    expect(normalizePhone(text)).toBe(expected);
  });

  test.each([
    ['〒100-0000', '100-0000'],
    ['１０００００１', '100-0001'],
    ['〒 950 ー 0000', '950-0000'],
    ['100-000', null],
    ['SW1A 1AA', null],
  ])('normalizePostalCode(%j) is %j', (text, expected) => {
    expect(normalizePostalCode(text)).toBe(expected);
  });

  test('normalizeEmail takes off mailto: and spaces, and isEmail follows the business_cards pattern', () => {
    expect(normalizeEmail(' mailto:taro ＠example.jp ')).toBe('taro@example.jp');
    expect(isEmail('taro@example.jp')).toBe(true);
    expect(isEmail('taro.example.jp')).toBe(false);
    expect(isEmail('a@b@c')).toBe(false);
  });

  test('joinAddressParts runs prefecture, city and block on and spaces off a building', () => {
    expect(joinAddressParts(['新潟県', '新潟市中央区', '試験町1-2-3', 'テストビル5F', null, ' '])).toBe('新潟県新潟市中央区試験町1-2-3 テストビル5F');
    expect(joinAddressParts([])).toBeNull();
  });

  test('uniqueValues keeps the first spelling of each key', () => {
    expect(uniqueValues(['A@example.jp', null, 'a@example.jp ', 'b@example.jp'], emailKey)).toEqual(['A@example.jp', 'b@example.jp']);
    expect(uniqueValues(['03-0000-0001', '03(0000)0001', '０３００００００01'], phoneKey)).toEqual(['03-0000-0001']);
  });

  test('canonicalBusinessCard is idempotent', () => {
    const card = {
      ...emptyBusinessCard(' 試験　太郎 '),
      personNameKana: 'ｼｹﾝ ﾀﾛｳ',
      emails: ['Taro@Example.jp', 'taro@example.jp', ' '],
      phones: ['03-0000-0001', '０３－００００－０００１'],
      postalCode: '〒1000000',
      address: '東京都千代田区試験町１－２－３',
      urls: [' https://example.jp/ '],
      notes: ' メモ \n',
    };
    const once = canonicalBusinessCard(card);
    expect(once).toEqual({
      ...emptyBusinessCard('試験 太郎'),
      personNameKana: 'シケン タロウ',
      emails: ['Taro@Example.jp'],
      phones: ['03-0000-0001'],
      postalCode: '100-0000',
      address: '東京都千代田区試験町1-2-3',
      urls: ['https://example.jp/'],
      notes: 'メモ',
    });
    expect(canonicalBusinessCard(once)).toEqual(once);
  });
});
