// Directus's own export paths (`?export=` on any read, POST /utils/export/:collection) obey the same export
// right as Yuchi's Excel export.
import { defineHook } from '@directus/extensions-sdk';
import type { NextFunction, Response } from 'express';
import { ExportForbiddenError } from '../shared/errors.ts';
import { canExport } from './export-permission.service.ts';
import type { DirectusRequest } from '../shared/directus-request.ts';

export default defineHook(({ init }, { database }) => {
  init('middlewares.after', ({ app }) => {
    app.use(async (req: DirectusRequest, _res: Response, next: NextFunction) => {
      const wantsExport = Boolean(req.sanitizedQuery?.export) || req.path.startsWith('/utils/export/');
      if (!wantsExport) return next();
      try {
        if (await canExport(database, req.accountability)) return next();
        next(new ExportForbiddenError());
      } catch (error) {
        next(error);
      }
    });
  });
});
