import { describe, expect, test } from 'vitest';
import { DEFAULT_NEGATIVE_KEYWORDS, parseKeywordDictionary, screenReputation } from './reputation-keyword.screener.ts';

describe('screenReputation', () => {
  test('finds a word in the title, with the text around it and its severity', () => {
    expect(screenReputation({ title: '架空商事の元役員を逮捕 見本県警', summary: null })).toEqual({
      severity: 3,
      evidence: [{ word: '逮捕', severity: 3, field: 'title', excerpt: '架空商事の元役員を逮捕 見本県警', count: 1 }],
    });
  });

  test('a clean item has severity 0 and no evidence', () => {
    expect(screenReputation({ title: '架空商事が新工場を竣工', summary: '見本市に新たな生産拠点を設けた。' })).toEqual({ severity: 0, evidence: [] });
  });

  test.each([
    ['half-width katakana', 'ﾘｺｰﾙを発表', 'リコール'],
    ['hiragana', 'りこーるを発表', 'リコール'],
    ['full-width letters and spaces inside the word', '書類　送検された', '書類送検'],
    ['a voiced half-width kana', 'ﾃﾞｰﾀを改ざん', '改ざん'],
  ])('ignores %s', (_label, title, word) => {
    expect(screenReputation({ title }).evidence.map((e) => e.word)).toEqual([word]);
  });

  test('a longer word wins over a word inside it, but the shorter one still counts elsewhere', () => {
    const { evidence } = screenReputation({ title: '架空建設を書類送検', summary: '別の事件でも役員が送検されている。' });
    expect(evidence.map((e) => [e.field, e.word])).toEqual([['title', '書類送検'], ['summary', '送検']]);
  });

  test('the severity is the highest among the words found, in title or summary', () => {
    const result = screenReputation({ title: '架空食品がリコール', summary: '同社は民事再生法の適用を申請した。' });
    expect(result.severity).toBe(3);
    expect(result.evidence.map((e) => [e.word, e.severity])).toEqual([['リコール', 1], ['民事再生', 3]]);
  });

  test('counts repeats and shows the first place, cut to a short excerpt', () => {
    const summary = `${'あ'.repeat(40)}詐欺の疑い。さらに詐欺の疑い。${'い'.repeat(40)}`;
    const [found] = screenReputation({ title: '見出し', summary }).evidence;
    expect(found).toMatchObject({ word: '詐欺', count: 2 });
    expect(found!.excerpt).toBe(`…${'あ'.repeat(15)}詐欺の疑い。さらに詐欺の疑い。いい…`);
  });

  test.each([
    ['倒産防止共済', '架空商事が倒産防止共済に加入'],
    ['詐欺にご注意', '当社を装った詐欺にご注意ください'],
    ['不正アクセス被害', '架空商事が不正アクセス被害'],
  ])('does not count a word inside an exception phrase (%s)', (_label, title) => {
    expect(screenReputation({ title })).toEqual({ severity: 0, evidence: [] });
  });

  test('an exception does not hide the same word elsewhere', () => {
    expect(screenReputation({ title: '倒産防止共済の加入企業が倒産' }).evidence).toMatchObject([{ word: '倒産', count: 1 }]);
  });

  test('uses the dictionary it is given', () => {
    const keywords = [{ word: '炎上', severity: 1 as const }];
    expect(screenReputation({ title: 'SNSで炎上、逮捕者も', keywords }).evidence.map((e) => e.word)).toEqual(['炎上']);
  });

  test('the default dictionary holds the words asked for', () => {
    const words = DEFAULT_NEGATIVE_KEYWORDS.map((k) => k.word);
    for (const word of ['逮捕', '送検', '暴力団', '詐欺', '脱税', '粉飾', '業務停止', '破産', '民事再生', 'リコール', '不正', '書類送検', '行政処分', '倒産', '横領', '談合', '贈賄', '改ざん']) {
      expect(words).toContain(word);
    }
  });
});

describe('parseKeywordDictionary', () => {
  test('accepts the default dictionary as JSON', () => {
    expect(parseKeywordDictionary(JSON.parse(JSON.stringify(DEFAULT_NEGATIVE_KEYWORDS)))).toEqual({ ok: true, value: DEFAULT_NEGATIVE_KEYWORDS });
  });

  test.each<[string, unknown, string]>([
    ['not an array', { word: '逮捕' }, 'keywords'],
    ['an entry that is not an object', ['逮捕'], 'keywords[0]'],
    ['an unknown key', [{ word: '逮捕', severity: 3, weight: 1 }], 'keywords[0].weight'],
    ['an empty word', [{ word: '', severity: 3 }], 'keywords[0].word'],
    ['a severity of 0', [{ word: '逮捕', severity: 0 }], 'keywords[0].severity'],
    ['a severity as text', [{ word: '逮捕', severity: '3' }], 'keywords[0].severity'],
    ['the same word twice in another width', [{ word: 'リコール', severity: 1 }, { word: 'ﾘｺｰﾙ', severity: 2 }], 'keywords[1].word'],
    ['an exception that is not a list', [{ word: '倒産', severity: 3, except: '倒産防止' }], 'keywords[0].except'],
    ['an exception without the word', [{ word: '倒産', severity: 3, except: ['共済'] }], 'keywords[0].except[0]'],
  ])('refuses %s, naming the path', (_label, document, path) => {
    const result = parseKeywordDictionary(document);
    expect(result).toMatchObject({ ok: false, error: { path } });
    if (!result.ok) expect(result.error.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
  });
});
