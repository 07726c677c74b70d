// Reads the body of POST /yuchi/search (and of exports and target lists, which take the same criteria) into a
// checked SearchCriteria. Every mistake names the key and says in Japanese what is expected.
import { isRealDate } from './nta-record.mapper.ts';
import { isValidCorporateNumber } from './corporate-number.validator.ts';
import { parseRiskCriteria, type RiskCriteria } from './risk-criteria.parser.ts';

export interface NumberRange {
  min: number | null;
  max: number | null;
}

export interface DateRange {
  from: string | null;
  to: string | null;
}

export type StatusCriterion = 'active' | 'closed' | 'any';
export type ContactCriterion = 'none' | 'any';

export interface SearchCriteria {
  q: string[];
  text: string[];
  person: string[];
  establishment_name: string[];
  corporate_numbers: string[];
  prefectures: string[];
  exclude_prefectures: string[];
  cities: string[];
  establishment_prefectures: string[];
  establishment_kinds: string[];
  industries: string[];
  employees: NumberRange | null;
  capital: NumberRange | null;
  sales: NumberRange | null;
  profit: NumberRange | null;
  founded: DateRange | null;
  listed: boolean | null;
  status: StatusCriterion;
  contact: ContactCriterion | null;
  list: number | null;
  /** every member of the group that contains this company (法人番号); optional for callers built before groups */
  group_of?: string | null;
  /** the companies whose ultimate parent is this company (法人番号), itself included */
  ultimate_parent?: string | null;
  /** risk screening; optional for callers built before it (absent = no risk condition at all) */
  risk?: RiskCriteria;
  sort: string[];
  page: number;
  limit: number;
  /** empty when the caller named none: the service then answers the DEFAULT_FIELDS the caller may read */
  fields: string[];
}

export interface CriteriaError {
  key: string;
  message: string;
}

export type CriteriaResult = { ok: true; criteria: SearchCriteria; appliedDefaults: string[] } | { ok: false; error: CriteriaError };

export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 50;
export const SITE_KINDS = ['head_office', 'branch_office', 'branch', 'sales_office', 'factory', 'lab', 'logistics', 'store', 'other'] as const;
/** Company fields an answer has when the caller names none (those the caller may read). */
export const DEFAULT_FIELDS = ['id', 'corporate_number', 'name', 'name_kana', 'status', 'prefecture_code', 'city_code', 'address', 'industry', 'employees_label', 'capital_yen', 'risk_level', 'intent_score'];

class Invalid extends Error {
  constructor(readonly key: string, message: string) {
    super(message);
  }
}

const fail = (key: string, message: string): never => {
  throw new Invalid(key, `「${key}」: ${message}`);
};

function words(key: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'string') return fail(key, '文字列で指定してください（複数の語は空白で区切ります）');
  return value.split(/[\s\u3000]+/u).filter((w) => w !== '');
}

function stringList(key: string, value: unknown, check: (item: string) => boolean, expected: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return fail(key, `配列で指定してください（${expected}）`);
  return value.map((item, i) => (typeof item === 'string' && check(item) ? item : fail(`${key}[${i}]`, `${expected}で指定してください`)));
}

const PREFECTURE = (code: string) => /^(0[1-9]|[1-3][0-9]|4[0-7])$/.test(code);
const CITY = (code: string) => /^[0-9]{5}$/.test(code);
// JSIC at any level: 大分類 letter A–T, 中分類 2 digits, 小分類 3 digits, 細分類 4 digits.
const INDUSTRY = (code: string) => /^([A-T]|[0-9]{2,4})$/.test(code);

function numberRange(key: string, value: unknown): NumberRange | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) return fail(key, '{"min": 数値, "max": 数値} の形で指定してください');
  const { min = null, max = null, ...rest } = value as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) fail(`${key}.${extra}`, 'min と max だけが使えます');
  for (const [bound, n] of [['min', min], ['max', max]] as const) {
    if (n !== null && (typeof n !== 'number' || !Number.isFinite(n))) fail(`${key}.${bound}`, '数値で指定してください');
  }
  if (min === null && max === null) return fail(key, 'min か max の少なくとも一方を指定してください');
  if (min !== null && max !== null && (min as number) > (max as number)) fail(key, 'min は max 以下にしてください');
  return { min: min as number | null, max: max as number | null };
}

function dateRange(key: string, value: unknown): DateRange | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) return fail(key, '{"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"} の形で指定してください');
  const { from = null, to = null, ...rest } = value as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) fail(`${key}.${extra}`, 'from と to だけが使えます');
  for (const [bound, d] of [['from', from], ['to', to]] as const) {
    if (d !== null && (typeof d !== 'string' || !isRealDate(d))) fail(`${key}.${bound}`, '実在する日付を YYYY-MM-DD で指定してください');
  }
  if (from === null && to === null) return fail(key, 'from か to の少なくとも一方を指定してください');
  if (from !== null && to !== null && (from as string) > (to as string)) fail(key, 'from は to 以前の日付にしてください');
  return { from: from as string | null, to: to as string | null };
}

function corporateNumber(key: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && isValidCorporateNumber(value)) return value;
  return fail(key, '検査数字の正しい13桁の法人番号（文字列）で指定してください');
}

function oneOf<T extends string>(key: string, value: unknown, allowed: readonly T[]): T | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return fail(key, `${allowed.map((a) => `"${a}"`).join(' / ')} のいずれかで指定してください`);
}

function integer(key: string, value: unknown, { min, max }: { min: number; max?: number }): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || (max !== undefined && value > max)) {
    return fail(key, max === undefined ? `${min} 以上の整数で指定してください` : `${min}〜${max} の整数で指定してください`);
  }
  return value;
}

function risk(value: unknown): { criteria: RiskCriteria; appliedDefaults: string[] } {
  const parsed = parseRiskCriteria(value);
  if (!parsed.ok) throw new Invalid(parsed.error.key, parsed.error.message);
  return parsed;
}

const FIELD_NAME = (name: string) => /^[a-z][a-z0-9_]*$/.test(name);

const READERS = {
  q: (v: unknown) => words('q', v),
  text: (v: unknown) => words('text', v),
  person: (v: unknown) => words('person', v),
  establishment_name: (v: unknown) => words('establishment_name', v),
  corporate_numbers: (v: unknown) => stringList('corporate_numbers', v, isValidCorporateNumber, '検査数字の正しい13桁の法人番号'),
  prefectures: (v: unknown) => stringList('prefectures', v, PREFECTURE, '2桁の都道府県コード（01〜47）'),
  exclude_prefectures: (v: unknown) => stringList('exclude_prefectures', v, PREFECTURE, '2桁の都道府県コード（01〜47）'),
  cities: (v: unknown) => stringList('cities', v, CITY, '5桁の市区町村コード'),
  establishment_prefectures: (v: unknown) => stringList('establishment_prefectures', v, PREFECTURE, '2桁の都道府県コード（01〜47）'),
  establishment_kinds: (v: unknown) => stringList('establishment_kinds', v, (k) => (SITE_KINDS as readonly string[]).includes(k), `拠点種別（${SITE_KINDS.join(', ')}）`),
  industries: (v: unknown) => stringList('industries', v, INDUSTRY, '日本標準産業分類のコード（大分類 A〜T、中分類2桁、小分類3桁、細分類4桁）'),
  employees: (v: unknown) => numberRange('employees', v),
  capital: (v: unknown) => numberRange('capital', v),
  sales: (v: unknown) => numberRange('sales', v),
  profit: (v: unknown) => numberRange('profit', v),
  founded: (v: unknown) => dateRange('founded', v),
  listed: (v: unknown) => (v === undefined || v === null ? null : typeof v === 'boolean' ? v : fail('listed', 'true か false で指定してください')),
  status: (v: unknown) => oneOf('status', v, ['active', 'closed', 'any'] as const),
  contact: (v: unknown) => oneOf('contact', v, ['none', 'any'] as const),
  list: (v: unknown) => integer('list', v, { min: 1 }),
  group_of: (v: unknown) => corporateNumber('group_of', v),
  ultimate_parent: (v: unknown) => corporateNumber('ultimate_parent', v),
  risk: (v: unknown) => risk(v),
  sort: (v: unknown) => stringList('sort', v, (s) => FIELD_NAME(s.replace(/^-/, '')), '項目名（降順は先頭に -）'),
  page: (v: unknown) => integer('page', v, { min: 1 }),
  limit: (v: unknown) => integer('limit', v, { min: 1, max: MAX_LIMIT }),
  fields: (v: unknown) => stringList('fields', v, FIELD_NAME, '企業の項目名'),
} as const;

export type CriteriaKey = keyof typeof READERS;
export const CRITERIA_KEYS = Object.keys(READERS) as CriteriaKey[];

/** Reads criteria; `extraKeys` are keys the caller handles itself (e.g. an export's `columns`). */
export function parseSearchCriteria(body: unknown, { extraKeys = [] }: { extraKeys?: readonly string[] } = {}): CriteriaResult {
  try {
    if (body === undefined || body === null) body = {};
    if (typeof body !== 'object' || Array.isArray(body)) fail('body', 'JSON オブジェクトで指定してください');
    const input = body as Record<string, unknown>;
    for (const key of Object.keys(input)) {
      if (!(key in READERS) && !extraKeys.includes(key)) fail(key, `この検索条件はありません。使える条件: ${CRITERIA_KEYS.join(', ')}`);
    }
    const read = <K extends CriteriaKey>(key: K): ReturnType<(typeof READERS)[K]> => READERS[key](input[key]) as ReturnType<(typeof READERS)[K]>;
    const appliedDefaults: string[] = [];
    const status = read('status') ?? (appliedDefaults.push('status=active'), 'active' as const);
    const riskRead = read('risk');
    appliedDefaults.push(...riskRead.appliedDefaults);
    const criteria: SearchCriteria = {
      q: read('q'),
      text: read('text'),
      person: read('person'),
      establishment_name: read('establishment_name'),
      corporate_numbers: read('corporate_numbers'),
      prefectures: read('prefectures'),
      exclude_prefectures: read('exclude_prefectures'),
      cities: read('cities'),
      establishment_prefectures: read('establishment_prefectures'),
      establishment_kinds: read('establishment_kinds'),
      industries: read('industries'),
      employees: read('employees'),
      capital: read('capital'),
      sales: read('sales'),
      profit: read('profit'),
      founded: read('founded'),
      listed: read('listed'),
      status,
      contact: read('contact'),
      list: read('list'),
      group_of: read('group_of'),
      ultimate_parent: read('ultimate_parent'),
      risk: riskRead.criteria,
      sort: read('sort'),
      page: read('page') ?? 1,
      limit: read('limit') ?? DEFAULT_LIMIT,
      fields: read('fields'),
    };
    return { ok: true, criteria, appliedDefaults };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: { key: error.key, message: error.message } };
    throw error;
  }
}
