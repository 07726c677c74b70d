// The query shapes of the search benchmark: each draws fresh random values on every run, so no two runs ask the
// same thing. `name` shapes are the ones the ≥ 20× target against Directus's own /items speaks of.
import type { DatasetFacts } from './search-dataset.generator.ts';

type Random = () => number;
export type Criteria = Record<string, unknown>;

export interface QueryShape {
  key: string;
  describe: string;
  /** a company-name query: also compared with /items?search= */
  name: boolean;
  criteria: (rnd: Random, facts: DatasetFacts) => Criteria;
}

const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
const int = (rnd: Random, min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
const twoChar = (words: readonly string[]) => words.filter((w) => [...w].length === 2);
const longer = (words: readonly string[]) => words.filter((w) => [...w].length >= 3);

const COMMON_CORES = ['工業', '建設', '商事', '産業', '電機', '機械', '食品', '運輸', '開発', '設備', '住宅', '商会', '物産', '企画'];
const RARE_CORES = ['精密', '精機', '酒造', '製薬', '造園', '塗装', '水産', '石油', '観光', '農産'];
const SECTIONS = ['A', 'D', 'E', 'G', 'H', 'I', 'K', 'L', 'M', 'R'];
const KINDS = ['factory', 'branch', 'sales_office', 'lab', 'logistics', 'store'];
const year = (rnd: Random) => int(rnd, 1950, 2020);
const prefecture = (rnd: Random, f: DatasetFacts) => pick(rnd, f.prefectures);

export const QUERY_SHAPES: QueryShape[] = [
  { key: 'name_2char_common', describe: '2-character name word, common (工業, 建設 …)', name: true, criteria: (r) => ({ q: pick(r, COMMON_CORES) }) },
  { key: 'name_2char_place', describe: '2-character place name (新潟, 長岡, 福岡 …)', name: true, criteria: (r, f) => ({ q: pick(r, twoChar(f.placeWords)) }) },
  { key: 'name_2char_rare', describe: '2-character name word, rare (精密, 酒造 …)', name: true, criteria: (r) => ({ q: pick(r, RARE_CORES) }) },
  { key: 'name_3plus', describe: '3+ character name word (製作所, ソリューションズ, 神奈川 …)', name: true, criteria: (r, f) => ({ q: pick(r, [...longer(f.coreWords), ...longer(f.brandWords), ...longer(f.placeWords)]) }) },
  { key: 'name_surname_core', describe: 'a name as typed: surname + core word (田中工業)', name: true, criteria: (r, f) => ({ q: pick(r, f.surnames) + pick(r, COMMON_CORES) }) },
  { key: 'name_full', describe: 'a full company name with its legal form', name: true, criteria: (r, f) => ({ q: pick(r, f.sampleNames) }) },
  { key: 'name_hiragana', describe: 'a place name typed in hiragana (にいがた)', name: true, criteria: (r, f) => ({ q: pick(r, f.hiraganaPlaces) }) },
  { key: 'name_two_words', describe: 'two name words (新潟 精密)', name: true, criteria: (r, f) => ({ q: `${pick(r, twoChar(f.placeWords))} ${pick(r, [...COMMON_CORES, ...RARE_CORES])}` }) },
  { key: 'name_prefecture', describe: 'name word + prefecture', name: true, criteria: (r, f) => ({ q: pick(r, COMMON_CORES), prefectures: [prefecture(r, f)] }) },
  { key: 'prefecture_industry', describe: 'prefecture + JSIC section', name: false, criteria: (r, f) => ({ prefectures: [prefecture(r, f)], industries: [pick(r, SECTIONS)] }) },
  { key: 'city', describe: 'city (a designated city includes its wards)', name: false, criteria: (r, f) => ({ cities: [pick(r, f.cities)] }) },
  { key: 'employees_range', describe: 'employees range', name: false, criteria: (r) => ({ employees: { min: pick(r, [10, 50, 100, 300]), max: pick(r, [499, 999, 5000]) } }) },
  { key: 'capital_range', describe: 'capital range', name: false, criteria: (r) => ({ capital: { min: 10 ** int(r, 7, 8), max: 10 ** int(r, 9, 10) } }) },
  { key: 'founded_range', describe: 'founded within 5 years', name: false, criteria: (r) => ({ founded: ((y) => ({ from: `${y}-01-01`, to: `${y + 4}-12-31` }))(year(r)) }) },
  { key: 'listed', describe: 'listed companies, largest capital first', name: false, criteria: () => ({ listed: true, sort: ['-capital_yen'] }) },
  { key: 'sites_prefecture_kind', describe: 'an active site of a kind in a prefecture', name: false, criteria: (r, f) => ({ establishment_prefectures: [prefecture(r, f)], establishment_kinds: [pick(r, KINDS)] }) },
  { key: 'person', describe: 'representative or officer, surname and given name', name: false, criteria: (r, f) => ({ person: `${pick(r, f.surnames)} ${pick(r, f.givenNames)}` }) },
  { key: 'text', describe: 'business summary word', name: false, criteria: (r, f) => ({ text: pick(r, f.summaryWords) }) },
  { key: 'status_closed', describe: 'closed companies of a prefecture', name: false, criteria: (r, f) => ({ status: 'closed', prefectures: [prefecture(r, f)] }) },
  { key: 'contact_none', describe: 'no visit and no card yet, in a prefecture and section', name: false, criteria: (r, f) => ({ contact: 'none', prefectures: [prefecture(r, f)], industries: [pick(r, SECTIONS)] }) },
  { key: 'contact_any', describe: 'visited or met', name: false, criteria: () => ({ contact: 'any' }) },
  { key: 'sort_capital_paging', describe: 'everything by -capital_yen, pages 1–5', name: false, criteria: (r) => ({ sort: ['-capital_yen'], page: int(r, 1, 5) }) },
  { key: 'page_50', describe: 'page 50 of a prefecture', name: false, criteria: (r) => ({ prefectures: [pick(r, ['13', '27', '14', '23', '11'])], page: 50 }) },
  { key: 'corporate_numbers', describe: '10 corporate numbers', name: false, criteria: (r, f) => ({ corporate_numbers: Array.from({ length: 10 }, () => pick(r, f.sampleCorporateNumbers)) }) },
  { key: 'combined_5', describe: 'name + prefecture + employees + capital + founded', name: true, criteria: (r, f) => ({ q: pick(r, COMMON_CORES), prefectures: [prefecture(r, f)], employees: { min: 5 }, capital: { min: 1_000_000, max: 10 ** int(r, 8, 10) }, founded: { from: `${year(r) - 30}-01-01` } }) },
  { key: 'exclude_prefectures_division', describe: 'outside Tokyo and Osaka, a JSIC division', name: false, criteria: (r, f) => ({ exclude_prefectures: ['13', '27'], industries: [pick(r, f.industryCodes.filter((c) => /^\d{2}$/.test(c)))] }) },
  { key: 'establishment_name', describe: 'site name (長岡工場)', name: false, criteria: (r, f) => ({ establishment_name: pick(r, twoChar(f.placeWords)) + pick(r, f.siteNames) }) },
  { key: 'intent_top', describe: 'a JSIC section by -intent_score', name: false, criteria: (r) => ({ industries: [pick(r, SECTIONS)], sort: ['-intent_score'] }) },
  { key: 'group_of', describe: 'every member of the group a company belongs to', name: false, criteria: (r, f) => ({ group_of: pick(r, f.groupMembers) }) },
  { key: 'ultimate_parent', describe: 'companies whose top parent is a given one', name: false, criteria: (r, f) => ({ ultimate_parent: pick(r, f.groupTops) }) },
  { key: 'sales_range_sorted', describe: 'sales ≥ x by -sales_upper_yen', name: false, criteria: (r) => ({ sales: { min: 10 ** int(r, 8, 10) }, sort: ['-sales_upper_yen'] }) },
];
