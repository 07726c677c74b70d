// Reads what the company page's risk panel shows, as the signed-in user: the company's levels (only the columns its
// read permission allows) and the company's findings (every field it may read); a refusal shows a Japanese message.
import { useApi, useStores } from '@directus/extensions-sdk';
import { computed, ref, shallowRef, watch, type Ref } from 'vue';
import { RISK_LEVEL_COLUMNS } from '../../domain/risk-category.labels.ts';
import { canRead, readableFieldsOf } from '../search/readable-fields.ts';
import { riskErrorMessage, sortFindings, type RiskFinding } from './risk-finding.format.ts';

interface PermissionsStore {
  getPermission: (collection: string, action: string) => { fields?: string[] | null } | null | undefined;
}

const LEVEL_FIELDS = ['risk_level', ...Object.values(RISK_LEVEL_COLUMNS)];

export function useCompanyRisk(primaryKey: Ref<string | number | null>) {
  const api = useApi();
  const { usePermissionsStore, useUserStore } = useStores();
  const permissions = usePermissionsStore() as PermissionsStore;
  const user = useUserStore() as { currentUser: { admin_access?: boolean } | null; isAdmin?: boolean };
  const readable = computed(() => readableFieldsOf(permissions.getPermission('companies', 'read')?.fields, Boolean(user.isAdmin ?? user.currentUser?.admin_access)));

  const levels = shallowRef<Record<string, unknown> | null>(null);
  const findings = shallowRef<RiskFinding[] | null>(null);
  const levelsError = ref<string | null>(null);
  const findingsError = ref<string | null>(null);
  const loading = ref(false);

  async function loadLevels(id: string | number): Promise<void> {
    const fields = LEVEL_FIELDS.filter((f) => canRead(readable.value, f));
    if (fields.length === 0) return;
    try {
      const { data } = await api.get(`/items/companies/${encodeURIComponent(String(id))}`, { params: { fields } });
      levels.value = (data.data ?? null) as Record<string, unknown> | null;
    } catch (e) {
      levelsError.value = riskErrorMessage(e);
    }
  }

  async function loadFindings(id: string | number): Promise<void> {
    try {
      const { data } = await api.get('/items/risk_findings', { params: { filter: JSON.stringify({ company: { _eq: id } }), fields: ['*'], limit: 200 } });
      findings.value = sortFindings(data.data as RiskFinding[]);
    } catch (e) {
      findingsError.value = riskErrorMessage(e);
    }
  }

  watch(
    primaryKey,
    async (id) => {
      levels.value = null;
      findings.value = null;
      levelsError.value = null;
      findingsError.value = null;
      if (id === null || id === '+') return;
      loading.value = true;
      try {
        await Promise.all([loadLevels(id), loadFindings(id)]);
      } finally {
        loading.value = false;
      }
    },
    { immediate: true },
  );

  return { levels, findings, levelsError, findingsError, loading };
}
