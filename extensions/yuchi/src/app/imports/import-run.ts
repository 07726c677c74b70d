// One row of import_runs as the page reads it, and how its figures are shown.
import { formatEta } from '../../domain/import-eta.ts';

export interface ImportRun {
  id: number;
  source: string;
  file: string | null;
  status: string;
  read_count: number | null;
  inserted_count: number | null;
  updated_count: number | null;
  rejected_count: number | null;
  bytes_read: number | string | null;
  bytes_total: number | string | null;
  rows_per_second: number | null;
  eta_seconds: number | null;
  started_at: string | null;
  finished_at: string | null;
}

export const STATUS_LABELS: Record<string, string> = {
  running: '取込中',
  completed: '完了',
  completed_with_errors: '完了（エラーあり）',
  failed: '失敗',
};

const number = (n: number | string | null | undefined): string => Number(n ?? 0).toLocaleString('ja-JP');

export function progressPercent(run: ImportRun): number | null {
  const total = Number(run.bytes_total ?? 0);
  if (run.status !== 'running') return run.status === 'failed' ? null : 100;
  return total > 0 ? Math.min(100, Math.round((Number(run.bytes_read ?? 0) / total) * 100)) : null;
}

export function runFigures(run: ImportRun): { label: string; value: string }[] {
  const figures = [
    { label: '読込', value: `${number(run.read_count)} 行` },
    { label: '追加', value: number(run.inserted_count) },
    { label: '更新', value: number(run.updated_count) },
    { label: 'エラー', value: number(run.rejected_count) },
  ];
  if (run.status === 'running') {
    figures.push({ label: '速度', value: `${number(run.rows_per_second)} 行/秒` });
    figures.push({ label: '残り', value: run.eta_seconds === null ? '計算中' : formatEta(run.eta_seconds) });
  }
  return figures;
}
