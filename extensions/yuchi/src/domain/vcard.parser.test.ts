import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { emptyBusinessCard } from './business-card.types.ts';
import { card, quotedPrintable, TARO, VCARD_21, VCARD_30, VCARD_40 } from './vcard.fixtures.ts';
import { parseVCardBytes, parseVCards, type VCardErrorCode } from './vcard.parser.ts';

const only = (text: string) => {
  const result = parseVCards(text);
  expect(result.errors).toEqual([]);
  expect(result.cards).toHaveLength(1);
  return result.cards[0]!.businessCard;
};

describe('parseVCards', () => {
  test.each([
    ['2.1 from a Japanese phone (Shift-JIS quoted-printable, soft line breaks, SOUND;X-IRMC-N)', VCARD_21, '2.1'],
    ['3.0 from iOS (groups, type= parameters, X-PHONETIC-*, LF line ends, a folded line)', VCARD_30, '3.0'],
    ['4.0 (SORT-AS, tel: URIs, quoted parameters, PREF)', VCARD_40, '4.0'],
  ])('reads every field of %s', (_label, text, version) => {
    const result = parseVCards(text);
    expect(result.errors).toEqual([]);
    expect(result.cards).toEqual([{ card: 1, line: 1, version, businessCard: TARO }]);
  });

  test('reads many cards from one file, numbering them in file order', () => {
    const text = [card('VERSION:3.0', 'FN:試験 太郎'), card('VERSION:4.0', 'FN:テスト 花子'), card('VERSION:2.1', 'N:見本;次郎;;;')].join('\r\n');
    expect(parseVCards(text).cards.map((c) => [c.card, c.businessCard.personName])).toEqual([[1, '試験 太郎'], [2, 'テスト 花子'], [3, '見本 次郎']]);
  });

  test('unfolds lines continued with a space or a tab after CRLF or LF', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:試験\r\n  太郎\r\nNOTE:一行目\n\tの続き\r\nEND:VCARD\r\n';
    expect(only(text)).toMatchObject({ personName: '試験 太郎', notes: '一行目の続き' });
  });

  test('joins quoted-printable soft line breaks, even when the charset splits a character across them', () => {
    const note = 'テストソフトの展示会ブースで名刺交換。'.repeat(4);
    const value = quotedPrintable(note, 'Shift_JIS', 40);
    expect(value.split('\r\n').length).toBeGreaterThan(3);
    expect(only(card('VERSION:2.1', 'FN:試験 太郎', `NOTE;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:${value}`)).notes).toBe(note);
  });

  test('decodes quoted-printable in UTF-8, and without a charset tells UTF-8 from Shift-JIS', () => {
    expect(only(card('VERSION:2.1', `FN;CHARSET=UTF-8;QUOTED-PRINTABLE:${quotedPrintable('テスト 花子', 'utf8')}`)).personName).toBe('テスト 花子');
    expect(only(card('VERSION:2.1', `FN;ENCODING=QUOTED-PRINTABLE:${quotedPrintable('テスト 花子', 'utf8')}`)).personName).toBe('テスト 花子');
    expect(only(card('VERSION:2.1', `FN;ENCODING=QUOTED-PRINTABLE:${quotedPrintable('テスト 花子', 'Shift_JIS')}`)).personName).toBe('テスト 花子');
  });

  test('decodes BASE64 (2.1) and ENCODING=b (3.0) text values', () => {
    const b64 = Buffer.from('テスト 花子', 'utf8').toString('base64');
    const sjis = iconv.encode('株式会社テスト', 'Shift_JIS').toString('base64');
    expect(only(card('VERSION:3.0', `FN;ENCODING=b;CHARSET=UTF-8:${b64}`, `ORG;ENCODING=b;CHARSET=SHIFT_JIS:${sjis}`))).toMatchObject({ personName: 'テスト 花子', companyName: '株式会社テスト' });
    expect(only(card('VERSION:2.1', `FN;BASE64:${b64}`)).personName).toBe('テスト 花子');
  });

  test('reads 2.1 parameters without names and 3.0/4.0 TYPE lists alike', () => {
    const lines = (...tel: string[]) => only(card('VERSION:3.0', 'FN:試験 太郎', ...tel));
    expect(lines('TEL;WORK;VOICE:03-0000-0001', 'TEL;CELL:090-0000-0001', 'TEL;FAX:03-0000-0002')).toMatchObject({ phones: ['03-0000-0001'], mobiles: ['090-0000-0001'], faxes: ['03-0000-0002'] });
    expect(lines('TEL;TYPE=work,voice:03-0000-0001', 'TEL;TYPE=CELL:090-0000-0001', 'TEL;TYPE=work;TYPE=fax:03-0000-0002')).toMatchObject({ phones: ['03-0000-0001'], mobiles: ['090-0000-0001'], faxes: ['03-0000-0002'] });
  });

  test('puts the preferred phone and e-mail first and keeps the others', () => {
    const result = only(card('VERSION:3.0', 'FN:試験 太郎', 'TEL:03-0000-0003', 'TEL;TYPE=pref:03-0000-0001', 'EMAIL:b@example.jp', 'EMAIL;PREF=1:a@example.jp'));
    expect(result).toMatchObject({ phones: ['03-0000-0001', '03-0000-0003'], emails: ['a@example.jp', 'b@example.jp'] });
  });

  test('ignores group prefixes and the case of property and parameter names', () => {
    expect(only(card('version:3.0', 'item1.fn:試験 太郎', 'ITEM2.EMAIL;type=internet:taro@example.jp', 'item3.tel;type=cell:090-0000-0001'))).toMatchObject({
      personName: '試験 太郎',
      emails: ['taro@example.jp'],
      mobiles: ['090-0000-0001'],
    });
  });

  test('unescapes \\, \\; \\n and \\\\, and splits structured values only on unescaped semicolons', () => {
    const result = only(card('VERSION:3.0', 'FN:試験 太郎', 'ORG:テスト\\; 試験株式会社;営業部\\, 企画部', 'NOTE:一行目\\n二行目\\N三行目 \\\\ 終わり', 'TITLE:部長\\, 営業担当'));
    expect(result).toMatchObject({ companyName: 'テスト; 試験株式会社', departmentName: '営業部, 企画部', notes: '一行目\n二行目\n三行目 \\ 終わり', title: '部長, 営業担当' });
  });

  test('reads a colon inside a quoted parameter value as part of the parameter', () => {
    expect(only(card('VERSION:4.0', 'FN:試験 太郎', 'NOTE;X-SOURCE="https://example.jp/a:b":本文')).notes).toBe('本文');
  });

  test.each([
    ['X-PHONETIC-LAST/FIRST-NAME', ['N:試験;太郎;;;', 'X-PHONETIC-LAST-NAME:シケン', 'X-PHONETIC-FIRST-NAME:タロウ']],
    ["4.0's SORT-AS on N", ['N;SORT-AS="シケン,タロウ":試験;太郎;;;']],
    ["3.0's SORT-STRING", ['N:試験;太郎;;;', 'SORT-STRING:シケン タロウ']],
    ['SOUND;X-IRMC-N in half-width kana', ['N:試験;太郎;;;', 'SOUND;X-IRMC-N:ｼｹﾝ;ﾀﾛｳ;;;']],
    ['X-FURIGANA in hiragana', ['N:試験;太郎;;;', 'X-FURIGANA:しけん;たろう']],
  ])('reads the フリガナ from %s, in katakana', (_label, lines) => {
    expect(only(card('VERSION:3.0', ...lines))).toMatchObject({ personName: '試験 太郎', personNameKana: 'シケン タロウ' });
  });

  test('builds the name from N when FN is missing: family first for Japanese, given first otherwise', () => {
    expect(only(card('VERSION:2.1', 'N:試験;太郎;;;')).personName).toBe('試験 太郎');
    expect(only(card('VERSION:2.1', 'N:Shiken;Taro;;;')).personName).toBe('Taro Shiken');
    expect(only(card('VERSION:3.0', 'FN:', 'N:テスト;;;;')).personName).toBe('テスト');
  });

  test('takes the work address, and the LABEL when the parts are empty', () => {
    expect(only(card('VERSION:3.0', 'FN:試験 太郎', 'ADR;TYPE=home:;;自宅町1;;新潟県;950-0000;', 'ADR;TYPE=work:;;試験町1-2-3;新潟市中央区;新潟県;９５０－０００１;'))).toMatchObject({
      postalCode: '950-0001',
      address: '新潟県新潟市中央区試験町1-2-3',
    });
    expect(only(card('VERSION:4.0', 'FN:試験 太郎', 'ADR;LABEL="東京都千代田区試験町1-2-3":;;;;;;')).address).toBe('東京都千代田区試験町1-2-3');
    expect(only(card('VERSION:3.0', 'FN:Taro Shiken', 'ADR:;Suite 5;1-2-3 Shiken-cho;Chiyoda-ku;Tokyo;100-0000;Japan')).address).toBe('1-2-3 Shiken-cho, Suite 5, Chiyoda-ku, Tokyo');
  });

  test('keeps a card with only a name, every other field empty', () => {
    expect(only(card('VERSION:4.0', 'FN:テスト 花子'))).toEqual(emptyBusinessCard('テスト 花子'));
  });

  test('ignores blank lines, PHOTO data and lines without a colon', () => {
    const text = card('VERSION:2.1', 'FN:試験 太郎', '', 'PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQ', '4AAQSkZJRgABAQ==', '', 'TITLE:部長');
    expect(only(text)).toMatchObject({ personName: '試験 太郎', title: '部長' });
  });

  const GOOD_1 = card('VERSION:3.0', 'FN:試験 太郎');
  const GOOD_3 = card('VERSION:3.0', 'FN:テスト 花子');
  test.each<[string, string, VCardErrorCode]>([
    ['a card without END:VCARD', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:見本 次郎', 'YUCHI_VCARD_UNTERMINATED'],
    ['a card without BEGIN:VCARD', 'VERSION:3.0\r\nFN:見本 次郎\r\nEND:VCARD', 'YUCHI_VCARD_NO_BEGIN'],
    ['a card without FN or N', card('VERSION:3.0', 'ORG:株式会社テスト', 'TEL:03-0000-0001'), 'YUCHI_VCARD_NO_NAME'],
    ['a card with an empty N and no FN', card('VERSION:3.0', 'N:;;;;'), 'YUCHI_VCARD_NO_NAME'],
    ['a card of an unknown VERSION', card('VERSION:5.0', 'FN:見本 次郎'), 'YUCHI_VCARD_VERSION'],
    ['a bad quoted-printable sequence', card('VERSION:2.1', 'FN;ENCODING=QUOTED-PRINTABLE:=E8=A9=ZZ'), 'YUCHI_VCARD_QUOTED_PRINTABLE'],
    ['broken BASE64', card('VERSION:3.0', 'FN;ENCODING=b:***'), 'YUCHI_VCARD_BASE64'],
    ['an unknown CHARSET', card('VERSION:2.1', 'FN;CHARSET=X-UNKNOWN;ENCODING=QUOTED-PRINTABLE:=41'), 'YUCHI_VCARD_CHARSET'],
  ])('reports %s as card 2 in Japanese and still reads cards 1 and 3', (_label, broken, code) => {
    const result = parseVCards([GOOD_1, broken, GOOD_3].join('\r\n'));
    expect(result.cards.map((c) => [c.card, c.businessCard.personName])).toEqual([[1, '試験 太郎'], [3, 'テスト 花子']]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ card: 2, code });
    expect(result.errors[0]!.line).toBeGreaterThan(3);
    expect(result.errors[0]!.message).toMatch(/^2枚目.*[\u3040-\u30ff]/u);
  });

  test('reports a last card cut off at the end of the file', () => {
    const result = parseVCards(`${GOOD_1}\r\nBEGIN:VCARD\r\nFN:見本 次郎\r\n`);
    expect(result.cards).toHaveLength(1);
    expect(result.errors).toMatchObject([{ card: 2, line: 5, code: 'YUCHI_VCARD_UNTERMINATED' }]);
  });

  test.each([['an empty file', ''], ['a CSV file', '氏名,会社名\r\n試験 太郎,株式会社テスト\r\n']])('says there is no vCard in %s', (_label, text) => {
    expect(parseVCards(text)).toMatchObject({ cards: [], errors: [{ card: 1, code: 'YUCHI_VCARD_NONE' }] });
  });
});

describe('parseVCardBytes', () => {
  test.each([
    ['UTF-8', Buffer.from(VCARD_30, 'utf8')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VCARD_40, 'utf8')])],
    ['Shift-JIS', iconv.encode(VCARD_30, 'Shift_JIS')],
    ['Shift-JIS with quoted-printable values inside', iconv.encode(VCARD_21, 'Shift_JIS')],
  ])('reads a file in %s', (_label, bytes) => {
    const result = parseVCardBytes(bytes);
    expect(result.errors).toEqual([]);
    expect(result.cards[0]?.businessCard).toEqual(TARO);
  });
});
