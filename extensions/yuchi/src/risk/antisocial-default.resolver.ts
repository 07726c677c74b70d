// Whether a search leaves out companies with a confirmed 反社 finding, and as of which day. The exclusion reads
// risk_findings: a caller who asks for it (include_confirmed_antisocial: false) must be allowed to read them, or the
// search is refused naming the key; but when it is only the default, a caller who may not read them (the API連携
// role) searches without it — leaving those companies out would tell that caller which companies have confirmed
// 反社 findings — and the answer's applied_defaults does not list it.
import { EXCLUDE_CONFIRMED_ANTISOCIAL_DEFAULT } from '../domain/risk-criteria.parser.ts';
import { CONFIRMED_ANTISOCIAL_FIELDS } from '../domain/search-criteria.fields.ts';
import type { SearchCriteria } from '../domain/search-criteria.parser.ts';
import { tokyoDay } from '../domain/tokyo-day.ts';
import type { SearchContext } from '../search/company-search.service.ts';
import { readableFields } from '../security/collection-permission.service.ts';

async function mayReadFindings(ctx: SearchContext): Promise<boolean> {
  for (const [collection, names] of Object.entries(CONFIRMED_ANTISOCIAL_FIELDS)) {
    const readable = await readableFields(ctx.database, ctx.accountability, collection);
    if (readable !== 'all' && names.some((name) => !readable.has(name))) return false;
  }
  return true;
}

/**
 * Drops the default exclusion (from the criteria and the applied defaults) for a caller who may not read
 * risk_findings; answers the day findings must be in force on, or null when no exclusion applies.
 */
export async function resolveConfirmedAntisocialExclusion(ctx: SearchContext, criteria: SearchCriteria, appliedDefaults: string[]): Promise<string | null> {
  if (!criteria.risk || criteria.risk.include_confirmed_antisocial) return null;
  const byDefault = appliedDefaults.indexOf(EXCLUDE_CONFIRMED_ANTISOCIAL_DEFAULT);
  if (byDefault >= 0 && !(await mayReadFindings(ctx))) {
    criteria.risk = { ...criteria.risk, include_confirmed_antisocial: true };
    appliedDefaults.splice(byDefault, 1);
    return null;
  }
  return tokyoDay();
}
