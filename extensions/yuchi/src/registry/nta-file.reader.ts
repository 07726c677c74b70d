// Streams the records of an NTA download file: plain CSV or a zip holding one, UTF-8 or Shift-JIS (detected from
// the first bytes), one decoded chunk at a time so memory stays flat however large the file is.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import yauzl from 'yauzl';
import { CsvRecordSplitter } from '../domain/nta-csv-line.parser.ts';
import { detectEncoding } from '../domain/text-encoding.detector.ts';
import { ImportFileError } from '../shared/errors.ts';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const SAMPLE_BYTES = 64 * 1024;

async function firstBytes(path: string, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function openZipEntry(path: string): Promise<Readable> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (error, zip) => {
      if (error || !zip) return reject(new ImportFileError({ file: path, reason: `zip ファイルを読めません（${error?.message ?? '不明'}）。ファイルが壊れていないか確認してください` }));
      zip.on('error', (e: Error) => reject(new ImportFileError({ file: path, reason: `zip ファイルが壊れています（${e.message}）` })));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!/\.csv$/i.test(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(new ImportFileError({ file: path, reason: `zip 内の ${entry.fileName} を開けません` }));
          resolve(stream);
        });
      });
      zip.on('end', () => reject(new ImportFileError({ file: path, reason: 'zip の中に CSV ファイルがありません' })));
      zip.readEntry();
    });
  });
}

async function openByteStream(path: string): Promise<Readable> {
  const head = await firstBytes(path, ZIP_MAGIC.length);
  return head.equals(ZIP_MAGIC) ? openZipEntry(path) : createReadStream(path);
}

function decoderFor(head: Buffer): ReturnType<typeof iconv.getDecoder> {
  return iconv.getDecoder(detectEncoding(head) === 'sjis' ? 'Shift_JIS' : 'utf8');
}

export interface RawRecord {
  line: number;
  fields: string[];
}

/** Yields every record with its 1-based record number; a broken zip or CSV raises ImportFileError. */
export async function* readNtaRecords(path: string): AsyncGenerator<RawRecord> {
  const bytes = await openByteStream(path);
  const splitter = new CsvRecordSplitter();
  let decoder: ReturnType<typeof iconv.getDecoder> | null = null;
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let line = 0;
  const emit = function* (records: string[][]) {
    for (const fields of records) yield { line: ++line, fields };
  };
  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      if (!decoder) {
        // Hold the first bytes back until there are enough to tell UTF-8 from Shift-JIS.
        pending.push(chunk);
        pendingLength += chunk.length;
        if (pendingLength < SAMPLE_BYTES) continue;
        const head = Buffer.concat(pending);
        pending = [];
        decoder = decoderFor(head);
        yield* emit(splitter.push(decoder.write(head)));
        continue;
      }
      yield* emit(splitter.push(decoder.write(chunk)));
    }
    if (!decoder) {
      const head = Buffer.concat(pending);
      decoder = decoderFor(head);
      yield* emit(splitter.push(decoder.write(head)));
    }
    yield* emit(splitter.push(decoder.end() ?? ''));
    yield* emit(splitter.end());
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError({ file: path, reason: (error as Error).message });
  }
}
