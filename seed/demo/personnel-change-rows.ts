// Demo personnel changes (人事異動) as trade papers print them, for companies of a hundred staff or more.
import { randomDateBetween } from './demo-calendar.ts';
import type { CompanyRow, PersonnelChangeRow } from './demo-data.types.ts';
import type { CompanyFacts } from './company-rows.ts';
import { randomPerson } from './person-names.ts';
import type { Random } from './seeded-random.ts';

const DEPARTMENTS = ['営業部', '総務部', '経理部', '製造部', '技術部', '経営企画部', '人事部', '品質保証部', '海外事業部'];
const PROMOTIONS: readonly (readonly [string, string])[] = [
  ['課長', '部長'],
  ['副部長', '部長'],
  ['部長', '執行役員'],
  ['部長', '取締役'],
  ['執行役員', '常務取締役'],
];
// Most changes take effect on the usual dates: the start of the fiscal year and the day after the AGM.
const USUAL_DATES = ['2025-04-01', '2025-06-27', '2025-10-01', '2026-04-01', '2026-06-26', '2026-07-01', '2026-10-01'];

// As the papers print them: 営業部長, 営業部課長, 執行役員（営業担当）.
function title(department: string, rank: string): string {
  if (rank === '部長') return `${department.replace(/部$/u, '')}部長`;
  if (rank === '課長' || rank === '副部長') return `${department}${rank}`;
  return `${rank}（${department.replace(/部$/u, '')}担当）`;
}

export function buildPersonnelChanges(random: Random, options: { companies: readonly CompanyRow[]; facts: readonly CompanyFacts[] }): PersonnelChangeRow[] {
  const rows: PersonnelChangeRow[] = [];
  options.companies.forEach((company, index) => {
    const facts = options.facts[index];
    if (facts === undefined || company.status === 'closed' || facts.sizeIndex < 5 || !random.chance(0.6)) return;
    for (let n = random.int(1, 3); n > 0; n -= 1) {
      const person = randomPerson(random);
      const [from, to] = random.pick(PROMOTIONS);
      const department = random.pick(DEPARTMENTS);
      const nextDepartment = random.chance(0.6) ? department : random.pick(DEPARTMENTS);
      const id = rows.length + 1;
      rows.push({
        id,
        company: company.id,
        person_name: person.name,
        person_name_kana: person.kana,
        position_before: title(department, from),
        position_after: title(nextDepartment, to),
        effective_on: random.chance(0.8) ? random.pick(USUAL_DATES) : randomDateBetween(random, '2025-01-01', '2026-10-15'),
        source_url: `https://news.example.jp/personnel/${id}`,
      });
    }
  });
  return rows;
}
