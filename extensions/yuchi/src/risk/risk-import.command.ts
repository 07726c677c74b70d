// `npm run yuchi -- import sanctions|screening|credit-scores <file>…`: the operator's entry to the risk imports.
import type { HookExtensionContext } from '@directus/extensions';
import { importRiskFile, parkedCount, type RiskImportKind } from './risk-import.service.ts';

export function importRiskCommand(kind: RiskImportKind) {
  return async (context: HookExtensionContext, files: string[]): Promise<{ accepted: number; rejected: number }> => {
    let accepted = 0;
    let rejected = 0;
    for (const file of files) {
      const outcome = await importRiskFile(context, kind, file);
      if (outcome.status === 'already_imported') {
        process.stdout.write(`${file}: 取込済みのファイルです。変更はありません (import_runs #${outcome.runId})\n`);
        continue;
      }
      const parked = await parkedCount(context.database, outcome.runId);
      process.stdout.write(
        `${file}: ${outcome.status} 読込 ${outcome.read}, 追加 ${outcome.inserted}（うち照合待ち ${parked}）, エラー ${outcome.rejected} (import_runs #${outcome.runId})\n`,
      );
      accepted += Math.max(0, outcome.read - outcome.rejected);
      rejected += outcome.rejected + (outcome.status === 'failed' ? 1 : 0);
    }
    return { accepted, rejected };
  };
}
