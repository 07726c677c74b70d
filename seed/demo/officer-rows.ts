// Demo officers (役員): for most companies of ten staff or more and some smaller ones. Exactly one officer per
// company is the representative, and it is the person named in companies.representative_name.
import { randomDateBetween, REFERENCE_DATE } from './demo-calendar.ts';
import type { CompanyRow, OfficerRow } from './demo-data.types.ts';
import { DEMO_SOURCE, type CompanyFacts } from './company-rows.ts';
import { randomPerson } from './person-names.ts';
import type { Random } from './seeded-random.ts';

// Large companies have the whole ladder; small ones a director or two and an auditor.
const LARGE_COMPANY_TITLES = ['取締役副社長', '専務取締役', '常務取締役', '取締役', '取締役', '社外取締役', '監査役', '常勤監査役'];
const OTHER_TITLES: Readonly<Record<string, readonly string[]>> = {
  '301': ['取締役', '取締役', '取締役', '監査役'],
  '302': ['取締役', '取締役', '監査役'],
  '305': ['業務執行社員', '社員'],
  '399': ['理事', '理事', '理事', '監事'],
};
const OFFICER_COUNT: Readonly<Record<string, readonly [number, number]>> = { '301': [2, 5], '302': [1, 3], '305': [1, 2], '399': [2, 4] };

function representativeTitle(company: CompanyRow, sizeIndex: number): string {
  switch (company.corporate_kind) {
    case '301':
      return sizeIndex >= 4 ? '代表取締役社長' : '代表取締役';
    case '302':
      return '代表取締役';
    case '305':
      return '代表社員';
    default:
      return company.name.startsWith('一般') ? '代表理事' : '理事長';
  }
}

export function buildOfficers(random: Random, options: { companies: readonly CompanyRow[]; facts: readonly CompanyFacts[] }): OfficerRow[] {
  const rows: OfficerRow[] = [];
  options.companies.forEach((company, index) => {
    const facts = options.facts[index];
    if (facts === undefined || !(facts.sizeIndex >= 2 || facts.listed || random.chance(0.3))) return;
    const [min, max] = OFFICER_COUNT[company.corporate_kind] ?? [1, 2];
    const count = random.int(min, Math.min(max, min + facts.sizeIndex));
    const pool = company.corporate_kind === '301' && facts.sizeIndex >= 5 ? LARGE_COMPANY_TITLES : (OTHER_TITLES[company.corporate_kind] ?? ['取締役']);
    const titles = random.sample(pool, count - 1);
    const names = new Set([company.representative_name]);
    const officer = (person: { name: string; kana: string; title: string; isRepresentative: boolean }): OfficerRow => ({
      id: rows.length + 1,
      company: company.id,
      name: person.name,
      name_kana: person.kana,
      title: person.title,
      is_representative: person.isRepresentative,
      appointed_on: randomDateBetween(random, company.founded_on > '2000-01-01' ? company.founded_on : '2000-01-01', company.closed_on ?? REFERENCE_DATE),
      source: DEMO_SOURCE,
      source_updated_at: company.source_updated_at,
    });

    rows.push(
      officer({ name: company.representative_name, kana: facts.representative.kana, title: representativeTitle(company, facts.sizeIndex), isRepresentative: true }),
    );
    for (const title of titles) {
      let person = randomPerson(random);
      while (names.has(person.name)) person = randomPerson(random);
      names.add(person.name);
      rows.push(officer({ name: person.name, kana: person.kana, title, isRepresentative: false }));
    }
  });
  return rows;
}
