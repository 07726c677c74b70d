// POST /yuchi/risk-findings/:id/review {decision, note} — confirm or dismiss a finding with a reason.
// POST /yuchi/risk-candidates/:id/link {company, note?} — link a parked row to a company (creates the finding).
// POST /yuchi/risk-candidates/:id/discard {note} — discard a parked row.
// Errors: YUCHI_RISK_REVIEW_INVALID 400, YUCHI_RISK_REVIEW_FORBIDDEN 403, YUCHI_RISK_CANDIDATE_CLOSED 409.
import type { EndpointExtensionContext } from '@directus/extensions';
import type { Router } from 'express';
import { readDiscardRequest, readLinkRequest, readReviewRequest, type Read } from '../domain/risk-review.request.ts';
import { asyncRoute, type DirectusRequest } from '../shared/directus-request.ts';
import { RiskReviewForbiddenError, RiskReviewInvalidError } from '../shared/errors.ts';
import { discardCandidate, linkCandidate, reviewFinding } from './risk-review.service.ts';

function valueOf<T>(read: Read<T>): T {
  if (!read.ok) throw new RiskReviewInvalidError({ reason: read.reason });
  return read.value;
}

async function reviewContext(req: DirectusRequest, context: EndpointExtensionContext) {
  // Over HTTP there is always a caller; no accountability would mean system rights.
  if (!req.accountability?.user && !req.accountability?.admin) throw new RiskReviewForbiddenError();
  return { context, schema: req.schema ?? (await context.getSchema()), accountability: req.accountability };
}

export function registerRiskReviewRoutes(router: Router, context: EndpointExtensionContext): void {
  router.post(
    '/risk-findings/:id(\\d+)/review',
    asyncRoute(async (req, res) => {
      const review = await reviewContext(req, context);
      const body = valueOf(readReviewRequest(req.body));
      res.json({ data: await reviewFinding(review, { id: Number(req.params['id']), ...body }) });
    }),
  );
  router.post(
    '/risk-candidates/:id(\\d+)/link',
    asyncRoute(async (req, res) => {
      const review = await reviewContext(req, context);
      const body = valueOf(readLinkRequest(req.body));
      res.json({ data: await linkCandidate(review, { id: Number(req.params['id']), ...body }) });
    }),
  );
  router.post(
    '/risk-candidates/:id(\\d+)/discard',
    asyncRoute(async (req, res) => {
      const review = await reviewContext(req, context);
      const body = valueOf(readDiscardRequest(req.body));
      res.json({ data: await discardCandidate(review, { id: Number(req.params['id']), ...body }) });
    }),
  );
}
