import { describe, expect, test } from 'vitest';
import { businessCardFromValues, businessCardValues } from './business-card-values.mapper.ts';
import { emptyBusinessCard } from './business-card.types.ts';
import { TARO } from './vcard.fixtures.ts';

describe('businessCardValues', () => {
  test('fills the business_cards columns and keeps what has no column in the memo', () => {
    expect(businessCardValues({ ...TARO, exchangedOn: '2024-03-12' }, { companyLinked: false })).toEqual({
      person_name: '試験 太郎',
      person_name_kana: 'シケン タロウ',
      department_name: '営業部 第一課',
      title: '部長',
      email: 'taro@example.jp',
      phone: '03-0000-0001',
      mobile: '090-0000-0001',
      address: '〒100-0000 東京都千代田区試験町1-2-3 テストビル5F',
      exchanged_on: '2024-03-12',
      notes: '展示会で名刺交換\n次回訪問: 未定\n\n会社名: 株式会社テストソフト\nFAX: 03-0000-0002\nURL: https://www.example.jp/',
    });
  });

  test('leaves the company name out of the memo once the company is linked, and lists the second e-mail and phones', () => {
    const values = businessCardValues({ ...TARO, notes: null, faxes: [], urls: [], emails: ['not-an-address', 'taro@example.jp', 'b@example.jp'], phones: ['03-0000-0001', '03-0000-0003'] }, { companyLinked: true });
    expect(values.email).toBe('taro@example.jp');
    expect(values.notes).toBe('メールアドレス（ほか）: not-an-address, b@example.jp\n電話番号（ほか）: 03-0000-0003');
  });

  test('writes nulls for a card with only a name', () => {
    expect(businessCardValues(emptyBusinessCard('テスト 花子'), { companyLinked: false })).toEqual({
      person_name: 'テスト 花子', person_name_kana: null, department_name: null, title: null, email: null, phone: null, mobile: null, address: null, exchanged_on: null, notes: null,
    });
  });
});

describe('businessCardFromValues', () => {
  test('reads a row back, taking the postal code off the front of the address', () => {
    const values = businessCardValues({ ...TARO, faxes: [], urls: [], notes: null }, { companyLinked: true });
    expect(businessCardFromValues({ ...values, exchanged_on: '2024-03-12T00:00:00.000Z' }, '株式会社テストソフト')).toEqual({ ...TARO, faxes: [], urls: [], notes: null, exchangedOn: '2024-03-12' });
  });

  test('reads missing and empty columns as empty', () => {
    expect(businessCardFromValues({ person_name: 'テスト 花子', email: '', address: '新潟県', notes: null }, null)).toEqual({ ...emptyBusinessCard('テスト 花子'), address: '新潟県' });
  });
});
