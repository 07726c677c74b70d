// The right to export is create permission on export_log (through any policy of the user or its roles).
import type { Accountability } from '@directus/types';
import type { Knex } from 'knex';
import { hasCollectionPermission } from './collection-permission.service.ts';

export function canExport(knex: Knex, accountability: Accountability | null | undefined): Promise<boolean> {
  return hasCollectionPermission(knex, accountability, { collection: 'export_log', action: 'create' });
}
