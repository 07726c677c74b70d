// A synthetic registry at scale for the search benchmark, written straight into PostgreSQL with COPY: companies
// named from realistic Japanese fragments (so words such as 新潟, 精密 or 工業 hit realistic fractions), ~1.5 sites
// each, officers, capital groups, risk findings, intent signals, and a few visits and business cards.
// search_name is computed by the extension's own buildSearchName, as every import and edit does.
import pg from 'pg';
import { makeCorporateNumber } from '../extensions/yuchi/src/domain/corporate-number.validator.ts';
import { buildSearchName, toKatakana } from '../extensions/yuchi/src/domain/company-name.normalizer.ts';
import { copyInto } from '../extensions/yuchi/src/registry/postgres-copy.ts';

/** Seeded PRNG (mulberry32): the same seed gives the same registry. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;

/** Picks from [item, weight] pairs. */
function weighted<T>(entries: readonly (readonly [T, number])[]): (rnd: Random) => T {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  const cumulative = entries.map(([item], i) => [item, entries.slice(0, i + 1).reduce((s, [, w]) => s + w, 0) / total] as const);
  return (rnd) => {
    const r = rnd();
    for (const [item, edge] of cumulative) if (r < edge) return item;
    return cumulative[cumulative.length - 1]![0];
  };
}

/** [kanji, katakana reading, romaji or '' when the fragment has no usual English form] */
type Fragment = readonly [string, string, string];

// Prefecture stems in code order (01 北海道 … 47 沖縄).
const PREFECTURE_STEMS: Fragment[] = [
  ['北海道', 'ホッカイドウ', 'Hokkaido'], ['青森', 'アオモリ', 'Aomori'], ['岩手', 'イワテ', 'Iwate'], ['宮城', 'ミヤギ', 'Miyagi'],
  ['秋田', 'アキタ', 'Akita'], ['山形', 'ヤマガタ', 'Yamagata'], ['福島', 'フクシマ', 'Fukushima'], ['茨城', 'イバラキ', 'Ibaraki'],
  ['栃木', 'トチギ', 'Tochigi'], ['群馬', 'グンマ', 'Gunma'], ['埼玉', 'サイタマ', 'Saitama'], ['千葉', 'チバ', 'Chiba'],
  ['東京', 'トウキョウ', 'Tokyo'], ['神奈川', 'カナガワ', 'Kanagawa'], ['新潟', 'ニイガタ', 'Niigata'], ['富山', 'トヤマ', 'Toyama'],
  ['石川', 'イシカワ', 'Ishikawa'], ['福井', 'フクイ', 'Fukui'], ['山梨', 'ヤマナシ', 'Yamanashi'], ['長野', 'ナガノ', 'Nagano'],
  ['岐阜', 'ギフ', 'Gifu'], ['静岡', 'シズオカ', 'Shizuoka'], ['愛知', 'アイチ', 'Aichi'], ['三重', 'ミエ', 'Mie'],
  ['滋賀', 'シガ', 'Shiga'], ['京都', 'キョウト', 'Kyoto'], ['大阪', 'オオサカ', 'Osaka'], ['兵庫', 'ヒョウゴ', 'Hyogo'],
  ['奈良', 'ナラ', 'Nara'], ['和歌山', 'ワカヤマ', 'Wakayama'], ['鳥取', 'トットリ', 'Tottori'], ['島根', 'シマネ', 'Shimane'],
  ['岡山', 'オカヤマ', 'Okayama'], ['広島', 'ヒロシマ', 'Hiroshima'], ['山口', 'ヤマグチ', 'Yamaguchi'], ['徳島', 'トクシマ', 'Tokushima'],
  ['香川', 'カガワ', 'Kagawa'], ['愛媛', 'エヒメ', 'Ehime'], ['高知', 'コウチ', 'Kochi'], ['福岡', 'フクオカ', 'Fukuoka'],
  ['佐賀', 'サガ', 'Saga'], ['長崎', 'ナガサキ', 'Nagasaki'], ['熊本', 'クマモト', 'Kumamoto'], ['大分', 'オオイタ', 'Oita'],
  ['宮崎', 'ミヤザキ', 'Miyazaki'], ['鹿児島', 'カゴシマ', 'Kagoshima'], ['沖縄', 'オキナワ', 'Okinawa'],
];

// Rough shares of corporations by prefecture (per mille), in code order.
const PREFECTURE_SHARES = [
  38, 8, 8, 15, 6, 7, 13, 18, 13, 14, 42, 35, 180, 60, 18, 8, 9, 6, 7, 17, 15, 28, 56, 12, 8, 22, 80, 35, 7, 6,
  4, 4, 14, 22, 8, 6, 8, 10, 5, 42, 6, 9, 12, 8, 8, 12, 10,
];

const GENERIC: Fragment[] = [
  ['日本', 'ニホン', 'Nippon'], ['東洋', 'トウヨウ', 'Toyo'], ['大和', 'ダイワ', 'Daiwa'], ['中央', 'チュウオウ', 'Chuo'],
  ['第一', 'ダイイチ', 'Daiichi'], ['三和', 'サンワ', 'Sanwa'], ['富士', 'フジ', 'Fuji'], ['太平洋', 'タイヘイヨウ', 'Taiheiyo'],
  ['昭和', 'ショウワ', 'Showa'], ['大成', 'タイセイ', 'Taisei'], ['協和', 'キョウワ', 'Kyowa'], ['共栄', 'キョウエイ', 'Kyoei'],
  ['旭', 'アサヒ', 'Asahi'], ['北陸', 'ホクリク', 'Hokuriku'], ['関東', 'カントウ', 'Kanto'], ['東日本', 'ヒガシニホン', 'Higashi Nihon'],
  ['西日本', 'ニシニホン', 'Nishi Nihon'], ['丸三', 'マルサン', ''], ['山一', 'ヤマイチ', ''], ['光', 'ヒカリ', 'Hikari'],
  ['平成', 'ヘイセイ', 'Heisei'], ['大同', 'ダイドウ', 'Daido'], ['明治', 'メイジ', 'Meiji'], ['越後', 'エチゴ', 'Echigo'],
  ['さくら', 'サクラ', 'Sakura'], ['みどり', 'ミドリ', 'Midori'], ['ひまわり', 'ヒマワリ', 'Himawari'], ['あおば', 'アオバ', 'Aoba'],
];

const BRANDS: Fragment[] = [
  ['テクノ', 'テクノ', 'Techno'], ['グローバル', 'グローバル', 'Global'], ['ネクスト', 'ネクスト', 'Next'], ['アーク', 'アーク', 'Arc'],
  ['ライズ', 'ライズ', 'Rise'], ['フューチャー', 'フューチャー', 'Future'], ['エコ', 'エコ', 'Eco'], ['ユニオン', 'ユニオン', 'Union'],
  ['アイ・エス', 'アイエス', 'IS'], ['エム・ケー', 'エムケー', 'MK'], ['ＡＢＣ', 'エービーシー', 'ABC'], ['ＮＳ', 'エヌエス', 'NS'],
  ['スマイル', 'スマイル', 'Smile'], ['ブライト', 'ブライト', 'Bright'], ['トラスト', 'トラスト', 'Trust'], ['クリエイト', 'クリエイト', 'Create'],
];

const SURNAMES: Fragment[] = [
  ['佐藤', 'サトウ', 'Sato'], ['鈴木', 'スズキ', 'Suzuki'], ['高橋', 'タカハシ', 'Takahashi'], ['田中', 'タナカ', 'Tanaka'],
  ['伊藤', 'イトウ', 'Ito'], ['渡辺', 'ワタナベ', 'Watanabe'], ['山本', 'ヤマモト', 'Yamamoto'], ['中村', 'ナカムラ', 'Nakamura'],
  ['小林', 'コバヤシ', 'Kobayashi'], ['加藤', 'カトウ', 'Kato'], ['吉田', 'ヨシダ', 'Yoshida'], ['山田', 'ヤマダ', 'Yamada'],
  ['佐々木', 'ササキ', 'Sasaki'], ['山口', 'ヤマグチ', 'Yamaguchi'], ['松本', 'マツモト', 'Matsumoto'], ['井上', 'イノウエ', 'Inoue'],
  ['木村', 'キムラ', 'Kimura'], ['林', 'ハヤシ', 'Hayashi'], ['斎藤', 'サイトウ', 'Saito'], ['清水', 'シミズ', 'Shimizu'],
  ['山崎', 'ヤマザキ', 'Yamazaki'], ['森', 'モリ', 'Mori'], ['池田', 'イケダ', 'Ikeda'], ['橋本', 'ハシモト', 'Hashimoto'],
  ['阿部', 'アベ', 'Abe'], ['石川', 'イシカワ', 'Ishikawa'], ['小川', 'オガワ', 'Ogawa'], ['長谷川', 'ハセガワ', 'Hasegawa'],
  ['近藤', 'コンドウ', 'Kondo'], ['五十嵐', 'イガラシ', 'Igarashi'], ['本間', 'ホンマ', 'Honma'], ['小池', 'コイケ', 'Koike'],
];

const GIVEN_NAMES: Fragment[] = [
  ['一郎', 'イチロウ', 'Ichiro'], ['健', 'ケン', 'Ken'], ['誠', 'マコト', 'Makoto'], ['浩', 'ヒロシ', 'Hiroshi'], ['翔太', 'ショウタ', 'Shota'],
  ['大輔', 'ダイスケ', 'Daisuke'], ['直樹', 'ナオキ', 'Naoki'], ['和也', 'カズヤ', 'Kazuya'], ['恵子', 'ケイコ', 'Keiko'], ['裕子', 'ユウコ', 'Yuko'],
  ['美穂', 'ミホ', 'Miho'], ['隆', 'タカシ', 'Takashi'], ['博之', 'ヒロユキ', 'Hiroyuki'], ['聡', 'サトシ', 'Satoshi'], ['陽子', 'ヨウコ', 'Yoko'],
  ['拓也', 'タクヤ', 'Takuya'], ['修', 'オサム', 'Osamu'], ['由美', 'ユミ', 'Yumi'], ['剛', 'ツヨシ', 'Tsuyoshi'], ['明美', 'アケミ', 'Akemi'],
];

/** Core words of a name, with the JSIC section they suggest, what the business does, and how common they are. */
interface Core {
  fragment: Fragment;
  section: string;
  summary: string;
  weight: number;
}
const core = (kanji: string, kana: string, en: string, section: string, summary: string, weight: number): Core => ({ fragment: [kanji, kana, en], section, summary, weight });

const CORES: Core[] = [
  core('工業', 'コウギョウ', 'Industries', 'E', '金属部品の加工及び組立', 3.5),
  core('建設', 'ケンセツ', 'Construction', 'D', '土木工事及び建築工事の請負', 5),
  core('商事', 'ショウジ', 'Trading', 'I', '産業機械及び建築資材の卸売', 6),
  core('産業', 'サンギョウ', 'Sangyo', 'E', '各種製品の製造及び販売', 4),
  core('興業', 'コウギョウ', 'Kogyo', 'D', '建築工事及び不動産の賃貸', 2.5),
  core('電機', 'デンキ', 'Electric', 'E', '産業用電気機械器具の製造', 2.5),
  core('電気', 'デンキ', 'Electric', 'D', '電気工事の設計及び施工', 2),
  core('精密', 'セイミツ', 'Precision', 'E', '精密機械部品の切削加工', 0.3),
  core('精機', 'セイキ', 'Seiki', 'E', '精密機器の設計及び製造', 0.7),
  core('製作所', 'セイサクショ', 'Works', 'E', '産業機械の設計・製作', 4),
  core('機械', 'キカイ', 'Machinery', 'E', '工作機械の製造及び修理', 2.5),
  core('化学', 'カガク', 'Chemical', 'E', '化学製品の製造及び販売', 1.2),
  core('食品', 'ショクヒン', 'Foods', 'E', '食料品の製造及び卸売', 3),
  core('運輸', 'ウンユ', 'Transport', 'H', '一般貨物自動車運送事業', 3),
  core('物流', 'ブツリュウ', 'Logistics', 'H', '倉庫業及び貨物の保管・配送', 1.5),
  core('不動産', 'フドウサン', 'Real Estate', 'K', '不動産の売買、賃貸及び管理', 5),
  core('開発', 'カイハツ', 'Development', 'K', '宅地の造成及び分譲', 2),
  core('技研', 'ギケン', 'Giken', 'L', '試験研究及び技術開発の受託', 1.2),
  core('設計', 'セッケイ', 'Design', 'L', '建築物の設計及び工事監理', 1.5),
  core('設備', 'セツビ', 'Facilities', 'D', '空調・給排水衛生設備工事', 2),
  core('工務店', 'コウムテン', '', 'D', '木造住宅の新築及びリフォーム', 2),
  core('土木', 'ドボク', 'Civil Engineering', 'D', '一般土木工事及び舗装工事', 1.5),
  core('印刷', 'インサツ', 'Printing', 'E', '商業印刷及び出版物の印刷', 1.2),
  core('鉄工所', 'テッコウショ', 'Iron Works', 'E', '鋼構造物の製作及び据付', 1.2),
  core('金属', 'キンゾク', 'Metal', 'E', '非鉄金属製品の製造', 1.5),
  core('製薬', 'セイヤク', 'Pharmaceutical', 'E', '医薬品の研究開発及び製造', 0.4),
  core('医療', 'イリョウ', 'Medical', 'P', '医療機器の販売及び保守', 1),
  core('農産', 'ノウサン', 'Agri', 'A', '米穀及び野菜の生産・販売', 0.8),
  core('酒造', 'シュゾウ', 'Brewery', 'E', '清酒の製造及び販売', 0.3),
  core('観光', 'カンコウ', 'Tourism', 'M', '旅館業及び旅行業', 0.8),
  core('ホテル', 'ホテル', 'Hotel', 'M', 'ホテルの経営', 0.6),
  core('電子', 'デンシ', 'Electronics', 'E', '半導体製造装置及び電子部品の設計・製造', 1.2),
  core('情報', 'ジョウホウ', 'Information', 'G', '情報処理サービス及びデータ入力', 1),
  core('システム', 'システム', 'Systems', 'G', '業務用ソフトウェアの開発及び保守', 3),
  core('サービス', 'サービス', 'Services', 'R', 'ビルメンテナンス及び清掃業務', 3),
  core('ソリューションズ', 'ソリューションズ', 'Solutions', 'G', 'クラウドサービスの開発及び運用', 1.2),
  core('テック', 'テック', 'Tech', 'G', 'IoT機器及び組込みソフトウェアの開発', 1.2),
  core('コンサルティング', 'コンサルティング', 'Consulting', 'L', '経営コンサルティング業務', 1.2),
  core('ホールディングス', 'ホールディングス', 'Holdings', 'L', 'グループ会社の経営管理', 0.8),
  core('商会', 'ショウカイ', 'Shokai', 'I', '日用品雑貨の卸売', 1.5),
  core('物産', 'ブッサン', 'Bussan', 'I', '農水産物の仕入れ及び販売', 1.5),
  core('住宅', 'ジュウタク', 'Homes', 'D', '注文住宅の設計・施工', 1.5),
  core('自動車', 'ジドウシャ', 'Motors', 'I', '自動車の販売及び整備', 1.8),
  core('石油', 'セキユ', 'Oil', 'I', '石油製品の販売及び給油所の経営', 0.8),
  core('水産', 'スイサン', 'Fisheries', 'B', '水産物の加工及び卸売', 0.8),
  core('塗装', 'トソウ', 'Painting', 'D', '建築塗装工事及び防水工事', 0.8),
  core('造園', 'ゾウエン', 'Landscaping', 'D', '造園工事及び緑地管理', 0.6),
  core('企画', 'キカク', 'Planning', 'L', '広告の企画及び制作', 1.5),
  core('保険', 'ホケン', 'Insurance', 'J', '損害保険代理業', 0.8),
  core('ファーム', 'ファーム', 'Farm', 'A', '畜産及び農産物の加工', 0.4),
];

const pickCore = weighted(CORES.map((c) => [c, c.weight] as const));
const EXTRA_SUMMARY = ['', '', '及びこれに附帯する一切の業務', '、並びに関連製品の輸出入', '。県内外に営業拠点を持つ', '。環境関連機器の開発にも取り組む'];

type LegalForm = { text: string; position: 'before' | 'after' | 'none'; kind: string; en: string };
const pickLegalForm = weighted<LegalForm>([
  [{ text: '株式会社', position: 'before', kind: '301', en: 'Co., Ltd.' }, 33],
  [{ text: '株式会社', position: 'after', kind: '301', en: 'Co., Ltd.' }, 32],
  [{ text: '有限会社', position: 'before', kind: '302', en: 'Ltd.' }, 10],
  [{ text: '有限会社', position: 'after', kind: '302', en: 'Ltd.' }, 10],
  [{ text: '合同会社', position: 'after', kind: '305', en: 'LLC' }, 6],
  [{ text: '合資会社', position: 'after', kind: '304', en: '' }, 1],
  [{ text: '一般社団法人', position: 'before', kind: '399', en: '' }, 2],
  [{ text: '医療法人社団', position: 'before', kind: '399', en: '' }, 1],
  [{ text: '特定非営利活動法人', position: 'before', kind: '399', en: '' }, 1],
  [{ text: '協同組合', position: 'after', kind: '399', en: '' }, 1],
  [{ text: '', position: 'none', kind: '499', en: '' }, 3],
]);

export interface Municipality {
  code: string;
  prefecture_code: string;
  prefecture_name: string;
  city_name: string | null;
  city_name_kana: string | null;
  kind: string;
  parent: string | null;
}

/** What the benchmark's query shapes draw their random values from. */
export interface DatasetFacts {
  companies: number;
  prefectures: string[];
  /** codes of cities, wards and towns companies are registered in, and of designated cities (which include their wards) */
  cities: string[];
  industryCodes: string[];
  sampleCorporateNumbers: string[];
  sampleNames: string[];
  /** prefecture stems in hiragana (にいがた), as a user might type them */
  hiraganaPlaces: string[];
  surnames: string[];
  givenNames: string[];
  placeWords: string[];
  coreWords: string[];
  brandWords: string[];
  summaryWords: string[];
  siteNames: string[];
  /** corporate numbers of companies with a parent, and of parents with none (tops of groups) */
  groupMembers: string[];
  groupTops: string[];
}

interface Geography {
  pickPrefecture: (rnd: Random) => string;
  cities: Map<string, Municipality[]>;
  places: Map<string, Fragment[]>;
  prefectureName: Map<string, string>;
  designatedCities: string[];
}

function geography(municipalities: Municipality[]): Geography {
  const cities = new Map<string, Municipality[]>();
  const places = new Map<string, Fragment[]>();
  const prefectureName = new Map<string, string>();
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  for (const m of municipalities) {
    prefectureName.set(m.prefecture_code, m.prefecture_name);
    if (m.kind === 'prefecture' || m.kind === 'designated_city') continue;
    const list = cities.get(m.prefecture_code) ?? [];
    list.push(m);
    cities.set(m.prefecture_code, list);
  }
  for (const m of municipalities) {
    // A place word from each city (wards give their city's name): 長岡市 → 長岡, ながおかし → ナガオカ.
    const city = m.kind === 'ward' && m.parent ? byCode.get(m.parent) : m;
    if (!city || (city.kind !== 'city' && city.kind !== 'designated_city') || !city.city_name || !city.city_name_kana) continue;
    const stem = city.city_name.replace(/市$/u, '');
    const kana = toKatakana(city.city_name_kana.split(/\s/u)[0]!.replace(/し$/u, ''));
    if (stem.length < 2) continue;
    const list = places.get(m.prefecture_code) ?? [];
    if (!list.some((f) => f[0] === stem)) list.push([stem, kana, '']);
    places.set(m.prefecture_code, list);
  }
  const codes = PREFECTURE_SHARES.map((_, i) => String(i + 1).padStart(2, '0'));
  return {
    pickPrefecture: weighted(codes.map((code, i) => [code, PREFECTURE_SHARES[i]!] as const)),
    cities,
    places,
    prefectureName,
    designatedCities: municipalities.filter((m) => m.kind === 'designated_city').map((m) => m.code),
  };
}

interface GeneratedName {
  name: string;
  kana: string;
  en: string | null;
  core: Core;
  kind: string;
}

function generateName(rnd: Random, geo: Geography, prefecture: string): GeneratedName {
  const c = pickCore(rnd);
  const parts: Fragment[] = [];
  const r = rnd();
  if (r < 0.24) {
    // A local place: the prefecture, or one of its cities.
    const local = geo.places.get(prefecture) ?? [];
    parts.push(rnd() < 0.55 || local.length === 0 ? PREFECTURE_STEMS[Number(prefecture) - 1]! : pick(rnd, local));
  } else if (r < 0.42) parts.push(pick(rnd, GENERIC));
  else if (r < 0.68) parts.push(pick(rnd, SURNAMES));
  else if (r < 0.86) parts.push(pick(rnd, BRANDS));
  else {
    parts.push(pick(rnd, SURNAMES));
    parts.push(pick(rnd, GENERIC));
  }
  parts.push(c.fragment);
  // 精密工業, 電機工業, 化学工業 …: a second core word now and then.
  if (rnd() < 0.02 && c.fragment[0] !== '工業') parts.push(CORES[0]!.fragment);
  const legal = pickLegalForm(rnd);
  const body = parts.map((p) => p[0]).join('');
  const name = legal.position === 'before' ? `${legal.text}${body}` : legal.position === 'after' ? `${body}${legal.text}` : body;
  const kana = parts.map((p) => p[1]).join('');
  const canEnglish = parts.every((p) => p[2] !== '') && legal.en !== '';
  const en = canEnglish && rnd() < 0.12 ? `${parts.map((p) => p[2]).join(' ')} ${legal.en}` : null;
  return { name, kana, en, core: c, kind: legal.kind };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month, 2)}-${pad(day, 2)}`;

interface RangeBand {
  lower: number;
  upper: number | null;
  label: string;
}
const EMPLOYEE_BANDS: RangeBand[] = [
  { lower: 1, upper: 4, label: '1〜4人' },
  { lower: 5, upper: 9, label: '5〜9人' },
  { lower: 10, upper: 19, label: '10〜19人' },
  { lower: 20, upper: 49, label: '20〜49人' },
  { lower: 50, upper: 99, label: '50〜99人' },
  { lower: 100, upper: 299, label: '100〜299人' },
  { lower: 300, upper: 999, label: '300〜999人' },
  { lower: 1000, upper: null, label: '1000人以上' },
];
const pickEmployeeBand = weighted(EMPLOYEE_BANDS.map((b, i) => [b, [30, 22, 16, 14, 8, 6, 3, 1][i]!] as const));

/** log-uniform figure between 10^lo and 10^hi, rounded to a round number */
function logFigure(rnd: Random, lo: number, hi: number, round: number): number {
  return Math.max(round, Math.round(10 ** (lo + rnd() * (hi - lo)) / round) * round);
}

const SITE_KINDS = [
  ['branch_office', '支社'],
  ['branch', '支店'],
  ['sales_office', '営業所'],
  ['factory', '工場'],
  ['lab', '研究所'],
  ['logistics', '物流センター'],
  ['store', '店'],
  ['other', '事業所'],
] as const;
const pickSiteKind = weighted(SITE_KINDS.map((k, i) => [k, [8, 10, 25, 20, 4, 8, 15, 10][i]!] as const));

const COMPANY_COLUMNS = [
  'id', 'corporate_number', 'status', 'name', 'name_kana', 'name_en', 'search_name', 'former_names', 'is_search_excluded',
  'corporate_kind', 'closed_on', 'close_reason', 'prefecture_code', 'city_code', 'address', 'postal_code', 'representative_name',
  'industry', 'business_summary', 'capital_yen', 'founded_on', 'employees_lower', 'employees_upper', 'employees_label',
  'sales_lower_yen', 'sales_upper_yen', 'sales_label', 'profit_lower_yen', 'profit_upper_yen', 'profit_label',
  'capital_lower_yen', 'capital_upper_yen', 'capital_label', 'website', 'phone', 'securities_code', 'risk_level',
  'risk_antisocial', 'risk_financial', 'risk_sanction', 'risk_existence', 'risk_reputation', 'intent_score', 'source',
  'source_updated_at', 'date_created',
] as const;
const SITE_COLUMNS = ['company', 'name', 'kind', 'is_headquarters', 'status', 'closed_on', 'prefecture_code', 'city_code', 'address', 'source', 'date_created'] as const;
const OFFICER_COLUMNS = ['company', 'name', 'name_kana', 'title', 'is_representative'] as const;

export interface GenerateOptions {
  client: pg.Client;
  companies: number;
  seed: number;
  /** owners of the generated visits and business cards */
  owners: string[];
  log: (line: string) => void;
}

const BATCH = 20_000;
const RISK_CATEGORIES = ['antisocial', 'financial', 'sanction', 'existence', 'reputation'] as const;

/** Fills an empty, set-up Yuchi database. */
export async function generateSearchDataset({ client, companies, seed, owners, log }: GenerateOptions): Promise<void> {
  const rnd = randomSource(seed);
  const municipalities = (await client.query<Municipality>('SELECT code, prefecture_code, prefecture_name, city_name, city_name_kana, kind, parent FROM municipalities')).rows;
  const industries = (await client.query<{ code: string; section: string }>(
    // class codes with their section (class → group → division → section)
    `SELECT c.code, d.parent AS section FROM industries c JOIN industries g ON g.code = c.parent JOIN industries d ON d.code = g.parent WHERE c.level = 'class'`,
  )).rows;
  const classesBySection = new Map<string, string[]>();
  for (const { code, section } of industries) classesBySection.set(section, [...(classesBySection.get(section) ?? []), code]);
  const allClasses = industries.map((i) => i.code);
  const geo = geography(municipalities);
  const startedAt = Date.now();
  const companyRisk: number[][] = [[]];
  const companyIntent: number[] = [0];

  for (let from = 1; from <= companies; from += BATCH) {
    const companyRows: Record<string, unknown>[] = [];
    const siteRows: Record<string, unknown>[] = [];
    const officerRows: Record<string, unknown>[] = [];
    for (let id = from; id < Math.min(from + BATCH, companies + 1); id++) {
      const prefecture = geo.pickPrefecture(rnd);
      const city = pick(rnd, geo.cities.get(prefecture)!);
      const n = generateName(rnd, geo, prefecture);
      const former = rnd() < 0.03 ? [generateName(rnd, geo, prefecture).name] : null;
      const closed = rnd() < 0.08;
      const employees = rnd() < 0.6 ? pickEmployeeBand(rnd) : null;
      const capital = rnd() < 0.7 ? logFigure(rnd, 6, 9.5, 1_000_000) : null;
      const sales = rnd() < 0.4 ? logFigure(rnd, 7, 11, 1_000_000) : null;
      const profit = sales !== null && rnd() < 0.5 ? Math.round(sales * (rnd() * 0.15 - 0.03)) : null;
      const risks = RISK_CATEGORIES.map(() => (rnd() < 0.012 ? 1 + Math.floor(rnd() * 3) : 0));
      const intent = rnd() < 0.7 ? Math.floor(rnd() * 10) : Math.floor(rnd() * 101);
      const surname = pick(rnd, SURNAMES);
      const given = pick(rnd, GIVEN_NAMES);
      const classes = classesBySection.get(n.core.section) ?? allClasses;
      const address = `${geo.prefectureName.get(prefecture)}${city.city_name ?? ''}${pick(rnd, ['本町', '中央', '駅前', '栄町', '緑町', '旭町'])}${1 + Math.floor(rnd() * 9)}-${1 + Math.floor(rnd() * 30)}-${1 + Math.floor(rnd() * 20)}`;
      const corporateNumber = makeCorporateNumber(`7${pad(id, 11)}`);
      companyRisk.push(risks);
      companyIntent.push(intent);
      const founded = rnd() < 0.8 ? isoDate(1900 + Math.floor(rnd() ** 0.6 * 125), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)) : null;
      companyRows.push({
        id,
        corporate_number: corporateNumber,
        status: closed ? 'closed' : 'active',
        name: n.name,
        name_kana: n.kana,
        name_en: n.en,
        search_name: buildSearchName({ name: n.name, nameKana: n.kana, nameEn: n.en, formerNames: former ?? [] }),
        former_names: former,
        is_search_excluded: rnd() < 0.005,
        corporate_kind: n.kind,
        closed_on: closed ? isoDate(2000 + Math.floor(rnd() * 25), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)) : null,
        close_reason: closed ? pick(rnd, ['01', '11', '21', '31']) : null,
        prefecture_code: prefecture,
        city_code: city.code,
        address,
        postal_code: `${pad(Math.floor(rnd() * 1000), 3)}-${pad(Math.floor(rnd() * 10000), 4)}`,
        representative_name: `${surname[0]} ${given[0]}`,
        industry: pick(rnd, classes),
        business_summary: n.core.summary + pick(rnd, EXTRA_SUMMARY),
        capital_yen: capital,
        founded_on: founded,
        employees_lower: employees?.lower ?? null,
        employees_upper: employees?.upper ?? null,
        employees_label: employees?.label ?? null,
        sales_lower_yen: sales,
        sales_upper_yen: sales === null ? null : Math.round(sales * 1.5),
        sales_label: null,
        profit_lower_yen: profit,
        profit_upper_yen: profit,
        profit_label: null,
        capital_lower_yen: capital,
        capital_upper_yen: capital,
        capital_label: null,
        website: rnd() < 0.4 ? `https://c${id}.example.jp` : null,
        phone: rnd() < 0.7 ? `0${1 + Math.floor(rnd() * 9)}-${pad(Math.floor(rnd() * 10000), 4)}-${pad(Math.floor(rnd() * 10000), 4)}` : null,
        securities_code: rnd() < 0.004 ? String(1300 + Math.floor(rnd() * 8600)) : null,
        risk_level: Math.max(...risks),
        risk_antisocial: risks[0],
        risk_financial: risks[1],
        risk_sanction: risks[2],
        risk_existence: risks[3],
        risk_reputation: risks[4],
        intent_score: intent,
        source: 'nta',
        source_updated_at: '2026-11-01T00:00:00Z',
        date_created: '2026-11-01T00:00:00Z',
      });
      siteRows.push({ company: id, name: '本社', kind: 'head_office', is_headquarters: true, status: closed ? 'closed' : 'active', closed_on: null, prefecture_code: prefecture, city_code: city.code, address, source: 'nta', date_created: '2026-11-01T00:00:00Z' });
      // ~1.5 sites per company: a quarter of the companies have 1–3 more, near home or elsewhere.
      if (rnd() < 0.25) {
        const extra = 1 + Math.floor(rnd() * 3);
        for (let s = 0; s < extra; s++) {
          const sitePrefecture = rnd() < 0.5 ? prefecture : geo.pickPrefecture(rnd);
          const siteCity = pick(rnd, geo.cities.get(sitePrefecture)!);
          const [kind, label] = pickSiteKind(rnd);
          const place = (siteCity.city_name ?? '').replace(/[市区町村]$/u, '').replace(/^.*市/u, '') || PREFECTURE_STEMS[Number(sitePrefecture) - 1]![0];
          const siteClosed = rnd() < 0.06;
          siteRows.push({
            company: id,
            name: `${place}${label}`,
            kind,
            is_headquarters: false,
            status: siteClosed ? 'closed' : 'active',
            closed_on: siteClosed ? '2020-03-31' : null,
            prefecture_code: sitePrefecture,
            city_code: siteCity.code,
            address: `${geo.prefectureName.get(sitePrefecture)}${siteCity.city_name ?? ''}${1 + Math.floor(rnd() * 9)}-${1 + Math.floor(rnd() * 30)}`,
            source: 'gbizinfo',
            date_created: '2026-11-01T00:00:00Z',
          });
        }
      }
      officerRows.push({ company: id, name: `${surname[0]} ${given[0]}`, name_kana: `${surname[1]} ${given[1]}`, title: '代表取締役', is_representative: true });
      if (rnd() < 0.3) {
        const s2 = pick(rnd, SURNAMES);
        const g2 = pick(rnd, GIVEN_NAMES);
        officerRows.push({ company: id, name: `${s2[0]} ${g2[0]}`, name_kana: `${s2[1]} ${g2[1]}`, title: pick(rnd, ['取締役', '専務取締役', '常務取締役', '監査役']), is_representative: false });
      }
    }
    await client.query('BEGIN');
    await copyInto(client, 'companies', COMPANY_COLUMNS, companyRows);
    await copyInto(client, 'establishments', SITE_COLUMNS, siteRows);
    await copyInto(client, 'officers', OFFICER_COLUMNS, officerRows);
    await client.query('COMMIT');
    if ((from - 1) % 200_000 === 0) log(`  companies ${from - 1 + companyRows.length} / ${companies} (${Math.round((Date.now() - startedAt) / 1000)} s)`);
  }
  await client.query(`SELECT setval(pg_get_serial_sequence('companies', 'id'), $1)`, [companies]);

  // Capital groups: 2 % of the companies are parents of 1–10 others.
  const relations: Record<string, unknown>[] = [];
  for (let parent = 1; parent <= companies; parent++) {
    if (rnd() >= 0.02) continue;
    const children = 1 + Math.floor(rnd() * 10);
    for (let c = 0; c < children; c++) {
      const child = 1 + Math.floor(rnd() * companies);
      if (child === parent) continue;
      relations.push({ parent, child, kind: rnd() < 0.7 ? 'subsidiary' : 'affiliate', voting_rights_ratio: rnd() < 0.7 ? (50 + rnd() * 50).toFixed(2) : (15 + rnd() * 35).toFixed(2), as_of: '2026-03-31', source: 'bench' });
    }
  }
  await copyInto(client, 'company_relations', ['parent', 'child', 'kind', 'voting_rights_ratio', 'as_of', 'source'], relations);

  const findings: Record<string, unknown>[] = [];
  const signals: Record<string, unknown>[] = [];
  for (let id = 1; id <= companies; id++) {
    companyRisk[id]!.forEach((severity, i) => {
      if (severity > 0) findings.push({ company: id, category: RISK_CATEGORIES[i], severity, title: `ベンチマーク用の所見（${RISK_CATEGORIES[i]}）`, status: 'confirmed', observed_on: '2026-06-01' });
    });
    if (companyIntent[id]! > 60) {
      for (let s = 0; s < 1 + Math.floor(rnd() * 3); s++) {
        signals.push({ company: id, keyword: pick(rnd, ['工場用地', '補助金', '移転', '新潟 進出', '物流拠点']), topic: 'siting', source: 'access_log', signal_date: isoDate(2026, 1 + Math.floor(rnd() * 10), 1 + Math.floor(rnd() * 28)), count: 1 + Math.floor(rnd() * 20), score: Math.round(rnd() * 100) });
      }
    }
  }
  await copyInto(client, 'risk_findings', ['company', 'category', 'severity', 'title', 'status', 'observed_on'], findings);
  await copyInto(client, 'intent_signals', ['company', 'keyword', 'topic', 'source', 'signal_date', 'count', 'score'], signals);

  // Contacts: 2 % of the companies were visited, 3 % have business cards (owned by the given users).
  const visits: Record<string, unknown>[] = [];
  const cards: Record<string, unknown>[] = [];
  for (let i = 0; i < Math.round(companies * 0.02); i++) {
    visits.push({ company: 1 + Math.floor(rnd() * companies), visited_at: `2026-${pad(1 + Math.floor(rnd() * 10), 2)}-${pad(1 + Math.floor(rnd() * 28), 2)}T10:00:00Z`, kind: 'visit', status: rnd() < 0.8 ? 'done' : 'planned', purpose: '工場用地の案内', owner: pick(rnd, owners) });
  }
  for (let i = 0; i < Math.round(companies * 0.03); i++) {
    const s = pick(rnd, SURNAMES);
    cards.push({ company: 1 + Math.floor(rnd() * companies), person_name: `${s[0]} ${pick(rnd, GIVEN_NAMES)[0]}`, person_name_kana: s[1], title: '部長', exchanged_on: '2026-05-01', owner: pick(rnd, owners) });
  }
  await copyInto(client, 'visits', ['company', 'visited_at', 'kind', 'status', 'purpose', 'owner'], visits);
  await copyInto(client, 'business_cards', ['company', 'person_name', 'person_name_kana', 'title', 'exchanged_on', 'owner'], cards);
  log(`  data written in ${Math.round((Date.now() - startedAt) / 1000)} s: ${relations.length} relations, ${findings.length} risk findings, ${signals.length} intent signals, ${visits.length} visits, ${cards.length} cards`);

}

/** The facts the query shapes draw their random values from, read back from a filled database. */
export async function readDatasetFacts(client: pg.Client): Promise<DatasetFacts> {
  const count = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM companies')).rows[0]!.n);
  const samples = (await client.query<{ corporate_number: string; name: string }>(`SELECT corporate_number, name FROM companies WHERE id % $1 = 0 ORDER BY id LIMIT 2000`, [Math.max(1, Math.floor(count / 2000))])).rows;
  const municipalities = (await client.query<Municipality>('SELECT code, prefecture_code, prefecture_name, city_name, city_name_kana, kind, parent FROM municipalities')).rows;
  const geo = geography(municipalities);
  const cities = (await client.query<{ city_code: string }>('SELECT DISTINCT city_code FROM companies WHERE id <= 200000')).rows.map((r) => r.city_code);
  const industries = (await client.query<{ code: string; section: string }>(
    `SELECT c.code, d.parent AS section FROM industries c JOIN industries g ON g.code = c.parent JOIN industries d ON d.code = g.parent WHERE c.level = 'class'`,
  )).rows;
  return {
    companies: count,
    prefectures: PREFECTURE_SHARES.map((_, i) => String(i + 1).padStart(2, '0')),
    cities: [...new Set([...cities, ...geo.designatedCities])],
    industryCodes: [...new Set(industries.flatMap((i) => [i.section, i.code.slice(0, 2), i.code]))],
    sampleCorporateNumbers: samples.map((s) => s.corporate_number),
    sampleNames: samples.map((s) => s.name),
    hiraganaPlaces: PREFECTURE_STEMS.map((p) => p[1].replace(/[\u30a1-\u30f6]/gu, (k) => String.fromCharCode(k.charCodeAt(0) - 0x60))),
    surnames: SURNAMES.map((s) => s[0]),
    givenNames: GIVEN_NAMES.map((g) => g[0]),
    placeWords: [...new Set([...PREFECTURE_STEMS.map((p) => p[0]), ...[...geo.places.values()].flat().map((p) => p[0])])],
    coreWords: CORES.map((c) => c.fragment[0]),
    brandWords: BRANDS.map((b) => b[0]),
    summaryWords: ['半導体', '精密機械', 'ソフトウェア', '不動産', '土木工事', '食料品', '物流', 'クラウド', '清酒', '医療機器', '設計'],
    siteNames: ['工場', '支店', '営業所', '研究所', '物流センター'],
    groupMembers: (await client.query<{ n: string }>(`SELECT DISTINCT c.corporate_number AS n FROM company_relations r JOIN companies c ON c.id = r.child ORDER BY 1 LIMIT 500`)).rows.map((r) => r.n),
    groupTops: (await client.query<{ n: string }>(
      `SELECT DISTINCT c.corporate_number AS n FROM company_relations r JOIN companies c ON c.id = r.parent WHERE NOT EXISTS (SELECT 1 FROM company_relations x WHERE x.child = r.parent) ORDER BY 1 LIMIT 500`,
    )).rows.map((r) => r.n),
  };
}
