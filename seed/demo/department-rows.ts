// Demo departments (部署) with direct lines, for companies of ten staff or more. Production departments sit at a
// factory when the company has one; the rest at the head office or at no particular site.
import type { CompanyRow, DepartmentRow, EstablishmentRow } from './demo-data.types.ts';
import { DEMO_SOURCE, type CompanyFacts } from './company-rows.ts';
import type { Places } from './demo-places.ts';
import type { Random } from './seeded-random.ts';

const OFFICE_DEPARTMENTS = ['総務部', '営業部', '経理部', '人事部', '経営企画室', '情報システム部', '購買部', '海外事業部', '広報室', '事業開発部'];
const PRODUCTION_DEPARTMENTS = ['製造部', '品質保証部', '生産技術部', '工場管理課', '研究開発部'];

export function buildDepartments(
  random: Random,
  options: {
    companies: readonly CompanyRow[];
    facts: readonly CompanyFacts[];
    establishments: ReadonlyMap<number, readonly EstablishmentRow[]>;
    places: Places;
  },
): DepartmentRow[] {
  const rows: DepartmentRow[] = [];
  options.companies.forEach((company, index) => {
    const facts = options.facts[index];
    if (facts === undefined || facts.sizeIndex < 2 || company.status === 'closed') return;
    const sites = options.establishments.get(company.id) ?? [];
    const headOffice = sites.find((site) => site.is_headquarters);
    const factory = sites.find((site) => site.kind === 'factory');
    const pool = facts.section === 'E' ? [...OFFICE_DEPARTMENTS.slice(0, 4), ...PRODUCTION_DEPARTMENTS] : OFFICE_DEPARTMENTS;
    for (const name of random.sample(pool, random.int(1, Math.min(5, 1 + facts.sizeIndex)))) {
      const production = PRODUCTION_DEPARTMENTS.includes(name);
      const site = production && factory !== undefined ? factory : random.chance(0.7) ? headOffice : undefined;
      rows.push({
        id: rows.length + 1,
        company: company.id,
        establishment: site?.id ?? null,
        name,
        phone_direct: random.chance(0.85) ? options.places.phone(random, site?.prefecture_code ?? company.prefecture_code) : null,
        source: DEMO_SOURCE,
        source_updated_at: company.source_updated_at,
      });
    }
  });
  return rows;
}
