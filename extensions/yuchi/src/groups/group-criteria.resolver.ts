// The search criteria group_of and ultimate_parent as company ids, by the same traversal as the group API: the
// search then keeps to these ids through the ItemsService, so the caller's row permissions still bound the answer.
import type { SearchCriteria } from '../domain/search-criteria.parser.ts';
import { itemsService, type SearchContext } from '../search/company-search.service.ts';
import { edgeReaderFor, loadGroup, loadHeadedGroup, type EdgeReader } from './group-edges.loader.ts';

/** The company's id when it exists and the caller may read it. */
async function companyId(ctx: SearchContext, corporateNumber: string): Promise<number | null> {
  const [row] = await itemsService(ctx, 'companies').readByQuery({ filter: { corporate_number: { _eq: corporateNumber } }, fields: ['id'], limit: 1 });
  return row ? Number(row['id']) : null;
}

async function membersOf(ctx: SearchContext, read: EdgeReader, corporateNumber: string, headed: boolean): Promise<number[]> {
  const id = await companyId(ctx, corporateNumber);
  if (id === null) return [];
  return headed ? loadHeadedGroup(read, id) : [...(await loadGroup(read, id)).members.keys()];
}

/** Ids matching group_of and ultimate_parent (both when both are given); null when neither is. */
export async function groupCriteriaMembers(ctx: SearchContext, criteria: Pick<SearchCriteria, 'group_of' | 'ultimate_parent'>): Promise<number[] | null> {
  const groupOf = criteria.group_of ?? null;
  const ultimateParent = criteria.ultimate_parent ?? null;
  if (groupOf === null && ultimateParent === null) return null;
  const read = await edgeReaderFor(ctx);
  const sets: number[][] = [];
  if (groupOf !== null) sets.push(await membersOf(ctx, read, groupOf, false));
  if (ultimateParent !== null) sets.push(await membersOf(ctx, read, ultimateParent, true));
  const [first = [], ...rest] = sets;
  return first.filter((id) => rest.every((set) => set.includes(id))).sort((a, b) => a - b);
}
