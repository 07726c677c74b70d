// Browser: データ管理者 presses 「最新情報を取得」 on a company page and sees what gBizINFO changed; 閲覧者 cannot press it.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createItem } from '@directus/sdk';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/env.mjs';
import { makeCorporateNumber } from '../../extensions/yuchi/src/domain/corporate-number.validator.ts';
import { startFakeGbizinfo, type FakeGbizinfo } from '../support/fake-gbizinfo.ts';
import { PASSWORD, USERS, type FixtureUser } from '../support/fixtures.ts';
import { useDirectus } from '../support/suite-directus.ts';

const CHROMIUM = process.env['YUCHI_CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test/e2e/artifacts');
const TOKEN = 'test-gbizinfo-token-e2e';
const BUTTON = 'button:has-text("最新情報を取得")';

describe.skipIf(!existsSync(CHROMIUM))('最新情報を取得 in Chromium', () => {
  let gbiz: FakeGbizinfo;
  const env: Record<string, string> = { YUCHI_GBIZINFO_TOKEN: TOKEN, YUCHI_GBIZINFO_SCHEDULE: 'off' };
  beforeAll(async () => {
    gbiz = await startFakeGbizinfo(TOKEN);
    env['YUCHI_GBIZINFO_BASE_URL'] = gbiz.url;
  });
  const dx = useDirectus('sqlite', env);
  let browser: Browser;
  let companyId: number;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    const number = makeCorporateNumber('893000000001');
    gbiz.publish(number, '株式会社テストブラウザ精機');
    const admin = await dx.as('admin');
    companyId = ((await admin.request(createItem('companies' as never, { corporate_number: number, name: '株式会社テストブラウザ精機' } as never))) as { id: number }).id;
  });
  afterAll(async () => {
    await browser?.close();
    await gbiz?.close();
  });

  async function openCompany(user: Exclude<FixtureUser, 'api'>) {
    const page = await browser.newPage({ locale: 'ja-JP', viewport: { width: 1400, height: 900 } });
    await page.goto(`${dx.process.url}/admin/login`);
    await page.fill('input[type="email"]', USERS[user].email);
    await page.fill('input[type="password"]', PASSWORD);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/admin\/(content|insights|users)/, { timeout: 60_000 });
    await page.goto(`${dx.process.url}/admin/content/companies/${companyId}`);
    await page.locator(BUTTON).first().waitFor({ timeout: 60_000 });
    return page;
  }

  test('データ管理者 presses the button, the page reloads with the new values and says what changed', async () => {
    const page = await openCompany('dataManager');

    await page.locator(BUTTON).first().click();

    const result = page.locator('[data-test="gbizinfo-result"]');
    // The page reloads on success (the form then shows the new values) and shows the result it kept.
    await result.waitFor({ timeout: 120_000 });
    expect(await result.innerText()).toContain('gBizINFO から取得しました');
    expect(await result.innerText()).toContain('代表者名');
    // The form shows the value gBizINFO filled in.
    const values = await page.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(values).toContain('試験 代表一郎');
    await result.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'gbizinfo-refresh.png'), fullPage: false });
    await page.close();
  }, 240_000);

  test('閲覧者 sees the button but cannot press it', async () => {
    const page = await openCompany('viewer');
    // Once the form knows the company (the hint says what the button fetches), only the missing right disables it.
    await page.getByText('gBizINFO（経済産業省）から').first().waitFor({ timeout: 60_000 });

    expect(await page.locator(BUTTON).first().isDisabled()).toBe(true);
    await page.close();
  }, 180_000);
});
