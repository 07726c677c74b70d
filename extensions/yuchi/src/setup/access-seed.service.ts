// Inserts the roles, policies, permissions and project settings of seed/access that are missing. Never updates or
// deletes: the ledger keeps what was inserted once, so an administrator's edits and deletions stay.
import type { HookExtensionContext } from '@directus/extensions';
import type { SchemaOverview } from '@directus/types';
import { DEFAULT_MODULE_BAR, PERMISSIONS, POLICIES, ROLES, SETTINGS, YUCHI_MODULES, type ModuleBarEntry } from '../../../../seed/access/access-data.ts';
import { withModule } from './module-bar.ts';
import { SeedLedger } from './seed-ledger.ts';

export interface AccessSeedResult {
  inserted: number;
}

export async function applyAccessSeed(context: HookExtensionContext, schema: SchemaOverview): Promise<AccessSeedResult> {
  const { services, database } = context;
  const ledger = new SeedLedger(database);
  const opts = { knex: database, schema, accountability: null };
  let inserted = 0;

  const once = async (key: string, exists: () => Promise<boolean>, create: () => Promise<unknown>) => {
    if (await ledger.has(key)) return;
    if (!(await exists())) {
      await create();
      inserted++;
    }
    await ledger.add(key);
  };

  const policies = new services.PoliciesService(opts);
  for (const { id, ...policy } of POLICIES) {
    await once(`policy:${id}`, async () => Boolean(await database('directus_policies').where({ id }).first()), () => policies.createOne({ id, ...policy }));
  }

  const roles = new services.RolesService(opts);
  const access = new services.AccessService(opts);
  for (const { id, policies: rolePolicies, ...role } of ROLES) {
    await once(`role:${id}`, async () => Boolean(await database('directus_roles').where({ id }).first()), () => roles.createOne({ id, ...role }));
    for (const [sort, policy] of rolePolicies.entries()) {
      await once(
        `access:${id}:${policy}`,
        async () => Boolean(await database('directus_access').where({ role: id, policy }).first()),
        () => access.createOne({ role: id, policy, sort: sort + 1 }),
      );
    }
  }

  const permissions = new services.PermissionsService(opts);
  for (const p of PERMISSIONS) {
    await once(
      `permission:${p.policy}:${p.collection}:${p.action}`,
      async () => Boolean(await database('directus_permissions').where({ policy: p.policy, collection: p.collection, action: p.action }).first()),
      () => permissions.createOne({ ...p, validation: p.validation ?? null, presets: p.presets ?? null }),
    );
  }

  const settings = new services.SettingsService(opts);
  await once('settings:defaults', async () => false, () => settings.upsertSingleton(SETTINGS));
  for (const id of YUCHI_MODULES) {
    await once(`settings:module-bar:${id}`, async () => false, async () => {
      const current = (await settings.readSingleton({ fields: ['module_bar'] })) as { module_bar?: ModuleBarEntry[] | null };
      await settings.upsertSingleton({ module_bar: withModule(current.module_bar ?? DEFAULT_MODULE_BAR, id) });
    });
  }
  return { inserted };
}
