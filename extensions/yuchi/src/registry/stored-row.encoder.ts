// Turns plain rows (dates as YYYY-MM-DD, timestamps as ISO strings, JSON as values) into what a bulk write must
// store to match Directus's PayloadService, from the field types of the schema: on SQLite dates and timestamps are
// epoch milliseconds (a plain date as local midnight, as Directus parses it) and JSON is text; PostgreSQL takes
// the rows as one JSON document (json_populate_recordset), which reads dates, timestamps and JSON as they are.

export type SqlDialect = 'pg' | 'sqlite';

/** Field name → Directus type ('string', 'date', 'timestamp', 'json', …), per collection the import writes. */
export type FieldTypes = Record<string, string>;

export interface ImportFieldTypes {
  companies: FieldTypes;
  company_history: FieldTypes;
}

type Encode = (value: unknown) => unknown;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function epochMilliseconds(value: unknown): unknown {
  if (typeof value !== 'string') return value instanceof Date ? value.getTime() : value;
  const dateOnly = DATE_ONLY.exec(value);
  return dateOnly ? new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])).getTime() : new Date(value).getTime();
}

function jsonText(value: unknown): unknown {
  return value === null || value === undefined || typeof value === 'string' ? (value ?? null) : JSON.stringify(value);
}

function encoderFor(dialect: SqlDialect, type: string | undefined): Encode | null {
  if (dialect === 'pg') return null;
  if (type === 'date' || type === 'timestamp' || type === 'dateTime') return epochMilliseconds;
  if (type === 'json') return jsonText;
  return null;
}

/** Encodes rows of one collection whose columns are known up front, as positional values for `VALUES (?, …)`. */
export function valuesEncoder(dialect: SqlDialect, types: FieldTypes, columns: readonly string[]): (row: object) => unknown[] {
  const encoders = columns.map((column) => encoderFor(dialect, types[column]));
  return (row) => {
    const out = new Array<unknown>(columns.length);
    for (let i = 0; i < columns.length; i++) {
      const value = (row as Record<string, unknown>)[columns[i]!] ?? null;
      const encode = encoders[i];
      out[i] = encode && value !== null ? encode(value) : value;
    }
    return out;
  };
}
