// 財務 findings from the figures a company has: losses, thin capital, falling sales, a low credit band. The rules
// are a JSON array a データ管理者 edits (thresholds, severities, labels, on/off); parseFinancialRules checks an
// edited array and names the path of the first mistake.
import { bandKey, DEFAULT_CREDIT_BANDS, describeCreditBand } from './credit-band.rules.ts';
import { arrayAt, booleanAt, idAt, invalidAt, numberAt, objectAt, oneOfAt, readDocument, severityAt, textAt, type DocumentResult } from './rules-document.reader.ts';
import type { RiskFindingDraft, Severity } from './risk-category.labels.ts';

interface RuleBase {
  id: string;
  label: string;
  severity: Severity;
  /** false turns the rule off without deleting it */
  enabled?: boolean;
}

export type FinancialRule =
  | (RuleBase & { kind: 'loss' })
  | (RuleBase & { kind: 'thin_capital'; below_yen: number })
  | (RuleBase & { kind: 'sales_decline'; min_drop_percent: number })
  | (RuleBase & { kind: 'credit_band'; bands: string[] });

export type FinancialRuleKind = FinancialRule['kind'];

/** What is known of a company's finances; missing figures make their rules silent, never fire. */
export interface FinancialFigures {
  /** companies.profit_upper_yen: below 0, the company made a loss whatever the exact figure */
  profitUpperYen?: number | null;
  /** companies.capital_yen */
  capitalYen?: number | null;
  /** companies.capital_upper_yen, used when the exact figure is unknown */
  capitalUpperYen?: number | null;
  salesPreviousYen?: number | null;
  salesLatestYen?: number | null;
  creditBand?: string | null;
}

const KEYS: Record<FinancialRuleKind, readonly string[]> = {
  loss: [],
  thin_capital: ['below_yen'],
  sales_decline: ['min_drop_percent'],
  credit_band: ['bands'],
};
const KINDS = Object.keys(KEYS) as FinancialRuleKind[];
const COMMON_KEYS = ['id', 'kind', 'label', 'severity', 'enabled'];

export const DEFAULT_FINANCIAL_RULES: readonly FinancialRule[] = [
  { id: 'loss', kind: 'loss', label: '赤字（利益がマイナス）', severity: 2 },
  { id: 'thin_capital', kind: 'thin_capital', label: '過少資本（資本金100万円未満）', severity: 1, below_yen: 1_000_000 },
  { id: 'sales_decline', kind: 'sales_decline', label: '売上高の大幅な減少（前期比20%以上）', severity: 1, min_drop_percent: 20 },
  // One rule per band that carries a severity, so the defaults agree with the credit bands.
  ...DEFAULT_CREDIT_BANDS.bands
    .filter((band) => band.severity > 0)
    .map((band): FinancialRule => ({
      id: `credit_band_${band.band.toLowerCase()}`,
      kind: 'credit_band',
      label: `信用評点が低い（${describeCreditBand(band, DEFAULT_CREDIT_BANDS)}）`,
      severity: band.severity,
      bands: [band.band],
    })),
];

const yen = (n: number) => `${n.toLocaleString('ja-JP')}円`;
const isNumber = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

function detailOf(rule: FinancialRule, figures: FinancialFigures): string | null {
  switch (rule.kind) {
    case 'loss': {
      const profit = figures.profitUpperYen;
      return isNumber(profit) && profit < 0 ? `利益（上限）が ${yen(profit)} です。` : null;
    }
    case 'thin_capital': {
      const capital = isNumber(figures.capitalYen) ? figures.capitalYen : figures.capitalUpperYen;
      return isNumber(capital) && capital < rule.below_yen ? `資本金が ${yen(capital)} で、${yen(rule.below_yen)} 未満です。` : null;
    }
    case 'sales_decline': {
      const { salesPreviousYen: previous, salesLatestYen: latest } = figures;
      if (!isNumber(previous) || !isNumber(latest) || previous <= 0) return null;
      const drop = ((previous - latest) / previous) * 100;
      if (drop < rule.min_drop_percent) return null;
      return `売上高が ${yen(previous)} から ${yen(latest)} に ${Math.round(drop * 10) / 10}% 減りました（基準: ${rule.min_drop_percent}% 以上の減少）。`;
    }
    case 'credit_band': {
      const band = figures.creditBand ? bandKey(figures.creditBand) : null;
      return band !== null && rule.bands.map(bandKey).includes(band) ? `信用評点の帯が ${band} です。` : null;
    }
  }
}

/** The findings of every enabled rule that fires, in the order of the rules. */
export function evaluateFinancialRules({ figures, rules = DEFAULT_FINANCIAL_RULES }: { figures: FinancialFigures; rules?: readonly FinancialRule[] }): RiskFindingDraft[] {
  return rules.flatMap((rule) => {
    if (rule.enabled === false) return [];
    const detail = detailOf(rule, figures);
    return detail === null ? [] : [{ rule: rule.id, category: 'financial' as const, severity: rule.severity, title: rule.label, detail }];
  });
}

export function parseFinancialRules(document: unknown): DocumentResult<FinancialRule[]> {
  return readDocument(() => {
    const ids = new Set<string>();
    return arrayAt('rules', document, '{"id", "kind", "label", "severity", …} の並び').map((item, i): FinancialRule => {
      const path = `rules[${i}]`;
      const loose = objectAt(path, item, [...COMMON_KEYS, ...new Set(Object.values(KEYS).flat())]);
      const kind = oneOfAt(`${path}.kind`, loose['kind'], KINDS);
      const rule = objectAt(path, item, [...COMMON_KEYS, ...KEYS[kind]]);
      const base: RuleBase = {
        id: idAt(`${path}.id`, rule['id'], ids),
        label: textAt(`${path}.label`, rule['label']),
        severity: severityAt(`${path}.severity`, rule['severity']),
        ...(rule['enabled'] === undefined ? {} : { enabled: booleanAt(`${path}.enabled`, rule['enabled']) }),
      };
      switch (kind) {
        case 'loss':
          return { ...base, kind };
        case 'thin_capital':
          return { ...base, kind, below_yen: numberAt(`${path}.below_yen`, rule['below_yen'], { min: 1, integer: true }) };
        case 'sales_decline':
          return { ...base, kind, min_drop_percent: numberAt(`${path}.min_drop_percent`, rule['min_drop_percent'], { min: 0.1, max: 100 }) };
        case 'credit_band': {
          const bands = arrayAt(`${path}.bands`, rule['bands'], '信用評点の帯（例: ["D", "E"]）').map((band, j) => bandKey(textAt(`${path}.bands[${j}]`, band, { maxLength: 8 })));
          if (bands.length === 0) invalidAt(`${path}.bands`, '帯を1つ以上指定してください（例: ["D", "E"]）');
          return { ...base, kind, bands };
        }
      }
    });
  });
}
