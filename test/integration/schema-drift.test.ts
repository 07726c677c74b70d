import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaSnapshot } from '@directus/sdk';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/env.mjs';
import { neutralProjection, type SnapshotLike } from '../support/snapshot-projection.ts';
import { hasVendor, useDirectus, VENDORS } from '../support/suite-directus.ts';

const committed = neutralProjection(parse(readFileSync(join(ROOT, 'snapshots/schema.yaml'), 'utf8')) as SnapshotLike);

describe.each(VENDORS)('schema drift on %s', (vendor) => {
  describe.skipIf(!hasVendor(vendor))('a freshly started database', () => {
    const dx = useDirectus(vendor);

    test('has exactly the collections, fields, types and relations of snapshots/schema.yaml', async () => {
      const admin = await dx.as('admin');
      const live = neutralProjection((await admin.request(schemaSnapshot())) as unknown as SnapshotLike);
      expect(live.collections).toEqual(committed.collections);
      expect(live.fields).toEqual(committed.fields);
      expect(live.relations).toEqual(committed.relations);
    });
  });
});

describe('the committed snapshot', () => {
  test('holds every collection the foundation promises', () => {
    for (const name of [
      'companies', 'establishments', 'company_relations', 'officers', 'departments', 'personnel_changes', 'news',
      'industries', 'municipalities', 'risk_findings', 'intent_keywords', 'intent_signals', 'ip_organizations',
      'business_cards', 'visits', 'target_lists', 'target_list_companies', 'export_log', 'import_runs', 'risk_candidates',
    ]) {
      expect(committed.collections).toContain(name);
    }
  });

  test('names every collection in Japanese', () => {
    const snapshot = parse(readFileSync(join(ROOT, 'snapshots/schema.yaml'), 'utf8')) as {
      collections: { collection: string; meta: { translations: { language: string; translation: string }[] | null } }[];
    };
    const unnamed = snapshot.collections.filter((c) => !c.meta.translations?.some((t) => t.language === 'ja-JP' && /[^\u0020-\u007E]/.test(t.translation)));
    expect(unnamed.map((c) => c.collection)).toEqual([]);
  });
});
