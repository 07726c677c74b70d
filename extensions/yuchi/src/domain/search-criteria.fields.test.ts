import { describe, expect, test } from 'vitest';
import { criteriaInUse } from './search-criteria.fields.ts';
import { parseSearchCriteria } from './search-criteria.parser.ts';

const used = (body: Record<string, unknown>) => {
  const parsed = parseSearchCriteria({ status: 'any', ...body });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return Object.fromEntries(criteriaInUse(parsed.criteria).map((u) => [u.key, u.fields]));
};

describe('criteriaInUse for risk', () => {
  test('the default 反社 exclusion reads the findings', () => {
    expect(used({})).toEqual({ 'risk.include_confirmed_antisocial': { companies: ['risk_findings'], risk_findings: ['company', 'category', 'status', 'severity', 'expires_on'] } });
  });

  test('excluded categories read their level columns and max_level the overall one; asking for 反社 companies reads no finding', () => {
    expect(used({ risk: { exclude_categories: ['sanction', 'existence'], max_level: 2, include_confirmed_antisocial: true } })).toEqual({
      'risk.exclude_categories': { companies: ['risk_sanction', 'risk_existence'] },
      'risk.max_level': { companies: ['risk_level'] },
    });
  });
});
