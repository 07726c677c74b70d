import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeCharset, decodeTextBytes } from './text-bytes.decoder.ts';

const TEXT = '試験 太郎,株式会社テストソフト,①㈱髙﨑';

describe('decodeTextBytes', () => {
  test.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8')],
    ['UTF-8 with a BOM', Buffer.from(`\uFEFF${TEXT}`, 'utf8')],
    ['Shift-JIS with Windows extension characters', iconv.encode(TEXT, 'cp932')],
  ])('decodes %s', (_label, bytes) => {
    expect(decodeTextBytes(bytes)).toBe(TEXT);
  });

  test('decodes a view into a larger buffer without reading past it', () => {
    const whole = Buffer.from(`xx${TEXT}yy`, 'utf8');
    expect(decodeTextBytes(new Uint8Array(whole.buffer, whole.byteOffset + 2, whole.length - 4))).toBe(TEXT);
  });
});

describe('decodeCharset', () => {
  test.each(['SHIFT_JIS', 'Shift-JIS', 'sjis', 'CP932', 'Windows-31J'])('reads %s as cp932', (charset) => {
    expect(decodeCharset(iconv.encode(TEXT, 'cp932'), charset)).toBe(TEXT);
  });

  test('reads UTF-8, EUC-JP and ISO-2022-JP by name, and detects when no charset is given', () => {
    expect(decodeCharset(Buffer.from(TEXT, 'utf8'), 'UTF-8')).toBe(TEXT);
    expect(decodeCharset(iconv.encode('試験 太郎', 'euc-jp'), 'EUC-JP')).toBe('試験 太郎');
    expect(decodeCharset(iconv.encode(TEXT, 'cp932'), null)).toBe(TEXT);
  });

  test('gives null for a charset it does not know', () => {
    expect(decodeCharset(Buffer.from('a'), 'X-UNKNOWN')).toBeNull();
  });
});
