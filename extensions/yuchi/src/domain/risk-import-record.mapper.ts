// What one row of a risk import (行政処分, 反社チェック, 信用評点) records: the company it names (for matching) and
// the finding it proposes. The row's own values travel as evidence. A screening row without a hit and a credit
// score in a band of severity 0 propose nothing: 反社 is never inferred, and a sound score is no risk to record.
import type { CreditScoreRow } from './credit-score-csv-row.parser.ts';
import type { RiskCategory, Severity } from './risk-category.labels.ts';
import type { SanctionRow } from './sanction-csv-row.parser.ts';
import type { ScreeningRow } from './screening-csv-row.parser.ts';

/** A 行政処分 counts as 中 until a データ管理者 says otherwise. */
export const SANCTION_SEVERITY: Severity = 2;
/** A vendor's hit is 高 from the start; it is open (未確認) until a データ管理者 confirms or dismisses it. */
export const SCREENING_HIT_SEVERITY: Severity = 3;
/** A credit score speaks for a year from its 基準日. */
export const CREDIT_SCORE_VALID_DAYS = 365;

export interface ProposedFinding {
  category: RiskCategory;
  severity: Severity;
  title: string;
  detail: string;
  source: string;
  source_url: string | null;
  observed_on: string;
  expires_on: string | null;
  /** the source row's values, by column */
  evidence: { row: Record<string, string | number | null> };
}

export interface RiskImportRecord {
  subject: { name: string | null; address: string | null; corporateNumber: string | null };
  finding: ProposedFinding;
}

/** A proposed finding's columns of a new risk_findings row for a company (open until a データ管理者 reviews it). */
export function findingValues(finding: ProposedFinding, company: number) {
  const { category, severity, title, detail, source, source_url, observed_on, expires_on } = finding;
  return { company, category, severity, title, detail, source, source_url, observed_on, expires_on, status: 'open' as const };
}

const TITLE_LENGTH = 255;
const title = (text: string) => (text.length > TITLE_LENGTH ? `${text.slice(0, TITLE_LENGTH - 1)}…` : text);

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function sanctionRecord(row: SanctionRow): RiskImportRecord {
  const detail = [row.summary, row.legalBasis ? `根拠法令・違反法条: ${row.legalBasis}` : null, row.note ? `その他参考事項: ${row.note}` : null].filter((x) => x !== null).join('\n');
  return {
    subject: { name: row.name, address: row.address, corporateNumber: row.corporateNumber },
    finding: {
      category: 'sanction',
      severity: SANCTION_SEVERITY,
      title: title(row.authority ? `${row.action}（${row.authority}）` : row.action),
      detail,
      source: row.layout === 'mhlw' ? 'mhlw' : 'sanctions',
      source_url: row.sourceUrl,
      observed_on: row.actionDate,
      expires_on: null,
      evidence: {
        row: {
          corporate_number: row.corporateNumber, name: row.name, address: row.address, authority: row.authority, action: row.action,
          action_date: row.actionDate, legal_basis: row.legalBasis, summary: row.summary, note: row.note, source_url: row.sourceUrl,
        },
      },
    },
  };
}

export function screeningRecord(row: ScreeningRow): RiskImportRecord | null {
  if (!row.hit) return null;
  return {
    subject: { name: row.name, address: row.address, corporateNumber: row.corporateNumber },
    finding: {
      category: 'antisocial',
      severity: SCREENING_HIT_SEVERITY,
      title: title(`反社チェック該当${row.category ? `（${row.category}）` : ''}`),
      detail: `${row.source} の照合（${row.screenedOn}）で該当がありました${row.reference ? `（参照番号 ${row.reference}）` : ''}。同一の者か確認し、確認済みか却下にしてください。`,
      source: row.source,
      source_url: null,
      observed_on: row.screenedOn,
      expires_on: null,
      evidence: {
        row: {
          corporate_number: row.corporateNumber, name: row.name, address: row.address, hit: 'true', category: row.category,
          screened_on: row.screenedOn, source: row.source, reference: row.reference,
        },
      },
    },
  };
}

export function creditScoreRecord(row: CreditScoreRow): RiskImportRecord | null {
  if (row.severity === 0) return null;
  const score = row.score === null ? '' : `${row.score}点・`;
  return {
    subject: { name: null, address: null, corporateNumber: row.corporateNumber },
    finding: {
      category: 'financial',
      severity: row.severity,
      title: title(`信用評点 ${row.band}（${score}${row.source}）`),
      detail: `${row.source} の信用評点${row.score === null ? '' : ` ${row.score}点`}（帯 ${row.band}、基準日 ${row.asOf}）。`,
      source: row.source,
      source_url: null,
      observed_on: row.asOf,
      expires_on: addDays(row.asOf, CREDIT_SCORE_VALID_DAYS),
      evidence: { row: { corporate_number: row.corporateNumber, score: row.score, band: row.band, as_of: row.asOf, source: row.source } },
    },
  };
}

/** The text a row's source_key is made from: the import kind and the row's values, so the same row is the same key. */
export function sourceKeyText(kind: string, record: RiskImportRecord): string {
  return `${kind}|${record.finding.category}|${JSON.stringify(record.finding.evidence.row)}`;
}
