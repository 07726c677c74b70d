import { describe, expect, test } from 'vitest';
import { emptyBusinessCard, type BusinessCard } from './business-card.types.ts';
import { TARO, VCARD_21, VCARD_30, VCARD_40 } from './vcard.fixtures.ts';
import { parseVCards } from './vcard.parser.ts';
import { escapeVCardText, foldVCardLine, writeVCard, writeVCards } from './vcard.writer.ts';

const readBack = (text: string): BusinessCard[] => {
  const result = parseVCards(text);
  expect(result.errors).toEqual([]);
  return result.cards.map((c) => c.businessCard);
};

const octets = (line: string): number => Buffer.byteLength(line, 'utf8');

const HANAKO: BusinessCard = {
  ...emptyBusinessCard('テスト 花子'),
  personNameKana: 'テスト ハナコ',
  departmentName: '総務部; 人事課, 採用担当',
  emails: ['hanako@example.com', 'h.test@example.jp'],
  phones: ['0120-000-001', '03-0000-0003'],
  postalCode: '950-0000',
  urls: ['https://example.com/a,b?c=1;d=2'],
  notes: 'バックスラッシュ \\ とカンマ, セミコロン; を含むメモ\n二行目\n\n三行目'.repeat(3),
};

describe('writeVCard', () => {
  test('writes vCard 4.0 with CRLF line ends, kana as SORT-AS and X-PHONETIC-*', () => {
    const text = writeVCard(TARO);
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('N;SORT-AS="シケン,タロウ":試験;太郎;;;\r\n');
    expect(unfolded).toContain('X-PHONETIC-LAST-NAME:シケン\r\n');
    expect(unfolded).toContain('X-PHONETIC-FIRST-NAME:タロウ\r\n');
    expect(unfolded).toContain('ORG:株式会社テストソフト;営業部 第一課\r\n');
    expect(unfolded).toContain('TEL;TYPE=cell,voice:090-0000-0001\r\n');
    expect(unfolded).toContain('ADR;TYPE=work:;;東京都千代田区試験町1-2-3 テストビル5F;;;100-0000;\r\n');
  });

  test('escapes backslashes, commas, semicolons and line ends in text', () => {
    expect(escapeVCardText('a\\b,c;d\r\ne\nf')).toBe('a\\\\b\\,c\\;d\\ne\\nf');
  });

  test('folds every line at 75 octets without cutting a UTF-8 character, and unfolding gives the line back', () => {
    const line = `NOTE:${'名刺交換😀abc'.repeat(30)}`;
    const folded = foldVCardLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(5);
    for (const [i, part] of physical.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      expect(part).not.toMatch(/[\ud800-\udbff]$|^ ?[\udc00-\udfff]/u);
    }
    expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  test('leaves a line of exactly 75 octets alone', () => {
    const line = `NOTE:${'a'.repeat(70)}`;
    expect(foldVCardLine(line)).toBe(line);
    expect(foldVCardLine(`${line}b`).split('\r\n')).toEqual([line, ' b']);
  });

  test('writes several cards one after another', () => {
    expect(readBack(writeVCards([TARO, HANAKO]))).toEqual([TARO, HANAKO]);
  });
});

describe('vCard round trip', () => {
  test.each<[string, BusinessCard]>([
    ['a card with every field', TARO],
    ['escapes, long folded notes and several phones and e-mails', HANAKO],
    ['only a name', emptyBusinessCard('試験 太郎')],
    ['a name without a space and kana without a space', { ...emptyBusinessCard('試験太郎'), personNameKana: 'シケンタロウ' }],
    ['a Western name', { ...emptyBusinessCard('Taro Shiken'), companyName: 'Example Co., Ltd.', title: 'Sales Manager', emails: ['taro@example.com'] }],
    ['a company without a department, and a postal code without an address', { ...emptyBusinessCard('見本 次郎'), companyName: '見本株式会社', postalCode: '100-0001' }],
    ['a department without a company', { ...emptyBusinessCard('見本 次郎'), departmentName: '営業部' }],
    ['a fax and mobile but no office phone', { ...emptyBusinessCard('見本 次郎'), mobiles: ['080-0000-0001', '090-0000-0002'], faxes: ['03-0000-0009'] }],
  ])('reads back %s exactly as written', (_label, card) => {
    expect(readBack(writeVCard(card))).toEqual([card]);
  });

  test.each([
    ['2.1', VCARD_21],
    ['3.0', VCARD_30],
    ['4.0', VCARD_40],
  ])('a %s card read, written as 4.0 and read again is the same card', (_version, text) => {
    const [canonical] = readBack(text);
    expect(canonical).toEqual(TARO);
    expect(readBack(writeVCard(canonical!))).toEqual([canonical]);
  });
});
