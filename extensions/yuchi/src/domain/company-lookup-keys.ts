// The search_name keys under which a company an outside record names may be stored, for finding the candidates
// scoreCompanyMatch then ranks. search_name does not fold variant kanji (see kanji-variant.folder), so a record
// saying 高橋精機 must also look under 髙橋精機: every spelling the variant table allows is tried, up to a limit.
import { normalizeCompanyName } from './company-name.normalizer.ts';
import { companyNameParts } from './company-match.scorer.ts';
import { foldKanjiVariants, KANJI_VARIANTS } from './kanji-variant.folder.ts';

/** Spellings per name; a name with many foldable kanji is rare, and the scorer still sees the folded one. */
export const MAX_LOOKUP_KEYS = 32;

const SPELLINGS_OF = new Map<string, string[]>();
for (const [variant, plain] of Object.entries(KANJI_VARIANTS)) SPELLINGS_OF.set(plain, [...(SPELLINGS_OF.get(plain) ?? [plain]), variant]);

function spellings(folded: string, limit: number): string[] {
  let out = [''];
  for (const char of folded) {
    const options = SPELLINGS_OF.get(char) ?? [char];
    const next: string[] = [];
    for (const head of out) for (const option of options) if (next.length < limit) next.push(head + option);
    out = next;
  }
  return out;
}

/** Distinct non-empty keys, the name as written first. */
export function companyLookupKeys(name: string, limit = MAX_LOOKUP_KEYS): string[] {
  const keys = new Set<string>();
  for (const part of companyNameParts(name)) {
    const plain = normalizeCompanyName(part);
    if (plain !== '') keys.add(plain);
    for (const key of spellings(normalizeCompanyName(foldKanjiVariants(part)), limit)) if (key !== '' && keys.size < limit) keys.add(key);
  }
  return [...keys];
}
