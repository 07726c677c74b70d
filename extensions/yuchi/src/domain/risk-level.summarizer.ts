// A company's risk levels from its findings, one per category and one overall, ready to write to companies
// (risk_level, risk_antisocial, …). A finding counts while it is open or confirmed and not expired; a dismissed
// one, or one whose expires_on is before today (Asia/Tokyo), does not. No finding in force → 0.
import { isRealDate } from './nta-record.mapper.ts';
import { isRiskCategory, RISK_CATEGORIES, RISK_LEVEL_COLUMNS, type RiskCategory, type Severity } from './risk-category.labels.ts';

/** The risk_findings columns the summary reads. */
export interface FindingForLevel {
  category: string;
  severity: number;
  status: string;
  expires_on?: string | null;
}

export type CategoryLevelColumn = (typeof RISK_LEVEL_COLUMNS)[RiskCategory];
export type CompanyRiskLevels = Record<'risk_level' | CategoryLevelColumn, Severity>;

/** Statuses that count; anything else (dismissed, or a status added later) does not. */
export const IN_FORCE_STATUSES: readonly string[] = ['open', 'confirmed'];

function checkToday(today: string): void {
  if (!isRealDate(today)) throw new RangeError(`today must be a real day as YYYY-MM-DD (Asia/Tokyo), got "${today}"`);
}

// A timestamp read back as a date still starts with its day.
export function isFindingInForce(finding: FindingForLevel, today: string): boolean {
  if (!IN_FORCE_STATUSES.includes(finding.status)) return false;
  const expires = finding.expires_on ? finding.expires_on.slice(0, 10) : null;
  return expires === null || expires >= today;
}

const asSeverity = (n: number): Severity => (Number.isFinite(n) ? (Math.min(3, Math.max(0, Math.trunc(n))) as Severity) : 0);

export function summarizeRiskLevels(findings: readonly FindingForLevel[], today: string): CompanyRiskLevels {
  checkToday(today);
  const byCategory = Object.fromEntries(RISK_CATEGORIES.map((c) => [c, 0])) as Record<RiskCategory, Severity>;
  for (const finding of findings) {
    if (!isRiskCategory(finding.category) || !isFindingInForce(finding, today)) continue;
    const severity = asSeverity(finding.severity);
    if (severity > byCategory[finding.category]) byCategory[finding.category] = severity;
  }
  const levels = { risk_level: Math.max(...Object.values(byCategory)) as Severity } as CompanyRiskLevels;
  for (const category of RISK_CATEGORIES) levels[RISK_LEVEL_COLUMNS[category]] = byCategory[category];
  return levels;
}

/** A confirmed 反社 finding in force (a confirmed one of severity 0, "checked, nothing found", does not count). */
export function hasConfirmedAntisocial(findings: readonly FindingForLevel[], today: string): boolean {
  checkToday(today);
  return findings.some((f) => f.category === 'antisocial' && f.status === 'confirmed' && asSeverity(f.severity) > 0 && isFindingInForce(f, today));
}
