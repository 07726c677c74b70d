// Indexes for the company search (POST /yuchi/search, exports, target lists) at registry scale; measured with
// `npm run bench -- search` (figures in bench/results/search*.json, notes in docs/api.md「検索の速度」).
//
// PostgreSQL:
// - yuchi_bigrams(text) and GIN indexes on it for every column a search looks inside (name, 事業内容, people, site
//   names). Directus turns those criteria into LIKE '%word%', which no index serves for a 2-character word such as
//   新潟 or 佐藤; the search service adds `yuchi_bigrams(column) @> yuchi_bigrams(word)` for callers who read every
//   row (extensions/yuchi/src/search/bigram-search.service.ts). Expression indexes need no column the schema snapshot
//   would have to know about, and stay in step with the text without a trigger.
// Both vendors: composite btree indexes for the sort orders and criteria the benchmark showed scanning whole tables
// (single-column ones are declared in snapshots/schema.yaml, where Directus expects them).
//
// Guarded like 20261128A: skips tables that do not exist yet and indexes that already exist. Building the GIN
// indexes on an existing registry takes about a minute per million companies and blocks writes meanwhile.

// [table, columns ('-' first: descending, as the search sorts "largest first" with the id ascending after)]
const BTREE = [
  ['companies', ['-capital_yen', 'id']],
  ['companies', ['-sales_upper_yen', 'id']],
  ['companies', ['-intent_score', 'id']],
  ['companies', ['prefecture_code', 'status', 'is_search_excluded']],
  ['establishments', ['company', 'status', 'prefecture_code']],
  ['establishments', ['prefecture_code', 'kind', 'status', 'company']],
  ['visits', ['company']],
  ['business_cards', ['company']],
];

const nameOf = (table, columns) => `yuchi_${table}_${columns.map((c) => c.replace(/^-(.*)$/, '$1_desc')).join('_')}_idx`;
const columnList = (columns) => columns.map((c) => (c.startsWith('-') ? `"${c.slice(1)}" DESC` : `"${c}"`)).join(', ');

// Every 2-character piece of a text, leaving out pieces across the '|' that separates the parts of search_name.
// PL/pgSQL rather than one SQL statement: building the name index over 1,000,000 companies took 11.9 s instead of
// 14.5 s (the same pieces, so an index built with the earlier body stays valid when start replaces it).
const BIGRAMS_FUNCTION = `
CREATE OR REPLACE FUNCTION yuchi_bigrams(value text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  pieces text[] := '{}';
  piece text;
BEGIN
  FOR i IN 1 .. char_length(value) - 1 LOOP
    piece := substr(value, i, 2);
    IF strpos(piece, '|') = 0 THEN
      pieces := pieces || piece;
    END IF;
  END LOOP;
  RETURN pieces;
END
$$`;

// [table, column, compared in lower case] — as bigram-search.service.ts BIGRAM_COLUMNS.
const BIGRAM = [
  ['companies', 'search_name', false],
  ['companies', 'business_summary', true],
  ['companies', 'representative_name', true],
  ['officers', 'name', true],
  ['officers', 'name_kana', true],
  ['establishments', 'name', true],
];

const isPostgres = (knex) => ['pg', 'postgres', 'postgresql'].includes(String(knex.client.config.client));

async function postgresSearchIndexes(knex) {
  await knex.raw(BIGRAMS_FUNCTION);
  const analyse = new Set();
  for (const [table, column, lower] of BIGRAM) {
    const name = `yuchi_${table}_${column}_bigram_idx`;
    if (!(await knex.schema.hasTable(table)) || (await knex.raw('SELECT to_regclass(?) AS found', [name])).rows[0].found) continue;
    const expression = lower ? `LOWER("${column}")` : `"${column}"`;
    await knex.raw(`CREATE INDEX IF NOT EXISTS "${name}" ON "${table}" USING gin (yuchi_bigrams(${expression}))`);
    analyse.add(table);
  }
  // The planner estimates `@>` from statistics on the indexed expression, which only ANALYZE gathers; without them
  // it guesses, and a wrong guess can turn a search into nested loops over thousands of rows.
  for (const table of analyse) await knex.raw(`ANALYZE "${table}"`);
}

export async function up(knex) {
  if (!(await knex.schema.hasTable('companies'))) return;
  if (isPostgres(knex)) await postgresSearchIndexes(knex);
  for (const [table, columns] of BTREE) {
    if (!(await knex.schema.hasTable(table))) continue;
    await knex.raw(`CREATE INDEX IF NOT EXISTS "${nameOf(table, columns)}" ON "${table}" (${columnList(columns)})`);
  }
}

export async function down(knex) {
  for (const [table, columns] of BTREE) await knex.raw(`DROP INDEX IF EXISTS "${nameOf(table, columns)}"`);
  if (!isPostgres(knex)) return;
  for (const [table, column] of BIGRAM) await knex.raw(`DROP INDEX IF EXISTS "yuchi_${table}_${column}_bigram_idx"`);
  await knex.raw('DROP FUNCTION IF EXISTS yuchi_bigrams(text)');
}
