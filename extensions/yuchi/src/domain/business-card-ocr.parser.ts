// Proposes a card from the text OCR (Tesseract with jpn data) reads off a card photo: one printed line a text
// line, full-width letters and digits, stray spaces between Japanese characters (株 式 会 社), O for 0 in numbers,
// spaces inside e-mail addresses. Heuristics only, so the result is a proposal for the user to check; lines that
// fit no field come back as they are, for the user to place.
//
// Order matters: e-mail, phones, postal code and URL are recognised by their shape first; company, title and
// address by their words; what is left and looks like a personal name is the name, and a kana line beside it
// the フリガナ.
import { emptyBusinessCard, type BusinessCard } from './business-card.types.ts';
import { canonicalBusinessCard, DASHES, joinAddressParts } from './card-contact.normalizer.ts';

export interface OcrCardProposal {
  // personName is '' when no line looked like a name.
  card: BusinessCard;
  unusedLines: string[];
}

interface OcrLine {
  // NFKC, spaces kept as OCR gave them (their widths part family from given name).
  spaced: string;
  // Spaces between two Japanese characters removed, others collapsed.
  tight: string;
  // What is left of tight once e-mails, phones and URLs are taken out (「〒… 東京都… TEL …」 is one line on many cards).
  text: string;
  used: boolean;
}

const JP = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆ヶ';
const JAPANESE_CHAR = new RegExp(`[${JP}]`, 'u');
const SPACE_BETWEEN_JAPANESE = new RegExp(`(?<=[${JP}])\\s+(?=[${JP}])`, 'gu');
const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}ー\s]+$/u;

const LEGAL_FORM = /株式会社|有限会社|合同会社|合資会社|合名会社|\((株|有|同)\)|一般社団法人|一般財団法人|公益社団法人|公益財団法人|社会福祉法人|医療法人|学校法人|特定非営利活動法人|NPO法人|協同組合|\bco\.?,?\s*ltd\b|\binc\b\.?|\bcorporation\b|\bcorp\.|\bk\.k\.|\bllc\b|\blimited\b|\bltd\b/iu;

// Longest first, so 代表取締役社長 is read whole and not as 社長.
const TITLES = [
  '代表取締役社長', '代表取締役会長', '代表取締役副社長', '代表取締役', '取締役社長', '取締役副社長', '専務取締役', '常務取締役', '取締役', '執行役員',
  '副社長', '社長', '会長', '専務', '常務', '監査役', '本部長', '事業部長', '副本部長', '支社長', '支店長', '営業所長', '工場長', '所長', '室長', 'センター長',
  '担当部長', '部長代理', '課長代理', '部長', '副部長', '次長', '課長', '係長', '主任', '主査', '主事', 'チーフ', 'マネージャー', 'マネジャー', 'リーダー',
  'ディレクター', 'プロデューサー', 'エンジニア', 'コンサルタント', 'デザイナー', '理事長', '副理事長', '理事', '院長', '園長', '校長', '教授', '准教授', '担当',
].sort((a, b) => b.length - a.length);
const ENGLISH_TITLE = /\b(ceo|coo|cfo|cto|president|vice president|director|manager|chief|engineer|consultant|representative|officer|leader|designer)\b/i;
const DEPARTMENT_END = /(部|課|室|係|グループ|チーム|センター|本部|事業部|支店|支社|営業所|工場|事務所|研究所|ユニット|division|department|dept\.?)$/iu;

const PREFECTURE_START = /^(東京都|北海道|京都府|大阪府|\p{Script=Han}{2,3}県)/u;
const ADDRESS_WORDS = /\p{Script=Han}+[市区町村郡]\p{Script=Han}*.*\d/u;
const BUILDING = /(ビル|タワー|プラザ|センター|会館|ハイツ|マンション|\d+\s*(f|階)|号室)/iu;

// A label needs a colon or a space after it: mail@example.jp is an address, not a label.
const LABEL_EMAIL = /\b(?:e-?mail|mail)(?:\s*[:：]\s*|\s+)|メール(?:アドレス)?\s*[:：]?\s*/giu;
const LABEL_PHONE = /(?:tel|fax|mobile|cell|phone|携帯(?:電話)?|電話(?:番号)?|直通|代表|ファ[ック]?ク?ス|☎|\b[tfm]\b)\s*[.:：]?|\((?:代|代表|直|直通)\)/giu;
const LABEL_URL = /(?:\burl|\bweb|\bhp)\s*[:：]?\s*/giu;
const SEPARATORS = /^[\s/|・,、.:：()]+$/u;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:[.,][a-z0-9-]+)+/iu;
const URL = /\b(?:https?:\/\/|www\.)[^\s、。]+/iu;
const POSTAL = /〒\s*(\d{3})\s*-?\s*(\d{4})|^(\d{3})-(\d{4})(?=\s|$)/u;
// Runs that may be a phone number: digits (and the letters OCR mistakes for them) with separators.
const NUMBER_RUN = /(?:\+|\(|\d|[Oo](?=[\d-]))[\dOoIl|\s\-().]{7,}[\dOoIl|]/gu;

function ocrLine(raw: string): OcrLine {
  const spaced = raw.normalize('NFKC').replace(/\t/g, ' ').trim();
  const tight = spaced.replace(SPACE_BETWEEN_JAPANESE, '').replace(/\s+/g, ' ');
  return { spaced, tight, text: tight, used: false };
}

function findEmail(line: OcrLine): string | null {
  if (!/@|\(at\)|\[at\]/iu.test(line.tight)) return null;
  const text = line.tight
    .replace(LABEL_EMAIL, ' ')
    .replace(/\s*(?:\(at\)|\[at\])\s*/giu, '@')
    // "taro . shiken @ example . jp": OCR puts spaces around the small marks.
    .replace(/\s*([.@_,-])\s*/gu, '$1');
  const match = EMAIL.exec(text);
  if (!match) return null;
  line.text = `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`.replace(LABEL_EMAIL, ' ');
  return match[0].replace(/,/g, '.').replace(/\.+$/, '').toLowerCase();
}

type PhoneKind = 'phones' | 'mobiles' | 'faxes';

function phoneKind(label: string, number: string): PhoneKind {
  if (/fax|ファ[ック]?ク?ス|(^|[^a-z])f\s*[.:：]?\s*$/iu.test(label)) return 'faxes';
  if (/携帯|mobile|cell|(^|[^a-z])m\s*[.:：]?\s*$/iu.test(label)) return 'mobiles';
  if (/tel|電話|phone|直通|代表|☎|(^|[^a-z])t\s*[.:：]?\s*$/iu.test(label)) return 'phones';
  return /^(\+81-?)?0?[789]0/u.test(number) ? 'mobiles' : 'phones';
}

/** 0X-XXXX-XXXX with the separators the card printed; OCR's O and l in numbers read as 0 and 1. */
function phoneNumber(run: string): string | null {
  const fixed = run.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1');
  const digits = fixed.replace(/\D/g, '');
  const international = fixed.trim().startsWith('+81');
  if (international ? !/^81\d{9,10}$/u.test(digits) : !/^0\d{9,10}$/u.test(digits)) return null;
  const groups = fixed.replace(/^\s*\+/, '').split(/[\s\-().]+/u).filter((g) => g !== '');
  return `${international ? '+' : ''}${groups.join('-')}`;
}

function findPhones(line: OcrLine): { kind: PhoneKind; number: string }[] {
  const text = line.text.replace(DASHES, '-');
  const found: { kind: PhoneKind; number: string }[] = [];
  let labelStart = 0;
  let rest = '';
  for (const match of text.matchAll(NUMBER_RUN)) {
    const number = phoneNumber(match[0]);
    if (number === null) continue;
    const label = text.slice(labelStart, match.index);
    found.push({ kind: phoneKind(label, number), number });
    rest += ` ${label.replace(LABEL_PHONE, ' ')}`;
    labelStart = match.index + match[0].length;
  }
  if (found.length > 0) line.text = `${rest} ${text.slice(labelStart).replace(LABEL_PHONE, ' ')}`;
  return found;
}

// 「試 験  太 郎」: OCR spaced every character; the widest gap is the one between family and given name.
function nameFromSpacing(spaced: string): string {
  const tokens = spaced.split(/\s+/u).filter((t) => t !== '');
  if (tokens.length <= 1) return tokens.join('');
  if (tokens.length >= 3 && tokens.every((t) => [...t].length === 1)) {
    const gaps = [...spaced.matchAll(/\s+/gu)].map((m) => ({ at: m.index, width: m[0].length }));
    const widest = Math.max(...gaps.map((g) => g.width));
    if (gaps.every((g) => g.width === widest)) return tokens.join('');
    const split = gaps.find((g) => g.width === widest)!;
    return `${spaced.slice(0, split.at).replace(/\s+/g, '')} ${spaced.slice(split.at).replace(/\s+/g, '')}`;
  }
  return `${tokens[0]} ${tokens.slice(1).join('')}`;
}

// Titles are Japanese, so in a tight line (no spaces between Japanese characters) a title is a plain suffix.
function titleAt(text: string): { title: string; rest: string } | null {
  const title = TITLES.find((t) => text.endsWith(t));
  return title === undefined ? null : { title, rest: text.slice(0, -title.length).trim() };
}

// Words as printed (営業本部 第一営業部), unless OCR spaced every character (営 業 部).
function words(text: string): string {
  const tokens = text.split(/\s+/u).filter((t) => t !== '');
  return tokens.length >= 3 && tokens.every((t) => [...t].length === 1) ? tokens.join('') : tokens.join(' ');
}

// The line with OCR's spacing, unless e-mails or phones were taken out of it.
const spacedOf = (line: OcrLine): string => (line.text === line.tight ? line.spaced : line.text);

/** 「第一営業部 部長」「営業本部第一営業部課長」「部長」: department and title; 「営業部長」 is one title. */
function titleAndDepartment(line: OcrLine, english: boolean): { title: string | null; department: string | null } | null {
  const tokens = spacedOf(line).split(/\s+/u).filter((t) => t !== '');
  const last = tokens.length > 1 ? tokens[tokens.length - 1]! : null;
  if (last !== null && TITLES.includes(last)) {
    const department = words(tokens.slice(0, -1).join(' '));
    return { title: last, department: DEPARTMENT_END.test(department) ? department : null };
  }
  const found = titleAt(line.text);
  if (found) {
    const rest = found.rest.replace(/\s+/g, '');
    if (rest === '') return { title: found.title, department: null };
    if (DEPARTMENT_END.test(rest)) return { title: found.title, department: found.rest };
    if (!/\d|@/u.test(rest) && rest.length <= 8) return { title: line.text, department: null };
    return null;
  }
  if (english && ENGLISH_TITLE.test(line.text) && !JAPANESE_CHAR.test(line.text)) return { title: line.text, department: null };
  return null;
}

const looksLikeName = (text: string): boolean => {
  const compact = text.replace(/\s+/g, '');
  return /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々ヶ]{2,10}$/u.test(compact) && /\p{Script=Han}/u.test(compact);
};
const looksLikeRomajiName = (text: string): boolean => /^[A-Z][A-Za-z'-]+(\s+[A-Z][A-Za-z'-]+){1,2}$/u.test(text) && !ENGLISH_TITLE.test(text) && !LEGAL_FORM.test(text);

export function parseBusinessCardOcr(text: string): OcrCardProposal {
  const lines = text.split(/\r\n?|\n/u).map(ocrLine).filter((line) => line.tight !== '');
  const card = emptyBusinessCard();

  for (const line of lines) {
    const email = findEmail(line);
    if (email !== null) card.emails.push(email);
    for (const { kind, number } of findPhones(line)) card[kind].push(number);
    const url = URL.exec(line.text);
    if (url) {
      card.urls.push(url[0]);
      line.text = `${line.text.slice(0, url.index)} ${line.text.slice(url.index + url[0].length)}`.replace(LABEL_URL, ' ');
    }
    line.text = line.text.replace(/\s+/g, ' ').trim();
    if (line.text === '' || SEPARATORS.test(line.text)) line.used = true;
  }

  // Postal code and address: the address is what follows 〒 on its line, or the next line, plus a building line.
  const isAddress = (t: string): boolean => (PREFECTURE_START.test(t) || ADDRESS_WORDS.test(t)) && !LEGAL_FORM.test(t);
  lines.forEach((line, i) => {
    if (line.used || card.address !== null) return;
    const postal = POSTAL.exec(line.text);
    const rest = (postal ? `${line.text.slice(0, postal.index)} ${line.text.slice(postal.index + postal[0].length)}` : line.text)
      .replace(/(住所|所在地)\s*[:：]?\s*/u, '')
      .trim();
    if (postal) {
      card.postalCode = `${postal[1] ?? postal[3]}-${postal[2] ?? postal[4]}`;
      line.text = rest;
      line.used = rest === '';
    }
    const parts: string[] = [];
    let next = i + 1;
    const below = lines[next];
    if (rest !== '' && isAddress(rest)) {
      parts.push(rest);
      line.used = true;
    } else if (postal && below && !below.used && isAddress(below.text)) {
      parts.push(below.text);
      below.used = true;
      next += 1;
    }
    if (parts.length === 0) return;
    const following = lines[next];
    if (following && !following.used && BUILDING.test(following.text) && !LEGAL_FORM.test(following.text) && !isAddress(following.text)) {
      parts.push(following.text);
      following.used = true;
    }
    card.address = joinAddressParts(parts);
  });

  const unused = () => lines.filter((line) => !line.used);

  // A Japanese company line first: English cards and the back side print the English name too.
  const companies = unused().filter((line) => LEGAL_FORM.test(line.text));
  const company = companies.find((line) => JAPANESE_CHAR.test(line.text)) ?? companies[0];
  if (company) {
    // 「㈱テスト 営業部」: the department printed after the company name on its line.
    const tokens = spacedOf(company).split(/\s+/u).filter((t) => t !== '');
    const split = words(tokens.join(' ')).includes(' ')
      ? tokens.findIndex((_, k) => k > 0 && LEGAL_FORM.test(tokens.slice(0, k).join(' ')) && DEPARTMENT_END.test(tokens.slice(k).join('')))
      : -1;
    card.companyName = split > 0 ? tokens.slice(0, split).join(' ').replace(SPACE_BETWEEN_JAPANESE, '') : company.text;
    if (split > 0) card.departmentName = tokens.slice(split).join(' ');
    company.used = true;
  }

  let nameLine: OcrLine | null = null;
  for (const line of unused()) {
    // 「代表取締役 試験 太郎」: the title first, the name after it.
    const tokens = spacedOf(line).split(/\s+/u);
    const lead = TITLES.find((title) => tokens[0] === title);
    if (lead && tokens.length > 1 && looksLikeName(tokens.slice(1).join(''))) {
      card.title ??= lead;
      card.personName = nameFromSpacing(spacedOf(line).slice(lead.length));
      line.used = true;
      nameLine = line;
      continue;
    }
    if (card.title !== null) continue;
    const found = titleAndDepartment(line, false);
    if (found) {
      card.title = found.title;
      card.departmentName ??= found.department;
      line.used = true;
    }
  }
  // An English title only when the card has no Japanese one: bilingual cards print both.
  const english = card.title === null ? unused().find((line) => titleAndDepartment(line, true)) : undefined;
  if (english) {
    card.title = english.text;
    english.used = true;
  }
  if (card.departmentName === null) {
    const department = unused().find((line) => DEPARTMENT_END.test(line.text) && !/\d{3}|@/u.test(line.text) && JAPANESE_CHAR.test(line.text));
    if (department) {
      card.departmentName = words(spacedOf(department));
      department.used = true;
    }
  }

  if (nameLine === null) {
    const candidates = unused().filter((line) => looksLikeName(line.text) && !KANA_ONLY.test(line.text));
    // Family and given name apart is how names are printed; a line next to a kana line is more likely the name.
    const score = (line: OcrLine): number => {
      const index = lines.indexOf(line);
      const besideKana = [lines[index - 1], lines[index + 1]].some((l) => l && !l.used && KANA_ONLY.test(l.text));
      return (/\s/u.test(spacedOf(line)) ? 2 : 0) + (besideKana ? 2 : 0) + (line.text.replace(/\s/g, '').length <= 5 ? 1 : 0);
    };
    nameLine = candidates.sort((a, b) => score(b) - score(a))[0] ?? unused().find((line) => looksLikeRomajiName(line.text)) ?? null;
    if (nameLine) {
      card.personName = JAPANESE_CHAR.test(nameLine.text) ? nameFromSpacing(spacedOf(nameLine)) : nameLine.text;
      nameLine.used = true;
    }
  }
  if (nameLine) {
    const index = lines.indexOf(nameLine);
    const kana = [lines[index + 1], lines[index - 1]].find((l) => l && !l.used && KANA_ONLY.test(l.text) && l.text.replace(/\s/g, '').length >= 2);
    if (kana) {
      card.personNameKana = nameFromSpacing(spacedOf(kana));
      kana.used = true;
    }
  }

  return { card: canonicalBusinessCard(card), unusedLines: unused().map((line) => line.text) };
}
