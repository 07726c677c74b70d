// Asks gBizINFO REST API v2 about one company: 法人基本情報 (/v2/hojin/{法人番号}), 事業所情報 (/corporation) and
// 財務情報 (/finance), with the API token in the X-hojinInfo-api-token header.
//
// 404 (or an empty "hojin-infos") is an answer — the company is not in gBizINFO — not a failure. 429, 502, 503,
// 504, timeouts and dropped connections are asked again after a wait (Retry-After when the API sends one, else a
// doubling back-off).
// The token never appears in a message or an error: axios errors carry the request headers, so none is kept.
import { setTimeout as delay } from 'node:timers/promises';
import axios from 'axios';
import { isValidCorporateNumber } from '../domain/corporate-number.validator.ts';
import type { GbizResponse } from '../domain/gbizinfo-response.types.ts';
import { retryDelayMs } from '../domain/retry-delay.ts';

export type GbizinfoFailure = 'unavailable' | 'timeout' | 'rejected' | 'bad_response';

export class GbizinfoApiError extends Error {
  readonly kind: GbizinfoFailure;
  // HTTP status of the last answer, when there was one.
  readonly status: number | null;
  // Worth asking again: a timeout, or a connection the server dropped (a stale keep-alive socket).
  readonly transient: boolean;

  constructor(kind: GbizinfoFailure, message: string, { status = null, transient = false }: { status?: number | null; transient?: boolean } = {}) {
    super(message);
    this.name = 'GbizinfoApiError';
    this.kind = kind;
    this.status = status;
    this.transient = transient;
  }
}

export type GbizinfoAnswer = { found: true; info: Record<string, unknown> } | { found: false };

export interface GbizinfoClient {
  hojin(corporateNumber: string): Promise<GbizinfoAnswer>;
  corporation(corporateNumber: string): Promise<GbizinfoAnswer>;
  finance(corporateNumber: string): Promise<GbizinfoAnswer>;
}

export interface GbizinfoClientOptions {
  token: string;
  baseUrl?: string;
  // Per request, from connecting to the last byte.
  timeoutMs?: number;
  maxRetries?: number;
  retryBaseMs?: number;
  // The longest wait between two tries, whatever Retry-After asks for.
  maxRetryDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

// gBizINFO REST API v2 (the OpenAPI definition's servers: /hojin on api.info.gbiz.go.jp).
export const DEFAULT_GBIZINFO_BASE_URL = 'https://api.info.gbiz.go.jp/hojin';
export const DEFAULT_GBIZINFO_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_RETRIES = 3;
const DEFAULT_RETRY_BASE_MS = 1_000;
const DEFAULT_MAX_RETRY_DELAY_MS = 30_000;
const RETRIED = new Set([429, 502, 503, 504]);

/** The client the configuration asks for, or null when no token is set. */
export function gbizinfoOptionsFromEnv(env: Record<string, unknown>): GbizinfoClientOptions | null {
  const token = String(env['YUCHI_GBIZINFO_TOKEN'] ?? '').trim();
  if (!token) return null;
  const baseUrl = String(env['YUCHI_GBIZINFO_BASE_URL'] ?? '').trim();
  const timeoutMs = Number(env['YUCHI_GBIZINFO_TIMEOUT_MS'] ?? DEFAULT_GBIZINFO_TIMEOUT_MS);
  return {
    token,
    ...(baseUrl ? { baseUrl } : {}),
    timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : DEFAULT_GBIZINFO_TIMEOUT_MS,
  };
}

interface Reply {
  status: number;
  body: string;
  retryAfter: string | null;
}

async function getOnce({ url, token, timeoutMs }: { url: string; token: string; timeoutMs: number }): Promise<Reply> {
  // Own deadline rather than axios' timeout, which only notices an idle socket, not a slow trickle.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await axios.get<string>(url, {
      headers: { 'X-hojinInfo-api-token': token, Accept: 'application/json' },
      responseType: 'text',
      responseEncoding: 'utf8',
      transformResponse: [(data: unknown) => data],
      validateStatus: () => true,
      signal: controller.signal,
      maxRedirects: 0,
    });
    const retryAfter = response.headers['retry-after'];
    return {
      status: response.status,
      body: typeof response.data === 'string' ? response.data : String(response.data ?? ''),
      retryAfter: typeof retryAfter === 'string' ? retryAfter : null,
    };
  } catch (error) {
    if (timedOut || (axios.isAxiosError(error) && (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT'))) {
      throw new GbizinfoApiError('timeout', `gBizINFO が${timeoutMs / 1000}秒以内に応答しませんでした。`, { transient: true });
    }
    if (!axios.isAxiosError(error)) throw error;
    const dropped = error.code === 'ECONNRESET' || error.code === 'EPIPE';
    throw new GbizinfoApiError('unavailable', `gBizINFO に接続できません（${error.code ?? '原因不明'}）。ネットワークと接続先URL（YUCHI_GBIZINFO_BASE_URL）を確認してください。`, { transient: dropped });
  } finally {
    clearTimeout(timer);
  }
}

function readAnswer(body: string, corporateNumber: string): GbizinfoAnswer {
  let parsed: GbizResponse;
  try {
    parsed = JSON.parse(body) as GbizResponse;
  } catch {
    throw new GbizinfoApiError('bad_response', 'gBizINFO の応答が JSON ではありません。', { status: 200 });
  }
  const infos = parsed?.['hojin-infos'];
  if (infos === undefined || infos === null || (Array.isArray(infos) && infos.length === 0)) return { found: false };
  const first: unknown = Array.isArray(infos) ? infos[0] : null;
  if (first === null || typeof first !== 'object') throw new GbizinfoApiError('bad_response', 'gBizINFO の応答に法人情報（hojin-infos）がありません。', { status: 200 });
  const number = (first as { corporate_number?: unknown }).corporate_number;
  if (typeof number === 'string' && /^\d{13}$/.test(number) && number !== corporateNumber) {
    throw new GbizinfoApiError('bad_response', `法人番号 ${corporateNumber} を求めたのに ${number} の情報が返りました。`, { status: 200 });
  }
  return { found: true, info: first as Record<string, unknown> };
}

export function createGbizinfoClient(options: GbizinfoClientOptions): GbizinfoClient {
  const base = (options.baseUrl ?? DEFAULT_GBIZINFO_BASE_URL).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_GBIZINFO_TIMEOUT_MS;
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const retryBaseMs = options.retryBaseMs ?? DEFAULT_RETRY_BASE_MS;
  const maxRetryDelayMs = options.maxRetryDelayMs ?? DEFAULT_MAX_RETRY_DELAY_MS;
  const sleep = options.sleep ?? ((ms: number) => delay(ms));

  async function get(corporateNumber: string, suffix: '' | '/corporation' | '/finance'): Promise<GbizinfoAnswer> {
    if (!isValidCorporateNumber(corporateNumber)) throw new GbizinfoApiError('rejected', `法人番号「${corporateNumber}」は正しくありません。`);
    // No trailing slash: the API answers 500 to one.
    const url = `${base}/v2/hojin/${corporateNumber}${suffix}`;
    for (let retry = 0; ; retry++) {
      let reply: Reply;
      try {
        reply = await getOnce({ url, token: options.token, timeoutMs });
      } catch (error) {
        if (error instanceof GbizinfoApiError && error.transient && retry < maxRetries) {
          await sleep(retryDelayMs({ retry, baseMs: retryBaseMs, maxMs: maxRetryDelayMs }));
          continue;
        }
        throw error;
      }
      const { status } = reply;
      if (status === 200) return readAnswer(reply.body, corporateNumber);
      if (status === 404) return { found: false };
      if (RETRIED.has(status)) {
        if (retry < maxRetries) {
          await sleep(retryDelayMs({ retry, baseMs: retryBaseMs, maxMs: maxRetryDelayMs, retryAfter: reply.retryAfter }));
          continue;
        }
        const why = status === 429 ? '要求が多すぎるとして応答を拒み続けました' : '一時的に使えない状態が続きました';
        throw new GbizinfoApiError('unavailable', `gBizINFO が${why}（HTTP ${status}、${retry + 1}回）。`, { status });
      }
      if (status === 401 || status === 403) {
        throw new GbizinfoApiError('rejected', `gBizINFO が API トークンを受け付けませんでした（HTTP ${status}）。`, { status });
      }
      if (status >= 500) throw new GbizinfoApiError('unavailable', `gBizINFO でエラーが起きました（HTTP ${status}）。`, { status });
      throw new GbizinfoApiError('bad_response', `gBizINFO から想定外の応答がありました（HTTP ${status}）。`, { status });
    }
  }

  return {
    hojin: (corporateNumber) => get(corporateNumber, ''),
    corporation: (corporateNumber) => get(corporateNumber, '/corporation'),
    finance: (corporateNumber) => get(corporateNumber, '/finance'),
  };
}
