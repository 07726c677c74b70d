// Writes cards as vCard 4.0 (RFC 6350): CRLF line ends, lines folded at 75 octets without cutting a UTF-8
// character in two, text escaped. フリガナ go out twice — as N's SORT-AS (the standard place) and as
// X-PHONETIC-LAST/FIRST-NAME, the only place iOS and Android read them from.
// 名刺交換日 has no vCard property and is not written.
import type { BusinessCard } from './business-card.types.ts';

const CRLF = '\r\n';
const MAX_OCTETS = 75;

export function escapeVCardText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\\,;]/g, (ch) => `\\${ch}`).replace(/\n/g, '\\n');
}

// A parameter value cannot hold a double quote; it is quoted because kana can hold commas or colons.
const paramValue = (text: string): string => `"${text.replace(/"/g, "'")}"`;

/** Folds one content line: continuation lines start with a space, and no line is longer than 75 octets. */
export function foldVCardLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

// 「試験 太郎」→ 試験 / 太郎: the first space parts family from given name.
function splitName(name: string | null): [string, string] {
  if (name === null) return ['', ''];
  const space = name.indexOf(' ');
  return space === -1 ? [name, ''] : [name.slice(0, space), name.slice(space + 1)];
}

function cardLines(card: BusinessCard): string[] {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeVCardText(card.personName)}`];
  const [family, given] = splitName(card.personName);
  const [kanaFamily, kanaGiven] = splitName(card.personNameKana);
  const sortAs = card.personNameKana === null ? '' : `;SORT-AS=${paramValue(kanaGiven === '' ? kanaFamily : `${kanaFamily},${kanaGiven}`)}`;
  lines.push(`N${sortAs}:${escapeVCardText(family)};${escapeVCardText(given)};;;`);
  if (kanaFamily !== '') lines.push(`X-PHONETIC-LAST-NAME:${escapeVCardText(kanaFamily)}`);
  if (kanaGiven !== '') lines.push(`X-PHONETIC-FIRST-NAME:${escapeVCardText(kanaGiven)}`);
  if (card.companyName !== null || card.departmentName !== null) {
    const org = [card.companyName ?? '', ...(card.departmentName === null ? [] : [card.departmentName])];
    lines.push(`ORG:${org.map(escapeVCardText).join(';')}`);
  }
  if (card.title !== null) lines.push(`TITLE:${escapeVCardText(card.title)}`);
  for (const phone of card.phones) lines.push(`TEL;TYPE=work,voice:${escapeVCardText(phone)}`);
  for (const mobile of card.mobiles) lines.push(`TEL;TYPE=cell,voice:${escapeVCardText(mobile)}`);
  for (const fax of card.faxes) lines.push(`TEL;TYPE=work,fax:${escapeVCardText(fax)}`);
  for (const email of card.emails) lines.push(`EMAIL;TYPE=work:${escapeVCardText(email)}`);
  if (card.address !== null || card.postalCode !== null) {
    // The address as printed goes whole into the street part: splitting it into city and block would be a guess.
    lines.push(`ADR;TYPE=work:;;${escapeVCardText(card.address ?? '')};;;${escapeVCardText(card.postalCode ?? '')};`);
  }
  for (const url of card.urls) lines.push(`URL:${url}`);
  if (card.notes !== null) lines.push(`NOTE:${escapeVCardText(card.notes)}`);
  lines.push('END:VCARD');
  return lines;
}

export function writeVCard(card: BusinessCard): string {
  return cardLines(card).map(foldVCardLine).join(CRLF) + CRLF;
}

export function writeVCards(cards: readonly BusinessCard[]): string {
  return cards.map(writeVCard).join('');
}
