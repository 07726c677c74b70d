// Browser harness: 誘致担当 logs in to the Data Studio (in Japanese) and opens 企業; データ管理者 imports a file in データ取込;
// 誘致担当 searches in 企業検索, exports the rows and saves them as a list, and a 閲覧者 searches without the export right.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createItems, readItems } from '@directus/sdk';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/env.mjs';
import { formatYen } from '../../extensions/yuchi/src/app/search/result-format.ts';
import { makeCorporateNumber } from '../../extensions/yuchi/src/domain/corporate-number.validator.ts';
import { PASSWORD, USERS, type FixtureUser } from '../support/fixtures.ts';
import { ntaLine } from '../support/nta-line.ts';
import { createSearchDataset, SEARCH_COMPANIES } from '../support/search-dataset.ts';
import { useDirectus } from '../support/suite-directus.ts';

const CHROMIUM = process.env['YUCHI_CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test/e2e/artifacts');
const hasChromium = existsSync(CHROMIUM);
const MODULE_LINK = '.module-bar a[href$="/admin/yuchi-imports"]';
const SEARCH_LINK = '.module-bar a[href$="/admin/yuchi-search"]';
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

  async function logIn(user: Exclude<FixtureUser, 'api'>) {
    const page = await browser.newPage({ locale: 'ja-JP', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    await page.goto(`${dx.process.url}/admin/login`);
    await page.fill('input[type="email"]', USERS[user].email);
    await page.fill('input[type="password"]', PASSWORD);
    await page.click('button[type="submit"]');
    // The app opens the page the user last left (the first module when there is none).
    await page.waitForURL(/\/admin\/(content|insights|users|yuchi-)/, { timeout: 60_000 });
    return page;
  }

  test('誘致担当 logs in and opens 企業', async () => {
    const page = await logIn('staff1');
    await page.goto(`${dx.process.url}/admin/content/companies`);
    // The collection's Japanese name is the page title; a fixture company shows in the table.
    await page.getByText('テスト新潟精機株式会社').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('header').getByText('企業').first().isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'companies.png'), fullPage: false });
    expect(existsSync(join(ARTIFACTS, 'companies.png'))).toBe(true);
    await page.close();
  });

  test('データ管理者 uploads a registry file in データ取込, sees it complete and downloads the error report', async () => {
    const file = join(ARTIFACTS, 'e2e-upload.csv');
    writeFileSync(file, ntaLine({ 1: makeCorporateNumber('890000000001'), 6: '株式会社ブラウザ取込' }) + ntaLine({ 0: '2', 1: '1000000000019', 6: '検査数字違い株式会社' }));
    const page = await logIn('dataManager');
    // The module bar offers データ取込 to a データ管理者 (the 閲覧者 test below checks the same link is absent).
    await page.locator(MODULE_LINK).first().click({ timeout: 60_000 });
    await page.getByText('国税庁 法人番号データの取込').waitFor({ timeout: 60_000 });
    await page.setInputFiles('[data-test="import-file"]', file);
    await page.click('[data-test="import-start"]');
    await page.locator('[data-test="import-notice"]').waitFor({ timeout: 30_000 });
    const status = page.locator('[data-test="import-run-status"]').first();
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toBe('完了（エラーあり）');
    await page.screenshot({ path: join(ARTIFACTS, 'imports.png'), fullPage: false });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test="import-run-errors"]')]);
    const saved = join(ARTIFACTS, 'e2e-upload-errors.csv');
    await download.saveAs(saved);
    expect(readFileSync(saved, 'utf8')).toContain('2,NTA_BAD_CORPORATE_NUMBER,');
    await page.close();
  });

  test('the データ取込 module is not offered to a 閲覧者', async () => {
    const page = await logIn('viewer');
    await page.goto(`${dx.process.url}/admin/content`);
    await page.locator('.module-bar').waitFor({ timeout: 60_000 });
    await page.locator('.module-bar a[href$="/admin/content"]').first().waitFor({ timeout: 60_000 });
    expect(await page.locator(MODULE_LINK).count()).toBe(0);
    await page.close();
  });

  describe('企業検索', () => {
    // Beside the search data set: companies that each fail exactly one of the test's criteria, or pass all three.
    const extra = (n: number, company: Record<string, unknown>) => ({ corporate_number: makeCorporateNumber(`6600000000${String(n).padStart(2, '0')}`), status: 'active', prefecture_code: '15', ...company });
    const EXTRA = [
      extra(1, { name: '新潟精密工業株式会社', city_code: '15202', address: '新潟県長岡市見本町2-2', industry: '2511', employees_lower: 50, employees_upper: 99, capital_yen: 30_000_000, risk_level: 2, intent_score: 64 }),
      extra(2, { name: '上越精密株式会社', city_code: '15222', industry: '0911', employees_lower: 1000, employees_upper: null, capital_yen: 1_500_000_000, risk_level: 3 }),
      // fails only the name word
      extra(3, { name: '佐渡機械株式会社', city_code: '15224', employees_lower: 200, employees_upper: 299, capital_yen: 20_000_000, risk_level: 0 }),
    ];
    // tokyoPrecision fails only the prefecture, さくら精密 only the employee minimum (its figure is unknown).
    const MATCHES_BY_ID = [SEARCH_COMPANIES.niigataPrecision.name, '新潟精密工業株式会社', '上越精密株式会社'];
    const MATCHES_BY_EMPLOYEES = ['新潟精密工業株式会社', SEARCH_COMPANIES.niigataPrecision.name, '上越精密株式会社'];

    beforeAll(async () => {
      await createSearchDataset(dx);
      await (await dx.as('admin')).request(createItems('companies', EXTRA as never));
    });

    const names = (page: Page) => () => page.locator('[data-test="cell-name"]').allTextContents();

    /** Opens a v-select and clicks one of its choices. */
    async function choose(page: Page, testId: string, text: string) {
      await page.locator(`[data-test="${testId}"] .v-input`).first().click();
      await page.locator('.v-menu-content .v-list-item', { hasText: text }).first().click();
      await page.keyboard.press('Escape');
    }

    async function tableRows(page: Page) {
      return page.locator('[data-test="search-row"]').evaluateAll((rows) =>
        rows.map((row) => {
          const cell = (key: string) => row.querySelector(`[data-test="cell-${key}"]`)?.textContent?.trim() ?? '';
          return { corporate_number: cell('corporate_number'), name: cell('name'), employees: cell('employees'), capital: cell('capital') };
        }),
      );
    }

    test('誘致担当 searches with several criteria, sorts, exports exactly the rows shown, saves them as a list and opens a company', async () => {
      const page = await logIn('staff1');
      await page.locator(SEARCH_LINK).first().click({ timeout: 60_000 });
      await page.locator('[data-test="search-filters"]').waitFor({ timeout: 60_000 });
      await page.fill('input[data-test="criteria-q"]', '精密');
      await choose(page, 'criteria-prefectures', '新潟県');
      await page.fill('input[data-test="criteria-employees-min"]', '50');
      await page.click('[data-test="search-run"]');
      await expect.poll(names(page), { timeout: 30_000 }).toEqual(MATCHES_BY_ID);
      expect(await page.locator('[data-test="search-summary"]').textContent()).toContain('3 件中 1〜3 件');

      await page.click('[data-test="sort-employees"]');
      await expect.poll(names(page), { timeout: 30_000 }).toEqual(MATCHES_BY_EMPLOYEES);
      const table = await tableRows(page);
      expect(table.map((r) => [r.employees, r.capital])).toEqual([
        ['50〜99', '3,000万円'],
        ['100〜199人', '5,000万円'],
        ['1000〜', '15億円'],
      ]);
      // 総合リスク as a badge (none before a company is assessed); the intent bar only where there is a score.
      expect(await page.locator('[data-test="cell-risk"]').allTextContents()).toEqual(['中', '', '高']);
      expect(await page.locator('[data-test="search-row"]').nth(0).locator('[data-test="intent-bar"]').count()).toBe(1);
      expect(await page.locator('[data-test="intent-bar"]').count()).toBe(1);
      // Wide enough for the whole table beside the filters and the sidebar.
      await page.setViewportSize({ width: 1680, height: 900 });
      await page.screenshot({ path: join(ARTIFACTS, 'search.png'), fullPage: false });

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test="search-export"]')]);
      expect(download.suggestedFilename()).toMatch(/^companies-\d{8}-\d{4}\.xlsx$/);
      const file = join(ARTIFACTS, 'e2e-search.xlsx');
      await download.saveAs(file);
      const workbook = await new ExcelJS.Workbook().xlsx.readFile(file);
      const sheet = workbook.getWorksheet('企業一覧')!;
      const header = (sheet.getRow(1).values as unknown[]).map(String);
      const rows: typeof table = [];
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        const value = (name: string) => row.getCell(header.indexOf(name)).value;
        rows.push({ corporate_number: String(value('法人番号')), name: String(value('商号又は名称')), employees: String(value('従業員数') ?? ''), capital: formatYen(value('資本金（円）')) });
      });
      expect(rows).toEqual(table);

      await page.click('[data-test="search-save-list"]');
      await page.fill('input[data-test="save-list-name"]', 'E2E 新潟県の精密 50人以上');
      await page.click('[data-test="save-list-submit"]');
      await expect.poll(() => page.locator('[data-test="search-list-saved"]').textContent(), { timeout: 30_000 }).toContain('「E2E 新潟県の精密 50人以上」に 3 社を保存しました');

      // A row opens its company; 戻る brings back the same search in the same order.
      await page.locator('[data-test="search-row"]', { hasText: '上越精密株式会社' }).click();
      await page.waitForURL(/\/admin\/content\/companies\/\d+$/, { timeout: 30_000 });
      const [joetsu] = (await (await dx.as('admin')).request(readItems('companies', { filter: { corporate_number: { _eq: EXTRA[1]!.corporate_number } }, fields: ['id'] }))) as { id: number }[];
      expect(page.url()).toMatch(new RegExp(`/admin/content/companies/${joetsu!.id}$`));
      await page.goBack();
      await expect.poll(names(page), { timeout: 30_000 }).toEqual(MATCHES_BY_EMPLOYEES);
      await page.close();
    });

    test('a 閲覧者 may search (Enter runs it) but gets the Japanese 403 message from Excel出力 and is not offered リストに保存', async () => {
      const page = await logIn('viewer');
      await page.locator(SEARCH_LINK).first().click({ timeout: 60_000 });
      await page.locator('[data-test="search-filters"]').waitFor({ timeout: 60_000 });
      // A figure that is not a number is refused in Japanese before anything is sent.
      await page.fill('input[data-test="criteria-employees-min"]', 'たくさん');
      await page.click('[data-test="search-run"]');
      await expect.poll(() => page.locator('[data-test="search-error"]').textContent()).toContain('従業員数の下限は数値（人）で入力してください。');
      await page.fill('input[data-test="criteria-employees-min"]', '');
      await page.fill('input[data-test="criteria-q"]', '上越精密');
      await page.press('input[data-test="criteria-q"]', 'Enter');
      await expect.poll(names(page), { timeout: 30_000 }).toEqual(['上越精密株式会社']);
      expect(await page.locator('[data-test="search-save-list"]').count()).toBe(0);
      await page.click('[data-test="search-export"]');
      await expect.poll(() => page.locator('[data-test="search-export-error"]').textContent(), { timeout: 30_000 }).toContain('データを出力する権限がありません。');
      await page.close();
    });
  });
});
