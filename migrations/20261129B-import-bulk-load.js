// For the NTA import's bulk-load mode (extensions/yuchi/src/registry/deferred-indexes.ts) and lighter writes:
// - yuchi_deferred_indexes: the definitions of indexes a large full import dropped and builds again when it ends;
//   a row left here means an import stopped before that, and the next import builds it.
// - drops two indexes every companies row paid for on insert and no query needs: the pg_trgm index on search_name
//   (name words of 2+ characters are answered by the bigram index since 20261129A, whatever their length) and a
//   second btree on industry (the snapshot declares one already); and a trigram index on business_summary that an
//   earlier version of 20261129A built.
// Guarded like the others: runs again on every start and changes nothing the second time.
export async function up(knex) {
  if (!(await knex.schema.hasTable('yuchi_deferred_indexes'))) {
    await knex.schema.createTable('yuchi_deferred_indexes', (table) => {
      table.string('name', 128).primary();
      table.text('definition').notNullable();
      table.string('method', 32).notNullable();
      table.integer('import_run');
      table.timestamp('deferred_at').defaultTo(knex.fn.now());
    });
  }
  await knex.raw('DROP INDEX IF EXISTS "yuchi_companies_search_name_trgm_idx"');
  await knex.raw('DROP INDEX IF EXISTS "yuchi_companies_industry_idx"');
  await knex.raw('DROP INDEX IF EXISTS "yuchi_companies_business_summary_trgm_idx"');
}

export async function down(knex) {
  await knex.schema.dropTableIfExists('yuchi_deferred_indexes');
}
