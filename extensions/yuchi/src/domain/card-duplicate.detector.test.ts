import { describe, expect, test } from 'vitest';
import { findDuplicateCards, nameAtCompanyKey, personNameKey, type DuplicateCandidate } from './card-duplicate.detector.ts';

const candidate = (key: number, personName: string, companyName: string | null, ...emails: string[]): DuplicateCandidate<number> => ({ key, personName, companyName, emails });

describe('findDuplicateCards', () => {
  test('groups cards with the same e-mail, ignoring case and surrounding spaces', () => {
    expect(findDuplicateCards([candidate(1, '試験 太郎', null, 'Taro@Example.jp'), candidate(2, 'T. Shiken', '別会社', ' taro@example.JP '), candidate(3, 'テスト 花子', null, 'hanako@example.jp')])).toEqual([
      { keys: [1, 2], reasons: ['email'], matchedOn: ['taro@example.jp'] },
    ]);
  });

  test.each([
    ['spaces and width', '試験　太郎', '株式会社テスト', '試験太郎', '株式会社テスト'],
    ['variant kanji', '髙橋 一郎', 'テスト株式会社', '高橋 一郎', 'テスト株式会社'],
    ['legal forms written differently', '試験 太郎', '株式会社テスト', '試験 太郎', '（株）テスト'],
    ['full-width letters in the company', '試験 太郎', 'ＡＢＣ商事株式会社', '試験 太郎', 'abc商事'],
  ])('groups the same name at the same company despite %s', (_label, nameA, companyA, nameB, companyB) => {
    expect(findDuplicateCards([candidate(1, nameA, companyA), candidate(2, nameB, companyB)])).toMatchObject([{ keys: [1, 2], reasons: ['name_company'] }]);
  });

  test.each([
    ['the same name at different companies', candidate(1, '試験 太郎', '株式会社テスト'), candidate(2, '試験 太郎', '見本株式会社')],
    ['the same name without a company', candidate(1, '試験 太郎', null), candidate(2, '試験 太郎', null)],
    ['the same name at a company that is only a legal form', candidate(1, '試験 太郎', '株式会社'), candidate(2, '試験 太郎', '株式会社')],
    ['different names at one company', candidate(1, '試験 太郎', '株式会社テスト'), candidate(2, '試験 次郎', '株式会社テスト')],
    ['no e-mails at all', candidate(1, '試験 太郎', null), candidate(2, 'テスト 花子', null)],
  ])('does not group %s', (_label, a, b) => {
    expect(findDuplicateCards([a, b])).toEqual([]);
  });

  test('chains matches into one group, members in input order, groups in order of their first member', () => {
    const groups = findDuplicateCards([
      candidate(10, 'テスト 花子', null, 'hanako@example.com'),
      candidate(20, '試験 太郎', '株式会社テスト', 'taro@example.jp'),
      candidate(30, '見本 次郎', null, 'jiro@example.jp'),
      candidate(40, '試験太郎', 'テスト', 'shiken@example.com'),
      candidate(50, 'T. Shiken', null, 'SHIKEN@example.com', 'jiro@example.jp'),
      candidate(60, 'ハナコ', null, 'hanako@example.com'),
    ]);
    expect(groups).toEqual([
      { keys: [10, 60], reasons: ['email'], matchedOn: ['hanako@example.com'] },
      { keys: [20, 30, 40, 50], reasons: ['email', 'name_company'], matchedOn: expect.arrayContaining(['shiken@example.com', 'jiro@example.jp', '試験太郎@テスト']) },
    ]);
  });

  test('does not group a card with itself when it lists one e-mail twice', () => {
    expect(findDuplicateCards([candidate(1, '試験 太郎', null, 'taro@example.jp', 'TARO@example.jp')])).toEqual([]);
  });
});

describe('personNameKey and nameAtCompanyKey', () => {
  test('fold hiragana to katakana, spaces, case and variant kanji', () => {
    expect(personNameKey(' しけん　タロウ ')).toBe('シケンタロウ');
    expect(personNameKey('Taro SHIKEN')).toBe('taroshiken');
    expect(nameAtCompanyKey('渡邊 花子', '株式会社テスト')).toBe(nameAtCompanyKey('渡辺花子', 'テスト'));
    expect(nameAtCompanyKey('', '株式会社テスト')).toBeNull();
  });
});
