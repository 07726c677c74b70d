// Bytes to text for uploaded card files (vCard, CSV): UTF-8 or Shift-JIS told apart by text-encoding.detector,
// and a named charset for the parts of a vCard that say their own (CHARSET=SHIFT_JIS on a quoted-printable value).
import iconv from 'iconv-lite';
import { detectEncoding } from './text-encoding.detector.ts';

// Files labelled Shift_JIS are written by Windows and phones with the cp932 extensions (①, ㈱, 髙); cp932 reads both.
const SHIFT_JIS_NAMES = new Set(['shift_jis', 'shift-jis', 'sjis', 'x-sjis', 'ms_kanji', 'cp932', 'ms932', 'windows-31j']);

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The text of a whole file, without a BOM. */
export function decodeTextBytes(bytes: Uint8Array): string {
  const text = detectEncoding(bytes) === 'sjis' ? iconv.decode(asBuffer(bytes), 'cp932') : new TextDecoder('utf-8').decode(bytes);
  return text.replace(/^\uFEFF/, '');
}

/** Null when the charset is not one iconv-lite knows; no charset at all means: detect UTF-8 or Shift-JIS. */
export function decodeCharset(bytes: Uint8Array, charset: string | null): string | null {
  if (charset === null || charset.trim() === '') return decodeTextBytes(bytes);
  const name = charset.trim().toLowerCase();
  const encoding = SHIFT_JIS_NAMES.has(name) ? 'cp932' : name;
  if (!iconv.encodingExists(encoding)) return null;
  return iconv.decode(asBuffer(bytes), encoding).replace(/^\uFEFF/, '');
}
