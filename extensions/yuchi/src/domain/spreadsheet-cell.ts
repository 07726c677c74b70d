// A value as it goes into an exported cell. Nothing ever becomes a formula: a text that Excel would read as one
// (= + - @, or a tab or carriage return first) is marked to be written as text.
export type CellValue = string | number | null;

export interface SafeCell {
  value: CellValue;
  /** write with the text number format, so Excel never evaluates or converts it */
  asText: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCell(value: unknown): SafeCell {
  if (value === null || value === undefined || value === '') return { value: null, asText: false };
  if (typeof value === 'number') return Number.isFinite(value) ? { value, asText: false } : { value: null, asText: false };
  if (typeof value === 'bigint') return { value: Number(value), asText: false };
  if (typeof value === 'boolean') return { value: value ? 'はい' : 'いいえ', asText: false };
  const text = value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return { value: text, asText: FORMULA_START.test(text) };
}
