// Reads values back from a raw knex row the way Directus presents them, so an import can tell whether a stored
// value really differs: SQLite keeps dates as epoch milliseconds and booleans as 0/1, PostgreSQL as Date/boolean.
function pad(n: number): string {
  return String(n).padStart(2, '0');
}

// Epoch milliseconds may come back as a number or a digit string, depending on the driver.
function asDate(value: unknown): Date {
  if (value instanceof Date) return value;
  return new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string | number));
}

/** A date column as YYYY-MM-DD (Directus stores a plain date as local midnight). */
export function storedDate(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const d = asDate(value);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A timestamp column as an ISO string. */
export function storedTimestamp(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return asDate(value).toISOString();
}

export function storedBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 'true';
}
