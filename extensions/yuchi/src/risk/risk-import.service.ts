// `import sanctions|screening|credit-scores`: risk information from CSV into risk_findings, for the CLI and the
// データ取込 page alike. Each row is matched to one company — by 法人番号 when it has one, else by name and address
// (scoreCompanyMatch over the companies stored under the name's lookup keys). A sure match becomes an open finding
// that keeps its confidence and evidence; a doubtful or missing one is parked in risk_candidates for a データ管理者,
// never dropped. Every row has a source_key made of the kind and its values, so importing it again changes nothing.
// At the end the touched companies' risk levels are recomputed (the runner then clears Directus's data cache).
import { createHash } from 'node:crypto';
import type { HookExtensionContext } from '@directus/extensions';
import type { Knex } from 'knex';
import { companyLookupKeys } from '../domain/company-lookup-keys.ts';
import { scoreCompanyMatch, type CompanyMatch, type MatchCandidate } from '../domain/company-match.scorer.ts';
import { CREDIT_SCORE_HEADER, parseCreditScoreRow } from '../domain/credit-score-csv-row.parser.ts';
import { creditScoreRecord, findingValues, sanctionRecord, screeningRecord, sourceKeyText, type RiskImportRecord } from '../domain/risk-import-record.mapper.ts';
import type { CsvRowResult } from '../domain/relation-csv-row.parser.ts';
import { detectSanctionLayout, SANCTION_HEADER, sanctionRowParser, type SanctionRow } from '../domain/sanction-csv-row.parser.ts';
import { parseScreeningRow, SCREENING_HEADER } from '../domain/screening-csv-row.parser.ts';
import { companyIds } from '../groups/relations-import.service.ts';
import { runCsvImport, type CsvImportKind, type CsvImportOptions, type LineError, type LineRow } from '../imports/csv-import.runner.ts';
import { recomputeRiskLevels } from './risk-summary.service.ts';

export const RISK_IMPORT_KINDS = ['sanctions', 'screening', 'credit-scores'] as const;
export type RiskImportKind = (typeof RISK_IMPORT_KINDS)[number];

/** A row proposes nothing (a screening without a hit, a sound credit score): read, not recorded. */
type Parsed = RiskImportRecord | null;

const CHUNK = 400;
const CANDIDATE_LIMIT = 50;

const mapped = <R>(result: CsvRowResult<R>, map: (row: R) => Parsed): CsvRowResult<Parsed> => (result.ok ? { ok: true, row: map(result.row) } : result);

export const sourceKeyOf = (kind: string, record: RiskImportRecord): string => `${kind}:${createHash('sha256').update(sourceKeyText(kind, record)).digest('hex').slice(0, 40)}`;

interface StoredCompany {
  id: number;
  name: string;
  address: string | null;
  corporate_number: string | null;
  prefecture_code: string | null;
  city_code: string | null;
}

const COMPANY_COLUMNS = ['id', 'name', 'address', 'corporate_number', 'prefecture_code', 'city_code'] as const;

async function nameCandidates(trx: Knex, name: string): Promise<StoredCompany[]> {
  const keys = companyLookupKeys(name);
  if (!keys.length) return [];
  const rows = (await trx('companies')
    .select(...COMPANY_COLUMNS)
    .where((q) => {
      // search_name is the name's key, then |-separated kana, English and former names.
      for (const key of keys) q.orWhere('search_name', key).orWhere('search_name', 'like', `${key}|%`);
    })
    .orderBy('id')
    .limit(CANDIDATE_LIMIT)) as StoredCompany[];
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

async function keysIn(trx: Knex, table: 'risk_findings' | 'risk_candidates', keys: string[]): Promise<Map<string, number | null>> {
  const out = new Map<string, number | null>();
  const column = table === 'risk_findings' ? 'company' : 'linked_company';
  for (let i = 0; i < keys.length; i += CHUNK) {
    for (const row of (await trx(table).select('source_key', column).whereIn('source_key', keys.slice(i, i + CHUNK))) as Record<string, unknown>[]) {
      const company = row[column];
      out.set(String(row['source_key']), company === null || company === undefined ? null : Number(company));
    }
  }
  return out;
}

/** The companies a match ranked, as a reviewer sees them: who, and how sure. */
function rankedCandidates(match: CompanyMatch, companies: Map<number, StoredCompany>) {
  return match.candidates.map((c) => {
    const company = companies.get(c.id);
    return { id: c.id, name: company?.name ?? null, corporate_number: company?.corporate_number ?? null, address: company?.address ?? null, confidence: c.confidence, basis: c.basis };
  });
}

export function riskImportKind(kind: RiskImportKind): CsvImportKind<Parsed> {
  const touched = new Set<number>();
  const seen = new Map<string, number>();
  let parseSanction: (fields: readonly string[]) => CsvRowResult<SanctionRow> = sanctionRowParser('sanction');

  const writeBatch = async (trx: Knex, rows: LineRow<Parsed>[], { state }: { state: { id: number; inserted: number } }): Promise<LineError[]> => {
    const errors: LineError[] = [];
    const records: { line: number; record: RiskImportRecord; key: string }[] = [];
    for (const { line, row } of rows) {
      if (row === null) continue;
      const key = sourceKeyOf(kind, row);
      const first = seen.get(key);
      if (first !== undefined && first !== line) {
        errors.push({ line, code: 'YUCHI_RISK_DUPLICATE', message: `${first} 行目と同じ内容です。この行は取り込みませんでした（${first} 行目を使います）` });
        continue;
      }
      seen.set(key, line);
      records.push({ line, record: row, key });
    }
    if (!records.length) return errors;
    const keys = records.map((r) => r.key);
    const knownFindings = await keysIn(trx, 'risk_findings', keys);
    const knownCandidates = await keysIn(trx, 'risk_candidates', keys);
    const byNumber = await companyIds(trx, records.flatMap((r) => (r.record.subject.corporateNumber ? [r.record.subject.corporateNumber] : [])));
    const now = new Date();
    for (const { line, record, key } of records) {
      // Imported before (this file resumed, or another file with the same row): nothing to write.
      if (knownFindings.has(key) || knownCandidates.has(key)) {
        const company = knownFindings.get(key) ?? knownCandidates.get(key);
        if (company) touched.add(company);
        continue;
      }
      const { subject, finding } = record;
      const numbered = subject.corporateNumber ? byNumber.get(subject.corporateNumber) : undefined;
      let match: CompanyMatch;
      const companies = new Map<number, StoredCompany>();
      if (numbered !== undefined) {
        match = { decision: 'matched', best: { id: numbered, confidence: 1, basis: 'corporate_number', nameScore: 1, addressScore: null }, candidates: [] };
      } else if (subject.name === null) {
        errors.push({ line, code: 'YUCHI_RISK_UNKNOWN_COMPANY', message: `法人番号 ${subject.corporateNumber ?? ''} の企業が登録されていません。先に法人番号データ（import nta）を取り込んでから、この行を取り込み直してください` });
        continue;
      } else {
        for (const c of await nameCandidates(trx, subject.name)) companies.set(c.id, c);
        const candidates: MatchCandidate[] = [...companies.values()];
        match = scoreCompanyMatch({ subject: { name: subject.name, address: subject.address, corporateNumber: subject.corporateNumber }, candidates });
      }
      const evidence = {
        ...finding.evidence,
        line,
        import_run: state.id,
        matched_by: match.best?.basis ?? null,
        name_score: match.best?.nameScore ?? null,
        address_score: match.best?.addressScore ?? null,
      };
      if (match.decision === 'matched' && match.best) {
        await trx('risk_findings').insert({
          ...findingValues(finding, match.best.id),
          match_confidence: match.best.confidence,
          evidence: JSON.stringify(evidence),
          source_key: key,
          date_created: now,
        });
        touched.add(match.best.id);
      } else {
        await trx('risk_candidates').insert({
          category: finding.category,
          status: 'pending',
          name: subject.name,
          address: subject.address,
          corporate_number: subject.corporateNumber,
          finding: JSON.stringify({ ...finding, evidence }),
          candidates: JSON.stringify(rankedCandidates(match, companies)),
          import_run: state.id,
          source_key: key,
          date_created: now,
        });
      }
      state.inserted++;
    }
    return errors;
  };

  const finish = async (knex: Knex): Promise<LineError[]> => {
    if (touched.size) await recomputeRiskLevels(knex, touched);
    return [];
  };

  if (kind === 'sanctions') {
    return {
      source: 'sanctions',
      header: SANCTION_HEADER,
      readHeader: (fields) => {
        const layout = detectSanctionLayout(fields);
        if (!layout.ok) return layout.message;
        parseSanction = sanctionRowParser(layout.layout);
        return null;
      },
      parse: (fields) => mapped(parseSanction(fields), sanctionRecord),
      writeBatch,
      finish,
    };
  }
  if (kind === 'screening') return { source: 'screening', header: SCREENING_HEADER, parse: (fields) => mapped(parseScreeningRow(fields), screeningRecord), writeBatch, finish };
  return { source: 'credit-scores', header: CREDIT_SCORE_HEADER, parse: (fields) => mapped(parseCreditScoreRow(fields), creditScoreRecord), writeBatch, finish };
}

export function importRiskFile(context: Pick<HookExtensionContext, 'database' | 'getSchema' | 'services'>, kind: RiskImportKind, path: string, options: CsvImportOptions = {}) {
  return runCsvImport(context, path, riskImportKind(kind), options);
}

/** How many rows of a run wait in risk_candidates (for the CLI's line). */
export async function parkedCount(knex: Knex, runId: number): Promise<number> {
  const row = (await knex('risk_candidates').where({ import_run: runId }).count({ n: '*' }).first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}
