import { afterEach, describe, expect, test } from 'vitest';
import { tokyoDay } from './tokyo-day.ts';

describe('tokyoDay', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  test.each([
    ['2026-10-09T14:59:59.999Z', '2026-10-09'],
    ['2026-10-09T15:00:00.000Z', '2026-10-10'],
    ['2026-12-31T15:00:00.000Z', '2027-01-01'],
    ['2028-02-28T15:00:00.000Z', '2028-02-29'],
  ])('gives %s as the Tokyo day %s', (iso, day) => {
    expect(tokyoDay(new Date(iso))).toBe(day);
  });

  test("does not depend on the machine's time zone", () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(tokyoDay(new Date('2026-10-09T15:00:00.000Z'))).toBe('2026-10-10');
    process.env.TZ = 'UTC';
    expect(tokyoDay(new Date('2026-10-09T14:59:59.000Z'))).toBe('2026-10-09');
  });
});

describe('tokyoDay with days ago', () => {
  test('counts back whole Tokyo days, across a month end', () => {
    expect(tokyoDay(new Date('2026-12-01T01:00:00.000Z'), 1)).toBe('2026-11-30');
    expect(tokyoDay(new Date('2026-11-30T15:00:00.000Z'), 1)).toBe('2026-11-30');
  });
});
