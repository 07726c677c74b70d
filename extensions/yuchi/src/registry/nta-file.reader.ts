// Streams the records of an NTA download file: plain CSV or a zip holding one, UTF-8 or Shift-JIS (detected from
// the first bytes), one decoded chunk at a time so memory stays flat however large the file is. Each chunk of
// records says how far through the file it is, for progress and the time left.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import yauzl from 'yauzl';
import { CsvRecordSplitter } from '../domain/nta-csv-line.parser.ts';
import { detectEncoding } from '../domain/text-encoding.detector.ts';
import { ImportFileError } from '../shared/errors.ts';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const SAMPLE_BYTES = 64 * 1024;
const READ_CHUNK_BYTES = 64 * 1024;

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

interface ByteSource {
  stream: Readable;
  // Bytes of the file on disk per byte the stream yields: 1 for a plain file, about compressed/uncompressed for a zip.
  fileBytesPerByte: number;
}

function openZipEntry(path: string, fileSize: number): Promise<ByteSource> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (error, zip) => {
      if (error || !zip) return reject(new ImportFileError({ file: path, reason: `zip ファイルを読めません（${error?.message ?? '不明'}）。ファイルが壊れていないか確認してください` }));
      zip.on('error', (e: Error) => reject(new ImportFileError({ file: path, reason: `zip ファイルが壊れています（${e.message}）` })));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!/\.csv$/i.test(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(new ImportFileError({ file: path, reason: `zip 内の ${entry.fileName} を開けません` }));
          resolve({ stream, fileBytesPerByte: entry.uncompressedSize > 0 ? fileSize / entry.uncompressedSize : 0 });
        });
      });
      zip.on('end', () => reject(new ImportFileError({ file: path, reason: 'zip の中に CSV ファイルがありません' })));
      zip.readEntry();
    });
  });
}

async function openByteSource(path: string, fileSize: number): Promise<ByteSource> {
  const head = await firstBytes(path, ZIP_MAGIC.length);
  if (head.equals(ZIP_MAGIC)) return openZipEntry(path, fileSize);
  return { stream: createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }), fileBytesPerByte: 1 };
}

type Decoder = ReturnType<typeof iconv.getDecoder>;

function decoderFor(head: Buffer): Decoder {
  return iconv.getDecoder(detectEncoding(head) === 'sjis' ? 'Shift_JIS' : 'utf8');
}

export interface RawRecord {
  line: number;
  fields: string[];
}

export interface RecordChunk {
  // Record number (1-based) of records[0]; the others follow one by one.
  firstLine: number;
  records: string[][];
  // Bytes of the file consumed so far and its size (of the zip itself for a zip: its share of the CSV inside).
  bytesRead: number;
  bytesTotal: number;
}

/** Yields the records in chunks as they are decoded; a broken zip or CSV raises ImportFileError. */
export async function* readNtaRecordChunks(path: string): AsyncGenerator<RecordChunk> {
  const bytesTotal = (await stat(path)).size;
  const { stream, fileBytesPerByte } = await openByteSource(path, bytesTotal);
  const splitter = new CsvRecordSplitter();
  let decoder: Decoder | null = null;
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let consumed = 0;
  let nextLine = 1;
  const chunk = (records: string[][], atEnd = false): RecordChunk => {
    const bytesRead = atEnd ? bytesTotal : Math.min(bytesTotal, Math.round(consumed * fileBytesPerByte));
    const out = { firstLine: nextLine, records, bytesRead, bytesTotal };
    nextLine += records.length;
    return out;
  };
  try {
    for await (const bytes of stream as AsyncIterable<Buffer>) {
      consumed += bytes.length;
      if (!decoder) {
        // Hold the first bytes back until there are enough to tell UTF-8 from Shift-JIS.
        pending.push(bytes);
        pendingLength += bytes.length;
        if (pendingLength < SAMPLE_BYTES) continue;
        const head = Buffer.concat(pending);
        pending = [];
        decoder = decoderFor(head);
        yield chunk(splitter.push(decoder.write(head)));
        continue;
      }
      yield chunk(splitter.push(decoder.write(bytes)));
    }
    if (!decoder) {
      const head = Buffer.concat(pending);
      decoder = decoderFor(head);
      yield chunk(splitter.push(decoder.write(head)));
    }
    yield chunk([...splitter.push(decoder.end() ?? ''), ...splitter.end()], true);
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError({ file: path, reason: (error as Error).message });
  }
}

/** Every record with its 1-based record number. */
export async function* readNtaRecords(path: string): AsyncGenerator<RawRecord> {
  for await (const { firstLine, records } of readNtaRecordChunks(path)) {
    for (let i = 0; i < records.length; i++) yield { line: firstLine + i, fields: records[i]! };
  }
}
