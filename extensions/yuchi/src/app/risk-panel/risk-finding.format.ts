// How the company page and the dashboard show risk findings: the order of the list, category and status names,
// the evidence as lines a reader can scan, the per-category levels of a company, and open findings per category.
import { RISK_CATEGORIES, RISK_CATEGORY_LABELS, RISK_LEVEL_COLUMNS, type RiskCategory } from '../../domain/risk-category.labels.ts';

/** A risk_findings row as the API returns it to the caller (fields it may not read are absent). */
export interface RiskFinding {
  id: number;
  category?: string | null;
  severity?: number | null;
  title?: string | null;
  detail?: string | null;
  source?: string | null;
  source_url?: string | null;
  observed_on?: string | null;
  expires_on?: string | null;
  status?: string | null;
  evidence?: unknown;
  match_confidence?: number | null;
  review_note?: string | null;
}

const STATUS_LABELS: Record<string, string> = { open: '未確認', confirmed: '確認済み', dismissed: '却下' };
const STATUS_ORDER: Record<string, number> = { confirmed: 0, open: 1, dismissed: 2 };

export const categoryLabel = (category: string | null | undefined): string =>
  category ? ((RISK_CATEGORY_LABELS as Record<string, string>)[category] ?? category) : '区分なし';

export const statusLabel = (status: string | null | undefined): string => (status ? (STATUS_LABELS[status] ?? status) : '');

/** A finding whose expiry date is before today no longer counts towards the company's levels. */
export const isExpired = (finding: Pick<RiskFinding, 'expires_on'>, today: string): boolean =>
  typeof finding.expires_on === 'string' && finding.expires_on.slice(0, 10) < today;

/** Counting findings first (confirmed, then open), the most severe first, then the newest. */
export function sortFindings(findings: readonly RiskFinding[]): RiskFinding[] {
  const rank = (f: RiskFinding) => STATUS_ORDER[f.status ?? ''] ?? 3;
  return [...findings].sort(
    (a, b) => rank(a) - rank(b) || (b.severity ?? 0) - (a.severity ?? 0) || (b.observed_on ?? '').localeCompare(a.observed_on ?? '') || b.id - a.id,
  );
}

const scalarText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** Evidence (text, a list, or named values) as lines; empty when there is none. */
export function evidenceLines(evidence: unknown): string[] {
  if (evidence === null || evidence === undefined || evidence === '') return [];
  if (Array.isArray(evidence)) return evidence.filter((v) => v !== null && v !== '').map(scalarText);
  if (typeof evidence === 'object') {
    return Object.entries(evidence as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.map(scalarText).join('、') : scalarText(v)}`);
  }
  return [scalarText(evidence)];
}

/** 「照合の確からしさ 85%」 from 0–1, or null. */
export function confidenceText(confidence: unknown): string | null {
  if (confidence === null || confidence === undefined || confidence === '') return null;
  const n = Number(confidence);
  return Number.isFinite(n) ? `照合の確からしさ ${Math.round(n * 100)}%` : null;
}

export interface CategoryLevel {
  category: RiskCategory;
  label: string;
  level: unknown;
}

/** The company's level per category, for the categories whose column the caller may read. */
export function categoryLevels(company: Record<string, unknown>): CategoryLevel[] {
  return RISK_CATEGORIES.filter((c) => RISK_LEVEL_COLUMNS[c] in company).map((c) => ({ category: c, label: RISK_CATEGORY_LABELS[c], level: company[RISK_LEVEL_COLUMNS[c]] }));
}

export interface CategoryCount {
  category: string;
  label: string;
  count: number;
}

/** Every category with its count (0 when the aggregate has no row for it), then any unknown category. */
export function countsByCategory(groups: readonly { category?: unknown; count?: unknown }[]): CategoryCount[] {
  const counts = new Map<string, number>();
  for (const g of groups) {
    const category = typeof g.category === 'string' ? g.category : '';
    counts.set(category, (counts.get(category) ?? 0) + Number(g.count ?? 0));
  }
  const known = RISK_CATEGORIES.map((c) => ({ category: c, label: RISK_CATEGORY_LABELS[c], count: counts.get(c) ?? 0 }));
  const other = [...counts].filter(([c]) => !(RISK_CATEGORIES as string[]).includes(c)).map(([c, count]) => ({ category: c, label: categoryLabel(c || null), count }));
  return [...known, ...other];
}

/** Today in the browser's calendar, as the date fields store it. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The API's own Japanese message, or one that says what to try. */
export function riskErrorMessage(error: unknown): string {
  const response = (error as { response?: { status?: number; data?: { errors?: { message?: string; extensions?: { code?: string } }[] } } }).response;
  const first = response?.data?.errors?.[0];
  // Directus's own 403 message is English; ours say what it means here.
  if (response?.status === 403 || first?.extensions?.code === 'FORBIDDEN') return 'リスク情報を閲覧する権限がありません。';
  if (first?.message && /[\u3040-\u30ff\u4e00-\u9fff]/.test(first.message)) return first.message;
  return 'リスク情報を読み込めませんでした。通信状況を確認して、ページを開き直してください。';
}
