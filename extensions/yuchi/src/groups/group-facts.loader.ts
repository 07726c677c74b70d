// The export's group columns for one page of companies (最上位親会社, グループ企業数), by the same traversal as the
// group API and with the caller's permissions: only readable members are counted and only readable parents named.
// Companies without relations in force cost nothing beyond two queries per page; companies of one group share
// the work of reading it.
import { ancestorsOf, findTops } from '../domain/group-graph.traversal.ts';
import type { SearchContext } from '../search/company-search.service.ts';
import { readMembers } from './company-group.service.ts';
import { edgeReaderFor, loadGroup } from './group-edges.loader.ts';

export interface GroupFacts {
  ultimateParentName: (companyId: number) => string | null;
  groupSize: (companyId: number) => number | null;
}

interface Facts {
  parentName: string | null;
  size: number;
}

export async function loadGroupFacts(ctx: SearchContext, ids: readonly number[]): Promise<GroupFacts> {
  const read = await edgeReaderFor(ctx);
  const related = new Set<number>();
  for (const edge of await read('parent', ids)) related.add(edge.parent);
  for (const edge of await read('child', ids)) related.add(edge.child);
  const byCompany = new Map<number, Facts>();
  const byTops = new Map<string, Facts>();
  for (const id of ids) {
    if (!related.has(id) || byCompany.has(id)) continue;
    const group = await loadGroup(read, id);
    const key = group.tops.join(',');
    let facts = byTops.get(key);
    if (!facts) {
      const members = await readMembers(ctx, [...group.members.keys()], ['id', 'name']);
      const names = group.tops.map((top) => members.get(top)?.['name']).filter((n): n is string => typeof n === 'string' && n !== '');
      facts = { parentName: names.length ? names.join('、') : null, size: members.size };
      byTops.set(key, facts);
    }
    byCompany.set(id, facts);
    // Other companies of the page in this group share its facts when their own ultimate parents are the same: known
    // without reading their groups again when every ancestor of theirs is a member (so all its parents are read).
    const others = ids.filter((m) => m !== id && group.members.has(m) && !byCompany.has(m));
    if (!others.length) continue;
    const upEdges = await read('child', [...group.members.keys()]);
    for (const other of others) {
      if (![...ancestorsOf(other, upEdges)].every((a) => group.members.has(a))) continue;
      if (findTops(other, upEdges).tops.join(',') === key) byCompany.set(other, facts);
    }
  }
  return {
    ultimateParentName: (id) => byCompany.get(id)?.parentName ?? null,
    groupSize: (id) => byCompany.get(id)?.size ?? 1,
  };
}
