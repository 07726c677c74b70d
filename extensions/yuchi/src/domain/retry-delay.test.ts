import { describe, expect, test } from 'vitest';
import { retryAfterMs, retryDelayMs } from './retry-delay.ts';

const NOW = new Date('2026-11-27T00:00:00Z');

describe('retryAfterMs', () => {
  test.each([
    ['seconds', '3', 3000],
    ['zero seconds', '0', 0],
    ['an HTTP date 5 s ahead', 'Fri, 27 Nov 2026 00:00:05 GMT', 5000],
    ['an HTTP date in the past', 'Thu, 26 Nov 2026 23:00:00 GMT', 0],
  ])('reads %s', (_label, header, ms) => {
    expect(retryAfterMs(header, NOW)).toBe(ms);
  });

  test.each([null, undefined, '', 'soon', '-1'])('reads %j as no instruction', (header) => {
    expect(retryAfterMs(header, NOW)).toBeNull();
  });
});

describe('retryDelayMs', () => {
  test.each([
    [0, 1000],
    [1, 2000],
    [2, 4000],
    [5, 30_000],
  ])('doubles from the base on retry %i without Retry-After, up to the cap', (retry, ms) => {
    expect(retryDelayMs({ retry, baseMs: 1000, maxMs: 30_000 })).toBe(ms);
  });

  test('follows Retry-After rather than the back-off, never beyond the cap', () => {
    expect(retryDelayMs({ retry: 0, baseMs: 1000, maxMs: 30_000, retryAfter: '7' })).toBe(7000);
    expect(retryDelayMs({ retry: 0, baseMs: 1000, maxMs: 30_000, retryAfter: '3600' })).toBe(30_000);
  });
});
