import { describe, expect, test } from 'vitest';
import { normalizeKeyword, normalizePath, PageTopicMatcher, percentDecode, searchTermsFromReferrer, type IntentKeyword } from './page-topic.matcher.ts';

const KEYWORDS: IntentKeyword[] = [
  { keyword: '工業団地', topic: '立地', weight: 1.5 },
  { keyword: '補助金', topic: '支援制度', weight: 1 },
  { keyword: 'データセンター', topic: 'IT', weight: 1.5 },
  { keyword: '半導体', topic: '産業', weight: 1.3 },
  { keyword: 'DX', topic: 'IT', weight: 1 },
  { keyword: '人材確保', topic: '雇用', weight: 0.8, active: false },
];
const encode = (text: string) => encodeURIComponent(text);

describe('normalizeKeyword', () => {
  test.each([
    ['ＤＸ　推進', 'dx 推進'],
    ['ﾃﾞｰﾀｾﾝﾀｰ', 'データセンター'],
    ['  工業団地 ', '工業団地'],
  ])('writes %s as %s', (text, expected) => {
    expect(normalizeKeyword(text)).toBe(expected);
  });
});

describe('percentDecode', () => {
  test('decodes UTF-8 by default and a named Japanese charset when told', () => {
    expect(percentDecode('%E8%A3%9C%E5%8A%A9%E9%87%91')).toBe('補助金');
    expect(percentDecode('%95%E2%8F%95%8B%E0', 'Shift_JIS')).toBe('補助金');
    expect(percentDecode('%95%E2%8F%95%8B%E0', 'SJIS')).toBe('補助金');
    expect(percentDecode('%CA%E4%BD%F5%B6%E2', 'EUC-JP')).toBe('補助金');
  });

  test('leaves text without escapes, and a % without two hex digits, as it is', () => {
    expect(percentDecode('/kigyo/ritchi/')).toBe('/kigyo/ritchi/');
    expect(percentDecode('100%ZZ%4')).toBe('100%ZZ%4');
  });
});

describe('normalizePath', () => {
  test.each([
    ['/Kigyo/%E8%A3%9C%E5%8A%A9%E9%87%91/', '/kigyo/補助金'],
    ['/kigyo//', '/kigyo'],
    ['/', '/'],
    ['//', '/'],
  ])('writes %s as %s', (path, expected) => {
    expect(normalizePath(path)).toBe(expected);
  });
});

describe('searchTermsFromReferrer', () => {
  test.each([
    ['Google Japan', `https://www.google.co.jp/search?q=${encode('工業団地')}+${encode('新潟')}&hl=ja`, '工業団地 新潟'],
    ['Google', 'https://www.google.com/search?hl=ja&q=data+center', 'data center'],
    ['Bing', `https://www.bing.com/search?q=${encode('半導体')}&form=QBLH`, '半導体'],
    ['Yahoo! JAPAN', `https://search.yahoo.co.jp/search?p=${encode('補助金')}&ei=UTF-8`, '補助金'],
    ['Yahoo! JAPAN in Shift_JIS', 'https://search.yahoo.co.jp/search?p=%95%E2%8F%95%8B%E0&ei=Shift_JIS', '補助金'],
    ['Yahoo with query=', `https://search.yahoo.com/search?query=${encode('データセンター')}`, 'データセンター'],
    ['full-width letters', `https://www.google.co.jp/search?q=${encode('ＤＸ　補助')}`, 'dx 補助'],
  ])('reads the terms from %s', (_label, referrer, terms) => {
    expect(searchTermsFromReferrer(referrer)).toBe(terms);
  });

  test.each([
    ['no referrer', null],
    ['a search engine that hides the query', 'https://www.google.co.jp/'],
    ['an empty query', 'https://www.bing.com/search?q='],
    ['text that is not a URL', 'android-app://com.google.android.gm'],
    ['a site that is not a search engine', 'https://www.example.jp/?q=%E5%8D%8A%E5%B0%8E%E4%BD%93'],
    ['a host that only starts like Google', 'https://google.example.jp/search?q=x'],
    ['a host that only ends like Google', 'https://www.notgoogle.com/search?q=x'],
  ])('finds none with %s', (_label, referrer) => {
    expect(searchTermsFromReferrer(referrer)).toBeNull();
  });

  test("reads the prefecture's own site search when its host is named", () => {
    const referrer = `https://www.pref.example.jp/search/?query=${encode('半導体')}`;
    expect(searchTermsFromReferrer(referrer)).toBeNull();
    expect(searchTermsFromReferrer(referrer, ['www.pref.example.jp'])).toBe('半導体');
  });
});

describe('PageTopicMatcher', () => {
  const matcher = new PageTopicMatcher({
    keywords: KEYWORDS,
    rules: [
      { path: '/kigyo/ritchi/**', keywords: ['工業団地'] },
      { path: '/kigyo/hojo/*/index.html', keywords: ['補助金'] },
      { path: '/kigyo/**', keywords: ['工業団地', '人材確保', '工業団池'] },
    ],
    titles: new Map([['/news/2026/10/dc.html', '新潟市にデータセンター開設へ']]),
    siteSearchHosts: ['www.pref.example.jp'],
  });
  const keywordsOf = (path: string, referrer: string | null = null) => matcher.match({ path, referrer }).map((m) => m.keyword);

  test('matches a page rule, giving the keyword with its topic and weight', () => {
    expect(matcher.match({ path: '/kigyo/ritchi/danchi/a.html?x=1', referrer: null })).toEqual([{ keyword: '工業団地', topic: '立地', weight: 1.5, sources: ['rule'] }]);
  });

  test.each([
    ['the folder a ** rule names', '/kigyo/ritchi', ['工業団地']],
    ['a page under it', '/Kigyo/Ritchi/Danchi/', ['工業団地']],
    ['a * standing for one segment', '/kigyo/hojo/2026/index.html', ['工業団地', '補助金']],
    ['no more than one segment for a *', '/kigyo/hojo/2026/10/index.html', ['工業団地']],
    ['a page outside the rules', '/kanko/onsen/', []],
    ['a keyword in the path itself', `/${encode('半導体')}/`, ['半導体']],
    ['a keyword in the page title', '/news/2026/10/dc.html', ['データセンター']],
  ])('matches %s', (_label, path, keywords) => {
    expect(keywordsOf(path)).toEqual(keywords);
  });

  test('matches the terms searched for, and counts a keyword once however many ways it matched', () => {
    const referrer = `https://www.google.co.jp/search?q=${encode('工業団地 ＤＸ')}`;
    expect(matcher.match({ path: '/kigyo/ritchi/', referrer })).toEqual([
      { keyword: '工業団地', topic: '立地', weight: 1.5, sources: ['rule', 'search'] },
      { keyword: 'DX', topic: 'IT', weight: 1, sources: ['search'] },
    ]);
    expect(keywordsOf('/', `https://www.pref.example.jp/search?q=${encode('半導体')}`)).toEqual(['半導体']);
  });

  test('matches an ASCII keyword only as a word', () => {
    expect(keywordsOf('/', 'https://www.bing.com/search?q=dx+consulting')).toEqual(['DX']);
    expect(keywordsOf('/', `https://www.bing.com/search?q=${encode('DX推進')}`)).toEqual(['DX']);
    expect(keywordsOf('/', 'https://www.bing.com/search?q=pdx+airport')).toEqual([]);
    expect(keywordsOf('/tdx/news/')).toEqual([]);
  });

  test('never matches an inactive keyword, and names rule keywords it does not know', () => {
    expect(keywordsOf('/', `https://www.google.co.jp/search?q=${encode('人材確保')}`)).toEqual([]);
    expect(matcher.unknownRuleKeywords).toEqual(['人材確保', '工業団池']);
  });

  test('gives the same answer for a path it has seen before', () => {
    expect(keywordsOf('/kigyo/ritchi/')).toEqual(keywordsOf('/kigyo/ritchi/'));
    expect(keywordsOf('/kigyo/ritchi/', `https://www.bing.com/search?q=${encode('補助金')}`)).toEqual(['工業団地', '補助金']);
    expect(keywordsOf('/kigyo/ritchi/')).toEqual(['工業団地']);
  });
});
