// Upgrading: a database set up with one snapshot starts with the next one. Column types are stored differently
// by each vendor (PostgreSQL uuid where the committed snapshot says char(36)); such differences must not turn into
// type conversions that stop start whenever the snapshot file changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../../scripts/lib/env.mjs';
import { queryRows } from '../support/database-query.ts';
import { launchToEnd } from '../support/launcher-process.ts';
import { pgQuery, quoteIdent } from '../support/postgres.ts';
import { cloneTemplate, hasVendor, suiteEnv, VENDORS } from '../support/suite-directus.ts';
import type { DatabaseRef } from '../support/test-env.ts';

interface SnapshotField {
  collection: string;
  field: string;
  meta: Record<string, unknown> & { note: string | null };
  schema: Record<string, unknown> | null;
}

/** The committed snapshot with one new field on companies and a changed note, as the next version might ship. */
function nextSnapshot(path: string): void {
  const snapshot = parse(readFileSync(join(ROOT, 'snapshots/schema.yaml'), 'utf8')) as { fields: SnapshotField[] };
  const template = snapshot.fields.find((f) => f.collection === 'companies' && f.field === 'name_en')!;
  const added: SnapshotField = structuredClone(template);
  added.field = 'upgrade_probe';
  added.meta = { ...added.meta, field: 'upgrade_probe', note: 'アップグレード試験用' };
  added.schema = { ...added.schema, name: 'upgrade_probe' };
  snapshot.fields.push(added);
  const noted = snapshot.fields.find((f) => f.collection === 'companies' && f.field === 'securities_code')!;
  noted.meta.note = `${noted.meta.note ?? ''}（改訂）`;
  writeFileSync(path, stringify(snapshot));
}

describe.each(VENDORS)('upgrading the schema on %s', (vendor) => {
  describe.skipIf(!hasVendor(vendor))('a database set up with the committed snapshot', () => {
    let db: DatabaseRef;
    beforeAll(async () => {
      db = await cloneTemplate(vendor);
    });
    afterAll(async () => {
      if (db?.vendor === 'pg') await pgQuery(`DROP DATABASE IF EXISTS ${quoteIdent(db.name)} WITH (FORCE)`);
    });

    test('starts with a changed snapshot: the new field is added, no column changes type', async () => {
      const path = join(inject('templates').tmpDir, `next-snapshot-${vendor}.yaml`);
      nextSnapshot(path);
      const r = await launchToEnd('cli', ['setup', '--no-demo'], suiteEnv(db, { YUCHI_SNAPSHOT_PATH: path }));
      expect(r.code, r.output).toBe(0);
      expect(r.output).not.toMatch(/Failed to update field/);
      const [field] = await queryRows(db, `SELECT field FROM directus_fields WHERE collection = 'companies' AND field = 'upgrade_probe'`);
      expect(field).toBeDefined();
    });
  });
});
