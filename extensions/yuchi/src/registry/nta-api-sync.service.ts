// Fetches the NTA Web-API diff for a period into a temporary file and imports it with the same service as a
// downloaded file. Used by the daily schedule and by `npm run yuchi -- sync nta`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HookExtensionContext } from '@directus/extensions';
import { importNtaFile, type FileOutcome } from './nta-import.service.ts';
import { writeNtaDiffToFile } from './nta-web-api.client.ts';

export async function syncNtaDiff(
  context: Pick<HookExtensionContext, 'database' | 'getSchema' | 'env' | 'services'>,
  { from, to }: { from: string; to: string },
): Promise<FileOutcome & { totalCount: number }> {
  const applicationId = String(context.env['YUCHI_NTA_APPLICATION_ID'] ?? '');
  if (!applicationId) throw new Error('YUCHI_NTA_APPLICATION_ID が設定されていません。国税庁の法人番号システム Web-API のアプリケーションIDを設定してください');
  const dir = await mkdtemp(join(tmpdir(), 'yuchi-nta-'));
  const out = join(dir, `nta-diff-${from}-${to}.csv`);
  try {
    const baseUrl = context.env['YUCHI_NTA_API_BASE_URL'] ? String(context.env['YUCHI_NTA_API_BASE_URL']) : undefined;
    const { totalCount } = await writeNtaDiffToFile({ applicationId, from, to, out, ...(baseUrl ? { baseUrl } : {}) });
    const outcome = await importNtaFile(context, out);
    return { ...outcome, totalCount };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
