// リストに保存: POST /yuchi/lists saves the criteria the table shows as a 抽出リスト and answers how many companies it holds.
import { useApi } from '@directus/extensions-sdk';
import { ref, shallowRef } from 'vue';
import { apiErrorMessage } from './api-answer.ts';
import type { Criteria } from './search-form.ts';

export interface SavedList {
  id: number;
  name: string;
  count: number;
}

export interface UserChoice {
  text: string;
  value: string;
}

export function useTargetListSave() {
  const api = useApi();
  const saving = ref(false);
  const error = ref<string | null>(null);
  const users = shallowRef<UserChoice[]>([]);

  async function loadUsers(except: string | null): Promise<void> {
    try {
      const { data } = await api.get('/users', { params: { fields: 'id,first_name,last_name,email', filter: JSON.stringify({ status: { _eq: 'active' } }), sort: 'last_name', limit: -1 } });
      users.value = (data.data as { id: string; first_name: string | null; last_name: string | null; email: string | null }[])
        .filter((u) => u.id !== except)
        .map((u) => ({ value: u.id, text: [u.last_name, u.first_name].filter(Boolean).join(' ') || (u.email ?? u.id) }));
    } catch {
      // Sharing is optional: without the user list the list is saved for its owner only.
      users.value = [];
    }
  }

  async function save(input: { name: string; criteria: Criteria; sharedWith: string[] }): Promise<SavedList | null> {
    saving.value = true;
    error.value = null;
    try {
      const { data } = await api.post('/yuchi/lists', { name: input.name, criteria: input.criteria, shared_with: input.sharedWith });
      const list = data.data as { id: number; after: number };
      return { id: list.id, name: input.name.trim(), count: list.after };
    } catch (e) {
      error.value = apiErrorMessage(e);
      return null;
    } finally {
      saving.value = false;
    }
  }

  return { saving, error, users, loadUsers, save };
}
