// With YUCHI_GBIZINFO_TOKEN set, refresh target-list companies from gBizINFO every night (YUCHI_GBIZINFO_SCHEDULE,
// cron with seconds; "off" leaves it to `npm run yuchi -- sync gbizinfo`).
import { defineHook } from '@directus/extensions-sdk';
import { refreshTargetListCompanies } from './gbizinfo-batch.service.ts';

const DEFAULT_GBIZINFO_SCHEDULE = '0 0 2 * * *';

export default defineHook(({ schedule }, context) => {
  if (!context.env['YUCHI_GBIZINFO_TOKEN']) return;
  const cron = String(context.env['YUCHI_GBIZINFO_SCHEDULE'] ?? DEFAULT_GBIZINFO_SCHEDULE);
  if (cron === 'off') return;
  schedule(cron, async () => {
    try {
      const o = await refreshTargetListCompanies(context);
      const stopped = o.stoppedBy ? `; stopped early: [${o.stoppedBy.code}] ${o.stoppedBy.message}` : '';
      context.logger.info(`[yuchi] gBizINFO: ${o.selected} selected, ${o.refreshed} refreshed, ${o.changed} changed, ${o.conflicts} with kept values, ${o.notFound} not found, ${o.failed} failed${stopped}`);
    } catch (error) {
      context.logger.error(`[yuchi] gBizINFO refresh failed: ${(error as Error).message}`);
    }
  });
});
