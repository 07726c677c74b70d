// Tells the two encodings the 法人番号公表サイト publishes apart: "CSV・Unicode" (UTF-8) and "CSV・Shift-JIS".
// Japanese text in Shift-JIS is almost never valid UTF-8, so a sample that decodes cleanly is taken as UTF-8.

export type TextEncodingName = 'utf8' | 'sjis';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function startsWithUtf8Bom(sample: Uint8Array): boolean {
  return UTF8_BOM.every((byte, index) => sample[index] === byte);
}

export function detectEncoding(sample: Uint8Array): TextEncodingName {
  if (startsWithUtf8Bom(sample)) return 'utf8';
  try {
    // stream: true holds back a multibyte sequence cut off by the end of the sample instead of calling it invalid.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf8';
  } catch {
    return 'sjis';
  }
}
