// POST /yuchi/search: the company search integrators and the 企業検索 module share.
import type { EndpointExtensionContext } from '@directus/extensions';
import type { Router } from 'express';
import { asyncRoute, type DirectusRequest } from '../shared/directus-request.ts';
import { searchCompanies, type SearchContext } from './company-search.service.ts';

export async function searchContextOf(context: EndpointExtensionContext, req: DirectusRequest): Promise<SearchContext> {
  return { services: context.services, database: context.database, schema: req.schema ?? (await context.getSchema()), accountability: req.accountability ?? null };
}

export function registerSearchRoutes(router: Router, context: EndpointExtensionContext): void {
  router.post(
    '/search',
    asyncRoute(async (req, res) => {
      res.json(await searchCompanies(await searchContextOf(context, req), req.body));
    }),
  );
}
