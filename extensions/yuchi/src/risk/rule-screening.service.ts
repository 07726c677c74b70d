// 実在性 and 財務 findings from what Yuchi itself holds of a company: the registry state (existence-risk.rules) and the
// figures (financial-risk.rules, default rule documents). Each rule that fires is one finding with the source_key
// `rule:<category>:<company>:<rule>`: screening again updates it instead of adding one, a finding a データ管理者
// dismissed stays dismissed, and a finding whose rule no longer fires is closed by ending it yesterday (expires_on),
// so it stops counting but stays on record. Raw knex in batches; the touched companies' levels are recomputed.
import type { Knex } from 'knex';
import { evaluateExistence } from '../domain/existence-risk.rules.ts';
import { evaluateFinancialRules } from '../domain/financial-risk.rules.ts';
import type { RiskFindingDraft } from '../domain/risk-category.labels.ts';
import { tokyoDay } from '../domain/tokyo-day.ts';
import { dayOf, previousDay, recomputeRiskLevels } from './risk-summary.service.ts';

export type ScreenedCategory = 'existence' | 'financial';
export const SCREENED_CATEGORIES: readonly ScreenedCategory[] = ['existence', 'financial'];
export const RULE_SOURCE = 'yuchi_rules';

const BATCH = 500;
const PAGE = 2000;

export interface ScreeningOutcome {
  companies: number;
  inserted: number;
  updated: number;
  closed: number;
}

interface CompanyState {
  id: number;
  corporate_number: string;
  source: string | null;
  status: string | null;
  close_reason: string | null;
  closed_on: unknown;
  successor_corporate_number: string | null;
  is_search_excluded: unknown;
  profit_upper_yen: unknown;
  capital_yen: unknown;
  capital_upper_yen: unknown;
}

interface StoredFinding {
  id: number;
  source_key: string;
  severity: number;
  title: string;
  detail: string | null;
  status: string;
  expires_on: unknown;
}

const keyPrefix = (category: ScreenedCategory, company: number) => `rule:${category}:${company}:`;
const numberOrNull = (value: unknown) => (value === null || value === undefined || value === '' ? null : Number(value));

function draftsOf(company: CompanyState, deleted: boolean, categories: readonly ScreenedCategory[]): RiskFindingDraft[] {
  const drafts: RiskFindingDraft[] = [];
  if (categories.includes('existence')) {
    drafts.push(
      ...evaluateExistence({
        corporateNumber: company.corporate_number,
        source: company.source,
        status: company.status,
        closeReason: company.close_reason,
        closedOn: dayOf(company.closed_on),
        successorCorporateNumber: company.successor_corporate_number,
        isSearchExcluded: company.is_search_excluded === true || Number(company.is_search_excluded) === 1,
        deleted,
      }),
    );
  }
  if (categories.includes('financial')) {
    drafts.push(
      ...evaluateFinancialRules({
        figures: { profitUpperYen: numberOrNull(company.profit_upper_yen), capitalYen: numberOrNull(company.capital_yen), capitalUpperYen: numberOrNull(company.capital_upper_yen) },
      }),
    );
  }
  return drafts;
}

async function screenBatch(knex: Knex, ids: number[], categories: readonly ScreenedCategory[], today: string, outcome: ScreeningOutcome): Promise<void> {
  const yesterday = previousDay(today);
  await knex.transaction(async (trx) => {
    const companies = (await trx('companies')
      .whereIn('id', ids)
      .select('id', 'corporate_number', 'source', 'status', 'close_reason', 'closed_on', 'successor_corporate_number', 'is_search_excluded', 'profit_upper_yen', 'capital_yen', 'capital_upper_yen')) as CompanyState[];
    const deleted = new Set(((await trx('company_history').whereIn('company', ids).where({ kind: 'deleted' }).distinct('company')) as { company: number }[]).map((r) => Number(r.company)));
    const stored = new Map<string, StoredFinding>();
    for (const row of (await trx('risk_findings')
      .whereIn('company', ids)
      .whereIn('category', [...categories])
      .where('source_key', 'like', 'rule:%')
      .select('id', 'source_key', 'severity', 'title', 'detail', 'status', 'expires_on')) as StoredFinding[]) {
      stored.set(row.source_key, row);
    }
    const fired = new Set<string>();
    const now = new Date();
    const inserts: Record<string, unknown>[] = [];
    for (const company of companies) {
      const id = Number(company.id);
      for (const draft of draftsOf(company, deleted.has(id), categories)) {
        const key = `${keyPrefix(draft.category as ScreenedCategory, id)}${draft.rule}`;
        fired.add(key);
        const held = stored.get(key);
        if (!held) {
          inserts.push({ company: id, category: draft.category, severity: draft.severity, title: draft.title, detail: draft.detail, source: RULE_SOURCE, observed_on: today, status: 'open', match_confidence: 1, evidence: JSON.stringify({ rule: draft.rule }), source_key: key, date_created: now });
          continue;
        }
        if (held.status === 'dismissed') continue;
        const closedBefore = dayOf(held.expires_on) !== null && dayOf(held.expires_on)! < today;
        if (!closedBefore && Number(held.severity) === draft.severity && held.title === draft.title && held.detail === draft.detail) continue;
        await trx('risk_findings').where({ id: held.id }).update({ severity: draft.severity, title: draft.title, detail: draft.detail, expires_on: null, observed_on: today, date_updated: now });
        outcome.updated++;
      }
    }
    for (let i = 0; i < inserts.length; i += BATCH) await trx('risk_findings').insert(inserts.slice(i, i + BATCH));
    outcome.inserted += inserts.length;
    const gone = [...stored.values()].filter((f) => !fired.has(f.source_key) && f.status !== 'dismissed' && (dayOf(f.expires_on) === null || dayOf(f.expires_on)! >= today));
    for (let i = 0; i < gone.length; i += BATCH) await trx('risk_findings').whereIn('id', gone.slice(i, i + BATCH).map((f) => f.id)).update({ expires_on: yesterday, date_updated: now });
    outcome.closed += gone.length;
  });
}

/** Screens the given companies (ids that are not companies are ignored) and recomputes their levels. */
export async function screenCompanies(
  knex: Knex,
  companyIds: Iterable<number>,
  { categories = SCREENED_CATEGORIES, today = tokyoDay() }: { categories?: readonly ScreenedCategory[]; today?: string } = {},
): Promise<ScreeningOutcome> {
  const ids = [...new Set([...companyIds].map(Number).filter((id) => Number.isInteger(id) && id > 0))].sort((a, b) => a - b);
  const outcome: ScreeningOutcome = { companies: ids.length, inserted: 0, updated: 0, closed: 0 };
  for (let i = 0; i < ids.length; i += BATCH) await screenBatch(knex, ids.slice(i, i + BATCH), categories, today, outcome);
  await recomputeRiskLevels(knex, ids, { today });
  return outcome;
}

/** Every company, page by page (`npm run yuchi -- risk screen`). */
export async function screenAllCompanies(knex: Knex, options: { categories?: readonly ScreenedCategory[]; today?: string } = {}): Promise<ScreeningOutcome> {
  const total: ScreeningOutcome = { companies: 0, inserted: 0, updated: 0, closed: 0 };
  let after = 0;
  for (;;) {
    const page = ((await knex('companies').where('id', '>', after).orderBy('id').limit(PAGE).select('id')) as { id: number }[]).map((r) => Number(r.id));
    if (!page.length) return total;
    const o = await screenCompanies(knex, page, options);
    total.companies += o.companies;
    total.inserted += o.inserted;
    total.updated += o.updated;
    total.closed += o.closed;
    after = page[page.length - 1]!;
  }
}

/** The members of every 抽出リスト (what the daily schedule screens). */
export async function screenTargetListMembers(knex: Knex, options: { categories?: readonly ScreenedCategory[]; today?: string } = {}): Promise<ScreeningOutcome> {
  const members = ((await knex('target_list_companies').whereNotNull('company').distinct('company')) as { company: number }[]).map((r) => Number(r.company));
  return screenCompanies(knex, members, options);
}
