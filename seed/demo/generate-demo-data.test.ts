import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { isValidCorporateNumber } from '../../extensions/yuchi/src/domain/corporate-number.validator.ts';
import { buildSearchName } from '../../extensions/yuchi/src/domain/company-name.normalizer.ts';
import { DEMO_USER_IDS } from '../access/ids.ts';
import { parseIndustriesCsv, parseMunicipalitiesCsv } from './code-tables.ts';
import type { DemoData, DemoInput } from './demo-data.types.ts';
import { generateDemoData } from './generate-demo-data.ts';
import { intentScore } from './intent-rows.ts';
import { riskLevelsOf } from './risk-levels.ts';

const readData = (file: string): string => readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8');
const municipalities = parseMunicipalitiesCsv(readData('municipalities.csv'));
const industries = parseIndustriesCsv(readData('jsic.csv'));
const staff = [DEMO_USER_IDS.staff1, DEMO_USER_IDS.staff2];
const input: DemoInput = { municipalities, industries, users: { staff, dataManager: DEMO_USER_IDS.dataManager } };
const userIds = new Set<string>([...staff, DEMO_USER_IDS.dataManager]);

let data: DemoData;
beforeAll(() => {
  data = generateDemoData(input);
});

const COLLECTIONS = [
  'companies', 'establishments', 'company_relations', 'officers', 'departments', 'personnel_changes', 'news', 'news_companies',
  'risk_findings', 'intent_keywords', 'intent_signals', 'ip_organizations', 'business_cards', 'business_cards_shared_with',
  'visits', 'visits_staff', 'visits_contacts', 'visits_shared_with', 'target_lists', 'target_list_companies', 'target_lists_shared_with',
];

type Row = Record<string, unknown>;
const rowsOf = (collection: string): Row[] => (data as unknown as Record<string, Row[]>)[collection] ?? [];
const idsOf = (collection: string): Set<unknown> => new Set(rowsOf(collection).map((row) => row['id']));
const countBy = <T>(items: readonly T[], key: (item: T) => unknown): Map<unknown, number> => {
  const counts = new Map<unknown, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

describe('generateDemoData', () => {
  test('gives byte-identical data for the same input, and other data for another seed', () => {
    expect(JSON.stringify(generateDemoData(input))).toBe(JSON.stringify(data));
    expect(generateDemoData({ ...input, seed: 7 }).companies[0]).not.toEqual(data.companies[0]);
    // Two full generations: seconds on a busy two-core machine. Speed is measured by the setup benchmark, not here.
  }, 60_000);

  test('makes at least 3,000 companies, with valid and unique corporate numbers', () => {
    expect(data.companies.length).toBeGreaterThanOrEqual(3000);
    expect(data.companies.every((company) => isValidCorporateNumber(company.corporate_number))).toBe(true);
    expect(new Set(data.companies.map((company) => company.corporate_number)).size).toBe(data.companies.length);
  });

  test('returns every collection, parents before children, and works for small data sets too', () => {
    expect(Object.keys(data)).toEqual(COLLECTIONS);
    const small = generateDemoData({ ...input, companyCount: 200 });
    expect(small.companies).toHaveLength(200);
    expect(Object.values(small).every((rows) => rows.length > 0)).toBe(true);
  });

  test.each(COLLECTIONS)('numbers the %s rows 1, 2, 3 … and gives them all the same columns', (collection) => {
    const rows = rowsOf(collection);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row['id'])).toEqual(rows.map((_, index) => index + 1));
    const columns = Object.keys(rows[0] ?? {}).join(',');
    expect(rows.every((row) => Object.keys(row).join(',') === columns)).toBe(true);
  });

  test('puts at least 40% of the companies in Niigata (15) and the rest across Japan', () => {
    const niigata = data.companies.filter((company) => company.prefecture_code === '15').length;
    expect(niigata / data.companies.length).toBeGreaterThanOrEqual(0.4);
    expect(new Set(data.companies.map((company) => company.prefecture_code)).size).toBeGreaterThan(40);
  });

  test('places companies and sites in a real municipality of their prefecture, never a prefecture or designated-city row', () => {
    const byCode = new Map(municipalities.map((municipality) => [municipality.code5, municipality]));
    for (const place of [...data.companies, ...data.establishments]) {
      const municipality = byCode.get(place.city_code);
      expect(municipality?.prefectureCode, place.city_code).toBe(place.prefecture_code);
      expect(['prefecture', 'designated_city']).not.toContain(municipality?.kind);
      expect(place.address.startsWith(`${municipality?.prefectureName}${municipality?.cityName}`)).toBe(true);
      expect(place.postal_code).toMatch(/^[0-9]{3}-[0-9]{4}$/);
    }
  });

  test('classifies every company by a JSIC class (4-digit) code', () => {
    const classes = new Set(industries.filter((industry) => industry.level === 'class').map((industry) => industry.code));
    expect(data.companies.every((company) => classes.has(company.industry))).toBe(true);
  });

  test('folds every company name, フリガナ and English name into its search name', () => {
    for (const company of data.companies) {
      expect(company.search_name.startsWith(buildSearchName({ name: company.name, nameKana: company.name_kana, nameEn: company.name_en }))).toBe(true);
    }
    expect(data.companies.some((company) => company.search_name.split('|').length > 3)).toBe(true);
  });

  test('closes about 5% of companies, each with a date and a reason, and mergers name an existing successor', () => {
    const closed = data.companies.filter((company) => company.status === 'closed');
    const numbers = new Set(data.companies.map((company) => company.corporate_number));
    expect(closed.length / data.companies.length).toBeGreaterThan(0.02);
    expect(closed.length / data.companies.length).toBeLessThan(0.08);
    for (const company of closed) {
      expect(company.closed_on! > company.founded_on).toBe(true);
      expect(['01', '11', '21', '31']).toContain(company.close_reason);
      if (company.close_reason === '11') {
        expect(numbers.has(company.successor_corporate_number ?? '')).toBe(true);
        expect(company.successor_corporate_number).not.toBe(company.corporate_number);
      }
    }
  });

  test('gives every company exactly one head office, and sites hang under a site of the same company with a lower id', () => {
    const sites = new Map(data.establishments.map((site) => [site.id, site]));
    const headOffices = countBy(data.establishments.filter((site) => site.is_headquarters), (site) => site.company);
    expect(data.companies.every((company) => headOffices.get(company.id) === 1)).toBe(true);
    for (const site of data.establishments) {
      expect(site.is_headquarters).toBe(site.kind === 'head_office');
      if (site.parent_establishment === null) continue;
      expect(sites.get(site.parent_establishment)?.company).toBe(site.company);
      expect(site.parent_establishment).toBeLessThan(site.id);
    }
  });

  describe('company groups', () => {
    const childrenOf = (): Map<number, number[]> => {
      const children = new Map<number, number[]>();
      for (const relation of data.company_relations) children.set(relation.parent, [...(children.get(relation.parent) ?? []), relation.child]);
      return children;
    };

    test('reach four levels (parent → great-grandchild) and no more, without cycles', () => {
      const children = childrenOf();
      const levels = (company: number, path: Set<number>): number => {
        if (path.has(company)) throw new Error(`cycle through company ${company}`);
        const next = new Set(path).add(company);
        return 1 + Math.max(0, ...(children.get(company) ?? []).map((child) => levels(child, next)));
      };
      const depths = [...children.keys()].map((parent) => levels(parent, new Set()));
      expect(Math.max(...depths)).toBe(4);
      expect(new Set(data.company_relations.map((relation) => relation.parent)).size).toBeGreaterThanOrEqual(60);
    });

    test('include a company with two parents whose holdings add up to 100% at most', () => {
      const current = data.company_relations.filter((relation) => relation.valid_to === null);
      const parents = countBy(current, (relation) => relation.child);
      const shared = [...parents].filter(([, count]) => count >= 2).map(([child]) => child);
      expect(shared.length).toBeGreaterThanOrEqual(1);
      for (const child of shared) {
        const total = current.filter((relation) => relation.child === child).reduce((sum, relation) => sum + relation.voting_rights_ratio, 0);
        expect(total).toBeLessThanOrEqual(100);
      }
    });

    test('call holdings over 50% subsidiaries and those from 20% to 50% affiliates', () => {
      for (const relation of data.company_relations) {
        expect(relation.kind).toBe(relation.voting_rights_ratio > 50 ? 'subsidiary' : 'affiliate');
        expect(relation.voting_rights_ratio).toBeGreaterThanOrEqual(20);
        expect(relation.voting_rights_ratio).toBeLessThanOrEqual(100);
        expect(Math.round(relation.voting_rights_ratio * 100)).toBeCloseTo(relation.voting_rights_ratio * 100, 6);
        expect(relation.parent).not.toBe(relation.child);
      }
    });
  });

  const FOREIGN_KEYS: readonly (readonly [string, string, string])[] = [
    ['establishments', 'company', 'companies'],
    ['establishments', 'parent_establishment', 'establishments'],
    ['company_relations', 'parent', 'companies'],
    ['company_relations', 'child', 'companies'],
    ['officers', 'company', 'companies'],
    ['departments', 'company', 'companies'],
    ['departments', 'establishment', 'establishments'],
    ['personnel_changes', 'company', 'companies'],
    ['news_companies', 'news_id', 'news'],
    ['news_companies', 'companies_id', 'companies'],
    ['risk_findings', 'company', 'companies'],
    ['risk_findings', 'reviewer', 'directus_users'],
    ['intent_signals', 'company', 'companies'],
    ['ip_organizations', 'company', 'companies'],
    ['business_cards', 'company', 'companies'],
    ['business_cards', 'establishment', 'establishments'],
    ['business_cards', 'owner', 'directus_users'],
    ['business_cards_shared_with', 'business_cards_id', 'business_cards'],
    ['business_cards_shared_with', 'directus_users_id', 'directus_users'],
    ['visits', 'company', 'companies'],
    ['visits', 'owner', 'directus_users'],
    ['visits_staff', 'visits_id', 'visits'],
    ['visits_staff', 'directus_users_id', 'directus_users'],
    ['visits_contacts', 'visits_id', 'visits'],
    ['visits_contacts', 'business_cards_id', 'business_cards'],
    ['visits_shared_with', 'visits_id', 'visits'],
    ['visits_shared_with', 'directus_users_id', 'directus_users'],
    ['target_lists', 'owner', 'directus_users'],
    ['target_list_companies', 'list', 'target_lists'],
    ['target_list_companies', 'company', 'companies'],
    ['target_lists_shared_with', 'target_lists_id', 'target_lists'],
    ['target_lists_shared_with', 'directus_users_id', 'directus_users'],
  ];

  test.each(FOREIGN_KEYS)('points every %s.%s at an existing %s row', (collection, field, target) => {
    const ids = target === 'directus_users' ? userIds : idsOf(target);
    const dangling = rowsOf(collection).filter((row) => row[field] !== null && !ids.has(row[field]));
    expect(dangling).toEqual([]);
  });

  test('links visit contacts, and site references, to the same company', () => {
    const cards = new Map(data.business_cards.map((card) => [card.id, card]));
    const visits = new Map(data.visits.map((visit) => [visit.id, visit]));
    const sites = new Map(data.establishments.map((site) => [site.id, site]));
    expect(data.visits_contacts.every((contact) => cards.get(contact.business_cards_id)?.company === visits.get(contact.visits_id)?.company)).toBe(true);
    for (const row of [...data.departments, ...data.business_cards]) {
      if (row.establishment !== null) expect(sites.get(row.establishment)?.company).toBe(row.company);
    }
  });

  test('gives at least 1,000 companies officers, exactly one of them the representative named on the company', () => {
    const companies = new Map(data.companies.map((company) => [company.id, company]));
    const representatives = countBy(data.officers.filter((officer) => officer.is_representative), (officer) => officer.company);
    const withOfficers = new Set(data.officers.map((officer) => officer.company));
    expect(withOfficers.size).toBeGreaterThanOrEqual(1000);
    for (const company of withOfficers) expect(representatives.get(company)).toBe(1);
    for (const officer of data.officers.filter((o) => o.is_representative)) {
      expect(officer.name).toBe(companies.get(officer.company)?.representative_name);
    }
  });

  test('sets each risk level to the highest severity of the open or confirmed findings in its category', () => {
    const findings = new Map<number, typeof data.risk_findings>();
    for (const finding of data.risk_findings) findings.set(finding.company, [...(findings.get(finding.company) ?? []), finding]);
    for (const company of data.companies) {
      const own = (findings.get(company.id) ?? []).filter((finding) => finding.status !== 'dismissed');
      const max = (category: string): number => Math.max(0, ...own.filter((f) => f.category === category).map((f) => f.severity));
      expect([company.risk_antisocial, company.risk_financial, company.risk_sanction, company.risk_existence, company.risk_reputation]).toEqual(
        ['antisocial', 'financial', 'sanction', 'existence', 'reputation'].map(max),
      );
      expect(company.risk_level).toBe(Math.max(0, ...own.map((f) => f.severity)));
    }
    expect(riskLevelsOf([{ category: 'financial', severity: 3, status: 'dismissed' }]).risk_level).toBe(0);
  });

  test('gives every closed company an existence finding, and some active ones other findings', () => {
    const existence = new Set(data.risk_findings.filter((finding) => finding.category === 'existence').map((finding) => finding.company));
    expect(data.companies.filter((company) => company.status === 'closed').every((company) => existence.has(company.id))).toBe(true);
    const withFindings = new Set(data.risk_findings.map((finding) => finding.company)).size;
    expect(withFindings / data.companies.length).toBeGreaterThan(0.05);
    expect(withFindings / data.companies.length).toBeLessThan(0.12);
    for (const finding of data.risk_findings) {
      expect(finding.reviewer === null).toBe(finding.status === 'open');
      expect(finding.reviewed_at === null).toBe(finding.status === 'open');
    }
  });

  test('scores intent from the signals of the last 90 days', () => {
    const sums = new Map<number, number>();
    for (const signal of data.intent_signals) {
      sums.set(signal.company, (sums.get(signal.company) ?? 0) + signal.score);
      expect(signal.signal_date >= '2026-08-02' && signal.signal_date <= '2026-10-31').toBe(true);
    }
    expect(sums.size).toBeGreaterThanOrEqual(250);
    for (const company of data.companies) expect(company.intent_score).toBe(intentScore(sums.get(company.id) ?? 0));
    const keywords = new Set(data.intent_keywords.map((keyword) => keyword.keyword));
    expect(data.intent_signals.every((signal) => keywords.has(signal.keyword))).toBe(true);
  });

  test('keeps every e-mail address, web address and source URL on example.jp', () => {
    expect(data.business_cards.every((card) => /^[a-z0-9.]+@[a-z0-9-]+\.example\.jp$/.test(card.email))).toBe(true);
    expect(new Set(data.business_cards.map((card) => card.email)).size).toBe(data.business_cards.length);
    const urls = [
      ...data.companies.map((company) => company.website),
      ...data.news.map((news) => news.url),
      ...data.personnel_changes.map((change) => change.source_url),
      ...data.risk_findings.map((finding) => finding.source_url),
    ].filter((url) => url !== null);
    expect(urls.filter((url) => !/^https:\/\/[a-z0-9-]+\.example\.jp(\/|$)/.test(url))).toEqual([]);
    expect(new Set(data.news.map((news) => news.url)).size).toBe(data.news.length);
  });

  test('uses only phone numbers with an all-zero exchange block, which is never assigned', () => {
    const phones = [
      ...data.companies.map((company) => company.phone),
      ...data.establishments.map((site) => site.phone),
      ...data.departments.map((department) => department.phone_direct),
      ...data.business_cards.flatMap((card) => [card.phone, card.mobile]),
    ].filter((phone) => phone !== null);
    const fake = (phone: string): boolean =>
      /^0[789]0-0000-[0-9]{4}$/.test(phone) || (/^0[0-9]{1,3}-0{2,4}-[0-9]{4}$/.test(phone) && phone.replace(/-/g, '').length === 10);
    expect(phones.length).toBeGreaterThan(10_000);
    expect(phones.filter((phone) => !fake(phone))).toEqual([]);
  });

  test('uses only the IP documentation ranges', () => {
    expect(data.ip_organizations.every((range) => /^(192\.0\.2|198\.51\.100|203\.0\.113)\.[0-9]+\/28$|^2001:db8:[0-9a-f]+::\/48$/.test(range.cidr))).toBe(true);
  });

  test('writes dates as YYYY-MM-DD and timestamps as UTC ISO text', () => {
    const date = /^\d{4}-\d{2}-\d{2}$/;
    const timestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/;
    expect(data.companies.every((c) => date.test(c.founded_on) && timestamp.test(c.source_updated_at))).toBe(true);
    expect(data.visits.every((visit) => timestamp.test(visit.visited_at))).toBe(true);
    expect(data.risk_findings.every((finding) => date.test(finding.observed_on))).toBe(true);
  });

  test('plans only future visits and counts each target list as many rows as it holds', () => {
    for (const visit of data.visits) expect(visit.status === 'planned').toBe(visit.visited_at > '2026-11-01');
    const members = countBy(data.target_list_companies, (member) => member.list);
    for (const list of data.target_lists) expect(members.get(list.id) ?? 0).toBe(list.row_count);
  });

  test.each([
    ['too few companies', { companyCount: 10 }],
    ['a fractional company count', { companyCount: 3200.5 }],
    ['no staff', { users: { staff: [], dataManager: DEMO_USER_IDS.dataManager } }],
  ])('rejects %s', (_label, override) => {
    expect(() => generateDemoData({ ...input, ...override })).toThrow(RangeError);
  });
});
