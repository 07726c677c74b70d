// `npm run yuchi -- import nta <file>...`: the operator's entry to the NTA import, printing progress as it goes.
import type { HookExtensionContext } from '@directus/extensions';
import { importNtaFile } from './nta-import.service.ts';

export async function importNtaCommand(context: HookExtensionContext, files: string[]): Promise<{ accepted: number; rejected: number }> {
  const batchSize = Number(context.env['YUCHI_IMPORT_BATCH_SIZE'] ?? 2000) || 2000;
  let accepted = 0;
  let rejected = 0;
  for (const file of files) {
    const outcome = await importNtaFile(context, file, {
      batchSize,
      onProgress: (p) => process.stderr.write(`\r${p.file}: ${p.read.toLocaleString('ja-JP')} 行, ${p.rowsPerSecond.toLocaleString('ja-JP')} 行/秒`),
    });
    process.stderr.write('\n');
    if (outcome.status === 'already_imported') {
      process.stdout.write(`${file}: 取込済みのファイルです。変更はありません (import_runs #${outcome.runId})\n`);
      continue;
    }
    const resumed = outcome.resumedAt > 0 ? `（${outcome.resumedAt} 行目の続きから再開）` : '';
    process.stdout.write(
      `${file}: ${outcome.status}${resumed} 読込 ${outcome.read}, 追加 ${outcome.inserted}, 更新 ${outcome.updated}, エラー ${outcome.rejected} (import_runs #${outcome.runId})\n`,
    );
    accepted += outcome.read - outcome.rejected;
    rejected += outcome.rejected + (outcome.status === 'failed' ? 1 : 0);
  }
  return { accepted, rejected };
}
