// A bulk import clears Directus's shared data cache, so the API never serves rows from before the import.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readItems } from '@directus/sdk';
import { describe, expect, inject, test } from 'vitest';
import { makeCorporateNumber } from '../../extensions/yuchi/src/domain/corporate-number.validator.ts';
import { launchToEnd } from '../support/launcher-process.ts';
import { redisAvailable, redisUrl } from '../support/redis.ts';
import { suiteEnv, useDirectus } from '../support/suite-directus.ts';

const hasRedis = await redisAvailable();
if (!hasRedis) console.warn(`[import-cache] skipped: Redis does not answer at ${redisUrl()}`);

describe.skipIf(!hasRedis)('an import with the Redis data cache on', () => {
  const cache = { CACHE_ENABLED: 'true', CACHE_STORE: 'redis', REDIS: redisUrl(), CACHE_NAMESPACE: `yuchi-test-${process.pid}-${Date.now()}`, CACHE_AUTO_PURGE: 'false', CACHE_TTL: '1h' };
  const dx = useDirectus('sqlite', cache);

  test('is seen through the API at once, not a cached answer from before it', async () => {
    const number = makeCorporateNumber('860000000001');
    const staff = await dx.as('staff1');
    const query = readItems('companies' as never, { filter: { corporate_number: { _eq: number } }, fields: ['name'] } as never);
    expect(await staff.request(query)).toEqual([]);
    expect(await staff.request(query)).toEqual([]);

    const f = Array<string>(30).fill('');
    Object.assign(f, { 0: '1', 1: number, 2: '01', 3: '0', 4: '2026-11-01', 6: '株式会社キャッシュ確認', 8: '301', 23: '1', 29: '0' });
    const file = join(inject('templates').tmpDir, 'cache.csv');
    writeFileSync(file, f.map((x) => `"${x}"`).join(',') + '\r\n');
    const r = await launchToEnd('cli', ['import', 'nta', file], suiteEnv(dx.db, cache));
    expect(r.code, r.output).toBe(0);

    expect(await staff.request(query)).toEqual([{ name: '株式会社キャッシュ確認' }]);
  });
});
