// Demo visit records (訪問記録): about 300 visits, calls and online meetings by the staff, most with companies
// whose people they hold cards from. Visits after the reference day are planned; earlier ones done or cancelled.
import { addDays, officeHoursTimestamp, randomDateBetween, REFERENCE_DATE } from './demo-calendar.ts';
import type { BusinessCardRow, CompanyRow, VisitContactRow, VisitRow, VisitSharedWithRow, VisitStaffRow } from './demo-data.types.ts';
import type { Random } from './seeded-random.ts';
import { colleaguesToShareWith } from './staff-sharing.ts';

const VISIT_COUNT = 300;
const KINDS = [
  { value: 'visit' as const, weight: 45 },
  { value: 'online' as const, weight: 20 },
  { value: 'call' as const, weight: 20 },
  { value: 'event' as const, weight: 10 },
  { value: 'mail' as const, weight: 5 },
];
const PURPOSES = [
  '工業団地のご案内',
  '補助金制度の説明',
  '新工場候補地の視察対応',
  '本社機能移転に関する意見交換',
  '立地後のフォローアップ',
  'サテライトオフィス開設の相談',
  'データセンター立地の打ち合わせ',
  '人材確保支援策の紹介',
];
const SUMMARIES = [
  '県内の工業団地の空き区画と分譲価格を説明した。',
  '設備投資に使える県の補助制度を紹介した。',
  '候補地の交通アクセスと電力供給について質問を受けた。',
  '事業計画の進み具合と立地の検討時期を伺った。',
  '既存拠点の増設計画について意見交換した。',
];
const OUTCOMES = ['候補地の資料を追加で送ることになった。', '来年度の予算編成後に改めて検討するとのこと。', '現地視察の日程を調整中。', '現時点で立地の予定はない。'];
const NEXT_ACTIONS = ['資料送付', '現地視察の日程調整', '補助金の要件確認', '社内検討結果の確認', '担当課との打ち合わせ設定'];

export interface BuiltVisits {
  visits: VisitRow[];
  staff: VisitStaffRow[];
  contacts: VisitContactRow[];
  sharedWith: VisitSharedWithRow[];
}

export function buildVisits(
  random: Random,
  options: { companies: readonly CompanyRow[]; cards: readonly BusinessCardRow[]; staff: readonly string[] },
): BuiltVisits {
  const cardsOf = new Map<number, BusinessCardRow[]>();
  for (const card of options.cards) cardsOf.set(card.company, [...(cardsOf.get(card.company) ?? []), card]);
  const withCards = [...cardsOf.keys()];
  const active = options.companies.filter((company) => company.status === 'active');
  const built: BuiltVisits = { visits: [], staff: [], contacts: [], sharedWith: [] };

  for (let id = 1; id <= VISIT_COUNT; id += 1) {
    const company = withCards.length > 0 && random.chance(0.8) ? random.pick(withCards) : random.pick(active).id;
    const date = randomDateBetween(random, addDays(REFERENCE_DATE, -540), addDays(REFERENCE_DATE, 60));
    const status = date > REFERENCE_DATE ? 'planned' : random.chance(0.9) ? 'done' : 'cancelled';
    const kind = random.weighted(KINDS);
    const owner = random.pick(options.staff);
    const done = status === 'done';
    const followUp = status !== 'cancelled' && random.chance(0.5);
    built.visits.push({
      id,
      company,
      visited_at: officeHoursTimestamp(random, date),
      kind,
      status,
      purpose: random.pick(PURPOSES),
      summary: done ? random.pick(SUMMARIES) : null,
      notes: random.chance(0.3) ? (status === 'cancelled' ? '先方の都合により中止。' : '手土産不要。駐車場あり。') : null,
      outcome: done ? random.pick(OUTCOMES) : null,
      next_action: followUp ? random.pick(NEXT_ACTIONS) : null,
      next_action_due: followUp ? addDays(date, random.int(7, 45)) : null,
      owner,
    });

    const team = [owner, ...colleaguesToShareWith(random, { owner, staff: options.staff, chance: 0.3 }).slice(0, 1)];
    for (const member of team) built.staff.push({ id: built.staff.length + 1, visits_id: id, directus_users_id: member });
    if (kind !== 'mail') {
      for (const card of random.sample(cardsOf.get(company) ?? [], random.int(1, 2))) {
        built.contacts.push({ id: built.contacts.length + 1, visits_id: id, business_cards_id: card.id });
      }
    }
    for (const colleague of colleaguesToShareWith(random, { owner, staff: options.staff, chance: 0.25 })) {
      if (!team.includes(colleague)) built.sharedWith.push({ id: built.sharedWith.length + 1, visits_id: id, directus_users_id: colleague });
    }
  }
  return built;
}
