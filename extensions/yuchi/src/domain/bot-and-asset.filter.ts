// Which access-log requests are a person reading a page: crawlers, scripts, images and stylesheets, errors and
// form posts are dropped before any company is looked up, so they never become intent.
import type { AccessLogRequest } from './access-log-line.parser.ts';

export type DropReason = 'method' | 'status' | 'asset' | 'bot';

// Self-declared crawlers ("bot", "crawler", "spider" cover Googlebot, bingbot, Baiduspider, YandexBot …), HTTP
// libraries and headless browsers. A browser never names these in its user agent.
const BOT_USER_AGENT = new RegExp(
  [
    'bot\\b', 'bot/', 'crawl', 'spider', 'slurp', 'archiver', 'facebookexternalhit', 'mediapartners', 'feedfetcher',
    'curl/', 'wget/', 'python-requests', 'python-urllib', 'aiohttp', 'httpx', 'go-http-client', 'java/', 'okhttp',
    'libwww', 'apache-httpclient', 'node-fetch', 'axios/', 'scrapy', 'headlesschrome', 'phantomjs', 'puppeteer',
    'playwright', 'lighthouse', 'chrome-lighthouse', 'pagespeed', 'pingdom', 'uptimerobot', 'monitor',
  ].join('|'),
  'i',
);

// Files a page pulls in with it: counting them would count one visit many times. PDFs stay: a downloaded
// 補助金 guide is a strong sign of interest.
const ASSET_EXTENSIONS = new Set([
  'css', 'js', 'mjs', 'map', 'json', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'ico', 'webp', 'avif', 'bmp', 'woff', 'woff2',
  'ttf', 'otf', 'eot', 'mp4', 'webm', 'mp3', 'txt', 'xml',
]);

/** A missing user agent counts as a bot: every browser sends one. */
export function isBotUserAgent(userAgent: string | null): boolean {
  return userAgent === null || userAgent.trim() === '' || BOT_USER_AGENT.test(userAgent);
}

/** By the extension of the last path segment (robots.txt, sitemap.xml and favicon.ico included). */
export function isStaticAssetPath(path: string): boolean {
  const segment = path.slice(path.lastIndexOf('/') + 1);
  const dot = segment.lastIndexOf('.');
  return dot !== -1 && ASSET_EXTENSIONS.has(segment.slice(dot + 1).toLowerCase());
}

/** Why a request is not counted, or null when it is a page view: GET or HEAD, answered 2xx or 3xx. */
export function dropReason(request: Pick<AccessLogRequest, 'method' | 'status' | 'path' | 'userAgent'>): DropReason | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return 'method';
  if (request.status < 200 || request.status > 399) return 'status';
  if (isStaticAssetPath(request.path)) return 'asset';
  if (isBotUserAgent(request.userAgent)) return 'bot';
  return null;
}
