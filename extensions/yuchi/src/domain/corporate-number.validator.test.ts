import { describe, expect, test } from 'vitest';
import { corporateNumberCheckDigit, isValidCorporateNumber, makeCorporateNumber } from './corporate-number.validator.ts';

describe('isValidCorporateNumber', () => {
  test.each([
    ['7000012050002', '国税庁'],
    ['2021001052596', 'a 株式会社 on the public register'],
  ])('accepts %s (%s)', (value) => {
    expect(isValidCorporateNumber(value)).toBe(true);
  });

  test.each([
    ['an empty string', ''],
    ['twelve digits', '000012050002'],
    ['fourteen digits', '70000120500020'],
    ['a wrong check digit', '8000012050002'],
    ['a check digit of zero', '0000012050002'],
    ['full-width digits', '７００００１２０５０００２'],
    ['a leading space', ' 7000012050002'],
    ['a trailing space', '7000012050002 '],
    ['spaces between groups', '7 0000 1205 0002'],
    ['hyphens between groups', '7-0000-1205-0002'],
    ['letters', '700001205000A'],
    ['a trailing newline', '7000012050002\n'],
  ])('rejects %s', (_label, value) => {
    expect(isValidCorporateNumber(value)).toBe(false);
  });
});

describe('corporateNumberCheckDigit', () => {
  test('weights the digits 1, 2, 1, 2 … counted from the right', () => {
    expect(corporateNumberCheckDigit('000012050002')).toBe(7);
    expect(corporateNumberCheckDigit('021001052596')).toBe(2);
  });

  test('always gives a digit from 1 to 9', () => {
    for (let i = 0; i < 200; i += 1) {
      const digit = corporateNumberCheckDigit(String(i * 4_999_999_937).padStart(12, '0').slice(-12));
      expect(digit).toBeGreaterThanOrEqual(1);
      expect(digit).toBeLessThanOrEqual(9);
    }
  });

  test.each(['', '12345678901', '1234567890123', '12345678901a', '１２３４５６７８９０１２'])(
    'throws on a base that is not 12 ASCII digits: "%s"',
    (base) => {
      expect(() => corporateNumberCheckDigit(base)).toThrow(RangeError);
    },
  );
});

describe('makeCorporateNumber', () => {
  test('prepends the check digit to the base', () => {
    expect(makeCorporateNumber('000012050002')).toBe('7000012050002');
  });

  test('makes numbers that the validator accepts', () => {
    for (let i = 0; i < 500; i += 1) {
      const base = `9900${String(i * 7919).padStart(8, '0')}`;
      expect(isValidCorporateNumber(makeCorporateNumber(base))).toBe(true);
    }
  });
});
