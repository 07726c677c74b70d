// Excel出力: POST /yuchi/export with the criteria the table shows, saved under the file name the server chose.
import { useApi } from '@directus/extensions-sdk';
import { ref } from 'vue';
import { apiErrorMessage, fileNameFrom } from './api-answer.ts';
import { exportBody, type Criteria, type ResultView } from './search-form.ts';

export function useSearchExport() {
  const api = useApi();
  const exporting = ref(false);
  const error = ref<string | null>(null);

  async function exportXlsx(criteria: Criteria, view: ResultView, columns: string[] | null): Promise<void> {
    exporting.value = true;
    error.value = null;
    try {
      // The file needs the session's credentials, so it is fetched through the API client and saved from a blob.
      const response = await api.post('/yuchi/export', exportBody(criteria, view, columns), { responseType: 'blob' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(response.data as Blob);
      link.download = fileNameFrom(response.headers['content-disposition'], 'companies.xlsx');
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (e) {
      // Asked for as a blob, an error's JSON body arrives as a blob too.
      const data = (e as { response?: { data?: unknown } }).response?.data;
      error.value = apiErrorMessage(e, data instanceof Blob ? await data.text() : null);
    } finally {
      exporting.value = false;
    }
  }

  return { exporting, error, exportXlsx };
}
