import { describe, expect, test } from 'vitest';
import { copyLines, copyText } from './postgres-copy.ts';

describe('copyText', () => {
  test.each([
    [null, '\\N'],
    [undefined, '\\N'],
    [true, 't'],
    [false, 'f'],
    [42, '42'],
    ['株式会社テスト', '株式会社テスト'],
    ['a\tb', 'a\\tb'],
    ['a\nb\rc', 'a\\nb\\rc'],
    ['C:\\path', 'C:\\\\path'],
    [['旧商号', 'a\\b'], '["旧商号","a\\\\\\\\b"]'],
  ])('writes %j as %s', (value, text) => {
    expect(copyText(value)).toBe(text);
  });

  test('an empty string stays an empty string, not null', () => {
    expect(copyText('')).toBe('');
  });
});

describe('copyLines', () => {
  test('writes one tab-separated line per row, columns in the order given', () => {
    const rows = [
      { a: '1', b: null, c: true },
      { a: 'x\ty', b: '二', c: false },
    ];
    const text = Buffer.concat(copyLines(rows, ['c', 'a', 'b'])).toString('utf8');
    expect(text).toBe('t\t1\t\\N\nf\tx\\ty\t二\n');
  });

  test('splits a long batch into pieces that join to the same text', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ name: `株式会社テスト${i}` }));
    const pieces = copyLines(rows, ['name']);
    expect(pieces.length).toBeGreaterThan(1);
    expect(Buffer.concat(pieces).toString('utf8')).toBe(rows.map((r) => `${r.name}\n`).join(''));
  });
});
