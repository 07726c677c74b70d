import { describe, expect, test } from 'vitest';
import { expectedRows, shouldLoadInBulk } from './bulk-load.policy.ts';

describe('shouldLoadInBulk', () => {
  test('a nationwide full file into an empty registry loads in bulk', () => {
    expect(shouldLoadInBulk({ fileBytes: 1_300_000_000, alreadyRead: 0, storedRows: 0 })).toBe(true);
  });

  test.each([
    ['a daily diff', { fileBytes: 3_000_000, alreadyRead: 0, storedRows: 5_000_000 }],
    ['a full file of one prefecture into a registry four times its size', { fileBytes: 30_000_000, alreadyRead: 0, storedRows: 400_000 }],
    ['a nationwide file into a registry already holding it', { fileBytes: 1_300_000_000, alreadyRead: 0, storedRows: 5_000_000 }],
    ['the last rows of a resumed run', { fileBytes: 1_300_000_000, alreadyRead: 4_900_000, storedRows: 4_900_000 }],
  ])('%s does not', (_, facts) => {
    expect(shouldLoadInBulk(facts)).toBe(false);
  });

  test('the threshold can be lowered (tests load small files in bulk)', () => {
    expect(shouldLoadInBulk({ fileBytes: 300_000, alreadyRead: 0, storedRows: 0, minRows: 500 })).toBe(true);
    expect(shouldLoadInBulk({ fileBytes: 300_000, alreadyRead: 0, storedRows: 0 })).toBe(false);
  });
});

describe('expectedRows', () => {
  test('counts what a resumed run has still to read, never below zero', () => {
    expect(expectedRows(3_000_000, 2_000)).toBe(8_000);
    expect(expectedRows(3_000, 50)).toBe(0);
  });
});
