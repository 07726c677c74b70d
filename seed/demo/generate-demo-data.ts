// Builds Yuchi's synthetic demo data set: pure and deterministic (a seeded PRNG, a fixed reference day, no I/O),
// so the same input always gives the same rows, with ids from 1 in every collection.
// No real company, person, e-mail address or phone number: names are random combinations, e-mail addresses
// are on example.jp, phone numbers have an all-zero exchange block, IP ranges are documentation ranges.
import { buildBusinessCards } from './business-card-rows.ts';
import { buildCompanies } from './company-rows.ts';
import type { DemoData, DemoInput } from './demo-data.types.ts';
import { createDemoIndustries } from './demo-industries.ts';
import { createPlaces } from './demo-places.ts';
import { buildDepartments } from './department-rows.ts';
import { buildEstablishments } from './establishment-rows.ts';
import { buildCompanyRelations } from './group-builder.ts';
import { buildIntentKeywords, buildIntentSignals } from './intent-rows.ts';
import { buildIpOrganizations } from './ip-organization-rows.ts';
import { buildNews } from './news-rows.ts';
import { buildOfficers } from './officer-rows.ts';
import { buildPersonnelChanges } from './personnel-change-rows.ts';
import { buildRiskFindings } from './risk-rows.ts';
import { createRandom } from './seeded-random.ts';
import { buildTargetLists } from './target-list-rows.ts';
import { buildVisits } from './visit-rows.ts';

export const DEFAULT_COMPANY_COUNT = 3200;
export const DEFAULT_SEED = 20_261_031;
// Below this the groups, cards and visits have too few companies to draw from.
const MIN_COMPANY_COUNT = 200;

export function generateDemoData(input: DemoInput): DemoData {
  const count = input.companyCount ?? DEFAULT_COMPANY_COUNT;
  if (!Number.isInteger(count) || count < MIN_COMPANY_COUNT) {
    throw new RangeError(`companyCount must be a whole number of at least ${MIN_COMPANY_COUNT}, got ${count}`);
  }
  const staff = input.users.staff;
  if (staff.length === 0) throw new RangeError('users.staff must name at least one staff user');

  const random = createRandom(input.seed ?? DEFAULT_SEED);
  const places = createPlaces(input.municipalities);
  const industries = createDemoIndustries(input.industries);

  const { rows: companies, facts } = buildCompanies(random.fork('companies'), { count, places, industries });
  const establishments = buildEstablishments(random.fork('establishments'), { companies, facts, places });
  const relations = buildCompanyRelations(random.fork('groups'), { companies, facts });
  const officers = buildOfficers(random.fork('officers'), { companies, facts });
  const departments = buildDepartments(random.fork('departments'), { companies, facts, establishments: establishments.byCompany, places });
  const personnelChanges = buildPersonnelChanges(random.fork('personnel'), { companies, facts });
  const news = buildNews(random.fork('news'), { companies, facts, places });
  // Findings and signals set the companies' risk levels and intent scores, which cards and lists then use.
  const riskFindings = buildRiskFindings(random.fork('risk'), { companies, reviewer: input.users.dataManager });
  const intentKeywords = buildIntentKeywords();
  const intentSignals = buildIntentSignals(random.fork('intent'), { companies, keywords: intentKeywords });
  const ipOrganizations = buildIpOrganizations(random.fork('ip'), { signals: intentSignals });
  const cards = buildBusinessCards(random.fork('cards'), { companies, facts, establishments: establishments.byCompany, departments, staff });
  const visits = buildVisits(random.fork('visits'), { companies, cards: cards.cards, staff });
  const targetLists = buildTargetLists(random.fork('target-lists'), { companies, industries, staff });

  return {
    companies,
    establishments: establishments.rows,
    company_relations: relations,
    officers,
    departments,
    personnel_changes: personnelChanges,
    news: news.news,
    news_companies: news.newsCompanies,
    risk_findings: riskFindings,
    intent_keywords: intentKeywords,
    intent_signals: intentSignals,
    ip_organizations: ipOrganizations,
    business_cards: cards.cards,
    business_cards_shared_with: cards.sharedWith,
    visits: visits.visits,
    visits_staff: visits.staff,
    visits_contacts: visits.contacts,
    visits_shared_with: visits.sharedWith,
    target_lists: targetLists.lists,
    target_list_companies: targetLists.members,
    target_lists_shared_with: targetLists.sharedWith,
  };
}
