import { describe, expect, test } from 'vitest';
import { importExitCode } from './import-exit-code.ts';

describe('import exit code', () => {
  test.each([
    { accepted: 10, rejected: 0, code: 0 },
    { accepted: 1, rejected: 99, code: 0 },
    { accepted: 0, rejected: 0, code: 0 },
    { accepted: 0, rejected: 3, code: 1 },
  ])('$accepted accepted and $rejected rejected rows exit $code', ({ accepted, rejected, code }) => {
    expect(importExitCode({ accepted, rejected })).toBe(code);
  });
});
