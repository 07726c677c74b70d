import { describe, expect, test } from 'vitest';
import { depthLabel, initiallyOpen, memberNotes, ratioText, relationLabel, siteKindLabel, type GroupNode } from './group-node.format.ts';

const node = (over: Partial<GroupNode> = {}): GroupNode => ({
  id: 1,
  corporate_number: null,
  name: null,
  status: 'active',
  risk_level: 0,
  depth: 0,
  kind: null,
  voting_rights_ratio: null,
  parent_count: 0,
  indirect: false,
  repeated: false,
  requested: false,
  children: [],
  ...over,
});

describe('group member format', () => {
  test.each<[number | null, string | null]>([
    [60, '60%'],
    [33.44, '33.4%'],
    [0, '0%'],
    [null, null],
  ])('ratio %s is shown as %s', (ratio, text) => {
    expect(ratioText(ratio)).toBe(text);
  });

  test('relation and site kinds are shown in Japanese', () => {
    expect(relationLabel('affiliate')).toBe('関連会社');
    expect(siteKindLabel('sales_office')).toBe('営業所');
  });

  test('notes say closed, two parents, indirect and repeated', () => {
    expect(memberNotes(node({ status: 'closed', parent_count: 2, repeated: true, requested: true }))).toEqual(['この企業', '閉鎖', '親会社2社', '子会社は上の表示を参照']);
    expect(memberNotes(node({ indirect: true }))).toEqual(['間接保有（途中の企業は閲覧権限なし）']);
  });

  test('levels are named 子会社, 孫会社, ひ孫会社 and then by number', () => {
    expect([0, 1, 2, 3, 4].map(depthLabel)).toEqual(['最上位', '子会社', '孫会社', 'ひ孫会社', '4次']);
  });

  test('the path to the asked-for company starts open, other branches below the first level closed', () => {
    const tree = [node({ children: [node({ depth: 1, children: [node({ depth: 2, requested: true })] }), node({ depth: 1, children: [node({ depth: 2 })] })] })];
    expect([...initiallyOpen(tree)].sort()).toEqual(['0', '0.0', '0.0.0']);
  });
});
