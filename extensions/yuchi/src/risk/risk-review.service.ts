// A データ管理者's decisions on risk information, made through the ItemsService with the caller's accountability so
// directus_activity and directus_revisions record who decided (and the risk_findings hook recomputes the levels):
// confirm or dismiss a finding with a reason; link a parked candidate to a company (the finding is created then)
// or discard it.
import type { EndpointExtensionContext } from '@directus/extensions';
import type { Accountability, SchemaOverview } from '@directus/types';
import { findingValues, type ProposedFinding } from '../domain/risk-import-record.mapper.ts';
import type { ReviewDecision } from '../domain/risk-review.request.ts';
import { hasCollectionPermissions } from '../security/collection-permission.service.ts';
import { RiskCandidateClosedError, RiskReviewForbiddenError } from '../shared/errors.ts';
import { recomputeRiskLevels } from './risk-summary.service.ts';

interface ReviewContext {
  context: Pick<EndpointExtensionContext, 'database' | 'services'>;
  schema: SchemaOverview;
  accountability: Accountability;
}

interface Items {
  readOne: (key: number, query?: Record<string, unknown>) => Promise<Record<string, unknown>>;
  createOne: (data: Record<string, unknown>) => Promise<number | string>;
  updateOne: (key: number, data: Record<string, unknown>) => Promise<number | string>;
}

const itemsOf = ({ context, schema, accountability }: ReviewContext, collection: string): Items =>
  new context.services.ItemsService(collection, { knex: context.database, schema, accountability }) as unknown as Items;

const parse = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

const FINDING_FIELDS = ['id', 'company', 'category', 'severity', 'title', 'status', 'match_confidence', 'review_note', 'reviewer', 'reviewed_at'];
const CANDIDATE_FIELDS = ['id', 'category', 'status', 'name', 'linked_company', 'review_note', 'reviewer', 'reviewed_at'];

async function assertMay(review: ReviewContext, rights: { collection: string; action: 'create' | 'read' | 'update' }[]): Promise<void> {
  if (!(await hasCollectionPermissions(review.context.database, review.accountability, rights))) throw new RiskReviewForbiddenError();
}

const decidedBy = (review: ReviewContext) => ({ reviewer: review.accountability.user ?? null, reviewed_at: new Date().toISOString() });

export async function reviewFinding(review: ReviewContext, { id, decision, note }: { id: number; decision: ReviewDecision; note: string }) {
  await assertMay(review, [{ collection: 'risk_findings', action: 'update' }]);
  const findings = itemsOf(review, 'risk_findings');
  await findings.updateOne(id, { status: decision, review_note: note, ...decidedBy(review) });
  const finding = await findings.readOne(id, { fields: FINDING_FIELDS });
  // The hook recomputes too, but after the answer; the caller's next read must already see the new levels.
  await recomputeRiskLevels(review.context.database, [Number(finding['company'])]);
  return finding;
}

async function pendingCandidate(review: ReviewContext, id: number): Promise<Record<string, unknown>> {
  const candidate = await itemsOf(review, 'risk_candidates').readOne(id, { fields: ['id', 'status', 'finding', 'candidates', 'source_key'] });
  const status = String(candidate['status']);
  if (status !== 'pending') throw new RiskCandidateClosedError({ status });
  return candidate;
}

export async function linkCandidate(review: ReviewContext, { id, company, note }: { id: number; company: number; note: string | null }) {
  await assertMay(review, [
    { collection: 'risk_candidates', action: 'update' },
    { collection: 'risk_findings', action: 'create' },
    { collection: 'companies', action: 'read' },
  ]);
  const candidate = await pendingCandidate(review, id);
  // Reading the company through the caller's rights: one they may not see (or that does not exist) is refused.
  await itemsOf(review, 'companies').readOne(company, { fields: ['id'] });
  const finding = parse(candidate['finding']) as ProposedFinding & { evidence: Record<string, unknown> };
  const ranked = (parse(candidate['candidates']) as { id: number; confidence: number }[] | null) ?? [];
  const values: Record<string, unknown> = {
    ...findingValues(finding, company),
    // The confidence the import gave this company, if it was among the candidates; a person chose it otherwise.
    match_confidence: ranked.find((c) => Number(c.id) === company)?.confidence ?? null,
    evidence: { ...finding.evidence, risk_candidate: id, linked_by: review.accountability.user ?? null },
    source_key: candidate['source_key'] ?? null,
  };
  // An empty value is left out rather than sent as null: Directus checks a field's pattern (source_url) on null too.
  const findingId = await itemsOf(review, 'risk_findings').createOne(Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined)));
  const candidates = itemsOf(review, 'risk_candidates');
  await candidates.updateOne(id, { status: 'linked', linked_company: company, review_note: note, ...decidedBy(review) });
  await recomputeRiskLevels(review.context.database, [company]);
  return { candidate: await candidates.readOne(id, { fields: CANDIDATE_FIELDS }), finding: await itemsOf(review, 'risk_findings').readOne(Number(findingId), { fields: FINDING_FIELDS }) };
}

export async function discardCandidate(review: ReviewContext, { id, note }: { id: number; note: string }) {
  await assertMay(review, [{ collection: 'risk_candidates', action: 'update' }]);
  await pendingCandidate(review, id);
  const candidates = itemsOf(review, 'risk_candidates');
  await candidates.updateOne(id, { status: 'discarded', review_note: note, ...decidedBy(review) });
  return candidates.readOne(id, { fields: CANDIDATE_FIELDS });
}
