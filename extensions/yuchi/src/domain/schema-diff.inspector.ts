// Reads a Directus snapshot diff (deep-diff entries per collection, field and relation) to decide what start may
// apply: nothing that deletes, and only additions when the snapshot file is the one already applied.
export interface DiffItem {
  kind: 'N' | 'D' | 'E' | 'A';
  path?: (string | number)[];
}

interface Entry {
  collection: string;
  field?: string;
  related_collection?: string | null;
  diff: DiffItem[];
}

export interface SchemaDiff {
  collections: Entry[];
  fields: Entry[];
  systemFields?: Entry[];
  relations: Entry[];
}

const wholeItem = (entry: Entry, kind: DiffItem['kind']) => entry.diff[0]?.kind === kind && !entry.diff[0]?.path?.length;

/** Names of the collections, fields and relations the diff would delete ("companies.fax"). */
export function listDeletions(diff: SchemaDiff): string[] {
  return [
    ...diff.collections.filter((e) => wholeItem(e, 'D')).map((e) => `collection ${e.collection}`),
    ...diff.fields.filter((e) => wholeItem(e, 'D')).map((e) => `field ${e.collection}.${e.field}`),
    ...diff.relations.filter((e) => wholeItem(e, 'D')).map((e) => `relation ${e.collection}.${e.field}`),
  ];
}

/** The same diff with everything but whole new collections, fields and relations left out. */
export function onlyAdditions(diff: SchemaDiff): SchemaDiff {
  return {
    collections: diff.collections.filter((e) => wholeItem(e, 'N')),
    fields: diff.fields.filter((e) => wholeItem(e, 'N')),
    systemFields: [],
    relations: diff.relations.filter((e) => wholeItem(e, 'N')),
  };
}

export function isEmptyDiff(diff: SchemaDiff): boolean {
  return diff.collections.length + diff.fields.length + diff.relations.length + (diff.systemFields?.length ?? 0) === 0;
}

// Column types as each vendor stores them: a snapshot written on SQLite says char(36) where PostgreSQL has uuid,
// numbers carry vendor precisions. Directus reads such a difference as a type change and tries to convert the
// column (which fails on a foreign key), so any other change to the snapshot would stop start on an upgraded
// database. Yuchi never changes a column's type through the snapshot; these parts of a field's diff are dropped.
const VENDOR_DETAILS = new Set(['data_type', 'max_length', 'numeric_precision', 'numeric_scale']);

/** The diff without vendor-specific type details of fields; fields left with no difference drop out. */
export function withoutVendorDetails(diff: SchemaDiff): SchemaDiff {
  const fields = diff.fields
    .map((entry) => ({ ...entry, diff: entry.diff.filter((item) => !(item.path?.[0] === 'schema' && VENDOR_DETAILS.has(String(item.path[1])))) }))
    .filter((entry) => entry.diff.length > 0);
  return { ...diff, fields };
}
