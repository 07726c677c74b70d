import { describe, expect, test } from 'vitest';
import { estimateRemainingSeconds } from './import-eta.calculator.ts';

describe('estimateRemainingSeconds', () => {
  test('the bytes left take as long as the bytes done took', () => {
    expect(estimateRemainingSeconds({ bytesRead: 250, bytesTotal: 1000, bytesAtStart: 0, elapsedSeconds: 10 })).toBe(30);
  });

  test('a resumed run measures its speed from where it resumed, not from the start of the file', () => {
    // 600 bytes were skipped to the checkpoint; 100 more took 10 seconds, so the last 300 take 30.
    expect(estimateRemainingSeconds({ bytesRead: 700, bytesTotal: 1000, bytesAtStart: 600, elapsedSeconds: 10 })).toBe(30);
  });

  test('a part of a second left is a whole second', () => {
    expect(estimateRemainingSeconds({ bytesRead: 999, bytesTotal: 1000, bytesAtStart: 0, elapsedSeconds: 100 })).toBe(1);
  });

  test('a file read to the end has nothing left', () => {
    expect(estimateRemainingSeconds({ bytesRead: 1000, bytesTotal: 1000, bytesAtStart: 0, elapsedSeconds: 0 })).toBe(0);
  });

  test.each([
    { why: 'under a second has passed', bytesRead: 500, bytesAtStart: 0, elapsedSeconds: 0.5 },
    { why: 'nothing was read since the start', bytesRead: 600, bytesAtStart: 600, elapsedSeconds: 5 },
    { why: 'too small a share was read', bytesRead: 1_000, bytesAtStart: 0, elapsedSeconds: 5 },
  ])('is unknown (null) when $why', ({ bytesRead, bytesAtStart, elapsedSeconds }) => {
    expect(estimateRemainingSeconds({ bytesRead, bytesTotal: 10_000_000, bytesAtStart, elapsedSeconds })).toBeNull();
  });

  test('is unknown for a file of unknown size', () => {
    expect(estimateRemainingSeconds({ bytesRead: 10, bytesTotal: 0, bytesAtStart: 0, elapsedSeconds: 10 })).toBeNull();
  });
});
