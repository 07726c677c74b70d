// One line of a web server access log in the "combined" format nginx and Apache both write:
//   192.0.2.10 - - [10/Oct/2026:13:55:36 +0900] "GET /ritchi/?utm=x HTTP/1.1" 200 5120 "https://www.google.co.jp/" "Mozilla/5.0 …"
// A line that cannot be read gives only a reason code: log lines hold visitors' addresses, and an error report
// or a log of the import must not copy them.
import { isRealDate } from './nta-record.mapper.ts';
import { parseIpAddress } from './cidr-range.matcher.ts';

export interface AccessLogRequest {
  /** The address as logged (IPv4, or IPv6 such as ::ffff:192.0.2.1). */
  ip: string;
  time: Date;
  method: string;
  /** The path without its query string or fragment, still percent-encoded as it was sent. */
  path: string;
  status: number;
  referrer: string | null;
  userAgent: string | null;
}

export type AccessLogRejection = 'empty' | 'too_long' | 'malformed' | 'bad_ip' | 'bad_time' | 'bad_request' | 'bad_status';

export type AccessLogLineResult = { ok: true; request: AccessLogRequest } | { ok: false; reason: AccessLogRejection };

/** For the import summary: how many lines were skipped, and why (never which lines). */
export const ACCESS_LOG_REJECTION_LABELS: Record<AccessLogRejection, string> = {
  empty: '空行',
  too_long: '長すぎる行（16KB超）',
  malformed: 'combined 形式でない行',
  bad_ip: 'IPアドレスが読めない行',
  bad_time: '日時が読めない行',
  bad_request: 'リクエスト行（"GET /path HTTP/1.1"）が読めない行',
  bad_status: 'ステータスコードが読めない行',
};

export const MAX_LOG_LINE_LENGTH = 16_384;

// A quoted field allows \" and \\ (Apache) and \xHH (both servers) inside; anything after the user agent, such as
// nginx's "$http_x_forwarded_for" or a request time, is ignored.
const QUOTED = '"((?:[^"\\\\]|\\\\.)*)"';
const COMBINED = new RegExp(`^(\\S+) \\S+ (?:"[^"]*"|\\S+) \\[([^\\]]*)\\] ${QUOTED} (\\S+) \\S+ ${QUOTED} ${QUOTED}(?: .*)?$`, 's');
const LOG_TIME = /^(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// The groups of a successful match: a regular expression's groups are all there when it matched.
type Fields<N extends number, T extends string[] = []> = T['length'] extends N ? T : Fields<N, [...T, string]>;
const REQUEST_LINE = /^([A-Z]+) (\S+)(?: HTTP\/\d(?:\.\d)?)?$/;

/** `10/Oct/2026:13:55:36 +0900` as an instant; null when it is not a real time. */
export function parseLogTime(text: string): Date | null {
  const match = LOG_TIME.exec(text);
  if (!match) return null;
  const [, day, monthName, year, hour, minute, second, sign, offsetHours, offsetMinutes] = match as unknown as Fields<10>;
  const month = MONTHS.indexOf(monthName) + 1;
  if (month === 0 || !isRealDate(`${year}-${String(month).padStart(2, '0')}-${day}`)) return null;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59 || Number(offsetHours) > 14 || Number(offsetMinutes) > 59) return null;
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const local = Date.UTC(Number(year), month - 1, Number(day), Number(hour), Number(minute), Number(second));
  return new Date(local - offset * 60_000);
}

// Escaped bytes (\xE5\xB7\xA5) are UTF-8 more often than not: decode runs of them together.
function unescapeLogText(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/(?:\\x[0-9A-Fa-f]{2})+|\\(.)/g, (escape, char: string | undefined) => {
    if (char !== undefined) return char;
    const bytes = Uint8Array.from(escape.split('\\x').slice(1), (hex) => Number.parseInt(hex, 16));
    return new TextDecoder('utf-8').decode(bytes);
  });
}

const orNull = (text: string): string | null => (text === '' || text === '-' ? null : text);

/** The path of a request target: origin form as sent, absolute form (proxies) reduced to its path. */
function targetPath(target: string): string | null {
  const absolute = /^https?:\/\/[^/?#]*/i.exec(target);
  const path = (absolute ? target.slice(absolute[0].length) || '/' : target).replace(/[?#].*$/s, '');
  return path.startsWith('/') ? path : null;
}

export function parseAccessLogLine(line: string): AccessLogLineResult {
  const text = line.replace(/\r?\n$/, '');
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  if (text.length > MAX_LOG_LINE_LENGTH) return { ok: false, reason: 'too_long' };
  const match = COMBINED.exec(text);
  if (!match) return { ok: false, reason: 'malformed' };
  const [, ip, timeText, requestText, statusText, referrerText, userAgentText] = match as unknown as Fields<7>;
  if (parseIpAddress(ip) === null) return { ok: false, reason: 'bad_ip' };
  const time = parseLogTime(timeText);
  if (time === null) return { ok: false, reason: 'bad_time' };
  const request = REQUEST_LINE.exec(unescapeLogText(requestText));
  const path = request ? targetPath(request[2]!) : null;
  if (!request || path === null) return { ok: false, reason: 'bad_request' };
  if (!/^[1-5]\d\d$/.test(statusText)) return { ok: false, reason: 'bad_status' };
  return {
    ok: true,
    request: {
      ip,
      time,
      method: request[1]!,
      path,
      status: Number(statusText),
      referrer: orNull(unescapeLogText(referrerText)),
      userAgent: orNull(unescapeLogText(userAgentText)),
    },
  };
}
