import { describe, expect, test } from 'vitest';
import { dropReason, isBotUserAgent, isStaticAssetPath, type DropReason } from './bot-and-asset.filter.ts';

const BROWSER = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15';
const page: Parameters<typeof dropReason>[0] = { method: 'GET', status: 200, path: '/kigyo/ritchi/', userAgent: BROWSER };

describe('isBotUserAgent', () => {
  test.each([
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
    'Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)',
    'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)',
    'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)',
    'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; ClaudeBot/1.0)',
    'Screaming Frog SEO Spider/19.0',
    'ia_archiver',
    'facebookexternalhit/1.1',
    'curl/8.5.0',
    'Wget/1.21.4',
    'python-requests/2.32.3',
    'Python-urllib/3.12',
    'Go-http-client/2.0',
    'Java/17.0.2',
    'okhttp/4.12.0',
    'axios/1.7.2',
    'node-fetch/1.0',
    'Scrapy/2.11 (+https://scrapy.org)',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/130.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36 Chrome-Lighthouse',
    'UptimeRobot/2.0',
    'Pingdom.com_bot_version_1.4',
    '',
    '   ',
  ])('takes "%s" for a bot', (userAgent) => {
    expect(isBotUserAgent(userAgent)).toBe(true);
  });

  test('takes a missing user agent for a bot', () => {
    expect(isBotUserAgent(null)).toBe(true);
  });

  test.each([
    BROWSER,
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0',
  ])('takes "%s" for a person', (userAgent) => {
    expect(isBotUserAgent(userAgent)).toBe(false);
  });
});

describe('isStaticAssetPath', () => {
  test.each(['/css/site.css', '/js/app.min.js', '/img/logo.PNG', '/a/photo.jpeg', '/favicon.ico', '/fonts/noto.woff2', '/js/app.js.map', '/robots.txt', '/sitemap.xml', '/i.svg', '/x.gif'])(
    'takes %s for an asset',
    (path) => {
      expect(isStaticAssetPath(path)).toBe(true);
    },
  );

  test.each(['/', '/kigyo/ritchi/', '/kigyo/ritchi/index.html', '/news/2026.10', '/hojo/guide.pdf', '/js/', '/css.d/page', '/app.json/view'])('takes %s for a page', (path) => {
    expect(isStaticAssetPath(path)).toBe(false);
  });
});

describe('dropReason', () => {
  test('counts a person reading a page', () => {
    expect(dropReason(page)).toBeNull();
    expect(dropReason({ ...page, method: 'HEAD', status: 304 })).toBeNull();
    expect(dropReason({ ...page, status: 301 })).toBeNull();
  });

  test.each<[string, Partial<typeof page>, DropReason]>([
    ['a form post', { method: 'POST' }, 'method'],
    ['an OPTIONS request', { method: 'OPTIONS' }, 'method'],
    ['a page not found', { status: 404 }, 'status'],
    ['a server error', { status: 500 }, 'status'],
    ['an informational status', { status: 101 }, 'status'],
    ['a stylesheet', { path: '/css/site.css' }, 'asset'],
    ['a crawler', { userAgent: 'Googlebot/2.1' }, 'bot'],
    ['no user agent', { userAgent: null }, 'bot'],
  ])('drops %s', (_label, change, reason) => {
    expect(dropReason({ ...page, ...change })).toBe(reason);
  });
});
