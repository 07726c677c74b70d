// A change to risk_findings recomputes its company's risk columns as soon as the change is saved: the filters note
// which companies the rows belonged to before (an update may move a finding, a delete leaves nothing to read), the
// actions recompute those and the rows' companies now.
import { defineHook } from '@directus/extensions-sdk';
import { FindingsChangeTracker } from './risk-findings.tracker.ts';

export default defineHook(({ filter, action }, context) => {
  const tracker = new FindingsChangeTracker(context);
  filter('risk_findings.items.update', (payload, { keys }, { database }) => tracker.rememberCompanies(payload, keys as unknown[], database));
  filter('risk_findings.items.delete', (keys, _meta, { database }) => tracker.rememberCompanies(keys, keys as unknown[], database));
  action('risk_findings.items.create', ({ key }, { schema }) => tracker.recompute([key], schema));
  action('risk_findings.items.update', ({ keys }, { schema }) => tracker.recompute(keys as unknown[], schema));
  action('risk_findings.items.delete', ({ keys }, { schema }) => tracker.recompute(keys as unknown[], schema));
});
