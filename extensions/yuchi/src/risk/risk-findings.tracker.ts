// What the risk_findings hook does on each change, kept out of the entry file: remember the companies of rows about
// to change, then recompute those companies and the rows' current ones (recomputeRiskLevels), every step awaited.
import type { HookExtensionContext } from '@directus/extensions';
import type { SchemaOverview } from '@directus/types';
import type { Knex } from 'knex';
import { clearDataCache } from '../shared/data-cache.ts';
import { recomputeRiskLevels } from './risk-summary.service.ts';

type Keys = readonly unknown[];

export class FindingsChangeTracker {
  /** finding id → its company before an update or delete, until that change's action has run */
  private readonly before = new Map<string, number>();

  constructor(private readonly context: Pick<HookExtensionContext, 'database' | 'services' | 'logger'>) {}

  private async companiesOf(database: Knex, keys: Keys): Promise<{ id: unknown; company: unknown }[]> {
    const ids = keys.filter((k) => k !== null && k !== undefined) as Knex.Value[];
    return ids.length ? ((await database('risk_findings').whereIn('id', ids).whereNotNull('company').select('id', 'company')) as { id: unknown; company: unknown }[]) : [];
  }

  /** A filter handler: answers what it was given unchanged. */
  async rememberCompanies<T>(passThrough: T, keys: Keys, database: Knex): Promise<T> {
    for (const row of await this.companiesOf(database, keys)) this.before.set(String(row.id), Number(row.company));
    return passThrough;
  }

  async recompute(keys: Keys, schema: SchemaOverview | null): Promise<void> {
    const companies = new Set<number>();
    for (const key of keys) {
      const company = this.before.get(String(key));
      this.before.delete(String(key));
      if (company !== undefined) companies.add(company);
    }
    try {
      for (const row of await this.companiesOf(this.context.database, keys)) companies.add(Number(row.company));
      const outcome = await recomputeRiskLevels(this.context.database, companies);
      if (outcome.changed > 0 && schema) await clearDataCache(this.context, schema);
    } catch (error) {
      this.context.logger.error(`[yuchi] risk levels of companies ${[...companies].join(', ')} not recomputed: ${(error as Error).message}`);
    }
  }
}
