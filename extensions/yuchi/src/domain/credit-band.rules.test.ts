import { describe, expect, test } from 'vitest';
import { creditBandOf, DEFAULT_CREDIT_BANDS, describeCreditBand, findCreditBand, parseCreditBandRules } from './credit-band.rules.ts';

describe('creditBandOf', () => {
  test.each([
    [100, 'A', 0], [86, 'A', 0], [85.9, 'B', 0], [71, 'B', 0], [70, 'C', 1], [51, 'C', 1],
    [50, 'D', 2], [36, 'D', 2], [35.5, 'E', 3], [35, 'E', 3], [0, 'E', 3],
  ])('puts score %s in band %s (severity %s)', (score, band, severity) => {
    expect(creditBandOf(score, DEFAULT_CREDIT_BANDS)).toMatchObject({ band, severity });
  });

  test('follows the bands it is given', () => {
    const rules = { bands: [{ band: 'S', min: 50, severity: 0 as const }, { band: 'X', min: 0, severity: 3 as const }] };
    expect(creditBandOf(49, rules).band).toBe('X');
  });
});

describe('findCreditBand', () => {
  test.each(['B', 'b', 'Ｂ', ' B '])('finds band B written %s', (text) => {
    expect(findCreditBand(text, DEFAULT_CREDIT_BANDS)?.band).toBe('B');
  });

  test('finds nothing for a band the rules do not have', () => {
    expect(findCreditBand('F', DEFAULT_CREDIT_BANDS)).toBeNull();
  });
});

describe('describeCreditBand', () => {
  test('gives each default band its score range', () => {
    expect(DEFAULT_CREDIT_BANDS.bands.map((b) => describeCreditBand(b, DEFAULT_CREDIT_BANDS))).toEqual(['A（86〜100点）', 'B（71〜85点）', 'C（51〜70点）', 'D（36〜50点）', 'E（35点以下）']);
  });
});

describe('parseCreditBandRules', () => {
  test('accepts the defaults as a JSON document', () => {
    expect(parseCreditBandRules(JSON.parse(JSON.stringify(DEFAULT_CREDIT_BANDS)))).toEqual({ ok: true, value: DEFAULT_CREDIT_BANDS });
  });

  const band = (b: string, min: unknown, severity: unknown = 1) => ({ band: b, min, severity });
  test.each<[string, unknown, string]>([
    ['not an object', [], 'credit_bands'],
    ['an unknown key', { bands: [band('A', 0)], note: 'x' }, 'credit_bands.note'],
    ['no bands', { bands: [] }, 'credit_bands.bands'],
    ['a band without a name', { bands: [band('', 0)] }, 'credit_bands.bands[0].band'],
    ['a min above 100', { bands: [band('A', 101), band('B', 0)] }, 'credit_bands.bands[0].min'],
    ['a severity of 4', { bands: [band('A', 0, 4)] }, 'credit_bands.bands[0].severity'],
    ['bands out of order', { bands: [band('A', 50), band('B', 60), band('C', 0)] }, 'credit_bands.bands[1].min'],
    ['a repeated band', { bands: [band('A', 50), band('a', 0)] }, 'credit_bands.bands[1].band'],
    ['a last band above 0', { bands: [band('A', 50), band('B', 10)] }, 'credit_bands.bands[1].min'],
  ])('refuses %s, naming the path', (_label, document, path) => {
    const result = parseCreditBandRules(document);
    expect(result).toMatchObject({ ok: false, error: { path } });
    if (!result.ok) expect(result.error.message).toContain(`「${path}」`);
  });
});
