import { describe, expect, test } from 'vitest';
import { isEmptyDiff, listDeletions, onlyAdditions, withoutVendorDetails, type SchemaDiff } from './schema-diff.inspector.ts';

const diffOf = (fields: SchemaDiff['fields']): SchemaDiff => ({ collections: [], fields, relations: [] });

describe('withoutVendorDetails', () => {
  test.each(['data_type', 'max_length', 'numeric_precision', 'numeric_scale'])('a field differing only in schema.%s is no change', (detail) => {
    const diff = diffOf([{ collection: 'business_cards', field: 'owner', diff: [{ kind: 'E', path: ['schema', detail] }] }]);
    expect(isEmptyDiff(withoutVendorDetails(diff))).toBe(true);
  });

  test('a field that also changes its index keeps that change and loses the type detail', () => {
    const diff = diffOf([
      { collection: 'companies', field: 'status', diff: [{ kind: 'E', path: ['schema', 'data_type'] }, { kind: 'E', path: ['schema', 'is_indexed'] }] },
    ]);
    expect(withoutVendorDetails(diff).fields).toEqual([{ collection: 'companies', field: 'status', diff: [{ kind: 'E', path: ['schema', 'is_indexed'] }] }]);
  });

  test('new and deleted fields pass untouched', () => {
    const diff = diffOf([
      { collection: 'companies', field: 'added', diff: [{ kind: 'N' }] },
      { collection: 'companies', field: 'gone', diff: [{ kind: 'D' }] },
    ]);
    const kept = withoutVendorDetails(diff);
    expect(onlyAdditions(kept).fields.map((f) => f.field)).toEqual(['added']);
    expect(listDeletions(kept)).toEqual(['field companies.gone']);
  });
});
