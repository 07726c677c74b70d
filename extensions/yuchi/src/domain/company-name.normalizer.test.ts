import { describe, expect, test } from 'vitest';
import { buildSearchName, normalizeCompanyName, normalizeSearchText, SEARCH_NAME_SEPARATOR } from './company-name.normalizer.ts';

describe('normalizeCompanyName', () => {
  test.each([
    ['ＡＢＣ株式会社', 'abc'],
    ['(株)新潟精密', '新潟精密'],
    ['㈱ 新潟 精密', '新潟精密'],
    ['新潟精密株式会社', '新潟精密'],
    ['にいがた', 'ニイガタ'],
    ['ﾆｲｶﾞﾀ', 'ニイガタ'],
    ['ゔぃーなす', 'ヴィーナス'],
    ['ABC-Tech', 'abctech'],
    ['ＡＢＣーテック', 'abcテック'],
    ['スーパー・マーケット', 'スーパーマーケット'],
    ['ア・ーー', 'アーー'],
    ['ーーアイ', 'アイ'],
    ['ABーーC', 'abc'],
    ['ヽーヾー', 'ヽーヾー'],
    ['エス・ティー・ケー', 'エスティーケー'],
    ['Niigata Seimitsu Co., Ltd.', 'niigataseimitsucoltd'],
    ['越後　物産', '越後物産'],
    ['越後\t物産\n', '越後物産'],
    ['A&B Foods', 'abfoods'],
    ['ＮＰＯ法人　雪国サポート', '雪国サポート'],
  ])('folds "%s" to "%s"', (name, expected) => {
    expect(normalizeCompanyName(name)).toBe(expected);
  });

  test.each([
    ['株式会社', '株式会社新潟精密'],
    ['(株) half width', '(株)新潟精密'],
    ['（株） full width', '（株）新潟精密'],
    ['( 株 ) with spaces', '( 株 )新潟精密'],
    ['㈱', '㈱新潟精密'],
    ['㍿', '㍿新潟精密'],
    ['有限会社', '新潟精密有限会社'],
    ['(有)', '新潟精密(有)'],
    ['㈲', '新潟精密㈲'],
    ['合同会社', '合同会社新潟精密'],
    ['(同)', '(同)新潟精密'],
    ['合資会社', '合資会社新潟精密'],
    ['(資)', '(資)新潟精密'],
    ['㈾', '㈾新潟精密'],
    ['合名会社', '合名会社新潟精密'],
    ['(名)', '(名)新潟精密'],
    ['㈴', '㈴新潟精密'],
    ['一般社団法人', '一般社団法人新潟精密'],
    ['一般財団法人', '一般財団法人新潟精密'],
    ['公益社団法人', '公益社団法人新潟精密'],
    ['公益財団法人', '公益財団法人新潟精密'],
    ['特定非営利活動法人', '特定非営利活動法人新潟精密'],
    ['NPO法人', 'NPO法人新潟精密'],
    ['ＮＰＯ法人 full width', 'ＮＰＯ法人新潟精密'],
    ['医療法人', '医療法人新潟精密'],
    ['医療法人社団', '医療法人社団新潟精密'],
    ['社会福祉法人', '社会福祉法人新潟精密'],
    ['学校法人', '学校法人新潟精密'],
  ])('removes the legal form %s', (_label, name) => {
    expect(normalizeCompanyName(name)).toBe('新潟精密');
  });

  test('removes a legal form written in フリガナ', () => {
    expect(normalizeCompanyName('カブシキガイシャ ニイガタセイミツ')).toBe('ニイガタセイミツ');
  });

  test('keeps 協同組合, which is how cooperatives are searched for', () => {
    expect(normalizeCompanyName('新潟精密協同組合')).toBe('新潟精密協同組合');
  });

  test('keeps ー after kana, where it lengthens a vowel', () => {
    expect(normalizeCompanyName('スーパー')).not.toBe(normalizeCompanyName('スパ'));
    expect(normalizeCompanyName('すーぱー')).toBe('スーパー');
  });

  test('gives an empty string for a name that is only a legal form or punctuation', () => {
    expect(normalizeCompanyName('株式会社')).toBe('');
    expect(normalizeCompanyName(' ・ ')).toBe('');
  });

  test('drops LIKE wildcards, so a folded term is always a literal', () => {
    expect(normalizeCompanyName('100%_精密')).toBe('100精密');
  });
});

describe('normalizeSearchText', () => {
  test.each([
    ['にいがた', 'ニイガタ'],
    ['株式会社新潟', '新潟'],
    ['ＳＥＩＭＩＴＳＵ', 'seimitsu'],
    ['新潟　精密', '新潟精密'],
  ])('folds the query "%s" to "%s"', (query, expected) => {
    expect(normalizeSearchText(query)).toBe(expected);
  });

  test.each(['新潟精密', 'にいがたせいみつ', 'ﾆｲｶﾞﾀ', 'seimitsu', 'ＳＥＩＭＩＴＳＵ', '(株)新潟', '越後精機'])(
    'finds 株式会社新潟精密 by the query "%s"',
    (query) => {
      const searchName = buildSearchName({
        name: '株式会社新潟精密',
        nameKana: 'ニイガタセイミツ',
        nameEn: 'Niigata Seimitsu Co., Ltd.',
        formerNames: ['越後精機株式会社'],
      });
      expect(searchName).toContain(normalizeSearchText(query));
    },
  );
});

describe('buildSearchName', () => {
  test('joins every normalised variant with the separator', () => {
    expect(buildSearchName({ name: '株式会社新潟精密', nameKana: 'ニイガタセイミツ', nameEn: 'Niigata Seimitsu Co., Ltd.', formerNames: ['越後精機(株)'] })).toBe(
      ['新潟精密', 'ニイガタセイミツ', 'niigataseimitsucoltd', '越後精機'].join(SEARCH_NAME_SEPARATOR),
    );
  });

  test('skips missing and empty variants and repeats', () => {
    expect(buildSearchName({ name: 'ニイガタ株式会社', nameKana: 'にいがた', nameEn: null, formerNames: ['', '株式会社'] })).toBe('ニイガタ');
  });

  test('never lets a variant carry the separator', () => {
    expect(buildSearchName({ name: 'A|B株式会社', nameKana: 'エー|ビー' })).toBe(`ab${SEARCH_NAME_SEPARATOR}エービー`);
  });
});
