// Turns checked search criteria into one Directus filter, so the ItemsService runs the search with the caller's
// row and field permissions applied to both the rows and the total.
import { normalizeSearchText, toKatakana } from './company-name.normalizer.ts';
import { RISK_LEVEL_COLUMNS } from './risk-category.labels.ts';
import type { NumberRange, SearchCriteria } from './search-criteria.parser.ts';

export type Filter = Record<string, unknown>;

/** What the service looked up before building the filter (code tables and list members). */
export interface ResolvedCriteria {
  /** cities plus the wards of any 政令指定都市 among them */
  cities: string[];
  /** every industry code at or below the requested ones */
  industries: string[];
  /** members of the requested target list, or null when no list was asked for */
  listMembers: number[] | null;
  /** companies of the requested group criteria (group_of and ultimate_parent, both applied), or null when none was asked for */
  groupMembers?: number[] | null;
  /**
   * The day (YYYY-MM-DD, Asia/Tokyo) a confirmed 反社 finding must still be in force on for its company to be left
   * out; absent or null when that exclusion is not applied (include_confirmed_antisocial, or the service skipped the
   * default for a caller who may not read risk_findings).
   */
  confirmedAntisocialOn?: string | null;
}

const NOTHING: Filter = { id: { _null: true } };
const ANY_ROW: Filter = { id: { _nnull: true } };

/**
 * A stored range [lower, upper] matches when it overlaps [min, max]; a missing stored bound is open, but a company
 * with neither bound (figure unknown) does not match.
 */
export function rangeFilter(lowerField: string, upperField: string, { min, max }: NumberRange): Filter {
  const parts: Filter[] = [{ _or: [{ [lowerField]: { _nnull: true } }, { [upperField]: { _nnull: true } }] }];
  if (min !== null) parts.push({ _or: [{ [upperField]: { _gte: min } }, { [upperField]: { _null: true } }] });
  if (max !== null) parts.push({ _or: [{ [lowerField]: { _lte: max } }, { [lowerField]: { _null: true } }] });
  return { _and: parts };
}

const nfkc = (word: string) => word.normalize('NFKC');

/** A level not yet computed (null) counts as 0. */
const levelAtMost = (column: string, level: number): Filter => ({ _or: [{ [column]: { _lte: level } }, { [column]: { _null: true } }] });

function riskFilters(risk: SearchCriteria['risk'], confirmedAntisocialOn: string | null | undefined): Filter[] {
  const parts: Filter[] = [];
  for (const category of risk?.exclude_categories ?? []) parts.push(levelAtMost(RISK_LEVEL_COLUMNS[category], 0));
  if (risk && risk.max_level !== null) parts.push(levelAtMost('risk_level', risk.max_level));
  if (confirmedAntisocialOn) {
    // "No expiry or not expired yet" would be an _or inside _none, which Directus ignores: two _none instead.
    const confirmed = { category: { _eq: 'antisocial' }, status: { _eq: 'confirmed' }, severity: { _gt: 0 } };
    parts.push({ risk_findings: { _none: { ...confirmed, expires_on: { _null: true } } } }, { risk_findings: { _none: { ...confirmed, expires_on: { _gte: confirmedAntisocialOn } } } });
  }
  return parts;
}

export function buildSearchFilter(criteria: SearchCriteria, resolved: ResolvedCriteria): Filter {
  const and: Filter[] = [{ _or: [{ is_search_excluded: { _eq: false } }, { is_search_excluded: { _null: true } }] }];

  for (const word of criteria.q.map(normalizeSearchText).filter((w) => w !== '')) and.push({ search_name: { _contains: word } });
  for (const word of criteria.text.map(nfkc)) and.push({ business_summary: { _icontains: word } });
  // Directus ignores _and/_or inside _some, so each related condition is its own _some (keys of one object AND).
  for (const word of criteria.person.map(nfkc)) {
    and.push({
      _or: [
        { representative_name: { _icontains: word } },
        { officers: { _some: { name: { _icontains: word } } } },
        { officers: { _some: { name_kana: { _icontains: toKatakana(word) } } } },
      ],
    });
  }
  for (const word of criteria.establishment_name.map(nfkc)) and.push({ establishments: { _some: { name: { _icontains: word } } } });
  if (criteria.corporate_numbers.length) and.push({ corporate_number: { _in: criteria.corporate_numbers } });
  if (criteria.prefectures.length) and.push({ prefecture_code: { _in: criteria.prefectures } });
  if (criteria.exclude_prefectures.length) {
    and.push({ _or: [{ prefecture_code: { _nin: criteria.exclude_prefectures } }, { prefecture_code: { _null: true } }] });
  }
  if (criteria.cities.length) and.push({ city_code: { _in: resolved.cities } });
  if (criteria.establishment_prefectures.length || criteria.establishment_kinds.length) {
    // One site must satisfy every site condition, so they share one _some object.
    const site: Filter = { status: { _eq: 'active' } };
    if (criteria.establishment_prefectures.length) site['prefecture_code'] = { _in: criteria.establishment_prefectures };
    if (criteria.establishment_kinds.length) site['kind'] = { _in: criteria.establishment_kinds };
    and.push({ establishments: { _some: site } });
  }
  if (criteria.industries.length) and.push(resolved.industries.length ? { industry: { _in: resolved.industries } } : NOTHING);
  if (criteria.employees) and.push(rangeFilter('employees_lower', 'employees_upper', criteria.employees));
  if (criteria.capital) and.push(rangeFilter('capital_lower_yen', 'capital_upper_yen', criteria.capital));
  if (criteria.sales) and.push(rangeFilter('sales_lower_yen', 'sales_upper_yen', criteria.sales));
  if (criteria.profit) and.push(rangeFilter('profit_lower_yen', 'profit_upper_yen', criteria.profit));
  if (criteria.founded) {
    if (criteria.founded.from) and.push({ founded_on: { _gte: criteria.founded.from } });
    if (criteria.founded.to) and.push({ founded_on: { _lte: criteria.founded.to } });
  }
  if (criteria.listed !== null) and.push({ securities_code: criteria.listed ? { _nnull: true } : { _null: true } });
  if (criteria.status !== 'any') and.push({ status: { _eq: criteria.status } });
  if (criteria.contact === 'none') and.push({ visits: { _none: ANY_ROW } }, { business_cards: { _none: ANY_ROW } });
  if (criteria.contact === 'any') and.push({ _or: [{ visits: { _some: ANY_ROW } }, { business_cards: { _some: ANY_ROW } }] });
  if (resolved.listMembers !== null) and.push(resolved.listMembers.length ? { id: { _in: resolved.listMembers } } : NOTHING);
  if (resolved.groupMembers !== undefined && resolved.groupMembers !== null) and.push(resolved.groupMembers.length ? { id: { _in: resolved.groupMembers } } : NOTHING);
  and.push(...riskFilters(criteria.risk, resolved.confirmedAntisocialOn));
  return { _and: and };
}
