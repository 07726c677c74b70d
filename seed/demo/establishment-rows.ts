// Demo sites (拠点): every company has its head office, larger ones add branches, sales offices, factories and
// labs. Factories lean towards Niigata. Parents come before the sites under them, so ids insert in order.
import { addDays, randomDateBetween, REFERENCE_DATE } from './demo-calendar.ts';
import type { CompanyRow, EstablishmentKind, EstablishmentRow } from './demo-data.types.ts';
import { employeesForSite } from './company-figures.ts';
import { DEMO_SOURCE, type CompanyFacts } from './company-rows.ts';
import { NIIGATA, shortCityName, type Places } from './demo-places.ts';
import type { Random, Weighted } from './seeded-random.ts';

type SiteKind = Exclude<EstablishmentKind, 'head_office'>;

const SITE_COUNT_WEIGHTS: readonly (readonly number[])[] = [
  [80, 15, 5, 0, 0],
  [45, 30, 15, 7, 3],
  [20, 30, 25, 15, 10],
  [5, 15, 25, 30, 25],
];
const KIND_WEIGHTS: Readonly<Record<string, Readonly<Partial<Record<SiteKind, number>>>>> = {
  E: { factory: 40, sales_office: 20, branch: 10, lab: 8, logistics: 8, branch_office: 8, other: 6 },
  H: { logistics: 40, sales_office: 30, branch: 20, other: 10 },
  I: { sales_office: 30, store: 30, branch: 20, logistics: 10, other: 10 },
  G: { branch_office: 30, sales_office: 30, branch: 20, lab: 10, other: 10 },
  default: { sales_office: 40, branch: 30, branch_office: 10, other: 20 },
};
const SUFFIXES: Readonly<Record<SiteKind, string>> = {
  branch_office: '支社',
  branch: '支店',
  sales_office: '営業所',
  factory: '工場',
  lab: '研究所',
  logistics: '物流センター',
  store: '店',
  other: '事業所',
};
const ORDINALS = ['第二', '第三', '第四', '第五', '第六'];
const BUSINESS_CENTRES = [
  { value: '13', weight: 30 }, { value: '27', weight: 15 }, { value: '23', weight: 12 }, { value: '15', weight: 12 },
  { value: '40', weight: 8 }, { value: '04', weight: 6 }, { value: '01', weight: 6 }, { value: '34', weight: 5 },
];
const SHARE: Readonly<Record<SiteKind, number>> = {
  factory: 0.3, lab: 0.1, logistics: 0.1, branch_office: 0.1, branch: 0.06, sales_office: 0.03, store: 0.03, other: 0.03,
};

export interface BuiltEstablishments {
  rows: EstablishmentRow[];
  byCompany: ReadonlyMap<number, readonly EstablishmentRow[]>;
}

function sitePrefecture(random: Random, kind: SiteKind, company: CompanyRow, places: Places): string {
  if (kind === 'factory' || kind === 'lab' || kind === 'logistics') {
    if (company.prefecture_code === NIIGATA) return random.chance(0.8) ? NIIGATA : places.randomPrefecture(random);
    return random.chance(0.35) ? NIIGATA : places.randomPrefecture(random);
  }
  if (kind === 'store') return random.chance(0.7) ? company.prefecture_code : places.randomPrefecture(random);
  const centre = random.weighted(BUSINESS_CENTRES);
  return places.prefectureCodes.includes(centre) ? centre : company.prefecture_code;
}

export function buildEstablishments(
  random: Random,
  options: { companies: readonly CompanyRow[]; facts: readonly CompanyFacts[]; places: Places },
): BuiltEstablishments {
  const rows: EstablishmentRow[] = [];
  const byCompany = new Map<number, EstablishmentRow[]>();

  options.companies.forEach((company, index) => {
    const facts = options.facts[index];
    if (facts === undefined) return;
    const closed = company.status === 'closed';
    const sites: EstablishmentRow[] = [];
    const add = (row: Omit<EstablishmentRow, 'id' | 'company' | 'source' | 'source_updated_at'>): EstablishmentRow => {
      const full = { id: rows.length + 1, company: company.id, ...row, source: DEMO_SOURCE, source_updated_at: company.source_updated_at };
      rows.push(full);
      sites.push(full);
      return full;
    };

    const headOffice = add({
      name: '本社',
      kind: 'head_office',
      is_headquarters: true,
      status: company.status,
      closed_on: company.closed_on,
      prefecture_code: company.prefecture_code,
      city_code: company.city_code,
      address: company.address,
      postal_code: company.postal_code,
      phone: company.phone,
      employees_lower: company.employees_lower,
      employees_upper: company.employees_upper,
      employees_label: company.employees_label,
      parent_establishment: null,
    });

    const countWeights = SITE_COUNT_WEIGHTS[Math.floor(facts.sizeIndex / 2)] ?? [1];
    const count = random.weighted(countWeights.map((weight, value) => ({ value, weight })));
    const kindWeights = KIND_WEIGHTS[facts.section] ?? KIND_WEIGHTS['default'] ?? {};
    const kindChoices: Weighted<SiteKind>[] = Object.entries(kindWeights).map(([value, weight]) => ({ value: value as SiteKind, weight: weight ?? 0 }));
    // Sales offices last: they may hang under a branch, which must exist first.
    const kinds = Array.from({ length: count }, () => random.weighted(kindChoices)).sort(
      (a, b) => Number(a === 'sales_office') - Number(b === 'sales_office'),
    );
    const usedNames = new Set(['本社']);

    for (const kind of kinds) {
      const place = options.places.randomPlace(random, sitePrefecture(random, kind, company, options.places), {
        industrial: kind === 'factory' || kind === 'logistics',
        urban: kind === 'branch_office' || kind === 'branch' || kind === 'sales_office',
      });
      const short = shortCityName(place.cityName);
      let name = `${short}${SUFFIXES[kind]}`;
      for (let n = 0; usedNames.has(name) && n < ORDINALS.length; n += 1) name = `${short}${ORDINALS[n] ?? ''}${SUFFIXES[kind]}`;
      usedNames.add(name);
      const branches = sites.filter((site) => site.kind === 'branch' || site.kind === 'branch_office');
      const parent = kind === 'sales_office' && branches.length > 0 && random.chance(0.6) ? random.pick(branches) : headOffice;
      const siteClosed = closed || random.chance(0.05);
      const employees = employeesForSite(random, facts.headcount, SHARE[kind]);
      add({
        name,
        kind,
        is_headquarters: false,
        status: siteClosed ? 'closed' : 'active',
        closed_on: closed ? company.closed_on : siteClosed ? randomDateBetween(random, addDays(REFERENCE_DATE, -1800), '2026-09-30') : null,
        prefecture_code: place.prefectureCode,
        city_code: place.cityCode,
        address: place.address,
        postal_code: place.postalCode,
        phone: options.places.phone(random, place.prefectureCode),
        employees_lower: employees.lower,
        employees_upper: employees.upper,
        employees_label: employees.label,
        parent_establishment: parent.id,
      });
    }
    byCompany.set(company.id, sites);
  });
  return { rows, byCompany };
}
