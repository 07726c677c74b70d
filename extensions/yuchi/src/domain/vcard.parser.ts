// Reads .vcf files as phones and card apps write them: vCard 2.1 (Japanese feature phones, Android's export),
// 3.0 (iOS, Google) and 4.0, many cards to a file. A broken card is reported on its own, numbered from 1 in file
// order, and the others are still read.
//
// 2.1 is the odd one: parameters without names (TEL;WORK;VOICE), values in QUOTED-PRINTABLE with a CHARSET of
// their own (often SHIFT_JIS inside an otherwise ASCII file) and soft line breaks (= at the end of a line).
// フリガナ come from wherever the writing app put them: X-PHONETIC-LAST/FIRST-NAME (iOS, Android), N's SORT-AS (4.0),
// SORT-STRING (3.0), SOUND;X-IRMC-N (Japanese phones) or X-FURIGANA.
import { emptyBusinessCard, type BusinessCard } from './business-card.types.ts';
import { canonicalBusinessCard, cleanLine, cleanMultiline, joinAddressParts, normalizePostalCode } from './card-contact.normalizer.ts';
import { decodeCharset, decodeTextBytes } from './text-bytes.decoder.ts';

export type VCardVersion = '2.1' | '3.0' | '4.0';

export type VCardErrorCode =
  | 'YUCHI_VCARD_NONE'
  | 'YUCHI_VCARD_UNTERMINATED'
  | 'YUCHI_VCARD_NO_BEGIN'
  | 'YUCHI_VCARD_VERSION'
  | 'YUCHI_VCARD_NO_NAME'
  | 'YUCHI_VCARD_QUOTED_PRINTABLE'
  | 'YUCHI_VCARD_BASE64'
  | 'YUCHI_VCARD_CHARSET';

export interface VCardError {
  // 1-based, in file order; every BEGIN:VCARD (or stray END:VCARD) counts as a card.
  card: number;
  // Physical line of the file where the problem is.
  line: number;
  code: VCardErrorCode;
  message: string;
}

export interface ParsedVCard {
  card: number;
  line: number;
  // Null when the card has no VERSION line (read as 3.0 would be).
  version: VCardVersion | null;
  businessCard: BusinessCard;
}

export interface VCardParseResult {
  cards: ParsedVCard[];
  errors: VCardError[];
}

export const VCARD_VERSIONS: readonly VCardVersion[] = ['2.1', '3.0', '4.0'];

interface LogicalLine {
  text: string;
  line: number;
}

interface ContentLine {
  name: string;
  // Parameter names upper case; each occurrence's value unquoted, commas left for the reader to split.
  params: Map<string, string[]>;
  value: string;
  line: number;
}

class CardProblem extends Error {
  readonly code: VCardErrorCode;
  readonly line: number;

  constructor(code: VCardErrorCode, line: number, message: string) {
    super(message);
    this.name = 'CardProblem';
    this.code = code;
    this.line = line;
  }
}

const QUOTED_PRINTABLE_PARAM = /(^|;)\s*(ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*(;|$)/i;
const ENCODING_WORDS = new Set(['quoted-printable', 'base64', 'b', '8bit', '7bit']);
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function headOf(text: string): string {
  const colon = text.indexOf(':');
  return colon === -1 ? text : text.slice(0, colon);
}

const isSoftBreak = (text: string): boolean => text.endsWith('=') && QUOTED_PRINTABLE_PARAM.test(headOf(text));

// Folded lines (a line end then a space or tab) are one line; so are quoted-printable lines ending with "=".
function unfold(text: string): LogicalLine[] {
  const lines: LogicalLine[] = [];
  let open: (LogicalLine & { soft: boolean }) | null = null;
  text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).forEach((raw, index) => {
    if (open?.soft) {
      open.text = open.text.slice(0, -1) + raw;
      open.soft = isSoftBreak(open.text);
    } else if (open && /^[ \t]/.test(raw)) {
      open.text += raw.slice(1);
      open.soft = isSoftBreak(open.text);
    } else {
      open = { text: raw, line: index + 1, soft: isSoftBreak(raw) };
      lines.push(open);
    }
  });
  return lines.map(({ text: t, line }) => ({ text: t, line }));
}

/** Splits on a separator outside double quotes. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function parseContentLine({ text, line }: LogicalLine): ContentLine | null {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < text.length && colon === -1; i += 1) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === ':' && !quoted) colon = i;
  }
  if (colon === -1) return null;
  const [nameWithGroup = '', ...rawParams] = splitOutsideQuotes(text.slice(0, colon), ';');
  // item1.EMAIL: the group only ties properties together for the writing app (a label to a phone).
  const name = nameWithGroup.trim().replace(/^.*\./, '').toUpperCase();
  if (name === '') return null;
  const params = new Map<string, string[]>();
  const add = (key: string, value: string) => params.set(key, [...(params.get(key) ?? []), value]);
  for (const raw of rawParams) {
    const eq = raw.indexOf('=');
    if (eq === -1) {
      // 2.1 names no parameters: TEL;WORK;VOICE, ADR;HOME, NOTE;QUOTED-PRINTABLE.
      const word = raw.trim();
      if (word !== '') add(ENCODING_WORDS.has(word.toLowerCase()) ? 'ENCODING' : 'TYPE', word);
    } else {
      add(raw.slice(0, eq).trim().toUpperCase(), raw.slice(eq + 1).trim().replace(/"/g, ''));
    }
  }
  return { name, params, value: text.slice(colon + 1), line };
}

const paramValues = (line: ContentLine, key: string): string[] =>
  (line.params.get(key) ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== '');

const types = (line: ContentLine): string[] => paramValues(line, 'TYPE').map((type) => type.toLowerCase());

function decodeBytes(bytes: Uint8Array, line: ContentLine, card: number): string {
  const charset = paramValues(line, 'CHARSET')[0] ?? null;
  const text = decodeCharset(bytes, charset);
  if (text === null) {
    throw new CardProblem('YUCHI_VCARD_CHARSET', line.line, `${card}枚目（${line.line}行目）: ${line.name} の文字コード「${charset}」は読めません。UTF-8 か Shift_JIS で書き出し直してください`);
  }
  return text;
}

// =XX runs are bytes in the property's charset; other characters stand for themselves (a Shift-JIS second byte
// can be a plain ASCII letter or a backslash, so it joins the bytes around it).
function decodeQuotedPrintable(line: ContentLine, card: number): string {
  const { value } = line;
  let text = '';
  let bytes: number[] = [];
  const flush = () => {
    if (bytes.length > 0) text += decodeBytes(Uint8Array.from(bytes), line, card);
    bytes = [];
  };
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (value[i] === '=') {
      // A lone = at the very end is a soft line break with nothing after it.
      if (i === value.length - 1) break;
      const hex = value.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) {
        throw new CardProblem(
          'YUCHI_VCARD_QUOTED_PRINTABLE',
          line.line,
          `${card}枚目（${line.line}行目）: ${line.name} の QUOTED-PRINTABLE に「=${hex}」という誤った並びがあります。「=」の後は16進数2桁のはずです。ファイルが壊れていないか確認し、書き出し直してください`,
        );
      }
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else if (code < 0x80) {
      bytes.push(code);
    } else {
      flush();
      text += value[i];
    }
  }
  flush();
  return text;
}

function decodeBase64(line: ContentLine, card: number): string {
  const compact = line.value.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw new CardProblem('YUCHI_VCARD_BASE64', line.line, `${card}枚目（${line.line}行目）: ${line.name} の BASE64 が正しくありません。ファイルが壊れていないか確認し、書き出し直してください`);
  }
  return decodeBytes(Buffer.from(compact, 'base64'), line, card);
}

/** The value as text, still with its vCard escapes (\, \; \n), which structured values need to split on. */
function rawText(line: ContentLine, card: number): string {
  const encoding = paramValues(line, 'ENCODING')[0]?.toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(line, card);
  if (encoding === 'b' || encoding === 'base64') return decodeBase64(line, card);
  return line.value;
}

function unescapeText(text: string): string {
  return text.replace(/\\([\\,;:nN])/g, (_match, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

/** N, ADR, ORG: components on unescaped semicolons, each unescaped. */
function components(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      current += ch + text[i + 1];
      i += 1;
    } else if (ch === ';') {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map(unescapeText);
}

// Japanese names are family first (試験 太郎); others given first (Taro Shiken).
function nameFromParts(family: string | null, given: string | null): string | null {
  const parts = JAPANESE.test(`${family ?? ''}${given ?? ''}`) ? [family, given] : [given, family];
  return cleanLine(parts.filter((part) => part !== null).join(' '));
}

function telKind(line: ContentLine): 'mobiles' | 'faxes' | 'phones' | null {
  const kinds = types(line);
  if (kinds.includes('fax')) return 'faxes';
  if (kinds.some((kind) => kind === 'cell' || kind === 'mobile' || kind === 'x-mobile')) return 'mobiles';
  if (kinds.includes('pager')) return null;
  return 'phones';
}

// PREF=1 (4.0) or TYPE=pref (2.1, 3.0) first; otherwise file order.
function preferredFirst(lines: ContentLine[]): ContentLine[] {
  const rank = (line: ContentLine): number => {
    const pref = Number(paramValues(line, 'PREF')[0]);
    if (Number.isFinite(pref) && pref > 0) return pref;
    return types(line).includes('pref') ? 1 : 101;
  };
  return lines.map((line, index) => ({ line, index, rank: rank(line) })).sort((a, b) => a.rank - b.rank || a.index - b.index).map(({ line }) => line);
}

const IN_JAPAN = /^(日本|日本国|japan|jp|jpn)$/i;

function addressOf(parts: string[], label: string | null): { postalCode: string | null; address: string | null } {
  const [poBox = '', extended = '', street = '', locality = '', region = '', postal = '', country = ''] = parts.map((part) => cleanLine(part) ?? '');
  const postalCode = normalizePostalCode(postal);
  const otherPostal = postalCode === null ? postal : '';
  const abroad = country !== '' && !IN_JAPAN.test(country) ? country : '';
  const address = JAPANESE.test(parts.join(''))
    ? joinAddressParts([abroad, region, locality, street, extended, poBox, otherPostal])
    : cleanLine([street, extended, poBox, locality, region, otherPostal, abroad].filter((part) => part !== '').join(', '));
  return { postalCode, address: address ?? cleanLine(label) };
}

function cardFrom(lines: ContentLine[], card: number, begin: number): BusinessCard {
  const text = (line: ContentLine): string => unescapeText(rawText(line, card));
  const all = (name: string): ContentLine[] => lines.filter((line) => line.name === name);
  const first = (name: string): ContentLine | undefined => lines.find((line) => line.name === name);
  const firstText = (name: string): string | null => {
    const line = first(name);
    return line ? cleanLine(text(line)) : null;
  };
  const result = emptyBusinessCard();

  const nLine = first('N');
  const [family = '', given = ''] = nLine ? components(rawText(nLine, card)).map((part) => part.trim()) : [];
  const personName = firstText('FN') ?? nameFromParts(family || null, given || null);
  if (personName === null) {
    throw new CardProblem('YUCHI_VCARD_NO_NAME', begin, `${card}枚目（${begin}行目から）: 氏名（FN または N）がありません。名刺アプリで氏名を入れてから書き出し直してください`);
  }
  result.personName = personName;
  result.personNameKana = kanaOf(lines, card, nLine);

  const org = first('ORG');
  if (org) {
    const [company = '', ...departments] = components(rawText(org, card));
    result.companyName = cleanLine(company);
    result.departmentName = cleanLine(departments.join(' '));
  }
  result.title = firstText('TITLE') ?? firstText('ROLE');

  for (const line of preferredFirst(all('TEL'))) {
    const kind = telKind(line);
    if (kind) result[kind].push(text(line));
  }
  result.emails = preferredFirst(all('EMAIL')).map(text);
  result.urls = all('URL').map(text);

  const adr = all('ADR').find((line) => types(line).includes('work')) ?? first('ADR');
  if (adr) {
    const { postalCode, address } = addressOf(components(rawText(adr, card)), paramValues(adr, 'LABEL').join(','));
    result.postalCode = postalCode;
    result.address = address;
  } else {
    result.address = firstText('LABEL');
  }
  result.notes = cleanMultiline(all('NOTE').map(text).join('\n'));
  return canonicalBusinessCard(result);
}

function kanaOf(lines: ContentLine[], card: number, nLine: ContentLine | undefined): string | null {
  const valueOf = (name: string): string | null => {
    const line = lines.find((l) => l.name === name);
    return line ? cleanLine(unescapeText(rawText(line, card))) : null;
  };
  const join = (parts: readonly (string | null | undefined)[]): string | null => cleanLine(parts.filter((part) => part).join(' '));

  const phonetic = join([valueOf('X-PHONETIC-LAST-NAME'), valueOf('X-PHONETIC-FIRST-NAME')]);
  if (phonetic) return phonetic;
  const sortAs = nLine ? join(paramValues(nLine, 'SORT-AS')) : null;
  if (sortAs) return sortAs;
  const sortString = valueOf('SORT-STRING');
  if (sortString) return sortString;
  // SOUND;X-IRMC-N: the reading of N, in N's own family;given layout.
  const sound = lines.find((line) => line.name === 'SOUND' && types(line).includes('x-irmc-n')) ?? lines.find((line) => line.name === 'X-FURIGANA');
  return sound ? join(components(rawText(sound, card)).slice(0, 2)) : null;
}

function parseCard(lines: ContentLine[], card: number, line: number): ParsedVCard {
  const versionLine = lines.find((l) => l.name === 'VERSION');
  const versionText = versionLine ? versionLine.value.trim() : null;
  if (versionText !== null && !VCARD_VERSIONS.includes(versionText as VCardVersion)) {
    throw new CardProblem(
      'YUCHI_VCARD_VERSION',
      versionLine?.line ?? line,
      `${card}枚目（${versionLine?.line ?? line}行目）: VERSION「${versionText}」の vCard は読めません。2.1、3.0、4.0 のいずれかで書き出してください`,
    );
  }
  return { card, line, version: versionText as VCardVersion | null, businessCard: cardFrom(lines, card, line) };
}

export function parseVCards(text: string): VCardParseResult {
  const cards: ParsedVCard[] = [];
  const errors: VCardError[] = [];
  let count = 0;
  let open: { card: number; line: number; lines: ContentLine[] } | null = null;
  // Lines outside any card: a card whose BEGIN:VCARD was lost, if an END:VCARD follows.
  let strayFrom: number | null = null;

  for (const logical of unfold(text)) {
    const marker = logical.text.trim().toUpperCase();
    if (marker === '') continue;
    if (marker === 'BEGIN:VCARD') {
      if (open) errors.push(unterminated(open.card, open.line));
      count += 1;
      open = { card: count, line: logical.line, lines: [] };
      strayFrom = null;
    } else if (marker === 'END:VCARD') {
      if (open) {
        try {
          cards.push(parseCard(open.lines, open.card, open.line));
        } catch (problem) {
          if (!(problem instanceof CardProblem)) throw problem;
          errors.push({ card: open.card, line: problem.line, code: problem.code, message: problem.message });
        }
        open = null;
      } else {
        count += 1;
        const line = strayFrom ?? logical.line;
        errors.push({ card: count, line, code: 'YUCHI_VCARD_NO_BEGIN', message: `${count}枚目（${line}行目）: BEGIN:VCARD がないまま END:VCARD があります。名刺の始まりの行が消えていないか確認してください` });
      }
      strayFrom = null;
    } else if (open) {
      const content = parseContentLine(logical);
      if (content) open.lines.push(content);
    } else {
      strayFrom ??= logical.line;
    }
  }
  if (open) errors.push(unterminated(open.card, open.line));
  if (count === 0) {
    errors.push({ card: 1, line: 1, code: 'YUCHI_VCARD_NONE', message: 'vCard が見つかりません。BEGIN:VCARD で始まり END:VCARD で終わる .vcf ファイルを選んでください' });
  }
  return { cards, errors };
}

function unterminated(card: number, line: number): VCardError {
  return {
    card,
    line,
    code: 'YUCHI_VCARD_UNTERMINATED',
    message: `${card}枚目（${line}行目から）: END:VCARD がないまま次の名刺かファイルの終わりになっています。ファイルが途中で切れていないか確認してください`,
  };
}

/** A .vcf file as uploaded: UTF-8 or Shift-JIS, with or without a BOM. */
export function parseVCardBytes(bytes: Uint8Array): VCardParseResult {
  return parseVCards(decodeTextBytes(bytes));
}
