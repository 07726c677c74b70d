// A company's risk levels from its findings: per category the highest severity of the findings still standing
// (open or confirmed; dismissed ones no longer count), and overall the highest of the categories.
import type { CompanyRow, RiskCategory, RiskFindingRow } from './demo-data.types.ts';

export type RiskLevels = Pick<CompanyRow, 'risk_level' | 'risk_antisocial' | 'risk_financial' | 'risk_sanction' | 'risk_existence' | 'risk_reputation'>;

const COLUMN: Readonly<Record<RiskCategory, keyof RiskLevels>> = {
  antisocial: 'risk_antisocial',
  financial: 'risk_financial',
  sanction: 'risk_sanction',
  existence: 'risk_existence',
  reputation: 'risk_reputation',
};

export function riskLevelsOf(findings: readonly Pick<RiskFindingRow, 'category' | 'severity' | 'status'>[]): RiskLevels {
  const levels: RiskLevels = { risk_level: 0, risk_antisocial: 0, risk_financial: 0, risk_sanction: 0, risk_existence: 0, risk_reputation: 0 };
  for (const finding of findings) {
    if (finding.status === 'dismissed') continue;
    const column = COLUMN[finding.category];
    levels[column] = Math.max(levels[column], finding.severity);
    levels.risk_level = Math.max(levels.risk_level, finding.severity);
  }
  return levels;
}
