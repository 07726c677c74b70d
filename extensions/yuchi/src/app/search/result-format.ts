// How one search result is shown: the table's columns, yen in 万・億, ranges the way the Excel file writes them,
// risk badges and the intent bar, and the pager's summary.
import { RISK_CATEGORIES, RISK_CATEGORY_LABELS, RISK_LEVEL_COLUMNS } from '../../domain/risk-category.labels.ts';

export type CompanyResult = Record<string, unknown> & { id: number };

export interface ResultColumn {
  key: string;
  label: string;
  /** the company field a header click sorts by */
  sort: string;
  /** the fields the cell needs (a column whose fields the caller may not read stays empty) */
  fields: string[];
}

export const RESULT_COLUMNS: ResultColumn[] = [
  { key: 'corporate_number', label: '法人番号', sort: 'corporate_number', fields: ['corporate_number'] },
  // 50音順: the kana reading, not the characters' code points.
  { key: 'name', label: '商号又は名称', sort: 'name_kana', fields: ['name', 'name_kana'] },
  // JIS code order runs 北海道 to 沖縄, the order Japanese lists of places use.
  { key: 'address', label: '本社所在地', sort: 'city_code', fields: ['address', 'prefecture_code', 'city_code'] },
  { key: 'industry', label: '業種', sort: 'industry', fields: ['industry'] },
  { key: 'employees', label: '従業員数', sort: 'employees_lower', fields: ['employees_lower', 'employees_upper', 'employees_label'] },
  { key: 'capital', label: '資本金', sort: 'capital_yen', fields: ['capital_yen'] },
  // The category levels only feed the badge's tooltip; a caller who may not read them still sees the badge.
  { key: 'risk', label: 'リスク', sort: 'risk_level', fields: ['risk_level', ...Object.values(RISK_LEVEL_COLUMNS)] },
  { key: 'intent', label: 'インテント', sort: 'intent_score', fields: ['intent_score'] },
];

export const RESULT_FIELDS = ['id', ...new Set(RESULT_COLUMNS.flatMap((c) => c.fields))];

const present = (v: unknown): boolean => v !== null && v !== undefined && v !== '';

/** 50,000,000 → 5,000万円; 150,000,000 → 1億5,000万円; below 1万 in plain yen. */
export function formatYen(value: unknown): string {
  if (!present(value)) return '';
  const yen = Number(value);
  if (!Number.isFinite(yen)) return '';
  const sign = yen < 0 ? '-' : '';
  let rest = Math.abs(Math.round(yen));
  if (rest < 10_000) return `${sign}${rest.toLocaleString('ja-JP')}円`;
  const parts: string[] = [];
  for (const [unit, size] of [['兆', 1e12], ['億', 1e8], ['万', 1e4]] as const) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0) parts.push(`${n.toLocaleString('ja-JP')}${unit}`);
  }
  // Below 1万 is dropped once the figure is in 万: nobody reads 資本金 to the yen.
  return `${sign}${parts.join('')}円`;
}

/** A stored range as the Excel file writes it: its label when there is one, else 「lower〜upper」. */
export function rangeText(row: Record<string, unknown>, name: string, suffix = ''): string {
  const label = row[`${name}_label`];
  if (present(label)) return String(label);
  const lower = row[`${name}_lower${suffix}`];
  const upper = row[`${name}_upper${suffix}`];
  if (!present(lower) && !present(upper)) return '';
  if (present(lower) && String(lower) === String(upper)) return String(lower);
  return `${present(lower) ? String(lower) : ''}〜${present(upper) ? String(upper) : ''}`;
}

export type RiskTone = 'none' | 'low' | 'medium' | 'high';

const RISK_BADGES: { label: string; tone: RiskTone }[] = [
  { label: 'なし', tone: 'none' },
  { label: '低', tone: 'low' },
  { label: '中', tone: 'medium' },
  { label: '高', tone: 'high' },
];

/** The badge for 総合リスク 0–3; none for a company not assessed yet. */
export function riskBadge(level: unknown): { label: string; tone: RiskTone } | null {
  if (!present(level)) return null;
  return RISK_BADGES[Number(level)] ?? null;
}

/** The badge's tooltip: 「総合リスク: 中」 and the categories above 0 (「行政処分 中、風評 低」); null when not assessed. */
export function riskTitle(row: Record<string, unknown>): string | null {
  const total = riskBadge(row['risk_level']);
  if (!total) return null;
  const risky = RISK_CATEGORIES.map((c) => ({ label: RISK_CATEGORY_LABELS[c], badge: riskBadge(row[RISK_LEVEL_COLUMNS[c]]) }))
    .filter((c) => c.badge && c.badge.tone !== 'none')
    .map((c) => `${c.label} ${c.badge?.label ?? ''}`);
  return risky.length > 0 ? `総合リスク: ${total.label}（${risky.join('、')}）` : `総合リスク: ${total.label}`;
}

/** The intent bar's width in percent (0–100); null (no bar) until the score is computed. */
export function intentPercent(score: unknown): number | null {
  if (!present(score)) return null;
  const n = Number(score);
  return Number.isFinite(n) ? Math.min(100, Math.max(0, Math.round(n))) : null;
}

export const pageCount = (total: number, limit: number): number => Math.max(1, Math.ceil(total / limit));

/** 「123 件中 51〜100 件」, or 「該当する企業はありません」. */
export function pageSummary({ total, page, limit }: { total: number; page: number; limit: number }): string {
  if (total === 0) return '該当する企業はありません';
  const first = (page - 1) * limit + 1;
  const last = Math.min(total, page * limit);
  return `${total.toLocaleString('ja-JP')} 件中 ${first.toLocaleString('ja-JP')}〜${last.toLocaleString('ja-JP')} 件`;
}
