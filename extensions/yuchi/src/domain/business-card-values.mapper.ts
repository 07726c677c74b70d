// A card as a business_cards row and back. The row has one e-mail, one phone and one mobile, no FAX, URL, postal
// code or company name of its own (company is a link to companies); what does not fit a column goes into the memo
// under a label, so an import never drops what the card says.
import { emptyBusinessCard, type BusinessCard } from './business-card.types.ts';
import { cleanMultiline, isEmail, normalizePostalCode } from './card-contact.normalizer.ts';

// Keyed by the business_cards column names (company, establishment, image and sharing are the caller's).
export interface BusinessCardValues {
  person_name: string;
  person_name_kana: string | null;
  department_name: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  address: string | null;
  exchanged_on: string | null;
  notes: string | null;
}

export const NOTE_LABELS = {
  company: '会社名',
  emails: 'メールアドレス（ほか）',
  phones: '電話番号（ほか）',
  mobiles: '携帯電話（ほか）',
  faxes: 'FAX',
  urls: 'URL',
} as const;

const POSTAL_PREFIX = /^〒\s*(\d{3}-?\d{4})\s*/u;

/** `companyLinked`: the row's company is set, so the company name need not be kept in the memo. */
export function businessCardValues(card: BusinessCard, { companyLinked }: { companyLinked: boolean }): BusinessCardValues {
  const email = card.emails.find(isEmail) ?? null;
  const extra: [string, readonly string[]][] = [
    [NOTE_LABELS.company, !companyLinked && card.companyName !== null ? [card.companyName] : []],
    [NOTE_LABELS.emails, card.emails.filter((e) => e !== email)],
    [NOTE_LABELS.phones, card.phones.slice(1)],
    [NOTE_LABELS.mobiles, card.mobiles.slice(1)],
    [NOTE_LABELS.faxes, card.faxes],
    [NOTE_LABELS.urls, card.urls],
  ];
  const extraLines = extra.filter(([, values]) => values.length > 0).map(([label, values]) => `${label}: ${values.join(', ')}`);
  const address = [card.postalCode === null ? null : `〒${card.postalCode}`, card.address].filter((part) => part !== null).join(' ');
  return {
    person_name: card.personName,
    person_name_kana: card.personNameKana,
    department_name: card.departmentName,
    title: card.title,
    email,
    phone: card.phones[0] ?? null,
    mobile: card.mobiles[0] ?? null,
    address: address === '' ? null : address,
    exchanged_on: card.exchangedOn,
    notes: cleanMultiline([card.notes, extraLines.join('\n')].filter((part) => part !== null && part !== '').join('\n\n')),
  };
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** A row read back (for export, duplicates, merging); the company name comes from the linked company. */
export function businessCardFromValues(row: Partial<Record<keyof BusinessCardValues, unknown>>, companyName: string | null): BusinessCard {
  const card = emptyBusinessCard(text(row.person_name) ?? '');
  const address = text(row.address);
  const postal = address === null ? null : POSTAL_PREFIX.exec(address);
  card.personNameKana = text(row.person_name_kana);
  card.companyName = companyName;
  card.departmentName = text(row.department_name);
  card.title = text(row.title);
  card.emails = [text(row.email)].filter((v) => v !== null);
  card.phones = [text(row.phone)].filter((v) => v !== null);
  card.mobiles = [text(row.mobile)].filter((v) => v !== null);
  card.postalCode = postal ? normalizePostalCode(postal[1]) : null;
  card.address = postal && address !== null ? text(address.slice(postal[0].length)) : address;
  // Directus returns dates as YYYY-MM-DD; some drivers add a time.
  card.exchangedOn = text(row.exchanged_on)?.slice(0, 10) ?? null;
  card.notes = cleanMultiline(text(row.notes));
  return card;
}
