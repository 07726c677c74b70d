// The latest import runs, polled while one of them is still running.
import { useApi } from '@directus/extensions-sdk';
import { computed, onBeforeUnmount, ref } from 'vue';
import type { ImportRun } from './import-run.ts';

const FIELDS = [
  'id', 'source', 'file', 'status', 'read_count', 'inserted_count', 'updated_count', 'rejected_count',
  'bytes_read', 'bytes_total', 'rows_per_second', 'eta_seconds', 'started_at', 'finished_at',
];
const POLL_MS = 2000;

export function useImportRuns() {
  const api = useApi();
  const runs = ref<ImportRun[]>([]);
  const error = ref<string | null>(null);
  let timer: ReturnType<typeof setTimeout> | null = null;

  const anyRunning = computed(() => runs.value.some((r) => r.status === 'running'));

  async function load(): Promise<void> {
    try {
      const { data } = await api.get('/items/import_runs', { params: { fields: FIELDS.join(','), sort: '-id', limit: 20 } });
      runs.value = data.data as ImportRun[];
      error.value = null;
    } catch (e) {
      error.value = messageOf(e);
    }
  }

  async function poll(): Promise<void> {
    await load();
    if (timer) clearTimeout(timer);
    timer = anyRunning.value ? setTimeout(() => void poll(), POLL_MS) : null;
  }

  onBeforeUnmount(() => {
    if (timer) clearTimeout(timer);
  });

  return { runs, error, anyRunning, poll };
}

/** The Japanese message Directus (or Yuchi) put in the error response, or a generic one. */
export function messageOf(e: unknown): string {
  const response = (e as { response?: { data?: { errors?: { message?: string }[] } } }).response;
  return response?.data?.errors?.[0]?.message ?? (e as Error).message ?? '不明なエラーが発生しました';
}
