import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { detectEncoding } from './text-encoding.detector.ts';

const NTA_LINE = '"1","7000012050002","01","0","2015-11-02","2015-10-05","国税庁","","101","東京都","千代田区","霞が関３丁目１－１"\r\n';
const KANA = 'ｶﾌﾞｼｷｶﾞｲｼｬ ショウズイセイミツ';
const CP932_ONLY = '①㈱髙﨑';

describe('detectEncoding', () => {
  test.each([
    ['an NTA line', NTA_LINE],
    ['half-width and full-width katakana', KANA],
    ['Windows-31J extension characters', CP932_ONLY],
  ])('reads %s encoded as UTF-8 as utf8, and as Shift-JIS as sjis', (_label, text) => {
    expect(detectEncoding(iconv.encode(text, 'utf8'))).toBe('utf8');
    expect(detectEncoding(iconv.encode(text, 'cp932'))).toBe('sjis');
  });

  test.each([
    ['ASCII only', Buffer.from('"1","7000012050002","01"\r\n', 'ascii')],
    ['an empty sample', Buffer.alloc(0)],
    ['a BOM and nothing else', Buffer.from([0xef, 0xbb, 0xbf])],
    ['a BOM before Japanese text', iconv.encode('\uFEFF国税庁', 'utf8')],
  ])('says utf8 for %s', (_label, sample) => {
    expect(detectEncoding(sample)).toBe('utf8');
  });

  test('says utf8 for a BOM even when invalid bytes follow, as the BOM is the file saying what it is', () => {
    expect(detectEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode('国税庁', 'cp932')]))).toBe('utf8');
  });

  test('ignores a character cut in half at the end of the sample, wherever the cut falls', () => {
    const utf8 = iconv.encode(NTA_LINE, 'utf8');
    for (let end = 0; end <= utf8.length; end += 1) {
      expect(detectEncoding(utf8.subarray(0, end)), `cut at byte ${end}`).toBe('utf8');
    }
  });

  test('still says sjis when a Shift-JIS sample is cut anywhere after its first Japanese character', () => {
    const sjis = iconv.encode(NTA_LINE, 'cp932');
    const firstJapanese = sjis.findIndex((byte) => byte >= 0x80);
    for (let end = firstJapanese + 2; end <= sjis.length; end += 1) {
      expect(detectEncoding(sjis.subarray(0, end)), `cut at byte ${end}`).toBe('sjis');
    }
  });

  test('says sjis for a UTF-8 sample broken in the middle, not at the end', () => {
    const broken = Buffer.concat([Buffer.from([0xe5, 0x9b]), Buffer.from('"国税庁"', 'utf8')]);
    expect(detectEncoding(broken)).toBe('sjis');
  });
});
