// gBizINFO's 事業所情報 (/v2/hojin/{法人番号}/corporation: the company's 厚生年金保険・健康保険 適用事業所) as
// establishments rows. A site is known again by its name and address (establishmentKey), so a second fetch updates
// the row instead of adding another one.
import type { AddressAreaMatcher } from './address-area.matcher.ts';
import type { GbizCorporationInfo } from './gbizinfo-response.types.ts';
import { gbizDate, gbizInteger, gbizList, gbizObject, gbizText } from './gbizinfo-value.reader.ts';
import type { SiteKind } from './site-kind.labels.ts';

export interface GbizEstablishmentValues {
  name: string;
  kind: SiteKind;
  is_headquarters: boolean;
  status: 'active' | 'closed';
  closed_on: string | null;
  address: string | null;
  prefecture_code: string | null;
  city_code: string | null;
  employees_lower: number | null;
  employees_upper: number | null;
  employees_label: string | null;
}

// Checked in order: 本店営業部 is the head office, 第二工場 a factory.
const KIND_BY_NAME: readonly [RegExp, SiteKind][] = [
  [/本社|本店/, 'head_office'],
  [/支社/, 'branch_office'],
  [/支店/, 'branch'],
  [/営業所|出張所/, 'sales_office'],
  [/工場|製造所|プラント/, 'factory'],
  [/研究所|研究センター|開発センター|ラボ/, 'lab'],
  [/物流|配送センター|倉庫|流通センター/, 'logistics'],
  [/店$|店舗/, 'store'],
];

export function siteKindOf(name: string): SiteKind {
  return KIND_BY_NAME.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';
}

const compact = (text: string | null): string => (text ?? '').normalize('NFKC').replace(/[\s\u3000]/g, '');

/** The same site however its spaces or full-width characters were written. */
export function establishmentKey(name: string, address: string | null): string {
  return `${compact(name)}|${compact(address)}`;
}

export interface SiteContext {
  locate?: AddressAreaMatcher;
  // The company's own name, which most site names start with: left out when telling the kind of site.
  companyName?: string | null;
}

// A site registered under the company's bare name is its head office (本社), whatever the name says.
function kindOf(name: string, companyName: string | null | undefined): SiteKind {
  const own = compact(companyName ?? null);
  const site = compact(name);
  if (own && site === own) return 'head_office';
  return siteKindOf(own && site.startsWith(own) ? site.slice(own.length) : site);
}

export function mapGbizEstablishment(info: GbizCorporationInfo, { locate, companyName }: SiteContext = {}): GbizEstablishmentValues | null {
  const name = gbizText(info.corporation_name);
  if (name === null) return null;
  const address = gbizText(info.corporation_location);
  const area = locate && address ? locate(address) : { prefecture_code: null, city_code: null };
  const insured = gbizInteger(info.insured_number);
  const headcount = insured !== null && insured >= 0 ? insured : null;
  const closedOn = gbizDate(info.loss_date);
  const kind = kindOf(name, companyName);
  return {
    name,
    kind,
    is_headquarters: kind === 'head_office',
    status: closedOn ? 'closed' : 'active',
    closed_on: closedOn,
    address,
    prefecture_code: area.prefecture_code,
    city_code: area.city_code,
    employees_lower: headcount,
    employees_upper: headcount,
    employees_label: headcount === null ? null : `${headcount}人`,
  };
}

/** Every usable site of a /corporation answer's `corporation-info`, each site once. */
export function mapGbizEstablishments(items: unknown, context: SiteContext = {}): GbizEstablishmentValues[] {
  const seen = new Set<string>();
  const result: GbizEstablishmentValues[] = [];
  for (const item of gbizList(items)) {
    const info = gbizObject<GbizCorporationInfo>(item);
    const site = info ? mapGbizEstablishment(info, context) : null;
    if (!site) continue;
    const key = establishmentKey(site.name, site.address);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(site);
  }
  return result;
}
