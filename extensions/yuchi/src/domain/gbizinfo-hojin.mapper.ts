// What gBizINFO's 法人基本情報 (/v2/hojin/{法人番号}) and 財務情報 (/finance) say about a company, as companies column
// values. A value gBizINFO does not have is null (the merge never clears a field with it). Amounts and head counts
// are exact figures, stored as ranges with lower = upper like the other sources' exact values.
import { formatYen } from '../../../../seed/demo/company-figures.ts';
import type { RangeColumns } from '../../../../seed/demo/demo-data.types.ts';
import type { AddressAreaMatcher } from './address-area.matcher.ts';
import type { GbizFinance, GbizHojinInfo, GbizMajorShareholder, GbizManagementIndex } from './gbizinfo-response.types.ts';
import { gbizDate, gbizInteger, gbizList, gbizNumber, gbizObject, gbizText, gbizYen } from './gbizinfo-value.reader.ts';

export interface MajorShareholder {
  name: string;
  // Percent of the issued shares (0–100), two decimals.
  ratio: number | null;
}

export interface GbizCompanyValues {
  name_kana: string | null;
  name_en: string | null;
  address: string | null;
  prefecture_code: string | null;
  city_code: string | null;
  postal_code: string | null;
  representative_name: string | null;
  business_summary: string | null;
  website: string | null;
  founded_on: string | null;
  capital_yen: number | null;
  capital_lower_yen: number | null;
  capital_upper_yen: number | null;
  capital_label: string | null;
  employees_lower: number | null;
  employees_upper: number | null;
  employees_label: string | null;
  sales_lower_yen: number | null;
  sales_upper_yen: number | null;
  sales_label: string | null;
  profit_lower_yen: number | null;
  profit_upper_yen: number | null;
  profit_label: string | null;
  major_shareholders: MajorShareholder[] | null;
}

export type GbizCompanyField = keyof GbizCompanyValues;

const EMPTY_RANGE: RangeColumns = { lower: null, upper: null, label: null };
const exactRange = (value: number | null, label: (v: number) => string): RangeColumns =>
  value === null ? EMPTY_RANGE : { lower: value, upper: value, label: label(value) };
const yenRange = (value: number | null): RangeColumns => exactRange(value, formatYen);
const headcountRange = (value: number | null): RangeColumns => exactRange(value !== null && value >= 0 ? value : null, (v) => `${v}人`);

function postalCode(value: unknown): string | null {
  const digits = gbizText(value)?.normalize('NFKC').replace(/[-‐ー－\s]/g, '');
  return digits && /^\d{7}$/.test(digits) ? `${digits.slice(0, 3)}-${digits.slice(3)}` : null;
}

// The model accepts only http(s) addresses; a bare host name gets http:// (the site answers or redirects).
function website(value: unknown): string | null {
  const text = gbizText(value)?.normalize('NFKC');
  if (!text || /\s/.test(text)) return null;
  if (/^https?:\/\/[^/\s]+\.[^/\s]+/i.test(text)) return text;
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(text)) return `http://${text}`;
  return null;
}

/**
 * 発行済株式総数に対する所有株式数の割合: EDINET publishes a fraction (0.4512 = 45.12 %); a figure above 1 is read
 * as a percentage already. Anything outside 0–100 % is no figure at all.
 */
export function shareholdingPercent(value: unknown): number | null {
  const n = gbizNumber(value);
  if (n === null || n < 0 || n > 100) return null;
  const percent = n <= 1 ? n * 100 : n;
  return Math.round(percent * 100) / 100;
}

export function majorShareholdersOf(finance: GbizFinance | null): MajorShareholder[] | null {
  const holders = gbizList(finance?.major_shareholders)
    .map((entry) => gbizObject<GbizMajorShareholder>(entry))
    .flatMap((holder) => {
      const name = gbizText(holder?.name_major_shareholders);
      return name === null ? [] : [{ name, ratio: shareholdingPercent(holder?.shareholding_ratio) }];
    });
  return holders.length ? holders : null;
}

const periodNumber = (index: GbizManagementIndex): number | null => {
  const digits = gbizText(index.period)?.normalize('NFKC').match(/\d+/);
  return digits ? Number(digits[0]) : null;
};

/** The most recent fiscal year: the highest 回次 (第55期); without numbers, the last one listed. */
export function latestManagementIndex(finance: GbizFinance | null): GbizManagementIndex | null {
  const years = gbizList(finance?.management_index).flatMap((entry) => {
    const index = gbizObject<GbizManagementIndex>(entry);
    return index ? [index] : [];
  });
  if (years.length === 0) return null;
  const numbered = years.filter((y) => periodNumber(y) !== null);
  if (numbered.length === 0) return years.at(-1) ?? null;
  return numbered.reduce((best, y) => ((periodNumber(y) ?? 0) > (periodNumber(best) ?? 0) ? y : best));
}

const amount = (index: GbizManagementIndex | null, key: string): number | null =>
  index ? gbizYen(index[`${key}_summary_of_business_results`], index[`${key}_summary_of_business_results_unit_ref`]) : null;

// 売上高; banks, insurers and others report 営業収益・営業収入・営業総収入・経常収益 instead.
const SALES_KEYS = ['net_sales', 'operating_revenue1', 'operating_revenue2', 'gross_operating_revenue', 'ordinary_income'];
// 当期純利益（損失）, else 経常利益（損失）.
const PROFIT_KEYS = ['net_income_loss', 'ordinary_income_loss'];
const firstAmount = (index: GbizManagementIndex | null, keys: string[]): number | null => {
  for (const key of keys) {
    const value = amount(index, key);
    if (value !== null) return value;
  }
  return null;
};


export interface GbizHojinInput {
  hojin: GbizHojinInfo;
  // The /finance answer's `finance`; the basic answer's own `finance` is used when it is absent.
  finance?: GbizFinance | null;
  locate?: AddressAreaMatcher;
}

export function mapGbizHojin({ hojin, finance, locate }: GbizHojinInput): GbizCompanyValues {
  const financeInfo = finance ?? gbizObject<GbizFinance>(hojin.finance);
  const latest = latestManagementIndex(financeInfo);
  const address = gbizText(hojin.location);
  const area = locate ? locate(address) : { prefecture_code: null, city_code: null };
  const capital = gbizInteger(hojin.capital_stock) ?? amount(latest, 'capital_stock');
  const employees = gbizInteger(hojin.employee_number) ?? (latest ? gbizInteger(latest['number_of_employees']) : null);
  const capitalYen = capital !== null && capital >= 0 ? capital : null;
  const capitalRange = yenRange(capitalYen);
  const employeesRange = headcountRange(employees);
  const salesRange = yenRange(firstAmount(latest, SALES_KEYS));
  const profitRange = yenRange(firstAmount(latest, PROFIT_KEYS));
  return {
    name_kana: gbizText(hojin.kana),
    name_en: gbizText(hojin.name_en),
    address,
    prefecture_code: address ? area.prefecture_code : null,
    city_code: address ? area.city_code : null,
    postal_code: postalCode(hojin.postal_code),
    representative_name: gbizText(hojin.representative_name),
    business_summary: gbizText(hojin.business_summary),
    website: website(hojin.company_url),
    founded_on: gbizDate(hojin.date_of_establishment),
    capital_yen: capitalYen,
    capital_lower_yen: capitalRange.lower,
    capital_upper_yen: capitalRange.upper,
    capital_label: capitalRange.label,
    employees_lower: employeesRange.lower,
    employees_upper: employeesRange.upper,
    employees_label: employeesRange.label,
    sales_lower_yen: salesRange.lower,
    sales_upper_yen: salesRange.upper,
    sales_label: salesRange.label,
    profit_lower_yen: profitRange.lower,
    profit_upper_yen: profitRange.upper,
    profit_label: profitRange.label,
    major_shareholders: majorShareholdersOf(financeInfo),
  };
}

/** Groups of columns that are one figure (a range and its label) and change together; the label a user reads. */
export const GBIZ_COMPANY_UNITS = [
  { key: 'name_kana', label: 'フリガナ', fields: ['name_kana'], policy: 'fill' },
  { key: 'name_en', label: '英語表記', fields: ['name_en'], policy: 'fill' },
  { key: 'address', label: '本社所在地', fields: ['address', 'prefecture_code', 'city_code'], policy: 'fill' },
  { key: 'postal_code', label: '郵便番号', fields: ['postal_code'], policy: 'fill' },
  { key: 'representative_name', label: '代表者名', fields: ['representative_name'], policy: 'enrich' },
  { key: 'business_summary', label: '事業内容', fields: ['business_summary'], policy: 'enrich' },
  { key: 'website', label: 'ウェブサイト', fields: ['website'], policy: 'enrich' },
  { key: 'founded_on', label: '設立年月日', fields: ['founded_on'], policy: 'enrich' },
  { key: 'capital_yen', label: '資本金（円）', fields: ['capital_yen'], policy: 'enrich' },
  { key: 'capital', label: '資本金', fields: ['capital_lower_yen', 'capital_upper_yen', 'capital_label'], policy: 'enrich' },
  { key: 'employees', label: '従業員数', fields: ['employees_lower', 'employees_upper', 'employees_label'], policy: 'enrich' },
  { key: 'sales', label: '売上高', fields: ['sales_lower_yen', 'sales_upper_yen', 'sales_label'], policy: 'enrich' },
  { key: 'profit', label: '利益', fields: ['profit_lower_yen', 'profit_upper_yen', 'profit_label'], policy: 'enrich' },
  { key: 'major_shareholders', label: '大株主', fields: ['major_shareholders'], policy: 'enrich' },
] as const satisfies readonly { key: string; label: string; fields: readonly GbizCompanyField[]; policy: 'fill' | 'enrich' }[];

export const GBIZ_COMPANY_FIELDS: GbizCompanyField[] = GBIZ_COMPANY_UNITS.flatMap((unit) => [...unit.fields]);
