// Screens a news item (title and summary) against a dictionary of negative words a データ管理者 can edit, for
// 風評 findings: which words were found, where, and the highest severity among them. Matching ignores width, case
// and hiragana/katakana (ﾘｺｰﾙ = リコール, ＳＮＳ = sns) and spaces (書類 送検); a longer word wins over a word
// inside it (書類送検, not also 送検), and a word inside one of its `except` phrases does not count
// (「倒産防止共済」 is a mutual-aid scheme, not a bankruptcy).
import { toKatakana } from './company-name.normalizer.ts';
import { arrayAt, invalidAt, objectAt, readDocument, textAt, type DocumentResult } from './rules-document.reader.ts';
import type { Severity } from './risk-category.labels.ts';

export interface NegativeKeyword {
  word: string;
  severity: 1 | 2 | 3;
  except?: string[];
}

export const DEFAULT_NEGATIVE_KEYWORDS: readonly NegativeKeyword[] = [
  { word: '逮捕', severity: 3 },
  { word: '起訴', severity: 3 },
  { word: '暴力団', severity: 3 },
  { word: '反社会的勢力', severity: 3 },
  { word: '脱税', severity: 3 },
  { word: '粉飾', severity: 3 },
  { word: '横領', severity: 3 },
  { word: '背任', severity: 3 },
  { word: '談合', severity: 3 },
  { word: '贈賄', severity: 3 },
  { word: '収賄', severity: 3 },
  { word: '業務停止', severity: 3 },
  { word: '破産', severity: 3 },
  { word: '民事再生', severity: 3 },
  { word: '会社更生', severity: 3 },
  { word: '倒産', severity: 3, except: ['倒産防止'] },
  { word: '不渡り', severity: 3 },
  { word: '送検', severity: 2 },
  { word: '書類送検', severity: 2 },
  { word: '詐欺', severity: 2, except: ['詐欺にご注意', '詐欺に注意'] },
  { word: '行政処分', severity: 2 },
  { word: '改ざん', severity: 2 },
  { word: '改竄', severity: 2 },
  { word: '告発', severity: 2 },
  { word: '摘発', severity: 2 },
  { word: '課徴金', severity: 2 },
  { word: '排除措置命令', severity: 2 },
  { word: '指名停止', severity: 2 },
  { word: '偽装', severity: 2 },
  { word: '隠蔽', severity: 2 },
  { word: '債務超過', severity: 2 },
  { word: '不正', severity: 1, except: ['不正アクセス被害', '不正アクセスを受け'] },
  { word: 'リコール', severity: 1 },
  { word: '不祥事', severity: 1 },
  { word: '情報漏えい', severity: 1 },
];

export interface KeywordEvidence {
  word: string;
  severity: Severity;
  field: 'title' | 'summary';
  /** the first place the word was found, with a little of the text around it */
  excerpt: string;
  count: number;
}

export interface ReputationScreening {
  severity: Severity;
  evidence: KeywordEvidence[];
}

interface Folded {
  text: string;
  /** for each UTF-16 unit of text, where its character was in the original */
  from: number[];
  to: number[];
}

// Character by character so a match can be shown in the original text; a half-width kana keeps its ﾞ or ﾟ.
function fold(original: string): Folded {
  const folded: Folded = { text: '', from: [], to: [] };
  for (const match of original.matchAll(/.(?:\uFF9E|\uFF9F|\u3099|\u309A)?/gsu)) {
    const piece = toKatakana(match[0].normalize('NFKC').toLowerCase());
    if (/^\s*$/u.test(piece)) continue;
    folded.text += piece;
    for (let i = 0; i < piece.length; i += 1) {
      folded.from.push(match.index);
      folded.to.push(match.index + match[0].length);
    }
  }
  return folded;
}

const foldWord = (word: string) => fold(word).text;

function occurrences(text: string, word: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(word); i !== -1 && word !== ''; i = text.indexOf(word, i + 1)) at.push(i);
  return at;
}

const CONTEXT = 15;

function excerpt(original: string, folded: Folded, start: number, length: number): string {
  const from = folded.from[start]!;
  const to = folded.to[start + length - 1]!;
  const head = Math.max(0, from - CONTEXT);
  const tail = Math.min(original.length, to + CONTEXT);
  return `${head > 0 ? '…' : ''}${original.slice(head, tail).replace(/\s+/gu, ' ')}${tail < original.length ? '…' : ''}`;
}

interface PreparedKeyword {
  keyword: NegativeKeyword;
  word: string;
  except: string[];
}

// Folded once per call, longest first, so 書類送検 claims its text before 送検 looks.
const prepare = (keywords: readonly NegativeKeyword[]): PreparedKeyword[] =>
  keywords
    .map((keyword) => ({ keyword, word: foldWord(keyword.word), except: (keyword.except ?? []).map(foldWord) }))
    .sort((a, b) => b.word.length - a.word.length);

function screenField(field: 'title' | 'summary', original: string, keywords: readonly PreparedKeyword[]): KeywordEvidence[] {
  const folded = fold(original);
  const taken = new Array<boolean>(folded.text.length).fill(false);
  const evidence: KeywordEvidence[] = [];
  for (const { keyword, word, except } of keywords) {
    const excepted = except.flatMap((phrase) => occurrences(folded.text, phrase).map((start) => [start, start + phrase.length] as const));
    const found = occurrences(folded.text, word).filter((start) => {
      const end = start + word.length;
      if (excepted.some(([from, to]) => from <= start && end <= to)) return false;
      for (let i = start; i < end; i += 1) if (taken[i]) return false;
      return true;
    });
    if (found.length === 0) continue;
    for (const start of found) taken.fill(true, start, start + word.length);
    evidence.push({ word: keyword.word, severity: keyword.severity, field, excerpt: excerpt(original, folded, found[0]!, word.length), count: found.length });
  }
  return evidence;
}

/** The words found in title and summary (title first, then by severity), and the highest severity (0 when none). */
export function screenReputation({ title, summary = null, keywords = DEFAULT_NEGATIVE_KEYWORDS }: {
  title: string;
  summary?: string | null;
  keywords?: readonly NegativeKeyword[];
}): ReputationScreening {
  const prepared = prepare(keywords);
  const evidence = [...screenField('title', title, prepared), ...screenField('summary', summary ?? '', prepared)]
    .sort((a, b) => (a.field === b.field ? b.severity - a.severity : a.field === 'title' ? -1 : 1));
  const severity = evidence.reduce<Severity>((max, e) => (e.severity > max ? e.severity : max), 0);
  return { severity, evidence };
}

/** Reads an edited dictionary: [{"word": "逮捕", "severity": 3, "except": ["…"]}, …]. */
export function parseKeywordDictionary(document: unknown): DocumentResult<NegativeKeyword[]> {
  return readDocument(() => {
    const seen = new Map<string, number>();
    return arrayAt('keywords', document, '{"word": 語, "severity": 1〜3, "except": [除外する言い回し]} の並び').map((item, i): NegativeKeyword => {
      const path = `keywords[${i}]`;
      const entry = objectAt(path, item, ['word', 'severity', 'except']);
      const word = textAt(`${path}.word`, entry['word'], { maxLength: 50 });
      const key = foldWord(word);
      if (key === '') invalidAt(`${path}.word`, '空白以外の文字を入れてください');
      const twin = seen.get(key);
      if (twin !== undefined) invalidAt(`${path}.word`, `「${word}」は keywords[${twin}] と同じ語です（全角・半角、ひらがな・カタカナの違いは区別しません）`);
      seen.set(key, i);
      const severity = entry['severity'];
      if (severity !== 1 && severity !== 2 && severity !== 3) return invalidAt(`${path}.severity`, '重大度は 1（低）〜3（高）の整数で指定してください');
      if (entry['except'] === undefined) return { word, severity };
      const except = arrayAt(`${path}.except`, entry['except'], '除外する言い回しの文字列').map((phrase, j) => {
        const text = textAt(`${path}.except[${j}]`, phrase, { maxLength: 100 });
        if (!foldWord(text).includes(key)) invalidAt(`${path}.except[${j}]`, `除外する言い回しには語「${word}」を含めてください`);
        return text;
      });
      return { word, severity, except };
    });
  });
}
