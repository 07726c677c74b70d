// The shape of the demo data: one array of plain rows per collection, keyed by the collection's column names.
// Dates are 'YYYY-MM-DD', timestamps ISO 8601 in UTC, money whole yen, json columns plain objects.
import type { Industry, Municipality } from './code-tables.ts';

export interface DemoUsers {
  staff: readonly string[];
  dataManager: string;
}

export interface DemoInput {
  companyCount?: number;
  municipalities: readonly Municipality[];
  industries: readonly Industry[];
  users: DemoUsers;
  seed?: number;
}

type DateString = string;
type Timestamp = string;

export interface RangeColumns {
  lower: number | null;
  upper: number | null;
  label: string | null;
}

export interface CompanyRow {
  id: number;
  corporate_number: string;
  name: string;
  name_kana: string;
  name_en: string | null;
  search_name: string;
  corporate_kind: string;
  status: 'active' | 'closed';
  closed_on: DateString | null;
  close_reason: string | null;
  successor_corporate_number: string | null;
  prefecture_code: string;
  city_code: string;
  address: string;
  postal_code: string;
  representative_name: string;
  industry: string;
  business_summary: string;
  capital_yen: number | null;
  employees_lower: number | null;
  employees_upper: number | null;
  employees_label: string | null;
  sales_lower_yen: number | null;
  sales_upper_yen: number | null;
  sales_label: string | null;
  profit_lower_yen: number | null;
  profit_upper_yen: number | null;
  profit_label: string | null;
  capital_lower_yen: number | null;
  capital_upper_yen: number | null;
  capital_label: string | null;
  founded_on: DateString;
  website: string | null;
  phone: string;
  securities_code: string | null;
  risk_level: number;
  risk_antisocial: number;
  risk_financial: number;
  risk_sanction: number;
  risk_existence: number;
  risk_reputation: number;
  intent_score: number;
  source: string;
  source_updated_at: Timestamp;
}

export type EstablishmentKind = 'head_office' | 'branch_office' | 'branch' | 'sales_office' | 'factory' | 'lab' | 'logistics' | 'store' | 'other';

export interface EstablishmentRow {
  id: number;
  company: number;
  name: string;
  kind: EstablishmentKind;
  is_headquarters: boolean;
  status: 'active' | 'closed';
  closed_on: DateString | null;
  prefecture_code: string;
  city_code: string;
  address: string;
  postal_code: string;
  phone: string;
  employees_lower: number | null;
  employees_upper: number | null;
  employees_label: string | null;
  parent_establishment: number | null;
  source: string;
  source_updated_at: Timestamp;
}

export interface CompanyRelationRow {
  id: number;
  parent: number;
  child: number;
  kind: 'subsidiary' | 'affiliate';
  voting_rights_ratio: number;
  as_of: DateString;
  valid_to: DateString | null;
  source: string;
}

export interface OfficerRow {
  id: number;
  company: number;
  name: string;
  name_kana: string;
  title: string;
  is_representative: boolean;
  appointed_on: DateString;
  source: string;
  source_updated_at: Timestamp;
}

export interface DepartmentRow {
  id: number;
  company: number;
  establishment: number | null;
  name: string;
  phone_direct: string | null;
  source: string;
  source_updated_at: Timestamp;
}

export interface PersonnelChangeRow {
  id: number;
  company: number;
  person_name: string;
  person_name_kana: string;
  position_before: string;
  position_after: string;
  effective_on: DateString;
  source_url: string;
}

export interface NewsRow {
  id: number;
  title: string;
  url: string;
  published_at: Timestamp;
  source: string;
  summary: string;
}

export interface NewsCompanyRow {
  id: number;
  news_id: number;
  companies_id: number;
}

export type RiskCategory = 'antisocial' | 'financial' | 'sanction' | 'existence' | 'reputation';

export interface RiskFindingRow {
  id: number;
  company: number;
  category: RiskCategory;
  severity: number;
  title: string;
  detail: string;
  source: string;
  source_url: string | null;
  observed_on: DateString;
  expires_on: DateString | null;
  status: 'open' | 'confirmed' | 'dismissed';
  reviewer: string | null;
  reviewed_at: Timestamp | null;
}

export interface IntentKeywordRow {
  id: number;
  keyword: string;
  topic: string;
  weight: number;
  active: boolean;
}

export interface IntentSignalRow {
  id: number;
  company: number;
  keyword: string;
  topic: string;
  source: 'access_log' | 'vendor';
  signal_date: DateString;
  count: number;
  score: number;
}

export interface IpOrganizationRow {
  id: number;
  cidr: string;
  company: number;
  source: string;
  valid_until: DateString | null;
}

export interface BusinessCardRow {
  id: number;
  company: number;
  establishment: number | null;
  person_name: string;
  person_name_kana: string;
  department_name: string | null;
  title: string | null;
  email: string;
  phone: string;
  mobile: string | null;
  address: string;
  exchanged_on: DateString;
  image: null;
  notes: string | null;
  owner: string;
}

export interface VisitRow {
  id: number;
  company: number;
  visited_at: Timestamp;
  kind: 'visit' | 'call' | 'online' | 'event' | 'mail';
  status: 'planned' | 'done' | 'cancelled';
  purpose: string;
  summary: string | null;
  notes: string | null;
  outcome: string | null;
  next_action: string | null;
  next_action_due: DateString | null;
  owner: string;
}

export interface TargetListRow {
  id: number;
  name: string;
  criteria: TargetListCriteria;
  last_run_at: Timestamp;
  row_count: number;
  owner: string;
}

export interface TargetListCriteria {
  prefectures?: string[];
  industries?: string[];
  employeesMin?: number;
  intentScoreMin?: number;
  riskLevelMax?: number;
}

export interface TargetListCompanyRow {
  id: number;
  list: number;
  company: number;
  added_at: Timestamp;
}

export interface BusinessCardSharedWithRow { id: number; business_cards_id: number; directus_users_id: string }
export interface VisitStaffRow { id: number; visits_id: number; directus_users_id: string }
export interface VisitContactRow { id: number; visits_id: number; business_cards_id: number }
export interface VisitSharedWithRow { id: number; visits_id: number; directus_users_id: string }
export interface TargetListSharedWithRow { id: number; target_lists_id: number; directus_users_id: string }

// Listed parents first, so inserting the collections in this order never breaks a foreign key.
export interface DemoData {
  companies: CompanyRow[];
  establishments: EstablishmentRow[];
  company_relations: CompanyRelationRow[];
  officers: OfficerRow[];
  departments: DepartmentRow[];
  personnel_changes: PersonnelChangeRow[];
  news: NewsRow[];
  news_companies: NewsCompanyRow[];
  risk_findings: RiskFindingRow[];
  intent_keywords: IntentKeywordRow[];
  intent_signals: IntentSignalRow[];
  ip_organizations: IpOrganizationRow[];
  business_cards: BusinessCardRow[];
  business_cards_shared_with: BusinessCardSharedWithRow[];
  visits: VisitRow[];
  visits_staff: VisitStaffRow[];
  visits_contacts: VisitContactRow[];
  visits_shared_with: VisitSharedWithRow[];
  target_lists: TargetListRow[];
  target_list_companies: TargetListCompanyRow[];
  target_lists_shared_with: TargetListSharedWithRow[];
}
