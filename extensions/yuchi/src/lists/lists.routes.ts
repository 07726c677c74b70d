// /yuchi/lists: save the current search as a 抽出リスト, and refresh a list from its saved criteria.
import type { EndpointExtensionContext } from '@directus/extensions';
import type { Router } from 'express';
import { searchContextOf } from '../search/search.routes.ts';
import { asyncRoute } from '../shared/directus-request.ts';
import { refreshTargetList, saveTargetList } from './target-list.service.ts';

export function registerListRoutes(router: Router, context: EndpointExtensionContext): void {
  router.post(
    '/lists',
    asyncRoute(async (req, res) => {
      res.status(201).json({ data: await saveTargetList(await searchContextOf(context, req), req.body) });
    }),
  );
  router.post(
    '/lists/:id/refresh',
    asyncRoute(async (req, res) => {
      res.json({ data: await refreshTargetList(await searchContextOf(context, req), Number(req.params['id'])) });
    }),
  );
}
