// The group as the tree a person reads: ultimate parents at the top, each company under every parent it has (its
// own children listed once, where it first appears; elsewhere it says `repeated`). Members the caller may not read
// are left out: their readable descendants move up to the nearest readable ancestor, marked `indirect`.
import type { Group, GroupEdge } from './group-graph.traversal.ts';

export interface GroupTreeNode {
  company: number;
  depth: number;
  /** the relation to the parent this node is listed under; null at the top and when indirect */
  kind: string | null;
  votingRightsRatio: number | null;
  /** readable parents the company has in the group (2 or more: it appears under each) */
  parentCount: number;
  /** listed under a readable ancestor because the companies between are not readable */
  indirect: boolean;
  /** already listed elsewhere in the tree with its children; listed here without them */
  repeated: boolean;
  requested: boolean;
  children: GroupTreeNode[];
}

interface TreeLink {
  parent: number;
  edge: GroupEdge | null;
}

/** The readable ancestors nearest to `company` through unreadable members (memoised, cycle-safe). */
function nearestReadable(group: Group, company: number, readable: (id: number) => boolean, memo: Map<number, number[]>, seen = new Set<number>()): number[] {
  const held = memo.get(company);
  if (held) return held;
  if (seen.has(company)) return [];
  seen.add(company);
  const found = new Set<number>();
  for (const edge of group.members.get(company)?.parents ?? []) {
    if (readable(edge.parent)) found.add(edge.parent);
    else for (const id of nearestReadable(group, edge.parent, readable, memo, seen)) found.add(id);
  }
  const answer = [...found].sort((a, b) => a - b);
  memo.set(company, answer);
  return answer;
}

function linksOf(group: Group, readable: (id: number) => boolean): Map<number, TreeLink[]> {
  const memo = new Map<number, number[]>();
  const links = new Map<number, TreeLink[]>();
  for (const member of group.members.values()) {
    if (!readable(member.company)) continue;
    const list: TreeLink[] = [];
    const direct = new Set<number>();
    for (const edge of member.parents) {
      if (!readable(edge.parent)) continue;
      direct.add(edge.parent);
      list.push({ parent: edge.parent, edge });
    }
    for (const edge of member.parents) {
      if (readable(edge.parent)) continue;
      for (const ancestor of nearestReadable(group, edge.parent, readable, memo)) {
        if (ancestor !== member.company && !direct.has(ancestor)) {
          direct.add(ancestor);
          list.push({ parent: ancestor, edge: null });
        }
      }
    }
    links.set(member.company, list);
  }
  return links;
}

/** The readable part of the group as a forest; `readable` says which members the caller may read. */
export function buildGroupTree(group: Group, readable: (id: number) => boolean): GroupTreeNode[] {
  const links = linksOf(group, readable);
  const childrenOf = new Map<number, { child: number; link: TreeLink }[]>();
  for (const [child, list] of links) {
    for (const link of list) {
      const entry = { child, link };
      const held = childrenOf.get(link.parent);
      if (held) held.push(entry);
      else childrenOf.set(link.parent, [entry]);
    }
  }
  for (const list of childrenOf.values()) {
    list.sort((a, b) => (b.link.edge?.votingRightsRatio ?? -1) - (a.link.edge?.votingRightsRatio ?? -1) || a.child - b.child);
  }
  const expanded = new Set<number>();
  const node = (company: number, link: TreeLink | null): GroupTreeNode => {
    const repeated = expanded.has(company);
    expanded.add(company);
    return {
      company,
      depth: group.members.get(company)?.depth ?? 0,
      kind: link?.edge?.kind ?? null,
      votingRightsRatio: link?.edge?.votingRightsRatio ?? null,
      parentCount: links.get(company)?.length ?? 0,
      indirect: link !== null && link.edge === null,
      repeated,
      requested: company === group.requested,
      children: [],
    };
  };
  // Breadth first, so a company with two parents is expanded under the one nearest the top.
  const roots = [...group.members.values()]
    .filter((m) => readable(m.company) && (m.isTop || (links.get(m.company)?.length ?? 0) === 0))
    .map((m) => node(m.company, null));
  const queue = [...roots];
  while (queue.length) {
    const current = queue.shift()!;
    if (current.repeated) continue;
    for (const { child, link } of childrenOf.get(current.company) ?? []) {
      const next = node(child, link);
      current.children.push(next);
      queue.push(next);
    }
  }
  return roots;
}

/** Every company in a forest once. */
export function treeCompanies(roots: readonly GroupTreeNode[]): Set<number> {
  const out = new Set<number>();
  const stack = [...roots];
  while (stack.length) {
    const n = stack.pop()!;
    out.add(n.company);
    stack.push(...n.children);
  }
  return out;
}
