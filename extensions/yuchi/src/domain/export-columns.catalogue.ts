// The columns an Excel export can have (documented in docs/api.md): a stable key, a Japanese header, a width,
// the company fields it reads (the caller must be allowed to read them) and how its value is made.
import { NTA_CORPORATE_KINDS } from './nta-record.mapper.ts';
import { RISK_CATEGORIES, RISK_CATEGORY_LABELS, RISK_LEVEL_COLUMNS } from './risk-category.labels.ts';

/** Per-page facts a column may need beyond the company row (looked up with the caller's permissions). */
export interface ExportExtras {
  prefectureName: (code: string) => string | null;
  cityName: (code: string) => string | null;
  industryName: (code: string) => string | null;
  sitesIn: (companyId: number, prefecture: string | null) => number;
  lastVisit: (companyId: number) => string | null;
  cardCount: (companyId: number) => number;
  /** names of the ultimate parents of the company's group the caller may read (「、」 between two or more) */
  ultimateParentName: (companyId: number) => string | null;
  /** members of the company's group the caller may read (1 for a company without relations) */
  groupSize: (companyId: number) => number | null;
}

export type CompanyRow = Record<string, unknown> & { id: number };

export interface ExportColumn {
  key: string;
  header: string;
  width: number;
  fields: string[];
  /** other collections the column reads (for permission checks) */
  related?: Record<string, string[]>;
  value: (row: CompanyRow, extras: ExportExtras) => unknown;
}

// The group columns follow capital relations: the caller must be allowed to read them.
const GROUP_FIELDS = ['parent', 'child', 'valid_to', 'review_status'];
const STATUS_LABEL: Record<string, string> = { active: '営業中', closed: '閉鎖' };
const KINDS = NTA_CORPORATE_KINDS as Record<string, string>;

const text = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));
const yen = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number(v));

/** A range column: its label when there is one, else 「lower〜upper」 from the bounds. */
function rangeText(row: CompanyRow, name: string, suffix: string): string | null {
  const label = text(row[`${name}_label`]);
  if (label) return label;
  const lower = text(row[`${name}_lower${suffix}`]);
  const upper = text(row[`${name}_upper${suffix}`]);
  if (lower === null && upper === null) return null;
  if (lower === upper) return lower;
  return `${lower ?? ''}〜${upper ?? ''}`;
}

const field = (key: string, header: string, width: number): ExportColumn => ({ key, header, width, fields: [key], value: (row) => row[key] });
const range = (key: string, header: string, suffix = ''): ExportColumn => ({
  key,
  header,
  width: 18,
  fields: [`${key}_lower${suffix}`, `${key}_upper${suffix}`, `${key}_label`],
  value: (row) => rangeText(row, key, suffix),
});

const FIXED: ExportColumn[] = [
  field('corporate_number', '法人番号', 16),
  field('name', '商号又は名称', 36),
  field('name_kana', 'フリガナ', 30),
  field('name_en', '英語表記', 30),
  { key: 'former_names', header: '旧商号', width: 30, fields: ['former_names'], value: (row) => (Array.isArray(row['former_names']) ? (row['former_names'] as string[]).join('、') : row['former_names']) },
  { key: 'status', header: '状態', width: 10, fields: ['status'], value: (row) => STATUS_LABEL[String(row['status'])] ?? row['status'] },
  { key: 'corporate_kind', header: '法人種別', width: 16, fields: ['corporate_kind'], value: (row) => KINDS[String(row['corporate_kind'])] ?? row['corporate_kind'] },
  field('closed_on', '閉鎖等年月日', 14),
  { key: 'prefecture', header: '本社都道府県', width: 12, fields: ['prefecture_code'], value: (row, x) => (row['prefecture_code'] ? x.prefectureName(String(row['prefecture_code'])) : null) },
  { key: 'city', header: '本社市区町村', width: 16, fields: ['city_code'], value: (row, x) => (row['city_code'] ? x.cityName(String(row['city_code'])) : null) },
  field('address', '本社所在地', 40),
  field('postal_code', '郵便番号', 10),
  field('phone', '代表電話番号', 16),
  field('website', 'ウェブサイト', 30),
  field('representative_name', '代表者名', 18),
  field('industry', '業種コード', 10),
  { key: 'industry_name', header: '業種名', width: 30, fields: ['industry'], value: (row, x) => (row['industry'] ? x.industryName(String(row['industry'])) : null) },
  field('business_summary', '事業内容', 50),
  field('founded_on', '設立年月日', 14),
  { key: 'capital_yen', header: '資本金（円）', width: 18, fields: ['capital_yen'], value: (row) => yen(row['capital_yen']) },
  range('employees', '従業員数'),
  range('sales', '売上高', '_yen'),
  range('profit', '利益', '_yen'),
  field('securities_code', '証券コード', 10),
  { key: 'listed', header: '上場', width: 8, fields: ['securities_code'], value: (row) => (row['securities_code'] ? '上場' : '非上場') },
  { key: 'sites', header: '拠点数', width: 10, fields: [], related: { establishments: ['company', 'status'] }, value: (row, x) => x.sitesIn(row.id, null) },
  { key: 'last_visit', header: '最終訪問日', width: 14, fields: [], related: { visits: ['company', 'visited_at'] }, value: (row, x) => x.lastVisit(row.id) },
  { key: 'card_count', header: '名刺枚数', width: 10, fields: [], related: { business_cards: ['company'] }, value: (row, x) => x.cardCount(row.id) },
  { key: 'ultimate_parent_name', header: '最上位親会社', width: 36, fields: [], related: { company_relations: GROUP_FIELDS }, value: (row, x) => x.ultimateParentName(row.id) },
  { key: 'group_size', header: 'グループ企業数', width: 12, fields: [], related: { company_relations: GROUP_FIELDS }, value: (row, x) => x.groupSize(row.id) },
  field('risk_level', '総合リスク', 10),
  ...RISK_CATEGORIES.map((category) => field(RISK_LEVEL_COLUMNS[category], `${RISK_CATEGORY_LABELS[category]}リスク`, 10)),
  field('intent_score', 'インテントスコア', 12),
  field('source', '出典', 10),
];

const BY_KEY = new Map(FIXED.map((c) => [c.key, c]));
const SITES_IN = /^sites_in:(0[1-9]|[1-3][0-9]|4[0-7])$/;

/** The catalogue for docs and the UI: fixed keys plus the pattern sites_in:<都道府県コード>. */
export const EXPORT_COLUMN_KEYS = [...BY_KEY.keys(), 'sites_in:NN'];

export const DEFAULT_EXPORT_COLUMNS = ['corporate_number', 'name', 'name_kana', 'status', 'prefecture', 'city', 'address', 'representative_name', 'industry_name', 'employees', 'capital_yen', 'sales', 'website', 'phone'];

/** The column for a key, or null when the key is not in the catalogue. */
export function exportColumn(key: string, prefectureName: (code: string) => string | null = () => null): ExportColumn | null {
  const fixed = BY_KEY.get(key);
  if (fixed) return fixed;
  const sitesIn = SITES_IN.exec(key);
  if (!sitesIn) return null;
  const code = sitesIn[1]!;
  return {
    key,
    header: `拠点数（${prefectureName(code) ?? code}）`,
    width: 14,
    fields: [],
    related: { establishments: ['company', 'status', 'prefecture_code'] },
    value: (row, x) => x.sitesIn(row.id, code),
  };
}
