// Indexes for the group traversal (GET /yuchi/companies/{法人番号}/group, group_of / ultimate_parent, the export's
// group columns) and the relation import's idempotent upsert: each level of a group is read as "relations whose
// parent (or child) is one of these", and only relations still in force count.
// Guarded like 20261128A: skips tables that do not exist yet and indexes that already exist.
const INDEXES = [
  ['company_relations', ['parent', 'valid_to']],
  ['company_relations', ['child', 'valid_to']],
  ['company_relations', ['parent', 'child', 'source']],
  ['establishments', ['company', 'name']],
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
