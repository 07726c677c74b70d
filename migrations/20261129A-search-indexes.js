// Indexes for the company search (POST /yuchi/search, exports, target lists) at registry scale; measured with
// `npm run bench -- search` (figures in bench/results/search.json, notes in docs/api.md「検索の速度」).
//
// PostgreSQL:
// - pg_trgm GIN on companies.search_name and LOWER(business_summary): Directus turns `_contains` into LIKE '%…%'
//   and `_icontains` into LOWER(…) LIKE '%…%', which these serve for words of 3 characters or more.
// - yuchi_bigrams(text) and a GIN index on yuchi_bigrams(search_name): a trigram index cannot serve a 2-character
//   word such as 新潟, so the search service adds `yuchi_bigrams(search_name) @> ARRAY[word]` for those words
//   (extensions/yuchi/src/search/short-word.search.ts). An expression index needs no column the schema snapshot
//   would have to know about, and stays in step with search_name without a trigger.
// Both vendors: btree indexes for the sort orders and site criteria the benchmark showed scanning whole tables.
//
// Guarded like 20261128A: skips tables that do not exist yet and indexes that already exist. Building the GIN
// indexes on an existing registry takes about a minute per million companies and blocks writes meanwhile.

const BTREE = [
  ['companies', ['capital_yen', 'id']],
  ['companies', ['intent_score', 'id']],
  ['companies', ['founded_on']],
  ['companies', ['securities_code']],
  ['establishments', ['company', 'status', 'prefecture_code']],
  ['establishments', ['prefecture_code', 'kind', 'status', 'company']],
  ['officers', ['company']],
  ['visits', ['company']],
  ['business_cards', ['company']],
];

const nameOf = (table, columns) => `yuchi_${table}_${columns.join('_')}_idx`;

const BIGRAMS_FUNCTION = `
CREATE OR REPLACE FUNCTION yuchi_bigrams(value text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(substr(value, i, 2)), '{}')
  FROM generate_series(1, char_length(value) - 1) AS i
  WHERE strpos(substr(value, i, 2), '|') = 0
$$`;

const isPostgres = (knex) => ['pg', 'postgres', 'postgresql'].includes(String(knex.client.config.client));

async function postgresSearchIndexes(knex) {
  const trgm = await knex.raw(`SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'`);
  if (trgm.rows.length) {
    await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await knex.raw('CREATE INDEX IF NOT EXISTS "yuchi_companies_search_name_trgm_idx" ON "companies" USING gin ("search_name" gin_trgm_ops)');
    await knex.raw('CREATE INDEX IF NOT EXISTS "yuchi_companies_business_summary_trgm_idx" ON "companies" USING gin (LOWER("business_summary") gin_trgm_ops)');
  }
  await knex.raw(BIGRAMS_FUNCTION);
  await knex.raw('CREATE INDEX IF NOT EXISTS "yuchi_companies_search_name_bigram_idx" ON "companies" USING gin (yuchi_bigrams("search_name"))');
}

export async function up(knex) {
  if (!(await knex.schema.hasTable('companies'))) return;
  if (isPostgres(knex)) await postgresSearchIndexes(knex);
  for (const [table, columns] of BTREE) {
    if (!(await knex.schema.hasTable(table))) continue;
    const cols = columns.map((c) => `"${c}"`).join(', ');
    await knex.raw(`CREATE INDEX IF NOT EXISTS "${nameOf(table, columns)}" ON "${table}" (${cols})`);
  }
}

export async function down(knex) {
  for (const [table, columns] of BTREE) await knex.raw(`DROP INDEX IF EXISTS "${nameOf(table, columns)}"`);
  if (!isPostgres(knex)) return;
  for (const name of ['yuchi_companies_search_name_trgm_idx', 'yuchi_companies_business_summary_trgm_idx', 'yuchi_companies_search_name_bigram_idx']) {
    await knex.raw(`DROP INDEX IF EXISTS "${name}"`);
  }
  await knex.raw('DROP FUNCTION IF EXISTS yuchi_bigrams(text)');
}
