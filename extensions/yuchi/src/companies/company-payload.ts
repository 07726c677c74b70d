// Rules for a company row, however it arrives (a Directus edit through the hooks, or a bulk import).
import { isValidCorporateNumber } from '../domain/corporate-number.validator.ts';
import { buildSearchName } from '../domain/company-name.normalizer.ts';

export const NAME_FIELDS = ['name', 'name_kana', 'name_en', 'former_names'] as const;

/** Returns the invalid corporate number of the payload, or null when it has none or a valid one. */
export function invalidCorporateNumber(payload: Record<string, unknown>): string | null {
  if (!('corporate_number' in payload)) return null;
  const value = payload['corporate_number'];
  return typeof value === 'string' && isValidCorporateNumber(value) ? null : String(value ?? '');
}

export function touchesNames(payload: Record<string, unknown>): boolean {
  return NAME_FIELDS.some((f) => f in payload);
}

/** former_names as stored: a JSON array (text on SQLite), or nothing. */
export function formerNamesOf(value: unknown): string[] {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
}

export function searchNameOf(row: { name?: unknown; name_kana?: unknown; name_en?: unknown; former_names?: unknown }): string {
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return buildSearchName({ name: text(row.name) ?? '', nameKana: text(row.name_kana), nameEn: text(row.name_en), formerNames: formerNamesOf(row.former_names) });
}
