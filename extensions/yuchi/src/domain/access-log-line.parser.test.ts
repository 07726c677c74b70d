import { describe, expect, test } from 'vitest';
import { ACCESS_LOG_REJECTION_LABELS, parseAccessLogLine, parseLogTime, type AccessLogRejection } from './access-log-line.parser.ts';

const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';
const line = ({ ip = '192.0.2.10', time = '10/Oct/2026:13:55:36 +0900', request = 'GET /ritchi/danchi/?utm_source=x HTTP/1.1', status = '200', referrer = 'https://www.google.co.jp/', ua = UA } = {}) =>
  `${ip} - - [${time}] "${request}" ${status} 5120 "${referrer}" "${ua}"`;

describe('parseAccessLogLine', () => {
  test('reads a combined line, dropping the query string from the path', () => {
    expect(parseAccessLogLine(line())).toEqual({
      ok: true,
      request: {
        ip: '192.0.2.10',
        time: new Date('2026-10-10T04:55:36.000Z'),
        method: 'GET',
        path: '/ritchi/danchi/',
        status: 200,
        referrer: 'https://www.google.co.jp/',
        userAgent: UA,
      },
    });
  });

  test.each([
    ['an IPv6 address', line({ ip: '2001:db8::10' }), { ip: '2001:db8::10' }],
    ['an IPv4-mapped address', line({ ip: '::ffff:198.51.100.7' }), { ip: '::ffff:198.51.100.7' }],
    ['a logged-in user and a CR LF line end', `${line().replace(' - - ', ' - yamada ')}\r\n`, { path: '/ritchi/danchi/' }],
    ['a quoted user (Apache)', line().replace(' - - ', ' - "yamada taro" '), { method: 'GET' }],
    ['no referrer and no user agent', line({ referrer: '-', ua: '-' }), { referrer: null, userAgent: null }],
    ['a fragment', line({ request: 'GET /a/b#top HTTP/1.1' }), { path: '/a/b' }],
    ['a percent-encoded Japanese path, kept as sent', line({ request: 'GET /%E8%A3%9C%E5%8A%A9%E9%87%91/?p=1 HTTP/2.0' }), { path: '/%E8%A3%9C%E5%8A%A9%E9%87%91/' }],
    ['an absolute target from a proxy', line({ request: 'GET http://www.pref.example.jp/kigyo/?a=1 HTTP/1.1' }), { path: '/kigyo/' }],
    ['an absolute target without a path', line({ request: 'GET https://www.pref.example.jp HTTP/1.1' }), { path: '/' }],
    ['an HTTP/0.9 request without a protocol', line({ request: 'GET /old' }), { path: '/old' }],
    ['a HEAD request and a 304', line({ request: 'HEAD / HTTP/1.1', status: '304' }), { method: 'HEAD', status: 304 }],
    ['a negative offset', line({ time: '09/Oct/2026:23:00:00 -0500' }), { time: new Date('2026-10-10T04:00:00.000Z') }],
    ['an Apache-escaped quote in the user agent', line({ ua: 'Mozilla/5.0 \\"quoted\\"' }), { userAgent: 'Mozilla/5.0 "quoted"' }],
    ['nginx-escaped UTF-8 bytes in the referrer', line({ referrer: 'https://www.pref.example.jp/\\xE5\\xB7\\xA5\\xE6\\xA5\\xAD' }), { referrer: 'https://www.pref.example.jp/工業' }],
    ['fields nginx adds after the user agent', `${line()} "203.0.113.5" 0.012`, { ip: '192.0.2.10' }],
  ])('reads a line with %s', (_label, text, expected) => {
    const result = parseAccessLogLine(text);
    expect(result.ok).toBe(true);
    expect(result.ok && result.request).toMatchObject(expected);
  });

  test.each<[string, string, AccessLogRejection]>([
    ['an empty line', '', 'empty'],
    ['a line of spaces', '   \n', 'empty'],
    ['an overlong line', line({ request: `GET /${'a'.repeat(20_000)} HTTP/1.1` }), 'too_long'],
    ['the common format (no referrer or user agent)', '192.0.2.10 - - [10/Oct/2026:13:55:36 +0900] "GET / HTTP/1.1" 200 5120', 'malformed'],
    ['a JSON log line', '{"remote_addr":"192.0.2.10","request":"GET / HTTP/1.1"}', 'malformed'],
    ['an unclosed quote', '192.0.2.10 - - [10/Oct/2026:13:55:36 +0900] "GET / HTTP/1.1 200 5120 "-" "-"', 'malformed'],
    ['a hostname instead of an address', line({ ip: 'proxy.example.jp' }), 'bad_ip'],
    ['an address out of range', line({ ip: '192.0.2.300' }), 'bad_ip'],
    ['an unknown month', line({ time: '10/Okt/2026:13:55:36 +0900' }), 'bad_time'],
    ['a day that does not exist', line({ time: '31/Apr/2026:13:55:36 +0900' }), 'bad_time'],
    ['hour 24', line({ time: '10/Oct/2026:24:00:00 +0900' }), 'bad_time'],
    ['no offset', line({ time: '10/Oct/2026:13:55:36' }), 'bad_time'],
    ['an ISO time', line({ time: '2026-10-10T13:55:36+09:00' }), 'bad_time'],
    ['the "-" nginx logs for a request it could not read', line({ request: '-' }), 'bad_request'],
    ['TLS bytes sent to the HTTP port', line({ request: '\\x16\\x03\\x01\\x02\\x00\\x01\\x00' }), 'bad_request'],
    ['a lower-case method', line({ request: 'get / HTTP/1.1' }), 'bad_request'],
    ['a target that is not a path', line({ request: 'OPTIONS * HTTP/1.1' }), 'bad_request'],
    ['a status that is not three digits', line({ status: '20' }), 'bad_status'],
    ['a status of 999', line({ status: '999' }), 'bad_status'],
  ])('refuses %s with only a reason code', (_label, text, reason) => {
    const result = parseAccessLogLine(text);
    expect(result).toEqual({ ok: false, reason });
    expect(JSON.stringify(result)).not.toContain('192.0.2');
  });

  test('has a Japanese label for every reason', () => {
    for (const label of Object.values(ACCESS_LOG_REJECTION_LABELS)) expect(label).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
  });
});

describe('parseLogTime', () => {
  test.each([
    ['10/Oct/2026:13:55:36 +0900', '2026-10-10T04:55:36.000Z'],
    ['01/Jan/2027:00:00:00 +0900', '2026-12-31T15:00:00.000Z'],
    ['29/Feb/2028:12:00:00 +0000', '2028-02-29T12:00:00.000Z'],
    ['10/Oct/2026:13:55:36 +0530', '2026-10-10T08:25:36.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseLogTime(text)?.toISOString()).toBe(iso);
  });

  test.each(['29/Feb/2026:12:00:00 +0000', '10/Oct/2026:13:60:00 +0900', '10/Oct/2026:13:55:36 +1500', '1/Oct/2026:13:55:36 +0900', ''])('refuses %s', (text) => {
    expect(parseLogTime(text)).toBeNull();
  });
});
