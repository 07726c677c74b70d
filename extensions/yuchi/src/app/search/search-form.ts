// The 企業検索 form as plain data, and the body it sends to POST /yuchi/search, /yuchi/export and /yuchi/lists:
// empty values are left out, money typed in 万円 is sent in yen, and a figure that is not a number is refused here
// with a Japanese message before anything is sent.
import type { ContactCriterion, StatusCriterion } from '../../domain/search-criteria.parser.ts';

export interface RangeInput {
  min: string | number | null;
  max: string | number | null;
}

export interface DateInput {
  from: string | null;
  to: string | null;
}

export type RangeKey = 'employees' | 'capital' | 'sales' | 'profit';

/** Directus's inputs answer null once emptied, so every typed text may be null. */
type Typed = string | null;

export interface SearchForm {
  q: Typed;
  text: Typed;
  person: Typed;
  establishment_name: Typed;
  corporate_numbers: Typed;
  prefectures: string[];
  exclude_prefectures: string[];
  cities: string[];
  establishment_prefectures: string[];
  establishment_kinds: string[];
  industries: string[];
  employees: RangeInput;
  capital: RangeInput;
  sales: RangeInput;
  profit: RangeInput;
  founded: DateInput;
  /** '' = 指定なし */
  listed: '' | 'listed' | 'unlisted';
  status: StatusCriterion;
  /** '' = 指定なし */
  contact: '' | ContactCriterion;
  list: number | null;
}

/** What the user types each range in, and how many yen (or people) one unit is. */
export const RANGE_INPUTS: Record<RangeKey, { label: string; unit: string; scale: number }> = {
  employees: { label: '従業員数', unit: '人', scale: 1 },
  capital: { label: '資本金', unit: '万円', scale: 10_000 },
  sales: { label: '売上高', unit: '万円', scale: 10_000 },
  profit: { label: '利益', unit: '万円', scale: 10_000 },
};

export { SITE_KIND_LABELS } from '../../domain/site-kind.labels.ts';

export const STATUS_OPTIONS: { text: string; value: StatusCriterion }[] = [
  { text: '営業中', value: 'active' },
  { text: '閉鎖', value: 'closed' },
  { text: 'すべて', value: 'any' },
];
export const LISTED_OPTIONS: { text: string; value: SearchForm['listed'] }[] = [
  { text: '指定なし', value: '' },
  { text: '上場', value: 'listed' },
  { text: '非上場', value: 'unlisted' },
];
export const CONTACT_OPTIONS: { text: string; value: SearchForm['contact'] }[] = [
  { text: '指定なし', value: '' },
  { text: '接触なし（訪問・名刺なし）', value: 'none' },
  { text: '接触あり（訪問または名刺あり）', value: 'any' },
];

export const PAGE_SIZES = [25, 50, 100, 200, 500];

export function emptyForm(): SearchForm {
  return {
    q: '',
    text: '',
    person: '',
    establishment_name: '',
    corporate_numbers: '',
    prefectures: [],
    exclude_prefectures: [],
    cities: [],
    establishment_prefectures: [],
    establishment_kinds: [],
    industries: [],
    employees: { min: null, max: null },
    capital: { min: null, max: null },
    sales: { min: null, max: null },
    profit: { min: null, max: null },
    founded: { from: null, to: null },
    listed: '',
    status: 'active',
    contact: '',
    list: null,
  };
}

export type Criteria = Record<string, unknown>;
export type CriteriaBuild = { ok: true; criteria: Criteria } | { ok: false; message: string };

class FormProblem extends Error {}

/** A typed figure as a number: full-width digits and thousands separators are accepted, blank is null. */
export function parseFigure(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  const text = value.normalize('NFKC').replace(/[,\s]/g, '').replace(/^−/, '-');
  return text === '' ? null : Number(text);
}

function range(key: RangeKey, input: RangeInput): { min: number | null; max: number | null } | null {
  const { label, unit, scale } = RANGE_INPUTS[key];
  const bound = (value: RangeInput['min'], which: string): number | null => {
    const n = parseFigure(value);
    if (n !== null && Number.isNaN(n)) throw new FormProblem(`${label}の${which}は数値（${unit}）で入力してください。`);
    return n === null ? null : Math.round(n * scale);
  };
  const min = bound(input.min, '下限');
  const max = bound(input.max, '上限');
  if (min === null && max === null) return null;
  if (min !== null && max !== null && min > max) throw new FormProblem(`${label}の下限は上限以下にしてください。`);
  return { min, max };
}

function dates(input: DateInput): { from: string | null; to: string | null } | null {
  const from = input.from || null;
  const to = input.to || null;
  if (from === null && to === null) return null;
  if (from !== null && to !== null && from > to) throw new FormProblem('設立年月日の開始は終了以前の日付にしてください。');
  return { from, to };
}

const words = (text: Typed): string | null => (text === null || text.trim() === '' ? null : text.trim());

/** 13-digit numbers separated by spaces, commas, 読点 or new lines; full-width digits are accepted. */
export function corporateNumberList(text: Typed): string[] {
  return (text ?? '')
    .normalize('NFKC')
    .split(/[\s,、]+/u)
    .map((n) => n.replace(/-/g, ''))
    .filter((n) => n !== '');
}

/** The criteria the form means, without paging or sort; a value left empty is not sent at all. */
export function criteriaFromForm(form: SearchForm): CriteriaBuild {
  try {
    const criteria: Criteria = {
      q: words(form.q),
      text: words(form.text),
      person: words(form.person),
      establishment_name: words(form.establishment_name),
      corporate_numbers: corporateNumberList(form.corporate_numbers),
      prefectures: form.prefectures,
      exclude_prefectures: form.exclude_prefectures,
      cities: form.cities,
      establishment_prefectures: form.establishment_prefectures,
      establishment_kinds: form.establishment_kinds,
      industries: form.industries,
      employees: range('employees', form.employees),
      capital: range('capital', form.capital),
      sales: range('sales', form.sales),
      profit: range('profit', form.profit),
      founded: dates(form.founded),
      listed: form.listed === '' ? null : form.listed === 'listed',
      // Sent even when it is the default, so a saved list and an export say what they were made with.
      status: form.status,
      contact: form.contact === '' ? null : form.contact,
      list: form.list,
    };
    return { ok: true, criteria: withoutEmpty(criteria) };
  } catch (error) {
    if (error instanceof FormProblem) return { ok: false, message: error.message };
    throw error;
  }
}

export function withoutEmpty(criteria: Criteria): Criteria {
  return Object.fromEntries(Object.entries(criteria).filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));
}

export interface ResultView {
  page: number;
  limit: number;
  /** one field, '-' first for descending; null = the server's order */
  sort: string | null;
}

export const sortList = (sort: string | null): string[] => (sort ? [sort] : []);

export function searchBody(criteria: Criteria, view: ResultView, fields: readonly string[]): Criteria {
  return withoutEmpty({ ...criteria, sort: sortList(view.sort), page: view.page, limit: view.limit, fields });
}

/** The export holds every match (not one page), in the order the table shows. */
export function exportBody(criteria: Criteria, view: ResultView, columns: string[] | null): Criteria {
  return withoutEmpty({ ...criteria, sort: sortList(view.sort), columns: columns ?? [] });
}

/** A click on a column header: ascending, then descending, then back to the server's order. */
export function nextSort(current: string | null, field: string): string | null {
  if (current === field) return `-${field}`;
  if (current === `-${field}`) return null;
  return field;
}
