// 法人番号 (NTA corporate number): 13 ASCII digits, the first of which is a check digit over the other twelve.
// Rule: 国税庁「法人番号の指定等に関する省令」第2条 — check = 9 − (Σ Pn × Qn mod 9), Pn counted from the right.
const CORPORATE_NUMBER = /^[0-9]{13}$/;
const BASE_NUMBER = /^[0-9]{12}$/;

export function corporateNumberCheckDigit(twelveDigits: string): number {
  if (!BASE_NUMBER.test(twelveDigits)) {
    throw new RangeError(`A corporate number base must be 12 ASCII digits, got "${twelveDigits}"`);
  }
  let sum = 0;
  for (let n = 1; n <= 12; n += 1) {
    const digit = Number(twelveDigits.charAt(12 - n));
    sum += digit * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

export function isValidCorporateNumber(value: string): boolean {
  if (!CORPORATE_NUMBER.test(value)) return false;
  return Number(value.charAt(0)) === corporateNumberCheckDigit(value.slice(1));
}

export function makeCorporateNumber(base12: string): string {
  return `${corporateNumberCheckDigit(base12)}${base12}`;
}
