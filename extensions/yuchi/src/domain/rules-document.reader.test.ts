import { describe, expect, test } from 'vitest';
import { arrayAt, booleanAt, idAt, numberAt, objectAt, oneOfAt, readDocument, severityAt, textAt } from './rules-document.reader.ts';

const problem = (read: () => unknown) => {
  const result = readDocument(read);
  return result.ok ? null : result.error;
};

describe('readDocument', () => {
  test('hands back what the reader built', () => {
    expect(readDocument(() => objectAt('doc', { a: 1 }, ['a']))).toEqual({ ok: true, value: { a: 1 } });
  });

  test('turns the first mistake into an error naming its path, in Japanese', () => {
    expect(problem(() => severityAt('rules[2].severity', 4))).toEqual({ path: 'rules[2].severity', message: '「rules[2].severity」: 重大度は 0（なし）〜3（高）の整数で指定してください' });
  });

  test('rethrows what is not a document mistake', () => {
    expect(() => readDocument(() => { throw new TypeError('bug'); })).toThrow(TypeError);
  });

  test.each<[string, () => unknown, string]>([
    ['an array where an object belongs', () => objectAt('doc', [], ['a']), 'doc'],
    ['an unknown key', () => objectAt('doc', { a: 1, b: 2 }, ['a']), 'doc.b'],
    ['an object where an array belongs', () => arrayAt('list', {}, '語の一覧'), 'list'],
    ['an empty text', () => textAt('label', '  '), 'label'],
    ['a text too long', () => textAt('label', 'あ'.repeat(256)), 'label'],
    ['a fraction where an integer belongs', () => numberAt('n', 1.5, { integer: true }), 'n'],
    ['a number out of range', () => numberAt('n', 101, { min: 0, max: 100 }), 'n'],
    ['a numeric string', () => numberAt('n', '5'), 'n'],
    ['a string for a boolean', () => booleanAt('flag', 'false'), 'flag'],
    ['a value not in the list', () => oneOfAt('kind', 'other', ['loss', 'thin_capital']), 'kind'],
    ['an id with capitals', () => idAt('id', 'Loss', new Set()), 'id'],
    ['a repeated id', () => idAt('rules[1].id', 'loss', new Set(['loss'])), 'rules[1].id'],
  ])('refuses %s', (_label, read, path) => {
    const error = problem(read);
    expect(error?.path).toBe(path);
    expect(error?.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
  });
});
