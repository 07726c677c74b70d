// The search kept in the page's address (?search=…): going back from a company shows the same results, and a link
// to a search can be shared. Whatever an edited address holds, the page gets a usable form.
import { CONTACT_OPTIONS, emptyForm, LISTED_OPTIONS, PAGE_SIZES, STATUS_OPTIONS, type DateInput, type RangeInput, type ResultView, type SearchForm } from './search-form.ts';

export interface SearchState {
  form: SearchForm;
  view: ResultView;
}

/** Only the parts of the form that differ from an empty one, to keep the address short. */
export function stateToQuery({ form, view }: SearchState): string {
  const empty = emptyForm() as unknown as Record<string, unknown>;
  const changed = Object.entries(form).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(empty[key]));
  return JSON.stringify({ form: Object.fromEntries(changed), view });
}

const isFigure = (v: unknown) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
const isDate = (v: unknown) => v === null || (typeof v === 'string' && /^(\d{4}-\d{2}-\d{2})?$/.test(v));
const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
const choiceOf = (options: { value: string }[]) => (v: unknown) => options.some((o) => o.value === v);
// Directus's inputs answer null once emptied.
const isText = (v: unknown) => v === null || typeof v === 'string';

const FORM_CHECKS: Record<keyof SearchForm, (v: unknown) => boolean> = {
  q: isText,
  text: isText,
  person: isText,
  establishment_name: isText,
  corporate_numbers: isText,
  prefectures: isStrings,
  exclude_prefectures: isStrings,
  cities: isStrings,
  establishment_prefectures: isStrings,
  establishment_kinds: isStrings,
  industries: isStrings,
  employees: (v) => isFigure((v as RangeInput)?.min) && isFigure((v as RangeInput)?.max),
  capital: (v) => isFigure((v as RangeInput)?.min) && isFigure((v as RangeInput)?.max),
  sales: (v) => isFigure((v as RangeInput)?.min) && isFigure((v as RangeInput)?.max),
  profit: (v) => isFigure((v as RangeInput)?.min) && isFigure((v as RangeInput)?.max),
  founded: (v) => isDate((v as DateInput)?.from) && isDate((v as DateInput)?.to),
  listed: choiceOf(LISTED_OPTIONS),
  status: choiceOf(STATUS_OPTIONS),
  contact: choiceOf(CONTACT_OPTIONS),
  list: (v) => v === null || (typeof v === 'number' && Number.isInteger(v) && v > 0),
};

/** The state in an address, each part that does not fit replaced by its default (an edited address never breaks the page). */
export function stateFromQuery(text: unknown): SearchState | null {
  if (typeof text !== 'string' || text === '') return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const { form: rawForm, view: rawView } = raw as { form?: Record<string, unknown>; view?: Record<string, unknown> };
  const form = emptyForm();
  for (const key of Object.keys(FORM_CHECKS) as (keyof SearchForm)[]) {
    const value = rawForm?.[key];
    if (value !== undefined && FORM_CHECKS[key](value)) (form as unknown as Record<string, unknown>)[key] = value;
  }
  const page = rawView?.['page'];
  const limit = rawView?.['limit'];
  const sort = rawView?.['sort'];
  return {
    form,
    view: {
      page: typeof page === 'number' && Number.isInteger(page) && page > 0 ? page : 1,
      limit: typeof limit === 'number' && PAGE_SIZES.includes(limit) ? limit : 50,
      sort: typeof sort === 'string' && /^-?[a-z][a-z0-9_]*$/.test(sort) ? sort : null,
    },
  };
}
