// The pickers' choices built from the code tables: prefectures, the cities of the chosen prefectures (a 政令指定都市
// followed by its wards), the JSIC levels below a chosen code, and the names the result table shows for codes.
export interface Municipality {
  code: string;
  prefecture_code: string;
  prefecture_name: string;
  city_name: string | null;
  kind: string;
  parent: string | null;
}

export interface Industry {
  code: string;
  level: string;
  name: string;
  parent: string | null;
}

export interface Option {
  text: string;
  value: string;
}

export const INDUSTRY_LEVELS = [
  { level: 'section', label: '大分類' },
  { level: 'division', label: '中分類' },
  { level: 'group', label: '小分類' },
  { level: 'class', label: '細分類' },
] as const;

const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export function prefectureOptions(municipalities: readonly Municipality[]): Option[] {
  const names = new Map<string, string>();
  for (const m of municipalities) if (!names.has(m.prefecture_code)) names.set(m.prefecture_code, m.prefecture_name);
  return [...names].sort(([a], [b]) => (a < b ? -1 : 1)).map(([value, text]) => ({ value, text }));
}

/**
 * Cities of the chosen prefectures in code order; a ward comes right after its city and is marked as part of it
 * (choosing the city already includes its wards). With several prefectures each name says which one it is in.
 */
export function cityOptions(municipalities: readonly Municipality[], prefectures: readonly string[]): Option[] {
  const chosen = new Set(prefectures);
  const places = municipalities.filter((m) => chosen.has(m.prefecture_code) && m.kind !== 'prefecture' && m.city_name);
  const codes = new Set(places.map((m) => m.code));
  // A ward of a 政令指定都市 has the city as parent; Tokyo's 特別区 have none and stand on their own.
  const isWard = (m: Municipality) => m.kind === 'ward' && m.parent !== null && codes.has(m.parent);
  const wards = new Map<string, Municipality[]>();
  for (const m of places) if (isWard(m)) wards.set(m.parent!, [...(wards.get(m.parent!) ?? []), m]);
  const prefix = (m: Municipality) => (chosen.size > 1 ? `${m.prefecture_name} ` : '');
  const out: Option[] = [];
  for (const m of places.filter((p) => !isWard(p)).sort(byCode)) {
    const own = (wards.get(m.code) ?? []).sort(byCode);
    out.push({ value: m.code, text: `${prefix(m)}${m.city_name}${own.length ? '（全区）' : ''}` });
    for (const w of own) out.push({ value: w.code, text: `${prefix(w)}└ ${w.city_name}` });
  }
  return out;
}

/** The chosen cities that still lie in the chosen prefectures (a city code starts with its prefecture's). */
export function citiesWithin(cities: readonly string[], prefectures: readonly string[]): string[] {
  return cities.filter((c) => prefectures.includes(c.slice(0, 2)));
}

/** The JSIC codes one level below `parent` (the 大分類 when parent is null). */
export function industryOptions(industries: readonly Industry[], parent: string | null): Option[] {
  const children = parent === null ? industries.filter((i) => i.level === 'section') : industries.filter((i) => i.parent === parent);
  return [...children].sort(byCode).map((i) => ({ value: i.code, text: `${i.code} ${i.name}` }));
}

/** The most specific code chosen in the cascade (大 → 中 → 小 → 細), or null when none is. */
export function deepestChoice(path: readonly (string | null)[]): string | null {
  return [...path].reverse().find((code): code is string => Boolean(code)) ?? null;
}

export function nameLookup<T extends { code: string }>(rows: readonly T[], name: (row: T) => string): (code: unknown) => string {
  const names = new Map(rows.map((r) => [r.code, name(r)]));
  return (code) => (code === null || code === undefined || code === '' ? '' : (names.get(String(code)) ?? String(code)));
}

export const industryLabel = (industries: readonly Industry[]) => nameLookup(industries, (i) => `${i.code} ${i.name}`);

/** 「新潟県新潟市中央区」 for a company without a street address. */
export function placeName(municipalities: readonly Municipality[]): (prefecture: unknown, city: unknown) => string {
  const prefectures = new Map(municipalities.map((m) => [m.prefecture_code, m.prefecture_name]));
  const cities = new Map(municipalities.map((m) => [m.code, m.city_name ?? '']));
  return (prefecture, city) => `${prefectures.get(String(prefecture ?? '')) ?? ''}${cities.get(String(city ?? '')) ?? ''}`;
}
