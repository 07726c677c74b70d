// IP address ranges (CIDR) of organisations, and which organisation an address belongs to on a given day.
// Addresses are kept as big-endian 32-bit words (IPv4: 1, IPv6: 4) so that 100,000 ranges and 1,000,000 lookups
// stay in typed arrays and plain number comparisons, without a BigInt per comparison.
//
// An IPv4-mapped IPv6 address (::ffff:192.0.2.1) is read as the IPv4 address it carries, and a range inside
// ::ffff:0:0/96 as the IPv4 range: a dual-stack web server logs IPv4 visitors in that form.
import type { CsvRowError } from './relation-csv-row.parser.ts';

export type IpVersion = 4 | 6;

export interface IpAddress {
  version: IpVersion;
  /** Big-endian 32-bit words: one for IPv4, four for IPv6. */
  words: readonly number[];
}

export interface CidrRange {
  version: IpVersion;
  prefix: number;
  /** Canonical text: lower case, IPv6 zeros compressed as RFC 5952 says (2001:db8::/32). */
  cidr: string;
  first: readonly number[];
  last: readonly number[];
}

export type CidrResult = { ok: true; range: CidrRange } | { ok: false; error: CsvRowError };

const WORD_BITS = 32;
const widthOf = (version: IpVersion): 1 | 4 => (version === 4 ? 1 : 4);
const bitsOf = (version: IpVersion): 32 | 128 => (version === 4 ? 32 : 128);

function parseIpv4(text: string): number | null {
  let value = 0;
  let octets = 0;
  let at = 0;
  while (octets < 4) {
    const start = at;
    let octet = 0;
    while (at < text.length && at - start < 4) {
      const digit = text.charCodeAt(at) - 48;
      if (digit < 0 || digit > 9) break;
      octet = octet * 10 + digit;
      at += 1;
    }
    const length = at - start;
    // A leading zero (010) is octal to some tools and decimal to others: refuse rather than guess.
    if (length === 0 || length > 3 || octet > 255 || (length > 1 && text.charCodeAt(start) === 48)) return null;
    value = value * 256 + octet;
    octets += 1;
    if (octets < 4) {
      if (text.charCodeAt(at) !== 46) return null;
      at += 1;
    }
  }
  return at === text.length ? value : null;
}

function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

// A character loop rather than split and regular expressions: access-log lookups parse a million of these.
function parseIpv6Words(text: string): number[] | null {
  const groups: number[] = [];
  // Where "::" stands in the groups (it is one or more zero groups), or -1.
  let gap = -1;
  let at = 0;
  const n = text.length;
  if (text.startsWith('::')) {
    gap = 0;
    at = 2;
  }
  while (at < n) {
    const start = at;
    let value = 0;
    while (at < n && at - start < 5) {
      const digit = hexDigit(text.charCodeAt(at));
      if (digit < 0) break;
      value = value * 16 + digit;
      at += 1;
    }
    if (text.charCodeAt(at) === 46 && groups.length <= 6) {
      // An IPv4 tail (::ffff:192.0.2.1) fills the last two groups.
      const ipv4 = parseIpv4(text.slice(start));
      if (ipv4 === null) return null;
      groups.push(Math.floor(ipv4 / 65536), ipv4 % 65536);
      at = n;
      break;
    }
    if (at === start || at - start > 4 || groups.push(value) > 8) return null;
    if (at === n) break;
    if (text.charCodeAt(at) !== 58) return null;
    at += 1;
    if (text.charCodeAt(at) === 58) {
      if (gap !== -1) return null;
      gap = groups.length;
      at += 1;
    } else if (at === n) {
      return null;
    }
  }
  if (gap === -1 ? groups.length !== 8 : groups.length > 7) return null;
  if (gap !== -1) groups.splice(gap, 0, ...new Array<number>(8 - groups.length).fill(0));
  return [0, 2, 4, 6].map((i) => groups[i]! * 65536 + groups[i + 1]!);
}

const isMapped = (words: readonly number[]): boolean => words[0] === 0 && words[1] === 0 && words[2] === 0xffff;

/** An IPv4 or IPv6 address (IPv4-mapped IPv6 read as IPv4); null when the text is not one. */
export function parseIpAddress(text: string): IpAddress | null {
  if (!text.includes(':')) {
    const ipv4 = parseIpv4(text);
    return ipv4 === null ? null : { version: 4, words: [ipv4] };
  }
  const words = parseIpv6Words(text);
  if (words === null) return null;
  return isMapped(words) ? { version: 4, words: [words[3]!] } : { version: 6, words };
}

/** The bits of word `index` inside a /prefix network, as a mask. */
function wordMask(prefix: number, index: number): number {
  const bits = Math.min(WORD_BITS, Math.max(0, prefix - WORD_BITS * index));
  return bits === 0 ? 0 : (0xffffffff << (WORD_BITS - bits)) >>> 0;
}

function formatIpv6(words: readonly number[]): string {
  const groups: number[] = [];
  for (const w of words) groups.push(Math.floor(w / 65536), w % 65536);
  // RFC 5952: compress the longest run of two or more zero groups, the first one when runs tie.
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0, run = 0; i < 8; i += 1) {
    run = groups[i] === 0 ? run + 1 : 0;
    if (run > bestLength) {
      bestStart = i - run + 1;
      bestLength = run;
    }
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart === -1) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

export function formatIpAddress({ version, words }: IpAddress): string {
  if (version === 6) return formatIpv6(words);
  const value = words[0]!;
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 0xff).join('.');
}

const fail = (code: string, message: string): CidrResult => ({ ok: false, error: { code, message } });

/**
 * Reads `192.0.2.0/24`, `2001:db8::/32`, `::ffff:192.0.2.0/120`; a bare address is a single host (/32, /128).
 * A network with host bits set (192.0.2.5/24) is refused, not rounded down: it is as likely a typo for a /32 as
 * for the /24, and the message offers both.
 */
export function parseCidr(input: string): CidrResult {
  const text = input.normalize('NFKC').trim();
  const slash = text.indexOf('/');
  const addressText = slash === -1 ? text : text.slice(0, slash);
  const prefixText = slash === -1 ? null : text.slice(slash + 1);
  let version: IpVersion;
  let words: readonly number[] | null;
  if (addressText.includes(':')) {
    version = 6;
    words = parseIpv6Words(addressText);
  } else {
    version = 4;
    const ipv4 = parseIpv4(addressText);
    words = ipv4 === null ? null : [ipv4];
  }
  if (words === null || (prefixText !== null && !/^\d{1,3}$/.test(prefixText))) {
    return fail('YUCHI_CIDR_FORMAT', `「${text}」は CIDR として読めません。192.0.2.0/24 や 2001:db8::/32 の形で書いてください`);
  }
  let prefix = prefixText === null ? bitsOf(version) : Number(prefixText);
  if (prefix > bitsOf(version)) {
    return fail('YUCHI_CIDR_PREFIX', `「${text}」のプレフィックス長（/ の後）は IPv${version} では 0〜${bitsOf(version)} にしてください`);
  }
  if (version === 6 && prefix >= 96 && isMapped(words)) {
    version = 4;
    words = [words[3]!];
    prefix -= 96;
  }
  const first = words.map((w, i) => (w & wordMask(prefix, i)) >>> 0);
  const last = words.map((w, i) => (w | ~wordMask(prefix, i)) >>> 0);
  const network = `${formatIpAddress({ version, words: first })}/${prefix}`;
  if (first.some((w, i) => w !== words[i])) {
    const host = `${formatIpAddress({ version, words })}/${bitsOf(version)}`;
    return fail('YUCHI_CIDR_HOST_BITS', `「${text}」はネットワークの先頭アドレスではありません。範囲全体なら ${network}、その1台だけなら ${host} と書いてください`);
  }
  return { ok: true, range: { version, prefix, cidr: network, first, last } };
}

function compareWords(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return 0;
}

/** Wider networks before the narrower ones they hold, so a forward sweep meets a parent before its children. */
const compareRanges = (a: CidrRange, b: CidrRange): number => a.version - b.version || compareWords(a.first, b.first) || a.prefix - b.prefix;

export function cidrContains(range: CidrRange, address: IpAddress): boolean {
  return range.version === address.version && compareWords(range.first, address.words) <= 0 && compareWords(address.words, range.last) <= 0;
}

export interface DatedRange {
  range: CidrRange;
  /** First and last day (YYYY-MM-DD, both included) the range belongs to its organisation; null is open. */
  validFrom?: string | null;
  validTo?: string | null;
}

export interface CidrOverlap {
  /** Indexes into the list given; `wider` holds `narrower` (or, for 'same', comes first). */
  wider: number;
  narrower: number;
  kind: 'same' | 'nested';
}

const periodsMeet = (a: DatedRange, b: DatedRange): boolean =>
  (a.validFrom ?? '') <= (b.validTo ?? '9999-12-31') && (b.validFrom ?? '') <= (a.validTo ?? '9999-12-31');

/**
 * Pairs of ranges that share addresses during a common period. CIDR blocks never overlap partly: two either are
 * disjoint or one holds the other, so a sweep in address order with a stack of the open blocks finds every pair.
 */
export function findCidrOverlaps(items: readonly DatedRange[]): CidrOverlap[] {
  const order = items.map((_, i) => i).sort((a, b) => compareRanges(items[a]!.range, items[b]!.range) || a - b);
  const open: number[] = [];
  const overlaps: CidrOverlap[] = [];
  for (const index of order) {
    const { range } = items[index]!;
    while (open.length > 0) {
      const top = items[open[open.length - 1]!]!.range;
      if (top.version === range.version && compareWords(top.last, range.first) >= 0) break;
      open.pop();
    }
    for (const outer of open) {
      if (!periodsMeet(items[outer]!, items[index]!)) continue;
      const same = items[outer]!.range.prefix === range.prefix;
      overlaps.push({ wider: outer, narrower: index, kind: same ? 'same' : 'nested' });
    }
    open.push(index);
  }
  return overlaps.sort((a, b) => a.wider - b.wider || a.narrower - b.narrower);
}

export interface IpRangeAssignment<T> extends DatedRange {
  organization: T;
}

interface Assignment<T> {
  organization: T;
  validFrom: string | null;
  validTo: string | null;
}

// One family's distinct networks in address order; node i's words are at [i * width, (i + 1) * width).
interface RangeTable<T> {
  width: 1 | 4;
  first: Uint32Array;
  last: Uint32Array;
  /** The nearest network holding node i, or -1. */
  parent: Int32Array;
  /** Per node, the newest assignment first. */
  assignments: Assignment<T>[][];
}

function buildTable<T>(version: IpVersion, items: readonly IpRangeAssignment<T>[]): RangeTable<T> {
  const width = widthOf(version);
  const sorted = items
    .map((item, order) => ({ item, order }))
    .filter(({ item }) => item.range.version === version)
    .sort((a, b) => compareRanges(a.item.range, b.item.range) || a.order - b.order);
  const nodes: { range: CidrRange; assignments: Assignment<T>[] }[] = [];
  for (const { item } of sorted) {
    const assignment = { organization: item.organization, validFrom: item.validFrom ?? null, validTo: item.validTo ?? null };
    const previous = nodes[nodes.length - 1];
    if (previous && compareRanges(previous.range, item.range) === 0) previous.assignments.push(assignment);
    else nodes.push({ range: item.range, assignments: [assignment] });
  }
  const table: RangeTable<T> = {
    width,
    first: new Uint32Array(nodes.length * width),
    last: new Uint32Array(nodes.length * width),
    parent: new Int32Array(nodes.length),
    assignments: [],
  };
  const open: number[] = [];
  for (const [i, node] of nodes.entries()) {
    table.first.set(node.range.first, i * width);
    table.last.set(node.range.last, i * width);
    while (open.length > 0 && compareWords(nodes[open[open.length - 1]!]!.range.last, node.range.first) < 0) open.pop();
    table.parent[i] = open[open.length - 1] ?? -1;
    open.push(i);
    // A range handed from one organisation to another: the assignment that started last wins.
    table.assignments.push(node.assignments.sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? '')));
  }
  return table;
}

/** -1, 0 or 1 as node `index`'s words in `words` compare with `address`. */
function compareAt(words: Uint32Array, index: number, width: number, address: readonly number[]): number {
  for (let k = 0; k < width; k += 1) {
    const a = words[index * width + k]!;
    const b = address[k]!;
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}

function lookupIn<T>(table: RangeTable<T>, address: readonly number[], day: string): T | null {
  const { width, first, last, parent, assignments } = table;
  // The last network starting at or before the address: the deepest one holding it is that one or an ancestor.
  let low = 0;
  let high = parent.length - 1;
  let node = -1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (compareAt(first, mid, width, address) <= 0) {
      node = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  for (; node !== -1; node = parent[node]!) {
    if (compareAt(last, node, width, address) < 0) continue;
    for (const a of assignments[node]!) {
      if ((a.validFrom === null || a.validFrom <= day) && (a.validTo === null || day <= a.validTo)) return a.organization;
    }
  }
  return null;
}

/** Finds the organisation of an address: the longest-prefix range among those valid on the day asked about. */
export class IpOrganizationIndex<T> {
  readonly #v4: RangeTable<T>;
  readonly #v6: RangeTable<T>;

  constructor(assignments: readonly IpRangeAssignment<T>[]) {
    this.#v4 = buildTable(4, assignments);
    this.#v6 = buildTable(6, assignments);
  }

  /** `day` is YYYY-MM-DD; an address that does not parse belongs to nobody. */
  lookup(address: string | IpAddress, day: string): T | null {
    const parsed = typeof address === 'string' ? parseIpAddress(address) : address;
    if (parsed === null) return null;
    return lookupIn(parsed.version === 4 ? this.#v4 : this.#v6, parsed.words, day);
  }
}
