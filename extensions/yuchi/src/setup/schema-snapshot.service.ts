// Applies snapshots/schema.yaml at start: never when it would delete something, and once a given file has been
// applied, only its additions, so an administrator's later edits of labels and notes survive restarts.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { HookExtensionContext } from '@directus/extensions';
import type { Accountability } from '@directus/types';
import { parse } from 'yaml';
import { isEmptyDiff, listDeletions, onlyAdditions, withoutVendorDetails, type SchemaDiff } from '../domain/schema-diff.inspector.ts';
import { SchemaWouldDeleteError } from '../shared/errors.ts';
import { SeedLedger } from './seed-ledger.ts';

// Setup runs before any user exists; the schema service insists on an administrator.
const ADMIN: Accountability = { admin: true, app: true, role: null, roles: [], user: null, ip: null };

export interface SnapshotResult {
  applied: boolean;
  changes: number;
  fileHash: string;
}

export async function applySchemaSnapshot(context: HookExtensionContext, snapshotPath: string): Promise<SnapshotResult> {
  const { services, database, logger } = context;
  const text = await readFile(snapshotPath, 'utf8');
  const fileHash = createHash('sha256').update(text).digest('hex');
  const snapshot: unknown = parse(text);
  const schemaService = new services.SchemaService({ knex: database, schema: await context.getSchema({ database }), accountability: ADMIN });
  const current = await schemaService.snapshot();
  const computed = (await schemaService.diff(snapshot as never, { force: true, currentSnapshot: current })) as SchemaDiff | null;
  if (!computed) return { applied: false, changes: 0, fileHash };
  const diff = withoutVendorDetails(computed);

  const deletions = listDeletions(diff);
  if (deletions.length > 0) throw new SchemaWouldDeleteError({ items: deletions });

  // The ledger table itself comes with the first snapshot, so a brand-new database has no ledger yet.
  const hasLedger = await database.schema.hasTable('yuchi_seed_ledger');
  const alreadyApplied = hasLedger && (await new SeedLedger(database).has(`schema:${fileHash}`));
  const toApply = alreadyApplied ? onlyAdditions(diff) : diff;
  if (isEmptyDiff(toApply)) return { applied: false, changes: 0, fileHash };

  const { hash } = schemaService.getHashedSnapshot(current);
  await schemaService.apply({ hash, diff: toApply as never }, { force: true });
  await new SeedLedger(database).add(`schema:${fileHash}`);
  const changes = toApply.collections.length + toApply.fields.length + toApply.relations.length;
  logger.info(`[yuchi] schema snapshot applied (${changes} changes)`);
  return { applied: true, changes, fileHash };
}
