// What the signed-in user may do here, from the Data Studio's permissions store: which company fields it may read
// (the table and the export ask only for those) and whether it may save a 抽出リスト.
import { useStores } from '@directus/extensions-sdk';
import { computed } from 'vue';
import { readableFieldsOf, type ReadableFields } from './readable-fields.ts';

interface PermissionsStore {
  getPermission: (collection: string, action: string) => { access: string; fields?: string[] | null } | null | undefined;
  hasPermission: (collection: string, action: string) => boolean;
}

export function useSearchAccess() {
  const { usePermissionsStore, useUserStore } = useStores();
  const permissions = usePermissionsStore() as PermissionsStore;
  const user = useUserStore() as { currentUser: { id?: string; admin_access?: boolean } | null; isAdmin?: boolean };

  const isAdmin = computed(() => Boolean(user.isAdmin ?? user.currentUser?.admin_access));
  const readable = computed<ReadableFields>(() => readableFieldsOf(permissions.getPermission('companies', 'read')?.fields, isAdmin.value));
  const canSaveList = computed(() => isAdmin.value || permissions.hasPermission('target_lists', 'create'));
  const currentUserId = computed(() => user.currentUser?.id ?? null);

  return { readable, canSaveList, currentUserId };
}
