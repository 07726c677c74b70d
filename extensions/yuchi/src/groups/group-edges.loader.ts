// Reads a company's group level by level: up from the company to its ultimate parents, then down from them, one
// query per level (a 2,000-member group over 6 levels is about a dozen small indexed queries). Only relations in
// force count: not ended (valid_to empty or later than today) and not waiting for, or refused at, review.
// Callers who may read every relation get raw knex; others read through the ItemsService, so row permissions on
// company_relations apply.
import { findTops, MAX_GROUP_DEPTH, traverseGroup, type Group, type GroupEdge } from '../domain/group-graph.traversal.ts';
import { tokyoDay } from '../domain/tokyo-day.ts';
import type { SearchContext } from '../search/company-search.service.ts';
import { readsEveryRow } from '../security/row-permission.service.ts';

type Side = 'parent' | 'child';
export type EdgeReader = (side: Side, ids: readonly number[]) => Promise<GroupEdge[]>;

const CHUNK = 500;
const RELATION_FIELDS = ['parent', 'child', 'kind', 'voting_rights_ratio'];


const toEdge = (row: Record<string, unknown>): GroupEdge => ({
  parent: Number(row['parent']),
  child: Number(row['child']),
  kind: String(row['kind'] ?? 'other'),
  votingRightsRatio: row['voting_rights_ratio'] === null || row['voting_rights_ratio'] === undefined ? null : Number(row['voting_rights_ratio']),
});

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/** An edge reader for the caller: raw SQL when it may read every relation, else the ItemsService. */
export async function edgeReaderFor(ctx: SearchContext): Promise<EdgeReader> {
  // Today in Japan: a relation ended today is no longer in force.
  const today = tokyoDay();
  if (await readsEveryRow(ctx.database, ctx.accountability, 'company_relations')) {
    return async (side, ids) => {
      const rows: Record<string, unknown>[] = [];
      for (const part of chunks(ids)) {
        rows.push(
          ...((await ctx.database('company_relations')
            .select(RELATION_FIELDS)
            .whereIn(side, part)
            .andWhere((q) => q.whereNull('valid_to').orWhere('valid_to', '>', today))
            .andWhere((q) => q.whereNull('review_status').orWhere('review_status', 'confirmed'))) as Record<string, unknown>[]),
        );
      }
      return rows.map(toEdge);
    };
  }
  const items = new ctx.services.ItemsService('company_relations', { knex: ctx.database, schema: ctx.schema, accountability: ctx.accountability });
  return async (side, ids) => {
    const rows: Record<string, unknown>[] = [];
    for (const part of chunks(ids)) {
      const filter = {
        _and: [
          { [side]: { _in: part } },
          { _or: [{ valid_to: { _null: true } }, { valid_to: { _gt: today } }] },
          { _or: [{ review_status: { _null: true } }, { review_status: { _eq: 'confirmed' } }] },
        ],
      };
      rows.push(...((await items.readByQuery({ filter, fields: RELATION_FIELDS, limit: -1 })) as Record<string, unknown>[]));
    }
    return rows.map(toEdge);
  };
}

/** Every relation above the starting companies, up to MAX_GROUP_DEPTH levels (one query per level for all of them). */
export async function edgesAbove(read: EdgeReader, starts: readonly number[]): Promise<GroupEdge[]> {
  const edges: GroupEdge[] = [];
  const seen = new Set(starts);
  let frontier = [...seen];
  for (let level = 0; frontier.length && level < MAX_GROUP_DEPTH; level++) {
    const found = await read('child', frontier);
    edges.push(...found);
    frontier = [...new Set(found.map((e) => e.parent))].filter((id) => !seen.has(id));
    for (const id of frontier) seen.add(id);
  }
  return edges;
}

/** Every relation below `tops` to `depth` levels, plus the level under the last so the traversal can say it stopped. */
export async function edgesBelow(read: EdgeReader, tops: readonly number[], depth: number): Promise<GroupEdge[]> {
  const edges: GroupEdge[] = [];
  const seen = new Set(tops);
  let frontier = [...tops];
  for (let level = 0; frontier.length && level <= depth; level++) {
    const found = await read('parent', frontier);
    edges.push(...found);
    frontier = [...new Set(found.map((e) => e.child))].filter((id) => !seen.has(id));
    for (const id of frontier) seen.add(id);
  }
  return edges;
}

/** The group containing `company` (by id), `depth` levels below its ultimate parents. */
export async function loadGroup(read: EdgeReader, company: number, depth = MAX_GROUP_DEPTH): Promise<Group> {
  const limit = Math.min(depth, MAX_GROUP_DEPTH);
  const { tops, cycleTop } = findTops(company, await edgesAbove(read, [company]));
  return traverseGroup({ requested: company, tops, edges: await edgesBelow(read, tops, limit), maxDepth: limit, cycleTop });
}

/** The companies whose ultimate parent is `company`: itself and all below it, or none when it has a parent itself. */
export async function loadHeadedGroup(read: EdgeReader, company: number): Promise<number[]> {
  if ((await read('child', [company])).some((e) => e.parent !== company)) return [];
  const group = traverseGroup({ requested: company, tops: [company], edges: await edgesBelow(read, [company], MAX_GROUP_DEPTH) });
  return [...group.members.keys()];
}
