// Which registered company an outside record (a 行政処分, a 反社チェック result, a news item) is about, and how
// sure that is. By 法人番号 when the record has one; else by name and address, both folded first: names as for
// search (width, kana, legal form, punctuation) plus variant kanji (髙/高, 﨑/崎, 邊/辺 …), addresses after NFKC
// with 丁目・番地・号 and every kind of dash written as 1-2-3. Confidence follows shareholder-match.scorer: at
// AUTO_CONFIRM or above the match stands ('matched'), a plausible one waits for a データ管理者 ('review').
import type { AddressAreaMatcher } from './address-area.matcher.ts';
import { normalizeCompanyName } from './company-name.normalizer.ts';
import { foldKanjiVariants } from './kanji-variant.folder.ts';
import { AUTO_CONFIRM } from './shareholder-match.scorer.ts';

export interface MatchCandidate {
  id: number;
  name: string;
  address: string | null;
  corporate_number?: string | null;
  prefecture_code?: string | null;
  city_code?: string | null;
}

export interface MatchSubject {
  name: string;
  address?: string | null;
  corporateNumber?: string | null;
}

export type MatchDecision = 'matched' | 'review' | 'unmatched';

export interface ScoredCandidate {
  id: number;
  confidence: number;
  basis: 'corporate_number' | 'name_address';
  /** 0–1 */
  nameScore: number;
  /** 0–1, null when one side has no address to compare */
  addressScore: number | null;
}

export interface CompanyMatch {
  decision: MatchDecision;
  /** the leading candidate, also when 'unmatched' (a reviewer may still want to see it) */
  best: ScoredCandidate | null;
  /** best first, at most `limit`, none without any likeness */
  candidates: ScoredCandidate[];
}

export interface MatchThresholds {
  matchAt: number;
  reviewAt: number;
  /** how far the best must lead the runner-up to stand on its own: two namesakes at the same address are for a person */
  margin: number;
}

export const DEFAULT_MATCH_THRESHOLDS: MatchThresholds = { matchAt: AUTO_CONFIRM, reviewAt: 0.6, margin: 0.1 };

const round = (n: number) => Math.round(n * 100) / 100;

export function matchName(name: string): string {
  return normalizeCompanyName(foldKanjiVariants(name));
}

// 「架空建設（株） 見本作業所」, 「見本工業株式会社見本工場」: published lists add the site after the company. When
// the name ends like a site, the company part (before the first space, or up to a legal form) is tried on its own.
const SITE_SUFFIX = /(工場|事業所|事業場|営業所|支店|支社|作業所|出張所|店|センター|本社|本店|現場|倉庫)$/u;
const UP_TO_LEGAL_FORM = /^(.+?(?:株式会社|有限会社|合同会社|合資会社|合名会社|\(株\)|\(有\)|\(同\)))./u;

/** The name as given and, when it ends like a site, its company part on its own (NFKC, not yet folded). */
export function companyNameParts(name: string): string[] {
  const text = name.normalize('NFKC').trim();
  const parts = [text];
  if (SITE_SUFFIX.test(text)) {
    parts.push(text.split(/\s+/u)[0]!);
    const legal = UP_TO_LEGAL_FORM.exec(text.replace(/\s+/gu, ''));
    if (legal) parts.push(legal[1]!);
  }
  return parts;
}

function nameKeys(name: string): string[] {
  return [...new Set(companyNameParts(name).map(matchName))].filter((key) => key !== '');
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = [...text];
  for (let i = 0; i < chars.length - 1; i += 1) {
    const pair = chars[i]! + chars[i + 1]!;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient over character pairs. */
function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  const total = [...x.values(), ...y.values()].reduce((s, n) => s + n, 0);
  if (total === 0) return 0;
  let shared = 0;
  for (const [pair, n] of x) shared += Math.min(n, y.get(pair) ?? 0);
  return (2 * shared) / total;
}

function keySimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // 見本工業 within 見本工業サービス: related, likely not the same company; the longer the rest, the less alike.
  const contained = short.length >= 2 && long.includes(short) ? 0.5 + 0.4 * (short.length / long.length) : 0;
  return Math.max(contained, dice(a, b));
}

/** 0–1: 1 when the names fold to the same text. */
export function nameSimilarity(a: string, b: string): number {
  let best = 0;
  for (const x of nameKeys(a)) for (const y of nameKeys(b)) best = Math.max(best, keySimilarity(x, y));
  return round(best);
}

export interface MatchAddress {
  prefecture: string | null;
  /** the place name down to the 町・字, without prefecture or 郡 */
  area: string;
  /** 丁目・番地・号 as 1-2-3; '' when the address stops at the town */
  numbers: string;
}

const KEN = '青森 岩手 宮城 秋田 山形 福島 茨城 栃木 群馬 埼玉 千葉 神奈川 新潟 富山 石川 福井 山梨 長野 岐阜 静岡 愛知 三重 滋賀 兵庫 奈良 和歌山 鳥取 島根 岡山 広島 山口 徳島 香川 愛媛 高知 福岡 佐賀 長崎 熊本 大分 宮崎 鹿児島 沖縄';
const PREFECTURE = new RegExp(`^(北海道|東京都|京都府|大阪府|(?:${KEN.split(' ').join('|')})県)`, 'u');
const KANJI_DIGITS: Readonly<Record<string, number>> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

// 三 → 3, 十二 → 12, 二十三 → 23, 百五 → 105: enough for 丁目 and 番地.
function kanjiNumber(text: string): number {
  let total = 0;
  let digit = 0;
  for (const c of text) {
    if (c === '十' || c === '百' || c === '千') {
      total += (digit || 1) * (c === '十' ? 10 : c === '百' ? 100 : 1000);
      digit = 0;
    } else {
      digit = digit * 10 + (KANJI_DIGITS[c] ?? 0);
    }
  }
  return total + digit;
}

export function parseMatchAddress(address: string): MatchAddress {
  let text = foldKanjiVariants(address).replace(/\s+/gu, '').toLowerCase();
  const prefecture = PREFECTURE.exec(text)?.[1] ?? null;
  if (prefecture) text = text.slice(prefecture.length);
  text = text
    // 郡 is left out as often as it is written; cut on both sides alike (郡山市 loses its 郡 too, on both sides).
    .replace(/^[^\d市区町村]*?郡/u, '')
    .replace(/大字/gu, '')
    // 霞ケ関, 霞ヶ関, 霞が関
    .replace(/(?<=\p{Script=Han})[ヶケヵがガ](?=\p{Script=Han})/gu, 'ケ')
    .replace(/[〇一二三四五六七八九十百千]+(?=丁目|番|号|条|地割)/gu, (n) => String(kanjiNumber(n)))
    .replace(/[‐‑‒–—―−]/gu, '-')
    .replace(/(?<=\d)ー(?=\d)/gu, '-')
    .replace(/(?<=\d)丁目/gu, '-')
    .replace(/(?<=\d)番(?!町)地?の?/gu, '-')
    .replace(/(?<=\d)号/gu, '')
    .replace(/(?<=\d)の(?=\d)/gu, '-')
    .replace(/-{2,}/gu, '-');
  const start = text.search(/\d/u);
  if (start === -1) return { prefecture, area: text, numbers: '' };
  // What follows the numbers (a building, a floor) says nothing about which company it is.
  const numbers = /^[\d-]+/u.exec(text.slice(start))![0].replace(/^-+|-+$/gu, '');
  return { prefecture, area: text.slice(0, start), numbers };
}

const sameBlocks = (a: string, b: string) => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(`${short}-`);
};

/** 0–1, or null when either side has no address. */
export function addressSimilarity(a: string | null | undefined, b: string | null | undefined): number | null {
  if (!a?.trim() || !b?.trim()) return null;
  const x = parseMatchAddress(a);
  const y = parseMatchAddress(b);
  if (x.prefecture && y.prefecture && x.prefecture !== y.prefecture) return 0;
  if (x.area === '' || y.area === '') return null;
  if (x.area === y.area) {
    if (x.numbers === y.numbers) return x.numbers === '' ? 0.7 : 1;
    if (x.numbers === '' || y.numbers === '') return 0.7;
    return sameBlocks(x.numbers, y.numbers) ? 0.85 : 0.4;
  }
  const [short, long] = x.area.length <= y.area.length ? [x, y] : [y, x];
  // 「新潟県見本市」 as the MHLW lists give it: the right city, but no more than that.
  if (short.numbers === '' && long.area.startsWith(short.area)) return 0.5;
  return 0.25;
}

// Only the area codes to go by (the candidate has no address): the same city is as good as a city-only address.
function areaSimilarity(address: string | null | undefined, candidate: MatchCandidate, locate: AddressAreaMatcher | undefined): number | null {
  if (!locate || !address || !candidate.prefecture_code) return null;
  const area = locate(address);
  if (area.prefecture_code === null) return null;
  if (area.prefecture_code !== candidate.prefecture_code) return 0;
  if (area.city_code === null || !candidate.city_code) return 0.25;
  return area.city_code === candidate.city_code ? 0.5 : 0.25;
}

// No address at all weighs about as a city-only one; a different prefecture halves even a perfect name.
const addressFactor = (score: number | null) => (score === null ? 0.8 : 0.5 + 0.5 * score);

/**
 * The candidates ranked by confidence, and what to do with the best: 'matched' at thresholds.matchAt or above
 * with a clear lead, 'review' from thresholds.reviewAt, else 'unmatched'. `locate` lets candidates without an
 * address be compared by prefecture and city code.
 */
export function scoreCompanyMatch({ subject, candidates, thresholds = DEFAULT_MATCH_THRESHOLDS, locate, limit = 5 }: {
  subject: MatchSubject;
  candidates: readonly MatchCandidate[];
  thresholds?: MatchThresholds;
  locate?: AddressAreaMatcher;
  limit?: number;
}): CompanyMatch {
  const number = subject.corporateNumber ?? null;
  const scored = candidates
    // A different 法人番号 is a different legal person, whatever its name.
    .filter((c) => number === null || !c.corporate_number || c.corporate_number === number)
    .map((c): ScoredCandidate => {
      const nameScore = nameSimilarity(subject.name, c.name);
      const addressScore = addressSimilarity(subject.address, c.address) ?? (c.address ? null : areaSimilarity(subject.address, c, locate));
      if (number !== null && c.corporate_number === number) return { id: c.id, confidence: 1, basis: 'corporate_number', nameScore, addressScore };
      return { id: c.id, confidence: round(nameScore * addressFactor(addressScore)), basis: 'name_address', nameScore, addressScore };
    })
    .filter((c) => c.confidence > 0)
    .sort((a, b) => b.confidence - a.confidence || a.id - b.id)
    .slice(0, limit);
  const [best, second] = scored;
  if (!best || best.confidence < thresholds.reviewAt) return { decision: 'unmatched', best: best ?? null, candidates: scored };
  const clear = best.basis === 'corporate_number' || !second || round(best.confidence - second.confidence) >= thresholds.margin;
  return { decision: best.confidence >= thresholds.matchAt && clear ? 'matched' : 'review', best, candidates: scored };
}
