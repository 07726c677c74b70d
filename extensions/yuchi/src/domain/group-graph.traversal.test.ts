import { describe, expect, test } from 'vitest';
import { distinctEdges, findCycles, findTops, MAX_GROUP_DEPTH, traverseGroup, type GroupEdge } from './group-graph.traversal.ts';

const e = (parent: number, child: number, ratio: number | null = 100, kind = 'subsidiary'): GroupEdge => ({ parent, child, kind, votingRightsRatio: ratio });

function groupOf(requested: number, edges: GroupEdge[], maxDepth?: number) {
  const { tops, cycleTop } = findTops(requested, edges);
  return traverseGroup({ requested, tops, edges, cycleTop, ...(maxDepth === undefined ? {} : { maxDepth }) });
}

const depths = (group: ReturnType<typeof groupOf>) => Object.fromEntries([...group.members.values()].map((m) => [m.company, m.depth]));

describe('findTops', () => {
  test('a company without parents is its own ultimate parent', () => {
    expect(findTops(1, [])).toEqual({ tops: [1], cycleTop: false });
  });

  test('climbs every level to the company nobody owns', () => {
    expect(findTops(4, [e(1, 2), e(2, 3), e(3, 4)]).tops).toEqual([1]);
  });

  test('a company with two parents in different groups has two ultimate parents', () => {
    expect(findTops(5, [e(1, 3), e(2, 4), e(3, 5), e(4, 5)]).tops).toEqual([1, 2]);
  });

  test('a top made of a cycle is replaced by its lowest id, and says so', () => {
    expect(findTops(3, [e(2, 1), e(1, 2), e(2, 3)])).toEqual({ tops: [1], cycleTop: true });
  });
});

describe('traverseGroup', () => {
  test('gives every descendant of the ultimate parent its depth, siblings and cousins included', () => {
    const group = groupOf(4, [e(1, 2), e(1, 3), e(2, 4), e(3, 5), e(5, 6)]);
    expect(depths(group)).toEqual({ 1: 0, 2: 1, 3: 1, 4: 2, 5: 2, 6: 3 });
    expect(group.tops).toEqual([1]);
    expect(group.warnings).toEqual([]);
  });

  test('a company with two parents is one member with both relations, at its shortest depth', () => {
    const group = groupOf(4, [e(1, 2), e(2, 3), e(3, 4, 30), e(1, 4, 60)]);
    const member = group.members.get(4)!;
    expect(member.depth).toBe(1);
    expect(member.parents.map((p) => [p.parent, p.votingRightsRatio])).toEqual([[1, 60], [3, 30]]);
  });

  test('a cycle is reported once in meta warnings and never followed twice', () => {
    const group = groupOf(2, [e(1, 2), e(2, 3), e(3, 2)]);
    expect(depths(group)).toEqual({ 1: 0, 2: 1, 3: 2 });
    expect(group.warnings).toEqual([expect.objectContaining({ code: 'YUCHI_GROUP_CYCLE', companies: [2, 3] })]);
  });

  test('a group that is only a cycle (A owns B owns A) ends, with both warnings', () => {
    const group = groupOf(2, [e(1, 2), e(2, 1)]);
    expect(depths(group)).toEqual({ 1: 0, 2: 1 });
    expect(group.warnings.map((w) => w.code).sort()).toEqual(['YUCHI_GROUP_CYCLE', 'YUCHI_GROUP_NO_TOP']);
  });

  test('depth limits the levels and says how many companies were left below', () => {
    const chain = Array.from({ length: 6 }, (_, i) => e(i + 1, i + 2));
    const group = groupOf(1, chain, 3);
    expect([...group.members.keys()]).toEqual([1, 2, 3, 4]);
    expect(group.warnings).toEqual([expect.objectContaining({ code: 'YUCHI_GROUP_DEPTH_CAPPED', companies: [5] })]);
  });

  test(`a depth beyond ${MAX_GROUP_DEPTH} is capped at ${MAX_GROUP_DEPTH}`, () => {
    const chain = Array.from({ length: 30 }, (_, i) => e(i + 1, i + 2));
    const group = groupOf(1, chain, 1000);
    expect(group.members.size).toBe(MAX_GROUP_DEPTH + 1);
  });

  test('a deep, wide group of 2,000 members is walked without recursion limits', () => {
    const edges: GroupEdge[] = [];
    for (let id = 2; id <= 2000; id++) edges.push(e(Math.floor(id / 2), id));
    for (let id = 3; id <= 2000; id += 7) edges.push(e(id - 1, id, 10));
    const group = groupOf(1500, edges);
    expect(group.members.size).toBe(2000);
    expect(Math.max(...Object.values(depths(group)))).toBe(10);
  });
});

describe('distinctEdges', () => {
  test('keeps one relation per pair (the higher ratio) and drops self-ownership', () => {
    expect(distinctEdges([e(1, 2, 40), e(1, 2, 55), e(1, 2, null), e(3, 3)])).toEqual([e(1, 2, 55)]);
  });
});

describe('findCycles', () => {
  test('finds each loop once whatever member it is entered from', () => {
    const edges = [e(1, 2), e(2, 3), e(3, 1), e(3, 4), e(4, 5), e(5, 4)];
    const childrenOf = new Map<number, GroupEdge[]>();
    for (const edge of edges) childrenOf.set(edge.parent, [...(childrenOf.get(edge.parent) ?? []), edge]);
    expect(findCycles([3, 1, 2, 4, 5], childrenOf).sort()).toEqual([[1, 2, 3], [4, 5]]);
  });
});
