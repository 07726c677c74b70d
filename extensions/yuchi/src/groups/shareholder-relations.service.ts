// Capital relations from gBizINFO's major shareholders (companies.major_shareholders, filled by 最新情報を取得 and
// `sync gbizinfo`): each shareholder is looked up by its normalised name among registered companies (the head
// office breaks ties) and kept as a relation of source 'gbizinfo' with its confidence. A sure match is 確認済み; a
// doubtful one is 確認待ち until a データ管理者 confirms it, and a decision already made is kept. A shareholder that
// is no longer listed ends its relation (valid_to), never deletes it.
import type { Knex } from 'knex';
import { AUTO_CONFIRM, relationKindOf, scoreShareholderMatch, shareholderKey, type ShareholderMatch } from '../domain/shareholder-match.scorer.ts';
import { tokyoDay } from '../domain/tokyo-day.ts';

export const SHAREHOLDER_SOURCE = 'gbizinfo';
const PAGE = 500;

export interface ShareholderOutcome {
  companies: number;
  confirmed: number;
  pending: number;
  unmatched: number;
  ended: number;
}

interface CompanyRow {
  id: number;
  prefecture_code: string | null;
  address: string | null;
  major_shareholders: unknown;
}

interface Holder {
  name: string;
  ratio: number | null;
}

function holdersOf(value: unknown): Holder[] {
  const list = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  if (!Array.isArray(list)) return [];
  return list.flatMap((h: { name?: unknown; ratio?: unknown }) => (typeof h?.name === 'string' ? [{ name: h.name, ratio: typeof h.ratio === 'number' ? h.ratio : null }] : []));
}

async function candidatesFor(knex: Knex, key: string, child: number) {
  const rows = (await knex('companies')
    .select('id', 'status', 'prefecture_code', 'address')
    .where((q) => q.where('search_name', key).orWhere('search_name', 'like', `${key}|%`))
    .whereNot('id', child)
    .limit(20)) as { id: number; status: string | null; prefecture_code: string | null; address: string | null }[];
  return rows.map((r) => ({ id: Number(r.id), status: r.status, prefectureCode: r.prefecture_code, address: r.address }));
}

async function resolveCompany(knex: Knex, company: CompanyRow, outcome: ShareholderOutcome): Promise<void> {
  const matches = new Map<number, ShareholderMatch & { ratio: number | null }>();
  for (const holder of holdersOf(company.major_shareholders)) {
    const key = shareholderKey(holder.name);
    const match = key === '' ? null : scoreShareholderMatch({ candidates: await candidatesFor(knex, key, company.id), child: { prefectureCode: company.prefecture_code, address: company.address } });
    if (!match) {
      outcome.unmatched++;
      continue;
    }
    const held = matches.get(match.company);
    // One company listed twice (two accounts): one relation with the ratios added up.
    const ratio = held && held.ratio !== null && holder.ratio !== null ? held.ratio + holder.ratio : (holder.ratio ?? held?.ratio ?? null);
    matches.set(match.company, { ...match, confidence: Math.max(match.confidence, held?.confidence ?? 0), ratio: ratio === null ? null : Math.min(100, Math.round(ratio * 100) / 100) });
  }
  const stored = (await knex('company_relations').select('id', 'parent', 'review_status', 'valid_to').where({ child: company.id, source: SHAREHOLDER_SOURCE })) as {
    id: number;
    parent: number;
    review_status: string | null;
    valid_to: string | null;
  }[];
  const byParent = new Map(stored.map((r) => [Number(r.parent), r]));
  const now = new Date();
  for (const [parent, match] of matches) {
    const computed = match.confidence >= AUTO_CONFIRM ? 'confirmed' : 'pending';
    const values = { kind: relationKindOf(match.ratio), voting_rights_ratio: match.ratio, confidence: match.confidence, valid_to: null };
    const held = byParent.get(parent);
    // A データ管理者's decision (confirmed or rejected) stands; only a waiting match is re-scored.
    const status = held && held.review_status !== 'pending' && held.review_status !== null ? held.review_status : computed;
    if (held) await knex('company_relations').where({ id: held.id }).update({ ...values, review_status: status, date_updated: now });
    else await knex('company_relations').insert({ parent, child: company.id, source: SHAREHOLDER_SOURCE, ...values, review_status: status, date_created: now });
    if (status === 'confirmed') outcome.confirmed++;
    else if (status === 'pending') outcome.pending++;
  }
  const gone = stored.filter((r) => r.valid_to === null && !matches.has(Number(r.parent))).map((r) => r.id);
  if (gone.length) {
    await knex('company_relations').whereIn('id', gone).update({ valid_to: tokyoDay(), date_updated: now });
    outcome.ended += gone.length;
  }
}

/** Resolves the major shareholders of every company that has them (or of the given companies). */
export async function resolveShareholders(knex: Knex, { companyIds }: { companyIds?: readonly number[] } = {}): Promise<ShareholderOutcome> {
  const outcome: ShareholderOutcome = { companies: 0, confirmed: 0, pending: 0, unmatched: 0, ended: 0 };
  let after = 0;
  for (;;) {
    const query = knex('companies').select('id', 'prefecture_code', 'address', 'major_shareholders').whereNotNull('major_shareholders').where('id', '>', after).orderBy('id').limit(PAGE);
    if (companyIds) query.whereIn('id', [...companyIds]);
    const page = (await query) as CompanyRow[];
    if (!page.length) return outcome;
    for (const company of page) {
      await knex.transaction((trx) => resolveCompany(trx, { ...company, id: Number(company.id) }, outcome));
      outcome.companies++;
    }
    after = Number(page[page.length - 1]!.id);
  }
}
