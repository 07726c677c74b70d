// The database-neutral part of a Directus snapshot: which collections, fields (with their types) and relations
// exist. Vendor details (data_type, defaults' spelling, index flags) are left out.
export interface SnapshotLike {
  collections: { collection: string }[];
  fields: { collection: string; field: string; type: string }[];
  relations: { collection: string; field: string; related_collection: string | null; schema?: { on_delete?: string | null } | null }[];
}

export function neutralProjection(snapshot: SnapshotLike): { collections: string[]; fields: string[]; relations: string[] } {
  return {
    collections: snapshot.collections.map((c) => c.collection).sort(),
    fields: snapshot.fields.map((f) => `${f.collection}.${f.field}: ${neutralType(f.type)}`).sort(),
    relations: snapshot.relations
      .map((r) => `${r.collection}.${r.field} → ${r.related_collection ?? '(any)'} on delete ${r.schema?.on_delete ?? '-'}`)
      .sort(),
  };
}

/** SQLite has no uuid column type: Directus reports a char(36) foreign key to users or files as string there. */
function neutralType(type: string): string {
  return type === 'uuid' ? 'string' : type;
}
