// Whether a caller may read every row of a collection: only then may a raw query, which applies no row
// permissions, stand in for the ItemsService (the search's and the export's SQL on PostgreSQL). The permission rows are
// found the way collection-permission.service.ts finds them (the user's policies and those of its roles).
import type { Accountability } from '@directus/types';
import type { Knex } from 'knex';

const noRowFilter = (permissions: unknown): boolean => {
  const rule = typeof permissions === 'string' ? (JSON.parse(permissions) as unknown) : permissions;
  return rule === null || rule === undefined || (typeof rule === 'object' && Object.keys(rule).length === 0);
};

/** True for internal calls and admins; otherwise every read permission on the collection must be free of a row filter. */
export async function readsEveryRow(knex: Knex, accountability: Accountability | null | undefined, collection: string): Promise<boolean> {
  if (!accountability || accountability.admin) return true;
  const roles = accountability.roles?.length ? accountability.roles : accountability.role ? [accountability.role] : [];
  const rows = (await knex('directus_permissions as p')
    .join('directus_access as a', 'a.policy', 'p.policy')
    .where({ 'p.collection': collection, 'p.action': 'read' })
    .andWhere((q) => {
      if (accountability.user) q.orWhere('a.user', accountability.user);
      if (roles.length) q.orWhereIn('a.role', roles);
      else q.orWhere((pub) => pub.whereNull('a.role').whereNull('a.user'));
    })
    .select('p.permissions')) as { permissions: unknown }[];
  return rows.length > 0 && rows.every((row) => noRowFilter(row.permissions));
}
