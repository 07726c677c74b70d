// Reads the company's group and sites for the company page: the corporate number first (the form knows the id),
// then GET /yuchi/companies/{法人番号}/group?depth=… and /sites; a refusal shows its Japanese message.
import { useApi } from '@directus/extensions-sdk';
import { ref, watch, type Ref } from 'vue';
import { structureErrorMessage as errorMessageOf, type GroupAnswer, type SitesAnswer } from './group-node.format.ts';

export function useCompanyStructure(primaryKey: Ref<string | number | null>, depth: Ref<number | 'all'>) {
  const api = useApi();
  const group = ref<GroupAnswer | null>(null);
  const sites = ref<SitesAnswer | null>(null);
  const groupError = ref<string | null>(null);
  const sitesError = ref<string | null>(null);
  const loading = ref(false);
  let corporateNumber: string | null = null;

  async function numberOf(id: string | number): Promise<string | null> {
    const { data } = await api.get(`/items/companies/${encodeURIComponent(String(id))}`, { params: { fields: ['corporate_number'] } });
    return (data.data?.corporate_number as string | null | undefined) ?? null;
  }

  async function loadGroup(): Promise<void> {
    if (!corporateNumber) return;
    try {
      groupError.value = null;
      const { data } = await api.get(`/yuchi/companies/${corporateNumber}/group`, { params: { depth: depth.value } });
      group.value = data as GroupAnswer;
    } catch (e) {
      group.value = null;
      groupError.value = errorMessageOf(e);
    }
  }

  async function loadSites(): Promise<void> {
    if (!corporateNumber) return;
    try {
      sitesError.value = null;
      const { data } = await api.get(`/yuchi/companies/${corporateNumber}/sites`);
      sites.value = data as SitesAnswer;
    } catch (e) {
      sites.value = null;
      sitesError.value = errorMessageOf(e);
    }
  }

  watch(
    primaryKey,
    async (id) => {
      if (id === null || id === '+') return;
      loading.value = true;
      try {
        corporateNumber = await numberOf(id);
        if (!corporateNumber) {
          groupError.value = '法人番号が登録されていないため、企業グループを表示できません。';
          return;
        }
        await Promise.all([loadGroup(), loadSites()]);
      } catch (e) {
        groupError.value = errorMessageOf(e);
      } finally {
        loading.value = false;
      }
    },
    { immediate: true },
  );
  watch(depth, () => void loadGroup());

  return { group, sites, groupError, sitesError, loading };
}
