// The `risk` part of search (and export, target list) criteria: {"exclude_categories": [...], "max_level": 0–3,
// "include_confirmed_antisocial": false}, and whether a company is left out by it. Companies with a confirmed 反社
// finding are left out unless the caller asks for them; the answer says so among its applied defaults.
import { arrayAt, booleanAt, objectAt, oneOfAt, readDocument, severityAt } from './rules-document.reader.ts';
import { RISK_CATEGORIES, RISK_CATEGORY_LABELS, RISK_LEVEL_COLUMNS, type RiskCategory, type Severity } from './risk-category.labels.ts';
import type { CompanyRiskLevels } from './risk-level.summarizer.ts';
import type { CriteriaError } from './search-criteria.parser.ts';

export interface RiskCriteria {
  /** leave out companies with any finding in force in these categories */
  exclude_categories: RiskCategory[];
  /** leave out companies whose overall risk_level is above this; null = no limit */
  max_level: Severity | null;
  include_confirmed_antisocial: boolean;
}

export type RiskCriteriaResult = { ok: true; criteria: RiskCriteria; appliedDefaults: string[] } | { ok: false; error: CriteriaError };

export const RISK_CRITERIA_KEYS = ['exclude_categories', 'max_level', 'include_confirmed_antisocial'] as const;
export const EXCLUDE_CONFIRMED_ANTISOCIAL_DEFAULT = '反社（確認済み）を除外';

const given = (value: unknown) => value !== undefined && value !== null;

/** `key` is where the object sits in the request body, for the error messages (risk.max_level). */
export function parseRiskCriteria(value: unknown, key = 'risk'): RiskCriteriaResult {
  const result = readDocument((): RiskCriteria => {
    const input = given(value) ? objectAt(key, value, RISK_CRITERIA_KEYS) : {};
    const categories = given(input['exclude_categories'])
      ? arrayAt(`${key}.exclude_categories`, input['exclude_categories'], RISK_CATEGORIES.join(', ')).map((c, i) => oneOfAt(`${key}.exclude_categories[${i}]`, c, RISK_CATEGORIES))
      : [];
    return {
      exclude_categories: [...new Set(categories)],
      max_level: given(input['max_level']) ? severityAt(`${key}.max_level`, input['max_level']) : null,
      include_confirmed_antisocial: given(input['include_confirmed_antisocial']) ? booleanAt(`${key}.include_confirmed_antisocial`, input['include_confirmed_antisocial']) : false,
    };
  });
  if (!result.ok) return { ok: false, error: { key: result.error.path, message: result.error.message } };
  const explicit = given(value) && given((value as Record<string, unknown>)['include_confirmed_antisocial']);
  return { ok: true, criteria: result.value, appliedDefaults: explicit ? [] : [EXCLUDE_CONFIRMED_ANTISOCIAL_DEFAULT] };
}

export interface CompanyRiskState {
  /** the companies' risk columns; a level not yet computed (null) counts as 0 */
  levels: Partial<Record<keyof CompanyRiskLevels, number | null>>;
  /** from hasConfirmedAntisocial over the company's findings */
  confirmedAntisocial: boolean;
}

/** Whether the criteria leave the company out, and why (in Japanese, for the answer or a log). */
export function riskExclusion(company: CompanyRiskState, criteria: RiskCriteria): { excluded: boolean; reasons: string[] } {
  const reasons: string[] = [];
  if (company.confirmedAntisocial && !criteria.include_confirmed_antisocial) reasons.push('反社（確認済み）の情報があります');
  for (const category of criteria.exclude_categories) {
    const level = company.levels[RISK_LEVEL_COLUMNS[category]] ?? 0;
    if (level > 0) reasons.push(`${RISK_CATEGORY_LABELS[category]}リスクがあります（レベル${level}）`);
  }
  const overall = company.levels.risk_level ?? 0;
  if (criteria.max_level !== null && overall > criteria.max_level) reasons.push(`総合リスク（レベル${overall}）が上限のレベル${criteria.max_level}を超えています`);
  return { excluded: reasons.length > 0, reasons };
}
