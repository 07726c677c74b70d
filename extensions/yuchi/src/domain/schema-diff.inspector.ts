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
