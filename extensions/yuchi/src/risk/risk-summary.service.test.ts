import knexFactory, { type Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { dayOf, previousDay, recomputeAllRiskLevels, recomputeExpiredRiskLevels, recomputeRiskLevels } from './risk-summary.service.ts';

const LEVELS = ['risk_level', 'risk_antisocial', 'risk_financial', 'risk_sanction', 'risk_existence', 'risk_reputation'];
const TODAY = '2026-12-04';

let knex: Knex;

beforeEach(async () => {
  knex = knexFactory({ client: 'sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
  await knex.schema.createTable('companies', (t) => {
    t.increments('id');
    for (const level of LEVELS) t.integer(level).nullable();
  });
  await knex.schema.createTable('risk_findings', (t) => {
    t.increments('id');
    t.integer('company');
    t.string('category');
    t.integer('severity');
    t.string('status');
    t.date('expires_on').nullable();
  });
  await knex('companies').insert([{ id: 1 }, { id: 2 }, { id: 3, risk_level: 2, risk_financial: 2 }, { id: 4 }]);
});

afterEach(async () => {
  await knex.destroy();
});

const levelsOf = async (id: number) => knex('companies').where({ id }).first(...LEVELS);

describe('recomputing risk levels', () => {
  test('writes the highest severity in force per category and overall, in batches', async () => {
    await knex('risk_findings').insert([
      { company: 1, category: 'sanction', severity: 2, status: 'confirmed' },
      { company: 1, category: 'reputation', severity: 1, status: 'open', expires_on: TODAY },
      { company: 1, category: 'antisocial', severity: 3, status: 'dismissed' },
      { company: 2, category: 'existence', severity: 3, status: 'open', expires_on: '2026-12-03' },
    ]);
    expect(await recomputeRiskLevels(knex, [2, 1, 1, 99], { today: TODAY, batchSize: 1 })).toEqual({ companies: 3, changed: 2 });
    expect(await levelsOf(1)).toEqual({ risk_level: 2, risk_antisocial: 0, risk_financial: 0, risk_sanction: 2, risk_existence: 0, risk_reputation: 1 });
    expect(await levelsOf(2)).toEqual({ risk_level: 0, risk_antisocial: 0, risk_financial: 0, risk_sanction: 0, risk_existence: 0, risk_reputation: 0 });
  });

  test('reads dates the way Directus stores them on SQLite (epoch milliseconds of local midnight)', async () => {
    const midnight = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();
    await knex('risk_findings').insert([
      { company: 1, category: 'sanction', severity: 3, status: 'confirmed', expires_on: midnight(2026, 12, 4) },
      { company: 2, category: 'sanction', severity: 3, status: 'confirmed', expires_on: midnight(2026, 12, 3) },
    ]);
    await recomputeRiskLevels(knex, [1, 2], { today: TODAY });
    expect((await levelsOf(1))?.risk_sanction).toBe(3);
    expect((await levelsOf(2))?.risk_sanction).toBe(0);
    await knex('companies').where({ id: 2 }).update({ risk_level: 3, risk_sanction: 3 });
    expect(await recomputeExpiredRiskLevels(knex, { today: TODAY })).toMatchObject({ companies: 1, changed: 1 });
  });

  test('a second run changes nothing', async () => {
    await knex('risk_findings').insert({ company: 1, category: 'financial', severity: 1, status: 'open' });
    await recomputeRiskLevels(knex, [1], { today: TODAY });
    expect(await recomputeRiskLevels(knex, [1], { today: TODAY })).toEqual({ companies: 1, changed: 0 });
  });

  test('the full recompute covers companies with findings and those with a stale level, and leaves the rest alone', async () => {
    await knex('risk_findings').insert({ company: 1, category: 'financial', severity: 1, status: 'open' });
    expect(await recomputeAllRiskLevels(knex, { today: TODAY })).toEqual({ companies: 2, changed: 2 });
    expect((await levelsOf(3))?.risk_level).toBe(0);
    expect((await levelsOf(4))?.risk_level).toBeNull();
  });

  test('the expiry run recomputes only companies whose finding had its last day yesterday', async () => {
    await knex('risk_findings').insert([
      { company: 1, category: 'sanction', severity: 3, status: 'confirmed', expires_on: '2026-12-03' },
      { company: 2, category: 'sanction', severity: 3, status: 'confirmed', expires_on: '2026-12-01' },
    ]);
    await knex('companies').whereIn('id', [1, 2]).update({ risk_level: 3, risk_sanction: 3 });
    expect(await recomputeExpiredRiskLevels(knex, { today: TODAY })).toEqual({ day: '2026-12-03', companies: 1, changed: 1 });
    expect((await levelsOf(1))?.risk_sanction).toBe(0);
    expect((await levelsOf(2))?.risk_sanction).toBe(3);
  });
});

test.each([
  ['2026-12-04', '2026-12-03'],
  ['2026-03-01', '2026-02-28'],
  ['2024-03-01', '2024-02-29'],
  ['2027-01-01', '2026-12-31'],
])('the day before %s is %s', (day, before) => {
  expect(previousDay(day)).toBe(before);
});

test.each<[unknown, string | null]>([
  ['2026-12-04', '2026-12-04'],
  ['2026-12-04T00:00:00', '2026-12-04'],
  [new Date(2026, 11, 4), '2026-12-04'],
  [new Date(2026, 11, 4).getTime(), '2026-12-04'],
  [String(new Date(2026, 11, 4).getTime()), '2026-12-04'],
  [null, null],
  ['', null],
])('the stored date %j is the day %s', (stored, day) => {
  expect(dayOf(stored)).toBe(day);
});
