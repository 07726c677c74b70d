// Demo target lists (抽出リスト): saved searches with their criteria and the companies they returned, worked
// out from the generated companies so that row_count and the members agree.
import { anyTimestamp, daysBeforeReference } from './demo-calendar.ts';
import type { CompanyRow, TargetListCompanyRow, TargetListCriteria, TargetListRow, TargetListSharedWithRow } from './demo-data.types.ts';
import type { DemoIndustries } from './demo-industries.ts';
import type { Random } from './seeded-random.ts';
import { colleaguesToShareWith } from './staff-sharing.ts';

const MAX_MEMBERS = 300;
const LISTS: readonly (readonly [name: string, criteria: TargetListCriteria])[] = [
  ['新潟県内 製造業（従業員50人以上）', { prefectures: ['15'], industries: ['E'], employeesMin: 50 }],
  ['首都圏 情報通信業（サテライトオフィス候補）', { prefectures: ['13', '14', '11', '12'], industries: ['G'] }],
  ['インテント上位（スコア50以上）', { intentScoreMin: 50 }],
  ['関西・中部 運輸業（物流施設ニーズ）', { prefectures: ['23', '26', '27', '28'], industries: ['H'] }],
  ['リスクなし 製造業（従業員300人以上）', { industries: ['E'], employeesMin: 300, riskLevelMax: 0 }],
  ['新潟県内 食品・飲料製造業', { prefectures: ['15'], industries: ['09', '10'] }],
];

export interface BuiltTargetLists {
  lists: TargetListRow[];
  members: TargetListCompanyRow[];
  sharedWith: TargetListSharedWithRow[];
}

// Industries match by section letter (E) or by code prefix (09 → every class under division 09).
function matches(company: CompanyRow, criteria: TargetListCriteria, industries: DemoIndustries): boolean {
  if (company.status !== 'active') return false;
  if (criteria.prefectures !== undefined && !criteria.prefectures.includes(company.prefecture_code)) return false;
  if (
    criteria.industries !== undefined &&
    !criteria.industries.some((code) => industries.sectionOf(company.industry) === code || company.industry.startsWith(code))
  ) {
    return false;
  }
  if (criteria.employeesMin !== undefined && (company.employees_lower ?? 0) < criteria.employeesMin) return false;
  if (criteria.intentScoreMin !== undefined && company.intent_score < criteria.intentScoreMin) return false;
  if (criteria.riskLevelMax !== undefined && company.risk_level > criteria.riskLevelMax) return false;
  return true;
}

export function buildTargetLists(
  random: Random,
  options: { companies: readonly CompanyRow[]; industries: DemoIndustries; staff: readonly string[] },
): BuiltTargetLists {
  const built: BuiltTargetLists = { lists: [], members: [], sharedWith: [] };
  LISTS.forEach(([name, criteria], index) => {
    const id = index + 1;
    const owner = options.staff[index % options.staff.length] ?? random.pick(options.staff);
    const lastRunAt = anyTimestamp(random, daysBeforeReference(random, 0, 30));
    const members = options.companies.filter((company) => matches(company, criteria, options.industries)).slice(0, MAX_MEMBERS);
    built.lists.push({ id, name, criteria: structuredClone(criteria), last_run_at: lastRunAt, row_count: members.length, owner });
    for (const company of members) built.members.push({ id: built.members.length + 1, list: id, company: company.id, added_at: lastRunAt });
    for (const colleague of colleaguesToShareWith(random, { owner, staff: options.staff, chance: 0.5 })) {
      built.sharedWith.push({ id: built.sharedWith.length + 1, target_lists_id: id, directus_users_id: colleague });
    }
  });
  return built;
}
