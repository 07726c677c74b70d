import { describe, expect, test } from 'vitest';
import { formatEta } from './import-eta.ts';

describe('formatEta', () => {
  test.each([
    [0, '1 分未満'],
    [59, '1 分未満'],
    [60, '約 1 分'],
    [150, '約 3 分'],
    [3600, '約 1 時間'],
    [3900, '約 1 時間 5 分'],
  ])('%i seconds reads %s', (seconds, text) => {
    expect(formatEta(seconds)).toBe(text);
  });
});
