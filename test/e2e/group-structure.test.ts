// Browser: a 誘致担当 opens a company and sees its group tree (ultimate parent, ownership %, two parents, closed
// member), expands and collapses it, opens a member from it, and sees the site tree with per-prefecture counts.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/env.mjs';
import { createGroupDataset, GROUP_CN, GROUP_COMPANIES, type GroupCompanyKey } from '../support/group-dataset.ts';
import { PASSWORD, USERS } from '../support/fixtures.ts';
import { useDirectus } from '../support/suite-directus.ts';

const CHROMIUM = process.env['YUCHI_CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test/e2e/artifacts');

describe.skipIf(!existsSync(CHROMIUM))('企業グループ・拠点 on the company page in Chromium', () => {
  const dx = useDirectus('sqlite');
  let browser: Browser;
  let ids: Record<GroupCompanyKey, number>;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ids = await createGroupDataset(dx);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openCompany(key: GroupCompanyKey): Promise<Page> {
    const page = await browser.newPage({ locale: 'ja-JP', viewport: { width: 1400, height: 1000 } });
    await page.goto(`${dx.process.url}/admin/login`);
    await page.fill('input[type="email"]', USERS.staff1.email);
    await page.fill('input[type="password"]', PASSWORD);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/admin\/(content|insights|users)/, { timeout: 60_000 });
    await page.goto(`${dx.process.url}/admin/content/companies/${ids[key]}`);
    await page.locator('[data-test="group-tree"]').waitFor({ timeout: 60_000 });
    return page;
  }

  const member = (page: Page, key: GroupCompanyKey) => page.locator(`[data-test="group-member-${GROUP_CN[key]}"]`);

  test('opens a company and sees its group tree and its sites', async () => {
    const page = await openCompany('alpha');
    const tree = page.locator('[data-test="group-tree"]');
    // The path from the ultimate parent to this company is open; ownership and notes are shown.
    const text = await tree.innerText();
    for (const key of ['top', 'alpha', 'beta', 'tokyoChild', 'shared'] as const) expect(text).toContain(GROUP_COMPANIES[key].name);
    expect(text).toContain('最上位');
    expect(text).toContain('60%');
    expect(text).toContain('親会社2社');
    expect(text).toContain('この企業');
    expect(await page.locator('[data-test="group-summary"]').innerText()).toContain('10社');
    // Sites: 本社 → 東京支社 → 横浜営業所, and how many per prefecture.
    const sites = await page.locator('[data-test="site-tree"]').innerText();
    for (const name of ['本社', '東京支社', '横浜営業所', '新潟営業所', '旧長岡工場']) expect(sites).toContain(name);
    expect(await page.locator('[data-test="site-prefectures"]').innerText()).toContain('新潟県 2');
    await tree.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'group-structure.png'), fullPage: false });

    // beta's children are closed at first; opening it shows the closed member.
    expect(await tree.innerText()).not.toContain(GROUP_COMPANIES.closedChild.name);
    await member(page, 'beta').locator('button.toggle').first().click();
    await member(page, 'closedChild').waitFor();
    expect(await member(page, 'closedChild').innerText()).toContain('閉鎖');
    await member(page, 'beta').locator('button.toggle').first().click();
    await member(page, 'closedChild').waitFor({ state: 'detached' });

    // A click on a member opens its page, whose tree marks it.
    await member(page, 'top').locator('a.name').first().click();
    await page.waitForURL(new RegExp(`/admin/content/companies/${ids.top}$`), { timeout: 60_000 });
    await page.locator('[data-test="group-tree"]').waitFor({ timeout: 60_000 });
    await expect.poll(async () => member(page, 'top').locator('.note').first().innerText(), { timeout: 30_000 }).toContain('この企業');
    await page.close();
  }, 240_000);
});
