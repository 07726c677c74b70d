// POST /yuchi/companies/:id/refresh — 最新情報を取得: refresh one company from gBizINFO with the caller's rights and
// answer with what changed and which hand-entered values were kept.
// Errors: YUCHI_ENRICHMENT_FORBIDDEN 403, YUCHI_GBIZINFO_NOT_CONFIGURED 503, YUCHI_GBIZINFO_NOT_FOUND 404,
// YUCHI_GBIZINFO_UNAVAILABLE 502/504, YUCHI_GBIZINFO_REJECTED 502.
import type { EndpointExtensionContext } from '@directus/extensions';
import type { Router } from 'express';
import { asyncRoute } from '../shared/directus-request.ts';
import { EnrichmentForbiddenError } from '../shared/errors.ts';
import { refreshCompany } from './gbizinfo-enrichment.service.ts';

export function registerGbizinfoRoutes(router: Router, context: EndpointExtensionContext): void {
  router.post(
    '/companies/:id(\\d+)/refresh',
    asyncRoute(async (req, res) => {
      // Over HTTP there is always a caller; no accountability would mean system rights.
      if (!req.accountability) throw new EnrichmentForbiddenError();
      const result = await refreshCompany({
        companyId: Number(req.params['id']),
        accountability: req.accountability,
        schema: req.schema ?? (await context.getSchema()),
        context,
      });
      res.json({ data: result });
    }),
  );
}
