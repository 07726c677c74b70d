// Every day, re-screen the members of every 抽出リスト with the 実在性 and 財務 rules (YUCHI_RISK_SCREEN_SCHEDULE,
// cron with seconds, server time; "off" leaves it to `npm run yuchi -- risk screen`).
import { defineHook } from '@directus/extensions-sdk';
import { clearDataCache } from '../shared/data-cache.ts';
import { screenTargetListMembers } from './rule-screening.service.ts';

const DEFAULT_RISK_SCREEN_SCHEDULE = '0 40 2 * * *';

export default defineHook(({ schedule }, context) => {
  const cron = String(context.env['YUCHI_RISK_SCREEN_SCHEDULE'] ?? DEFAULT_RISK_SCREEN_SCHEDULE);
  if (cron === 'off') return;
  schedule(cron, async () => {
    try {
      const o = await screenTargetListMembers(context.database);
      if (o.inserted + o.updated + o.closed > 0) await clearDataCache(context, await context.getSchema({ database: context.database }));
      context.logger.info(`[yuchi] risk screening of target-list members: ${o.companies} companies, ${o.inserted} new, ${o.updated} updated, ${o.closed} closed findings`);
    } catch (error) {
      context.logger.error(`[yuchi] risk screening of target-list members failed: ${(error as Error).message}`);
    }
  });
});
