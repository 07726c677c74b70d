// The code tables the pickers and the result table read (municipalities, JSIC): loaded once per page load, since
// they are reference data and the same for every user.
import { useApi } from '@directus/extensions-sdk';
import { ref, shallowRef } from 'vue';
import { apiErrorMessage } from './api-answer.ts';
import type { Industry, Municipality } from './code-table-options.ts';

type Api = ReturnType<typeof useApi>;

let loaded: Promise<{ municipalities: Municipality[]; industries: Industry[] }> | null = null;

async function load(api: Api) {
  const read = async <T>(collection: string, fields: string[]): Promise<T[]> =>
    (await api.get(`/items/${collection}`, { params: { fields: fields.join(','), limit: -1, sort: 'code' } })).data.data as T[];
  const [municipalities, industries] = await Promise.all([
    read<Municipality>('municipalities', ['code', 'prefecture_code', 'prefecture_name', 'city_name', 'kind', 'parent']),
    read<Industry>('industries', ['code', 'level', 'name', 'parent']),
  ]);
  return { municipalities, industries };
}

export function useCodeTables() {
  const api = useApi();
  const municipalities = shallowRef<Municipality[]>([]);
  const industries = shallowRef<Industry[]>([]);
  const error = ref<string | null>(null);

  loaded ??= load(api);
  loaded.then(
    (tables) => {
      municipalities.value = tables.municipalities;
      industries.value = tables.industries;
    },
    (e: unknown) => {
      // The next page that needs them tries again.
      loaded = null;
      error.value = `市区町村・業種の一覧を読み込めませんでした。${apiErrorMessage(e)}`;
    },
  );

  return { municipalities, industries, error };
}
