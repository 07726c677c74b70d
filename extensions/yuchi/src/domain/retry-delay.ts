// How long to wait before asking an outside API again: what its Retry-After header says (seconds or an HTTP date),
// else a back-off that doubles from baseMs; never longer than maxMs.
export interface RetryDelayInput {
  // 0 for the first retry.
  retry: number;
  baseMs: number;
  maxMs: number;
  retryAfter?: string | null;
  now?: Date;
}

/** Retry-After in milliseconds, or null when the header is absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now = new Date()): number | null {
  if (!header) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its day and month (Fri, 27 Nov 2026 …); Date.parse would also take "-1".
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

export function retryDelayMs({ retry, baseMs, maxMs, retryAfter, now }: RetryDelayInput): number {
  const asked = retryAfterMs(retryAfter, now);
  return Math.min(asked ?? baseMs * 2 ** retry, maxMs);
}
