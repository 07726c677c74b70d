// What the refresh endpoint answers, and how the page words it (framework-free, so it can be tested alone).
import { displayValue } from '../../domain/enrichment-summary.builder.ts';

export interface FigureChange {
  key: string;
  label: string;
  fields: string[];
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

export interface FigureConflict {
  key: string;
  label: string;
  fields: string[];
  current: Record<string, unknown>;
  gbizinfo: Record<string, unknown>;
}

export interface RefreshResult {
  companyId: number;
  enrichedAt: string;
  changes: FigureChange[];
  conflicts: FigureConflict[];
  establishments: { inserted: number; updated: number };
}

/** A figure as a person reads it; an empty one as 「（空欄）」. */
export function figureText(fields: readonly string[], values: Record<string, unknown>): string {
  return displayValue(fields, values) || '（空欄）';
}

export function resultHeadline(result: RefreshResult): string {
  const { inserted, updated } = result.establishments;
  const parts: string[] = [];
  parts.push(result.changes.length ? `${result.changes.length}項目を更新しました` : '企業の項目に変更はありませんでした');
  if (inserted || updated) parts.push(`拠点: 追加${inserted}件・更新${updated}件`);
  return `gBizINFO から取得しました。${parts.join('。')}。`;
}

/** Whether the page should be read again to show the new values. */
export function changedAnything(result: RefreshResult): boolean {
  return result.changes.length > 0 || result.establishments.inserted > 0 || result.establishments.updated > 0;
}

/** The Japanese message of a Directus error answer (Yuchi's typed errors say what to do), else a generic one. */
export function errorMessageOf(error: unknown): string {
  const response = (error as { response?: { status?: number; data?: { errors?: { message?: string }[] } } }).response;
  const message = response?.data?.errors?.[0]?.message;
  if (message) return message;
  if (response?.status === 403) return 'この企業の最新情報を取得する権限がありません。';
  return '最新情報を取得できませんでした。通信状況を確認して、もう一度お試しください。';
}
