// Demo business cards (名刺) that the prefecture's staff collected: about 400, from companies showing interest,
// from Niigata and from elsewhere. E-mail addresses are on the companies' example.jp domains only.
import { daysBeforeReference } from './demo-calendar.ts';
import type { BusinessCardRow, BusinessCardSharedWithRow, CompanyRow, DepartmentRow, EstablishmentRow } from './demo-data.types.ts';
import type { CompanyFacts } from './company-rows.ts';
import { fakeMobile, NIIGATA } from './demo-places.ts';
import { randomPerson } from './person-names.ts';
import type { Random } from './seeded-random.ts';
import { colleaguesToShareWith } from './staff-sharing.ts';

const CARD_COUNT = 400;
const TITLES = ['部長', '課長', '係長', '主任', '担当', '取締役', '執行役員', '室長', 'マネージャー', null];
const DEPARTMENTS = ['総務部', '営業部', '経営企画室', '事業開発部', '施設管理部', '人事部'];
const NOTES = [
  '企業立地セミナー（東京）で名刺交換',
  '工業団地の視察を希望',
  '補助金制度について後日資料送付',
  '県人会の紹介',
  '展示会ブースで名刺交換',
  'オンライン説明会に参加',
];

export interface BuiltBusinessCards {
  cards: BusinessCardRow[];
  sharedWith: BusinessCardSharedWithRow[];
}

export function buildBusinessCards(
  random: Random,
  options: {
    companies: readonly CompanyRow[];
    facts: readonly CompanyFacts[];
    establishments: ReadonlyMap<number, readonly EstablishmentRow[]>;
    departments: readonly DepartmentRow[];
    staff: readonly string[];
  },
): BuiltBusinessCards {
  const active = options.companies.filter((company) => company.status === 'active');
  const interested = active.filter((company) => company.intent_score > 0);
  const niigata = active.filter((company) => company.prefecture_code === NIIGATA && company.intent_score === 0);
  const others = active.filter((company) => company.prefecture_code !== NIIGATA && company.intent_score === 0);
  const picked = [...random.sample(interested, 80), ...random.sample(niigata, 50), ...random.sample(others, 30)].sort((a, b) => a.id - b.id);
  const departmentsOf = new Map<number, string[]>();
  for (const department of options.departments) departmentsOf.set(department.company, [...(departmentsOf.get(department.company) ?? []), department.name]);

  const cards: BusinessCardRow[] = [];
  const sharedWith: BusinessCardSharedWithRow[] = [];
  const emails = new Set<string>();
  while (cards.length < CARD_COUNT && picked.length > 0) {
    for (const company of picked) {
      if (cards.length >= CARD_COUNT) break;
      if (!random.chance(0.6)) continue;
      const facts = options.facts[company.id - 1];
      const sites = (options.establishments.get(company.id) ?? []).filter((site) => site.status === 'active');
      const site = sites.length > 0 && random.chance(0.7) ? sites[0] : sites.length > 0 ? random.pick(sites) : undefined;
      const person = randomPerson(random);
      const localPart = `${person.givenRomaji}.${person.familyRomaji}`;
      let email = `${localPart}@${facts?.slug ?? `company${company.id}`}.example.jp`;
      for (let n = 2; emails.has(email); n += 1) email = email.replace(/^[^@]+/u, `${localPart}${n}`);
      emails.add(email);
      const owner = random.pick(options.staff);
      const id = cards.length + 1;
      cards.push({
        id,
        company: company.id,
        establishment: site?.id ?? null,
        person_name: person.name,
        person_name_kana: person.kana,
        department_name: random.chance(0.9) ? random.pick(departmentsOf.get(company.id) ?? DEPARTMENTS) : null,
        title: random.pick(TITLES),
        email,
        phone: site?.phone ?? company.phone,
        mobile: random.chance(0.6) ? fakeMobile(random) : null,
        address: site?.address ?? company.address,
        exchanged_on: daysBeforeReference(random, 1, 730),
        image: null,
        notes: random.chance(0.4) ? random.pick(NOTES) : null,
        owner,
      });
      for (const colleague of colleaguesToShareWith(random, { owner, staff: options.staff, chance: 0.3 })) {
        sharedWith.push({ id: sharedWith.length + 1, business_cards_id: id, directus_users_id: colleague });
      }
    }
  }
  return { cards, sharedWith };
}
