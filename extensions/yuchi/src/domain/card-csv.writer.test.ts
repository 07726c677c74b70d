import { describe, expect, test } from 'vitest';
import { emptyBusinessCard } from './business-card.types.ts';
import { BUSINESS_CARD_CSV_HEADER, businessCardCsvRow, csvField, writeBusinessCardsCsv } from './card-csv.writer.ts';
import { TARO } from './vcard.fixtures.ts';

describe('BUSINESS_CARD_CSV_HEADER', () => {
  test('is our documented layout, in Japanese', () => {
    expect(BUSINESS_CARD_CSV_HEADER.join(',')).toBe('氏名,フリガナ,会社名,部署,役職,メールアドレス,電話番号,携帯電話,FAX,郵便番号,住所,URL,名刺交換日,メモ');
  });
});

describe('csvField', () => {
  test.each([
    ['株式会社テスト', '株式会社テスト'],
    ['', ''],
    ['テスト, 新潟支店', '"テスト, 新潟支店"'],
    ['「"引用"」', '"「""引用""」"'],
    ['一行目\n二行目', '"一行目\n二行目"'],
    ['一行目\r\n二行目', '"一行目\r\n二行目"'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test.each(['=HYPERLINK("http://evil.example","x")', '+81-3-0000-0001', '-1+2', '@SUM(A1:A2)', '\t=1+1', '\r=1+1'])(
    'keeps %j from being read as a formula by putting an apostrophe first',
    (value) => {
      expect(csvField(value).replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );
});

describe('writeBusinessCardsCsv', () => {
  test('writes a BOM, the header and one CRLF-ended row a card, lists one value a line', () => {
    const text = writeBusinessCardsCsv([TARO, { ...emptyBusinessCard('テスト 花子'), emails: ['a@example.jp', 'b@example.jp'] }]);
    const lines = text.split('\r\n');
    expect(text.startsWith('\uFEFF氏名,フリガナ,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(lines[1]).toBe('試験 太郎,シケン タロウ,株式会社テストソフト,営業部 第一課,部長,taro@example.jp,03-0000-0001,090-0000-0001,03-0000-0002,100-0000,東京都千代田区試験町1-2-3 テストビル5F,https://www.example.jp/,,"展示会で名刺交換\n次回訪問: 未定"');
    expect(lines[2]).toBe('テスト 花子,,,,,"a@example.jp\nb@example.jp",,,,,,,,');
  });

  test('can leave the BOM out', () => {
    expect(writeBusinessCardsCsv([], { bom: false })).toBe(`${BUSINESS_CARD_CSV_HEADER.join(',')}\r\n`);
  });

  test('gives one cell per header column', () => {
    expect(businessCardCsvRow(TARO)).toHaveLength(BUSINESS_CARD_CSV_HEADER.length);
  });
});
