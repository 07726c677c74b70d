// Synthetic company names: a coined stem (two kanji read in on'yomi, or made-up katakana) plus a word that fits
// the industry, plus the legal form. Nothing is taken from a list of real companies.
import type { Random } from './seeded-random.ts';

export interface CompanyName {
  name: string;
  kana: string;
  en: string | null;
  slug: string;
}

export interface NameRequest {
  corporateKind: string;
  section: string;
  division: string;
}

type Stem = readonly [text: string, kana: string, romaji: string];
type Word = readonly [text: string, kana: string, english: string];

// Kanji that name companies less often than 栄, 和, 光, 新 or 共, so that pairs rarely form a stem in real use.
const KANJI: readonly Stem[] = [
  ['翔', 'ショウ', 'sho'], ['瑞', 'ズイ', 'zui'], ['嶺', 'レイ', 'rei'], ['樹', 'ジュ', 'ju'], ['蒼', 'ソウ', 'so'],
  ['彩', 'サイ', 'sai'], ['悠', 'ユウ', 'yu'], ['晴', 'セイ', 'sei'], ['雅', 'ガ', 'ga'], ['輝', 'キ', 'ki'],
  ['隆', 'リュウ', 'ryu'], ['拓', 'タク', 'taku'], ['越', 'エツ', 'etsu'], ['岳', 'ガク', 'gaku'], ['環', 'カン', 'kan'],
  ['錦', 'キン', 'kin'], ['凌', 'リョウ', 'ryo'], ['旭', 'キョク', 'kyoku'], ['鶴', 'カク', 'kaku'], ['峰', 'ホウ', 'ho'],
  ['紘', 'コウ', 'ko'], ['泰', 'タイ', 'tai'], ['律', 'リツ', 'ritsu'], ['湊', 'ソウ', 'so'], ['翠', 'スイ', 'sui'],
  ['颯', 'ソウ', 'so'], ['澪', 'レイ', 'rei'], ['彗', 'スイ', 'sui'], ['奏', 'ソウ', 'so'], ['朔', 'サク', 'saku'],
  ['楓', 'フウ', 'fu'], ['稜', 'リョウ', 'ryo'], ['暁', 'ギョウ', 'gyo'], ['碧', 'ヘキ', 'heki'], ['昴', 'ボウ', 'bo'],
  ['汐', 'セキ', 'seki'], ['燈', 'トウ', 'to'], ['槙', 'シン', 'shin'], ['朋', 'ホウ', 'ho'], ['雄', 'ユウ', 'yu'],
];

const SYLLABLES: readonly Stem[] = [
  ['ア', 'ア', 'a'], ['イ', 'イ', 'i'], ['エ', 'エ', 'e'], ['オ', 'オ', 'o'], ['カ', 'カ', 'ka'], ['キ', 'キ', 'ki'],
  ['ク', 'ク', 'ku'], ['コ', 'コ', 'ko'], ['サ', 'サ', 'sa'], ['セ', 'セ', 'se'], ['タ', 'タ', 'ta'], ['テ', 'テ', 'te'],
  ['ト', 'ト', 'to'], ['ナ', 'ナ', 'na'], ['ノ', 'ノ', 'no'], ['ミ', 'ミ', 'mi'], ['メ', 'メ', 'me'], ['モ', 'モ', 'mo'],
  ['ラ', 'ラ', 'ra'], ['リ', 'リ', 'ri'], ['ル', 'ル', 'ru'], ['レ', 'レ', 're'], ['ロ', 'ロ', 'ro'], ['ベ', 'ベ', 'be'],
  ['ダ', 'ダ', 'da'], ['ガ', 'ガ', 'ga'], ['ゼ', 'ゼ', 'ze'], ['ヴィ', 'ヴィ', 'vi'],
];
const ENDINGS: readonly Stem[] = [['テック', 'テック', 'tec'], ['ニクス', 'ニクス', 'nix'], ['トロン', 'トロン', 'tron'], ['リア', 'リア', 'ria'], ['ウェル', 'ウェル', 'well']];

const GENERIC_WORDS: readonly Word[] = [['産業', 'サンギョウ', 'Sangyo'], ['興業', 'コウギョウ', 'Kogyo']];
const SECTION_WORDS: Readonly<Record<string, readonly Word[]>> = {
  A: [['農産', 'ノウサン', 'Agri'], ['ファーム', 'ファーム', 'Farm']],
  B: [['水産', 'スイサン', 'Fisheries']],
  C: [['砕石', 'サイセキ', 'Quarry'], ['鉱業', 'コウギョウ', 'Mining']],
  D: [['建設', 'ケンセツ', 'Construction'], ['工務店', 'コウムテン', 'Builders'], ['設備', 'セツビ', 'Facilities'], ['土木', 'ドボク', 'Civil Engineering']],
  E: [['工業', 'コウギョウ', 'Industries'], ['製作所', 'セイサクショ', 'Works'], ['精密', 'セイミツ', 'Precision']],
  F: [['エネルギー', 'エネルギー', 'Energy'], ['電力', 'デンリョク', 'Power']],
  G: [['システムズ', 'システムズ', 'Systems'], ['ソフト', 'ソフト', 'Soft'], ['ネットワークス', 'ネットワークス', 'Networks'], ['情報', 'ジョウホウ', 'Information'], ['データ', 'データ', 'Data']],
  H: [['運輸', 'ウンユ', 'Transport'], ['物流', 'ブツリュウ', 'Logistics'], ['ロジスティクス', 'ロジスティクス', 'Logistics'], ['交通', 'コウツウ', 'Transit']],
  I: [['商事', 'ショウジ', 'Trading'], ['商会', 'ショウカイ', 'Shokai'], ['物産', 'ブッサン', 'Bussan'], ['ストア', 'ストア', 'Store']],
  J: [['ファイナンス', 'ファイナンス', 'Finance'], ['リース', 'リース', 'Lease']],
  K: [['不動産', 'フドウサン', 'Real Estate'], ['地所', 'ジショ', 'Estate'], ['ハウジング', 'ハウジング', 'Housing']],
  L: [['技研', 'ギケン', 'R&D'], ['設計', 'セッケイ', 'Design'], ['コンサルティング', 'コンサルティング', 'Consulting'], ['分析センター', 'ブンセキセンター', 'Analysis Center']],
  M: [['観光', 'カンコウ', 'Tourism'], ['ホテル', 'ホテル', 'Hotel'], ['フードサービス', 'フードサービス', 'Food Service']],
  N: [['サービス', 'サービス', 'Service'], ['ライフ', 'ライフ', 'Life']],
  O: [['教育', 'キョウイク', 'Education'], ['学院', 'ガクイン', 'Academy']],
  P: [['ケアサービス', 'ケアサービス', 'Care Service'], ['メディカル', 'メディカル', 'Medical']],
  Q: [['サービス', 'サービス', 'Service']],
  R: [['総合サービス', 'ソウゴウサービス', 'General Service'], ['ビル管理', 'ビルカンリ', 'Building Management'], ['警備保障', 'ケイビホショウ', 'Security']],
};
// Manufacturing names say what is made.
const DIVISION_WORDS: Readonly<Record<string, readonly Word[]>> = {
  '09': [['食品', 'ショクヒン', 'Foods'], ['製菓', 'セイカ', 'Confectionery'], ['フーズ', 'フーズ', 'Foods']],
  '10': [['酒造', 'シュゾウ', 'Brewery'], ['飲料', 'インリョウ', 'Beverages']],
  '16': [['化成', 'カセイ', 'Chemicals'], ['化学', 'カガク', 'Chemical']],
  '18': [['樹脂', 'ジュシ', 'Plastics'], ['化成', 'カセイ', 'Chemicals']],
  '22': [['製鋼', 'セイコウ', 'Steel'], ['鋳造', 'チュウゾウ', 'Foundry']],
  '23': [['金属', 'キンゾク', 'Metals'], ['伸銅', 'シンドウ', 'Copper']],
  '24': [['金属', 'キンゾク', 'Metals'], ['金物', 'カナモノ', 'Hardware']],
  '25': [['機工', 'キコウ', 'Machinery'], ['精機', 'セイキ', 'Precision Machinery']],
  '26': [['機械', 'キカイ', 'Machinery'], ['精機', 'セイキ', 'Precision Machinery']],
  '28': [['電子', 'デンシ', 'Electronics'], ['デバイス', 'デバイス', 'Devices']],
  '29': [['電機', 'デンキ', 'Electric'], ['電工', 'デンコウ', 'Electric Works']],
  '31': [['工業', 'コウギョウ', 'Industries'], ['オートパーツ', 'オートパーツ', 'Auto Parts']],
};

interface LegalForm {
  text: string;
  prefix: number;
  english: string | null;
  word?: Word;
}

const COMPANY_FORMS: Readonly<Record<string, LegalForm>> = {
  '301': { text: '株式会社', prefix: 0.45, english: 'Co., Ltd.' },
  '302': { text: '有限会社', prefix: 0.3, english: 'Ltd.' },
  '305': { text: '合同会社', prefix: 0.2, english: 'LLC' },
};

// その他の設立登記法人 (399): the legal form depends on what the body does, and the name ends in a set word.
function otherForm(random: Random, section: string, division: string): LegalForm {
  if (section === 'P' && division === '85') return { text: '社会福祉法人', prefix: 1, english: null, word: ['福祉会', 'フクシカイ', 'Welfare'] };
  if (section === 'P') return { text: '医療法人社団', prefix: 1, english: null, word: ['会', 'カイ', 'Medical Corporation'] };
  if (section === 'O' && division === '81') return { text: '学校法人', prefix: 1, english: null, word: ['学園', 'ガクエン', 'Gakuen'] };
  if (random.chance(0.3)) return { text: '一般財団法人', prefix: 1, english: 'Foundation', word: ['振興財団', 'シンコウザイダン', 'Promotion'] };
  return { text: '一般社団法人', prefix: 1, english: 'Association', word: random.pick<Word>([['技術協会', 'ギジュツキョウカイ', 'Technology'], ['振興会', 'シンコウカイ', 'Promotion']]) };
}

// Readings of well-known company names and brands the parts above could spell: a stem reading like one is
// drawn again. Best effort only; the generated names were not checked against the 法人番号 register.
const KNOWN_NAMES = new Set([
  'aika', 'atari', 'iseki', 'juki', 'kansai', 'kinki', 'koki', 'konami', 'kurare', 'kyokuto', 'oriko', 'sakata', 'sakura',
  'seiko', 'seiyu', 'sekisui', 'shinetsu', 'shinko', 'shinsei', 'shinto', 'sosei', 'taiho', 'taisei', 'taisho', 'taito',
  'takara', 'teika', 'terumo', 'toho', 'tomika', 'toto',
]);

function coinStem(random: Random): Stem {
  const parts = random.chance(0.6)
    ? random.sample(KANJI, 2)
    : random.chance(0.5)
      ? [...random.sample(SYLLABLES, 2), random.pick(ENDINGS)]
      : random.sample(SYLLABLES, 3);
  const stem: Stem = [parts.map((p) => p[0]).join(''), parts.map((p) => p[1]).join(''), parts.map((p) => p[2]).join('')];
  // 蒼湊 (ソウソウ) and the like read as a stutter.
  const stutter = parts.length === 2 && parts[0]?.[1] === parts[1]?.[1];
  return KNOWN_NAMES.has(stem[2]) || stutter ? coinStem(random) : stem;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const slugOf = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export interface CompanyNamer {
  next(random: Random, request: NameRequest): CompanyName;
}

// Keeps names and slugs unique across one demo data set.
export function createCompanyNamer(): CompanyNamer {
  const usedNames = new Set<string>();
  const usedSlugs = new Set<string>();

  const compose = (random: Random, request: NameRequest): CompanyName => {
    const form = COMPANY_FORMS[request.corporateKind] ?? otherForm(random, request.section, request.division);
    const words = DIVISION_WORDS[request.division] ?? SECTION_WORDS[request.section] ?? GENERIC_WORDS;
    const word = form.word ?? random.pick(words);
    const [stem, stemKana, stemRomaji] = coinStem(random);
    const core = stem + word[0];
    const name = random.chance(form.prefix) ? form.text + core : core + form.text;
    const english = `${capitalise(stemRomaji)} ${word[2]}`;
    return {
      name,
      kana: stemKana + word[1],
      en: form.english === null ? null : `${english} ${form.english}`,
      slug: slugOf(english),
    };
  };

  return {
    next: (random, request) => {
      let candidate = compose(random, request);
      for (let tries = 0; usedNames.has(candidate.name) && tries < 50; tries += 1) candidate = compose(random, request);
      let slug = candidate.slug;
      for (let n = 2; usedSlugs.has(slug); n += 1) slug = `${candidate.slug}-${n}`;
      usedNames.add(candidate.name);
      usedSlugs.add(slug);
      return { ...candidate, slug };
    },
  };
}

const LEGAL_FORM_TEXT = /株式会社|有限会社|合同会社|一般社団法人|一般財団法人|医療法人社団|社会福祉法人|学校法人/u;

// The name as headlines write it: 株式会社翔栄精密 → 翔栄精密.
export function shortCompanyName(name: string): string {
  return name.replace(LEGAL_FORM_TEXT, '');
}
