// Bulk writes bypass the ItemsService, so they clear Directus's data cache themselves: with a shared cache (Redis)
// every instance then serves the imported rows, never stale ones.
import type { HookExtensionContext } from '@directus/extensions';
import type { SchemaOverview } from '@directus/types';

export async function clearDataCache(context: Pick<HookExtensionContext, 'services' | 'database'>, schema: SchemaOverview): Promise<void> {
  const items = new context.services.ItemsService('companies', { knex: context.database, schema, accountability: null }) as { cache?: { clear: () => Promise<void> } | null };
  await items.cache?.clear();
}
