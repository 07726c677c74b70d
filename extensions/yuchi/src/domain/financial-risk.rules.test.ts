import { describe, expect, test } from 'vitest';
import { DEFAULT_FINANCIAL_RULES, evaluateFinancialRules, parseFinancialRules, type FinancialRule } from './financial-risk.rules.ts';

const rulesFired = (figures: Parameters<typeof evaluateFinancialRules>[0]['figures'], rules?: readonly FinancialRule[]) =>
  evaluateFinancialRules({ figures, ...(rules ? { rules } : {}) }).map((f) => f.rule);

describe('evaluateFinancialRules', () => {
  test('finds a loss from the upper bound of the profit', () => {
    expect(evaluateFinancialRules({ figures: { profitUpperYen: -12_000_000 } })).toEqual([
      { rule: 'loss', category: 'financial', severity: 2, title: '赤字（利益がマイナス）', detail: '利益（上限）が -12,000,000円 です。' },
    ]);
  });

  test.each<[string, Parameters<typeof rulesFired>[0], string[]]>([
    ['a profit range that reaches 0', { profitUpperYen: 0 }, []],
    ['capital below 1,000,000 yen', { capitalYen: 500_000 }, ['thin_capital']],
    ['1-yen capital', { capitalYen: 1 }, ['thin_capital']],
    ['capital of exactly 1,000,000 yen', { capitalYen: 1_000_000 }, []],
    ['only a capital range, entirely below the threshold', { capitalUpperYen: 999_999 }, ['thin_capital']],
    ['an exact capital, which wins over the range', { capitalYen: 3_000_000, capitalUpperYen: 500_000 }, []],
    ['sales down 25 %', { salesPreviousYen: 400_000_000, salesLatestYen: 300_000_000 }, ['sales_decline']],
    ['sales down exactly 20 %', { salesPreviousYen: 100, salesLatestYen: 80 }, ['sales_decline']],
    ['sales down 10 %', { salesPreviousYen: 100, salesLatestYen: 90 }, []],
    ['sales up', { salesPreviousYen: 100, salesLatestYen: 150 }, []],
    ['only the latest sales', { salesLatestYen: 10 }, []],
    ['a previous year without sales', { salesPreviousYen: 0, salesLatestYen: 0 }, []],
    ['band C', { creditBand: 'C' }, ['credit_band_c']],
    ['band E in lower case', { creditBand: 'e' }, ['credit_band_e']],
    ['band B', { creditBand: 'B' }, []],
    ['no figures at all', {}, []],
  ])('with %s', (_label, figures, fired) => {
    expect(rulesFired(figures)).toEqual(fired);
  });

  test('says how far sales fell', () => {
    const [finding] = evaluateFinancialRules({ figures: { salesPreviousYen: 400_000_000, salesLatestYen: 300_000_000 } });
    expect(finding?.detail).toBe('売上高が 400,000,000円 から 300,000,000円 に 25% 減りました（基準: 20% 以上の減少）。');
  });

  test('the default band rules carry the bands’ severities', () => {
    expect(['C', 'D', 'E'].map((creditBand) => evaluateFinancialRules({ figures: { creditBand } })[0]?.severity)).toEqual([1, 2, 3]);
  });

  test('follows edited rules and skips disabled ones', () => {
    const rules: FinancialRule[] = [
      { id: 'thin', kind: 'thin_capital', label: '資本金500万円未満', severity: 2, below_yen: 5_000_000 },
      { id: 'loss', kind: 'loss', label: '赤字', severity: 3, enabled: false },
    ];
    expect(rulesFired({ capitalYen: 3_000_000, profitUpperYen: -1 }, rules)).toEqual(['thin']);
  });
});

describe('parseFinancialRules', () => {
  test('accepts the defaults as JSON', () => {
    expect(parseFinancialRules(JSON.parse(JSON.stringify(DEFAULT_FINANCIAL_RULES)))).toEqual({ ok: true, value: DEFAULT_FINANCIAL_RULES });
  });

  test('keeps enabled when given and folds band names', () => {
    expect(parseFinancialRules([{ id: 'low', kind: 'credit_band', label: '低評点', severity: 2, bands: ['ｄ', 'e'], enabled: false }])).toEqual({
      ok: true,
      value: [{ id: 'low', kind: 'credit_band', label: '低評点', severity: 2, bands: ['D', 'E'], enabled: false }],
    });
  });

  const loss = { id: 'loss', kind: 'loss', label: '赤字', severity: 2 };
  test.each<[string, unknown, string]>([
    ['an object instead of an array', { rules: [] }, 'rules'],
    ['a rule that is not an object', ['loss'], 'rules[0]'],
    ['an unknown kind', [{ ...loss, kind: 'debt' }], 'rules[0].kind'],
    ['a missing id', [{ ...loss, id: undefined }], 'rules[0].id'],
    ['a repeated id', [loss, loss], 'rules[1].id'],
    ['an empty label', [{ ...loss, label: '' }], 'rules[0].label'],
    ['a severity of 5', [{ ...loss, severity: 5 }], 'rules[0].severity'],
    ['enabled as text', [{ ...loss, enabled: 'no' }], 'rules[0].enabled'],
    ['a key of another kind', [{ ...loss, below_yen: 1 }], 'rules[0].below_yen'],
    ['a key no kind has', [{ ...loss, threshold: 1 }], 'rules[0].threshold'],
    ['a missing threshold', [{ ...loss, id: 'thin', kind: 'thin_capital' }], 'rules[0].below_yen'],
    ['a threshold as text', [{ ...loss, id: 'thin', kind: 'thin_capital', below_yen: '1000000' }], 'rules[0].below_yen'],
    ['a drop over 100 %', [{ ...loss, id: 'drop', kind: 'sales_decline', min_drop_percent: 150 }], 'rules[0].min_drop_percent'],
    ['no bands', [{ ...loss, id: 'band', kind: 'credit_band', bands: [] }], 'rules[0].bands'],
    ['a band that is not text', [{ ...loss, id: 'band', kind: 'credit_band', bands: [4] }], 'rules[0].bands[0]'],
  ])('refuses %s, naming the path in a Japanese message', (_label, document, path) => {
    const result = parseFinancialRules(document);
    expect(result).toMatchObject({ ok: false, error: { path } });
    if (!result.ok) expect(result.error.message).toMatch(new RegExp(`^「${path.replace(/[[\].]/g, '\\$&')}」: .*[\\u3040-\\u30ff\\u4e00-\\u9fff]`, 'u'));
  });
});
