// Sends a file to POST /yuchi/imports/<kind> as the raw body, reporting upload progress.
import { useApi } from '@directus/extensions-sdk';
import { ref, type Ref } from 'vue';
import { uploadPath, type UploadKind } from './import-kinds.ts';
import { messageOf } from './use-import-runs.ts';

export function useImportUpload(onStarted: () => void, kind: Ref<UploadKind>) {
  const api = useApi();
  const uploading = ref(false);
  const uploadedPercent = ref(0);
  const error = ref<string | null>(null);
  const notice = ref<string | null>(null);

  async function upload(file: File): Promise<void> {
    uploading.value = true;
    uploadedPercent.value = 0;
    error.value = null;
    notice.value = null;
    try {
      const { data } = await api.post(uploadPath(kind.value), file, {
        params: { filename: file.name },
        headers: { 'Content-Type': 'application/octet-stream' },
        onUploadProgress: (e: { loaded: number; total?: number }) => {
          uploadedPercent.value = e.total ? Math.round((e.loaded / e.total) * 100) : 0;
        },
      });
      const { run, status } = data.data as { run: number; status: string };
      notice.value = status === 'already_imported' ? `このファイルは取込済みです（取込 #${run}）。変更はありません。` : `取込 #${run} を開始しました。`;
      onStarted();
    } catch (e) {
      error.value = messageOf(e);
    } finally {
      uploading.value = false;
    }
  }

  return { upload, uploading, uploadedPercent, error, notice };
}
