// `npm run yuchi -- generate nta --rows N --out FILE`: a deterministic synthetic NTA download for tests and
// benchmarks, written as a stream (UTF-8 or Shift-JIS) so millions of rows never sit in memory.
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import iconv from 'iconv-lite';
import { parseMunicipalitiesCsv } from '../../../../seed/demo/code-tables.ts';
import { formatNtaCsvLine, generateNtaRows, type NtaFileKind } from '../../../../seed/nta/nta-file.generator.ts';

export interface GenerateNtaOptions {
  rows: number;
  out: string;
  seed: number;
  kind: NtaFileKind;
  encoding: 'utf8' | 'sjis';
  fullRows?: number;
  fileDate?: string;
  seedDir: string;
}

export async function generateNtaFile(options: GenerateNtaOptions): Promise<number> {
  const municipalities = parseMunicipalitiesCsv(await readFile(join(options.seedDir, 'data/municipalities.csv'), 'utf8'));
  const out = createWriteStream(resolve(options.out));
  let written = 0;
  let chunk = '';
  const flush = async () => {
    const bytes = options.encoding === 'sjis' ? iconv.encode(chunk, 'Shift_JIS') : Buffer.from(chunk, 'utf8');
    chunk = '';
    if (!out.write(bytes)) await once(out, 'drain');
  };
  for (const fields of generateNtaRows({
    rows: options.rows,
    seed: options.seed,
    kind: options.kind,
    municipalities,
    ...(options.fullRows !== undefined ? { fullRows: options.fullRows } : {}),
    ...(options.fileDate !== undefined ? { fileDate: options.fileDate } : {}),
  })) {
    chunk += formatNtaCsvLine(fields);
    written++;
    if (chunk.length > 256 * 1024) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
  return written;
}
