import { describe, expect, test } from 'vitest';
import { DEFAULT_EXPORT_COLUMNS } from '../../domain/export-columns.catalogue.ts';
import { canRead, readableExportColumns, readableFieldsOf, readableResultFields } from './readable-fields.ts';

describe('readable fields', () => {
  test('an admin, a full read permission and an unknown permission read everything', () => {
    expect(readableFieldsOf(['id'], true)).toBe('all');
    expect(readableFieldsOf(['*'], false)).toBe('all');
    expect(readableFieldsOf(null, false)).toBe('all');
  });

  test('a field-limited reader asks only for what it may read, and exports the default columns it may read', () => {
    const readable = readableFieldsOf(['id', 'corporate_number', 'name', 'name_kana', 'address'], false);
    expect(readableResultFields(['id', 'name', 'capital_yen'], readable)).toEqual(['id', 'name']);
    expect(readableExportColumns(readable)).toEqual(['corporate_number', 'name', 'name_kana', 'address']);
    expect(DEFAULT_EXPORT_COLUMNS).toContain('capital_yen');
    expect(readableExportColumns('all')).toBeNull();
  });
});

test('a field is readable when all are, or when it is named', () => {
  expect([canRead('all', 'capital_yen'), canRead(new Set(['name']), 'name'), canRead(new Set(['name']), 'capital_yen')]).toEqual([true, true, false]);
});
