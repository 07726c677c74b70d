import { describe, expect, test } from 'vitest';
import { foldKanjiVariants } from './kanji-variant.folder.ts';

describe('foldKanjiVariants', () => {
  test.each([
    ['髙見本', '高見本'],
    ['山﨑試験', '山崎試験'],
    ['渡邊試作', '渡辺試作'],
    ['渡邉試作', '渡辺試作'],
    ['齋藤見本', '斎藤見本'],
    ['齊藤見本', '斎藤見本'],
    ['斉藤見本', '斎藤見本'],
    ['澤見本', '沢見本'],
    ['濱見本', '浜見本'],
    ['德見本', '徳見本'],
    ['株式會社見本', '株式会社見本'],
    ['渡邉\u{E0102}試作', '渡辺試作'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldKanjiVariants(text)).toBe(folded);
  });

  test('leaves ordinary text alone apart from NFKC', () => {
    expect(foldKanjiVariants('新潟見本工業 ＡＢＣ')).toBe('新潟見本工業 ABC');
  });

  test('every variant is a real, distinct code point (no look-alike typed by mistake)', () => {
    expect([...'髙﨑邊邉齋齊澤濱德'].map((c) => c.codePointAt(0)!.toString(16))).toEqual(['9ad9', 'fa11', '908a', '9089', '9f4b', '9f4a', '6fa4', '6ff1', '5fb7']);
  });
});
