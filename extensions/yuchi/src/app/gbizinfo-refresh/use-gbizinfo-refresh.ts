// POST /yuchi/companies/:id/refresh, then show the result. When values changed the page is read again so the form
// shows them; the result is kept in sessionStorage across that reload and shown once.
import { useApi } from '@directus/extensions-sdk';
import { ref, watch, type Ref } from 'vue';
import { changedAnything, errorMessageOf, type RefreshResult } from './refresh-result.ts';

const storageKey = (companyId: string | number) => `yuchi-gbizinfo-refresh:${companyId}`;

export function useGbizinfoRefresh(primaryKey: Ref<string | number | null>) {
  const api = useApi();
  const loading = ref(false);
  const result = ref<RefreshResult | null>(null);
  const error = ref<string | null>(null);

  // The form may mount this before it knows the item ('+'): look for a kept result once the key is there.
  watch(
    primaryKey,
    (id) => {
      if (id === null || id === '+') return;
      const saved = sessionStorage.getItem(storageKey(id));
      if (!saved) return;
      sessionStorage.removeItem(storageKey(id));
      try {
        result.value = JSON.parse(saved) as RefreshResult;
      } catch {
        result.value = null;
      }
    },
    { immediate: true },
  );

  async function refresh(): Promise<void> {
    const id = primaryKey.value;
    if (id === null || id === '+') return;
    loading.value = true;
    error.value = null;
    result.value = null;
    try {
      const { data } = await api.post(`/yuchi/companies/${encodeURIComponent(String(id))}/refresh`);
      const answer = data.data as RefreshResult;
      if (changedAnything(answer)) {
        sessionStorage.setItem(storageKey(id), JSON.stringify(answer));
        window.location.reload();
        return;
      }
      result.value = answer;
    } catch (e) {
      error.value = errorMessageOf(e);
    } finally {
      loading.value = false;
    }
  }

  return { refresh, loading, result, error };
}
