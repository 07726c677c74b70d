// `npm run yuchi -- import relations|establishments <file>…`: the operator's entry to the CSV imports of this feature.
import type { HookExtensionContext } from '@directus/extensions';
import type { CsvImportOutcome } from '../imports/csv-import.runner.ts';
import { importEstablishmentsFile } from './establishments-import.service.ts';
import { importRelationsFile } from './relations-import.service.ts';

type ImportFile = (context: HookExtensionContext, path: string) => Promise<CsvImportOutcome>;

function command(importFile: ImportFile) {
  return async (context: HookExtensionContext, files: string[]): Promise<{ accepted: number; rejected: number }> => {
    let accepted = 0;
    let rejected = 0;
    for (const file of files) {
      const outcome = await importFile(context, file);
      if (outcome.status === 'already_imported') {
        process.stdout.write(`${file}: 取込済みのファイルです。変更はありません (import_runs #${outcome.runId})\n`);
        continue;
      }
      process.stdout.write(
        `${file}: ${outcome.status} 読込 ${outcome.read}, 追加 ${outcome.inserted}, 更新 ${outcome.updated}, エラー ${outcome.rejected} (import_runs #${outcome.runId})\n`,
      );
      accepted += Math.max(0, outcome.read - outcome.rejected);
      rejected += outcome.rejected + (outcome.status === 'failed' ? 1 : 0);
    }
    return { accepted, rejected };
  };
}

export const importRelationsCommand = command((context, path) => importRelationsFile(context, path));
export const importEstablishmentsCommand = command((context, path) => importEstablishmentsFile(context, path));
