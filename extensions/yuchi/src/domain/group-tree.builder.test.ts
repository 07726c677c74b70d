import { describe, expect, test } from 'vitest';
import { findTops, traverseGroup, type GroupEdge } from './group-graph.traversal.ts';
import { buildGroupTree, treeCompanies, type GroupTreeNode } from './group-tree.builder.ts';

const e = (parent: number, child: number, ratio: number | null = 100): GroupEdge => ({ parent, child, kind: 'subsidiary', votingRightsRatio: ratio });

function treeOf(requested: number, edges: GroupEdge[], readable: (id: number) => boolean = () => true): GroupTreeNode[] {
  const { tops, cycleTop } = findTops(requested, edges);
  return buildGroupTree(traverseGroup({ requested, tops, edges, cycleTop }), readable);
}

/** A compact picture: company(flags)[children]. */
function shape(nodes: readonly GroupTreeNode[]): string {
  return nodes
    .map((n) => {
      const flags = [n.repeated ? 'r' : '', n.indirect ? 'i' : '', n.requested ? '*' : ''].join('');
      return `${n.company}${flags ? `(${flags})` : ''}${n.children.length ? `[${shape(n.children)}]` : ''}`;
    })
    .join(' ');
}

describe('buildGroupTree', () => {
  test('nests children under parents, the largest holding first, and marks the asked-for company', () => {
    expect(shape(treeOf(3, [e(1, 2, 51), e(1, 3, 80), e(3, 4)]))).toBe('1[3(*)[4] 2]');
  });

  test('a company with two parents appears under each, with its children listed once', () => {
    const tree = treeOf(4, [e(1, 2), e(1, 3), e(2, 4, 60), e(3, 4, 40), e(4, 5)]);
    expect(shape(tree)).toBe('1[2[4(*)[5]] 3[4(r*)]]');
    expect(tree[0]!.children[0]!.children[0]!.parentCount).toBe(2);
  });

  test('a cycle shows the company it returns to as repeated and stops', () => {
    expect(shape(treeOf(2, [e(1, 2), e(2, 1)]))).toBe('1[2(*)[1(r)]]');
  });

  test('an unreadable member is left out and its readable children move up, marked indirect', () => {
    const tree = treeOf(4, [e(1, 2), e(2, 3), e(3, 4), e(1, 5)], (id) => id !== 2 && id !== 3);
    expect(shape(tree)).toBe('1[5 4(i*)]');
    const indirect = tree[0]!.children.find((n) => n.company === 4)!;
    expect(indirect).toMatchObject({ kind: null, votingRightsRatio: null });
  });

  test('when the ultimate parent is unreadable its readable children become the tops', () => {
    expect(shape(treeOf(2, [e(1, 2), e(1, 3)], (id) => id !== 1))).toBe('2(*) 3');
  });

  test('carries kind and ratio of the relation it is listed under', () => {
    const [top] = treeOf(2, [{ parent: 1, child: 2, kind: 'affiliate', votingRightsRatio: 33.4 }]);
    expect(top!.children[0]).toMatchObject({ company: 2, depth: 1, kind: 'affiliate', votingRightsRatio: 33.4, indirect: false });
  });
});

describe('treeCompanies', () => {
  test('lists each company of a forest once', () => {
    expect([...treeCompanies(treeOf(4, [e(1, 2), e(1, 3), e(2, 4), e(3, 4)]))].sort()).toEqual([1, 2, 3, 4]);
  });
});
