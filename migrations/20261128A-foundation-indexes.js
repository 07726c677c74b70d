// Composite indexes, which a snapshot cannot express (single-column ones live in snapshots/schema.yaml).
// Guarded: skips tables that do not exist yet (Directus runs custom migrations at bootstrap, before the snapshot
// creates our tables) and indexes that already exist; `yuchi setup` runs it again after the snapshot.
const INDEXES = [
  ['intent_signals', ['company', 'signal_date']],
  ['target_list_companies', ['list', 'company']],
];

const nameOf = (table, columns) => `yuchi_${table}_${columns.join('_')}_idx`;

export async function up(knex) {
  for (const [table, columns] of INDEXES) {
    if (!(await knex.schema.hasTable(table))) continue;
    const cols = columns.map((c) => `"${c}"`).join(', ');
    await knex.raw(`CREATE INDEX IF NOT EXISTS "${nameOf(table, columns)}" ON "${table}" (${cols})`);
  }
}

export async function down(knex) {
  for (const [table, columns] of INDEXES) await knex.raw(`DROP INDEX IF EXISTS "${nameOf(table, columns)}"`);
}
