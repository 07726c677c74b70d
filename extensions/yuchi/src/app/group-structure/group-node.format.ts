// How the company page shows a group member and a site: ownership, relation kind, the notes a reader needs
// (two parents, shown elsewhere, closed), and the answers of the group and site APIs as the page reads them.
import { SITE_KIND_LABELS } from '../../domain/site-kind.labels.ts';

export interface GroupNode {
  id: number;
  corporate_number: string | null;
  name: string | null;
  status: string | null;
  risk_level: number | null;
  depth: number;
  kind: string | null;
  voting_rights_ratio: number | null;
  parent_count: number;
  indirect: boolean;
  repeated: boolean;
  requested: boolean;
  children: GroupNode[];
}

export interface GroupAnswer {
  data: { company: string; ultimate_parents: string[]; size: number; tree: GroupNode[] };
  meta: { depth: number; hidden: number; warnings: { code: string; message: string; companies: string[] }[] };
}

export interface SiteNode {
  id: number;
  name: string | null;
  kind: string | null;
  status: string | null;
  prefecture_code: string | null;
  address?: string | null;
  children: SiteNode[];
}

export interface SitesAnswer {
  data: { tree: SiteNode[]; prefectures: { prefecture_code: string | null; prefecture_name: string | null; total: number; active: number }[]; total: number };
  meta: { hidden: number };
}

const KIND_LABELS: Record<string, string> = { subsidiary: '子会社', affiliate: '関連会社', other: 'その他' };

/** 「60%」, 「33.4%」, or null when the ratio is unknown. */
export function ratioText(ratio: number | null): string | null {
  if (ratio === null || !Number.isFinite(ratio)) return null;
  return `${Math.round(ratio * 10) / 10}%`;
}

export const relationLabel = (kind: string | null): string | null => (kind === null ? null : (KIND_LABELS[kind] ?? kind));
export const siteKindLabel = (kind: string | null): string => (kind === null ? 'その他' : ((SITE_KIND_LABELS as Record<string, string>)[kind] ?? kind));

/** Short notes after a member's name, in the order a reader needs them. */
export function memberNotes(node: Pick<GroupNode, 'status' | 'parent_count' | 'indirect' | 'repeated' | 'requested' | 'depth'>): string[] {
  const notes: string[] = [];
  if (node.requested) notes.push('この企業');
  if (node.status === 'closed') notes.push('閉鎖');
  if (node.indirect) notes.push('間接保有（途中の企業は閲覧権限なし）');
  if (node.parent_count > 1) notes.push(`親会社${node.parent_count}社`);
  if (node.repeated) notes.push('子会社は上の表示を参照');
  return notes;
}

/** The level name of a depth: 親会社 (0), 子会社, 孫会社, ひ孫会社, then 「N次」. */
export function depthLabel(depth: number): string {
  return ['最上位', '子会社', '孫会社', 'ひ孫会社'][depth] ?? `${depth}次`;
}

/** Companies to open at first: the path down to the asked-for company, and the top levels. */
export function initiallyOpen(roots: readonly GroupNode[], levels = 1): Set<string> {
  const open = new Set<string>();
  const walk = (node: GroupNode, path: string): boolean => {
    let holds = node.requested;
    node.children.forEach((child, i) => {
      if (walk(child, `${path}.${i}`)) holds = true;
    });
    if (holds || node.depth < levels) open.add(path);
    return holds;
  };
  roots.forEach((root, i) => walk(root, String(i)));
  return open;
}

/** The API's own Japanese message, or one that says what to try. */
export function structureErrorMessage(error: unknown): string {
  const response = (error as { response?: { status?: number; data?: { errors?: { message?: string }[] } } }).response;
  const message = response?.data?.errors?.[0]?.message;
  if (message) return message;
  if (response?.status === 403) return '企業グループ・拠点を表示する権限がありません。';
  return '企業グループ・拠点を読み込めませんでした。通信状況を確認して、ページを開き直してください。';
}
