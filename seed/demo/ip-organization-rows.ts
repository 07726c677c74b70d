// Demo IP ranges of organisations, taken only from the documentation ranges (RFC 5737: 192.0.2.0/24,
// 198.51.100.0/24, 203.0.113.0/24; RFC 3849: 2001:db8::/32), so no real network is ever named. They go to
// companies whose intent comes from the prefecture's own access logs, which is how such ranges are used.
import type { IntentSignalRow, IpOrganizationRow } from './demo-data.types.ts';
import type { Random } from './seeded-random.ts';

const IPV4_DOCUMENTATION = ['192.0.2', '198.51.100', '203.0.113'];
const IPV6_BLOCKS = 32;

export function documentationCidrs(): string[] {
  const ipv4 = IPV4_DOCUMENTATION.flatMap((prefix) => Array.from({ length: 16 }, (_, k) => `${prefix}.${k * 16}/28`));
  const ipv6 = Array.from({ length: IPV6_BLOCKS }, (_, k) => `2001:db8:${(k + 1).toString(16)}::/48`);
  return [...ipv4, ...ipv6];
}

export function buildIpOrganizations(random: Random, options: { signals: readonly IntentSignalRow[] }): IpOrganizationRow[] {
  const companies = [...new Set(options.signals.filter((signal) => signal.source === 'access_log').map((signal) => signal.company))];
  const owners = random.sample(companies, companies.length);
  const rows: IpOrganizationRow[] = [];
  for (const cidr of documentationCidrs()) {
    const company = owners.pop();
    if (company === undefined) break;
    rows.push({ id: rows.length + 1, cidr, company, source: 'demo', valid_until: random.chance(0.9) ? '2027-03-31' : null });
  }
  return rows;
}
