import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { readNtaRecords } from './nta-file.reader.ts';
import { fetchNtaDiff, NtaWebApiError, writeNtaDiffToFile, type NtaDiffOptions, type NtaDiffPage } from './nta-web-api.client.ts';

const APPLICATION_ID = 'KsecretAppId0123';
const LAST_UPDATE = '2026-11-27';

type Handler = (request: IncomingMessage, response: ServerResponse, url: URL) => void;

let server: Server;
let baseUrl: string;
let handler: Handler;
let requests: URL[];
let delays: number[];
let workDir: string;

const fakeSleep = async (ms: number): Promise<void> => {
  delays.push(ms);
};

// A 30-column record as the NTA download files hold it; the sequence number makes each one distinct.
function recordFields(sequence: number): string[] {
  const number = String(7_000_012_050_000 + sequence);
  return [
    String(sequence), number, '12', '0', LAST_UPDATE, '2026-11-20', `株式会社テスト"${sequence}"`, '', '301', '東京都', '千代田区',
    '霞が関３丁目１－１', '', '13', '101', '1008978', '', '', '', '', '', '', '2015-10-05', '1', 'Test, Inc.', 'Tokyo',
    '3-1-1, Kasumigaseki, Chiyoda ku', '', 'テスト', '0',
  ];
}

const csvLine = (fields: readonly string[], lineEnd = '\r\n'): string =>
  `${fields.map((field) => `"${field.replaceAll('"', '""')}"`).join(',')}${lineEnd}`;

function pageBody({ total, divide, size, first, count, lineEnd = '\r\n', lastUpdate = LAST_UPDATE }: {
  total: number;
  divide: number;
  size: number;
  first: number;
  count: number;
  lineEnd?: string;
  lastUpdate?: string;
}): string {
  const records = Array.from({ length: count }, (_, i) => csvLine(recordFields(first + i), lineEnd)).join('');
  return `"${lastUpdate}","${total}","${divide}","${size}"${lineEnd}${records}`;
}

function answer(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, { 'content-type': 'text/csv; charset=UTF-8' });
  response.end(body);
}

// Pages of 2 records each over `total` records, answering each divide the API is asked for.
function pagedHandler(total: number, perPage = 2, lineEnd = '\r\n'): Handler {
  const size = Math.ceil(total / perPage);
  return (_request, response, url) => {
    const divide = Number(url.searchParams.get('divide'));
    const first = (divide - 1) * perPage + 1;
    const count = Math.min(perPage, total - first + 1);
    answer(response, 200, pageBody({ total, divide, size, first, count, lineEnd }));
  };
}

function options(extra: Partial<NtaDiffOptions> = {}): NtaDiffOptions {
  return { baseUrl, applicationId: APPLICATION_ID, from: '2026-11-01', to: '2026-11-27', sleep: fakeSleep, ...extra };
}

async function collect(pages: AsyncGenerator<NtaDiffPage>): Promise<NtaDiffPage[]> {
  const result: NtaDiffPage[] = [];
  for await (const page of pages) result.push(page);
  return result;
}

async function failure(run: Promise<unknown>): Promise<NtaWebApiError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof NtaWebApiError) return error;
    throw error;
  }
  throw new Error('expected an NtaWebApiError');
}

function expectNoSecret(error: NtaWebApiError): void {
  expect(error.message).not.toContain(APPLICATION_ID);
  expect(String(error.stack)).not.toContain(APPLICATION_ID);
  expect(JSON.stringify(error)).not.toContain(APPLICATION_ID);
  expect(error.cause).toBeUndefined();
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url);
    handler(request, response, url);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
});

beforeEach(async () => {
  requests = [];
  delays = [];
  workDir = await mkdtemp(join(tmpdir(), 'yuchi-nta-api-'));
});

afterEach(async () => {
  server.closeAllConnections();
  await rm(workDir, { recursive: true, force: true });
});

describe('fetchNtaDiff', () => {
  test('yields a single page with its header values and the record lines without the header', async () => {
    handler = (_request, response) => answer(response, 200, pageBody({ total: 2, divide: 1, size: 1, first: 1, count: 2 }));

    const pages = await collect(fetchNtaDiff(options()));

    expect(pages).toEqual([{
      divide: 1,
      divideSize: 1,
      totalCount: 2,
      lastUpdate: LAST_UPDATE,
      csv: csvLine(recordFields(1)) + csvLine(recordFields(2)),
    }]);
    expect(requests).toHaveLength(1);
  });

  test('fetches every page in order, asking for divide 1, 2 and 3 with the id, period and CSV Unicode type', async () => {
    handler = pagedHandler(5);

    const pages = await collect(fetchNtaDiff(options()));

    expect(pages.map((page) => [page.divide, page.divideSize, page.totalCount])).toEqual([[1, 3, 5], [2, 3, 5], [3, 3, 5]]);
    expect(pages[2]?.csv).toBe(csvLine(recordFields(5)));
    expect(requests.map((url) => url.pathname)).toEqual(['/4/diff', '/4/diff', '/4/diff']);
    expect(requests.map((url) => Object.fromEntries(url.searchParams))).toEqual([1, 2, 3].map((divide) => ({
      id: APPLICATION_ID, from: '2026-11-01', to: '2026-11-27', type: '02', divide: String(divide),
    })));
  });

  test('yields a page before asking for the next one', async () => {
    handler = pagedHandler(5);
    const pages = fetchNtaDiff(options());

    await pages.next();
    expect(requests).toHaveLength(1);
    await pages.return(undefined);
  });

  test('reads an empty diff as one page without records', async () => {
    handler = (_request, response) => answer(response, 200, `${LAST_UPDATE},0,1,1\r\n`);

    const pages = await collect(fetchNtaDiff(options()));

    expect(pages).toEqual([{ divide: 1, divideSize: 1, totalCount: 0, lastUpdate: LAST_UPDATE, csv: '' }]);
  });

  test('waits 1 s and then 2 s when the API answers 403 twice, then succeeds', async () => {
    let calls = 0;
    handler = (_request, response) => {
      calls += 1;
      if (calls <= 2) answer(response, 403, 'Forbidden');
      else answer(response, 200, pageBody({ total: 1, divide: 1, size: 1, first: 1, count: 1 }));
    };

    const pages = await collect(fetchNtaDiff(options()));

    expect(pages).toHaveLength(1);
    expect(delays).toEqual([1000, 2000]);
    expect(requests).toHaveLength(3);
  });

  test('gives up with YUCHI_NTA_API_RATE_LIMITED after maxRetries doubling waits when 403 never stops', async () => {
    handler = (_request, response) => answer(response, 403, 'Forbidden');

    const error = await failure(collect(fetchNtaDiff(options({ maxRetries: 3, retryBaseMs: 5 }))));

    expect(error).toMatchObject({ code: 'YUCHI_NTA_API_RATE_LIMITED', status: 403 });
    expect(delays).toEqual([5, 10, 20]);
    expect(requests).toHaveLength(4);
    expectNoSecret(error);
  });

  test('retries 403 five times by default', async () => {
    handler = (_request, response) => answer(response, 403, 'Forbidden');

    const error = await failure(collect(fetchNtaDiff(options())));

    expect(error.code).toBe('YUCHI_NTA_API_RATE_LIMITED');
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  test.each([400, 401, 404])('fails at once with YUCHI_NTA_API_REJECTED on HTTP %i, without the application id', async (status) => {
    handler = (_request, response) => answer(response, status, `error for ${APPLICATION_ID}`);

    const error = await failure(collect(fetchNtaDiff(options())));

    expect(error).toMatchObject({ code: 'YUCHI_NTA_API_REJECTED', status });
    expect(error.message).toContain(`HTTP ${status}`);
    expect(requests).toHaveLength(1);
    expect(delays).toEqual([]);
    expectNoSecret(error);
  });

  test.each([
    ['a date in another format', '2026/11/01', '2026-11-27'],
    ['a date that does not exist', '2026-11-31', '2026-12-01'],
    ['an empty end', '2026-11-01', ''],
    ['a start after the end', '2026-11-27', '2026-11-01'],
  ])('rejects a period with %s before asking the API', async (_label, from, to) => {
    handler = pagedHandler(1);

    const error = await failure(collect(fetchNtaDiff(options({ from, to }))));

    expect(error.code).toBe('YUCHI_NTA_API_REJECTED');
    expect(requests).toEqual([]);
  });

  test.each<[string, Handler]>([
    ['never answers', () => undefined],
    ['sends the header and then stalls', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/csv' });
      response.write(`${LAST_UPDATE},1,1,1\r\n`);
    }],
  ])('fails with YUCHI_NTA_API_TIMEOUT when the server %s', async (_label, slow) => {
    handler = slow;

    const error = await failure(collect(fetchNtaDiff(options({ timeoutMs: 150 }))));

    expect(error.code).toBe('YUCHI_NTA_API_TIMEOUT');
    expectNoSecret(error);
  });

  test.each([
    ['an HTML page', '<html><body>メンテナンス中</body></html>'],
    ['a header of three values', `${LAST_UPDATE},1,1\r\n${csvLine(recordFields(1))}`],
    ['a header with a broken date', `2026-13-01,1,1,1\r\n${csvLine(recordFields(1))}`],
    ['records without a header', csvLine(recordFields(1))],
    ['an empty body', ''],
    ['the wrong page', pageBody({ total: 4, divide: 2, size: 2, first: 1, count: 2 })],
  ])('fails with YUCHI_NTA_API_BAD_RESPONSE on %s', async (_label, body) => {
    handler = (_request, response) => answer(response, 200, body);

    const error = await failure(collect(fetchNtaDiff(options())));

    expect(error.code).toBe('YUCHI_NTA_API_BAD_RESPONSE');
    expectNoSecret(error);
  });

  test('fails with YUCHI_NTA_API_BAD_RESPONSE when the data changes between pages', async () => {
    handler = (_request, response, url) => {
      const divide = Number(url.searchParams.get('divide'));
      const lastUpdate = divide === 1 ? LAST_UPDATE : '2026-11-28';
      answer(response, 200, pageBody({ total: 4, divide, size: 2, first: divide * 2 - 1, count: 2, lastUpdate }));
    };

    const error = await failure(collect(fetchNtaDiff(options())));

    expect(error.code).toBe('YUCHI_NTA_API_BAD_RESPONSE');
    expect(requests).toHaveLength(2);
  });

  test('fails with YUCHI_NTA_API_UNREACHABLE on a server error, without retrying', async () => {
    handler = (_request, response) => answer(response, 503, 'Service Unavailable');

    const error = await failure(collect(fetchNtaDiff(options())));

    expect(error).toMatchObject({ code: 'YUCHI_NTA_API_UNREACHABLE', status: 503 });
    expect(requests).toHaveLength(1);
  });

  test('fails with YUCHI_NTA_API_UNREACHABLE when nothing listens, without the application id', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    await once(closed, 'close');

    const error = await failure(collect(fetchNtaDiff(options({ baseUrl: `http://127.0.0.1:${port}` }))));

    expect(error.code).toBe('YUCHI_NTA_API_UNREACHABLE');
    expectNoSecret(error);
  });
});

describe('writeNtaDiffToFile', () => {
  test('writes the records of every page into one CSV that the importer reads as 30-field records', async () => {
    // LF line ends from the API still become CR LF, like the download files.
    handler = pagedHandler(5, 2, '\n');
    const out = join(workDir, 'diff_20261127.csv');

    const result = await writeNtaDiffToFile({ ...options(), out });

    expect(result).toEqual({ pages: 3, totalCount: 5, lastUpdate: LAST_UPDATE });
    const records = [];
    for await (const record of readNtaRecords(out)) records.push(record);
    expect(records).toHaveLength(5);
    expect(records.every(({ fields }) => fields.length === 30)).toBe(true);
    expect(records.map(({ fields }) => fields[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(records[0]?.fields).toEqual(recordFields(1));
    const text = await readFile(out, 'utf8');
    expect(text.split('\r\n')).toHaveLength(6);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
  });

  test('writes an empty file for an empty diff', async () => {
    handler = (_request, response) => answer(response, 200, `${LAST_UPDATE},0,1,1\r\n`);
    const out = join(workDir, 'empty.csv');

    const result = await writeNtaDiffToFile({ ...options(), out });

    expect(result).toEqual({ pages: 1, totalCount: 0, lastUpdate: LAST_UPDATE });
    expect(await readFile(out, 'utf8')).toBe('');
  });

  test.each<[string, Handler]>([
    ['fewer records than the header counts', (_request, response) => answer(response, 200, pageBody({ total: 3, divide: 1, size: 1, first: 1, count: 2 }))],
    ['a record with an unclosed quote', (_request, response) => answer(response, 200, `${LAST_UPDATE},1,1,1\r\n"1","7000012050001\r\n`)],
  ])('leaves no file behind when the answer has %s', async (_label, broken) => {
    handler = broken;
    const out = join(workDir, 'diff.csv');

    const error = await failure(writeNtaDiffToFile({ ...options(), out }));

    expect(error.code).toBe('YUCHI_NTA_API_BAD_RESPONSE');
    expect(existsSync(out)).toBe(false);
    expect(await readdir(workDir)).toEqual([]);
  });

  test('leaves no file behind when a later page is rate limited for good', async () => {
    const paged = pagedHandler(5);
    handler = (request, response, url) => (url.searchParams.get('divide') === '3' ? answer(response, 403, 'Forbidden') : paged(request, response, url));
    const out = join(workDir, 'diff.csv');

    const error = await failure(writeNtaDiffToFile({ ...options({ maxRetries: 1 }), out }));

    expect(error.code).toBe('YUCHI_NTA_API_RATE_LIMITED');
    expect(await readdir(workDir)).toEqual([]);
  });
});
