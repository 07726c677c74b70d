// A company's sites as a tree: 本社 → 支社/支店 → 営業所 …, following each site's parent_establishment, plus how
// many sites there are per prefecture. A site whose parent is missing, unreadable or part of a loop is placed
// under the 本社 (or at the top when there is none), so no site is ever dropped.

export interface SiteRow {
  id: number;
  name: string | null;
  kind: string | null;
  status: string | null;
  prefectureCode: string | null;
  parent: number | null;
}

export interface SiteNode<T extends SiteRow = SiteRow> {
  site: T;
  children: SiteNode<T>[];
}

export interface PrefectureCount {
  prefectureCode: string | null;
  total: number;
  active: number;
}

/** The order sites are listed in among siblings: 本社 first, then by how central the kind is. */
export const SITE_KIND_ORDER = ['head_office', 'branch_office', 'branch', 'sales_office', 'factory', 'lab', 'logistics', 'store', 'other'];

const rank = (kind: string | null) => {
  const at = SITE_KIND_ORDER.indexOf(kind ?? 'other');
  return at === -1 ? SITE_KIND_ORDER.length : at;
};

const bySiteOrder = (a: SiteRow, b: SiteRow) =>
  rank(a.kind) - rank(b.kind) || Number(a.status === 'closed') - Number(b.status === 'closed') || (a.name ?? '').localeCompare(b.name ?? '', 'ja') || a.id - b.id;

/** True when following parents from `site` comes back to it (a loop further up is its own members' problem). */
function inLoop(site: SiteRow, byId: Map<number, SiteRow>): boolean {
  const seen = new Set<number>();
  for (let at: SiteRow | undefined = site; at && at.parent !== null && !seen.has(at.id); at = byId.get(at.parent)) {
    if (at.parent === site.id) return true;
    seen.add(at.id);
  }
  return false;
}

export function buildSiteTree<T extends SiteRow>(sites: readonly T[]): SiteNode<T>[] {
  const byId = new Map(sites.map((s) => [s.id, s]));
  const headOffice = [...sites].filter((s) => s.kind === 'head_office').sort(bySiteOrder)[0];
  const parentOf = (site: T): number | null => {
    if (site.parent !== null && site.parent !== site.id && byId.has(site.parent) && !inLoop(site, byId)) return site.parent;
    if (headOffice && site.id !== headOffice.id && site.kind !== 'head_office') return headOffice.id;
    return null;
  };
  const nodes = new Map(sites.map((s) => [s.id, { site: s, children: [] as SiteNode<T>[] }]));
  const roots: SiteNode<T>[] = [];
  for (const site of [...sites].sort(bySiteOrder)) {
    const parent = parentOf(site);
    const node = nodes.get(site.id)!;
    if (parent === null) roots.push(node);
    else nodes.get(parent)!.children.push(node);
  }
  return roots;
}

/** Sites per prefecture (all and active), in prefecture-code order, unknown last. */
export function countSitesByPrefecture(sites: readonly SiteRow[]): PrefectureCount[] {
  const counts = new Map<string | null, PrefectureCount>();
  for (const site of sites) {
    const held = counts.get(site.prefectureCode) ?? { prefectureCode: site.prefectureCode, total: 0, active: 0 };
    held.total++;
    if (site.status !== 'closed') held.active++;
    counts.set(site.prefectureCode, held);
  }
  return [...counts.values()].sort((a, b) => (a.prefectureCode ?? '99').localeCompare(b.prefectureCode ?? '99'));
}
