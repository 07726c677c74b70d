// The export's group columns (最上位親会社, グループ企業数), by the same walk as the group API and with the caller's
// permissions: only readable members are counted and only readable parents named. One loader serves a whole
// export: each page's groups are read together, level by level (a few queries a page, not a few per company), and
// a group met on an earlier page is not read again.
import { findTops, indexEdges, MAX_GROUP_DEPTH, membersBelow } from '../domain/group-graph.traversal.ts';
import type { SearchContext } from '../search/company-search.service.ts';
import { readMembers } from './company-group.service.ts';
import { edgeReaderFor, edgesAbove, edgesBelow } from './group-edges.loader.ts';

export interface GroupFacts {
  ultimateParentName: (companyId: number) => string | null;
  groupSize: (companyId: number) => number | null;
}

interface Facts {
  parentName: string | null;
  size: number;
}

const ALONE: Facts = { parentName: null, size: 1 };

export type GroupFactsLoader = (ids: readonly number[]) => Promise<GroupFacts>;

export function groupFactsLoader(ctx: SearchContext): GroupFactsLoader {
  let reader: ReturnType<typeof edgeReaderFor> | undefined;
  // By the group's ultimate parents (ids joined): companies of one group share its facts, across pages too.
  const byTops = new Map<string, Facts>();
  return async (ids) => {
    const read = await (reader ??= edgeReaderFor(ctx));
    const up = indexEdges(await edgesAbove(read, ids));
    const topsOf = new Map<number, number[]>();
    for (const id of ids) topsOf.set(id, findTops(id, up).tops);
    const unknown = new Map<string, number[]>();
    for (const tops of topsOf.values()) {
      const key = tops.join(',');
      if (!byTops.has(key)) unknown.set(key, tops);
    }
    if (unknown.size) {
      const down = indexEdges(await edgesBelow(read, [...new Set([...unknown.values()].flat())], MAX_GROUP_DEPTH));
      const groups = [...unknown].map(([key, tops]) => ({ key, tops, members: [...membersBelow(tops, down.childrenOf, MAX_GROUP_DEPTH).depths.keys()] }));
      const related = groups.filter((g) => g.members.length > 1);
      const readable = await readMembers(ctx, [...new Set(related.flatMap((g) => g.members))], ['id', 'name']);
      for (const { key, tops, members } of groups) {
        if (members.length === 1) {
          byTops.set(key, ALONE);
          continue;
        }
        const names = tops.map((top) => readable.get(top)?.['name']).filter((n): n is string => typeof n === 'string' && n !== '');
        byTops.set(key, { parentName: names.length ? names.join('、') : null, size: members.filter((m) => readable.has(m)).length });
      }
    }
    const facts = (id: number) => byTops.get(topsOf.get(id)?.join(',') ?? '') ?? ALONE;
    return { ultimateParentName: (id) => facts(id).parentName, groupSize: (id) => facts(id).size };
  };
}
