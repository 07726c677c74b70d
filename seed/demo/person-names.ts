// Synthetic people: a common surname and a common given name drawn at random. The lists hold name parts only,
// never a real person's full name; any match with a real person is chance.
import type { Random } from './seeded-random.ts';

export interface PersonName {
  name: string;
  kana: string;
  familyRomaji: string;
  givenRomaji: string;
}

type Part = readonly [kanji: string, kana: string, romaji: string];

// Common in Niigata as well as nationwide (本間, 五十嵐, 小林, 渡辺 …).
const SURNAMES: readonly Part[] = [
  ['佐藤', 'サトウ', 'sato'], ['鈴木', 'スズキ', 'suzuki'], ['高橋', 'タカハシ', 'takahashi'], ['田中', 'タナカ', 'tanaka'],
  ['伊藤', 'イトウ', 'ito'], ['渡辺', 'ワタナベ', 'watanabe'], ['山本', 'ヤマモト', 'yamamoto'], ['中村', 'ナカムラ', 'nakamura'],
  ['小林', 'コバヤシ', 'kobayashi'], ['加藤', 'カトウ', 'kato'], ['吉田', 'ヨシダ', 'yoshida'], ['山田', 'ヤマダ', 'yamada'],
  ['佐々木', 'ササキ', 'sasaki'], ['山口', 'ヤマグチ', 'yamaguchi'], ['松本', 'マツモト', 'matsumoto'], ['井上', 'イノウエ', 'inoue'],
  ['木村', 'キムラ', 'kimura'], ['林', 'ハヤシ', 'hayashi'], ['斎藤', 'サイトウ', 'saito'], ['清水', 'シミズ', 'shimizu'],
  ['山崎', 'ヤマザキ', 'yamazaki'], ['森', 'モリ', 'mori'], ['池田', 'イケダ', 'ikeda'], ['橋本', 'ハシモト', 'hashimoto'],
  ['阿部', 'アベ', 'abe'], ['石川', 'イシカワ', 'ishikawa'], ['山下', 'ヤマシタ', 'yamashita'], ['中島', 'ナカジマ', 'nakajima'],
  ['石井', 'イシイ', 'ishii'], ['小川', 'オガワ', 'ogawa'], ['前田', 'マエダ', 'maeda'], ['岡田', 'オカダ', 'okada'],
  ['長谷川', 'ハセガワ', 'hasegawa'], ['藤田', 'フジタ', 'fujita'], ['後藤', 'ゴトウ', 'goto'], ['近藤', 'コンドウ', 'kondo'],
  ['村上', 'ムラカミ', 'murakami'], ['遠藤', 'エンドウ', 'endo'], ['青木', 'アオキ', 'aoki'], ['坂本', 'サカモト', 'sakamoto'],
  ['福田', 'フクダ', 'fukuda'], ['太田', 'オオタ', 'ota'], ['西村', 'ニシムラ', 'nishimura'], ['藤井', 'フジイ', 'fujii'],
  ['金子', 'カネコ', 'kaneko'], ['五十嵐', 'イガラシ', 'igarashi'], ['本間', 'ホンマ', 'homma'], ['丸山', 'マルヤマ', 'maruyama'],
  ['小池', 'コイケ', 'koike'], ['星野', 'ホシノ', 'hoshino'], ['田村', 'タムラ', 'tamura'], ['高野', 'タカノ', 'takano'],
  ['小野', 'オノ', 'ono'], ['関', 'セキ', 'seki'], ['桑原', 'クワバラ', 'kuwabara'], ['樋口', 'ヒグチ', 'higuchi'],
  ['大野', 'オオノ', 'ono'], ['渡部', 'ワタナベ', 'watanabe'], ['長井', 'ナガイ', 'nagai'], ['笠原', 'カサハラ', 'kasahara'],
];

const GIVEN_NAMES: readonly Part[] = [
  ['太郎', 'タロウ', 'taro'], ['一郎', 'イチロウ', 'ichiro'], ['健一', 'ケンイチ', 'kenichi'], ['誠', 'マコト', 'makoto'],
  ['浩', 'ヒロシ', 'hiroshi'], ['大輔', 'ダイスケ', 'daisuke'], ['翔太', 'ショウタ', 'shota'], ['拓也', 'タクヤ', 'takuya'],
  ['直樹', 'ナオキ', 'naoki'], ['和也', 'カズヤ', 'kazuya'], ['隆', 'タカシ', 'takashi'], ['修', 'オサム', 'osamu'],
  ['勝', 'マサル', 'masaru'], ['博', 'ヒロシ', 'hiroshi'], ['剛', 'ツヨシ', 'tsuyoshi'], ['亮', 'リョウ', 'ryo'],
  ['健太', 'ケンタ', 'kenta'], ['雄一', 'ユウイチ', 'yuichi'], ['正樹', 'マサキ', 'masaki'], ['達也', 'タツヤ', 'tatsuya'],
  ['悠人', 'ユウト', 'yuto'], ['蓮', 'レン', 'ren'], ['裕介', 'ユウスケ', 'yusuke'], ['秀樹', 'ヒデキ', 'hideki'],
  ['花子', 'ハナコ', 'hanako'], ['恵子', 'ケイコ', 'keiko'], ['裕子', 'ユウコ', 'yuko'], ['美香', 'ミカ', 'mika'],
  ['直美', 'ナオミ', 'naomi'], ['陽子', 'ヨウコ', 'yoko'], ['由美', 'ユミ', 'yumi'], ['真理子', 'マリコ', 'mariko'],
  ['愛', 'アイ', 'ai'], ['彩', 'アヤ', 'aya'], ['千尋', 'チヒロ', 'chihiro'], ['美咲', 'ミサキ', 'misaki'],
  ['優子', 'ユウコ', 'yuko'], ['久美子', 'クミコ', 'kumiko'], ['智子', 'トモコ', 'tomoko'], ['綾香', 'アヤカ', 'ayaka'],
  ['明美', 'アケミ', 'akemi'], ['純子', 'ジュンコ', 'junko'], ['舞', 'マイ', 'mai'], ['香織', 'カオリ', 'kaori'],
  ['結衣', 'ユイ', 'yui'], ['葵', 'アオイ', 'aoi'], ['沙織', 'サオリ', 'saori'], ['麻衣', 'マイ', 'mai'],
];

// Family and given name are parted by an ideographic space, as Japanese forms write them.
const NAME_SEPARATOR = '\u3000';

export function randomPerson(random: Random): PersonName {
  const [family, familyKana, familyRomaji] = random.pick(SURNAMES);
  const [given, givenKana, givenRomaji] = random.pick(GIVEN_NAMES);
  return {
    name: `${family}${NAME_SEPARATOR}${given}`,
    kana: `${familyKana}${NAME_SEPARATOR}${givenKana}`,
    familyRomaji,
    givenRomaji,
  };
}
