// Plans the merge of two cards of one person (found by card-duplicate.detector): one card is kept and takes the
// other's values, field by field; the caller deletes the other and records the changes in the history.
//   - a value only one card has is kept, whichever card it is on;
//   - where both have a value, the newer card's wins (a new title, a move to another department);
//   - e-mails, phones, FAX and URLs are lists: both cards' go in, the newer card's first, each number once;
//   - memos are both kept, the newer first; 名刺交換日 keeps the earlier day, when the two first met.
import { BUSINESS_CARD_LABELS, type BusinessCard, type BusinessCardField } from './business-card.types.ts';
import { cleanLine, emailKey, phoneKey, uniqueValues } from './card-contact.normalizer.ts';

export interface DatedCard {
  card: BusinessCard;
  // ISO timestamp of the last change (date_updated, else date_created); null when unknown, which counts as oldest.
  updatedAt: string | null;
}

export type CardFieldValue = string | string[] | null;

export interface CardMergeChange {
  field: BusinessCardField;
  label: string;
  before: CardFieldValue;
  after: CardFieldValue;
}

export interface CardMergePlan {
  merged: BusinessCard;
  // What the kept card gains or loses, field by field: empty when the other card adds nothing.
  changes: CardMergeChange[];
  // One line for the history.
  summary: string;
}

const LIST_KEYS = { emails: emailKey, phones: phoneKey, mobiles: phoneKey, faxes: phoneKey, urls: (url: string) => url } as const;

const sameText = (a: string | null, b: string | null): boolean => (a ?? '').normalize('NFKC').replace(/\s+/gu, '') === (b ?? '').normalize('NFKC').replace(/\s+/gu, '');

function mergeNotes(newer: string | null, older: string | null): string | null {
  if (newer === null || older === null) return newer ?? older;
  if (newer.includes(older)) return newer;
  if (older.includes(newer)) return older;
  return `${newer}\n\n${older}`;
}

function earlier(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return a <= b ? a : b;
}

const pickText = (newer: string | null, older: string | null): string | null => cleanLine(newer) ?? cleanLine(older);

function equalValues(a: CardFieldValue, b: CardFieldValue): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/** `keep` stays (its id survives), `other` is folded into it. On equal times, `keep` counts as the newer. */
export function planCardMerge({ keep, other }: { keep: DatedCard; other: DatedCard }): CardMergePlan {
  const keepIsNewer = (other.updatedAt ?? '') <= (keep.updatedAt ?? '');
  const newer = keepIsNewer ? keep.card : other.card;
  const older = keepIsNewer ? other.card : keep.card;

  // An address and its postal code go together: a moved office does not keep the old postal code.
  const moved = cleanLine(newer.address) !== null && cleanLine(older.address) !== null && !sameText(newer.address, older.address);
  const merged: BusinessCard = {
    personName: cleanLine(newer.personName) ?? older.personName,
    // A kana for a different spelling of the name is not kept: it would be the reading of the other spelling.
    personNameKana: sameText(newer.personName, older.personName) ? pickText(newer.personNameKana, older.personNameKana) : newer.personNameKana,
    companyName: pickText(newer.companyName, older.companyName),
    departmentName: pickText(newer.departmentName, older.departmentName),
    title: pickText(newer.title, older.title),
    emails: [],
    phones: [],
    mobiles: [],
    faxes: [],
    postalCode: moved ? cleanLine(newer.postalCode) : pickText(newer.postalCode, older.postalCode),
    address: pickText(newer.address, older.address),
    urls: [],
    exchangedOn: earlier(newer.exchangedOn, older.exchangedOn),
    notes: mergeNotes(newer.notes, older.notes),
  };
  for (const [field, key] of Object.entries(LIST_KEYS) as [keyof typeof LIST_KEYS, (value: string) => string][]) {
    merged[field] = uniqueValues([...newer[field], ...older[field]], key);
  }

  const changes: CardMergeChange[] = [];
  for (const field of Object.keys(BUSINESS_CARD_LABELS) as BusinessCardField[]) {
    const before = keep.card[field];
    const after = merged[field];
    if (!equalValues(before, after)) changes.push({ field, label: BUSINESS_CARD_LABELS[field], before, after });
  }
  const summary = changes.length === 0
    ? `名刺「${merged.personName}」に重複した名刺を統合しました（変更なし）`
    : `名刺「${merged.personName}」に重複した名刺を統合しました（${changes.map((c) => c.label).join('、')}）`;
  return { merged, changes, summary };
}
