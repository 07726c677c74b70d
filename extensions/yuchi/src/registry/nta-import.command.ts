// `npm run yuchi -- import nta <file>...`: the operator's entry to the NTA import, printing progress as it goes.
import type { HookExtensionContext } from '@directus/extensions';
import { formatEta } from '../domain/import-eta.ts';
import { importNtaFile, type ImportProgress } from './nta-import.service.ts';

const number = (n: number) => n.toLocaleString('ja-JP');

export function progressLine(p: ImportProgress): string {
  if (p.phase === 'indexes') return `${p.file}: ${number(p.read)} 行を取り込みました。索引を作成しています…`;
  const remaining = p.etaSeconds === null ? '残り時間を計算中' : `残り ${formatEta(p.etaSeconds)}`;
  return `${p.file}: ${number(p.read)} 行, ${number(p.rowsPerSecond)} 行/秒, ${remaining}`;
}

export async function importNtaCommand(context: HookExtensionContext, files: string[]): Promise<{ accepted: number; rejected: number }> {
  const batchSize = Number(context.env['YUCHI_IMPORT_BATCH_SIZE'] ?? 2000) || 2000;
  let accepted = 0;
  let rejected = 0;
  for (const file of files) {
    // Padded so a shorter line fully covers the one before it.
    let shown = 0;
    const outcome = await importNtaFile(context, file, {
      batchSize,
      onProgress: (p) => {
        const line = progressLine(p);
        process.stderr.write(`\r${line.padEnd(shown)}`);
        shown = line.length;
      },
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
    // The import runs in a process of its own; both figures are the kernel's peak resident memory.
    const parentMb = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stderr.write(`最大メモリ: 取込プロセス ${outcome.workerPeakRssMb ?? '?'} MB, 管理プロセス ${parentMb} MB\n`);
    accepted += outcome.read - outcome.rejected;
    rejected += outcome.rejected + (outcome.status === 'failed' ? 1 : 0);
  }
  return { accepted, rejected };
}
