// 実在性 findings from what the 法人番号 registry says of a company: closed (and why), merged into a successor,
// deleted, 検索対象除外, or not in the registry at all. Each kind has a Japanese title and a severity; the table is
// exported so a caller can pass its own severities.
import { NTA_CLOSE_CAUSES, type NtaCloseCause } from './nta-record.mapper.ts';
import type { RiskFindingDraft, Severity } from './risk-category.labels.ts';

/** The registry columns of companies, plus what the latest look-ups said. */
export interface RegistryState {
  corporateNumber: string;
  /** companies.source: 'nta' when the company came from the 法人番号 data */
  source: string | null;
  status: string | null;
  closeReason: string | null;
  closedOn?: string | null;
  successorCorporateNumber: string | null;
  isSearchExcluded: boolean | null;
  /** a 削除 (処理区分 99) reached the company: the number was withdrawn, not the company closed */
  deleted?: boolean;
  /** the 法人番号 was looked up in the registry (Web-API) and not found */
  notFound?: boolean;
}

export type ExistenceRuleId =
  | 'closed_liquidated'
  | 'closed_merger'
  | 'closed_by_registrar'
  | 'closed_other'
  | 'closed_unknown'
  | 'merged'
  | 'deleted'
  | 'search_excluded'
  | 'no_registry_record';

export interface ExistenceRule {
  title: string;
  severity: Severity;
}

export const DEFAULT_EXISTENCE_RULES: Readonly<Record<ExistenceRuleId, ExistenceRule>> = {
  closed_liquidated: { title: `閉鎖（${NTA_CLOSE_CAUSES['01']}）`, severity: 3 },
  closed_merger: { title: `閉鎖（${NTA_CLOSE_CAUSES['11']}）`, severity: 2 },
  closed_by_registrar: { title: `閉鎖（${NTA_CLOSE_CAUSES['21']}）`, severity: 3 },
  closed_other: { title: `閉鎖（${NTA_CLOSE_CAUSES['31']}）`, severity: 3 },
  closed_unknown: { title: '閉鎖（事由不明）', severity: 3 },
  // The business goes on in the successor: dealing with the old company is the risk, not the business itself.
  merged: { title: '合併により消滅（承継先あり）', severity: 2 },
  deleted: { title: '法人番号の削除', severity: 3 },
  search_excluded: { title: '国税庁の検索対象除外', severity: 1 },
  no_registry_record: { title: '国税庁の法人番号データに記録なし', severity: 2 },
};

const RULE_BY_CAUSE: Readonly<Record<NtaCloseCause, ExistenceRuleId>> = { '01': 'closed_liquidated', '11': 'closed_merger', '21': 'closed_by_registrar', '31': 'closed_other' };

const on = (day: string | null | undefined) => (day ? `${day}に` : '');

function closure(state: RegistryState): { id: ExistenceRuleId; detail: string } | null {
  if (state.deleted) return { id: 'deleted', detail: `法人番号 ${state.corporateNumber} は${on(state.closedOn)}国税庁により削除されました。番号を確認し、正しい法人を登録し直してください。` };
  if (state.status !== 'closed') return null;
  if (state.successorCorporateNumber) {
    return { id: 'merged', detail: `${on(state.closedOn)}合併により消滅しました。承継先の法人番号は ${state.successorCorporateNumber} です。取引先を承継先に切り替えてください。` };
  }
  const cause = state.closeReason !== null && Object.hasOwn(RULE_BY_CAUSE, state.closeReason) ? (state.closeReason as NtaCloseCause) : null;
  if (cause === null) return { id: 'closed_unknown', detail: `${on(state.closedOn)}閉鎖されています（閉鎖等の事由${state.closeReason ? `「${state.closeReason}」は不明なコード` : 'の記録なし'}）。` };
  return { id: RULE_BY_CAUSE[cause], detail: `${on(state.closedOn)}閉鎖されています（閉鎖等の事由 ${cause}: ${NTA_CLOSE_CAUSES[cause]}）。` };
}

/** Every finding the registry state supports, most telling first. */
export function evaluateExistence(state: RegistryState, rules: Readonly<Record<ExistenceRuleId, ExistenceRule>> = DEFAULT_EXISTENCE_RULES): RiskFindingDraft[] {
  const found: { id: ExistenceRuleId; detail: string }[] = [];
  const closed = closure(state);
  if (closed) found.push(closed);
  if (state.notFound) {
    found.push({ id: 'no_registry_record', detail: `法人番号 ${state.corporateNumber} は国税庁の法人番号公表サイトで見つかりませんでした。番号と実在を確認してください。` });
  } else if (state.source !== 'nta' && !state.deleted) {
    found.push({ id: 'no_registry_record', detail: `国税庁の法人番号データから取り込まれていない企業です（出典: ${state.source ?? '不明'}）。法人番号公表サイトで実在を確認してください。` });
  }
  if (state.isSearchExcluded) found.push({ id: 'search_excluded', detail: '国税庁の法人番号データで検索対象除外とされています。登記の状況を確認してください。' });
  return found.map(({ id, detail }) => ({ rule: id, category: 'existence', severity: rules[id].severity, title: rules[id].title, detail }));
}
