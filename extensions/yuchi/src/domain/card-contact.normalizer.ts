// The forms a card's texts are kept in, whatever they came from (vCard, a card app's CSV, OCR), so that the same
// card read twice compares equal and duplicates are found.
import type { BusinessCard } from './business-card.types.ts';
import { toKatakana } from './company-name.normalizer.ts';

// Hyphens, dashes, minus signs and the katakana long vowel mark, which Japanese IMEs and OCR put in numbers.
export const DASHES = /[\u2010-\u2015\u2212\u30fc\uff0d\uff70]/gu;

/** Trimmed, every run of spaces (full-width too) and line ends one space; null when nothing is left. */
export function cleanLine(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const line = text.replace(/\s+/gu, ' ').trim();
  return line === '' ? null : line;
}

/** Keeps line ends (a memo's paragraphs) but trims each line and the whole; null when empty. */
export function cleanMultiline(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/[^\S\n]+/gu, ' ').trim());
  const joined = lines.join('\n').replace(/^\n+|\n+$/g, '');
  return joined === '' ? null : joined;
}

/** フリガナ in full-width katakana: half-width kana and hiragana are folded. */
export function normalizeKana(text: string | null | undefined): string | null {
  const line = cleanLine(text?.normalize('NFKC'));
  return line === null ? null : toKatakana(line);
}

export function normalizeEmail(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const email = text.normalize('NFKC').replace(/\s+/gu, '').replace(/^mailto:/i, '');
  return email === '' ? null : email;
}

// The business_cards.email pattern, so that a card accepted here is accepted by Directus too.
const EMAIL = /^[^@\s]+@[^@\s]+$/;

export const isEmail = (text: string): boolean => EMAIL.test(text);

/** Half-width digits and ASCII hyphens; the layout (03-0000-0000, (03) 0000-0000, +81 …) is kept. */
export function normalizePhone(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const phone = text.normalize('NFKC').replace(/^tel:/i, '').replace(DASHES, '-').replace(/\s*-\s*/g, '-');
  return cleanLine(phone);
}

/** 〒, spaces and any dash allowed in; 123-4567 out, or null when it is not 7 digits. */
export function normalizePostalCode(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const digits = text.normalize('NFKC').replace(/^\s*〒/u, '').replace(DASHES, '-').replace(/\s+/gu, '');
  const match = /^(\d{3})-?(\d{4})$/.exec(digits);
  return match ? `${match[1]}-${match[2]}` : null;
}

// 新潟県 + 新潟市中央区 + 試験町1-2-3 run on as one address; a building name after a number gets a space.
const RUNS_ON = /[都道府県市区町村郡]$/u;

export function joinAddressParts(parts: readonly (string | null | undefined)[]): string | null {
  let address = '';
  for (const part of parts) {
    const line = cleanLine(part);
    if (line === null) continue;
    address = address === '' || RUNS_ON.test(address) ? `${address}${line}` : `${address} ${line}`;
  }
  return address === '' ? null : address;
}

/** Values once each, first spelling kept, in order: the list fields of a card. */
export function uniqueValues(values: readonly (string | null)[], key: (value: string) => string = (value) => value): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const value of values) {
    if (value === null) continue;
    const k = key(value);
    if (seen.has(k)) continue;
    seen.add(k);
    unique.push(value);
  }
  return unique;
}

export const emailKey = (email: string): string => email.trim().toLowerCase();
// 03-0000-0001 and 03(0000)0001 are one number.
export const phoneKey = (phone: string): string => phone.normalize('NFKC').replace(/[^\d+]/g, '');

/**
 * The one form a card is kept in: single-line texts cleaned, フリガナ in katakana, e-mails, phones and the postal
 * code normalised, each list without repeats. Every reader ends with it, so two readings of one card compare equal.
 */
export function canonicalBusinessCard(card: BusinessCard): BusinessCard {
  const postalCode = normalizePostalCode(card.postalCode);
  return {
    personName: cleanLine(card.personName) ?? '',
    personNameKana: normalizeKana(card.personNameKana),
    companyName: cleanLine(card.companyName),
    departmentName: cleanLine(card.departmentName),
    title: cleanLine(card.title),
    emails: uniqueValues(card.emails.map(normalizeEmail), emailKey),
    phones: uniqueValues(card.phones.map(normalizePhone), phoneKey),
    mobiles: uniqueValues(card.mobiles.map(normalizePhone), phoneKey),
    faxes: uniqueValues(card.faxes.map(normalizePhone), phoneKey),
    // A postal code that is not 7 digits (a foreign one) is kept, not dropped.
    postalCode: postalCode ?? cleanLine(card.postalCode),
    // Widths folded (１－２－３ is 1-2-3) so that the same address typed twice compares equal.
    address: cleanLine(card.address?.normalize('NFKC')),
    urls: uniqueValues(card.urls.map((url) => cleanLine(url)?.replace(/\s+/g, '') ?? null)),
    exchangedOn: cleanLine(card.exchangedOn),
    notes: cleanMultiline(card.notes),
  };
}
