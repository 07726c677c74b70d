// CSV exported by any card app (Eight, Sansan, Google and Outlook contacts, a hand-made sheet): from the header row
// a proposed mapping of columns to card fields, which the user may correct; the mapping as JSON, checked; and each
// data row mapped to a card or to a row error. Our own layout (card-csv.writer.ts) maps without changes.
//
// A mapping is a JSON object { column: field }. A column is a header as written (「会社名」) or a 0-based column
// index as a string of digits ("2", for files whose headers repeat or are missing); a field is one of
// CARD_CSV_FIELDS, or null or "" to leave the column out.
import { BUSINESS_CARD_LABELS, emptyBusinessCard, type BusinessCard, type BusinessCardField } from './business-card.types.ts';
import {
  canonicalBusinessCard, cleanLine, cleanMultiline, isEmail, joinAddressParts, normalizeEmail, normalizePhone, normalizePostalCode,
} from './card-contact.normalizer.ts';
import { FORMULA_GUARD } from './card-csv.writer.ts';
import { parseJapaneseDay } from './japanese-date.parser.ts';
import { CsvSplitError, splitCsvRecords } from './nta-csv-line.parser.ts';
import type { CsvRowError, CsvRowResult } from './relation-csv-row.parser.ts';
import { decodeTextBytes } from './text-bytes.decoder.ts';

// Card apps split names (姓, 名) where a card has one; the parts are joined with a space.
export type CardCsvField = BusinessCardField | 'familyName' | 'givenName' | 'familyNameKana' | 'givenNameKana';

export const CARD_CSV_FIELD_LABELS: Record<CardCsvField, string> = {
  ...BUSINESS_CARD_LABELS,
  familyName: '姓',
  givenName: '名',
  familyNameKana: '姓（フリガナ）',
  givenNameKana: '名（フリガナ）',
};

export const CARD_CSV_FIELDS = Object.keys(CARD_CSV_FIELD_LABELS) as CardCsvField[];

// Several columns may fill these: a list gets every value, an address its parts in column order, a memo its lines.
const MANY_COLUMNS: ReadonlySet<CardCsvField> = new Set(['emails', 'phones', 'mobiles', 'faxes', 'urls', 'address', 'notes', 'departmentName']);

export interface CardCsvColumn {
  index: number;
  header: string;
  field: CardCsvField;
}

// Sorted by column index.
export type CardCsvMapping = readonly CardCsvColumn[];

/** As JSON, by 0-based index: what proposeCardCsvMapping offers the user to check and send back. */
export type CardCsvMappingJson = Record<string, CardCsvField | null>;

export type CardCsvMappingResult = { ok: true; mapping: CardCsvMapping } | { ok: false; errors: CsvRowError[] };

// Headers compared without case, width, spaces or punctuation: 「E-mail」「Ｅメール」「氏名（カナ）」.
const headerKey = (header: string): string => header.normalize('NFKC').toLowerCase().replace(/[\s_\-・/()「」[\]:.,'"#]/gu, '');

const HEADER_WORDS: Record<CardCsvField, readonly string[]> = {
  personName: ['氏名', '名前', 'お名前', '氏名漢字', 'フルネーム', '姓名', '人名', '担当者', '担当者名', '表示名', 'name', 'fullname', 'displayname'],
  familyName: ['姓', '氏', '苗字', '名字', '姓漢字', 'lastname', 'familyname', 'surname'],
  givenName: ['名', '名漢字', 'firstname', 'givenname'],
  personNameKana: ['フリガナ', 'ふりがな', 'カナ', 'よみ', 'ヨミ', 'よみがな', 'ヨミガナ', 'phoneticname', 'yomi', 'kana', 'furigana'],
  familyNameKana: ['セイ', 'せい', 'phoneticlastname'],
  givenNameKana: ['メイ', 'めい', 'phoneticfirstname'],
  companyName: ['会社名', '会社', '企業名', '社名', '法人名', '勤務先', '勤務先名', '所属会社', '組織名', '団体名', 'company', 'companyname', 'organization', 'organisation', 'organizationname', 'org', 'organization1name'],
  departmentName: ['部署', '部署名', '部門', '部門名', '所属', '所属部署', '部課', '部課名', 'department', 'dept', 'division', 'organization1department'],
  title: ['役職', '役職名', '肩書', '肩書き', 'title', 'jobtitle', 'position', 'organization1title'],
  emails: ['メール', 'メールアドレス', 'eメール', '電子メール', 'email', 'emailaddress', 'mail', 'email1value'],
  phones: ['電話', '電話番号', '会社電話', '代表電話', '直通', '直通電話', 'tel', 'phone', 'telephone', 'businessphone', 'workphone', 'phone1value'],
  mobiles: ['携帯', '携帯電話', '携帯番号', '携帯電話番号', 'mobile', 'mobilephone', 'cell', 'cellphone'],
  faxes: ['fax', 'ファックス', 'ファクス', 'fax番号', 'faxnumber', 'businessfax'],
  postalCode: ['郵便番号', '〒', 'zip', 'zipcode', 'postalcode', 'postcode'],
  address: ['住所', '所在地', '勤務先住所', '会社住所', '都道府県', '市区町村', '番地', '建物名', 'address', 'street', 'city', 'prefecture'],
  urls: ['url', 'ホームページ', 'hp', 'web', 'website', 'ウェブサイト', 'webサイト', 'homepage'],
  exchangedOn: ['名刺交換日', '交換日', 'exchangedon'],
  notes: ['メモ', '備考', 'ノート', 'コメント', 'note', 'notes', 'memo', 'comment'],
};

const FIELD_BY_HEADER = new Map<string, CardCsvField>(
  [
    ...Object.entries(CARD_CSV_FIELD_LABELS).map(([field, label]) => [headerKey(label), field] as const),
    ...Object.entries(HEADER_WORDS).flatMap(([field, words]) => words.map((word) => [headerKey(word), field] as const)),
  ].map(([key, field]) => [key, field as CardCsvField]),
);

const KANA_HEADER = /フリガナ|ふりがな|カナ|かな|よみ|ヨミ|yomi|phonetic|kana|furigana/u;

// For headers not in the word list, in this order: 「会社電話番号」 is a phone, 「会社名フリガナ」 is nothing we keep.
const HEADER_RULES: readonly [RegExp, CardCsvField | null][] = [
  [/type|種別|種類|label|ラベル/u, null],
  [/氏名|fullname|displayname/u, 'personNameKana'],
  [/会社|企業|company|org/u, null],
  [/姓|セイ|last|family/u, 'familyNameKana'],
  [/名|メイ|first|given/u, 'givenNameKana'],
  [/./u, 'personNameKana'],
];

const OTHER_RULES: readonly [RegExp, CardCsvField | null][] = [
  // Outlook's 「E-mail Display Name」 holds a name and an address together.
  [/type|種別|種類|label|ラベル|displayname/u, null],
  [/fax|ファックス|ファクス/u, 'faxes'],
  [/携帯|mobile|cell/u, 'mobiles'],
  [/メール|mail/u, 'emails'],
  [/電話|tel|phone/u, 'phones'],
  [/郵便|zip|postal|〒/u, 'postalCode'],
  [/住所|所在地|都道府県|市区町村|番地|建物|address|street|city|state|prefecture/u, 'address'],
  [/url|ホームページ|website|webpage/u, 'urls'],
  [/交換日/u, 'exchangedOn'],
  [/会社|企業|company|organization|社名/u, 'companyName'],
  [/部署|部門|department/u, 'departmentName'],
  [/役職|肩書|title|position/u, 'title'],
  [/メモ|備考|note|memo/u, 'notes'],
];

/** The field a header most likely holds, or null when we would not guess. */
export function guessCardCsvField(header: string): CardCsvField | null {
  const key = headerKey(header);
  if (key === '') return null;
  const known = FIELD_BY_HEADER.get(key);
  if (known) return known;
  const rules = KANA_HEADER.test(key) ? HEADER_RULES : OTHER_RULES;
  return rules.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}

/** A mapping to show the user, by 0-based index; a field that takes one column goes to the first that fits. */
export function proposeCardCsvMapping(header: readonly string[]): CardCsvMappingJson {
  const taken = new Set<CardCsvField>();
  const proposal: CardCsvMappingJson = {};
  header.forEach((text, index) => {
    const field = guessCardCsvField(text);
    const free = field !== null && (MANY_COLUMNS.has(field) || !taken.has(field));
    if (free) taken.add(field);
    proposal[String(index)] = free ? field : null;
  });
  return proposal;
}

const mappingError = (code: string, message: string): CsvRowError => ({ code, message });

/** Checks a mapping sent as JSON text or as the parsed object against the file's header. */
export function validateCardCsvMapping(input: unknown, header: readonly string[]): CardCsvMappingResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, errors: [mappingError('YUCHI_CARD_MAPPING_JSON', '列の対応づけが JSON として読めません。{"見出し または 列番号": "項目名"} の形にしてください')] };
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, errors: [mappingError('YUCHI_CARD_MAPPING_JSON', '列の対応づけは {"見出し または 列番号": "項目名"} の形の JSON オブジェクトにしてください')] };
  }
  const keys = header.map((h) => h.replace(/^\uFEFF/, '').trim());
  const errors: CsvRowError[] = [];
  const byIndex = new Map<number, CardCsvColumn>();
  for (const [column, target] of Object.entries(value as Record<string, unknown>)) {
    if (target === null || target === '') continue;
    if (typeof target !== 'string' || !(CARD_CSV_FIELDS as readonly string[]).includes(target)) {
      errors.push(mappingError('YUCHI_CARD_MAPPING_FIELD', `列「${column}」の項目「${String(target)}」はありません。${CARD_CSV_FIELDS.join('、')} のいずれか（使わない列は null）にしてください`));
      continue;
    }
    const index = /^\d+$/.test(column) ? Number(column) : keys.indexOf(column.trim());
    if (index < 0 || index >= keys.length) {
      errors.push(mappingError('YUCHI_CARD_MAPPING_COLUMN', /^\d+$/.test(column)
        ? `列番号 ${column} はファイルにありません。列番号は 0 から ${keys.length - 1} までです（0 が1列目）`
        : `見出し「${column}」の列がファイルにありません。1行目の見出しをそのまま書くか、0 から数えた列番号にしてください`));
      continue;
    }
    if (byIndex.has(index)) {
      errors.push(mappingError('YUCHI_CARD_MAPPING_DUPLICATE', `${index + 1}列目（${keys[index]}）が2回指定されています。1つの列には1つの項目だけを対応づけてください`));
      continue;
    }
    byIndex.set(index, { index, header: keys[index] ?? '', field: target as CardCsvField });
  }
  const mapping = [...byIndex.values()].sort((a, b) => a.index - b.index);
  for (const field of CARD_CSV_FIELDS) {
    const columns = mapping.filter((c) => c.field === field);
    if (columns.length > 1 && !MANY_COLUMNS.has(field)) {
      errors.push(mappingError('YUCHI_CARD_MAPPING_DUPLICATE', `「${CARD_CSV_FIELD_LABELS[field]}」に ${columns.map((c) => `「${c.header}」`).join('と')} の${columns.length}列が対応づけられています。1列だけにしてください`));
    }
  }
  if (!mapping.some((c) => c.field === 'personName' || c.field === 'familyName' || c.field === 'givenName')) {
    errors.push(mappingError('YUCHI_CARD_MAPPING_NO_NAME', '氏名の列が対応づけられていません。「氏名」か「姓」「名」の列を選んでください'));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, mapping };
}

class RowProblem extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'RowProblem';
    this.code = code;
  }
}

const MAX_TEXT = 255;

// Cells our writer guarded against formulas ('+81-…) get their apostrophe back off.
const unguard = (text: string): string => (text.startsWith(FORMULA_GUARD) && /^.[=+\-@\t\r]/su.test(text) ? text.slice(1) : text);

/** One data row to a card; a cell too long, an e-mail, postal code or day that is not one, or no name is the row's error. */
export function mapCardCsvRow(fields: readonly string[], mapping: CardCsvMapping): CsvRowResult<BusinessCard> {
  const cells = (field: CardCsvField): { header: string; text: string }[] =>
    mapping.filter((c) => c.field === field).map((c) => ({ header: c.header, text: unguard(fields[c.index] ?? '') }));
  const one = (field: CardCsvField): string | null => {
    const cell = cells(field)[0];
    const text = cleanLine(cell?.text);
    if (text !== null && text.length > MAX_TEXT) {
      throw new RowProblem('YUCHI_CARD_TOO_LONG', `${cell?.header}（${CARD_CSV_FIELD_LABELS[field]}）は${MAX_TEXT}文字以内にしてください`);
    }
    return text;
  };
  const lines = (field: CardCsvField, split = /\r?\n/): string[] =>
    cells(field).flatMap((cell) => cell.text.split(split)).map((text) => text.trim()).filter((text) => text !== '');
  try {
    const card = emptyBusinessCard(one('personName') ?? cleanLine([one('familyName'), one('givenName')].filter((p) => p !== null).join(' ')) ?? '');
    if (card.personName === '') throw new RowProblem('YUCHI_CARD_NO_NAME', '氏名が空です。氏名（または姓・名）を入れてください');
    card.personNameKana = one('personNameKana') ?? cleanLine([one('familyNameKana'), one('givenNameKana')].filter((p) => p !== null).join(' '));
    card.companyName = one('companyName');
    card.departmentName = cleanLine(cells('departmentName').map((c) => c.text).join(' '));
    card.title = one('title');
    // Several addresses in one cell are often separated by commas or semicolons.
    card.emails = lines('emails', /[\s,;、，；]+/u).map((text) => {
      const email = normalizeEmail(text) ?? '';
      if (!isEmail(email)) throw new RowProblem('YUCHI_CARD_EMAIL', `メールアドレス「${text}」は正しくありません。name@example.jp の形にしてください`);
      return email;
    });
    card.phones = lines('phones').map((text) => normalizePhone(text) ?? text);
    card.mobiles = lines('mobiles').map((text) => normalizePhone(text) ?? text);
    card.faxes = lines('faxes').map((text) => normalizePhone(text) ?? text);
    card.urls = lines('urls');
    const postal = one('postalCode');
    card.postalCode = postal === null ? null : normalizePostalCode(postal);
    if (postal !== null && card.postalCode === null) throw new RowProblem('YUCHI_CARD_POSTAL_CODE', `郵便番号「${postal}」は 123-4567 のように7桁の数字にしてください`);
    card.address = joinAddressParts(cells('address').map((c) => c.text));
    const day = one('exchangedOn');
    const exchangedOn = day === null ? null : parseJapaneseDay(day);
    if (exchangedOn === 'invalid') throw new RowProblem('YUCHI_CARD_DATE', `名刺交換日「${day}」は実在する日付にしてください（例: 2024-03-12、2024/3/12、令和6年3月12日）`);
    card.exchangedOn = exchangedOn;
    card.notes = cleanMultiline(cells('notes').map((c) => c.text).join('\n'));
    return { ok: true, row: canonicalBusinessCard(card) };
  } catch (problem) {
    if (problem instanceof RowProblem) return { ok: false, error: { code: problem.code, message: problem.message } };
    throw problem;
  }
}

export interface CardCsvRowError extends CsvRowError {
  // The row as a spreadsheet numbers it: the header is row 1. 0 for the file as a whole.
  row: number;
}

export interface CardCsvReadResult {
  header: string[];
  mapping: CardCsvMapping;
  cards: { row: number; card: BusinessCard }[];
  errors: CardCsvRowError[];
}

/**
 * A whole CSV text: the first row is the header, the mapping given (JSON or object) or else proposed from it.
 * Empty rows are skipped; a mapping that does not fit the header reads no rows and reports why (row 0).
 */
export function readCardCsv(text: string, mappingInput?: unknown): CardCsvReadResult {
  let records: string[][];
  try {
    records = splitCsvRecords(text);
  } catch (error) {
    if (!(error instanceof CsvSplitError)) throw error;
    return { header: [], mapping: [], cards: [], errors: [{ row: error.line, code: error.code, message: error.message }] };
  }
  const [header = [], ...rows] = records;
  const checked = validateCardCsvMapping(mappingInput ?? proposeCardCsvMapping(header), header);
  if (!checked.ok) return { header, mapping: [], cards: [], errors: checked.errors.map((e) => ({ row: 0, ...e })) };
  const result: CardCsvReadResult = { header, mapping: checked.mapping, cards: [], errors: [] };
  rows.forEach((fields, i) => {
    const row = i + 2;
    if (fields.every((field) => field.trim() === '')) return;
    const mapped = mapCardCsvRow(fields, checked.mapping);
    if (mapped.ok) result.cards.push({ row, card: mapped.row });
    else result.errors.push({ row, ...mapped.error, message: `${row}行目: ${mapped.error.message}` });
  });
  return result;
}

/** A CSV file as uploaded, UTF-8 or Shift-JIS (Excel's 「CSV」 in Japanese Windows). */
export function readCardCsvBytes(bytes: Uint8Array, mappingInput?: unknown): CardCsvReadResult {
  return readCardCsv(decodeTextBytes(bytes), mappingInput);
}
