// What a caller may do on a collection, through any policy of the user or of its roles (as Directus's
// fetchPolicies picks them: a user without a role gets the public policy). Used where Yuchi checks a right before
// work that bypasses the ItemsService or before a query whose refusal should name the caller's criterion.
import type { Accountability } from '@directus/types';
import type { Knex } from 'knex';

export type CollectionAction = 'create' | 'read' | 'update' | 'delete';

/** The caller's permission rows for one collection and action; null for internal calls and admins (everything). */
function permissionRows(knex: Knex, accountability: Accountability | null | undefined, { collection, action }: { collection: string; action: CollectionAction }) {
  if (!accountability || accountability.admin) return null;
  const roles = accountability.roles?.length ? accountability.roles : accountability.role ? [accountability.role] : [];
  return knex('directus_permissions as p')
    .join('directus_access as a', 'a.policy', 'p.policy')
    .where({ 'p.collection': collection, 'p.action': action })
    .andWhere((q) => {
      if (accountability.user) q.orWhere('a.user', accountability.user);
      if (roles.length) q.orWhereIn('a.role', roles);
      else q.orWhere((pub) => pub.whereNull('a.role').whereNull('a.user'));
    });
}

export async function hasCollectionPermission(
  knex: Knex,
  accountability: Accountability | null | undefined,
  permission: { collection: string; action: CollectionAction },
): Promise<boolean> {
  const rows = permissionRows(knex, accountability, permission);
  return rows === null || Boolean(await rows.first('p.id'));
}

/** Every one of the permissions, checked in order; stops at the first missing one. */
export async function hasCollectionPermissions(
  knex: Knex,
  accountability: Accountability | null | undefined,
  needed: { collection: string; action: CollectionAction }[],
): Promise<boolean> {
  for (const permission of needed) {
    if (!(await hasCollectionPermission(knex, accountability, permission))) return false;
  }
  return true;
}

/** The fields the caller may read in a collection ('all' for every field); an empty set when it may read none. */
export async function readableFields(knex: Knex, accountability: Accountability | null | undefined, collection: string): Promise<Set<string> | 'all'> {
  const rows = permissionRows(knex, accountability, { collection, action: 'read' });
  if (rows === null) return 'all';
  const fields = new Set<string>();
  for (const { fields: list } of (await rows.select('p.fields')) as { fields: string | string[] | null }[]) {
    const names = Array.isArray(list) ? list : (list ?? '').split(',').map((f) => f.trim()).filter(Boolean);
    if (names.includes('*')) return 'all';
    for (const name of names) fields.add(name);
  }
  return fields;
}
