// Refreshes one company from gBizINFO with the caller's rights: reads it through the ItemsService, fetches
// 法人基本情報・事業所・財務, merges (hand-entered values are kept and reported), writes through the ItemsService
// so Directus's revisions and activity say who changed what, and records a company_history line.
import type { Accountability, ApiExtensionContext, PrimaryKey, SchemaOverview } from '@directus/types';
import { createAddressAreaMatcher, type AddressAreaMatcher, type AreaName } from '../domain/address-area.matcher.ts';
import { isValidCorporateNumber } from '../domain/corporate-number.validator.ts';
import { describeEnrichment } from '../domain/enrichment-summary.builder.ts';
import { enrichmentOriginOf, mergeEnrichment, type MergeResult } from '../domain/enrichment-merge.ts';
import { establishmentKey, mapGbizEstablishments, type GbizEstablishmentValues } from '../domain/gbizinfo-establishment.mapper.ts';
import { GBIZ_COMPANY_FIELDS, GBIZ_COMPANY_UNITS, mapGbizHojin } from '../domain/gbizinfo-hojin.mapper.ts';
import type { GbizFinance, GbizHojinInfo } from '../domain/gbizinfo-response.types.ts';
import { gbizObject } from '../domain/gbizinfo-value.reader.ts';
import { hasCollectionPermissions } from '../security/collection-permission.service.ts';
import {
  EnrichmentForbiddenError,
  GbizinfoNotConfiguredError,
  GbizinfoNotFoundError,
  GbizinfoRejectedError,
  GbizinfoTimeoutError,
  GbizinfoUnavailableError,
  InvalidCorporateNumberError,
} from '../shared/errors.ts';
import { createGbizinfoClient, GbizinfoApiError, gbizinfoOptionsFromEnv, type GbizinfoAnswer, type GbizinfoClient } from './gbizinfo.client.ts';

export const GBIZINFO_SOURCE = 'gbizinfo';
const SOURCE_LABEL = 'gBizINFO';

export type EnrichmentContext = Pick<ApiExtensionContext, 'services' | 'database' | 'env'>;

export interface UnitChange {
  key: string;
  label: string;
  fields: string[];
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

export interface UnitConflict {
  key: string;
  label: string;
  fields: string[];
  current: Record<string, unknown>;
  gbizinfo: Record<string, unknown>;
}

export interface RefreshResult {
  companyId: number;
  corporateNumber: string;
  enrichedAt: string;
  changes: UnitChange[];
  conflicts: UnitConflict[];
  establishments: { inserted: number; updated: number };
  // The company_history line written, or null when nothing new happened.
  historyId: PrimaryKey | null;
}

export interface RefreshOptions {
  companyId: number | string;
  accountability: Accountability | null;
  schema: SchemaOverview;
  context: EnrichmentContext;
  // Injected by the batch run (one client and one code table for many companies) and by tests.
  client?: GbizinfoClient;
  locate?: AddressAreaMatcher;
  now?: Date;
}

/** The configured client; YUCHI_GBIZINFO_NOT_CONFIGURED (503) without a token. */
export function gbizinfoClientFor(env: Record<string, unknown>): GbizinfoClient {
  const options = gbizinfoOptionsFromEnv(env);
  if (!options) throw new GbizinfoNotConfiguredError();
  return createGbizinfoClient(options);
}

export async function loadAddressAreaMatcher(context: Pick<EnrichmentContext, 'database'>): Promise<AddressAreaMatcher> {
  const rows = (await context.database('municipalities').select('code', 'prefecture_code', 'prefecture_name', 'city_name')) as {
    code: string;
    prefecture_code: string;
    prefecture_name: string;
    city_name: string | null;
  }[];
  const areas: AreaName[] = rows.map((r) => ({ code: r.code, prefectureCode: r.prefecture_code, prefectureName: r.prefecture_name, cityName: r.city_name }));
  return createAddressAreaMatcher(areas);
}

// Everything a refresh writes besides the company row; checked first so a refresh never stops half-way for rights.
const WRITE_RIGHTS = [
  { collection: 'establishments', action: 'create' },
  { collection: 'establishments', action: 'update' },
  { collection: 'company_history', action: 'create' },
] as const;

async function assertMayRefresh(options: RefreshOptions): Promise<void> {
  const { accountability, schema, context } = options;
  if (!accountability || accountability.admin) return;
  if (!accountability.user) throw new EnrichmentForbiddenError();
  const permissions = new context.services.PermissionsService({ knex: context.database, schema, accountability });
  const item = await permissions.getItemPermissions('companies', String(options.companyId));
  if (!item.update.access) throw new EnrichmentForbiddenError();
  if (!(await hasCollectionPermissions(context.database, accountability, [...WRITE_RIGHTS]))) throw new EnrichmentForbiddenError();
}

async function ask(request: () => Promise<GbizinfoAnswer>): Promise<GbizinfoAnswer> {
  try {
    return await request();
  } catch (error) {
    if (!(error instanceof GbizinfoApiError)) throw error;
    if (error.kind === 'timeout') throw new GbizinfoTimeoutError({ reason: error.message });
    if (error.kind === 'rejected') throw new GbizinfoRejectedError({ reason: error.message });
    throw new GbizinfoUnavailableError({ reason: error.message });
  }
}

const pick = (fields: readonly string[], values: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(fields.map((f) => [f, values[f] ?? null]));

function unitReport(merge: MergeResult, current: Record<string, unknown>): { changes: UnitChange[]; conflicts: UnitConflict[] } {
  const changes = GBIZ_COMPANY_UNITS.filter((unit) => unit.fields.some((f) => f in merge.changes)).map((unit) => ({
    key: unit.key,
    label: unit.label,
    fields: [...unit.fields],
    before: pick(unit.fields, current),
    after: pick(unit.fields, { ...current, ...merge.writes }),
  }));
  const labels = new Map<string, string>(GBIZ_COMPANY_UNITS.map((u) => [u.key, u.label]));
  const conflicts = merge.conflicts.map((c) => ({ key: c.unit, label: labels.get(c.unit) ?? c.unit, fields: c.fields, current: c.current, gbizinfo: c.incoming }));
  return { changes, conflicts };
}

interface SiteWrites {
  inserts: Record<string, unknown>[];
  updates: { id: PrimaryKey; values: Record<string, unknown> }[];
}

const SITE_UPDATED_FIELDS = ['status', 'closed_on', 'employees_lower', 'employees_upper', 'employees_label'] as const;
const SITE_FILLED_FIELDS = ['prefecture_code', 'city_code'] as const;
const sameValue = (a: unknown, b: unknown): boolean => String(a ?? '') === String(b ?? '');

/** New sites are added; a known site (same name and address) gets gBizINFO's status and head count. */
function siteWrites({ companyId, sites, existing, now }: { companyId: number; sites: GbizEstablishmentValues[]; existing: Record<string, unknown>[]; now: string }): SiteWrites {
  const known = new Map(existing.map((row) => [establishmentKey(String(row['name'] ?? ''), (row['address'] as string | null) ?? null), row]));
  const writes: SiteWrites = { inserts: [], updates: [] };
  for (const site of sites) {
    const row = known.get(establishmentKey(site.name, site.address));
    if (!row) {
      writes.inserts.push({ ...site, company: companyId, source: GBIZINFO_SOURCE, source_updated_at: now });
      continue;
    }
    const values: Record<string, unknown> = {};
    for (const f of SITE_UPDATED_FIELDS) if (!sameValue(row[f], site[f])) values[f] = site[f];
    for (const f of SITE_FILLED_FIELDS) if (!row[f] && site[f]) values[f] = site[f];
    if (Object.keys(values).length) writes.updates.push({ id: row['id'] as PrimaryKey, values: { ...values, source_updated_at: now } });
  }
  return writes;
}

export async function refreshCompany(options: RefreshOptions): Promise<RefreshResult> {
  const { accountability, schema, context } = options;
  await assertMayRefresh(options);
  const client = options.client ?? gbizinfoClientFor(context.env);
  const now = (options.now ?? new Date()).toISOString();
  const { ItemsService } = context.services;
  const service = (collection: string) => new ItemsService(collection, { knex: context.database, schema, accountability });
  const system = (collection: string) => new ItemsService(collection, { knex: context.database, schema, accountability: null });

  const companies = service('companies');
  const company = (await companies.readOne(options.companyId, { fields: ['id', 'corporate_number', 'name', ...GBIZ_COMPANY_FIELDS] })) as Record<string, unknown>;
  const companyId = Number(company['id']);
  const corporateNumber = String(company['corporate_number'] ?? '');
  if (!isValidCorporateNumber(corporateNumber)) throw new InvalidCorporateNumberError({ value: corporateNumber });

  const basic = await ask(() => client.hojin(corporateNumber));
  if (!basic.found) {
    await system('companies').updateOne(companyId, { enrichment_checked_at: now }, { emitEvents: false });
    throw new GbizinfoNotFoundError({ corporateNumber });
  }
  const corporation = await ask(() => client.corporation(corporateNumber));
  const finance = await ask(() => client.finance(corporateNumber));
  const locate = options.locate ?? (await loadAddressAreaMatcher(context));

  const hojin = basic.info as GbizHojinInfo;
  const financeInfo = finance.found ? gbizObject<GbizFinance>(finance.info['finance']) : null;
  const incoming = mapGbizHojin({ hojin, finance: financeInfo, locate }) as unknown as Record<string, unknown>;
  const stored = (await context.database('companies').where({ id: companyId }).first('enrichment_origin')) as { enrichment_origin: unknown } | undefined;
  const merge = mergeEnrichment({ units: GBIZ_COMPANY_UNITS, current: company, incoming, origin: enrichmentOriginOf(stored?.enrichment_origin) });

  const sitesInfo = corporation.found ? corporation.info['corporation-info'] : basic.info['corporation-info'];
  const sites = mapGbizEstablishments(sitesInfo, { locate, companyName: (company['name'] as string | null) ?? null });
  const establishments = service('establishments');
  const existing = sites.length
    ? ((await establishments.readByQuery({
        filter: { _and: [{ company: { _eq: companyId } }, { source: { _eq: GBIZINFO_SOURCE } }] },
        fields: ['id', 'name', 'address', ...SITE_UPDATED_FIELDS, ...SITE_FILLED_FIELDS],
        limit: -1,
      })) as Record<string, unknown>[])
    : [];
  const sitePlan = siteWrites({ companyId, sites, existing, now });

  // One update with the caller's accountability: one revision with every changed value.
  await companies.updateOne(companyId, { ...merge.writes, enriched_at: now, enrichment_checked_at: now });
  // Provenance is Yuchi's own bookkeeping: written by the system, never by a user (see enrichment-origin.hook.ts).
  await system('companies').updateOne(companyId, { enrichment_origin: merge.origin }, { emitEvents: false });
  if (sitePlan.inserts.length) await establishments.createMany(sitePlan.inserts);
  for (const update of sitePlan.updates) await establishments.updateOne(update.id, update.values);

  const report = unitReport(merge, company);
  const siteNote = sitePlan.inserts.length || sitePlan.updates.length ? [`拠点: 追加${sitePlan.inserts.length}件・更新${sitePlan.updates.length}件`] : [];
  let historyId: PrimaryKey | null = null;
  // A conflict already reported by the previous fetch is not written again.
  if (report.changes.length || merge.conflicts.some((c) => c.isNew) || siteNote.length) {
    const labels = new Map(report.conflicts.map((c) => [c.key, c.label]));
    historyId = await service('company_history').createOne({
      company: companyId,
      changed_at: now,
      kind: 'enriched',
      summary: describeEnrichment({
        source: SOURCE_LABEL,
        changed: report.changes,
        conflicts: merge.conflicts.map((c) => ({ label: labels.get(c.unit) ?? c.unit, fields: c.fields, incoming: c.incoming })),
        notes: siteNote,
      }),
      changes: merge.changes,
      source: GBIZINFO_SOURCE,
      source_key: `${GBIZINFO_SOURCE}:${corporateNumber}:${now}`,
    });
  }

  return {
    companyId,
    corporateNumber,
    enrichedAt: now,
    changes: report.changes,
    conflicts: report.conflicts,
    establishments: { inserted: sitePlan.inserts.length, updated: sitePlan.updates.length },
    historyId,
  };
}
