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

const KANJI: readonly Stem[] = [
  ['翔', 'ショウ', 'sho'], ['瑞', 'ズイ', 'zui'], ['栄', 'エイ', 'ei'], ['和', 'ワ', 'wa'], ['光', 'コウ', 'ko'],
  ['陽', 'ヨウ', 'yo'], ['豊', 'ホウ', 'ho'], ['泉', 'セン', 'sen'], ['嶺', 'レイ', 'rei'], ['樹', 'ジュ', 'ju'],
  ['蒼', 'ソウ', 'so'], ['彩', 'サイ', 'sai'], ['悠', 'ユウ', 'yu'], ['晴', 'セイ', 'sei'], ['雅', 'ガ', 'ga'],
  ['誠', 'セイ', 'sei'], ['輝', 'キ', 'ki'], ['恵', 'ケイ', 'kei'], ['隆', 'リュウ', 'ryu'], ['昌', 'ショウ', 'sho'],
  ['新', 'シン', 'shin'], ['拓', 'タク', 'taku'], ['北', 'ホク', 'hoku'], ['越', 'エツ', 'etsu'], ['信', 'シン', 'shin'],
  ['明', 'メイ', 'mei'], ['共', 'キョウ', 'kyo'], ['広', 'コウ', 'ko'], ['富', 'フ', 'fu'], ['岳', 'ガク', 'gaku'],
  ['星', 'セイ', 'sei'], ['環', 'カン', 'kan'], ['創', 'ソウ', 'so'], ['錦', 'キン', 'kin'], ['凌', 'リョウ', 'ryo'],
  ['旭', 'キョク', 'kyoku'], ['鶴', 'カク', 'kaku'], ['桜', 'オウ', 'o'], ['峰', 'ホウ', 'ho'], ['朋', 'ホウ', 'ho'],
  ['紘', 'コウ', 'ko'], ['雄', 'ユウ', 'yu'], ['泰', 'タイ', 'tai'], ['律', 'リツ', 'ritsu'], ['湊', 'ソウ', 'so'],
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

function coinStem(random: Random): Stem {
  if (random.chance(0.6)) {
    const [first, second] = random.sample(KANJI, 2);
    if (first !== undefined && second !== undefined) {
      return [first[0] + second[0], first[1] + second[1], first[2] + second[2]];
    }
  }
  const parts = random.chance(0.5) ? [...random.sample(SYLLABLES, 2), random.pick(ENDINGS)] : random.sample(SYLLABLES, 3);
  return [parts.map((p) => p[0]).join(''), parts.map((p) => p[1]).join(''), parts.map((p) => p[2]).join('')];
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
