// Prepares plain rows for a bulk knex insert the way Directus's PayloadService would store them: dates and
// timestamps as Date objects (SQLite keeps them as epoch milliseconds), JSON as text.
import type { SchemaOverview } from '@directus/types';

export function toStoredRows(schema: SchemaOverview, collection: string, rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const fields = schema.collections[collection]?.fields ?? {};
  const dateFields = Object.values(fields).filter((f) => f.type === 'date' || f.type === 'timestamp' || f.type === 'dateTime');
  const jsonFields = Object.values(fields).filter((f) => f.type === 'json');
  return rows.map((row) => {
    const out = { ...row };
    for (const f of dateFields) {
      const value = out[f.field];
      if (typeof value !== 'string') continue;
      const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      // Directus parses a plain date as local midnight (date-fns parseISO); do the same.
      out[f.field] = dateOnly ? new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])) : new Date(value);
    }
    for (const f of jsonFields) {
      const value = out[f.field];
      if (value !== null && value !== undefined && typeof value !== 'string') out[f.field] = JSON.stringify(value);
    }
    return out;
  });
}

/** Orders rows so that each row's parent (same table) comes before it. */
export function parentsFirst<T extends Record<string, unknown>>(rows: T[], parentField: string, key = 'id'): T[] {
  const done = new Set<unknown>();
  const out: T[] = [];
  let pending = rows;
  while (pending.length) {
    const next: T[] = [];
    for (const row of pending) {
      const parent = row[parentField];
      if (parent === null || parent === undefined || done.has(parent)) {
        out.push(row);
        done.add(row[key]);
      } else next.push(row);
    }
    if (next.length === pending.length) throw new Error(`${parentField}: rows refer to parents that do not exist or form a cycle`);
    pending = next;
  }
  return out;
}
