import { describe, expect, test } from 'vitest';
import { emptyBusinessCard } from './business-card.types.ts';
import { parseBusinessCardOcr } from './business-card-ocr.parser.ts';

const ocr = (...lines: string[]) => parseBusinessCardOcr(lines.join('\n'));

const CLEAN_CARD = [
  '株式会社テストソフト',
  '営業本部 第一営業部 部長',
  '試験 太郎',
  'シケン タロウ',
  '〒100-0000',
  '東京都千代田区試験町1-2-3',
  'テストビル5F',
  'TEL 03-0000-0001 FAX 03-0000-0002',
  '携帯 090-0000-0001',
  'E-mail taro@example.jp',
  'https://www.example.jp',
];

const EXPECTED = {
  ...emptyBusinessCard('試験 太郎'),
  personNameKana: 'シケン タロウ',
  companyName: '株式会社テストソフト',
  departmentName: '営業本部 第一営業部',
  title: '部長',
  emails: ['taro@example.jp'],
  phones: ['03-0000-0001'],
  mobiles: ['090-0000-0001'],
  faxes: ['03-0000-0002'],
  postalCode: '100-0000',
  address: '東京都千代田区試験町1-2-3 テストビル5F',
  urls: ['https://www.example.jp'],
};

describe('parseBusinessCardOcr', () => {
  test('reads every field of a cleanly read card', () => {
    expect(ocr(...CLEAN_CARD)).toEqual({ card: EXPECTED, unusedLines: [] });
  });

  test('reads the same card through full-width characters, spaced-out letters and OCR slips', () => {
    const result = ocr(
      '株 式 会 社 テ ス ト ソ フ ト',
      '営業本部　第一営業部　部長',
      '試 験　　太 郎',
      'ｼｹﾝ ﾀﾛｳ',
      '〒１００－００００ 東京都千代田区試験町１－２－３',
      'テストビル５Ｆ',
      'ＴＥＬ：０３－００００－０００１／ＦＡＸ：０３－OOOO－０００２',
      'Mobile 090 0000 000l',
      'E-mail: taro . shiken @ example , jp',
      'www.example.jp',
    );
    expect(result.card).toEqual({ ...EXPECTED, emails: ['taro.shiken@example.jp'], urls: ['www.example.jp'] });
    expect(result.unusedLines).toEqual([]);
  });

  test.each([
    ['TEL/FAX labels on one line', 'TEL:03-0000-0001 / FAX:03-0000-0002', { phones: ['03-0000-0001'], faxes: ['03-0000-0002'] }],
    ['one-letter labels', 'T 03-0000-0001 F 03-0000-0002 M 080-0000-0003', { phones: ['03-0000-0001'], faxes: ['03-0000-0002'], mobiles: ['080-0000-0003'] }],
    ['電話 and ファックス', '電話 0120-000-111　ファックス 0120-000-112', { phones: ['0120-000-111'], faxes: ['0120-000-112'] }],
    ['a mobile number without a label', '090-0000-0004', { mobiles: ['090-0000-0004'] }],
    ['numbers in parentheses', 'TEL (03) 0000-0001', { phones: ['03-0000-0001'] }],
    ['an international number', 'Tel +81-3-0000-0001', { phones: ['+81-3-0000-0001'] }],
    ['dashes typed as long vowel marks', 'TEL 03ー0000ー0001', { phones: ['03-0000-0001'] }],
  ])('reads phones from %s', (_label, line, expected) => {
    expect(ocr('試験 太郎', line).card).toMatchObject(expected);
  });

  test.each([
    ['a 7-digit postal code', '〒100-0000'],
    ['a date', '2024-03-12'],
    ['a number too short to be a phone', 'TEL 03-0000-001'],
  ])('takes no phone from %s', (_label, line) => {
    const { card } = ocr('試験 太郎', line);
    expect([...card.phones, ...card.mobiles, ...card.faxes]).toEqual([]);
  });

  test.each([
    ['(株) written short', '(株)テストソフト'],
    ['㈱ as one character', '㈱テストソフト'],
    ['the legal form after the name', 'テストソフト株式会社'],
    ['a 一般社団法人', '一般社団法人テスト協会'],
  ])('finds the company from %s', (_label, line) => {
    expect(ocr(line, '試験 太郎').card.companyName).toBe(line.normalize('NFKC'));
  });

  test('prefers the Japanese company name to the English one', () => {
    expect(ocr('TEST SOFT Co., Ltd.', '株式会社テストソフト', '試験 太郎').card.companyName).toBe('株式会社テストソフト');
    expect(ocr('Example Co., Ltd.', 'Sales Manager', 'Taro Shiken', 'taro@example.com').card).toMatchObject({ companyName: 'Example Co., Ltd.', title: 'Sales Manager', personName: 'Taro Shiken' });
  });

  test.each([
    ['a title alone', '代表取締役社長', { title: '代表取締役社長', departmentName: null }],
    ['department and title without a space', '第1営業部課長', { title: '課長', departmentName: '第1営業部' }],
    ['a title that contains a department word', '営業部長', { title: '営業部長', departmentName: null }],
    ['主任 after a 課', '総務課 主任', { title: '主任', departmentName: '総務課' }],
  ])('reads %s', (_label, line, expected) => {
    expect(ocr('株式会社テスト', line, '試験 太郎').card).toMatchObject(expected);
  });

  test('reads a title printed before the name on the same line', () => {
    expect(ocr('株式会社テスト', '代表取締役 試験 太郎', 'しけん たろう').card).toMatchObject({ title: '代表取締役', personName: '試験 太郎', personNameKana: 'シケン タロウ' });
  });

  test('reads a department printed after the company name on its line', () => {
    expect(ocr('㈱テスト 営業部', '課長', '試験 太郎').card).toMatchObject({ companyName: '(株)テスト', departmentName: '営業部', title: '課長' });
  });

  test('leaves no label or (代) behind once the numbers are taken', () => {
    const { card, unusedLines } = ocr('試験 太郎', 'TEL.025-000-0001(代) FAX.025-000-0002', 'MAIL taro@example.jp');
    expect(card).toMatchObject({ phones: ['025-000-0001'], faxes: ['025-000-0002'], emails: ['taro@example.jp'] });
    expect(unusedLines).toEqual([]);
  });

  test('reads a department on its own line', () => {
    expect(ocr('株式会社テスト', '管理本部 総務部', '試験 太郎').card.departmentName).toBe('管理本部 総務部');
  });

  test('reads an address on the line after the postal code, and a postal code and address on a phone line', () => {
    expect(ocr('試験 太郎', '〒950-0000', '新潟県新潟市中央区試験町1-2-3').card).toMatchObject({ postalCode: '950-0000', address: '新潟県新潟市中央区試験町1-2-3' });
    expect(ocr('試験 太郎', '〒950-0000 新潟県新潟市中央区試験町1-2-3 TEL 025-000-0001').card).toMatchObject({
      postalCode: '950-0000',
      address: '新潟県新潟市中央区試験町1-2-3',
      phones: ['025-000-0001'],
    });
    expect(ocr('試験 太郎', '住所：新潟市中央区試験町2丁目3番地').card.address).toBe('新潟市中央区試験町2丁目3番地');
  });

  test('picks the name among other short lines by its space and the kana beside it', () => {
    const { card, unusedLines } = ocr('テスト商事', '試験 太郎', 'シケン タロウ', 'Taro Shiken');
    expect(card).toMatchObject({ personName: '試験 太郎', personNameKana: 'シケン タロウ' });
    expect(unusedLines).toEqual(['テスト商事', 'Taro Shiken']);
  });

  test('fixes e-mails OCR broke: spaces, a comma for a dot, (at), capitals', () => {
    expect(ocr('試験 太郎', 'Mail: Taro @ Example.JP').card.emails).toEqual(['taro@example.jp']);
    expect(ocr('試験 太郎', 'taro(at)example.jp').card.emails).toEqual(['taro@example.jp']);
    expect(ocr('試験 太郎', 'mail@example.jp').card.emails).toEqual(['mail@example.jp']);
  });

  test('gives an empty name and hands back every line when nothing looks like a card', () => {
    expect(ocr('', '  ', 'ご来場ありがとうございました', '12345')).toEqual({ card: emptyBusinessCard(''), unusedLines: ['ご来場ありがとうございました', '12345'] });
  });
});
