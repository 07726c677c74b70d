// Browser: a データ管理者 records findings for a company through the REST API; a 誘致担当 opens the company and sees
// リスク情報の概要 list them (category, severity, status, source, dates, evidence) with the per-category levels, then
// finds the company in 企業検索 with its risk badge and a tooltip naming the categories. A user who may read
// companies but not risk_findings sees the panel's Japanese message instead of an error page. On an Insights dashboard,
// 未確認のリスク情報 counts open, unexpired findings per category.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDashboard, createItem, createPanel, createPermissions, createPolicy, createUser } from '@directus/sdk';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/env.mjs';
import { makeCorporateNumber } from '../../extensions/yuchi/src/domain/corporate-number.validator.ts';
import { PASSWORD, USERS } from '../support/fixtures.ts';
import { useDirectus } from '../support/suite-directus.ts';

const CHROMIUM = process.env['YUCHI_CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test/e2e/artifacts');
const SEARCH_LINK = '.module-bar a[href$="/admin/yuchi-search"]';
const COMPANY = { corporate_number: makeCorporateNumber('770000000001'), name: 'リスク確認見本株式会社', status: 'active', prefecture_code: '15', city_code: '15202' };
// A test-only account: may use the Data Studio and read companies, but not risk_findings.
const NO_FINDINGS = { user: 'a0000000-0000-4000-8000-0000000000e1', policy: 'a0000000-0000-4000-8000-0000000000e2', email: 't-no-findings@example.com' };

describe.skipIf(!existsSync(CHROMIUM))('リスク情報 on the company page and in 企業検索 in Chromium', () => {
  const dx = useDirectus('sqlite');
  let browser: Browser;
  let companyId: number;
  let sanctionId: number;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const admin = await dx.as('admin');
    companyId = ((await admin.request(createItem('companies', COMPANY as never, { fields: ['id'] } as never))) as { id: number }).id;
    const manager = await dx.as('dataManager');
    const addFinding = async (finding: Record<string, unknown>) =>
      ((await manager.request(createItem('risk_findings', { company: companyId, status: 'open', ...finding } as never, { fields: ['id'] } as never))) as { id: number }).id;
    sanctionId = await addFinding({
      category: 'sanction',
      severity: 2,
      title: '業務改善命令（見本）',
      source: '見本県 報道発表',
      source_url: 'https://example.com/press/2026-001',
      observed_on: '2026-11-02',
      expires_on: '2099-11-01',
    });
    await addFinding({ category: 'reputation', severity: 1, title: '見本新聞の記事', source: '見本新聞', observed_on: '2026-10-15', evidence: { matched_words: ['送検'], headline: '見本社の元社員を送検' } });
    await admin.request(createPolicy({ id: NO_FINDINGS.policy, name: 'テスト専用: リスク情報なし', icon: 'science', admin_access: false, app_access: true } as never));
    await admin.request(createPermissions([{ policy: NO_FINDINGS.policy, collection: 'companies', action: 'read', fields: ['*'], permissions: null }] as never));
    await admin.request(createUser({ id: NO_FINDINGS.user, email: NO_FINDINGS.email, password: PASSWORD, status: 'active', role: null, policies: [{ policy: NO_FINDINGS.policy }] } as never));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function logIn(email: string): Promise<Page> {
    const page = await browser.newPage({ locale: 'ja-JP', viewport: { width: 1400, height: 1000 } });
    await page.goto(`${dx.process.url}/admin/login`);
    await page.fill('input[type="email"]', email);
    await page.fill('input[type="password"]', PASSWORD);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/admin\/(content|insights|users|yuchi-)/, { timeout: 60_000 });
    return page;
  }

  test('誘致担当 opens the company and sees its findings and levels, then its badge in 企業検索', async () => {
    const page = await logIn(USERS.staff1.email);
    await page.goto(`${dx.process.url}/admin/content/companies/${companyId}`);
    const list = page.locator('[data-test="risk-findings"]');
    await list.waitFor({ timeout: 60_000 });

    // The confirmed-or-open, most severe finding first: 行政処分 中 with its source link and dates.
    const sanction = page.locator(`[data-test="risk-finding-${sanctionId}"]`);
    expect(await page.locator('[data-test="risk-finding-category"]').allTextContents()).toEqual(['行政処分', '風評']);
    const text = await sanction.innerText();
    for (const part of ['業務改善命令（見本）', '未確認', '確認日: 2026-11-02', '有効期限: 2099-11-01']) expect(text).toContain(part);
    expect(await sanction.locator('[data-test="risk-badge"]').innerText()).toBe('中');
    expect(await sanction.locator('a').getAttribute('href')).toBe('https://example.com/press/2026-001');
    expect(await sanction.locator('a').innerText()).toBe('見本県 報道発表');
    expect(await list.locator('[data-test="risk-finding-evidence"]').innerText()).toContain('matched_words: 送検');

    // The hook has summed the findings up into the company's levels.
    const levels = page.locator('[data-test="risk-levels"]');
    await expect.poll(() => levels.innerText(), { timeout: 30_000 }).toContain('総合');
    expect(await page.locator('[data-test="risk-level-sanction"]').innerText()).toContain('中');
    expect(await page.locator('[data-test="risk-level-reputation"]').innerText()).toContain('低');
    expect(await page.locator('[data-test="risk-level-antisocial"]').innerText()).toContain('なし');
    await page.locator('[data-test="risk-panel"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'risk-panel.png'), fullPage: false });

    // 企業検索: the company's row carries the badge of its overall level, and the tooltip names the categories.
    await page.locator(SEARCH_LINK).first().click({ timeout: 60_000 });
    await page.locator('[data-test="search-filters"]').waitFor({ timeout: 60_000 });
    await page.fill('input[data-test="criteria-q"]', 'リスク確認見本');
    await page.click('[data-test="search-run"]');
    const row = page.locator('[data-test="search-row"]', { hasText: COMPANY.name });
    await row.waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-test="search-row"]').count()).toBe(1);
    const badge = row.locator('[data-test="risk-badge"]');
    expect(await badge.innerText()).toBe('中');
    expect(await badge.getAttribute('title')).toBe('総合リスク: 中（行政処分 中、風評 低）');
    await page.screenshot({ path: join(ARTIFACTS, 'risk-search.png'), fullPage: false });
    await page.close();
  }, 240_000);

  test('an Insights dashboard counts open, unexpired findings per category', async () => {
    const admin = await dx.as('admin');
    // Neither an expired nor a dismissed finding is open work.
    const manager = await dx.as('dataManager');
    await manager.request(createItem('risk_findings', { company: companyId, category: 'financial', severity: 1, title: '期限切れの見本', status: 'open', expires_on: '2020-01-31' } as never));
    await manager.request(createItem('risk_findings', { company: companyId, category: 'existence', severity: 1, title: '却下の見本', status: 'dismissed' } as never));
    const dashboard = (await admin.request(createDashboard({ name: 'リスク情報（テスト）', icon: 'warning' }))) as { id: string };
    await admin.request(
      createPanel({ dashboard: dashboard.id, type: 'yuchi-risk-findings', name: '未確認のリスク情報', show_header: true, position_x: 1, position_y: 1, width: 16, height: 14, options: {} } as never),
    );
    const page = await logIn(USERS.admin.email);
    await page.goto(`${dx.process.url}/admin/insights/${dashboard.id}`);
    const panel = page.locator('[data-test="risk-findings-panel"]');
    await panel.locator('[data-test="risk-count-total"]').waitFor({ timeout: 60_000 });
    const count = (category: string) => panel.locator(`[data-test="risk-count-${category}"]`).innerText();
    expect(await count('sanction')).toMatch(/^行政処分\s+1件$/);
    expect(await count('reputation')).toMatch(/^風評\s+1件$/);
    expect(await count('financial')).toMatch(/^財務\s+0件$/);
    expect(await count('existence')).toMatch(/^実在性\s+0件$/);
    expect(await panel.locator('[data-test="risk-count-total"]').innerText()).toBe('2件');
    // An administrator is asked for the project owner (Directus's licence dialog) on a new database; not our concern here.
    const later = page.getByRole('button', { name: '後で通知' });
    if (await later.waitFor({ timeout: 5000 }).then(() => true, () => false)) {
      await later.click();
      await later.waitFor({ state: 'hidden' });
    }
    await page.screenshot({ path: join(ARTIFACTS, 'risk-dashboard.png'), fullPage: false });
    await page.close();
  }, 120_000);

  test('a user who may not read risk_findings sees a Japanese message on the company page', async () => {
    const page = await logIn(NO_FINDINGS.email);
    await page.goto(`${dx.process.url}/admin/content/companies/${companyId}`);
    const notice = page.locator('[data-test="risk-findings-error"]');
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.innerText()).toContain('リスク情報を閲覧する権限がありません。');
    // The levels are company columns it may read.
    expect(await page.locator('[data-test="risk-level-sanction"]').innerText()).toContain('中');
    await page.close();
  }, 120_000);
});
