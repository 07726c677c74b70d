// The 抽出リスト the user can see, for the 「抽出リストの企業に限る」 criterion.
import { useApi } from '@directus/extensions-sdk';
import { shallowRef } from 'vue';

export function useTargetLists() {
  const api = useApi();
  const lists = shallowRef<{ text: string; value: number }[]>([]);

  async function load(): Promise<void> {
    try {
      const { data } = await api.get('/items/target_lists', { params: { fields: 'id,name,row_count', sort: 'name', limit: -1 } });
      lists.value = (data.data as { id: number; name: string; row_count: number | null }[]).map((l) => ({
        value: l.id,
        text: l.row_count === null ? l.name : `${l.name}（${l.row_count.toLocaleString('ja-JP')}社）`,
      }));
    } catch {
      // Without lists the criterion simply offers none.
      lists.value = [];
    }
  }

  return { lists, load };
}
