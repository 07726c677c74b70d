// The rows of an export's 抽出条件 sheet: who exported what, when, how many rows, and every criterion in force
// (defaults included), so a file found later says how it was made.
import { RISK_CATEGORY_LABELS, SEVERITY_LABELS } from './risk-category.labels.ts';
import type { RiskCriteria } from './risk-criteria.parser.ts';
import type { CriteriaKey, SearchCriteria } from './search-criteria.parser.ts';

export const CRITERIA_LABELS: Record<CriteriaKey, string> = {
  q: '企業名',
  text: '事業内容',
  person: '代表者・役員名',
  establishment_name: '拠点名',
  corporate_numbers: '法人番号',
  prefectures: '本社都道府県',
  exclude_prefectures: '除外する本社都道府県',
  cities: '本社市区町村',
  establishment_prefectures: '拠点のある都道府県',
  establishment_kinds: '拠点種別',
  industries: '業種',
  employees: '従業員数',
  capital: '資本金（円）',
  sales: '売上高（円）',
  profit: '利益（円）',
  founded: '設立年月日',
  listed: '上場',
  status: '状態',
  contact: '接触',
  list: '抽出リスト',
  group_of: '企業グループ（法人番号）',
  ultimate_parent: '最上位親会社（法人番号）',
  risk: 'リスク',
  sort: '並び順',
  page: 'ページ',
  limit: '件数上限',
  fields: '項目',
};

// Paging and answer shape do not change which rows an export holds.
const NOT_A_CONDITION = new Set<CriteriaKey>(['page', 'limit', 'fields']);

function describeRisk(risk: RiskCriteria): string {
  const parts: string[] = [];
  if (risk.exclude_categories.length) parts.push(`除外する区分: ${risk.exclude_categories.map((c) => RISK_CATEGORY_LABELS[c]).join('、')}`);
  if (risk.max_level !== null) parts.push(`総合リスク ${risk.max_level}（${SEVERITY_LABELS[risk.max_level]}）以下`);
  parts.push(risk.include_confirmed_antisocial ? '反社（確認済み）も含める' : '反社（確認済み）を除外');
  return parts.join(' / ');
}

function describe(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length ? value.join(', ') : null;
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  if (typeof value === 'object') {
    const { min, max, from, to } = value as Record<string, unknown>;
    const [low, high] = min !== undefined || max !== undefined ? [min, max] : [from, to];
    return `${low ?? ''}〜${high ?? ''}`;
  }
  return String(value);
}

export function exportConditionRows({
  criteria,
  appliedDefaults,
  columns,
  user,
  at,
  rows,
}: {
  criteria: SearchCriteria;
  appliedDefaults: readonly string[];
  columns: readonly string[];
  user: string | null;
  at: Date;
  rows: number;
}): [string, string | number][] {
  const out: [string, string | number][] = [
    ['出力日時', at.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' })],
    ['出力者', user ?? '（システム）'],
    ['件数', rows],
  ];
  for (const [key, label] of Object.entries(CRITERIA_LABELS) as [CriteriaKey, string][]) {
    if (NOT_A_CONDITION.has(key)) continue;
    const text = key === 'risk' ? (criteria.risk ? describeRisk(criteria.risk) : null) : describe(criteria[key]);
    if (text !== null) out.push([label, text]);
  }
  if (appliedDefaults.length) out.push(['既定で適用した条件', appliedDefaults.join(', ')]);
  out.push(['出力項目', columns.join(', ')]);
  return out;
}
