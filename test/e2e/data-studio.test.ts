// Browser harness: 誘致担当 logs in to the Data Studio (in Japanese) and opens 企業.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/env.mjs';
import { PASSWORD, USERS } from '../support/fixtures.ts';
import { useDirectus } from '../support/suite-directus.ts';

const CHROMIUM = process.env['YUCHI_CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test/e2e/artifacts');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[e2e] skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set YUCHI_CHROMIUM_PATH)`);

describe.skipIf(!hasChromium)('Data Studio in Chromium', () => {
  const dx = useDirectus('sqlite');
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('誘致担当 logs in and opens 企業', async () => {
    const page = await browser.newPage({ locale: 'ja-JP', viewport: { width: 1400, height: 900 } });
    await page.goto(`${dx.process.url}/admin/login`);
    await page.fill('input[type="email"]', USERS.staff1.email);
    await page.fill('input[type="password"]', PASSWORD);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/admin\/(content|insights|users)/, { timeout: 60_000 });
    await page.goto(`${dx.process.url}/admin/content/companies`);
    // The collection's Japanese name is the page title; a fixture company shows in the table.
    await page.getByText('テスト新潟精機株式会社').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('header').getByText('企業').first().isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'companies.png'), fullPage: false });
    expect(existsSync(join(ARTIFACTS, 'companies.png'))).toBe(true);
  });
});
