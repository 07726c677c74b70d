// Size figures for a demo company: employees, sales, profit and capital, mostly as the range labels that company
// databases publish (50〜99人, 1億〜5億円未満), sometimes as exact values (lower = upper).
import type { RangeColumns } from './demo-data.types.ts';
import type { Random } from './seeded-random.ts';

interface Band {
  lower: number | null;
  upper: number | null;
  label: string;
}

const EMPLOYEE_BANDS: readonly Band[] = [
  { lower: 1, upper: 4, label: '1〜4人' },
  { lower: 5, upper: 9, label: '5〜9人' },
  { lower: 10, upper: 19, label: '10〜19人' },
  { lower: 20, upper: 49, label: '20〜49人' },
  { lower: 50, upper: 99, label: '50〜99人' },
  { lower: 100, upper: 299, label: '100〜299人' },
  { lower: 300, upper: 999, label: '300〜999人' },
  { lower: 1000, upper: null, label: '1000人以上' },
];
// Most companies are small; index into EMPLOYEE_BANDS.
export const SIZE_WEIGHTS = [22, 18, 17, 17, 10, 9, 5, 2].map((weight, value) => ({ value, weight }));

const OKU = 100_000_000;
const MAN = 10_000;
const SALES_BANDS: readonly Band[] = [
  { lower: 0, upper: OKU - 1, label: '1億円未満' },
  { lower: OKU, upper: 5 * OKU - 1, label: '1億〜5億円未満' },
  { lower: 5 * OKU, upper: 10 * OKU - 1, label: '5億〜10億円未満' },
  { lower: 10 * OKU, upper: 50 * OKU - 1, label: '10億〜50億円未満' },
  { lower: 50 * OKU, upper: 100 * OKU - 1, label: '50億〜100億円未満' },
  { lower: 100 * OKU, upper: 500 * OKU - 1, label: '100億〜500億円未満' },
  { lower: 500 * OKU, upper: 1000 * OKU - 1, label: '500億〜1000億円未満' },
  { lower: 1000 * OKU, upper: null, label: '1000億円以上' },
];
const PROFIT_BANDS: readonly Band[] = [
  { lower: null, upper: -OKU, label: '赤字1億円以上' },
  { lower: -OKU + 1, upper: -1000 * MAN, label: '赤字1000万〜1億円未満' },
  { lower: -1000 * MAN + 1, upper: -1, label: '赤字1000万円未満' },
  { lower: 0, upper: 1000 * MAN - 1, label: '0〜1000万円未満' },
  { lower: 1000 * MAN, upper: OKU - 1, label: '1000万〜1億円未満' },
  { lower: OKU, upper: 10 * OKU - 1, label: '1億〜10億円未満' },
  { lower: 10 * OKU, upper: null, label: '10億円以上' },
];
const CAPITAL_BANDS: readonly Band[] = [
  { lower: 0, upper: 1000 * MAN - 1, label: '1000万円未満' },
  { lower: 1000 * MAN, upper: 3000 * MAN - 1, label: '1000万〜3000万円未満' },
  { lower: 3000 * MAN, upper: 5000 * MAN - 1, label: '3000万〜5000万円未満' },
  { lower: 5000 * MAN, upper: OKU - 1, label: '5000万〜1億円未満' },
  { lower: OKU, upper: 3 * OKU - 1, label: '1億〜3億円未満' },
  { lower: 3 * OKU, upper: 10 * OKU - 1, label: '3億〜10億円未満' },
  { lower: 10 * OKU, upper: null, label: '10億円以上' },
];

// Typical capital by size class; 有限会社 and 合同会社 stay small, その他の法人 have none.
const CAPITAL_BY_SIZE: readonly (readonly number[])[] = [
  [100 * MAN, 300 * MAN, 500 * MAN, 1000 * MAN],
  [300 * MAN, 500 * MAN, 1000 * MAN],
  [1000 * MAN, 2000 * MAN, 3000 * MAN],
  [1000 * MAN, 3000 * MAN, 5000 * MAN],
  [3000 * MAN, 5000 * MAN, 8000 * MAN, OKU],
  [5000 * MAN, OKU, 3 * OKU],
  [OKU, 3 * OKU, 5 * OKU, 10 * OKU],
  [10 * OKU, 50 * OKU, 100 * OKU, 300 * OKU],
];
const SMALL_FORM_CAPITAL: Readonly<Record<string, readonly number[]>> = {
  '302': [300 * MAN, 500 * MAN, 1000 * MAN],
  '305': [10 * MAN, 100 * MAN, 300 * MAN, 500 * MAN],
};

const groupThousands = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

// 1234000000 → '12億3,400万円'; losses carry △ as Japanese accounts write them.
export function formatYen(value: number): string {
  const sign = value < 0 ? '△' : '';
  const abs = Math.abs(value);
  const oku = Math.floor(abs / OKU);
  const man = Math.floor((abs % OKU) / MAN);
  if (oku === 0 && man === 0) return `${sign}${groupThousands(abs)}円`;
  return `${sign}${oku > 0 ? `${groupThousands(oku)}億` : ''}${man > 0 ? `${groupThousands(man)}万` : ''}円`;
}

function bandOf(bands: readonly Band[], value: number): Band {
  const band = bands.find((b) => (b.lower === null || value >= b.lower) && (b.upper === null || value <= b.upper));
  if (band === undefined) throw new RangeError(`No band holds ${value}`);
  return band;
}

const asRange = (band: Band): RangeColumns => ({ lower: band.lower, upper: band.upper, label: band.label });
const exact = (value: number, label: string): RangeColumns => ({ lower: value, upper: value, label });
const EMPTY: RangeColumns = { lower: null, upper: null, label: null };

export interface CompanyFigures {
  employees: RangeColumns;
  headcount: number;
  sales: RangeColumns;
  profit: RangeColumns;
  capitalYen: number | null;
  capital: RangeColumns;
}

export function companyFigures(random: Random, options: { sizeIndex: number; corporateKind: string; listed: boolean }): CompanyFigures {
  const band = EMPLOYEE_BANDS[options.sizeIndex] ?? EMPLOYEE_BANDS[0];
  if (band === undefined || band.lower === null) throw new RangeError(`Unknown size class ${options.sizeIndex}`);
  const headcount = random.int(band.lower, band.upper ?? 8000);
  const exactFigures = options.listed || random.chance(0.2);
  const employees = exactFigures ? exact(headcount, `${headcount}人`) : asRange(band);

  let sales = EMPTY;
  let profit = EMPTY;
  if (options.listed || random.chance(0.92)) {
    const salesYen = headcount * random.int(800, 4000) * MAN;
    const margin = random.chance(0.15) ? -random.int(1, 80) / 1000 : random.int(0, 120) / 1000;
    const profitYen = Math.round((salesYen * margin) / MAN) * MAN;
    sales = options.listed ? exact(salesYen, formatYen(salesYen)) : asRange(bandOf(SALES_BANDS, salesYen));
    profit = options.listed ? exact(profitYen, formatYen(profitYen)) : asRange(bandOf(PROFIT_BANDS, profitYen));
  }

  let capitalYen: number | null = null;
  if (options.corporateKind !== '399') {
    const choices = SMALL_FORM_CAPITAL[options.corporateKind] ?? CAPITAL_BY_SIZE[options.sizeIndex] ?? [];
    capitalYen = random.pick(choices);
  }
  let capital = EMPTY;
  if (capitalYen !== null) {
    capital = options.listed || random.chance(0.4) ? exact(capitalYen, formatYen(capitalYen)) : asRange(bandOf(CAPITAL_BANDS, capitalYen));
  }
  return { employees, headcount, sales, profit, capitalYen, capital };
}

// A site's share of the company's staff, as a range.
export function employeesForSite(random: Random, companyHeadcount: number, share: number): RangeColumns {
  const headcount = Math.max(1, Math.round(companyHeadcount * share * (0.5 + random.next())));
  return asRange(bandOf(EMPLOYEE_BANDS, headcount));
}
