// Fetches the 国税庁 法人番号システム Web-API (version 4) 差分 endpoint as CSV (type=02, UTF-8), one page (分割番号) at
// a time, and can write the records into one file the NTA importer reads like a downloaded diff file.
//
// The application id is a secret: it goes into the query string and nowhere else — not into messages, not into
// errors (axios errors carry the request URL, so none is kept as a cause).
import { open, rename, rm } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import axios from 'axios';
import { CsvRecordSplitter, CsvSplitError } from '../domain/nta-csv-line.parser.ts';
import { NtaDiffHeaderError, parseNtaDiffHeader, type NtaDiffHeader } from '../domain/nta-diff-header.parser.ts';
import { isRealDate } from '../domain/nta-record.mapper.ts';

export type NtaWebApiErrorCode =
  | 'YUCHI_NTA_API_RATE_LIMITED'
  | 'YUCHI_NTA_API_REJECTED'
  | 'YUCHI_NTA_API_TIMEOUT'
  | 'YUCHI_NTA_API_BAD_RESPONSE'
  | 'YUCHI_NTA_API_UNREACHABLE';

export class NtaWebApiError extends Error {
  readonly code: NtaWebApiErrorCode;
  // HTTP status of the last answer, when there was one.
  readonly status: number | null;

  constructor(code: NtaWebApiErrorCode, message: string, status: number | null = null) {
    super(message);
    this.name = 'NtaWebApiError';
    this.code = code;
    this.status = status;
  }
}

export interface NtaDiffOptions {
  baseUrl?: string;
  applicationId: string;
  // Inclusive period of update dates, YYYY-MM-DD.
  from: string;
  to: string;
  // First wait after a 403 (the API's answer to requests that come too fast); doubles on each retry.
  retryBaseMs?: number;
  maxRetries?: number;
  // Per request, from connecting to the last byte.
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface NtaDiffPage extends NtaDiffHeader {
  // The page's records, without the header line, as the API sent them.
  csv: string;
}

export interface NtaDiffFileResult {
  pages: number;
  totalCount: number;
  lastUpdate: string;
}

const DEFAULT_BASE_URL = 'https://api.houjin-bangou.nta.go.jp';
const DEFAULT_RETRY_BASE_MS = 1000;
const DEFAULT_MAX_RETRIES = 5;
const DEFAULT_TIMEOUT_MS = 60_000;
const CSV_UNICODE = '02';
const RATE_LIMITED = 403;

const REJECTION_MESSAGES: Readonly<Record<number, string>> = {
  400: '国税庁 Web-API が要求を受け付けませんでした（HTTP 400）。アプリケーションIDと取得期間（from・to）の指定を確認してください。',
  401: '国税庁 Web-API がアプリケーションIDを認めませんでした（HTTP 401）。国税庁から通知されたアプリケーションIDが設定されているか確認してください。',
  404: '国税庁 Web-API の差分取得の窓口が見つかりません（HTTP 404）。接続先URLと、アプリケーションIDが有効かを確認してください。',
};

const sleepFor = (ms: number): Promise<void> => delay(ms);

function checkPeriod(from: string, to: string): void {
  if (!isRealDate(from) || !isRealDate(to) || from > to) {
    throw new NtaWebApiError(
      'YUCHI_NTA_API_REJECTED',
      `取得期間「${from}〜${to}」が正しくありません。from と to を YYYY-MM-DD 形式で、from が to 以前になるよう指定してください。`,
    );
  }
}

function splitHeader(body: string): { header: string; csv: string } {
  const text = body.startsWith('\uFEFF') ? body.slice(1) : body;
  const end = text.indexOf('\n');
  if (end === -1) return { header: text, csv: '' };
  return { header: text.slice(0, end), csv: text.slice(end + 1) };
}

function badResponse(reason: string, status: number | null = null): NtaWebApiError {
  return new NtaWebApiError('YUCHI_NTA_API_BAD_RESPONSE', `国税庁 Web-API の応答が想定と違います: ${reason}。時間をおいて再実行し、続く場合は管理者に連絡してください。`, status);
}

interface PageRequest {
  url: string;
  params: Record<string, string>;
  retryBaseMs: number;
  maxRetries: number;
  timeoutMs: number;
  sleep: (ms: number) => Promise<void>;
}

async function getOnce(url: string, params: Record<string, string>, timeoutMs: number): Promise<{ status: number; body: string }> {
  // Own deadline rather than axios' timeout, which only notices an idle socket, not a slow trickle.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await axios.get<string>(url, {
      params,
      responseType: 'text',
      responseEncoding: 'utf8',
      transformResponse: [(data: unknown) => data],
      validateStatus: () => true,
      signal: controller.signal,
      maxRedirects: 0,
    });
    return { status: response.status, body: typeof response.data === 'string' ? response.data : String(response.data ?? '') };
  } catch (error) {
    if (timedOut || (axios.isAxiosError(error) && (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT'))) {
      throw new NtaWebApiError('YUCHI_NTA_API_TIMEOUT', `国税庁 Web-API が${timeoutMs / 1000}秒以内に応答しませんでした。時間をおいて再実行してください。`);
    }
    if (!axios.isAxiosError(error)) throw error;
    throw new NtaWebApiError('YUCHI_NTA_API_UNREACHABLE', `国税庁 Web-API に接続できません（${error.code ?? '原因不明'}）。ネットワークと接続先URLを確認してください。`);
  } finally {
    clearTimeout(timer);
  }
}

async function fetchPage(request: PageRequest): Promise<string> {
  for (let retry = 0; ; retry++) {
    const { status, body } = await getOnce(request.url, request.params, request.timeoutMs);
    if (status === 200) return body;
    if (status === RATE_LIMITED) {
      if (retry >= request.maxRetries) {
        throw new NtaWebApiError(
          'YUCHI_NTA_API_RATE_LIMITED',
          `国税庁 Web-API が短時間の要求の多さを理由に応答を拒み続けました（HTTP 403、${retry + 1}回）。しばらく時間をおいて再実行し、続く場合はアプリケーションIDが有効かも確認してください。`,
          status,
        );
      }
      await request.sleep(request.retryBaseMs * 2 ** retry);
      continue;
    }
    const rejection = REJECTION_MESSAGES[status];
    if (rejection !== undefined) throw new NtaWebApiError('YUCHI_NTA_API_REJECTED', rejection, status);
    if (status >= 500) {
      throw new NtaWebApiError('YUCHI_NTA_API_UNREACHABLE', `国税庁 Web-API が一時的に使えません（HTTP ${status}）。時間をおいて再実行してください。`, status);
    }
    throw badResponse(`HTTP ${status} が返りました`, status);
  }
}

function readPage(body: string, divide: number): NtaDiffPage {
  const { header, csv } = splitHeader(body);
  let parsed: NtaDiffHeader;
  try {
    parsed = parseNtaDiffHeader(header);
  } catch (error) {
    if (error instanceof NtaDiffHeaderError) throw badResponse(error.message);
    throw error;
  }
  // An empty result may number its only page 0.
  const expected = parsed.divideSize === 0 ? 0 : divide;
  if (parsed.divide !== expected) throw badResponse(`分割番号${divide}を求めたのに${parsed.divide}が返りました`);
  return { ...parsed, csv };
}

/** Yields every page of the diff for [from, to], in order; 403 is retried with growing waits. */
export async function* fetchNtaDiff(options: NtaDiffOptions): AsyncGenerator<NtaDiffPage> {
  checkPeriod(options.from, options.to);
  const request = {
    url: `${(options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '')}/4/diff`,
    retryBaseMs: options.retryBaseMs ?? DEFAULT_RETRY_BASE_MS,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    sleep: options.sleep ?? sleepFor,
  };
  const paramsFor = (divide: number) => ({ id: options.applicationId, from: options.from, to: options.to, type: CSV_UNICODE, divide: String(divide) });

  const first = readPage(await fetchPage({ ...request, params: paramsFor(1) }), 1);
  yield first;
  for (let divide = 2; divide <= first.divideSize; divide++) {
    const page = readPage(await fetchPage({ ...request, params: paramsFor(divide) }), divide);
    // Pages of different data sets would make a file that is neither: start again instead.
    if (page.divideSize !== first.divideSize || page.totalCount !== first.totalCount || page.lastUpdate !== first.lastUpdate) {
      throw badResponse(`取得中にデータが更新されました（分割番号${divide}の先頭行が1ページ目と一致しません）。もう一度取得し直してください`);
    }
    yield page;
  }
}

const quoteField = (field: string): string => `"${field.replaceAll('"', '""')}"`;

/**
 * Writes all pages into one UTF-8 CSV of records (CR LF lines, every field quoted, as the NTA download files are).
 * The file appears only when complete and its record count matches the header's 総件数.
 */
export async function writeNtaDiffToFile(options: NtaDiffOptions & { out: string }): Promise<NtaDiffFileResult> {
  const { out, ...fetchOptions } = options;
  const partial = `${out}.part`;
  const file = await open(partial, 'w');
  let pages = 0;
  let records = 0;
  let header: NtaDiffHeader | null = null;
  try {
    for await (const page of fetchNtaDiff(fetchOptions)) {
      pages += 1;
      header ??= page;
      // Re-serialised record by record: line ends become CR LF and a broken page is caught here, not by the importer.
      const splitter = new CsvRecordSplitter();
      let rows: string[][];
      try {
        rows = [...splitter.push(page.csv), ...splitter.end()];
      } catch (error) {
        if (error instanceof CsvSplitError) throw badResponse(`分割番号${page.divide}のCSVが壊れています（${error.line}行目）`);
        throw error;
      }
      records += rows.length;
      if (rows.length > 0) await file.write(rows.map((fields) => `${fields.map(quoteField).join(',')}\r\n`).join(''), null, 'utf8');
    }
    if (header === null) throw badResponse('ページが1つもありません');
    if (records !== header.totalCount) throw badResponse(`先頭行の総件数は${header.totalCount}件ですが、受け取った記録は${records}件です`);
    await file.close();
    await rename(partial, out);
    return { pages, totalCount: header.totalCount, lastUpdate: header.lastUpdate };
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  }
}
