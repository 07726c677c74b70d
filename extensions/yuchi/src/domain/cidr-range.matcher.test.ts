import { describe, expect, test } from 'vitest';
import { createRandom } from '../../../../seed/demo/seeded-random.ts';
import { cidrContains, findCidrOverlaps, formatIpAddress, IpOrganizationIndex, parseCidr, parseIpAddress, type CidrRange, type IpRangeAssignment } from './cidr-range.matcher.ts';

const range = (text: string): CidrRange => {
  const result = parseCidr(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.code}`);
  return result.range;
};
const address = (text: string) => {
  const parsed = parseIpAddress(text);
  if (parsed === null) throw new Error(`${text} is not an address`);
  return parsed;
};

describe('parseIpAddress', () => {
  test.each<[string, 4 | 6, number[]]>([
    ['192.0.2.1', 4, [0xc0000201]],
    ['0.0.0.0', 4, [0]],
    ['255.255.255.255', 4, [0xffffffff]],
    ['2001:db8::1', 6, [0x20010db8, 0, 0, 1]],
    ['2001:DB8:0:0:0:0:0:1', 6, [0x20010db8, 0, 0, 1]],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', 6, [0x20010db8, 0, 0, 1]],
    ['::', 6, [0, 0, 0, 0]],
    ['::1', 6, [0, 0, 0, 1]],
    ['2001:db8::', 6, [0x20010db8, 0, 0, 0]],
    ['1:2:3:4:5:6:7::', 6, [0x10002, 0x30004, 0x50006, 0x70000]],
    ['::2:3:4:5:6:7:8', 6, [0x2, 0x30004, 0x50006, 0x70008]],
    ['2001:db8::192.0.2.1', 6, [0x20010db8, 0, 0, 0xc0000201]],
    ['::ffff:192.0.2.1', 4, [0xc0000201]],
    ['::FFFF:c000:0201', 4, [0xc0000201]],
    ['0:0:0:0:0:ffff:198.51.100.7', 4, [0xc6336407]],
  ])('reads %s', (text, version, words) => {
    expect(parseIpAddress(text)).toEqual({ version, words });
  });

  test.each([
    ['an empty string', ''],
    ['three octets', '192.0.2'],
    ['five octets', '192.0.2.1.5'],
    ['an octet above 255', '192.0.2.256'],
    ['a leading zero, which some tools read as octal', '192.0.2.01'],
    ['a trailing dot', '192.0.2.1.'],
    ['a space', ' 192.0.2.1'],
    ['a prefix', '192.0.2.0/24'],
    ['two "::"', '2001:db8::1::2'],
    ['":::"', '2001:db8:::1'],
    ['a leading single colon', ':2001:db8::1'],
    ['a trailing single colon', '2001:db8::1:'],
    ['nine groups', '1:2:3:4:5:6:7:8:9'],
    ['seven groups without "::"', '1:2:3:4:5:6:7'],
    ['"::" with eight groups', '1:2:3:4::5:6:7:8'],
    ['a group of five digits', '12345::1'],
    ['a letter beyond f', '2001:db8::g'],
    ['a zone', 'fe80::1%eth0'],
    ['a short IPv4 tail', '::ffff:192.0.2'],
    ['an IPv4 tail after seven groups', '1:2:3:4:5:6:7:192.0.2.1'],
    ['an IPv4 tail not at the end', '::192.0.2.1:1'],
  ])('refuses %s', (_label, text) => {
    expect(parseIpAddress(text)).toBeNull();
  });
});

describe('formatIpAddress', () => {
  test.each([
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:0db8:0000:0000:0000:0000:0002:0001', '2001:db8::2:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['2001:db8:0:0:1:0:0:0', '2001:db8:0:0:1::'],
    ['::', '::'],
    ['::1', '::1'],
    ['1::', '1::'],
    ['192.0.2.1', '192.0.2.1'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
  ])('writes %s as %s (RFC 5952)', (text, expected) => {
    expect(formatIpAddress(address(text))).toBe(expected);
  });
});

describe('parseCidr', () => {
  test.each([
    ['192.0.2.0/24', '192.0.2.0/24', 4, 24],
    ['198.51.100.128/25', '198.51.100.128/25', 4, 25],
    ['203.0.113.7', '203.0.113.7/32', 4, 32],
    ['0.0.0.0/0', '0.0.0.0/0', 4, 0],
    ['2001:db8::/32', '2001:db8::/32', 6, 32],
    ['2001:DB8:0:0::/48', '2001:db8::/48', 6, 48],
    ['2001:db8:1:2::/64', '2001:db8:1:2::/64', 6, 64],
    ['2001:db8::1', '2001:db8::1/128', 6, 128],
    ['::/0', '::/0', 6, 0],
    ['::ffff:192.0.2.0/120', '192.0.2.0/24', 4, 24],
    ['::ffff:0:0/96', '0.0.0.0/0', 4, 0],
    ['１９２．０．２．０／２４', '192.0.2.0/24', 4, 24],
    [' 192.0.2.0/24 ', '192.0.2.0/24', 4, 24],
  ])('reads %s as %s', (text, cidr, version, prefix) => {
    expect(parseCidr(text)).toMatchObject({ ok: true, range: { cidr, version, prefix } });
  });

  test('gives the first and last address of the range', () => {
    expect(range('192.0.2.0/24')).toMatchObject({ first: [0xc0000200], last: [0xc00002ff] });
    expect(range('2001:db8::/32')).toMatchObject({ first: [0x20010db8, 0, 0, 0], last: [0x20010db8, 0xffffffff, 0xffffffff, 0xffffffff] });
    expect(range('2001:db8:8000::/33')).toMatchObject({ first: [0x20010db8, 0x80000000, 0, 0], last: [0x20010db8, 0xffffffff, 0xffffffff, 0xffffffff] });
  });

  test.each([
    ['an empty text', '', 'YUCHI_CIDR_FORMAT'],
    ['a hostname', 'example.jp/24', 'YUCHI_CIDR_FORMAT'],
    ['two slashes', '192.0.2.0/24/8', 'YUCHI_CIDR_FORMAT'],
    ['an empty prefix', '192.0.2.0/', 'YUCHI_CIDR_FORMAT'],
    ['a negative prefix', '192.0.2.0/-1', 'YUCHI_CIDR_FORMAT'],
    ['a bad IPv6 address', '2001:db8:::/32', 'YUCHI_CIDR_FORMAT'],
    ['an IPv4 prefix above 32', '192.0.2.0/33', 'YUCHI_CIDR_PREFIX'],
    ['an IPv6 prefix above 128', '2001:db8::/129', 'YUCHI_CIDR_PREFIX'],
    ['IPv4 host bits', '192.0.2.5/24', 'YUCHI_CIDR_HOST_BITS'],
    ['IPv6 host bits', '2001:db8::1/32', 'YUCHI_CIDR_HOST_BITS'],
    ['host bits past a word boundary', '2001:db8:8000::/32', 'YUCHI_CIDR_HOST_BITS'],
  ])('refuses %s with a code and a Japanese message', (_label, text, code) => {
    const result = parseCidr(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    }
  });

  test('refuses host bits rather than round them down, offering the network and the single host', () => {
    const result = parseCidr('192.0.2.5/24');
    expect(!result.ok && result.error.message).toContain('192.0.2.0/24');
    expect(!result.ok && result.error.message).toContain('192.0.2.5/32');
  });
});

describe('cidrContains', () => {
  test('holds the addresses from the first to the last of the range, of its own family', () => {
    const block = range('198.51.100.0/24');
    expect(cidrContains(block, address('198.51.100.0'))).toBe(true);
    expect(cidrContains(block, address('198.51.100.255'))).toBe(true);
    expect(cidrContains(block, address('::ffff:198.51.100.9'))).toBe(true);
    expect(cidrContains(block, address('198.51.101.0'))).toBe(false);
    expect(cidrContains(block, address('2001:db8::c633:6400'))).toBe(false);
  });
});

describe('findCidrOverlaps', () => {
  test('reports ranges held by others and ranges listed twice, not disjoint ones', () => {
    const items = [
      { range: range('192.0.2.0/24') },
      { range: range('192.0.2.64/26') },
      { range: range('198.51.100.0/24') },
      { range: range('192.0.2.64/26') },
      { range: range('2001:db8::/32') },
      { range: range('2001:db8:1::/48') },
      { range: range('192.0.2.128/26') },
    ];
    expect(findCidrOverlaps(items)).toEqual([
      { wider: 0, narrower: 1, kind: 'nested' },
      { wider: 0, narrower: 3, kind: 'nested' },
      { wider: 0, narrower: 6, kind: 'nested' },
      { wider: 1, narrower: 3, kind: 'same' },
      { wider: 4, narrower: 5, kind: 'nested' },
    ]);
  });

  test('leaves out ranges whose periods do not meet (a range handed from one company to the next)', () => {
    const items = [
      { range: range('203.0.113.0/24'), validFrom: null, validTo: '2026-03-31' },
      { range: range('203.0.113.0/24'), validFrom: '2026-04-01', validTo: null },
      { range: range('203.0.113.0/28'), validFrom: '2026-03-31', validTo: '2026-03-31' },
    ];
    expect(findCidrOverlaps(items)).toEqual([
      { wider: 0, narrower: 2, kind: 'nested' },
    ]);
  });

  test('does not take an IPv4 range and an IPv6 range with the same words to overlap', () => {
    expect(findCidrOverlaps([{ range: range('0.0.0.0/8') }, { range: range('::/8') }])).toEqual([]);
  });
});

describe('IpOrganizationIndex', () => {
  const assign = (cidr: string, organization: string, validFrom: string | null = null, validTo: string | null = null): IpRangeAssignment<string> => ({ range: range(cidr), organization, validFrom, validTo });
  const nested = new IpOrganizationIndex([
    assign('198.51.100.0/24', '株式会社テスト本社'),
    assign('198.51.100.0/25', '株式会社テスト東日本'),
    assign('198.51.100.64/26', '株式会社テスト新潟'),
    assign('198.51.100.128/27', '株式会社テスト西日本'),
    assign('2001:db8::/32', 'サンプル通信株式会社'),
    assign('2001:db8:5::/48', '架空製作所株式会社'),
  ]);

  test.each([
    ['198.51.100.100', '株式会社テスト新潟'],
    ['198.51.100.64', '株式会社テスト新潟'],
    ['198.51.100.127', '株式会社テスト新潟'],
    ['198.51.100.10', '株式会社テスト東日本'],
    ['198.51.100.140', '株式会社テスト西日本'],
    ['198.51.100.200', '株式会社テスト本社'],
    ['::ffff:198.51.100.70', '株式会社テスト新潟'],
    ['2001:db8:5:1::9', '架空製作所株式会社'],
    ['2001:db8:6::9', 'サンプル通信株式会社'],
  ])('finds the longest prefix holding %s', (ip, organization) => {
    expect(nested.lookup(ip, '2026-10-10')).toBe(organization);
  });

  test.each(['198.51.101.1', '192.0.2.1', '2001:db9::1', 'not an address', ''])('finds nobody for %s', (ip) => {
    expect(nested.lookup(ip, '2026-10-10')).toBeNull();
  });

  test('takes a parsed address as well as a text', () => {
    expect(nested.lookup(address('198.51.100.65'), '2026-10-10')).toBe('株式会社テスト新潟');
  });

  test('falls back to the wider range on days the narrower one is not valid, both ends included', () => {
    const index = new IpOrganizationIndex([
      assign('203.0.113.0/24', 'サンプル商事株式会社'),
      assign('203.0.113.16/28', '架空物流株式会社', '2026-04-01', '2026-09-30'),
    ]);
    expect(index.lookup('203.0.113.20', '2026-03-31')).toBe('サンプル商事株式会社');
    expect(index.lookup('203.0.113.20', '2026-04-01')).toBe('架空物流株式会社');
    expect(index.lookup('203.0.113.20', '2026-09-30')).toBe('架空物流株式会社');
    expect(index.lookup('203.0.113.20', '2026-10-01')).toBe('サンプル商事株式会社');
  });

  test('gives a range handed over to its new organisation from the day it took it, and the one that started last on shared days', () => {
    const index = new IpOrganizationIndex([
      assign('192.0.2.0/28', '旧テスト株式会社', null, '2026-06-30'),
      assign('192.0.2.0/28', '新テスト株式会社', '2026-06-15'),
    ]);
    expect(index.lookup('192.0.2.3', '2026-06-14')).toBe('旧テスト株式会社');
    expect(index.lookup('192.0.2.3', '2026-06-15')).toBe('新テスト株式会社');
    expect(index.lookup('192.0.2.3', '2027-01-01')).toBe('新テスト株式会社');
  });

  test('finds nobody when no range is valid that day, and in an empty index', () => {
    const index = new IpOrganizationIndex([assign('192.0.2.0/24', 'サンプル株式会社', '2026-01-01', '2026-01-31')]);
    expect(index.lookup('192.0.2.1', '2026-02-01')).toBeNull();
    expect(new IpOrganizationIndex<string>([]).lookup('192.0.2.1', '2026-02-01')).toBeNull();
  });

  test('agrees with a scan of every range on random ranges and addresses', () => {
    const random = createRandom(7).next;
    const assignments = Array.from({ length: 2_000 }, (_, i) => {
      const prefix = 16 + Math.floor(random() * 17);
      const network = (198 * 2 ** 24 + 51 * 2 ** 16 + Math.floor(random() * 2 ** 16)) & (0xffffffff << (32 - prefix));
      const from = random() < 0.3 ? `2026-0${1 + Math.floor(random() * 9)}-01` : null;
      return { range: range(`${formatIpAddress({ version: 4, words: [network >>> 0] })}/${prefix}`), organization: i, validFrom: from, validTo: random() < 0.3 ? '2026-06-30' : null };
    });
    const index = new IpOrganizationIndex(assignments);
    for (let n = 0; n < 5_000; n += 1) {
      const ip = { version: 4 as const, words: [(198 * 2 ** 24 + 51 * 2 ** 16 + Math.floor(random() * 2 ** 16)) >>> 0] };
      const day = `2026-0${1 + Math.floor(random() * 9)}-15`;
      expect(index.lookup(ip, day)).toBe(scan(assignments, ip, day));
    }
  });

  // A sanity check of the size the access-log import meets, not a timing: it must simply finish.
  test('builds from 100,000 ranges and answers 1,000,000 lookups', () => {
    const random = createRandom(11).next;
    const assignments: IpRangeAssignment<number>[] = [];
    for (let i = 0; i < 100_000; i += 1) {
      const cidr = i % 2 === 0
        ? `${formatIpAddress({ version: 4, words: [(Math.floor(random() * 2 ** 24) * 256) >>> 0] })}/24`
        : `2001:db8:${Math.floor(random() * 65_536).toString(16)}:${Math.floor(random() * 65_536).toString(16)}::/64`;
      assignments.push({ range: range(cidr), organization: i, validTo: random() < 0.5 ? '2026-12-31' : null });
    }
    const index = new IpOrganizationIndex(assignments);
    let found = 0;
    for (let n = 0; n < 1_000_000; n += 1) {
      const ip = n % 4 === 0
        ? `2001:db8:${Math.floor(random() * 65_536).toString(16)}::1`
        : formatIpAddress({ version: 4, words: [Math.floor(random() * 2 ** 32)] });
      if (index.lookup(ip, '2027-01-01') !== null) found += 1;
    }
    for (const { range: block } of assignments.slice(0, 200)) {
      const last = { version: block.version, words: block.last };
      expect(index.lookup(last, '2027-01-01')).toBe(scan(assignments, last, '2027-01-01'));
    }
    expect(found).toBeGreaterThan(0);
  }, 60_000);
});

function scan<T>(assignments: readonly IpRangeAssignment<T>[], ip: { version: 4 | 6; words: readonly number[] }, day: string): T | null {
  let best: IpRangeAssignment<T> | null = null;
  for (const a of assignments) {
    const valid = (a.validFrom ?? '') <= day && day <= (a.validTo ?? '9999-12-31');
    if (!valid || !cidrContains(a.range, ip)) continue;
    if (best === null || a.range.prefix > best.range.prefix || (a.range.prefix === best.range.prefix && (a.validFrom ?? '') > (best.validFrom ?? ''))) best = a;
  }
  return best?.organization ?? null;
}
