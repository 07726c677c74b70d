// The newcomer's path: `npm start` on an empty database, Ctrl-C, and a second start that keeps everything.
import { aggregate, authentication, createDirectus, readItems, readPermissions, readSettings, rest } from '@directus/sdk';
import { describe, expect, onTestFinished, test } from 'vitest';
import demoUsers from '../../seed/demo/demo-users.json' with { type: 'json' };
import { freePort } from '../../scripts/lib/free-port.ts';
import { waitForPing } from '../../scripts/lib/directus-process.ts';
import { launch } from '../support/launcher-process.ts';
import { pgQuery, pgServerUrl, quoteIdent } from '../support/postgres.ts';
import { hasVendor, suiteEnv, VENDORS } from '../support/suite-directus.ts';
import { inject } from 'vitest';
import { join } from 'node:path';
import { POLICY_IDS } from '../../seed/access/ids.ts';
import type { DatabaseRef } from '../support/test-env.ts';

async function emptyDatabase(vendor: 'sqlite' | 'pg'): Promise<DatabaseRef> {
  const t = inject('templates');
  const suffix = Math.random().toString(36).slice(2, 8);
  if (vendor === 'sqlite') return { vendor, name: join(t.tmpDir, `start-${suffix}`, 'yuchi.db') };
  const name = `yuchi_t_${t.runId}_start_${suffix}`;
  await pgQuery(`CREATE DATABASE ${quoteIdent(name)}`);
  return { vendor, name, server: pgServerUrl() };
}

function client(url: string) {
  return createDirectus(url).with(authentication('json', { autoRefresh: false })).with(rest());
}

describe.each(VENDORS)('npm start on %s', (vendor) => {
  test.skipIf(!hasVendor(vendor))(
    'sets up a new database with demo data, stops on Ctrl-C, and a second start keeps every administrator change',
    async () => {
      const db = await emptyDatabase(vendor);
      const port = await freePort();
      const env = { ...suiteEnv(db, { YUCHI_DEMO_DATA: 'auto', PORT: String(port) }), PUBLIC_URL: `http://127.0.0.1:${port}` };
      const url = env['PUBLIC_URL']!;

      const t0 = Date.now();
      const step = (what: string) => console.log(`[start test ${vendor}] ${Math.round((Date.now() - t0) / 1000)} s: ${what}`);
      const launched: ReturnType<typeof launch>[] = [];
      onTestFinished(() => {
        for (const p of launched) if (p.child.exitCode === null) p.killAll('SIGKILL');
      });
      const first = launch('start', [], env);
      launched.push(first);
      await first.waitFor(`Yuchi is starting at ${url}`);
      for (const u of [demoUsers.admin, ...demoUsers.users]) expect(first.output()).toContain(u.email);
      await waitForPing(url);
      step('first start answers');

      const admin = client(url);
      await admin.login({ email: demoUsers.admin.email, password: demoUsers.admin.password });
      const settings = (await admin.request(readSettings())) as { default_language: string };
      expect(settings.default_language).toBe('ja-JP');

      const staff = client(url);
      const staffUser = demoUsers.users.find((u) => u.key === 'staff1')!;
      await staff.login({ email: staffUser.email, password: staffUser.password! });
      const [{ count }] = (await staff.request(aggregate('companies' as never, { aggregate: { count: '*' } } as never))) as unknown as [{ count: number | string }];
      expect(Number(count)).toBeGreaterThanOrEqual(3000);
      const niigata = (await staff.request(aggregate('companies' as never, { aggregate: { count: '*' }, query: { filter: { prefecture_code: { _eq: '15' } } } } as never))) as unknown as [{ count: string }];
      expect(Number(niigata[0].count) / Number(count)).toBeGreaterThan(0.3);

      // Administrator changes that a restart must keep.
      const viewerNews = (await admin.request(readPermissions({ filter: { policy: { _eq: POLICY_IDS.viewer }, collection: { _eq: 'news' } } }))) as { id: number }[];
      expect(viewerNews).toHaveLength(1);
      await fetch(`${url}/permissions/${viewerNews[0]!.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${await admin.getToken()}` } });
      const [firstCompany] = (await admin.request(readItems('companies' as never, { sort: ['id'], limit: 1, fields: ['id'] } as never))) as { id: number }[];
      const auth = { authorization: `Bearer ${await admin.getToken()}`, 'content-type': 'application/json' };
      await fetch(`${url}/items/companies/${firstCompany!.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ name: '管理者が変更した名称株式会社' }) });
      await fetch(`${url}/fields/companies/name`, { method: 'PATCH', headers: auth, body: JSON.stringify({ meta: { note: '管理者のメモ' } }) });

      step('administrator changes made');
      first.child.kill('SIGINT');
      expect(await first.exited).toBe(0);
      step('first start stopped by SIGINT');

      const second = launch('start', [], env);
      launched.push(second);
      await second.waitFor(`Yuchi is starting at ${url}`);
      expect(second.output()).toContain('demo data: not loaded');
      await waitForPing(url);
      step('second start answers');
      const admin2 = client(url);
      await admin2.login({ email: demoUsers.admin.email, password: demoUsers.admin.password });
      const stillDeleted = (await admin2.request(readPermissions({ filter: { policy: { _eq: POLICY_IDS.viewer }, collection: { _eq: 'news' } } }))) as unknown[];
      expect(stillDeleted).toHaveLength(0);
      const renamed = (await admin2.request(readItems('companies' as never, { filter: { id: { _eq: firstCompany!.id } }, fields: ['name'] } as never))) as { name: string }[];
      expect(renamed[0]?.name).toBe('管理者が変更した名称株式会社');
      const field = (await (await fetch(`${url}/fields/companies/name`, { headers: { authorization: `Bearer ${await admin2.getToken()}` } })).json()) as { data: { meta: { note: string } } };
      expect(field.data.meta.note).toBe('管理者のメモ');
      const [{ count: count2 }] = (await admin2.request(aggregate('companies' as never, { aggregate: { count: '*' } } as never))) as unknown as [{ count: string }];
      expect(Number(count2)).toBe(Number(count));

      // A field added in the Data Studio (so with meta) that the snapshot does not know: applying the snapshot would
      // delete it, so start refuses. (A bare column without meta is invisible to snapshots and is left alone.)
      const added = await fetch(`${url}/fields/companies`, { method: 'POST', headers: { authorization: `Bearer ${await admin2.getToken()}`, 'content-type': 'application/json' }, body: JSON.stringify({ field: 'fax', type: 'string', meta: { interface: 'input' } }) });
      expect(added.status).toBe(200);
      step('field added by the administrator');
      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
      step('second start stopped');

      const third = launch('start', [], env);
      launched.push(third);
      expect(await third.exited).not.toBe(0);
      expect(third.output()).toContain('YUCHI_SCHEMA_WOULD_DELETE');
      expect(third.output()).toContain('companies.fax');
      expect(third.output()).not.toContain('Yuchi is starting at');
    },
    420_000,
  );
});

