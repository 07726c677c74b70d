import { describe, expect, test } from 'vitest';
import { makeCorporateNumber } from './corporate-number.validator.ts';
import { IP_RANGE_HEADER, parseIpRangeRow } from './ip-range-csv-row.parser.ts';
import { headerProblem } from './relation-csv-row.parser.ts';

const COMPANY = makeCorporateNumber('780000000011');
const row = (over: Partial<Record<(typeof IP_RANGE_HEADER)[number], string>> = {}) =>
  IP_RANGE_HEADER.map((column) => ({ cidr: '192.0.2.0/24', corporate_number: COMPANY, source: 'jpnic', valid_from: '2026-04-01', valid_to: '2027-03-31', ...over })[column]);

describe('parseIpRangeRow', () => {
  test('reads a full row', () => {
    expect(parseIpRangeRow(row())).toMatchObject({
      ok: true,
      row: { range: { cidr: '192.0.2.0/24', version: 4, prefix: 24 }, corporateNumber: COMPANY, source: 'jpnic', validFrom: '2026-04-01', validTo: '2027-03-31' },
    });
  });

  test('accepts IPv6, full-width digits, slashes in dates and empty optional columns', () => {
    expect(parseIpRangeRow(row({ cidr: '2001:DB8:0::/48', corporate_number: ` ${COMPANY.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))} `, valid_from: '2026/4/1' }))).toMatchObject({
      ok: true,
      row: { range: { cidr: '2001:db8::/48', version: 6 }, corporateNumber: COMPANY, validFrom: '2026-04-01' },
    });
    expect(parseIpRangeRow(row({ source: '', valid_from: '', valid_to: '' }))).toMatchObject({ ok: true, row: { source: 'csv', validFrom: null, validTo: null } });
  });

  test('reads an IPv4-mapped range as the IPv4 range', () => {
    expect(parseIpRangeRow(row({ cidr: '::ffff:198.51.100.0/120' }))).toMatchObject({ ok: true, row: { range: { cidr: '198.51.100.0/24', version: 4 } } });
  });

  test.each<[string, string[], string]>([
    ['too few columns', ['192.0.2.0/24', COMPANY], 'YUCHI_IP_RANGE_COLUMNS'],
    ['a CIDR that does not read', row({ cidr: '192.0.2/24' }), 'YUCHI_CIDR_FORMAT'],
    ['an empty CIDR', row({ cidr: '' }), 'YUCHI_CIDR_FORMAT'],
    ['a prefix too long', row({ cidr: '192.0.2.0/40' }), 'YUCHI_CIDR_PREFIX'],
    ['host bits set', row({ cidr: '192.0.2.1/24' }), 'YUCHI_CIDR_HOST_BITS'],
    ['an IPv4 range wider than /8', row({ cidr: '0.0.0.0/2' }), 'YUCHI_IP_RANGE_TOO_WIDE'],
    ['an IPv6 range wider than /16', row({ cidr: '2000::/3' }), 'YUCHI_IP_RANGE_TOO_WIDE'],
    ['a bad corporate number', row({ corporate_number: '1234567890123' }), 'YUCHI_INVALID_CORPORATE_NUMBER'],
    ['no corporate number', row({ corporate_number: '' }), 'YUCHI_INVALID_CORPORATE_NUMBER'],
    ['a source too long', row({ source: 'x'.repeat(256) }), 'YUCHI_IP_RANGE_SOURCE'],
    ['a valid_from that does not exist', row({ valid_from: '2026-02-30' }), 'YUCHI_IP_RANGE_DATE'],
    ['a valid_to that is not a date', row({ valid_to: '来年3月' }), 'YUCHI_IP_RANGE_DATE'],
    ['a period that ends before it starts', row({ valid_from: '2027-04-01', valid_to: '2027-03-31' }), 'YUCHI_IP_RANGE_PERIOD'],
  ])('refuses %s with a clear code and a Japanese message', (_case, fields, code) => {
    const result = parseIpRangeRow(fields);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    }
  });

  test('names the cidr column in a CIDR error', () => {
    const result = parseIpRangeRow(row({ cidr: '192.0.2.1/24' }));
    expect(!result.ok && result.error.message).toMatch(/^cidr: .*192\.0\.2\.0\/24/u);
  });

  test('takes a one-day period', () => {
    expect(parseIpRangeRow(row({ valid_from: '2026-04-01', valid_to: '2026-04-01' })).ok).toBe(true);
  });

  test('has a header headerProblem accepts', () => {
    expect(headerProblem(['\uFEFFCIDR', 'corporate_number', 'source', 'valid_from', 'valid_to'], IP_RANGE_HEADER)).toBeNull();
  });
});
