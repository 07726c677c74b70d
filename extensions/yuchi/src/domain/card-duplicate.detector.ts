// Finds cards that are one person: the same e-mail address (case and surrounding spaces ignored), or the same
// name at the same company. Matches chain — A and B share an e-mail, B and C a name and company — so a group is
// everything connected, with the reasons that connected it.
//
// Names compare without spaces (full-width too), widths or variant kanji (髙橋 = 高橋); companies as the company
// search does (株式会社テスト = (株)テスト). A name without a company never matches on the name alone: two 佐藤
// at unknown companies are not one person.
import { normalizeSearchText, toKatakana } from './company-name.normalizer.ts';
import { emailKey } from './card-contact.normalizer.ts';
import { foldKanjiVariants } from './kanji-variant.folder.ts';

export interface DuplicateCandidate<K> {
  key: K;
  personName: string;
  companyName: string | null;
  emails: readonly string[];
}

export type DuplicateReason = 'email' | 'name_company';

export interface DuplicateGroup<K> {
  // In input order.
  keys: K[];
  reasons: DuplicateReason[];
  // The e-mails and name@company keys the members share.
  matchedOn: string[];
}

export function personNameKey(name: string): string {
  return toKatakana(foldKanjiVariants(name).toLowerCase().replace(/\s+/gu, ''));
}

/** Null when there is no company to tell two people of one name apart. */
export function nameAtCompanyKey(personName: string, companyName: string | null): string | null {
  const company = companyName === null ? '' : foldKanjiVariants(normalizeSearchText(companyName));
  const name = personNameKey(personName);
  return company === '' || name === '' ? null : `${name}@${company}`;
}

export function findDuplicateCards<K>(candidates: readonly DuplicateCandidate<K>[]): DuplicateGroup<K>[] {
  const parent = candidates.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const links: { member: number; reason: DuplicateReason; value: string }[] = [];
  const firstWith = new Map<string, number>();
  const link = (index: number, reason: DuplicateReason, value: string) => {
    const id = `${reason}:${value}`;
    const first = firstWith.get(id);
    if (first === undefined) {
      firstWith.set(id, index);
      return;
    }
    if (first === index) return;
    parent[root(index)] = root(first);
    links.push({ member: first, reason, value }, { member: index, reason, value });
  };

  candidates.forEach((candidate, index) => {
    for (const email of candidate.emails) {
      const key = emailKey(email);
      if (key !== '') link(index, 'email', key);
    }
    const nameKey = nameAtCompanyKey(candidate.personName, candidate.companyName);
    if (nameKey !== null) link(index, 'name_company', nameKey);
  });

  const groups = new Map<number, { members: Set<number>; reasons: Set<DuplicateReason>; matchedOn: Set<string> }>();
  for (const { member, reason, value } of links) {
    const r = root(member);
    const group = groups.get(r) ?? { members: new Set<number>(), reasons: new Set<DuplicateReason>(), matchedOn: new Set<string>() };
    group.members.add(member);
    group.reasons.add(reason);
    group.matchedOn.add(value);
    groups.set(r, group);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, sorted: [...group.members].sort((a, b) => a - b) }))
    .sort((a, b) => a.sorted[0]! - b.sorted[0]!)
    .map((group) => ({
      keys: group.sorted.map((m) => candidates[m]!.key),
      reasons: (['email', 'name_company'] as const).filter((reason) => group.reasons.has(reason)),
      matchedOn: [...group.matchedOn],
    }));
}
