// Rules for a company payload on create and update, independent of Directus.
import { isValidCorporateNumber } from '../domain/corporate-number.validator.ts';
import { buildSearchName } from '../domain/company-name.normalizer.ts';

export const NAME_FIELDS = ['name', 'name_kana', 'name_en'] as const;

/** Returns the invalid corporate number of the payload, or null when it has none or a valid one. */
export function invalidCorporateNumber(payload: Record<string, unknown>): string | null {
  if (!('corporate_number' in payload)) return null;
  const value = payload['corporate_number'];
  return typeof value === 'string' && isValidCorporateNumber(value) ? null : String(value ?? '');
}

export function touchesNames(payload: Record<string, unknown>): boolean {
  return NAME_FIELDS.some((f) => f in payload);
}

export function searchNameOf(row: { name?: unknown; name_kana?: unknown; name_en?: unknown }): string {
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return buildSearchName({ name: text(row.name) ?? '', nameKana: text(row.name_kana), nameEn: text(row.name_en) });
}
