// Which registered company a gBizINFO major shareholder (大株主: a name and a ratio, no number) is, and how sure
// that is. Names are compared after normalisation (width, kana, legal form, punctuation, and trust-account notes
// such as （信託口） dropped); the head-office address is the tie-breaker. A match below AUTO_CONFIRM waits for a
// データ管理者 (review_status 確認待ち) and does not count in a group until confirmed.
import { normalizeCompanyName } from './company-name.normalizer.ts';

export interface ShareholderCandidate {
  id: number;
  status: string | null;
  prefectureCode: string | null;
  address: string | null;
}

export interface ShareholderMatch {
  company: number;
  confidence: number;
}

export const AUTO_CONFIRM = 0.85;

// （信託口）, (信託口4), （退職給付信託口・…） and the like say how shares are held, not who holds them.
const ACCOUNT_NOTE = /[（(][^（）()]*(信託|口|ノミニー|常任代理人)[^（）()]*[）)]/gu;

/** The normalised name a shareholder is looked up by ('' when nothing is left, e.g. an individual's initials). */
export function shareholderKey(name: string): string {
  return normalizeCompanyName(name.normalize('NFKC').replace(ACCOUNT_NOTE, ''));
}

/** A ratio as the relation kind it suggests: over 50 % 子会社, 20 % or more 関連会社, else その他. */
export function relationKindOf(ratio: number | null): 'subsidiary' | 'affiliate' | 'other' {
  if (ratio === null) return 'other';
  return ratio > 50 ? 'subsidiary' : ratio >= 20 ? 'affiliate' : 'other';
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The best candidate among companies whose normalised name equals the shareholder's, with a confidence in 0–1:
 * one active candidate 0.9; one closed 0.6; several share the name: split, and the one whose head office is in the
 * child's prefecture (or shares its address's start) gets ahead. Null when there is no candidate.
 */
export function scoreShareholderMatch({ candidates, child }: { candidates: readonly ShareholderCandidate[]; child: { prefectureCode: string | null; address: string | null } }): ShareholderMatch | null {
  if (!candidates.length) return null;
  const active = candidates.filter((c) => c.status !== 'closed');
  const pool = active.length ? active : candidates;
  const base = active.length ? 0.9 : 0.6;
  if (pool.length === 1) return { company: pool[0]!.id, confidence: round(base) };
  const near = (c: ShareholderCandidate) =>
    (child.prefectureCode !== null && c.prefectureCode === child.prefectureCode ? 1 : 0) + (child.address && c.address && c.address.slice(0, 6) === child.address.slice(0, 6) ? 1 : 0);
  const ranked = [...pool].sort((a, b) => near(b) - near(a) || a.id - b.id);
  const best = ranked[0]!;
  const tied = ranked.filter((c) => near(c) === near(best)).length;
  const confidence = tied === 1 && near(best) > 0 ? base * 0.75 : base / pool.length;
  return { company: best.id, confidence: round(confidence) };
}
