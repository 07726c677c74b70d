import { describe, expect, test } from 'vitest';
import { buildSiteTree, countSitesByPrefecture, type SiteNode, type SiteRow } from './site-tree.builder.ts';

const site = (id: number, kind: string, parent: number | null = null, prefectureCode: string | null = '15', status = 'active'): SiteRow => ({
  id,
  name: `拠点${id}`,
  kind,
  status,
  prefectureCode,
  parent,
});

const shape = (nodes: readonly SiteNode[]): string => nodes.map((n) => `${n.site.id}${n.children.length ? `[${shape(n.children)}]` : ''}`).join(' ');

describe('buildSiteTree', () => {
  test('follows parent sites from the 本社 down, 支社 before 営業所', () => {
    const sites = [site(4, 'sales_office', 2), site(2, 'branch', 1), site(3, 'branch_office', 1), site(1, 'head_office')];
    expect(shape(buildSiteTree(sites))).toBe('1[3 2[4]]');
  });

  test('a site without a parent goes under the 本社', () => {
    expect(shape(buildSiteTree([site(1, 'head_office'), site(2, 'factory'), site(3, 'sales_office')]))).toBe('1[3 2]');
  });

  test.each<[string, SiteRow[], string]>([
    ['a parent that is not among the readable sites', [site(1, 'head_office'), site(2, 'branch', 99)], '1[2]'],
    ['a site that is its own parent', [site(1, 'head_office'), site(2, 'branch', 2)], '1[2]'],
    ['two sites that name each other as parent', [site(1, 'head_office'), site(2, 'branch', 3), site(3, 'branch', 2), site(4, 'sales_office', 3)], '1[2 3[4]]'],
    ['no 本社 at all', [site(2, 'branch'), site(3, 'sales_office', 2)], '2[3]'],
  ])('never drops a site: %s', (_case, sites, expected) => {
    expect(shape(buildSiteTree(sites))).toBe(expected);
  });
});

describe('countSitesByPrefecture', () => {
  test('counts all and active sites per prefecture, unknown last', () => {
    const sites = [site(1, 'head_office', null, '15'), site(2, 'branch', null, '13'), site(3, 'factory', null, '15', 'closed'), site(4, 'store', null, null)];
    expect(countSitesByPrefecture(sites)).toEqual([
      { prefectureCode: '13', total: 1, active: 1 },
      { prefectureCode: '15', total: 2, active: 1 },
      { prefectureCode: null, total: 1, active: 1 },
    ]);
  });
});
