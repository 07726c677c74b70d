// POST /yuchi/export: the search's criteria plus `columns`, answered with an .xlsx stream.
import type { EndpointExtensionContext } from '@directus/extensions';
import type { Router } from 'express';
import { searchContextOf } from '../search/search.routes.ts';
import { asyncRoute } from '../shared/directus-request.ts';
import { prepareExport, writeExport } from './company-export.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function fileName(at: Date): string {
  const stamp = at.toLocaleString('sv-SE', { timeZone: 'Asia/Tokyo' }).replace(/[-:]/g, '').replace(' ', '-').slice(0, 13);
  return `companies-${stamp}.xlsx`;
}

export function registerExportRoutes(router: Router, context: EndpointExtensionContext): void {
  router.post(
    '/export',
    asyncRoute(async (req, res) => {
      const ctx = await searchContextOf(context, req);
      // Every refusal happens here, while an error can still be answered as JSON.
      const prepared = await prepareExport(ctx, req.body);
      res.setHeader('Content-Type', XLSX);
      res.setHeader('Content-Disposition', `attachment; filename="${fileName(new Date())}"`);
      try {
        await writeExport(ctx, prepared, res);
      } catch (error) {
        context.logger.error(error, 'yuchi export failed while streaming');
        res.destroy(error as Error);
      }
    }),
  );
}
