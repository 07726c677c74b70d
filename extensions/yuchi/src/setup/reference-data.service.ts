// Loads the code tables (JSIC industries, municipalities) from seed/data into their collections, inserting the
// codes that are missing. Parents go in before children so foreign keys hold on every database.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { parseIndustriesCsv, parseMunicipalitiesCsv } from '../../../../seed/demo/code-tables.ts';

const INDUSTRY_LEVELS = ['section', 'division', 'group', 'class'];

async function insertMissing(knex: Knex, table: string, key: string, rows: Record<string, unknown>[]): Promise<number> {
  const existing = new Set((await knex(table).select(key)).map((r: Record<string, unknown>) => String(r[key])));
  const missing = rows.filter((r) => !existing.has(String(r[key])));
  if (missing.length) await knex.batchInsert(table, missing, 200);
  return missing.length;
}

export async function loadReferenceData(knex: Knex, seedDir: string): Promise<{ industries: number; municipalities: number }> {
  const industries = parseIndustriesCsv(await readFile(join(seedDir, 'data/jsic.csv'), 'utf8'));
  const municipalities = parseMunicipalitiesCsv(await readFile(join(seedDir, 'data/municipalities.csv'), 'utf8'));
  let industryCount = 0;
  for (const level of INDUSTRY_LEVELS) {
    const rows = industries.filter((i) => i.level === level).map((i) => ({ code: i.code, level: i.level, name: i.name, parent: i.parentCode || null }));
    industryCount += await insertMissing(knex, 'industries', 'code', rows);
  }
  const toRow = (m: (typeof municipalities)[number]) => ({
    code: m.code5,
    code6: m.code6,
    kind: m.kind,
    prefecture_code: m.prefectureCode,
    prefecture_name: m.prefectureName,
    prefecture_name_kana: m.prefectureNameKana,
    city_name: m.cityName || null,
    city_name_kana: m.cityNameKana || null,
    parent: m.parentCode5 || null,
  });
  const municipalityCount =
    (await insertMissing(knex, 'municipalities', 'code', municipalities.filter((m) => m.kind !== 'ward').map(toRow))) +
    (await insertMissing(knex, 'municipalities', 'code', municipalities.filter((m) => m.kind === 'ward').map(toRow)));
  return { industries: industryCount, municipalities: municipalityCount };
}
