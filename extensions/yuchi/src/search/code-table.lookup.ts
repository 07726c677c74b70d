// Expands codes the way a user means them: a 政令指定都市 includes its wards, and a JSIC code at any level
// includes every code below it. Code tables are reference data every user may read.
import type { Knex } from 'knex';

export async function citiesWithWards(knex: Knex, cities: readonly string[]): Promise<string[]> {
  if (cities.length === 0) return [];
  const wards = (await knex('municipalities').whereIn('parent', cities).select('code')).map((r: { code: string }) => r.code);
  return [...new Set([...cities, ...wards])];
}

export async function industriesBelow(knex: Knex, codes: readonly string[]): Promise<string[]> {
  const all = new Set(codes);
  let frontier = [...codes];
  // JSIC has four levels (大・中・小・細分類).
  for (let depth = 0; depth < 4 && frontier.length; depth++) {
    const children = (await knex('industries').whereIn('parent', frontier).select('code')).map((r: { code: string }) => r.code);
    frontier = children.filter((code) => !all.has(code));
    for (const code of frontier) all.add(code);
  }
  return [...all];
}
