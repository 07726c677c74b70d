// With YUCHI_NTA_APPLICATION_ID set, fetch and import yesterday's NTA diff every day (YUCHI_NTA_SYNC_CRON).
import { defineHook } from '@directus/extensions-sdk';
import { tokyoDay } from '../domain/tokyo-day.ts';
import { syncNtaDiff } from './nta-api-sync.service.ts';

export default defineHook(({ schedule }, context) => {
  if (!context.env['YUCHI_NTA_APPLICATION_ID']) return;
  schedule(String(context.env['YUCHI_NTA_SYNC_CRON'] ?? '0 30 6 * * *'), async () => {
    const day = tokyoDay(new Date(), 1);
    try {
      const outcome = await syncNtaDiff(context, { from: day, to: day });
      context.logger.info(`[yuchi] NTA diff ${day}: ${outcome.status}, ${outcome.read} read, ${outcome.inserted} inserted, ${outcome.updated} updated, ${outcome.rejected} rejected`);
    } catch (error) {
      context.logger.error(`[yuchi] NTA diff ${day} failed: ${(error as Error).message}`);
    }
  });
});
