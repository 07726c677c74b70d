// Yuchi's HTTP API under /yuchi: each feature adds its routes; handlers only translate HTTP to a service call.
import { defineEndpoint } from '@directus/extensions-sdk';
import { registerImportRoutes } from '../imports/import.routes.ts';
import { registerGbizinfoRoutes } from '../enrichment/gbizinfo.routes.ts';
import { registerSearchRoutes } from '../search/search.routes.ts';
import { registerExportRoutes } from '../export/export.routes.ts';
import { registerListRoutes } from '../lists/lists.routes.ts';
import { registerGroupRoutes } from '../groups/group.routes.ts';
import { registerRiskReviewRoutes } from '../risk/risk-review.routes.ts';

export default defineEndpoint({
  id: 'yuchi',
  handler: (router, context) => {
    registerImportRoutes(router, context);
    registerGbizinfoRoutes(router, context);
    registerSearchRoutes(router, context);
    registerExportRoutes(router, context);
    registerListRoutes(router, context);
    registerGroupRoutes(router, context);
    registerRiskReviewRoutes(router, context);
  },
});
