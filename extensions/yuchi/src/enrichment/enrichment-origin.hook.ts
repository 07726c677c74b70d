// companies.enrichment_origin records what gBizINFO wrote last, so a later fetch can tell a hand-entered value from
// its own. Only Yuchi's enrichment service (running as the system) may write it; a user's write is refused.
import { defineHook } from '@directus/extensions-sdk';
import { EnrichmentOriginReadonlyError } from '../shared/errors.ts';

export default defineHook(({ filter }) => {
  const guard = (payload: unknown, _meta: unknown, { accountability }: { accountability: unknown }) => {
    if (accountability && payload && typeof payload === 'object' && 'enrichment_origin' in payload) throw new EnrichmentOriginReadonlyError();
    return payload;
  };
  filter('companies.items.create', guard);
  filter('companies.items.update', guard);
});
