// Reads one gBizINFO value the way it really arrives: "Null" (any case), "" and whitespace mean no value; integers
// may come as strings with commas or full-width digits; dates as YYYY-MM-DD, with a time, or as YYYYMMDD.
const NO_VALUE = /^(null|none|nan|undefined|-|－|―)?$/i;
const MAX_YEN = Number.MAX_SAFE_INTEGER;

export function isNoValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return NO_VALUE.test(value.trim());
  if (typeof value === 'number') return !Number.isFinite(value);
  return false;
}

/** Text with its outer white space (ASCII and ideographic) removed, or null. */
export function gbizText(value: unknown): string | null {
  if (isNoValue(value)) return null;
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  return text === '' ? null : text;
}

function numberText(value: string): string {
  return value.normalize('NFKC').replace(/[,\s]/g, '').replace(/^△/, '-');
}

/** A finite number, or null; "1,234", "１２３" and "△500" (a loss) are read as numbers. */
export function gbizNumber(value: unknown): number | null {
  if (isNoValue(value)) return null;
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return null;
  const text = numberText(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

/** A whole number (a fraction is rounded, as amounts in yen and head counts are whole), or null. */
export function gbizInteger(value: unknown): number | null {
  const n = gbizNumber(value);
  if (n === null) return null;
  const whole = Math.round(n);
  return Math.abs(whole) > MAX_YEN ? null : whole;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A calendar date as YYYY-MM-DD, or null when the value is missing or not a real date. */
export function gbizDate(value: unknown): string | null {
  const text = gbizText(value);
  if (text === null) return null;
  const match = /^(\d{4})[-/]?(\d{2})[-/]?(\d{2})(?:$|[T\s])/.exec(text.normalize('NFKC'));
  if (!match) return null;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  return isRealDate(Number(y), Number(m), Number(d)) ? `${y}-${m}-${d}` : null;
}

// EDINET XBRL amounts are in yen (unit JPY); some sources spell the unit out.
const YEN_FACTORS: Readonly<Record<string, number>> = { jpy: 1, '円': 1, '千円': 1_000, '百万円': 1_000_000, '億円': 100_000_000 };

/** An amount in yen given its unit reference; null when the amount is missing or the unit is one we do not know. */
export function gbizYen(amount: unknown, unit: unknown): number | null {
  const value = gbizNumber(amount);
  if (value === null) return null;
  const unitText = gbizText(unit);
  const factor = unitText === null ? 1 : YEN_FACTORS[unitText.toLowerCase()];
  if (factor === undefined) return null;
  return gbizInteger(value * factor);
}

/** A list as published, or an empty list when the key holds nothing usable. */
export function gbizList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** An object as published, or null. */
export function gbizObject<T extends object>(value: unknown): T | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as T) : null;
}
