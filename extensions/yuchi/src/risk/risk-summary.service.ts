// Keeps companies' risk columns (risk_level, risk_antisocial …) equal to summarizeRiskLevels over their findings:
// for the companies a change touched (the risk_findings hook, bulk imports), for those whose findings expired
// yesterday (the daily schedule) and for every company (`npm run yuchi -- risk recompute`). Raw knex in batches,
// so a bulk import of many findings costs a few queries per batch, not per row.
import type { Knex } from 'knex';
import { RISK_CATEGORIES, RISK_LEVEL_COLUMNS } from '../domain/risk-category.labels.ts';
import { summarizeRiskLevels, type CompanyRiskLevels, type FindingForLevel } from '../domain/risk-level.summarizer.ts';
import { tokyoDay } from '../domain/tokyo-day.ts';

export const RISK_SUMMARY_BATCH = 500;
export const RISK_LEVEL_FIELDS = ['risk_level', ...RISK_CATEGORIES.map((c) => RISK_LEVEL_COLUMNS[c])] as (keyof CompanyRiskLevels)[];

export interface RecomputeOutcome {
  /** companies whose levels were computed */
  companies: number;
  /** of those, companies whose stored levels changed */
  changed: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

// How a date column comes back: text (PostgreSQL through Directus), a Date at local midnight (a driver's own
// parsing), or, on SQLite, where Directus writes a date as the Date of its local midnight, epoch milliseconds.
export function dayOf(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return localDay(value);
  if (typeof value === 'number' || /^-?\d+$/.test(String(value))) return localDay(new Date(Number(value)));
  return String(value).slice(0, 10);
}

/** The ways a day may be stored in a date column on this database (see dayOf). */
function storedForms(knex: Knex, day: string): (string | number)[] {
  const client = String((knex.client as { config?: { client?: unknown } }).config?.client ?? '');
  if (!client.includes('sqlite')) return [day];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [day, new Date(y, m - 1, d).getTime()];
}

const same = (stored: Record<string, unknown>, levels: CompanyRiskLevels) => RISK_LEVEL_FIELDS.every((f) => stored[f] !== null && stored[f] !== undefined && Number(stored[f]) === levels[f]);

async function recomputeBatch(knex: Knex, ids: number[], today: string): Promise<number> {
  return knex.transaction(async (trx) => {
    const findings = (await trx('risk_findings').whereIn('company', ids).select('company', 'category', 'severity', 'status', 'expires_on')) as (FindingForLevel & { company: number })[];
    const stored = (await trx('companies').whereIn('id', ids).select('id', ...RISK_LEVEL_FIELDS)) as (Record<string, unknown> & { id: number })[];
    const byCompany = new Map<number, FindingForLevel[]>();
    for (const f of findings) {
      const list = byCompany.get(Number(f.company)) ?? [];
      list.push({ category: f.category, severity: Number(f.severity), status: f.status, expires_on: dayOf(f.expires_on) });
      byCompany.set(Number(f.company), list);
    }
    // Companies that end up with the same six levels are written with one UPDATE.
    const writes = new Map<string, { levels: CompanyRiskLevels; ids: number[] }>();
    for (const row of stored) {
      const levels = summarizeRiskLevels(byCompany.get(Number(row.id)) ?? [], today);
      if (same(row, levels)) continue;
      const key = JSON.stringify(levels);
      const write = writes.get(key) ?? { levels, ids: [] };
      write.ids.push(Number(row.id));
      writes.set(key, write);
    }
    let changed = 0;
    for (const { levels, ids: group } of writes.values()) {
      await trx('companies').whereIn('id', group).update(levels);
      changed += group.length;
    }
    return changed;
  });
}

/** Recomputes the given companies (ids that are not companies are ignored). */
export async function recomputeRiskLevels(
  knex: Knex,
  companyIds: Iterable<number>,
  { today = tokyoDay(), batchSize = RISK_SUMMARY_BATCH }: { today?: string; batchSize?: number } = {},
): Promise<RecomputeOutcome> {
  const ids = [...new Set([...companyIds].map(Number).filter((id) => Number.isInteger(id) && id > 0))].sort((a, b) => a - b);
  let changed = 0;
  for (let i = 0; i < ids.length; i += batchSize) changed += await recomputeBatch(knex, ids.slice(i, i + batchSize), today);
  return { companies: ids.length, changed };
}

/**
 * Every company that has findings or a stored level above 0 (a company with neither is already right: a level
 * not yet computed counts as 0 everywhere).
 */
export async function recomputeAllRiskLevels(knex: Knex, options: { today?: string; batchSize?: number } = {}): Promise<RecomputeOutcome> {
  const withFindings = (await knex('risk_findings').whereNotNull('company').distinct('company')) as { company: number }[];
  const withLevels = (await knex('companies')
    .where((q) => {
      for (const field of RISK_LEVEL_FIELDS) q.orWhere(field, '>', 0);
    })
    .select('id')) as { id: number }[];
  return recomputeRiskLevels(knex, [...withFindings.map((r) => r.company), ...withLevels.map((r) => r.id)], options);
}

/** The companies with a finding whose last day was yesterday (Asia/Tokyo): from today it no longer counts. */
export async function recomputeExpiredRiskLevels(knex: Knex, { today = tokyoDay(), batchSize = RISK_SUMMARY_BATCH }: { today?: string; batchSize?: number } = {}): Promise<RecomputeOutcome & { day: string }> {
  const day = previousDay(today);
  const rows = (await knex('risk_findings').whereIn('expires_on', storedForms(knex, day)).whereNotNull('company').distinct('company')) as { company: number }[];
  return { day, ...(await recomputeRiskLevels(knex, rows.map((r) => r.company), { today, batchSize })) };
}

export function previousDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
