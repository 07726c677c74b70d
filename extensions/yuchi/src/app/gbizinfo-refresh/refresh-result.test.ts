import { describe, expect, test } from 'vitest';
import { changedAnything, errorMessageOf, figureText, resultHeadline, type RefreshResult } from './refresh-result.ts';

const RESULT: RefreshResult = {
  companyId: 1,
  enrichedAt: '2026-11-27T00:00:00.000Z',
  changes: [],
  conflicts: [],
  establishments: { inserted: 0, updated: 0 },
};

describe('resultHeadline', () => {
  test.each<[string, Partial<RefreshResult>, string]>([
    ['nothing changed', {}, 'gBizINFO から取得しました。企業の項目に変更はありませんでした。'],
    [
      'two figures and sites changed',
      { changes: [{ key: 'a', label: 'A', fields: [], before: {}, after: {} }, { key: 'b', label: 'B', fields: [], before: {}, after: {} }], establishments: { inserted: 3, updated: 1 } },
      'gBizINFO から取得しました。2項目を更新しました。拠点: 追加3件・更新1件。',
    ],
  ])('words a refresh where %s', (_label, change, text) => {
    expect(resultHeadline({ ...RESULT, ...change })).toBe(text);
  });
});

describe('changedAnything', () => {
  test.each<[Partial<RefreshResult>, boolean]>([
    [{}, false],
    [{ conflicts: [{ key: 'a', label: 'A', fields: [], current: {}, gbizinfo: {} }] }, false],
    [{ establishments: { inserted: 0, updated: 2 } }, true],
    [{ changes: [{ key: 'a', label: 'A', fields: [], before: {}, after: {} }] }, true],
  ])('is %j → %s', (change, expected) => {
    expect(changedAnything({ ...RESULT, ...change })).toBe(expected);
  });
});

describe('figureText', () => {
  test('shows an empty figure as 空欄', () => {
    expect(figureText(['representative_name'], { representative_name: null })).toBe('（空欄）');
  });
});

describe('errorMessageOf', () => {
  test('shows the message of a Directus error answer', () => {
    const error = { response: { status: 404, data: { errors: [{ message: '法人番号 1890000000001 の企業は gBizINFO に見つかりませんでした。' }] } } };
    expect(errorMessageOf(error)).toContain('見つかりませんでした');
  });

  test.each([
    [{ response: { status: 403 } }, '権限がありません'],
    [new Error('Network Error'), '通信状況を確認'],
  ])('falls back to a Japanese message for %j', (error, text) => {
    expect(errorMessageOf(error)).toContain(text);
  });
});
