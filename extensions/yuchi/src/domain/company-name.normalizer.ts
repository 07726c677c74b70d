// Folds company names and query words to one form, so that LIKE '%term%' on companies.search_name finds a company
// however its name was typed: full or half width, upper or lower case, hiragana or katakana, with or without a
// legal form, spaces or punctuation.
//
// Kana fold to katakana, not hiragana: every hiragana letter has a katakana twin (ヷ–ヺ have no hiragana one),
// and フリガナ are stored in katakana anyway.
// ー stays after kana, where it lengthens a vowel (スーパー ≠ スパ); anywhere else it is a dash typed with the
// Japanese IME (ABCーテック) and goes like any other dash.

// One spelling each is enough: they are folded like names below, so （株）, (株) and ㈱ all become (株).
const LEGAL_FORMS = [
  '株式会社', '有限会社', '合同会社', '合資会社', '合名会社',
  '一般社団法人', '一般財団法人', '公益社団法人', '公益財団法人', '特定非営利活動法人', 'NPO法人',
  '医療法人社団', '医療法人財団', '社会医療法人', '医療法人', '社会福祉法人', '学校法人',
  '(株)', '(有)', '(同)', '(資)', '(名)', '(社)', '(財)', '(一社)', '(一財)', '(公社)', '(公財)', '(特非)',
  '(医)', '(福)', '(学)',
  // フリガナ typed with the legal form
  'カブシキガイシャ', 'カブシキカイシャ', 'ユウゲンガイシャ', 'ユウゲンカイシャ', 'ゴウドウガイシャ', 'ゴウドウカイシャ',
  'ゴウシガイシャ', 'ゴウメイガイシャ',
];
// 協同組合 and other cooperative forms stay: they are part of how those bodies are searched for.

const HIRAGANA = /[\u3041-\u3096\u309d\u309e]/gu;
const KATAKANA_OFFSET = 0x60;

export const SEARCH_NAME_SEPARATOR = '|';

/** Hiragana to katakana, leaving everything else as it is. */
export function toKatakana(text: string): string {
  return text.replace(HIRAGANA, (kana) => String.fromCharCode(kana.charCodeAt(0) + KATAKANA_OFFSET));
}

function foldCharacters(text: string): string {
  return toKatakana(text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ''));
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Longest first, so 医療法人社団 goes whole rather than leaving 社団 behind.
const LEGAL_FORM_PATTERN = new RegExp(
  [...new Set(LEGAL_FORMS.map(foldCharacters))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|'),
  'gu',
);

const DROPPED = /[\p{P}\p{S}\p{Cc}\p{Cf}]/gu;
// A run of ー right after something other than katakana (ァ–ヺ, ー, ヽ, ヾ), or at the start.
const STRAY_LONG_VOWEL_MARKS = /(^|[^\u30a1-\u30fa\u30fc\u30fd\u30fe])\u30fc+/gu;
const NOTHING_TO_DROP = /^[^\p{P}\p{S}\p{Cc}\p{Cf}\u30fc]*$/u;

// ー is kept only after katakana, where it lengthens a vowel; the test on katakana comes after punctuation is
// gone, so スー・パー keeps both marks.
function dropPunctuation(text: string): string {
  if (NOTHING_TO_DROP.test(text)) return text;
  return text.replace(DROPPED, '').replace(STRAY_LONG_VOWEL_MARKS, '$1');
}

export function normalizeCompanyName(name: string): string {
  return dropPunctuation(foldCharacters(name).replace(LEGAL_FORM_PATTERN, ''));
}

// Query words fold exactly like names, legal forms included: search_name never holds a legal form, so the query
// 「株式会社新潟」 has to shrink to 「新潟」 to match. A word that is only a legal form becomes '': skip such words.
export function normalizeSearchText(text: string): string {
  return normalizeCompanyName(text);
}

export interface SearchNameParts {
  name: string;
  nameKana?: string | null;
  nameEn?: string | null;
  formerNames?: readonly string[];
}

// The separator is a symbol, which normalising removes from every part, so no search term can match across two parts.
export function buildSearchName(parts: SearchNameParts): string {
  const variants = [parts.name, parts.nameKana, parts.nameEn, ...(parts.formerNames ?? [])]
    .filter((part): part is string => typeof part === 'string')
    .map(normalizeCompanyName)
    .filter((variant) => variant !== '');
  return [...new Set(variants)].join(SEARCH_NAME_SEPARATOR);
}
