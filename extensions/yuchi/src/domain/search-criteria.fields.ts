// Which fields each search criterion reads, per collection: the caller must be allowed to read all of them, or the
// search is refused naming the criterion (so nobody can learn a hidden value by filtering on it).
import { RISK_LEVEL_COLUMNS } from './risk-category.labels.ts';
import type { CriteriaKey, SearchCriteria } from './search-criteria.parser.ts';

type FieldsByCollection = Record<string, readonly string[]>;

const range = (name: string, suffix = ''): FieldsByCollection => ({ companies: [`${name}_lower${suffix}`, `${name}_upper${suffix}`] });

export const CRITERION_FIELDS: Partial<Record<CriteriaKey, FieldsByCollection>> = {
  q: { companies: ['search_name'] },
  text: { companies: ['business_summary'] },
  person: { companies: ['representative_name', 'officers'], officers: ['company', 'name', 'name_kana'] },
  establishment_name: { companies: ['establishments'], establishments: ['company', 'name'] },
  corporate_numbers: { companies: ['corporate_number'] },
  prefectures: { companies: ['prefecture_code'] },
  exclude_prefectures: { companies: ['prefecture_code'] },
  cities: { companies: ['city_code'] },
  establishment_prefectures: { companies: ['establishments'], establishments: ['company', 'status', 'prefecture_code'] },
  establishment_kinds: { companies: ['establishments'], establishments: ['company', 'status', 'kind'] },
  industries: { companies: ['industry'] },
  employees: range('employees'),
  // 資本金 is also kept as an exact figure: a caller who may not read it may not filter on 資本金 at all.
  capital: { companies: ['capital_lower_yen', 'capital_upper_yen', 'capital_yen'] },
  sales: range('sales', '_yen'),
  profit: range('profit', '_yen'),
  founded: { companies: ['founded_on'] },
  listed: { companies: ['securities_code'] },
  status: { companies: ['status'] },
  contact: { companies: ['visits', 'business_cards'], visits: ['company'], business_cards: ['company'] },
  list: { target_list_companies: ['list', 'company'] },
  // A group is found through capital relations: a caller who may not read them may not search by group.
  group_of: { companies: ['corporate_number'], company_relations: ['parent', 'child', 'valid_to', 'review_status'] },
  ultimate_parent: { companies: ['corporate_number'], company_relations: ['parent', 'child', 'valid_to', 'review_status'] },
};

/** The parts of `risk` (named in refusals as risk.max_level …), each with the fields it reads. */
export type RiskCriterionKey = 'risk.exclude_categories' | 'risk.max_level' | 'risk.include_confirmed_antisocial';

/** Leaving out companies with a confirmed 反社 finding in force reads the findings themselves. */
export const CONFIRMED_ANTISOCIAL_FIELDS: FieldsByCollection = {
  companies: ['risk_findings'],
  risk_findings: ['company', 'category', 'status', 'severity', 'expires_on'],
};

function riskCriteriaInUse(risk: SearchCriteria['risk']): { key: RiskCriterionKey; fields: FieldsByCollection }[] {
  if (!risk) return [];
  const used: { key: RiskCriterionKey; fields: FieldsByCollection }[] = [];
  if (risk.exclude_categories.length) used.push({ key: 'risk.exclude_categories', fields: { companies: risk.exclude_categories.map((c) => RISK_LEVEL_COLUMNS[c]) } });
  if (risk.max_level !== null) used.push({ key: 'risk.max_level', fields: { companies: ['risk_level'] } });
  if (!risk.include_confirmed_antisocial) used.push({ key: 'risk.include_confirmed_antisocial', fields: CONFIRMED_ANTISOCIAL_FIELDS });
  return used;
}

/** Always applied: 検索対象除外 rows are stored but never found. */
export const ALWAYS_READ: FieldsByCollection = { companies: ['id', 'is_search_excluded'] };

const isSet = (value: unknown): boolean => (Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined);

/** The criteria in use (status and the 反社 exclusion count even as defaults), each with the fields it reads. */
export function criteriaInUse(criteria: SearchCriteria): { key: CriteriaKey | RiskCriterionKey; fields: FieldsByCollection }[] {
  const used: { key: CriteriaKey | RiskCriterionKey; fields: FieldsByCollection }[] = [];
  for (const [key, fields] of Object.entries(CRITERION_FIELDS) as [CriteriaKey, FieldsByCollection][]) {
    if (key === 'status' ? criteria.status !== 'any' : isSet(criteria[key])) used.push({ key, fields });
  }
  return [...used, ...riskCriteriaInUse(criteria.risk)];
}
