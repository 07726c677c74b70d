// The client against a local server answering as gBizINFO REST API v2 does (fixtures in the published schema).
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createGbizinfoClient, GbizinfoApiError, gbizinfoOptionsFromEnv, type GbizinfoClientOptions } from './gbizinfo.client.ts';

const TOKEN = 'gbizSecretToken0123456789';
const NUMBER = '1890000000001';
const fixture = (name: string): string => readFileSync(new URL(`../../../../test/fixtures/gbizinfo/${name}`, import.meta.url), 'utf8');

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

let server: Server;
let baseUrl: string;
let handler: Handler;
let requests: { path: string; token: string | undefined }[];
let delays: number[];

const json = (status: number, body: string, headers: Record<string, string> = {}): Handler => (_request, response) => {
  // One connection per request, so a test never meets a socket an earlier test's server side closed.
  response.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', connection: 'close', ...headers });
  response.end(body);
};

function client(extra: Partial<GbizinfoClientOptions> = {}) {
  return createGbizinfoClient({ token: TOKEN, baseUrl, sleep: async (ms) => void delays.push(ms), ...extra });
}

async function failure(run: Promise<unknown>): Promise<GbizinfoApiError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof GbizinfoApiError) return error;
    throw error;
  }
  throw new Error('expected a GbizinfoApiError');
}

function expectNoToken(error: GbizinfoApiError): void {
  expect(error.message).not.toContain(TOKEN);
  expect(String(error.stack)).not.toContain(TOKEN);
  expect(JSON.stringify(error)).not.toContain(TOKEN);
  expect(error.cause).toBeUndefined();
}

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push({ path: request.url ?? '', token: request.headers['x-hojininfo-api-token'] as string | undefined });
    handler(request, response);
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

beforeEach(() => {
  requests = [];
  delays = [];
});

afterEach(() => {
  server.closeAllConnections();
});

describe('createGbizinfoClient', () => {
  test('asks /v2/hojin/{法人番号} with the token header and returns the first hojin-info', async () => {
    handler = json(200, fixture('hojin.json'));

    const answer = await client().hojin(NUMBER);

    expect(answer).toMatchObject({ found: true, info: { corporate_number: NUMBER, name: '株式会社テスト越後精機', capital_stock: 50000000 } });
    expect(requests).toEqual([{ path: `/v2/hojin/${NUMBER}`, token: TOKEN }]);
  });

  test.each([
    ['corporation', `/v2/hojin/${NUMBER}/corporation`, 'corporation.json', 'corporation-info'],
    ['finance', `/v2/hojin/${NUMBER}/finance`, 'finance.json', 'finance'],
  ] as const)('asks %s at %s', async (method, path, file, key) => {
    handler = json(200, fixture(file));

    const answer = await client()[method](NUMBER);

    expect(answer.found && key in answer.info).toBe(true);
    expect(requests.map((r) => r.path)).toEqual([path]);
  });

  test('passes "Null" strings through for the mapper to read', async () => {
    handler = json(200, fixture('hojin-null-values.json').replace('9890000000002', NUMBER));

    const answer = await client().hojin(NUMBER);

    expect(answer.found && answer.info['representative_name']).toBe('Null');
  });

  test('reads 404 as "not found", not as a failure', async () => {
    handler = json(404, fixture('not-found.json'));

    expect(await client().hojin(NUMBER)).toEqual({ found: false });
    expect(delays).toEqual([]);
  });

  test.each([
    ['an empty list', '{"hojin-infos":[]}'],
    ['no list', '{"message":"no data"}'],
  ])('reads an answer with %s as "not found"', async (_label, body) => {
    handler = json(200, body);

    expect(await client().finance(NUMBER)).toEqual({ found: false });
  });

  test('waits as Retry-After says when rate limited (429), then returns the answer', async () => {
    let calls = 0;
    handler = (request, response) => {
      calls += 1;
      if (calls === 1) json(429, '{"message":"Too Many Requests"}', { 'retry-after': '2' })(request, response);
      else json(200, fixture('hojin.json'))(request, response);
    };

    const answer = await client().hojin(NUMBER);

    expect(answer.found).toBe(true);
    expect(delays).toEqual([2000]);
    expect(requests).toHaveLength(2);
  });

  test('backs off 1 s, 2 s, 4 s on 503 without Retry-After and gives up as unavailable', async () => {
    handler = json(503, 'Service Unavailable');

    const error = await failure(client().hojin(NUMBER));

    expect(error).toMatchObject({ kind: 'unavailable', status: 503 });
    expect(delays).toEqual([1000, 2000, 4000]);
    expect(requests).toHaveLength(4);
    expectNoToken(error);
  });

  test('never waits longer than the cap, whatever Retry-After asks', async () => {
    handler = json(429, '{}', { 'retry-after': '86400' });

    await failure(client({ maxRetries: 1, maxRetryDelayMs: 5000 }).hojin(NUMBER));

    expect(delays).toEqual([5000]);
  });

  test('asks again after a timeout and returns the answer of the second try', async () => {
    let calls = 0;
    handler = (request, response) => {
      calls += 1;
      if (calls > 1) json(200, fixture('hojin.json'))(request, response);
    };

    const answer = await client({ timeoutMs: 150 }).hojin(NUMBER);

    expect(answer.found).toBe(true);
    expect(delays).toEqual([1000]);
  });

  test('asks again when the server drops the connection, as a stale keep-alive socket does', async () => {
    let calls = 0;
    handler = (request, response) => {
      calls += 1;
      if (calls === 1) request.socket.destroy();
      else json(200, fixture('hojin.json'))(request, response);
    };

    const answer = await client().hojin(NUMBER);

    expect(answer.found).toBe(true);
    expect(delays).toEqual([1000]);
  });

  test.each<[string, Handler]>([
    ['never answers', () => undefined],
    ['sends half a body and stalls', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"hojin-infos":[');
    }],
  ])('fails as a timeout when the server %s, after its retries', async (_label, slow) => {
    handler = slow;

    const error = await failure(client({ timeoutMs: 150, maxRetries: 1 }).hojin(NUMBER));

    expect(error.kind).toBe('timeout');
    expect(requests).toHaveLength(2);
    expectNoToken(error);
  });

  test.each([401, 403])('fails at once as rejected on HTTP %i (the token), without the token in the error', async (status) => {
    handler = json(status, `{"message":"invalid token ${TOKEN}"}`);

    const error = await failure(client().hojin(NUMBER));

    expect(error).toMatchObject({ kind: 'rejected', status });
    expect(requests).toHaveLength(1);
    expectNoToken(error);
  });

  test('fails at once as unavailable on HTTP 500', async () => {
    handler = json(500, 'Internal Server Error');

    const error = await failure(client().hojin(NUMBER));

    expect(error).toMatchObject({ kind: 'unavailable', status: 500 });
    expect(requests).toHaveLength(1);
  });

  test.each([
    ['an HTML page', '<html><body>メンテナンス中</body></html>'],
    ['another company', fixture('hojin-null-values.json')],
    ['a list of strings', '{"hojin-infos":["Null"]}'],
  ])('fails as a bad response on %s', async (_label, body) => {
    handler = json(200, body);

    expect((await failure(client().hojin(NUMBER))).kind).toBe('bad_response');
  });

  test('fails as unavailable when nothing listens', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    await once(closed, 'close');

    const error = await failure(client({ baseUrl: `http://127.0.0.1:${port}` }).hojin(NUMBER));

    expect(error.kind).toBe('unavailable');
    expectNoToken(error);
  });

  test.each(['1890000000002', '189000000000', '../../etc'])('refuses the corporate number %s before asking', async (number) => {
    handler = json(200, fixture('hojin.json'));

    expect((await failure(client().hojin(number))).kind).toBe('rejected');
    expect(requests).toEqual([]);
  });

  test('drops a trailing slash of the base URL (the API answers 500 to double slashes)', async () => {
    handler = json(200, fixture('hojin.json'));

    await client({ baseUrl: `${baseUrl}/` }).hojin(NUMBER);

    expect(requests[0]?.path).toBe(`/v2/hojin/${NUMBER}`);
  });
});

describe('gbizinfoOptionsFromEnv', () => {
  test.each([{}, { YUCHI_GBIZINFO_TOKEN: '' }, { YUCHI_GBIZINFO_TOKEN: '   ' }])('gives no client without a token (%j)', (env) => {
    expect(gbizinfoOptionsFromEnv(env)).toBeNull();
  });

  test('reads the token, base URL and timeout', () => {
    expect(gbizinfoOptionsFromEnv({ YUCHI_GBIZINFO_TOKEN: 't', YUCHI_GBIZINFO_BASE_URL: 'http://127.0.0.1:1', YUCHI_GBIZINFO_TIMEOUT_MS: '2500' })).toEqual({
      token: 't',
      baseUrl: 'http://127.0.0.1:1',
      timeoutMs: 2500,
    });
  });

  test.each(['abc', '0', '-5'])('falls back to 10 s for a timeout of %s', (timeout) => {
    expect(gbizinfoOptionsFromEnv({ YUCHI_GBIZINFO_TOKEN: 't', YUCHI_GBIZINFO_TIMEOUT_MS: timeout })?.timeoutMs).toBe(10_000);
  });
});
