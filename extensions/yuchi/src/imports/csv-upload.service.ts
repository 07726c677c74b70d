// Runs a relations, establishments or risk (sanctions, screening, credit-scores) CSV a データ管理者 uploaded in the Data Studio: the same service as
// `npm run yuchi -- import <kind>`, in the background; the page polls import_runs.
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { EndpointExtensionContext } from '@directus/extensions';
import { importEstablishmentsFile } from '../groups/establishments-import.service.ts';
import { importRelationsFile } from '../groups/relations-import.service.ts';
import { importRiskFile } from '../risk/risk-import.service.ts';
import type { CsvImportOptions, CsvImportOutcome } from './csv-import.runner.ts';
import type { StartedImport } from './import-upload.service.ts';

type CsvUploadRun = (context: Pick<EndpointExtensionContext, 'database' | 'getSchema' | 'services'>, path: string, options: CsvImportOptions) => Promise<CsvImportOutcome>;

export const CSV_UPLOAD_KINDS = {
  relations: { run: importRelationsFile, collection: 'company_relations' },
  establishments: { run: importEstablishmentsFile, collection: 'establishments' },
  sanctions: { run: (context, path, options) => importRiskFile(context, 'sanctions', path, options), collection: 'risk_findings' },
  screening: { run: (context, path, options) => importRiskFile(context, 'screening', path, options), collection: 'risk_findings' },
  'credit-scores': { run: (context, path, options) => importRiskFile(context, 'credit-scores', path, options), collection: 'risk_findings' },
} as const satisfies Record<string, { run: CsvUploadRun; collection: string }>;
export type CsvUploadKind = keyof typeof CSV_UPLOAD_KINDS;

/** Answers once the import_runs row exists (or at once for a file imported before); removes the upload at the end. */
export function startUploadedCsvImport(
  context: Pick<EndpointExtensionContext, 'database' | 'getSchema' | 'services' | 'logger'>,
  { kind, path, user }: { kind: CsvUploadKind; path: string; user: string | null },
): Promise<StartedImport> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const answer = (started: StartedImport) => {
      answered = true;
      resolve(started);
    };
    CSV_UPLOAD_KINDS[kind]
      .run(context, path, { user, onStart: (runId) => answer({ runId, status: 'running' }) })
      .then((outcome) => {
        context.logger.info(`yuchi ${kind} import run ${outcome.runId}: ${outcome.status}, read ${outcome.read}, rejected ${outcome.rejected}`);
        if (!answered) answer({ runId: outcome.runId, status: outcome.status });
      })
      .catch((error: unknown) => {
        if (!answered) return reject(error);
        context.logger.error(error, `yuchi ${kind} import failed after it started`);
      })
      .finally(() => rm(dirname(path), { recursive: true, force: true }));
  });
}
