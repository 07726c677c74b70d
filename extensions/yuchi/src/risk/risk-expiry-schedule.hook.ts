// Every day, recompute the companies whose findings expired yesterday (Asia/Tokyo): from today those findings no
// longer count (YUCHI_RISK_EXPIRY_SCHEDULE, cron with seconds, server time; "off" leaves it to
// `npm run yuchi -- risk recompute`).
import { defineHook } from '@directus/extensions-sdk';
import { clearDataCache } from '../shared/data-cache.ts';
import { recomputeExpiredRiskLevels } from './risk-summary.service.ts';

const DEFAULT_RISK_EXPIRY_SCHEDULE = '0 10 0 * * *';

export default defineHook(({ schedule }, context) => {
  const cron = String(context.env['YUCHI_RISK_EXPIRY_SCHEDULE'] ?? DEFAULT_RISK_EXPIRY_SCHEDULE);
  if (cron === 'off') return;
  schedule(cron, async () => {
    try {
      const o = await recomputeExpiredRiskLevels(context.database);
      if (o.changed > 0) await clearDataCache(context, await context.getSchema({ database: context.database }));
      context.logger.info(`[yuchi] risk levels after findings expired on ${o.day}: ${o.companies} companies recomputed, ${o.changed} changed`);
    } catch (error) {
      context.logger.error(`[yuchi] risk levels after expired findings not recomputed: ${(error as Error).message}`);
    }
  });
});
