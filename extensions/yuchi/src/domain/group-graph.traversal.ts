// A company group from capital relations. The data is a graph, not a clean tree: a company may have two parents,
// and a bad source may say A owns B owns A. The group of a company is every ultimate parent above it and every
// descendant of those, each at its shortest distance from an ultimate parent; cycles are reported, never followed
// twice. Pure: the relations come in as edges (group-edges.loader.ts reads them level by level).

export interface GroupEdge {
  parent: number;
  child: number;
  kind: string;
  votingRightsRatio: number | null;
}

export type GroupWarningCode = 'YUCHI_GROUP_CYCLE' | 'YUCHI_GROUP_NO_TOP' | 'YUCHI_GROUP_DEPTH_CAPPED';

export interface GroupWarning {
  code: GroupWarningCode;
  message: string;
  companies: number[];
}

export interface GroupMember {
  company: number;
  /** levels below the nearest ultimate parent (0 for an ultimate parent) */
  depth: number;
  /** relations to parents inside the group */
  parents: GroupEdge[];
  /** relations to children inside the group */
  children: GroupEdge[];
  isTop: boolean;
}

export interface Group {
  requested: number;
  tops: number[];
  /** in breadth-first order from the ultimate parents */
  members: Map<number, GroupMember>;
  warnings: GroupWarning[];
}

/** The deepest level a group is followed to, whatever the caller asks. */
export const MAX_GROUP_DEPTH = 20;

const byRatioThenId = (a: GroupEdge, b: GroupEdge, id: (e: GroupEdge) => number) =>
  (b.votingRightsRatio ?? -1) - (a.votingRightsRatio ?? -1) || id(a) - id(b);

/** One edge per parent → child pair (the one with a known, then the highest, ratio); self-ownership is dropped. */
export function distinctEdges(edges: readonly GroupEdge[]): GroupEdge[] {
  const kept = new Map<string, GroupEdge>();
  for (const edge of edges) {
    if (edge.parent === edge.child) continue;
    const key = `${edge.parent}>${edge.child}`;
    const held = kept.get(key);
    if (!held || (edge.votingRightsRatio ?? -1) > (held.votingRightsRatio ?? -1)) kept.set(key, edge);
  }
  return [...kept.values()];
}

function indexBy(edges: readonly GroupEdge[], side: 'parent' | 'child'): Map<number, GroupEdge[]> {
  const index = new Map<number, GroupEdge[]>();
  for (const edge of edges) {
    const list = index.get(edge[side]);
    if (list) list.push(edge);
    else index.set(edge[side], [edge]);
  }
  return index;
}

/** The relations of a set of edges looked up by either end, built once for many walks over the same edges. */
export interface EdgeIndex {
  parentsOf: Map<number, GroupEdge[]>;
  childrenOf: Map<number, GroupEdge[]>;
}

export function indexEdges(edges: readonly GroupEdge[]): EdgeIndex {
  const usable = distinctEdges(edges);
  return { parentsOf: indexBy(usable, 'child'), childrenOf: indexBy(usable, 'parent') };
}

/** Every company above `start` (and `start` itself), however far up the edges go. */
export function ancestorsOf(start: number, edges: readonly GroupEdge[] | EdgeIndex): Set<number> {
  const { parentsOf } = 'parentsOf' in edges ? edges : { parentsOf: indexBy(edges, 'child') };
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    for (const edge of parentsOf.get(queue.shift()!) ?? []) {
      if (!seen.has(edge.parent)) {
        seen.add(edge.parent);
        queue.push(edge.parent);
      }
    }
  }
  return seen;
}

/**
 * The ultimate parents of `start`: its ancestors that have no parent. When every ancestor has one (the top is a
 * cycle), the lowest company id on that cycle stands in, so the answer is stable; `cycleTop` says so.
 */
export function findTops(start: number, edges: readonly GroupEdge[] | EdgeIndex): { tops: number[]; cycleTop: boolean } {
  const index = 'parentsOf' in edges ? edges : indexEdges(edges);
  const { parentsOf } = index;
  const ancestors = ancestorsOf(start, index);
  const tops = [...ancestors].filter((id) => !(parentsOf.get(id)?.length)).sort((a, b) => a - b);
  if (tops.length) return { tops, cycleTop: false };
  const onCycle = [...ancestors].filter((id) => (parentsOf.get(id) ?? []).some((e) => ancestorsOf(e.parent, index).has(id)));
  return { tops: [Math.min(...(onCycle.length ? onCycle : [...ancestors]))], cycleTop: true };
}

/**
 * The companies below `tops` (the tops included) with their levels, down to `depthLimit` levels, breadth first;
 * `capped` holds the companies found just under the limit.
 */
export function membersBelow(tops: readonly number[], childrenOf: Map<number, GroupEdge[]>, depthLimit: number): { depths: Map<number, number>; capped: number[] } {
  const depths = new Map<number, number>(tops.map((top) => [top, 0]));
  let frontier = [...tops];
  const capped: number[] = [];
  for (let depth = 1; frontier.length; depth++) {
    const next: number[] = [];
    for (const parent of frontier) {
      for (const edge of childrenOf.get(parent) ?? []) {
        if (depths.has(edge.child)) continue;
        if (depth > depthLimit) {
          capped.push(edge.child);
          continue;
        }
        depths.set(edge.child, depth);
        next.push(edge.child);
      }
    }
    frontier = next;
  }
  return { depths, capped: [...new Set(capped)].filter((id) => !depths.has(id)) };
}

/** Cycles among the members, each once, as the companies on it starting from its lowest id. */
export function findCycles(members: readonly number[], childrenOf: Map<number, GroupEdge[]>): number[][] {
  const state = new Map<number, 'open' | 'done'>();
  const cycles = new Map<string, number[]>();
  const path: number[] = [];
  // Iterative depth-first search: a 2,000-member group must not exhaust the call stack.
  for (const root of members) {
    if (state.has(root)) continue;
    const stack: { node: number; next: number }[] = [{ node: root, next: 0 }];
    state.set(root, 'open');
    path.push(root);
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      const edge = (childrenOf.get(frame.node) ?? [])[frame.next++];
      if (!edge) {
        state.set(frame.node, 'done');
        path.pop();
        stack.pop();
        continue;
      }
      const seen = state.get(edge.child);
      if (seen === 'open') {
        const loop = path.slice(path.indexOf(edge.child));
        const start = loop.indexOf(Math.min(...loop));
        const canonical = [...loop.slice(start), ...loop.slice(0, start)];
        cycles.set(canonical.join('>'), canonical);
      } else if (seen === undefined) {
        state.set(edge.child, 'open');
        path.push(edge.child);
        stack.push({ node: edge.child, next: 0 });
      }
    }
  }
  return [...cycles.values()];
}

/**
 * The group below `tops`, down to `maxDepth` levels (capped at MAX_GROUP_DEPTH). `edges` must hold every relation
 * whose parent is in the group; relations to companies outside it are ignored.
 */
export function traverseGroup({ requested, tops, edges, maxDepth = MAX_GROUP_DEPTH, cycleTop = false }: {
  requested: number;
  tops: readonly number[];
  edges: readonly GroupEdge[];
  maxDepth?: number;
  cycleTop?: boolean;
}): Group {
  const depthLimit = Math.max(0, Math.min(maxDepth, MAX_GROUP_DEPTH));
  const usable = distinctEdges(edges);
  const childrenOf = indexBy(usable, 'parent');
  const members = new Map<number, GroupMember>();
  const warnings: GroupWarning[] = [];
  const { depths, capped } = membersBelow(tops, childrenOf, depthLimit);
  for (const [company, depth] of depths) members.set(company, { company, depth, parents: [], children: [], isTop: tops.includes(company) });
  for (const edge of usable) {
    const parent = members.get(edge.parent);
    const child = members.get(edge.child);
    if (!parent || !child) continue;
    parent.children.push(edge);
    child.parents.push(edge);
  }
  for (const member of members.values()) {
    member.parents.sort((a, b) => byRatioThenId(a, b, (e) => e.parent));
    member.children.sort((a, b) => byRatioThenId(a, b, (e) => e.child));
  }
  if (cycleTop) {
    warnings.push({
      code: 'YUCHI_GROUP_NO_TOP',
      message: '最上位の親会社が見つかりません（資本関係が循環しています）。循環の中で番号の小さい企業を最上位として表示しています。',
      companies: [...tops],
    });
  }
  const memberChildren = new Map([...members.values()].map((m) => [m.company, m.children]));
  for (const cycle of findCycles([...members.keys()], memberChildren)) {
    warnings.push({ code: 'YUCHI_GROUP_CYCLE', message: `資本関係が循環しています（${cycle.length}社）。出典のデータを確認してください。`, companies: cycle });
  }
  if (capped.length) {
    warnings.push({
      code: 'YUCHI_GROUP_DEPTH_CAPPED',
      message: `${depthLimit}階層より下の${capped.length}社は表示していません。depth を大きくすると表示されます（最大 ${MAX_GROUP_DEPTH}）。`,
      companies: capped.sort((a, b) => a - b),
    });
  }
  return { requested, tops: [...tops], members, warnings };
}
