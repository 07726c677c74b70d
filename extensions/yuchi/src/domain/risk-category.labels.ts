// The risk categories of risk_findings.category, their Japanese names, and the companies column each one's level
// is kept in: one table for the CSV imports, the rules, the summary and the search.
export const RISK_CATEGORY_LABELS = {
  antisocial: '反社',
  financial: '財務',
  sanction: '行政処分',
  existence: '実在性',
  reputation: '風評',
} as const;

export type RiskCategory = keyof typeof RISK_CATEGORY_LABELS;
export const RISK_CATEGORIES = Object.keys(RISK_CATEGORY_LABELS) as RiskCategory[];

export const RISK_LEVEL_COLUMNS = {
  antisocial: 'risk_antisocial',
  financial: 'risk_financial',
  sanction: 'risk_sanction',
  existence: 'risk_existence',
  reputation: 'risk_reputation',
} as const satisfies Record<RiskCategory, string>;

/** risk_findings.severity and the companies' risk_* levels: 0 なし, 1 低, 2 中, 3 高. */
export type Severity = 0 | 1 | 2 | 3;
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { 0: 'なし', 1: '低', 2: '中', 3: '高' };
export const isSeverity = (value: unknown): value is Severity => value === 0 || value === 1 || value === 2 || value === 3;

export const isRiskCategory = (value: unknown): value is RiskCategory => typeof value === 'string' && Object.hasOwn(RISK_CATEGORY_LABELS, value);

/** What a rule found, before it becomes a risk_findings row (the service adds company, source, dates and status). */
export interface RiskFindingDraft {
  /** the rule that fired, stable across runs, so a finding is not recorded twice */
  rule: string;
  category: RiskCategory;
  severity: Severity;
  title: string;
  detail: string;
}
