// GET /yuchi/companies/{法人番号}/group and /sites: a company's group tree and its site tree, with the caller's permissions.
import type { EndpointExtensionContext } from '@directus/extensions';
import type { Router } from 'express';
import { searchContextOf } from '../search/search.routes.ts';
import { asyncRoute } from '../shared/directus-request.ts';
import { companyGroupAnswer } from './company-group.service.ts';
import { companySitesAnswer } from './company-sites.service.ts';

export function registerGroupRoutes(router: Router, context: EndpointExtensionContext): void {
  router.get(
    '/companies/:corporateNumber/group',
    asyncRoute(async (req, res) => {
      res.json(await companyGroupAnswer(await searchContextOf(context, req), String(req.params['corporateNumber']), req.query['depth']));
    }),
  );
  router.get(
    '/companies/:corporateNumber/sites',
    asyncRoute(async (req, res) => {
      res.json(await companySitesAnswer(await searchContextOf(context, req), String(req.params['corporateNumber'])));
    }),
  );
}
