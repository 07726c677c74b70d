// 抽出リスト: saved search criteria whose members are stored in target_list_companies. Saving runs the search once;
// refreshing runs the saved criteria again, adds and removes members, and updates row_count (Directus's revisions
// keep the earlier count). Everything goes through the ItemsService with the caller's permissions.
import { itemsService, prepareSearch, type SearchContext } from '../search/company-search.service.ts';
import { SearchInvalidError } from '../shared/errors.ts';

// Paging and answer shape are not part of what a list means.
const NOT_SAVED = ['page', 'limit', 'fields', 'sort'];

type Writer = {
  createOne: (data: object) => Promise<number | string>;
  createMany: (data: object[]) => Promise<unknown>;
  updateOne: (id: number, data: object) => Promise<unknown>;
  deleteByQuery: (query: object) => Promise<unknown>;
  readOne: (id: number, query: object) => Promise<Record<string, unknown>>;
};
const writer = (ctx: SearchContext, collection: string) => itemsService(ctx, collection) as unknown as Writer;

export interface ListChange {
  id: number;
  before: number;
  after: number;
  added: number;
  removed: number;
}

function savedCriteria(criteria: unknown): Record<string, unknown> {
  if (criteria === undefined || criteria === null) return {};
  if (typeof criteria !== 'object' || Array.isArray(criteria)) throw new SearchInvalidError({ key: 'criteria', message: '「criteria」: 検索条件を JSON オブジェクトで指定してください' });
  return Object.fromEntries(Object.entries(criteria).filter(([key]) => !NOT_SAVED.includes(key)));
}

async function matchingIds(ctx: SearchContext, criteria: Record<string, unknown>): Promise<number[]> {
  const { filter } = await prepareSearch(ctx, { ...criteria, fields: ['id'] });
  const rows = await itemsService(ctx, 'companies').readByQuery({ filter, fields: ['id'], sort: ['id'], limit: -1 });
  return rows.map((r) => Number(r['id']));
}

async function replaceMembers(ctx: SearchContext, list: number, ids: number[]): Promise<ListChange> {
  const members = writer(ctx, 'target_list_companies');
  const current = new Set(
    (await itemsService(ctx, 'target_list_companies').readByQuery({ filter: { list: { _eq: list } }, fields: ['company'], limit: -1 })).map((r) => Number(r['company'])),
  );
  const wanted = new Set(ids);
  const added = ids.filter((id) => !current.has(id));
  const removed = [...current].filter((id) => !wanted.has(id));
  if (removed.length) await members.deleteByQuery({ filter: { _and: [{ list: { _eq: list } }, { company: { _in: removed } }] } });
  if (added.length) await members.createMany(added.map((company) => ({ list, company })));
  await writer(ctx, 'target_lists').updateOne(list, { row_count: wanted.size, last_run_at: new Date().toISOString() });
  return { id: list, before: current.size, after: wanted.size, added: added.length, removed: removed.length };
}

export async function saveTargetList(ctx: SearchContext, body: unknown): Promise<ListChange> {
  const input = (body && typeof body === 'object' && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
  const name = typeof input['name'] === 'string' ? input['name'].trim() : '';
  if (!name) throw new SearchInvalidError({ key: 'name', message: '「name」: リスト名を入力してください' });
  const sharedWith = input['shared_with'] ?? [];
  if (!Array.isArray(sharedWith) || sharedWith.some((u) => typeof u !== 'string')) {
    throw new SearchInvalidError({ key: 'shared_with', message: '「shared_with」: 共有するユーザーの ID を配列で指定してください' });
  }
  const criteria = savedCriteria(input['criteria']);
  const ids = await matchingIds(ctx, criteria);
  const id = Number(
    await writer(ctx, 'target_lists').createOne({ name, criteria, shared_with: (sharedWith as string[]).map((user) => ({ directus_users_id: user })) }),
  );
  return replaceMembers(ctx, id, ids);
}

export async function refreshTargetList(ctx: SearchContext, id: number): Promise<ListChange> {
  const list = await writer(ctx, 'target_lists').readOne(id, { fields: ['id', 'criteria'] });
  const criteria = typeof list['criteria'] === 'string' ? JSON.parse(list['criteria']) : list['criteria'];
  return replaceMembers(ctx, id, await matchingIds(ctx, savedCriteria(criteria)));
}
