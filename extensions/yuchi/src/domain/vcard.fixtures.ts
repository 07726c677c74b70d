// Synthetic .vcf texts as the common writers produce them, shared by the vCard parser and writer tests.
// Names, numbers and addresses are fictional (example.jp, 03-0000-XXXX).
import iconv from 'iconv-lite';
import type { BusinessCard } from './business-card.types.ts';

export const TARO: BusinessCard = {
  personName: '試験 太郎',
  personNameKana: 'シケン タロウ',
  companyName: '株式会社テストソフト',
  departmentName: '営業部 第一課',
  title: '部長',
  emails: ['taro@example.jp'],
  phones: ['03-0000-0001'],
  mobiles: ['090-0000-0001'],
  faxes: ['03-0000-0002'],
  postalCode: '100-0000',
  address: '東京都千代田区試験町1-2-3 テストビル5F',
  urls: ['https://www.example.jp/'],
  exchangedOn: null,
  notes: '展示会で名刺交換\n次回訪問: 未定',
};

/**
 * Quoted-printable the way phones write it: bytes of 0x80 and up (and =) as =XX, the rest as they are — so a
 * Shift-JIS second byte such as ソ's 0x5C stays a literal backslash — in lines of at most 76 with soft breaks.
 */
export function quotedPrintable(text: string, charset: string, prefixLength = 0): string {
  const bytes = iconv.encode(text, charset);
  const pieces = [...bytes].map((byte) => (byte >= 0x80 || byte === 0x3d || byte < 0x20 ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(byte)));
  const lines: string[] = [];
  let line = '';
  let room = 75 - prefixLength;
  for (const piece of pieces) {
    if (line.length + piece.length > room) {
      lines.push(`${line}=`);
      line = '';
      room = 75;
    }
    line += piece;
  }
  lines.push(line);
  return lines.join('\r\n');
}

const qpLine = (head: string, value: string, charset = 'Shift_JIS'): string => `${head}:${quotedPrintable(value, charset, head.length + 1)}`;
const SJIS_QP = 'CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE';

// Android's and Japanese feature phones' 2.1 export: Shift-JIS quoted-printable, 2.1 parameters, SOUND;X-IRMC-N.
export const VCARD_21 = [
  'BEGIN:VCARD',
  'VERSION:2.1',
  qpLine(`N;${SJIS_QP}`, '試験;太郎;;;'),
  qpLine(`FN;${SJIS_QP}`, '試験 太郎'),
  `SOUND;X-IRMC-N;CHARSET=SHIFT_JIS:ｼｹﾝ;ﾀﾛｳ;;;`,
  qpLine(`ORG;${SJIS_QP}`, '株式会社テストソフト;営業部 第一課'),
  qpLine(`TITLE;${SJIS_QP}`, '部長'),
  'TEL;WORK;VOICE:03-0000-0001',
  'TEL;CELL:090-0000-0001',
  'TEL;WORK;FAX:03-0000-0002',
  'EMAIL;INTERNET;PREF:taro@example.jp',
  qpLine(`ADR;WORK;${SJIS_QP}`, ';;試験町1-2-3 テストビル5F;千代田区;東京都;100-0000;日本'),
  'URL:https://www.example.jp/',
  qpLine('NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE', '展示会で名刺交換\r\n次回訪問: 未定', 'utf8'),
  'END:VCARD',
].join('\r\n');

// iOS Contacts' 3.0 export: groups, type= repeated, X-PHONETIC-*, a LF-only file with folded lines.
export const VCARD_30 = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'PRODID:-//Apple Inc.//iPhone OS 17.0//EN',
  'N:試験;太郎;;;',
  'FN:試験 太郎',
  'X-PHONETIC-FIRST-NAME:タロウ',
  'X-PHONETIC-LAST-NAME:シケン',
  'ORG:株式会社テストソフト;営業部 第一課;',
  'TITLE:部長',
  'item1.EMAIL;type=INTERNET;type=WORK;type=pref:taro@example.jp',
  'TEL;type=CELL;type=VOICE:090-0000-0001',
  'TEL;type=WORK;type=VOICE;type=pref:03-0000-0001',
  'TEL;type=WORK;type=FAX:03-0000-0002',
  'item2.ADR;type=WORK;type=pref:;;試験町1-2-3 テストビル5F;千代田区;東京都;100-0000;日',
  ' 本',
  'item2.X-ABADR:jp',
  'item3.URL;type=pref:https://www.example.jp/',
  'item3.X-ABLabel:_$!<HomePage>!$_',
  'NOTE:展示会で名刺交換\\n次回訪問: 未定',
  'END:VCARD',
].join('\n');

// A 4.0 card as RFC 6350 writes it: SORT-AS, tel: URIs, quoted parameter values, PREF.
export const VCARD_40 = [
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:試験 太郎',
  'N;SORT-AS="シケン,タロウ":試験;太郎;;;',
  'ORG:株式会社テストソフト;営業部 第一課',
  'TITLE:部長',
  'TEL;VALUE=uri;TYPE=cell:tel:090-0000-0001',
  'TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:03-0000-0001',
  'TEL;TYPE="work,fax":03-0000-0002',
  'EMAIL;TYPE=work:taro@example.jp',
  'ADR;TYPE=work;LABEL="〒100-0000 東京都千代田区試験町1-2-3\\nテストビル5F":;;試験町1-2-3 テストビル5F;千代田区;東京都;100-0000;',
  'URL:https://www.example.jp/',
  'NOTE:展示会で名刺交換\\n次回訪問: 未定',
  'END:VCARD',
].join('\r\n');

export const card = (...lines: string[]): string => ['BEGIN:VCARD', ...lines, 'END:VCARD'].join('\r\n');
