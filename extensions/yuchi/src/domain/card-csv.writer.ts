// Cards as CSV in our own layout, BUSINESS_CARD_CSV_HEADER: one card a row, the header in Japanese as Excel users
// read it, UTF-8 with a BOM and CRLF (what Excel opens without asking), RFC 4180 quoting. A cell holding several
// values (two e-mails) has one per line. The card CSV mapper reads this layout back without a mapping.
import { BUSINESS_CARD_LABELS, type BusinessCard, type BusinessCardField } from './business-card.types.ts';
import { safeCell } from './spreadsheet-cell.ts';

export const BUSINESS_CARD_CSV_FIELDS = [
  'personName', 'personNameKana', 'companyName', 'departmentName', 'title', 'emails', 'phones', 'mobiles', 'faxes',
  'postalCode', 'address', 'urls', 'exchangedOn', 'notes',
] as const satisfies readonly BusinessCardField[];

/** 氏名,フリガナ,会社名,部署,役職,メールアドレス,電話番号,携帯電話,FAX,郵便番号,住所,URL,名刺交換日,メモ */
export const BUSINESS_CARD_CSV_HEADER: readonly string[] = BUSINESS_CARD_CSV_FIELDS.map((field) => BUSINESS_CARD_LABELS[field]);

// A phone number such as +81-3-… would be a formula to Excel; a leading apostrophe makes it text, as typed by hand.
export const FORMULA_GUARD = "'";

export function csvField(text: string): string {
  const value = safeCell(text).asText ? `${FORMULA_GUARD}${text}` : text;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function businessCardCsvRow(card: BusinessCard): string[] {
  return BUSINESS_CARD_CSV_FIELDS.map((field) => {
    const value = card[field];
    return Array.isArray(value) ? value.join('\n') : (value ?? '');
  });
}

export function writeBusinessCardsCsv(cards: readonly BusinessCard[], { bom = true }: { bom?: boolean } = {}): string {
  const rows = [BUSINESS_CARD_CSV_HEADER, ...cards.map(businessCardCsvRow)];
  return `${bom ? '\uFEFF' : ''}${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
