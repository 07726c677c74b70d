import { describe, expect, test } from 'vitest';
import { apiErrorMessage, fileNameFrom } from './api-answer.ts';

describe('apiErrorMessage', () => {
  test('shows the Japanese message of a Directus-style error answer', () => {
    const error = { response: { status: 400, data: { errors: [{ message: '検索条件が正しくありません。「limit」: 1〜500 の整数で指定してください', extensions: { code: 'YUCHI_SEARCH_INVALID' } }] } } };
    expect(apiErrorMessage(error)).toBe('検索条件が正しくありません。「limit」: 1〜500 の整数で指定してください');
  });

  test('reads the message from the body text when the answer was asked for as a file', () => {
    const body = JSON.stringify({ errors: [{ message: 'データを出力する権限がありません。', extensions: { code: 'YUCHI_EXPORT_FORBIDDEN' } }] });
    expect(apiErrorMessage({ response: { status: 403, data: {} } }, body)).toBe('データを出力する権限がありません。');
  });

  test.each<[unknown, string | null, string]>([
    [{ response: { status: 403 } }, 'not json', 'この操作を行う権限がありません。'],
    [new Error('Network Error'), null, '通信状況を確認'],
    [null, null, '通信状況を確認'],
  ])('falls back to a Japanese message for %j', (error, body, text) => {
    expect(apiErrorMessage(error, body)).toContain(text);
  });
});

describe('fileNameFrom', () => {
  test.each<[unknown, string]>([
    ['attachment; filename="companies-20261127-0930.xlsx"', 'companies-20261127-0930.xlsx'],
    [`attachment; filename="x.xlsx"; filename*=UTF-8''%E4%BC%81%E6%A5%AD.xlsx`, '企業.xlsx'],
    ['attachment; filename=plain.xlsx', 'plain.xlsx'],
    [`attachment; filename*=UTF-8''%E0%A4%A`, 'fallback.xlsx'],
    [undefined, 'fallback.xlsx'],
  ])('reads %j as %j', (header, name) => {
    expect(fileNameFrom(header, 'fallback.xlsx')).toBe(name);
  });
});
