// /yuchi/imports: upload a registry, relations or establishments file to import (データ管理者) and download a run's
// per-row error report.
import type { EndpointExtensionContext } from '@directus/extensions';
import type { Router } from 'express';
import { importErrorReportCsv, importErrorReportName, type ReportedError } from '../domain/import-error-report.ts';
import { hasCollectionPermissions } from '../security/collection-permission.service.ts';
import { asyncRoute } from '../shared/directus-request.ts';
import { ImportForbiddenError } from '../shared/errors.ts';
import { saveUpload, startUploadedImport, uploadFileName } from './import-upload.service.ts';
import { CSV_UPLOAD_KINDS, startUploadedCsvImport, type CsvUploadKind } from './csv-upload.service.ts';

// An import writes companies in bulk: the caller needs the rights a データ管理者 has.
const IMPORT_RIGHTS = [
  { collection: 'import_runs', action: 'create' },
  { collection: 'companies', action: 'create' },
  { collection: 'companies', action: 'update' },
] as const;

const parse = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

export function registerImportRoutes(router: Router, context: EndpointExtensionContext): void {
  router.post(
    '/imports/nta',
    asyncRoute(async (req, res) => {
      if (!(await hasCollectionPermissions(context.database, req.accountability, [...IMPORT_RIGHTS]))) throw new ImportForbiddenError();
      const path = await saveUpload(req, uploadFileName(req.query['filename']));
      const started = await startUploadedImport(context, { path, user: req.accountability?.user ?? null });
      res.status(started.status === 'running' ? 202 : 200).json({ data: { run: started.runId, status: started.status } });
    }),
  );

  for (const kind of Object.keys(CSV_UPLOAD_KINDS) as CsvUploadKind[]) {
    const rights = [
      { collection: 'import_runs', action: 'create' },
      { collection: CSV_UPLOAD_KINDS[kind].collection, action: 'create' },
      { collection: CSV_UPLOAD_KINDS[kind].collection, action: 'update' },
    ] as const;
    router.post(
      `/imports/${kind}`,
      asyncRoute(async (req, res) => {
        if (!(await hasCollectionPermissions(context.database, req.accountability, [...rights]))) throw new ImportForbiddenError();
        const path = await saveUpload(req, uploadFileName(req.query['filename']));
        const started = await startUploadedCsvImport(context, { kind, path, user: req.accountability?.user ?? null });
        res.status(started.status === 'running' ? 202 : 200).json({ data: { run: started.runId, status: started.status } });
      }),
    );
  }

  router.get(
    '/imports/:id/errors',
    asyncRoute(async (req, res) => {
      const schema = req.schema ?? (await context.getSchema());
      const runs = new context.services.ItemsService('import_runs', { schema, accountability: req.accountability ?? null });
      const run = (await runs.readOne(String(req.params['id']), { fields: ['id', 'file', 'errors', 'rejected_count'] })) as {
        id: number;
        file: string | null;
        errors: unknown;
        rejected_count: number | null;
      };
      const errors = (parse(run.errors) as ReportedError[] | null) ?? [];
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(importErrorReportName(run.id, run.file))}`);
      res.send(importErrorReportCsv(errors, Number(run.rejected_count ?? errors.length)));
    }),
  );
}
