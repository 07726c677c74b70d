// The scheduled gBizINFO refresh: companies that are on any target list (抽出リスト), those checked longest ago first,
// a bounded number per run. Runs as the system (no user), with the same merge and history as a refresh from the
// company page. Used by the schedule and by `npm run yuchi -- sync gbizinfo`.
import type { ApiExtensionContext } from '@directus/types';
import { isDirectusError } from '@directus/errors';
import { gbizinfoClientFor, loadAddressAreaMatcher, refreshCompany, type EnrichmentContext } from './gbizinfo-enrichment.service.ts';
import type { GbizinfoClient } from './gbizinfo.client.ts';

export const DEFAULT_GBIZINFO_BATCH = 200;

export interface BatchOutcome {
  selected: number;
  refreshed: number;
  changed: number;
  conflicts: number;
  notFound: number;
  failed: number;
  // Set when gBizINFO stopped answering and the run ended early: the code and message of that error.
  stoppedBy: { code: string; message: string } | null;
}

export function gbizinfoBatchSize(env: Record<string, unknown>): number {
  const n = Number(env['YUCHI_GBIZINFO_BATCH'] ?? DEFAULT_GBIZINFO_BATCH);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_GBIZINFO_BATCH;
}

/** Ids of target-list companies, never checked first, then the longest ago. */
export async function selectTargetListCompanies(context: Pick<EnrichmentContext, 'database'>, limit: number): Promise<number[]> {
  const rows = (await context
    .database('companies')
    .whereIn('id', context.database('target_list_companies').select('company'))
    .orderBy([{ column: 'enrichment_checked_at', order: 'asc', nulls: 'first' }, { column: 'id', order: 'asc' }])
    .limit(limit)
    .select('id')) as { id: number | string }[];
  return rows.map((r) => Number(r.id));
}

// gBizINFO itself is down or refuses us: the rest of the run would fail the same way.
const STOPS_THE_RUN = new Set(['YUCHI_GBIZINFO_UNAVAILABLE', 'YUCHI_GBIZINFO_REJECTED', 'YUCHI_GBIZINFO_NOT_CONFIGURED']);

export async function refreshTargetListCompanies(
  context: EnrichmentContext & Pick<ApiExtensionContext, 'getSchema' | 'logger'>,
  options: { limit?: number; client?: GbizinfoClient } = {},
): Promise<BatchOutcome> {
  const client = options.client ?? gbizinfoClientFor(context.env);
  const schema = await context.getSchema();
  const ids = await selectTargetListCompanies(context, options.limit ?? gbizinfoBatchSize(context.env));
  const locate = await loadAddressAreaMatcher(context);
  const outcome: BatchOutcome = { selected: ids.length, refreshed: 0, changed: 0, conflicts: 0, notFound: 0, failed: 0, stoppedBy: null };
  for (const companyId of ids) {
    try {
      const result = await refreshCompany({ companyId, accountability: null, schema, context, client, locate });
      outcome.refreshed++;
      if (result.changes.length) outcome.changed++;
      if (result.conflicts.length) outcome.conflicts++;
    } catch (error) {
      if (isDirectusError(error, 'YUCHI_GBIZINFO_NOT_FOUND')) {
        outcome.notFound++;
        continue;
      }
      if (isDirectusError(error) && STOPS_THE_RUN.has(error.code)) {
        outcome.stoppedBy = { code: error.code, message: error.message };
        break;
      }
      outcome.failed++;
      context.logger.warn(`[yuchi] gBizINFO refresh of company ${companyId} failed: ${(error as Error).message}`);
    }
  }
  return outcome;
}
