// The right to export is create permission on export_log (through any policy of the user or its roles).
import type { Accountability } from '@directus/types';
import type { Knex } from 'knex';

export async function canExport(knex: Knex, accountability: Accountability | null | undefined): Promise<boolean> {
  if (!accountability) return true; // internal calls run with full rights
  if (accountability.admin) return true;
  const roles = accountability.roles?.length ? accountability.roles : accountability.role ? [accountability.role] : [];
  if (!accountability.user && roles.length === 0) return false;
  const row = await knex('directus_permissions as p')
    .join('directus_access as a', 'a.policy', 'p.policy')
    .where({ 'p.collection': 'export_log', 'p.action': 'create' })
    .andWhere((q) => {
      if (accountability.user) q.orWhere('a.user', accountability.user);
      if (roles.length) q.orWhereIn('a.role', roles);
    })
    .first('p.id');
  return Boolean(row);
}
