// What the signed-in user may read of a company, from its read permission: the table asks only for those fields,
// sorts only by them, and the export leaves out default columns the user may not read (the API would refuse them).
import { DEFAULT_EXPORT_COLUMNS, exportColumn } from '../../domain/export-columns.catalogue.ts';

/** Company fields the caller may read: 'all', or the names its read permission lists. */
export type ReadableFields = 'all' | ReadonlySet<string>;

export function readableFieldsOf(fields: readonly string[] | null | undefined, admin: boolean): ReadableFields {
  if (admin || !fields || fields.includes('*')) return 'all';
  return new Set(fields);
}

export const canRead = (readable: ReadableFields, field: string): boolean => readable === 'all' || readable.has(field);

/** The fields the result table asks for, limited to those the caller may read. */
export function readableResultFields(wanted: readonly string[], readable: ReadableFields): string[] {
  return wanted.filter((f) => canRead(readable, f));
}

/** The server's default export columns, less those the caller may not read (null = let the server choose). */
export function readableExportColumns(readable: ReadableFields): string[] | null {
  if (readable === 'all') return null;
  return DEFAULT_EXPORT_COLUMNS.filter((key) => exportColumn(key)?.fields.every((f) => readable.has(f)) ?? false);
}
