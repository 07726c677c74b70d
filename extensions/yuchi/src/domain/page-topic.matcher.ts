// Which of the prefecture's keywords (工業団地, 補助金, データセンター …) a page view shows interest in. A request
// matches a keyword when a page rule names it for the path, when the path or the page's title contains it, or
// when the search that led to the page did (the q= / p= / query= of a Google, Bing or Yahoo referrer).
// Texts are compared after NFKC and lower-casing, so ＤＸ, dx and DX are one keyword.

export interface IntentKeyword {
  keyword: string;
  topic: string | null;
  weight: number;
  /** An inactive keyword is kept for its history but matches nothing. */
  active?: boolean;
}

export interface PageRule {
  /** A path pattern: * stands for part of one segment, ** for any number of segments (/ritchi/** holds /ritchi). */
  path: string;
  keywords: readonly string[];
}

export type MatchSource = 'rule' | 'path' | 'title' | 'search';

export interface KeywordMatch {
  keyword: string;
  topic: string | null;
  weight: number;
  /** Every way the request matched; the keyword counts once however many. */
  sources: MatchSource[];
}

export interface PageTopicSources {
  keywords: readonly IntentKeyword[];
  rules?: readonly PageRule[];
  /** Page titles by path, from the site's CMS or sitemap. */
  titles?: ReadonlyMap<string, string>;
  /** The prefecture's own site search, whose result pages lead to the pages read (q= or query=). */
  siteSearchHosts?: readonly string[];
}

export function normalizeKeyword(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

const LEGACY_CHARSETS: Record<string, string> = { shift_jis: 'shift_jis', sjis: 'shift_jis', 'x-sjis': 'shift_jis', 'euc-jp': 'euc-jp', eucjp: 'euc-jp' };

/** %XX sequences as bytes of the charset (UTF-8 unless told); a % without two hex digits is left as it is. */
export function percentDecode(text: string, charset = 'utf-8'): string {
  if (!text.includes('%')) return text;
  const decoder = new TextDecoder(LEGACY_CHARSETS[charset.toLowerCase()] ?? 'utf-8');
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => decoder.decode(Uint8Array.from(run.slice(1).split('%'), (hex) => Number.parseInt(hex, 16))));
}

/** The form paths are compared in: decoded, normalised, without a trailing slash (except the root). */
export function normalizePath(path: string): string {
  const text = normalizeKeyword(percentDecode(path));
  return text.length > 1 ? text.replace(/\/+$/, '') || '/' : text;
}

function pathPattern(pattern: string): RegExp {
  const escaped = normalizePath(pattern)
    .split(/(\/\*\*$|\*\*|\*)/)
    .map((part) => (part === '/**' ? '(?:/.*)?' : part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${escaped}$`, 's');
}

const SEARCH_ENGINE_HOST = /(^|\.)(google\.[a-z]{2,3}(\.[a-z]{2})?|bing\.com|yahoo\.(co\.jp|com))$/;
const SEARCH_PARAMS = ['q', 'p', 'query'];

/**
 * The words searched for, from a search engine's (or the site's own search's) referrer; null when there are none.
 * Yahoo! JAPAN still sends ei=Shift_JIS or EUC-JP on some links, so the charset it names is used.
 */
export function searchTermsFromReferrer(referrer: string | null, siteSearchHosts: readonly string[] = []): string | null {
  if (referrer === null) return null;
  let url: URL;
  try {
    url = new URL(referrer);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  if (!SEARCH_ENGINE_HOST.test(host) && !siteSearchHosts.includes(host)) return null;
  const params = new Map<string, string>();
  for (const pair of url.search.slice(1).split('&')) {
    const equals = pair.indexOf('=');
    if (equals > 0) params.set(pair.slice(0, equals).toLowerCase(), pair.slice(equals + 1));
  }
  const charset = params.get('ei') ?? params.get('ie') ?? 'utf-8';
  for (const name of SEARCH_PARAMS) {
    const raw = params.get(name);
    if (raw === undefined) continue;
    const terms = normalizeKeyword(percentDecode(raw.replace(/\+/g, ' '), percentDecode(charset)));
    if (terms !== '') return terms;
  }
  return null;
}

const ASCII_WORD = /[a-z0-9]/;

/** Whether `text` holds `keyword`; an ASCII keyword (EV, DX) must stand as a word, not inside "event". */
function mentions(text: string, keyword: string): boolean {
  for (let at = text.indexOf(keyword); at !== -1; at = text.indexOf(keyword, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + keyword.length);
    const wordStart = !ASCII_WORD.test(keyword.charAt(0)) || !ASCII_WORD.test(before);
    const wordEnd = !ASCII_WORD.test(keyword.charAt(keyword.length - 1)) || !ASCII_WORD.test(after);
    if (wordStart && wordEnd) return true;
  }
  return false;
}

interface CompiledKeyword {
  entry: IntentKeyword;
  normalized: string;
}

// Page paths repeat all day; their matches are kept until this many are held, then the memo starts afresh.
const PATH_MEMO_SIZE = 10_000;

export class PageTopicMatcher {
  readonly #keywords: CompiledKeyword[];
  readonly #rules: { pattern: RegExp; keywords: Set<string> }[];
  readonly #titles = new Map<string, string>();
  readonly #siteSearchHosts: readonly string[];
  readonly #pathMemo = new Map<string, Map<string, MatchSource[]>>();
  /** Keywords named by a rule that are not among the active keywords (a typo, or one switched off). */
  readonly unknownRuleKeywords: string[];

  constructor({ keywords, rules = [], titles = new Map(), siteSearchHosts = [] }: PageTopicSources) {
    this.#keywords = keywords.filter((k) => k.active !== false).map((entry) => ({ entry, normalized: normalizeKeyword(entry.keyword) })).filter((k) => k.normalized !== '');
    const known = new Set(this.#keywords.map((k) => k.normalized));
    this.#rules = rules.map((rule) => ({ pattern: pathPattern(rule.path), keywords: new Set(rule.keywords.map(normalizeKeyword)) }));
    this.unknownRuleKeywords = [...new Set(rules.flatMap((rule) => rule.keywords.filter((k) => !known.has(normalizeKeyword(k)))))];
    for (const [path, title] of titles) this.#titles.set(normalizePath(path), normalizeKeyword(title));
    this.#siteSearchHosts = siteSearchHosts.map((host) => host.toLowerCase());
  }

  /** The keywords one request matched, in the order the keywords were given. */
  match({ path, referrer }: { path: string; referrer: string | null }): KeywordMatch[] {
    const found = new Map(this.#matchPath(path));
    const terms = searchTermsFromReferrer(referrer, this.#siteSearchHosts);
    if (terms !== null) {
      for (const { normalized } of this.#keywords) {
        if (mentions(terms, normalized)) found.set(normalized, [...(found.get(normalized) ?? []), 'search']);
      }
    }
    return this.#keywords
      .filter(({ normalized }) => found.has(normalized))
      .map(({ entry, normalized }) => ({ keyword: entry.keyword, topic: entry.topic, weight: entry.weight, sources: found.get(normalized)! }));
  }

  #matchPath(rawPath: string): Map<string, MatchSource[]> {
    const memo = this.#pathMemo.get(rawPath);
    if (memo) return memo;
    const path = normalizePath(rawPath);
    const title = this.#titles.get(path) ?? '';
    const found = new Map<string, MatchSource[]>();
    const add = (keyword: string, source: MatchSource) => found.set(keyword, [...(found.get(keyword) ?? []), source]);
    for (const rule of this.#rules) {
      if (!rule.pattern.test(path)) continue;
      for (const { normalized } of this.#keywords) if (rule.keywords.has(normalized) && !found.has(normalized)) add(normalized, 'rule');
    }
    for (const { normalized } of this.#keywords) {
      if (mentions(path, normalized)) add(normalized, 'path');
      if (mentions(title, normalized)) add(normalized, 'title');
    }
    if (this.#pathMemo.size >= PATH_MEMO_SIZE) this.#pathMemo.clear();
    this.#pathMemo.set(rawPath, found);
    return found;
  }
}
