// Demo companies: one row per synthetic company, plus the facts later parts of the generator build on
// (size, industry section, representative, web slug). Risk levels and intent scores start at 0 and are
// filled in once findings and signals exist.
import { makeCorporateNumber } from '../../extensions/yuchi/src/domain/corporate-number.validator.ts';
import { buildSearchName } from '../../extensions/yuchi/src/domain/company-name.normalizer.ts';
import { createCompanyNamer } from './company-names.ts';
import { companyFigures, SIZE_WEIGHTS } from './company-figures.ts';
import { addDays, anyTimestamp, daysBeforeReference, randomDateBetween } from './demo-calendar.ts';
import type { CompanyRow } from './demo-data.types.ts';
import { businessSummary, type DemoIndustries } from './demo-industries.ts';
import { shortCityName, type Places } from './demo-places.ts';
import { randomPerson, type PersonName } from './person-names.ts';
import type { Random } from './seeded-random.ts';

export interface CompanyFacts {
  id: number;
  slug: string;
  section: string;
  division: string;
  sizeIndex: number;
  headcount: number;
  listed: boolean;
  representative: PersonName;
}

export interface BuiltCompanies {
  rows: CompanyRow[];
  facts: CompanyFacts[];
}

export const DEMO_SOURCE = 'demo';

const KINDS = [
  { value: '301', weight: 85 },
  { value: '302', weight: 8 },
  { value: '305', weight: 5 },
  { value: '399', weight: 2 },
];
const OTHER_BODY_SECTIONS = [
  { value: 'P', weight: 50 },
  { value: 'R', weight: 20 },
  { value: 'O', weight: 15 },
  { value: 'L', weight: 15 },
];
// The 会社法人等番号 part of the number: registry office code, then a two-digit kind, then a serial.
const REGISTRY_OFFICE = '9900';
const KIND_DIGITS: Readonly<Record<string, string>> = { '301': '01', '302': '02', '305': '03', '399': '05' };
const CLOSE_REASONS = [
  { value: '01', weight: 40 },
  { value: '11', weight: 30 },
  { value: '21', weight: 15 },
  { value: '31', weight: 15 },
];
// Smaller bodies by legal form: 有限会社 and 合同会社 rarely pass 50 staff.
const MAX_SIZE: Readonly<Record<string, number>> = { '302': 3, '305': 3, '399': 5 };
const LISTED_CHANCE = [0.002, 0.002, 0.002, 0.002, 0.002, 0.08, 0.3, 0.3];

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

function foundedOn(random: Random, corporateKind: string, sizeIndex: number): string {
  // No 有限会社 could be formed after the 会社法 came into force (2006-05-01), and no 合同会社 before it.
  const [from, to] =
    corporateKind === '302' ? [1955, 2005] : corporateKind === '305' ? [2007, 2025] : sizeIndex >= 5 ? [1920, 2000] : [1950, 2025];
  return `${random.int(from, to)}-${pad(random.int(1, 12), 2)}-${pad(random.int(1, 28), 2)}`;
}

// Serial numbers are spread by a step coprime to 10^6, so they look unordered yet never repeat.
function corporateNumberFor(index: number, corporateKind: string): string {
  const serial = (index * 7919 + 104_729) % 1_000_000;
  return makeCorporateNumber(`${REGISTRY_OFFICE}${KIND_DIGITS[corporateKind] ?? '09'}${pad(serial, 6)}`);
}

export function buildCompanies(random: Random, options: { count: number; places: Places; industries: DemoIndustries }): BuiltCompanies {
  const { places, industries } = options;
  const namer = createCompanyNamer();
  const rows: CompanyRow[] = [];
  const facts: CompanyFacts[] = [];
  const securitiesCodes = new Set<string>();

  for (let id = 1; id <= options.count; id += 1) {
    const corporateKind = random.weighted(KINDS);
    const section = corporateKind === '399' ? random.weighted(OTHER_BODY_SECTIONS) : industries.randomSection(random);
    const industry = industries.randomClass(random, section);
    const sizeIndex = Math.min(random.weighted(SIZE_WEIGHTS), MAX_SIZE[corporateKind] ?? 7);
    const listed = corporateKind === '301' && random.chance(LISTED_CHANCE[sizeIndex] ?? 0);
    const request = { corporateKind, section: industry.section, division: industry.division };
    const companyName = namer.next(random, request);
    const formerNames = random.chance(0.05) ? [namer.next(random, request).name] : [];
    const nameEn = sizeIndex < 3 && !listed && random.chance(0.5) ? null : companyName.en;
    const place = places.randomPlace(random, places.randomPrefecture(random), { urban: sizeIndex >= 4 });
    const figures = companyFigures(random, { sizeIndex, corporateKind, listed });
    const representative = randomPerson(random);
    const founded = foundedOn(random, corporateKind, sizeIndex);

    let securitiesCode: string | null = null;
    while (listed && securitiesCode === null) {
      const code = String(random.int(1300, 9999));
      if (!securitiesCodes.has(code)) securitiesCode = code;
    }
    if (securitiesCode !== null) securitiesCodes.add(securitiesCode);

    const closable = !listed && founded < '2024-01-01';
    const closedOn = closable && random.chance(0.05) ? randomDateBetween(random, addDays(founded > '2015-01-01' ? founded : '2015-01-01', 400), '2026-09-30') : null;

    rows.push({
      id,
      corporate_number: corporateNumberFor(id, corporateKind),
      name: companyName.name,
      name_kana: companyName.kana,
      name_en: nameEn,
      search_name: buildSearchName({ name: companyName.name, nameKana: companyName.kana, nameEn, formerNames }),
      corporate_kind: corporateKind,
      status: closedOn === null ? 'active' : 'closed',
      closed_on: closedOn,
      close_reason: closedOn === null ? null : random.weighted(CLOSE_REASONS),
      successor_corporate_number: null,
      prefecture_code: place.prefectureCode,
      city_code: place.cityCode,
      address: place.address,
      postal_code: place.postalCode,
      representative_name: representative.name,
      industry: industry.classCode,
      business_summary: businessSummary(random, { className: industry.className, place: shortCityName(place.cityName) }),
      capital_yen: figures.capitalYen,
      employees_lower: figures.employees.lower,
      employees_upper: figures.employees.upper,
      employees_label: figures.employees.label,
      sales_lower_yen: figures.sales.lower,
      sales_upper_yen: figures.sales.upper,
      sales_label: figures.sales.label,
      profit_lower_yen: figures.profit.lower,
      profit_upper_yen: figures.profit.upper,
      profit_label: figures.profit.label,
      capital_lower_yen: figures.capital.lower,
      capital_upper_yen: figures.capital.upper,
      capital_label: figures.capital.label,
      founded_on: founded,
      website: sizeIndex >= 2 || random.chance(0.5) ? `https://${companyName.slug}.example.jp` : null,
      phone: places.phone(random, place.prefectureCode),
      securities_code: securitiesCode,
      risk_level: 0,
      risk_antisocial: 0,
      risk_financial: 0,
      risk_sanction: 0,
      risk_existence: 0,
      risk_reputation: 0,
      intent_score: 0,
      source: DEMO_SOURCE,
      source_updated_at: anyTimestamp(random, daysBeforeReference(random, 0, 120)),
    });
    facts.push({ id, slug: companyName.slug, section: industry.section, division: industry.division, sizeIndex, headcount: figures.headcount, listed, representative });
  }

  linkSuccessors(random, rows);
  return { rows, facts };
}

// A company dissolved by merger (事由 11) names the company that took it over.
function linkSuccessors(random: Random, rows: CompanyRow[]): void {
  const active = rows.filter((row) => row.status === 'active');
  for (const row of rows) {
    if (row.close_reason !== '11') continue;
    const samePrefecture = active.filter((other) => other.prefecture_code === row.prefecture_code);
    row.successor_corporate_number = random.pick(samePrefecture.length > 0 ? samePrefecture : active).corporate_number;
  }
}
