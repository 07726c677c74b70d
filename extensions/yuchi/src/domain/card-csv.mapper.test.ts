import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { emptyBusinessCard, type BusinessCard } from './business-card.types.ts';
import {
  guessCardCsvField, mapCardCsvRow, proposeCardCsvMapping, readCardCsv, readCardCsvBytes, validateCardCsvMapping, type CardCsvField, type CardCsvMapping,
} from './card-csv.mapper.ts';
import { BUSINESS_CARD_CSV_HEADER, writeBusinessCardsCsv } from './card-csv.writer.ts';
import { TARO } from './vcard.fixtures.ts';

const EIGHT_HEADER = ['会社名', '部署名', '役職', '姓', '名', 'e-mail', '郵便番号', '住所', 'TEL会社', 'TEL部門', 'TEL直通', 'Fax', '携帯電話', 'URL', '名刺交換日'];
const SANSAN_HEADER = ['会社名', '部署名', '役職', '氏名', '氏名（カナ）', 'E-mail', '郵便番号', '住所', '会社電話番号', '直通電話番号', 'FAX番号', '携帯電話番号', 'URL', '名刺交換日', 'メモ'];
const GOOGLE_HEADER = ['Name', 'Given Name', 'Family Name', 'Given Name Yomi', 'Family Name Yomi', 'E-mail 1 - Type', 'E-mail 1 - Value', 'Phone 1 - Type', 'Phone 1 - Value', 'Organization 1 - Name', 'Organization 1 - Title', 'Organization 1 - Department', 'Address 1 - Postal Code', 'Address 1 - Street', 'Notes'];

const mappingOf = (header: readonly string[], json = proposeCardCsvMapping(header)): CardCsvMapping => {
  const result = validateCardCsvMapping(json, header);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.mapping;
};

describe('guessCardCsvField', () => {
  test.each<[string, CardCsvField | null]>([
    ['氏名', 'personName'], ['お名前', 'personName'], ['Full Name', 'personName'], ['姓', 'familyName'], ['名', 'givenName'],
    ['Last Name', 'familyName'], ['First Name', 'givenName'], ['フリガナ', 'personNameKana'], ['氏名（カナ）', 'personNameKana'],
    ['ﾌﾘｶﾞﾅ', 'personNameKana'], ['姓（フリガナ）', 'familyNameKana'], ['名(ﾌﾘｶﾞﾅ)', 'givenNameKana'], ['セイ', 'familyNameKana'],
    ['Phonetic First Name', 'givenNameKana'], ['Family Name Yomi', 'familyNameKana'], ['会社名', 'companyName'],
    ['会社名（カナ）', null], ['Company', 'companyName'], ['勤務先', 'companyName'], ['部署', 'departmentName'],
    ['Department', 'departmentName'], ['役職', 'title'], ['Job Title', 'title'], ['肩書き', 'title'], ['メール', 'emails'],
    ['ＥメールアドレスＡ', 'emails'], ['E-mail', 'emails'], ['E-mail 2 Address', 'emails'], ['E-mail Display Name', null],
    ['電話番号', 'phones'], ['会社電話番号', 'phones'], ['TEL会社', 'phones'], ['Business Phone', 'phones'], ['携帯', 'mobiles'],
    ['携帯電話番号', 'mobiles'], ['Mobile Phone', 'mobiles'], ['FAX', 'faxes'], ['ＦＡＸ番号', 'faxes'], ['会社FAX', 'faxes'],
    ['郵便番号', 'postalCode'], ['〒', 'postalCode'], ['Business Postal Code', 'postalCode'], ['住所', 'address'],
    ['住所2', 'address'], ['都道府県', 'address'], ['Business Street', 'address'], ['ホームページ', 'urls'], ['Web Page', 'urls'],
    ['名刺交換日', 'exchangedOn'], ['備考', 'notes'], ['メモ', 'notes'], ['Notes', 'notes'], ['Phone 1 - Type', null],
    ['Birthday', null], ['', null], ['登録日', null],
  ])('reads the header %j as %j', (header, field) => {
    expect(guessCardCsvField(header)).toBe(field);
  });
});

describe('proposeCardCsvMapping', () => {
  test("maps every column of Eight's export, three phone columns into the phone list", () => {
    expect(proposeCardCsvMapping(EIGHT_HEADER)).toEqual({
      0: 'companyName', 1: 'departmentName', 2: 'title', 3: 'familyName', 4: 'givenName', 5: 'emails', 6: 'postalCode', 7: 'address',
      8: 'phones', 9: 'phones', 10: 'phones', 11: 'faxes', 12: 'mobiles', 13: 'urls', 14: 'exchangedOn',
    });
  });

  test("maps Sansan's and Google's exports, leaving type columns out", () => {
    expect(Object.values(proposeCardCsvMapping(SANSAN_HEADER))).toEqual([
      'companyName', 'departmentName', 'title', 'personName', 'personNameKana', 'emails', 'postalCode', 'address', 'phones', 'phones', 'faxes', 'mobiles', 'urls', 'exchangedOn', 'notes',
    ]);
    expect(Object.values(proposeCardCsvMapping(GOOGLE_HEADER))).toEqual([
      'personName', 'givenName', 'familyName', 'givenNameKana', 'familyNameKana', null, 'emails', null, 'phones', 'companyName', 'title', 'departmentName', 'postalCode', 'address', 'notes',
    ]);
  });

  test('proposes a field that takes one column for the first such column only', () => {
    expect(proposeCardCsvMapping(['氏名', '会社名', '氏名', '会社'])).toEqual({ 0: 'personName', 1: 'companyName', 2: null, 3: null });
  });

  test('maps our own header field by field', () => {
    expect(Object.values(proposeCardCsvMapping(BUSINESS_CARD_CSV_HEADER))).toEqual([
      'personName', 'personNameKana', 'companyName', 'departmentName', 'title', 'emails', 'phones', 'mobiles', 'faxes', 'postalCode', 'address', 'urls', 'exchangedOn', 'notes',
    ]);
  });
});

describe('validateCardCsvMapping', () => {
  const header = ['氏名', '会社', 'メール', '電話', '電話'];

  test('accepts headers and 0-based column indexes, as an object or JSON text, and skips null columns', () => {
    const expected = [
      { index: 0, header: '氏名', field: 'personName' },
      { index: 2, header: 'メール', field: 'emails' },
      { index: 3, header: '電話', field: 'phones' },
      { index: 4, header: '電話', field: 'phones' },
    ];
    expect(validateCardCsvMapping({ 氏名: 'personName', 会社: null, メール: 'emails', 3: 'phones', 4: 'phones' }, header)).toEqual({ ok: true, mapping: expected });
    expect(validateCardCsvMapping('{"0":"personName","1":"","メール":"emails","3":"phones","4":"phones"}', ['\uFEFF氏名', ...header.slice(1)])).toEqual({
      ok: true,
      mapping: expected,
    });
  });

  test.each<[string, unknown, string]>([
    ['text that is not JSON', '{氏名: personName', 'YUCHI_CARD_MAPPING_JSON'],
    ['a JSON array', '["personName"]', 'YUCHI_CARD_MAPPING_JSON'],
    ['null', null, 'YUCHI_CARD_MAPPING_JSON'],
    ['an unknown field', { 氏名: 'personName', 会社: 'company' }, 'YUCHI_CARD_MAPPING_FIELD'],
    ['a field that is not text', { 氏名: 'personName', 会社: 3 }, 'YUCHI_CARD_MAPPING_FIELD'],
    ['a header the file does not have', { 氏名: 'personName', 住所: 'address' }, 'YUCHI_CARD_MAPPING_COLUMN'],
    ['a column index past the last column', { 氏名: 'personName', 5: 'notes' }, 'YUCHI_CARD_MAPPING_COLUMN'],
    ['one column given twice', { 氏名: 'personName', 0: 'personName' }, 'YUCHI_CARD_MAPPING_DUPLICATE'],
    ['two columns for a field that takes one', { 氏名: 'personName', 会社: 'companyName', 3: 'companyName' }, 'YUCHI_CARD_MAPPING_DUPLICATE'],
    ['no name column', { 会社: 'companyName' }, 'YUCHI_CARD_MAPPING_NO_NAME'],
  ])('refuses %s with a stable code and a Japanese message', (_label, input, code) => {
    const result = validateCardCsvMapping(input, header);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.code)).toContain(code);
      for (const error of result.errors) expect(error.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    }
  });
});

describe('mapCardCsvRow', () => {
  const eight = mappingOf(EIGHT_HEADER);
  const row = (over: Partial<Record<string, string>> = {}) =>
    EIGHT_HEADER.map((h) => ({
      会社名: '株式会社テストソフト', 部署名: '営業部 第一課', 役職: '部長', 姓: '試験', 名: '太郎', 'e-mail': 'taro@example.jp', 郵便番号: '〒１００－００００',
      住所: '東京都千代田区試験町１－２－３　テストビル5F', TEL会社: '03-0000-0001', TEL部門: '', TEL直通: '03-0000-0001', Fax: '03‐0000‐0002',
      携帯電話: '090-0000-0001', URL: 'https://www.example.jp/', 名刺交換日: '2024/3/12', ...over,
    })[h] ?? '');

  test('maps a row of a card app to a card, normalising widths, dashes and repeats', () => {
    expect(mapCardCsvRow(row(), eight)).toEqual({
      ok: true,
      row: { ...TARO, personNameKana: null, exchangedOn: '2024-03-12', notes: null },
    });
  });

  test('joins name parts, kana parts and address parts, and splits cells holding several e-mails or phones', () => {
    const header = ['姓', '名', 'セイ', 'メイ', '都道府県', '市区町村', '番地', 'メール', '電話番号', 'メモ', '備考'];
    const mapped = mapCardCsvRow(['見本', '次郎', 'みほん', 'ｼﾞﾛｳ', '新潟県', '新潟市中央区', '試験町1-2', 'a@example.jp; B@Example.jp\nc@example.com', '03-0000-0005\n0120-000-111', '一行目', '二行目'], mappingOf(header));
    expect(mapped).toEqual({
      ok: true,
      row: {
        ...emptyBusinessCard('見本 次郎'),
        personNameKana: 'ミホン ジロウ',
        address: '新潟県新潟市中央区試験町1-2',
        emails: ['a@example.jp', 'B@Example.jp', 'c@example.com'],
        phones: ['03-0000-0005', '0120-000-111'],
        notes: '一行目\n二行目',
      },
    });
  });

  test('prefers the 氏名 column to 姓 and 名, and reads missing trailing cells as empty', () => {
    const mapping = mappingOf(['氏名', '姓', '名', '会社名']);
    expect(mapCardCsvRow(['テスト 花子', 'テスト', 'ハナコ'], mapping)).toMatchObject({ ok: true, row: { personName: 'テスト 花子', companyName: null } });
  });

  test.each<[string, Partial<Record<string, string>>, string]>([
    ['an empty name', { 姓: '', 名: ' ' }, 'YUCHI_CARD_NO_NAME'],
    ['an e-mail without @', { 'e-mail': 'taro.example.jp' }, 'YUCHI_CARD_EMAIL'],
    ['a postal code of 6 digits', { 郵便番号: '100-000' }, 'YUCHI_CARD_POSTAL_CODE'],
    ['a day that does not exist', { 名刺交換日: '2024/2/30' }, 'YUCHI_CARD_DATE'],
    ['a company name over 255 characters', { 会社名: '株'.repeat(256) }, 'YUCHI_CARD_TOO_LONG'],
  ])('refuses %s with a stable code and a Japanese message', (_label, over, code) => {
    const result = mapCardCsvRow(row(over), eight);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    }
  });
});

describe('readCardCsv', () => {
  const text = ['氏名,会社名,メール', '試験 太郎,株式会社テスト,taro@example.jp', ',,', 'テスト 花子,"株式会社テスト, 新潟支店",hanako', '見本 次郎,,'].join('\r\n');

  test('reads every good row, skips empty ones and numbers errors by spreadsheet row', () => {
    const result = readCardCsv(text);
    expect(result.cards.map((c) => [c.row, c.card.personName])).toEqual([[2, '試験 太郎'], [5, '見本 次郎']]);
    expect(result.errors).toEqual([{ row: 4, code: 'YUCHI_CARD_EMAIL', message: expect.stringMatching(/^4行目: /u) }]);
  });

  test('uses the mapping given instead of the proposal', () => {
    const result = readCardCsv(text, { 0: 'personName', 1: 'notes' });
    expect(result.errors).toEqual([]);
    expect(result.cards[1]?.card).toEqual({ ...emptyBusinessCard('テスト 花子'), notes: '株式会社テスト, 新潟支店' });
  });

  test('reads no rows when the mapping does not fit, and says why as row 0', () => {
    expect(readCardCsv(text, { 会社名: 'companyName' })).toMatchObject({ cards: [], errors: [{ row: 0, code: 'YUCHI_CARD_MAPPING_NO_NAME' }] });
    expect(readCardCsv('会社名,住所\r\n株式会社テスト,新潟県\r\n')).toMatchObject({ cards: [], errors: [{ row: 0, code: 'YUCHI_CARD_MAPPING_NO_NAME' }] });
  });

  test('reports an unclosed quote as an error of the file, not an exception', () => {
    expect(readCardCsv('氏名,メモ\r\n試験 太郎,"閉じない\r\n')).toMatchObject({ cards: [], errors: [{ row: 2, code: 'CSV_UNCLOSED_QUOTE' }] });
  });

  test('reads Shift-JIS bytes as Excel writes them, and UTF-8 with a BOM', () => {
    expect(readCardCsvBytes(iconv.encode(text, 'Shift_JIS')).cards).toHaveLength(2);
    expect(readCardCsvBytes(Buffer.from(`\uFEFF${text}`, 'utf8')).cards[0]?.card.personName).toBe('試験 太郎');
  });
});

describe('card CSV round trip', () => {
  const cards: BusinessCard[] = [
    { ...TARO, exchangedOn: '2024-03-12' },
    {
      ...emptyBusinessCard('テスト 花子'),
      personNameKana: 'テスト ハナコ',
      companyName: '"テスト", 株式会社',
      emails: ['hanako@example.com', 'h.test@example.jp'],
      phones: ['+81-3-0000-0003', '0120-000-001'],
      mobiles: ['-0000'],
      notes: '=SUM(A1:A2) と書かれたメモ\n@二行目',
    },
  ];

  test('reads back what the writer wrote, without a mapping', () => {
    const result = readCardCsv(writeBusinessCardsCsv(cards));
    expect(result.errors).toEqual([]);
    expect(result.cards.map((c) => c.card)).toEqual(cards);
  });
});
