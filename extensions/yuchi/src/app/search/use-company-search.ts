// Runs POST /yuchi/search for the criteria last searched, and keeps the page, page size and sort the table shows.
import { useApi } from '@directus/extensions-sdk';
import { reactive, ref, shallowRef } from 'vue';
import { apiErrorMessage } from './api-answer.ts';
import { RESULT_FIELDS, type CompanyResult } from './result-format.ts';
import { readableResultFields, type ReadableFields } from './readable-fields.ts';
import { nextSort, searchBody, type Criteria, type ResultView } from './search-form.ts';

export function useCompanySearch(readable: () => ReadableFields) {
  const api = useApi();
  const rows = shallowRef<CompanyResult[]>([]);
  const total = ref(0);
  const tookMs = ref<number | null>(null);
  const loading = ref(false);
  const error = ref<string | null>(null);
  /** the criteria of the search the table shows; null before the first search */
  const criteria = shallowRef<Criteria | null>(null);
  const view = reactive<ResultView>({ page: 1, limit: 50, sort: null });
  let latest = 0;

  async function run(): Promise<void> {
    if (criteria.value === null) return;
    // Only the newest request may fill the table, whatever order the answers arrive in.
    const request = ++latest;
    loading.value = true;
    error.value = null;
    try {
      const body = searchBody(criteria.value, view, readableResultFields(RESULT_FIELDS, readable()));
      const { data } = await api.post('/yuchi/search', body);
      if (request !== latest) return;
      rows.value = data.data as CompanyResult[];
      total.value = Number(data.meta?.total ?? 0);
      tookMs.value = Number(data.meta?.took_ms ?? 0);
    } catch (e) {
      if (request !== latest) return;
      rows.value = [];
      total.value = 0;
      error.value = apiErrorMessage(e);
    } finally {
      if (request === latest) loading.value = false;
    }
  }

  /** A new search starts on page 1 with the table's current sort and page size. */
  function search(next: Criteria): Promise<void> {
    criteria.value = next;
    view.page = 1;
    return run();
  }

  /** Shows a search again at the page and order it was left at (coming back from a company). */
  function resume(next: Criteria, at: ResultView): Promise<void> {
    criteria.value = next;
    Object.assign(view, at);
    return run();
  }

  function goTo(page: number): Promise<void> {
    view.page = page;
    return run();
  }

  function setLimit(limit: number): Promise<void> {
    view.limit = limit;
    view.page = 1;
    return run();
  }

  function sortBy(field: string): Promise<void> {
    view.sort = nextSort(view.sort, field);
    view.page = 1;
    return run();
  }

  return { rows, total, tookMs, loading, error, criteria, view, search, resume, goTo, setLimit, sortBy };
}
