import { describe, expect, test } from 'vitest';
import { exportConditionRows } from './export-conditions.sheet.ts';
import { parseSearchCriteria } from './search-criteria.parser.ts';

function facts(body: Record<string, unknown>): Record<string, string | number> {
  const parsed = parseSearchCriteria(body);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const rows = exportConditionRows({ criteria: parsed.criteria, appliedDefaults: parsed.appliedDefaults, columns: ['商号又は名称'], user: 'staff@example.com', at: new Date('2026-12-04T01:00:00Z'), rows: 3 });
  return Object.fromEntries(rows);
}

describe('the 抽出条件 sheet', () => {
  test('lists the risk criteria in Japanese and the defaults applied', () => {
    const sheet = facts({ risk: { exclude_categories: ['sanction', 'reputation'], max_level: 1 } });
    expect(sheet['リスク']).toBe('除外する区分: 行政処分、風評 / 総合リスク 1（低）以下 / 反社（確認済み）を除外');
    expect(sheet['既定で適用した条件']).toBe('status=active, 反社（確認済み）を除外');
  });

  test('says when confirmed 反社 companies were asked for', () => {
    const sheet = facts({ status: 'any', risk: { include_confirmed_antisocial: true } });
    expect(sheet['リスク']).toBe('反社（確認済み）も含める');
    expect(sheet['既定で適用した条件']).toBeUndefined();
  });
});
